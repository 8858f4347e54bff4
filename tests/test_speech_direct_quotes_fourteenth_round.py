"""Direct quotes, fourteenth round (issue 14, tuned on the eleventh held-back set): the subject of
a clause an inverted incise reports, ...

Every sentence here is written for its test."""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import DIRECT_QUOTE


def test_the_subject_of_a_clause_before_an_inverted_incise_is_not_the_pronouns_antecedent():
    text = ("« Nous ne fermerons aucune gare », a assuré le ministre des Transports, Paul Mercier. "
            "Les soldats suisses ne feront aucun contrôle, a-t-il ajouté : « Seuls les horaires du soir "
            "seront allégés. »")
    assert speaker_of(said(text), "Seuls les horaires du soir seront allégés.", DIRECT_QUOTE) == {"Paul Mercier"}


def test_an_interview_prompt_adding_a_sentence_after_its_question_is_still_a_prompt():
    text = ("Le port de Sète se prépare à l'été\n"
            "La capitaine Lise Fabre dirige la capitainerie depuis mars. Entretien.\n\n"
            "Combien de bateaux attendez-vous ?\n\n"
            "Lise Fabre : Près de deux mille escales, un record.\n\n"
            "Et la sécurité ? Les plaisanciers se plaignent des vols.\n\n"
            "L. F. : Nous avons doublé les rondes de nuit. Les caméras arrivent en juin.\n\n"
            "Qu'est-ce qui a changé ?\n\n"
            "L. F. : Les quais ont été refaits.\n")
    assert speaker_of(said(text), "Nous avons doublé les rondes de nuit. Les caméras arrivent en juin.",
                      DIRECT_QUOTE) == {"Lise Fabre"}


def test_a_title_opened_by_grand_or_grande_still_takes_the_name_in_apposition():
    text = ("La sécheresse inquiète les villages du Nord. « Nos puits sont vides depuis juin », a regretté "
            "la grande cheffe de l'association Terre Vivante, Marie Tanaka, venue à la capitale.")
    assert speaker_of(said(text), "Nos puits sont vides depuis juin", DIRECT_QUOTE) == {"Marie Tanaka"}


def test_a_regional_demonym_is_not_a_person_introduced_with_another_countrys_demonym():
    text = ("Le Français Hugo Le Gall a gagné le marathon de Rotterdam devant l'Allemand Jonas Weber. "
            "\"Je n'y croyais plus au trentième kilomètre\", a souri le Breton.")
    assert speaker_of(said(text), "Je n'y croyais plus au trentième kilomètre", DIRECT_QUOTE) == {"Hugo Le Gall"}


def test_a_described_noun_with_a_regional_demonym_skips_a_person_from_another_country():
    text = ("Arne Claes a battu dimanche au sprint le Danois Mads Holm. \"C'est la course de ma vie\", "
            "a lancé le coureur flamand, en larmes.")
    assert speaker_of(said(text), "C'est la course de ma vie", DIRECT_QUOTE) == {"Arne Claes"}


def test_a_capitalised_regional_demonym_subject_refers_back_to_the_person_named():
    text = ("Troisième, Théo Lambert offre à son club son meilleur résultat. Le Nordiste, originaire de "
            "Maubeuge, n'a pas caché sa joie: \"Ce podium, je le dédie à mon grand-père.\"")
    assert speaker_of(said(text), "Ce podium, je le dédie à mon grand-père.", DIRECT_QUOTE) == {"Théo Lambert"}


def test_a_pronoun_after_an_unnamed_person_introduced_with_un_or_une_gives_no_speaker():
    text = ("La directrice de l'hôpital, Claire Menot, dénonce « un manque criant de moyens ». Dans la salle "
            "d'attente, une mère venue de Corte patiente depuis six heures. « On nous dit de revenir "
            "demain », soupire-t-elle.")
    assert speaker_of(said(text), "On nous dit de revenir demain", DIRECT_QUOTE) == set()


def test_an_unnamed_official_speaks_for_the_country_whose_side_the_paragraph_gives():
    text = ("Rabat a protesté mardi. Côté espagnol, on temporise. « Trois patrouilleurs, ce n'est pas une "
            "flotte », a glissé un diplomate sous couvert d'anonymat.\n\n"
            "Côté marocain, on s'inquiète. « Personne ne nous a prévenus », a confié un habitant.")
    statements = said(text)
    assert speaker_of(statements, "Trois patrouilleurs, ce n'est pas une flotte", DIRECT_QUOTE) == {"Espagne"}
    assert speaker_of(statements, "Personne ne nous a prévenus", DIRECT_QUOTE) == set()
