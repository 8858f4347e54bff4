"""Who said what: constructions seen failing on the twelfth held-back set (issue 14, session 15,
FAILURES-h12.md group A: speech never found).

Sentences written for each construction (fictional people and bodies); speakers are checked
by their entity's label.
"""
from __future__ import annotations

from conftest import said, speaker_of

from kg.extract.speech import verbs
from kg.records import DIRECT_QUOTE, PARTIAL_QUOTE


# Pronominal reporting verbs with an agreed participle -------------------------------------------
def test_a_feminine_pronominal_participle_after_an_apposed_name_is_said_by_that_name():
    found = said("La commissaire aux langues officielles, Claire Dufour-Lemaire, s'est dite « très inquiète ».")
    assert speaker_of(found, "très inquiète", PARTIAL_QUOTE) == {"Claire Dufour-Lemaire"}


def test_a_plural_pronominal_participle_is_said_by_each_coordinated_subject():
    found = said("Anne Roux et Claire Vernet se sont dites « scandalisées ».")
    assert speaker_of(found, "scandalisées", PARTIAL_QUOTE) == {"Anne Roux", "Claire Vernet"}


def test_a_participle_listed_with_its_feminine_gets_its_plurals():
    assert verbs.form_lemma("promises") == "promettre"
    assert verbs.form_lemma("dits") == "dire"


# Live-blog bullets -------------------------------------------------------------------------------
def test_a_list_bullet_opening_a_line_is_chrome():
    from kg.chrome import chrome_spans
    text = "Les points clés\n• Le ministère affirme avoir recensé 40 cas."
    assert chrome_spans(text) == [(16, 17)]


def test_a_bullet_line_reports_like_the_same_line_without_its_bullet():
    lines = ["Le ministère de la Santé affirme avoir recensé 40 nouveaux cas.",
             "Le gouvernement japonais affirme avoir évacué 2 000 habitants."]
    bare = said("L'essentiel\n" + "\n".join(lines))
    assert len(bare) == 2
    assert said("L'essentiel\n▪ " + "\n• ".join(lines)) == bare


# A past participle opening the sentence ----------------------------------------------------------
def test_a_participial_opener_agent_is_not_the_speaker_of_the_clause_after_it():
    found = said("Interrogé par la radio RTL, le ministre de l'Intérieur, Paul Vernet, a assuré que les effectifs "
                 "seraient « renforcés ».")
    assert speaker_of(found, "renforcés", PARTIAL_QUOTE) == {"Paul Vernet"}


def test_a_participial_opener_hung_above_the_verb_leaves_the_subject_after_its_comma():
    found = said("Interrogé par la chaîne Azur TV, le chef de la police régionale, Daniel Kiprono-Rotich, a assuré "
                 "que les patrouilles seraient « doublées » en mai.")
    assert speaker_of(found, "doublées", PARTIAL_QUOTE) == {"Daniel Kiprono-Rotich"}


# Doubled apostrophes as quotation marks ----------------------------------------------------------
def test_doubled_apostrophes_pair_as_quotation_marks_and_not_at_an_elision():
    from kg.extract.speech.quotes import find_quotes
    text = "Il juge l'accord ''en net recul d'environ 5%'' depuis l'an dernier."
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["en net recul d'environ 5%"]


def test_a_wire_quoting_with_doubled_apostrophes_reports_as_with_guillemets():
    article = ("Le ministre de la Santé, Paul Diouf, a visité l’hôpital. {o}Nous avons recruté 300 infirmiers{c}, "
               "a déclaré le ministre.\nSelon lui, l’effort est {o}sans précédent{c} dans la région.")
    guillemets = said(article.format(o="« ", c=" »"))
    assert {kind for _, kind, _ in guillemets} >= {DIRECT_QUOTE, PARTIAL_QUOTE}
    assert said(article.format(o="‘’", c="’’")) == [
        (who, kind, quote.replace("« ", "‘’").replace(" »", "’’"))
        for who, kind, quote in guillemets]


def test_a_participial_opener_after_a_paragraph_leaves_the_subject_in_apposition_to_its_agent():
    found = said("Des renforts sont arrivés lundi.\n\nInterrogé par la chaîne Azur TV, le chef de la police régionale, "
                 "Daniel Kiprono-Rotich, a assuré que les effectifs seraient « réévalués » en septembre.")
    assert speaker_of(found, "réévalués", PARTIAL_QUOTE) == {"Daniel Kiprono-Rotich"}


# Compound infinitive contents --------------------------------------------------------------------
def test_a_second_object_of_a_compound_infinitive_content_stays_in_the_content():
    found = said("Le ministère de la Défense affirme avoir détecté 71 avions et 14 navires chinois en 24 heures.")
    assert speaker_of(found, "avoir détecté 71 avions et 14 navires chinois en 24 heures") == {"Ministère de la Défense"}
