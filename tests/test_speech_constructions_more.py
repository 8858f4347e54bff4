"""Who said what: constructions of the fourth attribution round of issue 14 (seen on h3 and the other sets).

Every sentence is invented for the test (fictional people). Speakers are
checked by their entity's label, so the tests hold whatever keys the entity
extractor chooses.
"""
from __future__ import annotations

from kg.extract.speech.incises import spoken_quotes
from kg.extract.speech.quotes import find_quotes
from kg.records import DIRECT_QUOTE, INDIRECT_SPEECH, PARTIAL_QUOTE
from conftest import said, speaker_of


# An attribution inside one pair of marks ---------------------------------------------
def test_attribution_inside_one_pair_of_marks_ending_on_a_full_stop_cuts_the_quotation():
    text = ("« Nous avons tenu bon, a expliqué le capitaine Paul Rivard, joint par téléphone à Oslo. "
            "Le froid ne nous a pas arrêtés. »")
    assert [text[q.start:q.end] for q in spoken_quotes(text)] == [
        "Nous avons tenu bon", "Le froid ne nous a pas arrêtés."]
    found = said(text)
    assert speaker_of(found, "Nous avons tenu bon", DIRECT_QUOTE) == {"Paul Rivard"}
    assert speaker_of(found, "Le froid ne nous a pas arrêtés.", DIRECT_QUOTE) == {"Paul Rivard"}


def test_attribution_inside_one_pair_of_marks_with_a_pronoun_keeps_the_earlier_speaker():
    text = ("La cheffe du parti, Marie Caron, a reconnu la défaite. "
            "« Les électeurs ont parlé, a-t-elle dit. Nous n'avons pas su les écouter. »")
    found = said(text)
    assert speaker_of(found, "Les électeurs ont parlé", DIRECT_QUOTE) == {"Marie Caron"}
    assert speaker_of(found, "Nous n'avons pas su les écouter.", DIRECT_QUOTE) == {"Marie Caron"}


def test_attribution_inside_one_pair_of_marks_ending_on_a_comma_keeps_one_sentence_whole():
    text = "« Ce dossier, poursuit-elle, n'est pas celui d'un bailleur. »"
    assert [text[q.start:q.end] for q in spoken_quotes(text)] == [
        "Ce dossier, poursuit-elle, n'est pas celui d'un bailleur."]


def test_name_after_a_civility_abbreviation_does_not_end_an_attribution_inside_the_marks():
    text = "« Nous irons au bout, a dit M. Rivard. La saison est longue. »"
    assert [text[q.start:q.end] for q in spoken_quotes(text)] == ["Nous irons au bout", "La saison est longue."]


def test_savourer_inverted_after_a_quotation_is_an_attribution():
    found = said("« On a joué avec le cœur », savoure Lucien Marchetti après la victoire.")
    assert speaker_of(found, "On a joué avec le cœur", DIRECT_QUOTE) == {"Lucien Marchetti"}


# Reaction blocks without quotation marks ---------------------------------------------
def test_reaction_block_under_a_name_and_team_heading_is_that_persons_direct_quote():
    text = ("Le Stade rennais a battu Lorient dimanche.\n\nLes réactions\n"
            "Julien Moreau (Stade rennais) :\nOn a souffert en première période. Le groupe a répondu présent.\n"
            "Karim Benali (FC Lorient) :\nNous avons manqué de réalisme devant le but, tout simplement.\n")
    found = said(text)
    assert speaker_of(found, "On a souffert en première période. Le groupe a répondu présent.",
                      DIRECT_QUOTE) == {"Julien Moreau"}
    assert speaker_of(found, "Nous avons manqué de réalisme devant le but, tout simplement.",
                      DIRECT_QUOTE) == {"Karim Benali"}


def test_reaction_heading_glued_to_the_previous_reaction_ends_it():
    text = ("Les réactions\nJulien Moreau (Stade rennais) :\n"
            "On a souffert en première période, mais on a tenu.Karim Benali (FC Lorient) :\n"
            "Nous avons manqué de réalisme devant le but.\n")
    found = said(text)
    assert speaker_of(found, "On a souffert en première période, mais on a tenu.", DIRECT_QUOTE) == {"Julien Moreau"}
    assert speaker_of(found, "Nous avons manqué de réalisme devant le but.", DIRECT_QUOTE) == {"Karim Benali"}


# Headlines ----------------------------------------------------------------------------
def test_headline_name_colon_quotation_is_that_persons_direct_quote():
    text = ("Municipales\nHélène Marchetti : « Cette ville mérite mieux »\n\n"
            "La candidate Hélène Marchetti a lancé sa campagne mardi à Bastia.")
    assert speaker_of(said(text), "Cette ville mérite mieux", DIRECT_QUOTE) == {"Hélène Marchetti"}


def test_headline_topic_colon_quotation_names_no_speaker():
    text = ("Corse : « Une saison record »\n\n"
            "Le tourisme a battu ses records cet été, selon l'Insee.")
    assert speaker_of(said(text), "Une saison record") == set()


# Gender and roles ----------------------------------------------------------------------
def test_possessive_before_a_feminine_title_does_not_make_the_speaker_masculine():
    text = ("Le prévenu, Marc Leroy, a tout nié. Son avocate, Me Solène Quéffelec, a plaidé la relaxe. "
            "Pour elle, le dossier repose sur « des suppositions ».")
    assert speaker_of(said(text), "des suppositions") == {"Solène Quéffelec"}


# Parses that strand the auxiliary --------------------------------------------------------
def test_adverbial_between_auxiliary_and_participle_keeps_the_subject_speaking():
    found = said('Le maire, Olivier Garnier, a pour sa part salué "un budget sincère", tout en restant prudent.')
    assert speaker_of(found, "un budget sincère", PARTIAL_QUOTE) == {"Olivier Garnier"}
    found = said("L'ambassade de Chine à Bruxelles a de son côté dénoncé dans un communiqué une taxe « injuste ».")
    assert speaker_of(found, "injuste", PARTIAL_QUOTE) == {"Ambassade de Chine à Bruxelles"}  # (named with its post)


# Copy that lost its accents --------------------------------------------------------------
def test_reporting_verbs_without_their_accents_still_attribute():
    found = said('"Le risque est faible mais reel", a declare la pharmacienne Odile Marchal. '
                 'Elle reclame "une alerte directe sur les logiciels".')
    assert speaker_of(found, "Le risque est faible mais reel", DIRECT_QUOTE) == {"Odile Marchal"}
    assert speaker_of(found, "une alerte directe sur les logiciels", PARTIAL_QUOTE) == {"Odile Marchal"}


# A relative clause on an inverted speaker ----------------------------------------------
def test_quotation_in_a_relative_clause_on_an_inverted_speaker_is_the_speakers():
    found = said("Lucas Perrin a remporté le canton. « Rien ne change ce soir », glisse le nouvel élu, "
                 "qui promet de « travailler avec tout le monde ».")
    assert speaker_of(found, "travailler avec tout le monde", PARTIAL_QUOTE) == {"Lucas Perrin"}


def test_chiffrer_a_figure_in_quotation_marks_is_the_subjects_words():
    found = said('Le port est bloqué depuis lundi, a indiqué la direction de Haropa Port, '
                 'qui chiffre les pertes à "plusieurs millions d\'euros par jour".')
    assert speaker_of(found, "plusieurs millions d'euros par jour", PARTIAL_QUOTE) == {"Haropa Port"}


# Narrative infinitive, possessive spokesperson, relayed words ----------------------------
def test_narrative_infinitive_et_x_de_verb_reports_xs_words():
    found = said("Le général Issa Dogo a présenté la force. Et le général Dogo d'ajouter que "
                 "l'état-major sera installé à Niamey « dans les prochaines semaines ».")
    assert speaker_of(found, "dans les prochaines semaines", PARTIAL_QUOTE) == {"Issa Dogo"}
    assert any(who == "Issa Dogo" and kind == INDIRECT_SPEECH for who, kind, _ in found)


def test_unnamed_possessive_spokesperson_speaks_for_the_institution_named_before():
    found = said("Le Kremlin a réagi mardi. Son porte-parole a accusé l'Otan de « jouer avec le feu ».")
    assert speaker_of(found, "jouer avec le feu", PARTIAL_QUOTE) == {"Kremlin"}


def test_words_relayed_by_an_agency_are_the_subjects_not_the_agencys():
    found = said("La ministre Lies Peeters a jugé l'ultimatum « irresponsable », "
                 "selon des propos rapportés par l'agence Belga.")
    assert speaker_of(found, "irresponsable", PARTIAL_QUOTE) == {"Lies Peeters"}


def test_inverted_phrase_holding_a_quotation_names_no_speaker():
    found = said("Le Hezbollah, de son côté, juge le calendrier « imposé par Washington ».")
    assert not any(who == "États-Unis" for who, _, _ in found)


def test_person_named_in_a_title_complement_yields_to_the_apposed_name():
    found = said("L'avocate de Paul Fournier, Me Anne Lenoir, a dénoncé une procédure « bâclée ».")
    assert speaker_of(found, "bâclée", PARTIAL_QUOTE) == {"Anne Lenoir"}


def test_description_word_that_begins_an_organisations_name_is_that_organisation():
    found = said("Le Washington Post a publié une enquête. Le trafic du canal reste faible, "
                 "a rappelé l'Autorité du canal de Suez.")
    assert not any(who == "Washington Post" for who, _, _ in found)


# A clause with an inverted pronoun attribution -------------------------------------------
def test_clause_then_inverted_pronoun_attribution_is_the_last_speakers_indirect_speech():
    found = said("La ministre Isabelle Fournel a défendu le budget. "
                 "Les forces souhaitent doubler leurs effectifs d'ici 2030, a-t-elle ajouté.")
    assert speaker_of(found, "Les forces souhaitent doubler leurs effectifs d'ici 2030",
                      INDIRECT_SPEECH) == {"Isabelle Fournel"}


def test_inverted_pronoun_attribution_followed_by_a_circumstance_and_a_participle():
    found = said("Le chancelier Jean Désir a parlé. La population attend des résultats, a-t-il reconnu "
                 "lors d'un point de presse, en ajoutant que la police manquait de moyens.")
    assert speaker_of(found, "La population attend des résultats", INDIRECT_SPEECH) == {"Jean Désir"}


def test_full_stop_glued_to_the_next_sentence_ends_reported_content():
    found = said("Le colonel Issa Mahamat a parlé. Selon lui, les renforts rejoignent 5.000 hommes, "
                 "portant le total à 8.000.Parmi eux, 300 gardent le camp de Farchana, a-t-il précisé.")
    assert speaker_of(found, "les renforts rejoignent 5.000 hommes, portant le total à 8.000",
                      INDIRECT_SPEECH) == {"Issa Mahamat"}
    assert speaker_of(found, "Parmi eux, 300 gardent le camp de Farchana", INDIRECT_SPEECH) == {"Issa Mahamat"}


# "Pour X, …" with a title in apposition -------------------------------------------------
def test_pour_a_role_then_the_titled_name_in_apposition_is_that_person():
    found = said("Le parti s'est opposé au texte. Pour son porte-parole en matière de sécurité, "
                 "le conseiller national Marc Zurbriggen, l'engagement est « contraire à la neutralité ».")
    assert speaker_of(found, "contraire à la neutralité", PARTIAL_QUOTE) == {"Marc Zurbriggen"}


def test_pour_a_person_with_a_title_apposition_keeps_the_title_out_of_the_content():
    found = said("Pour l'économiste Nadia Berrouane, professeure à l'université de Rabat, "
                 "ces chiffres sont « flatteurs mais fragiles ».")
    assert speaker_of(found, "ces chiffres sont « flatteurs mais fragiles »", INDIRECT_SPEECH) == {"Nadia Berrouane"}


# Scraped agency marks --------------------------------------------------------------------
def test_closing_guillemet_glued_to_the_first_word_opens_a_quotation():
    text = (" »Cette opération va durer six mois », a déclaré le capitaine Malick Sène. "
            "Le pêcheur Ousmane Fall a salué une mesure  »attendue depuis longtemps''.")
    assert [text[q.start:q.end] for q in find_quotes(text)] == [
        "Cette opération va durer six mois", "attendue depuis longtemps"]
    assert speaker_of(said(text), "Cette opération va durer six mois", DIRECT_QUOTE) == {"Malick Sène"}
