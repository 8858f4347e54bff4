"""Who said what: constructions of issue 14 seen failing on the twelfth held-back set and the
seventh's headlines (session 15), each written here in a sentence of its own.

Speakers are checked by their entity's label.
"""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import INDIRECT_SPEECH, PARTIAL_QUOTE


def test_a_gerund_the_parse_hung_on_a_noun_speaks_for_the_sentences_subject():
    found = said("Le syndicat Force ouvrière a réagi dans la soirée en qualifiant la réforme de « mascarade ».")
    assert speaker_of(found, "mascarade", PARTIAL_QUOTE) == {"Force ouvrière"}
    assert speaker_of(found, "la réforme de « mascarade »", INDIRECT_SPEECH) == {"Force ouvrière"}


def test_a_quoted_attribute_after_de_is_said_with_its_object():
    found = said("La ministre Claire Vidal a répondu dans la soirée en qualifiant ces chiffres de « pure invention ».")
    assert speaker_of(found, "ces chiffres de « pure invention »", INDIRECT_SPEECH) == {"Claire Vidal"}
    assert speaker_of(found, "pure invention", PARTIAL_QUOTE) == {"Claire Vidal"}
    found = said("Le maire de Lyon, Paul Durand, a qualifié cette réforme de « scandale ».")
    assert speaker_of(found, "cette réforme de « scandale »", INDIRECT_SPEECH) == {"Paul Durand"}


def test_whom_a_promise_is_made_to_is_left_out_of_its_content():
    found = said("Hongrie : Budapest promet 400 soldats à la force de l'Otan, Vienne s'inquiète\n"
                 "Par Marc Petit. Le chancelier autrichien a réagi.")
    assert speaker_of(found, "400 soldats", INDIRECT_SPEECH) == {"Hongrie"}
    found = said("Le ministre tchèque Jan Novak a proposé une médiation au gouvernement soudanais.")
    assert speaker_of(found, "une médiation", INDIRECT_SPEECH) == {"Jan Novak"}


def test_the_group_an_aid_is_promised_to_stays_in_the_content():
    found = said("La maire Anne Vidal a promis une aide « rapide » aux sinistrés.")
    assert speaker_of(found, "une aide « rapide » aux sinistrés", INDIRECT_SPEECH) == {"Anne Vidal"}


def test_a_figure_with_its_noun_is_a_content():
    found = said("Force unifiée : Niamey annonce 1 500 soldats, le QG installé à Niamey\n"
                 "Par Marc Petit. Le chancelier autrichien a réagi.")
    assert speaker_of(found, "1 500 soldats", INDIRECT_SPEECH) == {"Niger"}


def test_a_participle_after_a_quoted_noun_goes_on_with_the_content():
    found = said("Le Syndicat national des journalistes (SNJ) a pour sa part mis en garde contre les « pressions » "
                 "exercées sur les rédactions.")
    assert speaker_of(found, "les « pressions » exercées sur les rédactions", INDIRECT_SPEECH) == {
        "Syndicat national des journalistes"}
    assert speaker_of(found, "pressions", PARTIAL_QUOTE) == {"Syndicat national des journalistes"}


def test_an_estimate_is_said_with_what_it_counts():
    found = said("La préfecture du Rhône estime à 12 000 le nombre de manifestants.")
    assert speaker_of(found, "12 000 le nombre de manifestants", INDIRECT_SPEECH) == {"Préfecture du Rhône"}
    found = said("L'Union des transporteurs (UDT) estime à plus de trois millions le nombre de colis en retard.")
    assert speaker_of(found, "plus de trois millions le nombre de colis en retard", INDIRECT_SPEECH) == {
        "Union des transporteurs"}


def test_a_prepositional_phrase_the_parse_left_unlabelled_goes_on_with_the_object():
    from spacy.tokens import Doc

    from kg.extract.speech import content, verbs
    from kg.nlp import load_nlp

    words = ["la", "CGT", "en", "réclame", "160", "euros", "pour", "tous", "."]
    doc = Doc(load_nlp().vocab, words=words, heads=[1, 3, 3, 3, 5, 3, 7, 3, 3],
              deps=["det", "nsubj", "iobj", "ROOT", "nummod", "obj", "case", "dep", "punct"],
              pos=["DET", "PROPN", "PRON", "VERB", "NUM", "NOUN", "ADP", "ADJ", "PUNCT"],
              lemmas=["le", "CGT", "en", "réclamer", "160", "euro", "pour", "tout", "."])
    start, end = content.content_of(doc[3], verbs.match(doc[3]))
    assert doc.text[start:end] == "160 euros pour tous"


def test_a_national_title_no_ones_role_matches_is_not_given_to_a_person_titled_otherwise():
    found = said("Le maire de Lyon, Paul Durand, a salué une « bonne nouvelle ».\n\n"
                 "Le président brésilien a défendu une « réponse ferme ».")
    assert speaker_of(found, "réponse ferme") == set()
    found = said("Le Premier ministre, Paul Durand, a salué une « bonne nouvelle ». Le chef de l'exécutif a "
                 "défendu une « réponse ferme ».")  # a title used loosely for the person just named
    assert speaker_of(found, "réponse ferme", PARTIAL_QUOTE) == {"Paul Durand"}
    found = said("Paul Durand a salué une « bonne nouvelle ». Le ministre a défendu une « réponse ferme ».")
    assert speaker_of(found, "réponse ferme", PARTIAL_QUOTE) == {"Paul Durand"}


def test_a_reporting_verb_read_as_a_noun_in_apposition_reports_the_phrase_after_it():
    found = said("La Fédération des parents d'élèves (FPE) juge ces annonces bien tardives.")
    assert speaker_of(found, "ces annonces bien tardives", INDIRECT_SPEECH) == {"Fédération des parents d'élèves"}
    found = said("La Fédération des parents d'élèves (FPE) juge la réforme « brutale » et réclame un report d'un an.")
    assert speaker_of(found, "la réforme « brutale »", INDIRECT_SPEECH) == {"Fédération des parents d'élèves"}
    found = said("Interrogée par nos soins, la sociologue Anne Roux, de l'université de Nantes, juge « hâtif » de "
                 "conclure à un échec.")
    assert speaker_of(found, "« hâtif » de conclure à un échec", INDIRECT_SPEECH) == {"Anne Roux"}


def test_a_title_noun_in_apposition_reports_nothing():
    found = said("Paul Durand, juge d'instruction à Lyon, a ouvert une enquête. Anne Roux, juge « indépendante », "
                 "a été nommée.")
    assert not [s for s in found if s[1] == INDIRECT_SPEECH]


def test_a_que_clause_whose_verb_the_parse_cut_off_goes_on_to_the_sentences_end():
    from spacy.tokens import Doc

    from kg.extract.speech import content, verbs
    from kg.nlp import load_nlp

    # a parse of "Marc Petit a estimé que 500 gendarmes, c'était « bien peu » pour la ville.": the "que"
    # clause is the noun "gendarmes", "c'était … peu" hung apart
    words = ["Marc", "Petit", "a", "estimé", "que", "500", "gendarmes", ",", "c'", "était", "«", "bien", "peu", "»",
             "pour", "la", "ville", "."]
    heads = [3, 0, 3, 3, 6, 6, 3, 12, 12, 12, 12, 12, 3, 12, 16, 16, 12, 3]
    deps = ["nsubj", "flat:name", "aux:tense", "ROOT", "mark", "nummod", "ccomp", "punct", "nsubj", "cop", "punct",
            "advmod", "parataxis", "punct", "case", "det", "obl:mod", "punct"]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "SCONJ", "NUM", "NOUN", "PUNCT", "PRON", "AUX", "PUNCT", "ADV", "ADV",
           "PUNCT", "ADP", "DET", "NOUN", "PUNCT"]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    start, end = content.content_of(doc[3], verbs.match(doc[3]))
    assert doc.text[start:end] == "500 gendarmes , c' était « bien peu » pour la ville"


def test_an_indefinite_title_names_no_one_the_article_titles_so_later():
    found = said("Un porte-parole de la Commission européenne a affirmé que Bruxelles restait « vigilante ». Les "
                 "pêcheurs ont manifesté. Leur porte-parole, Yann Le Goff, a dénoncé une « trahison ».")
    assert speaker_of(found, "vigilante", PARTIAL_QUOTE) == {"Commission européenne"}


def test_a_subject_with_its_complement_after_an_opening_place_is_found_on_a_broken_parse():
    from spacy.tokens import Doc

    from kg.extract.speech import subjects
    from kg.nlp import load_nlp

    # the parse of "À Londres, un porte-parole du Foreign Office a indiqué que …": the verb hung on the
    # opening place as a parataxis, the subject's words on the comma and the place
    words = ["À", "Londres", ",", "un", "porte-parole", "du", "Foreign", "Office", "a", "indiqué", "que", "tout",
             "va", "."]
    heads = [1, 1, 1, 4, 2, 6, 4, 1, 9, 1, 12, 12, 9, 1]
    deps = ["case", "ROOT", "punct", "det", "fixed", "case", "nmod", "nmod", "aux:tense", "parataxis", "mark",
            "nsubj", "ccomp", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PROPN", "AUX", "VERB", "SCONJ", "PRON",
           "VERB", "PUNCT"]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in subjects.subjects_of(doc[9])] == ["porte-parole"]


def test_a_title_in_the_body_designates_someone_named_before_not_one_introduced_later():
    found = said("Budget cantonal : une hausse de 3 %\n\n"
                 "Le budget augmentera de 3 %, a annoncé mardi la conseillère d'État chargée des Finances, Anne Roux.\n\n"
                 "« Nous avons fait des choix », a déclaré la ministre devant la presse.\n\n"
                 "La ministre genevoise de l'économie, Julie Bach, a indiqué que le canton suivrait « de près ».")
    assert speaker_of(found, "Nous avons fait des choix") == {"Anne Roux"}


def test_a_sentence_quoting_without_attribution_goes_on_with_the_report_before_it():
    found = said("Le centre de tri de Vénissieux fermera le 3 mars, a annoncé lundi La Poste. Le personnel doit être "
                 "reclassé « dans la région ».")
    assert speaker_of(found, "dans la région", PARTIAL_QUOTE) == {"La Poste"}
    assert speaker_of(found, "Le personnel doit être reclassé « dans la région »", INDIRECT_SPEECH) == {"La Poste"}
    found = said("Selon Greenpeace, les rejets ont doublé depuis 2020. Les poissons seraient touchés « sur des "
                 "kilomètres ».")
    assert speaker_of(found, "sur des kilomètres", PARTIAL_QUOTE) == {"Greenpeace"}


def test_quoted_words_after_a_sentence_of_narration_stay_nobodys():
    found = said("La Poste a fermé lundi le centre de tri de Vénissieux. Le personnel doit être reclassé « dans la "
                 "région ».")
    assert speaker_of(found, "dans la région") == set()


def test_the_addressee_of_an_appeal_is_not_its_speaker():
    from spacy.tokens import Doc

    from kg.extract.speech import subjects
    from kg.nlp import load_nlp

    # a parse of "Le Medef estime que la hausse était inévitable et appelle le Parlement à agir .": the
    # addressee read as the inverted subject of "appelle"
    words = ["Le", "Medef", "estime", "que", "la", "hausse", "était", "inévitable", "et", "appelle", "le",
             "Parlement", "à", "agir", "."]
    heads = [1, 2, 2, 7, 5, 7, 7, 2, 9, 7, 11, 9, 13, 9, 2]
    deps = ["det", "nsubj", "ROOT", "mark", "det", "nsubj", "cop", "ccomp", "cc", "conj", "det", "nsubj", "mark",
            "xcomp", "punct"]
    pos = ["DET", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "CCONJ", "VERB", "DET", "NOUN", "ADP",
           "VERB", "PUNCT"]
    lemmas = ["le", "Medef", "estimer", "que", "le", "hausse", "être", "inévitable", "et", "appeler", "le",
              "parlement", "à", "agir", "."]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert "Parlement" not in [t.text for t in subjects.subjects_of(doc[9])]


def test_a_title_in_the_lead_may_name_someone_the_body_introduces():
    found = said("Tour de Suisse : Marc Aubry gagne à Verbier\n\n"
                 "Le Valaisan s'impose en solitaire. Son directeur sportif parle d'un coureur « enfin libéré ».\n\n"
                 "Marc Aubry a attaqué à trois kilomètres de l'arrivée. Le directeur sportif de l'équipe, "
                 "Paul Girard, a salué une victoire « méritée ».")
    assert speaker_of(found, "enfin libéré", PARTIAL_QUOTE) == {"Paul Girard"}


def test_a_loose_national_title_may_still_be_the_person_just_named_with_another_role():
    found = said("Son commissaire aux affaires sociales, Jean Bako, estime que la situation est « grave ». Le "
                 "diplomate béninois a appelé Lomé et Niamey à « rouvrir la frontière ».")
    assert speaker_of(found, "rouvrir la frontière", PARTIAL_QUOTE) == {"Jean Bako"}


def test_a_demonym_after_a_recipient_is_no_inverted_speaker():
    """After "Le ministre …, Paul Roux," the verb's "à l'armée ukrainienne" names whom the
    vehicles go to: its demonym opens no inverted subject, so Ukraine says nothing (it was
    given the words "Le ministre letton de la Défense, Paul Roux")."""
    found = said("Le ministre letton de la Défense, Paul Roux, a promis mardi 200 véhicules à l'armée ukrainienne.")
    assert all(who != "Ukraine" for who, _, _ in found)
    found = said("Paul Roux, ministre letton de la Défense, a livré jeudi 40 camions aux forces polonaises.")
    assert all(who != "Pologne" for who, _, _ in found)


def test_an_inverted_subject_may_still_open_on_its_adjective():
    found = said("Des milliers de soldats seront déployés dans la région d'ici à mars, "
                 "ont déclaré jeudi de hauts responsables américains.")
    assert speaker_of(found, "Des milliers de soldats seront déployés dans la région d'ici à mars",
                      INDIRECT_SPEECH) == {"États-Unis"}
