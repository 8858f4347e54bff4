"""French amounts in news text: "3 000", "3.000", "3'000" (Swiss), "douze mille", "septante",
"jusqu'à", "entre … et …".

A troop figure is a number *and* how sure the text is of it. :func:`find_amounts`
finds every amount in a text with its qualifier (see ``kg/data/qualifiers.txt``
and ``kg/data/vague_amounts.txt``); whether it counts troops is decided later,
by what follows it (:mod:`kg.extract.deployments`). Numbers written in words
are read by text2num, a maintained French number parser. Dates ("18 octobre"),
years ("1950-1953"), percentages, money and ranks ("10e") are not amounts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from text_to_num import text2num

from .records import QUALIFIERS
from .text import clean_text, fold

EXACT, UP_TO, AT_LEAST, ABOUT, RANGE, VAGUE = QUALIFIERS

_SPACES = "[ \u00a0\u202f\u2009]"
_SCALES = {"mille": 1_000, "million": 1_000_000, "millions": 1_000_000,
           "milliard": 1_000_000_000, "milliards": 1_000_000_000}
_DIGITS = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:(?:" + _SPACES + r"|\.|['’])\d{3})+|\d+)(?:,(\d+))?"
    r"(?:" + _SPACES + r"+(mille|millions?|milliards?))?(?![\w])",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize vingt vingts trente quarante cinquante soixante septante huitante octante nonante "
    "cent cents mille million millions "
    "milliard milliards"
).split()
_WORD = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"


def _opening_on(firsts, pattern: str, digits: bool = False) -> str:
    """``pattern`` behind a look-ahead on the characters it can open on (and any digit, with
    ``digits``): a pattern that opens on a look-behind gets no fast scan for its first character
    from ``re``, which then tries its whole alternation at every position of the text."""
    return "(?=[" + (r"\d" if digits else "") + "".join(sorted({re.escape(c) for c in firsts})) + "])" + pattern


_WORDS = re.compile(
    _opening_on((w[0] for w in _NUMBER_WORDS),
                r"(?<![\w-])" + _WORD + r"(?:(?:\s+|-)(?:et(?:\s+|-)(?=un|onze))?" + _WORD + r")*(?![\w-])"),
    re.IGNORECASE,
)
_APPROX_NOUNS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
                 "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
                 "centaine": 100, "millier": 1000}
_APPROX = re.compile(
    _opening_on((w[0] for w in _NUMBER_WORDS),
                r"(?<![\w-])(une?|\d+|" + _WORD + r")\s+(" + "|".join(_APPROX_NOUNS) + r")s?"
                r"(\s+de\s+milliers)?(?![\w-])", digits=True),
    re.IGNORECASE,
)
_MONTHS = (r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
           r"octobre|novembre|décembre|decembre)")
# What may follow a number that is then no amount of anything countable here.
_NOT_AN_AMOUNT_AFTER = re.compile(
    r"\s*(?:%|pour\s*-?\s*cent\b|pourcent|" + _MONTHS + r"\b|[€$£]|euros?\b|dollars?\b|"
    r"de\s+dollars\b|d'euros\b|de\s+livres\b|"
    # durations, distances and weights: "à trois jours du match", "à 40 km"
    r"(?:jours?|heures?|minutes?|semaines?|mois|ans|années?|kilomètres?|km|mètres?|tonnes?|kg)\b)",
    re.IGNORECASE,
)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\ben|\bdepuis|\bannée|\bans|\bdès|\bavant|\baprès|\bd'ici|\(|" + _MONTHS + r")\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    """An amount found in a text: ``text[start:end]`` is the figure with its qualifier cue.

    ``low``/``high`` follow the qualifier: Exact and About give low == high,
    UpTo only high, AtLeast only low, Range both, Vague neither.
    """

    start: int
    end: int
    qualifier: str
    low: int | None
    high: int | None
    number_start: int  # where the number itself begins, after any qualifier cue

    @property
    def value(self) -> int | None:
        return self.high if self.low is None else self.low


def parse_number(text: str) -> int | None:
    """The integer a French number phrase stands for, or None.

    >>> [parse_number(s) for s in ("3 000", "3.000", "12000", "dix mille", "1,5 million", "beaucoup")]
    [3000, 3000, 12000, 10000, 1500000, None]
    """
    text = clean_text(text.strip())
    m = _DIGITS.fullmatch(text)
    if m:
        return _digits_value(m)
    m = _WORDS.fullmatch(text)
    if m:
        return _words_value(m.group(0))
    m = _APPROX.fullmatch(text)
    if m:
        return _approx_value(m)
    return None


def _digits_value(m: re.Match) -> int | None:
    whole = int(re.sub(r"\D", "", m.group(1)))
    scale = _SCALES.get((m.group(3) or "").lower(), 1)
    if m.group(2):  # a decimal comma only makes a count with a scale: "1,5 million"
        if scale == 1:
            return None
        return round(float(f"{whole}.{m.group(2)}") * scale)
    return whole * scale


def _words_value(words: str) -> int | None:
    try:
        return text2num(re.sub(r"\s+", " ", words.lower()), "fr")
    except ValueError:
        return None


def _approx_value(m: re.Match) -> int | None:
    head = m.group(1).lower()
    count = 1 if head in ("un", "une") else parse_number(head)
    # (a look-alike letter the case-blind pattern lets through, as "dızaine" with a
    # dotless ı, is no noun of the table: no amount rather than a failed article)
    unit = _APPROX_NOUNS.get(m.group(2).lower())
    if count is None or unit is None:
        return None
    value = count * unit
    return value * 1000 if m.group(3) else value


@lru_cache(maxsize=1)
def _vague_pattern() -> re.Pattern:
    text = resources.files("kg.data").joinpath("vague_amounts.txt").read_text("utf-8")
    phrases = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    joiner = "[\\s\"«»“”„]+"
    alternatives = [
        joiner.join(re.escape(word) for word in phrase.split())
        for phrase in sorted(phrases, key=len, reverse=True)
    ]
    quotes = "[\"«»“”„]*"
    return re.compile(_opening_on((phrase[0] for phrase in phrases),
                                  r"(?<![\w-])(?:" + "|".join(alternatives) + r")" + quotes + r"(?![\w-])"),
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _qualifier_cues() -> tuple[re.Pattern, re.Pattern, dict[str, str], dict[str, str]]:
    """(prefix pattern, suffix pattern, prefix cue -> qualifier, suffix cue -> qualifier)."""
    text = resources.files("kg.data").joinpath("qualifiers.txt").read_text("utf-8")
    prefix: dict[str, str] = {}
    suffix: dict[str, str] = {}
    for raw in text.splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        head, _, cue = raw.partition(":")
        qualifier, _, where = head.strip().partition(" ")
        if qualifier not in QUALIFIERS:
            raise ValueError(f"qualifiers.txt: unknown qualifier {qualifier!r} in {raw!r}")
        table = suffix if where == "suffix" else prefix
        for form in (cue.strip().lower(), fold(cue.strip().lower())):  # "pres de" in text without accents
            table.setdefault(form, qualifier)

    def alternation(cues):
        patterns = (re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True))
        return "|".join(re.sub(r"\\s\+de$", r"\\s+(?:de|d')", p) for p in patterns)  # "près d'une"

    # "d'environ 800": the cue may follow an elided "d'";
    # "ne dépasse pas « 4 000 hommes »": the cue may stand outside the quote
    before = re.compile(r"(?<![\w])(" + alternation(prefix) + r")\s*(?:[«\"“„]\s*)?$", re.IGNORECASE)
    # Right after the number, or after its noun: "3 000 environ", "3 000 soldats environ".
    after = re.compile(
        r"\s*(\s[\w-]+\s*)?,?\s*(" + alternation(suffix) + r")(?![\w])(?!\s*\d)", re.IGNORECASE
    )
    return before, after, prefix, suffix


def _cue_key(cue: str) -> str:
    return re.sub(r" d'$", " de", re.sub(r"\s+", " ", cue.lower()))


def _bounds(qualifier: str, value: int) -> tuple[int | None, int | None]:
    if qualifier == UP_TO:
        return None, value
    if qualifier == AT_LEAST:
        return value, None
    return value, value


def find_amounts(text: str) -> list[Amount]:
    """Every amount in ``text``, in text order, with its qualifier.

    >>> [(a.qualifier, a.low, a.high) for a in find_amounts("entre 10.000 et 12.000 hommes")]
    [('Range', 10000, 12000)]
    >>> [(a.qualifier, a.low, a.high) for a in find_amounts("jusqu'à 3 000 soldats, le 18 octobre")]
    [('UpTo', None, 3000)]
    """
    text = clean_text(text)
    scan = _scanner(text)
    found: list[tuple[int, int, int | None, str]] = []  # start, end, value, kind
    for m in scan(_vague_pattern()):
        found.append((m.start(), m.end(), None, VAGUE))
    for m in scan(_APPROX):  # "une dizaine", "un millier": approximate by nature
        found.append((m.start(), m.end(), _approx_value(m), ABOUT))
    for m in scan(_DIGITS):
        if not _is_year_or_date(text, m):
            found.append((m.start(), m.end(), _digits_value(m), EXACT))
    for m in scan(_WORDS):
        if m.group(0).lower() in ("un", "une") or (
            m.group(0).lower() == "cent" and re.search(r"pour\s*-?\s*$", text[: m.start()], re.IGNORECASE)
        ):
            continue  # an article, or the "cent" of "pour cent"
        else:
            found.append((m.start(), m.end(), _words_value(m.group(0)), EXACT))
    numbers = []
    taken_until = -1
    for start, end, value, kind in sorted(found, key=lambda f: (f[0], -f[1])):
        if start < taken_until or (value is None and kind != VAGUE):
            continue
        if kind != VAGUE and _NOT_AN_AMOUNT_AFTER.match(text, end):
            continue
        numbers.append((start, end, value, kind))
        taken_until = end
    return _qualify(text, numbers)


#: The letters Python's ``re`` matches case-insensitively with another letter than their lower
#: case ("ı" and "i", "ſ" and "s"…: ``re``'s own extra cases for the Latin script).
_OTHER_CASES = re.compile("[ıſṡẛﬅﬆ]")


def _scanner(text: str):
    """``pattern -> its matches in text``, for the amount patterns (all written in lower case).

    Case-insensitive scanning costs ``re`` about half as much again as a case-sensitive one
    on the same text, so the patterns' case-sensitive twins scan ``text`` lower-cased, when
    that keeps every offset (no "İ") and every match (none of :data:`_OTHER_CASES`); the
    matches' groups are then in lower case, which is how they are read.
    """
    low = text.lower()
    if len(low) != len(text) or _OTHER_CASES.search(text):
        return lambda pattern: pattern.finditer(text)
    return lambda pattern: _case_sensitive(pattern).finditer(low)


@lru_cache(maxsize=8)
def _case_sensitive(pattern: re.Pattern) -> re.Pattern:
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _is_year_or_date(text: str, m: re.Match) -> bool:
    raw = m.group(0)
    if not re.fullmatch(r"(1[89]|20)\d\d", raw):
        return False
    if re.match(r"\s*[-–/]\s*\d{4}", text[m.end():]) or re.search(r"\d{4}\s*[-–/]\s*$", text[: m.start()]):
        return True
    return bool(_YEAR_CONTEXT_BEFORE.search(text[max(0, m.start() - 20): m.start()]))


def _qualify(text: str, numbers: list[tuple[int, int, int | None, str]]) -> list[Amount]:
    before, after, prefix_cues, suffix_cues = _qualifier_cues()
    amounts: list[Amount] = []
    i = 0
    while i < len(numbers):
        start, end, value, kind = numbers[i]
        if kind == VAGUE:
            amounts.append(Amount(start, end, VAGUE, None, None, start))
            i += 1
            continue
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if nxt and nxt[3] != VAGUE:
            between = text[end: nxt[0]]
            lead = text[max(0, start - 12): start]
            entre = re.search(r"(?<![\w])entre\s+$", lead, re.IGNORECASE)
            de = re.search(r"(?<![\w])de\s+$", lead, re.IGNORECASE)
            if (entre and re.fullmatch(r"\s+et\s+", between, re.IGNORECASE)) or (
                not entre and re.fullmatch(r"\s+(?:à|a|ou)\s+|\s*[-–]\s*", between, re.IGNORECASE)
            ):
                low, high = value, nxt[2]
                if low < 1000 <= high and low * 1000 <= high and "000" not in text[start:end]:
                    low *= 1000  # "entre 10 et 12 000": the first figure shares the thousands
                if low <= high:
                    cue = entre or de
                    range_start = start - len(cue.group(0)) if cue else start
                    amounts.append(Amount(range_start, nxt[1], RANGE, low, high, start))
                    i += 2
                    continue
        qualifier, cue_start, cue_end = kind, start, end
        m = before.search(text[max(0, start - 40): start])
        if m:
            qualifier = prefix_cues[_cue_key(m.group(1))]
            cue_start = start - (len(text[max(0, start - 40): start]) - m.start())
        else:
            m = after.match(text, end)
            if m:
                qualifier = suffix_cues[_cue_key(m.group(2))]
                cue_end = m.end() if not m.group(1) else end
        low, high = _bounds(qualifier, value)
        amounts.append(Amount(cue_start, cue_end, qualifier, low, high, start))
        i += 1
    return amounts
