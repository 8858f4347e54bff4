"""The extractors' per-doc list of token texts never leaks into the spaCy components,
which may run before a retokenization."""
import spacy

from kg.extract.paragraphs import sentence_starts
from kg.extract.tokens import token_text_set, token_texts


def test_sentence_starts_read_the_tokens_a_retokenization_left_even_at_the_same_length():
    doc = spacy.blank("fr").make_doc("a b . C dd")
    assert token_texts(doc) == ["a", "b", ".", "C", "dd"]  # now kept for the extractors
    with doc.retokenize() as retokenizer:  # one merge and one split: five tokens still
        retokenizer.merge(doc[0:2])
        retokenizer.split(doc[4], ["d", "d"], heads=[(doc[4], 1), doc[3]])
    assert [t.text for t in doc] == ["a b", ".", "C", "d", "d"]
    assert sentence_starts(doc) == {2}  # "C" after the full stop (a stale list put "." at 2)


def test_the_word_set_of_an_article_holds_each_token_text():
    doc = spacy.blank("fr").make_doc("Cyberattaque : une cyberattaque")
    assert "cyberattaque" in token_text_set(doc) and "Cyberattaque" in token_text_set(doc)
    assert "attaque" not in token_text_set(doc)
