"""Direct quotes, twelfth round (issue 14, tuned on the ninth held-back set): quotation marks
glued to the full stop before them, the speaker's state inside an incise, reaction lines with a
bracket, interview initials, narrative infinitives and nouns of speech before a colon, "le Premier
ministre" after an inverted verb, indefinite speakers, "celui qui", and pronouns after a person
presented with an age, a determiner or a description ("la lauréate").

Every sentence here is written for its test."""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import DIRECT_QUOTE, INDIRECT_SPEECH


def test_a_curly_quote_glued_to_the_previous_full_stop_opens_a_quotation():
    text = ("Selon la médiatrice, Jeanne Mbarga, plus de 3 000 familles ont quitté la vallée depuis l'été."
            "“Il faut des écoles avant des casernes”, a-t-elle plaidé sur une radio locale.")
    found = said(text)
    assert speaker_of(found, "Il faut des écoles avant des casernes", DIRECT_QUOTE) == {"Jeanne Mbarga"}
    assert speaker_of(found, "plus de 3 000 familles ont quitté la vallée depuis l'été",
                      INDIRECT_SPEECH) == {"Jeanne Mbarga"}


def test_a_guillemet_glued_to_the_previous_full_stop_starts_a_new_sentence():
    text = ("Deux cents pompiers seront mobilisés, a annoncé jeudi le préfet du département, Luc Arnaud."
            "«Nous serons prêts, a-t-il assuré devant la presse. Aucun quartier ne sera oublié.»")
    found = said(text)
    assert speaker_of(found, "Nous serons prêts", DIRECT_QUOTE) == {"Luc Arnaud"}
    assert speaker_of(found, "Aucun quartier ne sera oublié.", DIRECT_QUOTE) == {"Luc Arnaud"}
    assert speaker_of(found, "Deux cents pompiers seront mobilisés", INDIRECT_SPEECH) == {"Luc Arnaud"}


def test_the_speakers_state_after_an_attribution_inside_the_marks_still_splits_the_quotation():
    text = ("Le maire, Paul Girard, a inauguré la passerelle samedi.\n\n"
            "« Je n'y croyais plus, a-t-il confié au pied de l'ouvrage, visiblement soulagé. Dix ans "
            "de procédures, c'est long. »")
    found = said(text)
    assert speaker_of(found, "Je n'y croyais plus", DIRECT_QUOTE) == {"Paul Girard"}
    assert speaker_of(found, "Dix ans de procédures, c'est long.", DIRECT_QUOTE) == {"Paul Girard"}


def test_a_reaction_line_with_a_bracket_before_the_colon_quotes_that_person():
    text = ("Le Norvégien Erik Dahl a remporté la descente devant l'Italien Marco Bellini.\n\n"
            "Les réactions\n\n"
            "Marco Bellini (ITA, 2e) : « La piste était très rapide. Je n'ai rien à regretter. »\n")
    assert speaker_of(said(text), "La piste était très rapide. Je n'ai rien à regretter.",
                      DIRECT_QUOTE) == {"Marco Bellini"}


def test_a_colon_after_a_name_and_its_apposition_quotes_that_person():
    text = ("Élodie Carrard a terminé deuxième du géant.\n\n"
            "Carrard, désormais en tête du classement, refuse de s'emballer : « Rien n'est fait. "
            "La saison est longue. »")
    assert speaker_of(said(text), "Rien n'est fait. La saison est longue.", DIRECT_QUOTE) == {"Élodie Carrard"}


def test_interview_initials_stand_for_the_person_the_lead_names_when_the_headline_names_nobody():
    text = ("La base d'Abidjan à l'heure de la relève\n"
            "Le colonel Jean-Marc Delorme commande depuis juin les forces stationnées en Côte d'Ivoire. Entretien.\n\n"
            "Combien d'hommes compte la base ?\n"
            "J.-M. D. : Nous sommes environ six cents, surtout des logisticiens.\n\n"
            "Et la relève ?\n"
            "J.-M. D. : Elle arrivera en janvier, par avion militaire.\n")
    found = said(text)
    assert speaker_of(found, "Nous sommes environ six cents, surtout des logisticiens.",
                      DIRECT_QUOTE) == {"Jean-Marc Delorme"}
    assert speaker_of(found, "Elle arrivera en janvier, par avion militaire.", DIRECT_QUOTE) == {"Jean-Marc Delorme"}


def test_a_headline_quote_after_a_feminine_title_and_a_name_is_that_persons():
    text = ("Générale Anne-Laure Vasseur : « À Djibouti, nous sommes environ 1 500 »\n"
            "La générale Anne-Laure Vasseur commande depuis l'été les forces stationnées à Djibouti.")
    assert speaker_of(said(text), "À Djibouti, nous sommes environ 1 500", DIRECT_QUOTE) == {"Anne-Laure Vasseur"}


def test_the_subject_of_a_clause_after_si_is_no_inverted_speaker_and_the_pronoun_finds_the_person():
    text = ("Le ministre nigérien de l'Intérieur, Idrissa Kané, a dénoncé des « provocations ».\n\n"
            "La ministre béninoise de la Défense, Awa Sènou, avait promis en mars d'envoyer 300 hommes "
            "si l'Union africaine finançait la mission. « Nous tenons nos promesses », a-t-elle insisté lundi.")
    found = said(text)
    assert speaker_of(found, "Nous tenons nos promesses", DIRECT_QUOTE) == {"Awa Sènou"}
    assert not any(who == "Union africaine" for who, _, _ in found)


def test_a_determiner_before_a_name_gives_its_gender_so_elle_skips_him():
    text = ("Le jury, présidé par le romancier suédois Lasse Nyberg, a tranché samedi.\n\n"
            "Le prix est allé à Inès Marzouki. Lasse Nyberg a salué « un premier roman "
            "d'une grande maîtrise ». « Nous n'avons pas hésité », a-t-il ajouté.\n\n"
            "Très émue, la lauréate a remercié ses éditeurs. « Je n'osais pas y croire », a-t-elle confié.")
    assert speaker_of(said(text), "Je n'osais pas y croire", DIRECT_QUOTE) == {"Inès Marzouki"}


def test_the_winner_designates_the_person_crowned_in_the_lead():
    text = ("Le Grand Prix du festival revient à la cinéaste Salma Idrissi pour son premier long métrage.\n\n"
            "Le délégué général, Marc Aubry, a salué un palmarès « audacieux ». « La sélection était "
            "très relevée », a-t-il ajouté.\n\n"
            "« Je dédie ce prix à ma mère », a déclaré la lauréate sous les applaudissements.")
    assert speaker_of(said(text), "Je dédie ce prix à ma mère", DIRECT_QUOTE) == {"Salma Idrissi"}


def test_verbs_of_illustrating_and_recalling_attribute_the_quote_before_them():
    text = ("Pour la biologiste Claire Duval, les données confirment ce que voient les pêcheurs. "
            "« Quand le bateau passe, les poissons fuient », a-t-elle illustré.\n\n"
            "Le capitaine Yves Le Goff a navigué trente ans dans la baie. « En 1990, on voyait encore "
            "des dauphins chaque jour », se souvient-il.")
    found = said(text)
    assert speaker_of(found, "Quand le bateau passe, les poissons fuient", DIRECT_QUOTE) == {"Claire Duval"}
    assert speaker_of(found, "En 1990, on voyait encore des dauphins chaque jour", DIRECT_QUOTE) == {"Yves Le Goff"}


def test_an_inner_quotation_after_a_verb_that_reports_only_quotations_is_its_subjects():
    text = ("Le ministre des Affaires étrangères, Karim Haddad, a réagi jeudi. « Quand Madrid parle de "
            "‹ fermeté ›, il oublie les familles séparées », a-t-il déclaré.")
    found = said(text)
    assert speaker_of(found, "fermeté", DIRECT_QUOTE) == {"Espagne"}
    assert speaker_of(found, "Quand Madrid parle de ‹ fermeté ›, il oublie les familles séparées",
                      DIRECT_QUOTE) == {"Karim Haddad"}


def test_a_whole_clause_right_after_its_reporting_verb_without_colon_is_a_direct_quote():
    text = ("Interrogé par les députés, le ministre de l'Intérieur, Paul Girard, lui a répondu "
            "« Nous ne fermerons aucune gendarmerie ».")
    assert speaker_of(said(text), "Nous ne fermerons aucune gendarmerie", DIRECT_QUOTE) == {"Paul Girard"}


def test_a_quoted_noun_phrase_right_after_its_reporting_verb_is_no_direct_quote():
    text = "La députée Claire Moulin a dénoncé « Une réforme qui oublie les campagnes »."
    assert not speaker_of(said(text), "Une réforme qui oublie les campagnes", DIRECT_QUOTE)


def test_the_prime_minister_after_an_inversion_is_a_speaker_not_a_date():
    text = ("Le gouvernement a présenté son plan mardi. « La situation est grave, très grave », a martelé "
            "le Premier ministre, Paul Lemaire. « Nous devons agir vite. »\n\n"
            "« Rien n'est décidé », a indiqué le premier mars la ministre, Anne Roy.")
    found = said(text)
    assert speaker_of(found, "La situation est grave, très grave", DIRECT_QUOTE) == {"Paul Lemaire"}
    assert speaker_of(found, "Nous devons agir vite.", DIRECT_QUOTE) == {"Paul Lemaire"}
    assert speaker_of(found, "Rien n'est décidé", DIRECT_QUOTE) == {"Anne Roy"}


def test_a_copula_before_a_colon_quotes_its_subject_even_after_an_opening_participle():
    text = ("Interrogée par une radio locale, la ministre du Travail, Nadia Ferhat, a été claire : "
            "« Il n'y aura pas de report. »")
    assert speaker_of(said(text), "Il n'y aura pas de report.", DIRECT_QUOTE) == {"Nadia Ferhat"}


def test_a_narrative_infinitive_before_a_colon_quotes_the_last_speaker_or_the_one_named():
    text = ("Le sélectionneur, Didier Vautrin, était satisfait. « On a fait le travail », a-t-il déclaré. "
            "Avant d'ajouter : « On peut encore progresser. »\n\n"
            "Et le capitaine, Hugo Marchal, de résumer : « On a souffert ensemble. »")
    found = said(text)
    assert speaker_of(found, "On peut encore progresser.", DIRECT_QUOTE) == {"Didier Vautrin"}
    assert speaker_of(found, "On a souffert ensemble.", DIRECT_QUOTE) == {"Hugo Marchal"}


def test_an_aside_between_an_inverted_verb_and_its_subject_keeps_the_subject():
    text = ("Karim Benali a marqué deux fois. « C'était un match piège », reconnaissait de son côté "
            "le capitaine, Hugo Marchal.")
    assert speaker_of(said(text), "C'était un match piège", DIRECT_QUOTE) == {"Hugo Marchal"}


def test_a_quote_attributed_to_someone_unnamed_is_not_the_last_speakers():
    text = ("La ministre, Claire Vautrin, a ensuite ajouté : « Le calendrier sera tenu. »\n\n"
            "« Personne n'y croit vraiment », confie un conseiller ministériel.\n\n"
            "« On nous demande toujours plus », lâche un éleveur de la Manche, rencontré sur un barrage.")
    found = said(text)
    assert "Claire Vautrin" not in speaker_of(found, "Personne n'y croit vraiment")
    assert "Claire Vautrin" not in speaker_of(found, "On nous demande toujours plus")


def test_a_verbless_lead_opened_by_a_noun_of_speech_names_whose_words_follow_the_colon():
    text = ("Le Premier ministre, Paul Lemaire, a défendu son budget mardi.\n\n"
            "Réponse cinglante de la présidente du groupe écologiste, Inès Carrel : « Ce budget est une purge. »\n\n"
            "Réaction du maire de Lyon, Marc Obert : « C'est une mauvaise nouvelle. »")
    found = said(text)
    assert speaker_of(found, "Ce budget est une purge.", DIRECT_QUOTE) == {"Inès Carrel"}
    assert speaker_of(found, "C'est une mauvaise nouvelle.", DIRECT_QUOTE) == {"Marc Obert"}


def test_a_person_presented_with_an_age_is_the_antecedent_of_the_next_elle():
    text = ("Marie Lenoir, 34 ans, habite le quartier depuis dix ans. Elle témoigne : "
            "« On n'ose plus sortir le soir. »")
    assert speaker_of(said(text), "On n'ose plus sortir le soir.", DIRECT_QUOTE) == {"Marie Lenoir"}


def test_celui_qui_after_an_inverted_verb_is_the_person_just_presented():
    text = ("Joint par téléphone, le maire de la commune, Jean-Pierre Morel, reconnaît « un sentiment "
            "d'abandon ». « Nous avons demandé des renforts, sans réponse », explique celui qui dirige "
            "la ville depuis 2014.")
    assert speaker_of(said(text), "Nous avons demandé des renforts, sans réponse", DIRECT_QUOTE) == {"Jean-Pierre Morel"}


def test_a_quotation_after_a_lead_of_its_own_is_not_the_next_paragraphs_speakers():
    text = ("Le procès de Julien Morel s'est ouvert lundi.\n\n"
            "Sa mère, en larmes, a été la première à témoigner : « Mon fils n'est pas un monstre. »\n\n"
            "« Vous étiez où cette nuit-là ? », a demandé la présidente, Anne Delcourt.")
    assert "Anne Delcourt" not in speaker_of(said(text), "Mon fils n'est pas un monstre.")


def test_a_headline_role_names_the_person_given_that_role_with_an_acronym_in_the_body():
    text = ("Santé : « Nous manquons de tout », alerte le président de la Fédération des hôpitaux\n\n"
            "Le président de la Fédération des hôpitaux de France (FHF), Arnaud Rivière, a tiré la sonnette "
            "d'alarme jeudi.")
    assert speaker_of(said(text), "Nous manquons de tout", DIRECT_QUOTE) == {"Arnaud Rivière"}

