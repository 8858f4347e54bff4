"""Who claims a troop figure when its own sentence names nobody: the sentence
before it in the paragraph, when that one attributes what it says (issue 15:
paragraph-wide claims)."""
from __future__ import annotations

from kg.pipeline import extract
from kg.reading import make_article


def claimants(text):
    return [d.claimant for d in extract(make_article(id="t", text=text, source="test")).deployments]


def test_a_figure_after_an_attributed_sentence_of_its_paragraph_is_claimed_by_its_source():
    text = ("Les soldats appuieront la gendarmerie pendant le sommet, indique le ministère autrichien "
            "de la Défense dans un communiqué. L'effectif est fixé à 1 200 militaires.")
    [claimant] = claimants(text)
    assert claimant is not None and claimant.startswith("org/")


def test_a_figure_after_a_quotation_is_in_the_articles_own_voice():
    text = "« Nous tenons », a déclaré le ministre Jean Dupont. Quelque 300 soldats sont arrivés à Gao."
    assert claimants(text) == [None]


def test_a_figure_opening_a_new_paragraph_does_not_take_the_claim_before():
    text = ("Les soldats appuieront la gendarmerie, indique le ministère autrichien de la Défense.\n"
            "Quelque 1 200 militaires seront mobilisés.")
    assert claimants(text) == [None]


def test_a_figure_after_a_sentence_with_its_own_figure_keeps_its_own_voice():
    text = ("Quelque 300 soldats appuieront la gendarmerie, indique le ministère autrichien de la Défense. "
            "Environ 1 200 militaires sont déjà sur place.")
    assert claimants(text)[1] is None


def test_a_sentence_before_with_a_claim_word_but_no_reported_speech_gives_no_claimant():
    text = ("Dans la forêt, les blindés du 2e régiment de hussards avancent au pas. Ils font partie d'un "
            "ensemble de quelque 2 400 militaires français engagés dans l'exercice.")
    assert claimants(text) == [None]
