"""The organisation finders' per-doc index of head words answers as a scan of the doc would."""
import spacy

from kg.extract.entities.organisations.heads import at_words


def _scan(doc, words, case=False):
    return [t.i for t in doc if (t.text if case else t.lower_) in words]


def test_head_words_are_found_in_text_order_whatever_their_case():
    doc = spacy.blank("fr").make_doc("L'armée et la Police ont vu l'armée , la police et la Gendarmerie .")
    words = {"armée", "police", "gendarmerie"}
    assert at_words(doc, words) == _scan(doc, words) == [1, 4, 8, 11, 14]


def test_written_forms_are_matched_as_written():
    doc = spacy.blank("fr").make_doc("la Police et la police")
    assert at_words(doc, {"Police"}, case=True) == [1]
    assert at_words(doc, {"police"}, case=True) == [4]
    assert at_words(doc, {"police"}) == [1, 4]


def test_each_doc_is_indexed_on_its_own():
    nlp = spacy.blank("fr")
    first, second = nlp.make_doc("armée armée police"), nlp.make_doc("police armée")
    assert at_words(first, {"armée"}) == [0, 1]
    assert at_words(second, {"armée"}) == [1]
    assert at_words(second, {"marine"}) == []
    hits = at_words(second, {"police"})
    hits.append(9)  # a caller's list is its own
    assert at_words(second, {"police"}) == [0]
