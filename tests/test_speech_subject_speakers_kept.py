"""speakers.subject_speakers_kept: within a statements pass each subject's speaker is read once,
with the same answer as a fresh reading, and every caller gets a copy of its own."""
from __future__ import annotations

from kg.analysis import Analysis
from kg.extract.entities import find_entities
from kg.extract.speech.speakers import from_subject, subject_speakers_kept
from kg.nlp import load_nlp
from kg.reading import make_article

TEXT = ("Le ministre de la Défense, Paul Roux, a annoncé mercredi l'envoi de 300 soldats. "
        "Le gouvernement et l'armée ont confirmé que la mission durerait un an. "
        "Il a ajouté que la France resterait présente.")


def _analysis() -> Analysis:
    doc = load_nlp()(TEXT)
    analysis = Analysis(article=make_article(id="t", text=TEXT, source="test"), text=TEXT, doc=doc)
    find_entities(analysis)
    return analysis


def _subjects(analysis: Analysis):
    return [t for t in analysis.doc if t.dep_.startswith("nsubj")]


def test_kept_speakers_are_those_a_fresh_reading_gives():
    analysis = _analysis()
    fresh = [from_subject(analysis, s) for s in _subjects(analysis)]
    assert any(r is not None and r.keys for r in fresh)
    with subject_speakers_kept(analysis):
        first = [from_subject(analysis, s) for s in _subjects(analysis)]
        again = [from_subject(analysis, s) for s in _subjects(analysis)]
    assert first == fresh and again == fresh


def test_each_caller_gets_its_own_copy_of_a_kept_speaker():
    analysis = _analysis()
    with subject_speakers_kept(analysis):
        subject = next(s for s in _subjects(analysis) if (r := from_subject(analysis, s)) is not None and r.keys)
        ref = from_subject(analysis, subject)
        keys = list(ref.keys)
        ref.keys.append("someone/else")
        ref.gender = "Fem" if ref.gender != "Fem" else "Masc"
        assert from_subject(analysis, subject).keys == keys
        assert from_subject(analysis, subject) is not from_subject(analysis, subject)


def test_nothing_is_kept_after_the_block():
    analysis = _analysis()
    with subject_speakers_kept(analysis):
        [from_subject(analysis, s) for s in _subjects(analysis)]
    assert not any(isinstance(k, str) and k.startswith("kg.speech") for k in analysis.doc.user_data)
