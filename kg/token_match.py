"""spaCy's French ``token_match``, compiled in a fraction of the time, matching the same words.

The French tokenizer keeps some hyphenated or elided words whole ("hip-hop",
"anti-…", "saut-de-ski") with one regular expression of 266 alternatives.
Each repeats the classes of all letters, so the pattern is 1.4 million
characters, and compiling it is the largest single cost of loading the model:
9 to 12 CPU seconds on the 2-core machine, in every process that loads it
(a `kg build` and each of its workers), against a parse of 300 articles in
about 20. The tokenizer only asks whether a word matches (its answers are
truthiness tests), so any pattern matching the same set of words gives the
same tokens. :func:`factored` writes one: alternatives that end the same way
(the same run of letter classes) share one copy of that ending
(``(?:^anti-|^archi-|…)[letters]…$``), and the rest share their common start
and end, which is exact (concatenation distributes over alternation). The
classes are then compiled about 30 times instead of about 800.

:func:`fast_token_match` puts it in place while the model loads: the calls
to ``re.compile`` that spaCy makes with that pattern (at the import of
``spacy.lang.fr`` and when the tokenizer is read from the model) get the
factored one. A pattern that does not have the expected shape is compiled
as it is, so the worst case is the old cost, never another tokenization.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Iterator

#: Patterns at least this long are candidates (the French one is 1.4 million characters).
MIN_LENGTH = 100_000
#: An atom this long is a class of letters worth sharing.
BIG_ATOM = 200
_FLAGS = "(?iu)"


#: A character class: "[", an optional "^", an optional literal "]", then anything but an
#: unescaped "]", then "]".
_CLASS = re.compile(r"\[\^?\]?[^\]\\]*(?:\\.[^\]\\]*)*\]", re.DOTALL)


def _end_of_class(pattern: str, i: int) -> int:
    """Index just past the character class opening at ``pattern[i] == "["``."""
    found = _CLASS.match(pattern, i)
    if found is None:
        raise ValueError("unclosed class")
    return found.end()


def _end_of_group(pattern: str, i: int) -> int:
    """Index just past the group opening at ``pattern[i] == "("``."""
    depth = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _end_of_class(pattern, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unclosed group")


#: What may follow a backslash in a two-character item: a class or assertion letter, a
#: control character, or an escaped punctuation mark.
_ONE_CHAR_ESCAPE = re.compile(r"[dDwWsSbBAZntrfv]|[^\w]", re.ASCII)
_QUANTIFIER = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")


def atoms(pattern: str) -> list[str] | None:
    """``pattern`` cut into its top-level items, each with its quantifier, or None when it
    has a top-level ``|`` or an item this reader does not know (then it is kept whole).

    >>> atoms("^ab[cd]+(?:e|f)?$")
    ['^', 'a', 'b', '[cd]+', '(?:e|f)?', '$']
    """
    found = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "[":
            end = _end_of_class(pattern, i)
        elif char == "(":
            if pattern.startswith("(?", i) and not pattern.startswith("(?:", i):
                return None  # flags, look-arounds, named groups: not needed here
            end = _end_of_group(pattern, i)
        elif char == "\\":
            if i + 1 >= len(pattern) or not (_ONE_CHAR_ESCAPE.match(pattern, i + 1)):
                return None  # back-references, code points, named characters: keep whole
            end = i + 2
        elif char in "|)*+?{":
            return None
        else:
            end = i + 1
        quantifier = _QUANTIFIER.match(pattern, end)
        if quantifier:
            end = quantifier.end()
        found.append(pattern[i:end])
        i = end
    return found


def _alternatives(body: str) -> list[str] | None:
    """The top-level alternatives of ``body``, each ``(?:…)`` unwrapped, or None."""
    items = atoms_or_bars(body)
    if items is None:
        return None
    alternatives = []
    for item in items:
        if not (item.startswith("(?:") and item.endswith(")")):
            return None
        alternatives.append(item[3:-1])
    return alternatives


def atoms_or_bars(body: str) -> list[str] | None:
    """``body`` = ``(?:a)|(?:b)|…`` cut at its top-level bars (None if it is not that)."""
    parts = []
    i = 0
    while i < len(body):
        if body[i] != "(":
            return None
        end = _end_of_group(body, i)
        parts.append(body[i:end])
        if end < len(body) and body[end] != "|":
            return None
        i = end + 1
    return parts


def _common(sequences: list[list[str]]) -> tuple[int, int]:
    """Lengths of the longest shared start and end (not overlapping) of ``sequences``."""
    shortest = min(map(len, sequences))
    start = 0
    while start < shortest and all(s[start] == sequences[0][start] for s in sequences):
        start += 1
    end = 0
    while end < shortest - start and all(s[-1 - end] == sequences[0][-1 - end] for s in sequences):
        end += 1
    return start, end


def _shared(sequences: list[list[str]]) -> str:
    """One pattern for ``sequences`` (atoms), their common start and end written once."""
    if len(sequences) == 1:
        return "".join(sequences[0])
    start, end = _common(sequences)
    middles = ["".join(s[start:len(s) - end]) for s in sequences]
    first = "".join(sequences[0][:start])
    last = "".join(sequences[0][len(sequences[0]) - end:])
    return f"{first}(?:{'|'.join(middles)}){last}"


def factored(pattern: str, big: int = BIG_ATOM) -> str | None:
    """A pattern matching the same strings as ``pattern`` (with ``match``), its items of at
    least ``big`` characters shared between alternatives; None when ``pattern`` is not
    ``(?iu)(?:…)|(?:…)…``.

    >>> factored("(?iu)(?:^ab[x-z]+$)|(?:^cd[x-z]+$)|(?:^e-f$)", big=5)
    '(?iu)(?:(?:^ab|^cd)[x-z]+$)|(?:^e-f$)'
    >>> factored("(?iu)(?:^[a-z]+-la-[a-z]+$)|(?:^[a-z]+-en-[a-z]+$)", big=5)
    '(?iu)(?:^[a-z]+-(?:la|en)-[a-z]+$)'
    """
    if not pattern.startswith(_FLAGS):
        return None
    alternatives = _alternatives(pattern[len(_FLAGS):])
    if not alternatives:
        return None
    by_ending: dict[str, list[list[str]]] = {}  # the atoms from the first big one on -> heads
    whole: list[str] = []  # alternatives kept as they are
    for alternative in alternatives:
        items = atoms(alternative)
        if not items:
            whole.append(alternative)
            continue
        first_big = next((i for i, item in enumerate(items) if len(item) >= big), None)
        if first_big is None:
            whole.append(alternative)
            continue
        by_ending.setdefault("".join(items[first_big:]), []).append(items[:first_big])
    groups = []
    alone: list[list[str]] = []  # the only alternative with their ending, as atoms
    for ending, heads in by_ending.items():
        if len(heads) == 1:
            alone.append(heads[0] + atoms(ending))
            continue
        groups.append(f"(?:(?:{'|'.join(''.join(head) for head in heads)}){ending})")
    if alone:
        groups.append(f"(?:{_shared(alone)})")
    groups += [f"(?:{alternative})" for alternative in whole]
    return _FLAGS + "|".join(groups)


@contextmanager
def fast_token_match() -> Iterator[None]:
    """Within the block, ``re.compile`` given a long ``token_match``-shaped pattern compiles
    its :func:`factored` form instead (once per pattern; ``Pattern.pattern`` then shows it)."""
    original = re.compile
    done: dict[str, re.Pattern] = {}

    def compile(pattern, flags=0):  # noqa: A001 - stands in for re.compile
        if isinstance(pattern, str) and not flags and len(pattern) >= MIN_LENGTH:
            if pattern not in done:
                simpler = factored(pattern)
                done[pattern] = original(simpler if simpler is not None else pattern)
            return done[pattern]
        return original(pattern, flags)

    re.compile = compile
    try:
        yield
    finally:
        re.compile = original
