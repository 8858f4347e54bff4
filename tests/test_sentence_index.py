"""Extraction looks sentences up in a list made once per doc; the answers are spaCy's."""
from __future__ import annotations

from kg.nlp import load_nlp, sentences_indexed

TEXT = (
    "Le ministre a déclaré mercredi que Paris restait vigilant. « Nous ne céderons pas », "
    "a-t-il ajouté.\n\nSelon l'ONU, 8 000 soldats sont déployés. Rien d'autre."
)


def test_indexed_sentences_are_the_sentences_spacy_gives_every_token_and_span():
    doc = load_nlp()(TEXT)
    tokens = [(t.i, t.sent.start, t.sent.end) for t in doc]
    spans = [(a, b, doc[a:b].sent.start, doc[a:b].sent.end)
             for a in range(len(doc)) for b in range(a + 1, min(a + 12, len(doc) + 1))]
    assert len(list(doc.sents)) > 2
    with sentences_indexed(doc):
        assert "sent" in doc.user_token_hooks
        assert [(t.i, t.sent.start, t.sent.end) for t in doc] == tokens
        assert [(a, b, doc[a:b].sent.start, doc[a:b].sent.end)
                for a in range(len(doc)) for b in range(a + 1, min(a + 12, len(doc) + 1))] == spans
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks


def test_a_doc_without_sentence_boundaries_is_left_to_spacy():
    doc = load_nlp().make_doc("Un texte que rien n'a découpé. Deux phrases.")
    with sentences_indexed(doc) as same:
        assert same is doc and "sent" not in doc.user_token_hooks
