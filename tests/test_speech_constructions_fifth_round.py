"""Who said what: constructions of the fifth attribution round of issue 14 (seen on h2 to h4).

Every sentence is invented for the test (fictional people). Speakers are
checked by their entity's label, so the tests hold whatever keys the entity
extractor chooses.
"""
from __future__ import annotations

from kg.records import DIRECT_QUOTE, PARTIAL_QUOTE
from conftest import extracted, said, speaker_of


def _verb_of(text: str, quote: str) -> set[str]:
    records = extracted(text)
    return {s.verb for s in records.statements if s.quote == quote}


# A participle or a relative after an inverted attribution ----------------------------------
def test_participle_after_an_inverted_attribution_quotes_the_attributions_speaker():
    text = ("Le député Mathieu Roussel a pris la parole. « Ce ne sont pas mes chiffres », a raillé "
            "M. Roussel, moquant une Coalition avenir Québec (CAQ) « en panne d'idées ».")
    assert speaker_of(said(text), "en panne d'idées", PARTIAL_QUOTE) == {"Mathieu Roussel"}
    assert _verb_of(text, "en panne d'idées") == {"moquer"}


def test_relative_after_a_name_and_its_title_in_apposition_is_on_the_person_not_the_organisation():
    text = ('"On a appris le rappel par la presse", a regrette Karim Benali, president du syndicat '
            'des pharmaciens de Seine-Maritime, qui reclame "une alerte directe sur les logiciels".')
    assert speaker_of(said(text), "une alerte directe sur les logiciels", PARTIAL_QUOTE) == {"Karim Benali"}


def test_y_voyant_after_an_inverted_clause_with_a_title_and_name_quotes_the_named_person():
    text = ("Un millier de soldats seront déployés d'ici vendredi, a précisé le préfet de l'Aude, "
            "Paul Martin, y voyant « une présence dissuasive indispensable ».")
    assert speaker_of(said(text), "une présence dissuasive indispensable", PARTIAL_QUOTE) == {"Paul Martin"}


def test_sans_after_an_inverted_clause_quotes_the_speaker():
    text = ("Le parquet a ouvert une enquête pour « incendie involontaire », a indiqué la procureure "
            "de la République, Sandrine Olier, sans exclure « aucune piste ».")
    assert speaker_of(said(text), "aucune piste", PARTIAL_QUOTE) == {"Sandrine Olier"}


def test_participle_after_an_inverted_pronoun_and_a_circumstance_quotes_the_pronouns_antecedent():
    text = ("Le directeur général, Pieter Janssens, a dénoncé une « expropriation ». "
            "« Nous avons toujours respecté la convention », a-t-il déclaré dans un communiqué, "
            "y voyant « un signal désastreux ».")
    assert speaker_of(said(text), "un signal désastreux", PARTIAL_QUOTE) == {"Pieter Janssens"}


def test_a_new_clause_between_the_attribution_and_the_quotation_breaks_the_link():
    text = ("« Nous ne céderons pas », a déclaré Paul Martin, tandis que son adversaire Luc Roy, "
            "souriant, parlait d'un « coup de com ».")
    assert "Paul Martin" not in speaker_of(said(text), "coup de com")


def test_selon_qui_is_a_relative_on_the_speaker_not_a_selon_phrase():
    text = ("Les forces maliennes enverront 1 800 soldats, a indiqué leur chef d'état-major, "
            "le général Moussa Keita, selon qui le Mali « a déjà payé le prix du sang ».")
    assert speaker_of(said(text), "a déjà payé le prix du sang", PARTIAL_QUOTE) == {"Moussa Keita"}


# A demonym subject as the antecedent of the next pronoun ----------------------------------
def test_demonym_subject_is_the_antecedent_of_the_next_inverted_pronoun():
    text = ("L'Union cycliste internationale a ouvert une procédure contre le coureur néerlandais "
            "Daan Vermeer. « Les images sont claires », a déclaré son président, Paul Martin. "
            "Le Néerlandais conteste. « Je n'ai jamais demandé à la moto de rester devant moi », "
            "a-t-il écrit sur Instagram.")
    assert speaker_of(said(text), "Je n'ai jamais demandé à la moto de rester devant moi",
                      DIRECT_QUOTE) == {"Daan Vermeer"}


def test_description_subject_is_the_antecedent_of_the_next_inverted_pronoun():
    text = ("L'accusé, Didier Kerbrat, comparaissait jeudi. La procureure, Anne Lemaire, a requis "
            "vingt ans. « Il ne manque que ses aveux », a-t-elle dit. L'accusé avait maintenu sa "
            "version. « Je ne l'ai pas touché », avait-il répété.")
    assert speaker_of(said(text), "Je ne l'ai pas touché", DIRECT_QUOTE) == {"Didier Kerbrat"}


def test_common_noun_description_keeps_the_last_person_named():
    text = ("Le scrutin était ouvert depuis la démission de l'élu Bernard Roux. "
            "Jean-Luc Crozat, lui, se veut prudent. « On ne change pas une majorité avec un canton », "
            "glisse le nouvel élu.")
    assert speaker_of(said(text), "On ne change pas une majorité avec un canton",
                      DIRECT_QUOTE) == {"Jean-Luc Crozat"}


# Headlines without a verb -----------------------------------------------------------------
def test_headline_name_right_before_a_quotation_is_its_speaker():
    text = ("Ligue 1 : Lorient arrache le nul à Nantes, Pérez « fier mais frustré »\n"
            "Le FC Lorient a obtenu un match nul. L'entraîneur lorientais, Olivier Pérez, "
            "n'a pas caché sa frustration.")
    assert speaker_of(said(text), "fier mais frustré", PARTIAL_QUOTE) == {"Olivier Pérez"}


def test_headline_speaker_in_brackets_after_the_quotation():
    text = ("Dengue : « Le pic n'est pas encore derrière nous » (ARS)\n"
            "L'Agence régionale de santé (ARS) a fait état de 4 812 cas.")
    assert speaker_of(said(text), "Le pic n'est pas encore derrière nous",
                      DIRECT_QUOTE) == {"Agence régionale de santé"}


def test_headline_speaker_in_brackets_before_the_quotation():
    text = ("(Général Mbala) « Les renforts burundais ne sont pas une occupation »\n"
            "Le porte-parole des FARDC, le général-major Patrice Mbala Nkoy, a indiqué mercredi "
            "que les renforts étaient légaux.")
    assert speaker_of(said(text), "Les renforts burundais ne sont pas une occupation",
                      DIRECT_QUOTE) == {"Patrice Mbala Nkoy"}


def test_headline_place_in_brackets_names_no_speaker():
    text = "Tourisme : « Une saison record » (Corse)\nLe tourisme a battu ses records cet été."
    assert speaker_of(said(text), "Une saison record") == set()


# Organisations and persons in a subject phrase ----------------------------------------------
def test_capitalised_organisation_noun_with_a_demonym_ending_is_not_a_person():
    text = ("Le porte-parole du M23, Innocent Rwabugiri, a dénoncé une « escalade délibérée ». "
            "La Mission de l'ONU en RDC (Monusco) s'est dite « préoccupée ».")
    assert speaker_of(said(text), "préoccupée", PARTIAL_QUOTE) == {"Monusco"}


def test_profession_noun_followed_by_a_name_is_that_person_not_the_country_of_its_adjective():
    text = ("Le glaciologue italien Luca Bernardi, qui n'a pas participé à l'étude, a jugé les résultats "
            "« solides ». « Nous voyons la même chose sur le terrain », confie-t-il.")
    assert speaker_of(said(text), "Nous voyons la même chose sur le terrain", DIRECT_QUOTE) == {"Luca Bernardi"}


# Quoted names ----------------------------------------------------------------------------
def test_quoted_name_of_an_exercise_is_no_partial_quote():
    text = ("La Corée du Sud et les États-Unis ont lancé lundi leurs manœuvres militaires annuelles "
            "« Aube de la liberté », a annoncé le ministre sud-coréen de la Défense, Kim Tae-ho.")
    assert speaker_of(said(text), "Aube de la liberté") == set()


def test_quoted_judgement_after_a_naming_noun_stays_a_partial_quote():
    text = "La ministre Anne Roux a présenté un plan « ambitieux » pour les hôpitaux."
    assert speaker_of(said(text), "ambitieux", PARTIAL_QUOTE) == {"Anne Roux"}
