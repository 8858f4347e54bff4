"""The cues of a figure's sentence, read once per sentence (kg.extract.troops.cues.sentence_cues),
answer as a word-by-word and phrase-by-phrase reading of the sentence does."""
from __future__ import annotations

import pytest

from kg.analysis import Analysis
from kg.extract.troops.claimant import source_phrase
from kg.extract.troops.cues import cues, sentence_cues
from kg.nlp import load_nlp
from kg.reading import make_article
from kg.text import fold

SENTENCES = [
    "La force conjointe a déployé 300 casques bleus dans le pays, selon l'ONU.",
    "Des mercenaires étrangers ont été vus près de la frontière avec des soldats de la paix.",
    "La force unifiee des neuf pays compte 5 000 hommes en exercice.",  # written without accents
    "Le Commandement conjoint des forces armées a envoyé 1 200 militaires en renfort.",
    "Le gouvernement a annoncé mercredi une rotation des troupes.",
]


def _analysis(text: str) -> Analysis:
    doc = load_nlp()(text)
    return Analysis(article=make_article(id="t", text=text, source="test"), text=text, doc=doc)


def _is_cue(kind: str, token) -> bool:
    c = cues()
    words = c.kinds.get(kind, frozenset())
    plain = fold(token.lower_)
    return (token.lemma_.lower() in words or token.lower_ in words or plain in c.folded.get(kind, frozenset())
            or token.pos_ in ("VERB", "ADJ") and plain in c.participles.get(kind, frozenset()))


def _word_by_word(analysis: Analysis, seg, kind: str) -> bool:
    c = cues()
    sentence = analysis.text[seg[0]:seg[1]].lower()
    phrases = c.phrases.get(kind, ())
    return (any(_is_cue(kind, t) for t in analysis.tokens_in(*seg))
            or any(p in sentence for p in phrases) or any(fold(p) in fold(sentence) for p in phrases))


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentences_cues_are_those_of_its_words_and_phrases_for_every_kind(text):
    analysis = _analysis(text)
    seg = (0, len(text))
    kinds = set(cues().kinds) | set(cues().phrases)
    assert {k for k in kinds if sentence_cues(analysis, seg).has(k)} == \
        {k for k in kinds if _word_by_word(analysis, seg, k)}


def test_a_word_written_without_accents_is_the_cue_of_its_accented_form():
    analysis = _analysis("Trois soldats ont ete tues et deux blesses.")
    tues = next(t for t in analysis.doc if t.lower_ == "tues")
    assert cues().has("casualty", tues) == _is_cue("casualty", tues) and _is_cue("casualty", tues)
    for token in analysis.doc:
        assert cues().kinds_of(token) == {k for k in cues().kinds if _is_cue(k, token)}


def test_sentence_cues_find_words_phrases_and_phrases_without_accents():
    analysis = _analysis(SENTENCES[2])
    found = sentence_cues(analysis, (0, len(SENTENCES[2])))
    assert found.has("multinational")  # "force unifiee"
    assert found.has("countries")  # "pays"
    assert not found.has("foreign")
    analysis = _analysis(SENTENCES[1])
    assert sentence_cues(analysis, (0, len(SENTENCES[1]))).has("foreign")  # "mercenaires"


def test_a_sentence_is_read_once_per_doc_and_each_segment_apart():
    analysis = _analysis(SENTENCES[0])
    whole = sentence_cues(analysis, (0, len(SENTENCES[0])))
    assert sentence_cues(analysis, (0, len(SENTENCES[0]))) is whole
    start = SENTENCES[0].index("selon")
    assert not sentence_cues(analysis, (0, start)).has("source")
    assert sentence_cues(analysis, (start, len(SENTENCES[0]))).has("source")


def test_the_source_phrase_is_found_after_its_cue_and_none_without_one():
    analysis = _analysis(SENTENCES[0])
    span = source_phrase(analysis, (0, len(SENTENCES[0])))
    assert span is not None and SENTENCES[0][span[0]:span[1]].strip() == "l'ONU"
    assert source_phrase(analysis, (0, SENTENCES[0].index(","))) is None
    analysis = _analysis(SENTENCES[4])
    assert source_phrase(analysis, (0, len(SENTENCES[4]))) is None
