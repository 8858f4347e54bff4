"""Find quotations in text: pairs of quotation marks and the words between.

Scraped French news mixes typographies: « guillemets » with or without the
(no-break) spaces inside, “curly” and "straight" English quotes, ‹ single ›
guillemets, and the odd wrong mark (``alliés« ,`` closing a quote with an
opening guillemet; `` »mot…''`` or `` »mot… »``, a closing guillemet glued to
the first word as the opener, two apostrophes as the closer, in some agencies'
scraped copy; two apostrophes as both marks, ``‘’…’’``, in some African wires). Each mark's role is decided from its neighbours, so a
stray mark does not swallow the rest of the article: a quotation never runs
past the end of its paragraph (a line break), unless the next paragraph,
opening with no mark of its own, ends it with the closing mark.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"', "”": "”"}
_CLOSERS = {"»", "”", "“", "›", '"'}
_SPACE = " \t\u00a0\u202f\u2009"
#: Quotation marks of every style (a subject or speaker phrase never runs across one).
QUOTE_MARKS = frozenset("«»“”\"‹›")


@dataclass(frozen=True)
class Quote:
    """One quotation: marks at ``open`` and ``close``; words in ``[start, end)``."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (end of the paragraph when unclosed)
    start: int  # first quoted character (inner spaces skipped)
    end: int  # one past the last quoted character
    closed: bool = True

    @property
    def outer_end(self) -> int:
        """One past the closing mark."""
        return self.close + 1 if self.closed else self.close


def _looks_closing(text: str, i: int) -> bool:
    """A mark glued to the word before it, followed by a space, punctuation or the end."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and before not in "(«“" and (
        after.isspace() or after in ",.;:!?)…" or i + 1 == len(text)
    )


def _before_punctuation(text: str, i: int) -> bool:
    """A mark followed, past spaces, by punctuation or a line end: it ends a quotation.

    French outlets that use straight quotes often space them like guillemets
    (``" Non ", a-t-il dit``), so the closing mark has a space on both sides.
    """
    j = i + 1
    while j < len(text) and text[j] in _SPACE:
        j += 1
    return j == len(text) or text[j] in ",.;:!?)…\n"


def _spaced_open(text: str, i: int) -> bool:
    """The quotation opened with a spaced straight mark (``" Non``): its closer is spaced too."""
    return i + 1 < len(text) and text[i + 1] in _SPACE


def _looks_opening(text: str, i: int) -> bool:
    """A mark after a space, a line start or an opening bracket, before a word or space."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return (before.isspace() or before in "([-–—:'’") and after != "\n"


def _goes_on(text: str, i: int, closer: str) -> bool:
    """The quotation open at the paragraph break ``i`` closes in the next paragraph.

    One opening and one closing mark around two paragraphs: the next paragraph
    opens with no mark of its own (the French custom of a new « at each
    paragraph makes one quotation per paragraph) and its first mark closes.
    """
    start = i + 1
    while start < len(text) and text[start] in _SPACE + "\n":
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if start >= end or text[start] in _OPENERS:
        return False
    first = next((j for j in range(start, end) if text[j] in _OPENERS or text[j] in _CLOSERS), None)
    if first is None or text[first] != closer or closer == '"' and not _looks_closing(text, first):
        return False
    return not text[first + 1 : end].strip() or text[first + 1 : end].lstrip()[:1] in ",.;:!?"


def _glued_opening(text: str, i: int) -> bool:
    """A straight or curly mark glued to the full stop before it and to a capital after it, no
    quotation open: scraped copy that lost the space after a sentence (``nationale."Nous
    avons``, ``octobre.“La réponse``; “ also closes a „German-style“ quotation)."""
    return text[i] in '"“' and 0 < i < len(text) - 1 and text[i - 1] in ".!?" and text[i + 1].isupper()


#: Two apostrophes as one quotation mark: ‘’…’’ (some African agencies' wires), '' in ASCII copy;
#: the NLP text has both as two straight apostrophes (kg.text).
_DOUBLED = "''"


def _doubled_opening(text: str, i: int) -> bool:
    """Two apostrophes after a space, a line start or an opening bracket, before a word, and a pair
    closing them later in the paragraph (an elided word's apostrophe is single)."""
    if not text.startswith(_DOUBLED, i) or not _looks_opening(text, i) or i + 2 >= len(text) \
            or not (text[i + 2].isalnum() or text[i + 2] in "«“\"…"):
        return False
    end = text.find("\n", i)
    return text.find(_DOUBLED, i + 2, len(text) if end < 0 else end) > 0


#: The only characters :func:`find_quotes` acts on (a line break, an apostrophe, a quotation mark):
#: the others are skipped by one regular-expression search instead of a Python step each.
_DECIDING = frozenset("\n'") | QUOTE_MARKS | frozenset(_OPENERS) | frozenset(_CLOSERS)
_DECIDING_AT = re.compile("[" + re.escape("".join(sorted(_DECIDING))) + "]")


def find_quotes(text: str) -> list[Quote]:
    """All top-level quotations of ``text``, in text order.

    Marks nested inside a quotation (“…” inside «…») belong to it and are not
    returned separately.

    >>> [text[q.start:q.end] for text in ['Il a dit : «\u00a0Non\u00a0», puis "oui".']
    ...  for q in find_quotes(text)]
    ['Non', 'oui']
    """
    quotes: list[Quote] = []
    stack: list[tuple[int, str]] = []  # (offset, expected closer) of open marks
    i = 0
    n = len(text)
    while i < n:
        if text[i] not in _DECIDING:  # nothing below acts on any other character: jump to the next one
            found = _DECIDING_AT.search(text, i)
            if found is None:
                break
            i = found.start()
        c = text[i]
        if c == "\n":
            if len(stack) == 1 and _goes_on(text, i, stack[0][1]):
                i += 1
                continue
            if stack:  # a quotation never crosses a paragraph, unless it closes in the next one
                quotes.append(_make(text, stack[0][0], i, closed=False))
                stack.clear()
        elif stack and stack[-1][1] == _DOUBLED:
            if text.startswith(_DOUBLED, i) and _looks_closing(text, i + 1):
                opened = stack.pop()[0]
                if not stack:
                    quotes.append(_make(text, opened, i + 1, closed=True, width=2))
                i += 1
        elif not stack and _doubled_opening(text, i):
            stack.append((i, _DOUBLED))
            i += 1
        elif stack:
            opened, closer = stack[-1]
            closes = c == closer or (c in "»”" and closer in "»”" and _looks_closing(text, i))
            if closer == "»" and text[opened] == "»" and text.startswith("''", i) and _looks_closing(text, i + 1):
                closes = True  # the APS scrape " »attendue depuis longtemps''"
            if c == "«" and _looks_closing(text, i) and closer == "»":
                closes = True  # the stray "alliés« ," of scraped text
            if (
                c == closer == '"' and _looks_opening(text, i) and not _looks_closing(text, i)
                and not _before_punctuation(text, i) and not _spaced_open(text, opened)
            ):
                closes = False  # a nested straight quote opening
            if closes:
                stack.pop()
                if not stack:
                    quotes.append(_make(text, opened, i, closed=True))
            elif c in _OPENERS and _looks_opening(text, i) and c != "”":
                stack.append((i, _OPENERS[c]))
        elif c == "»" and _looks_opening(text, i) and i + 1 < n and text[i + 1].isalpha():
            stack.append((i, "»"))  # a closing guillemet scraped as the opener: " »Cette opération …»"
        elif c in _OPENERS and (c not in _CLOSERS or _looks_opening(text, i) or _glued_opening(text, i)):
            if c in "«“„‹" or not _looks_closing(text, i):
                stack.append((i, _OPENERS[c]))
        i += 1
    if stack:
        quotes.append(_make(text, stack[0][0], n, closed=False))
    return [q for q in quotes if q.end > q.start]


def _make(text: str, open_: int, close: int, closed: bool, width: int = 1) -> Quote:
    """The quotation between marks at ``open_`` and ``close``; ``width``: the marks' length (a doubled
    apostrophe is two characters: ``close`` is its last)."""
    start, end = open_ + width, close - (width - 1 if closed else 0)
    while start < end and (text[start] in _SPACE):
        start += 1
    while end > start and (text[end - 1] in _SPACE or (not closed and text[end - 1].isspace())):
        end -= 1
    return Quote(open=open_, close=close, start=start, end=end, closed=closed)
