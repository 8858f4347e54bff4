"""Where a capitalised name ends: the one scan every finder uses after a cue word.

A name is a run of words that start with a capital letter ("Le Quotidien du
Peuple", "Park Tae-ryong", "Saint-Germain-des-Prés"). Within it:

* a word after a hyphen written without spaces belongs to the name even in
  lower case (the parts of compound names and Korean given names);
* a caller's particles ("de", "du", "van", "&"…) join two name words, never
  end a name;
* a word that starts a sentence starts another text, except the first.
"""
from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


def name_end(doc: Doc, i: int, particles: Collection[str] = (), limit: int | None = None) -> int:
    """The end of the capitalised name starting at token ``i`` (``i`` when there is none),
    looking at ``limit`` tokens at most.

    >>> import spacy; nlp = spacy.blank("fr")
    >>> doc = nlp("selon Le Quotidien du Peuple et Park Tae-ryong.")
    >>> doc[1:name_end(doc, 1, {"du"})].text, doc[6:name_end(doc, 6)].text
    ('Le Quotidien du Peuple', 'Park Tae-ryong')
    """
    j = last = i
    while j < len(doc) and (limit is None or j - i < limit):
        word = doc[j]
        after_hyphen = j - i >= 2 and doc[j - 1].text == "-" and not doc[j - 2].whitespace_
        if (_capitalised(word.text) or after_hyphen and word.is_alpha) and (j == i or not word.is_sent_start):
            last = j + 1
        elif not (j > i and (word.text == "-" and not doc[j - 1].whitespace_ and not word.whitespace_
                             or word.lower_ in particles)):
            break
        j += 1
    return last
