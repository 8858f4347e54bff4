"""Attributions inside one pair of quotation marks: « Nous irons, a dit X. Jusqu'au bout. »

Québec outlets, sports pages and many wires open the marks once and slip the
attribution into them: « On a bien joué, a savouré l'entraîneur, Paul Roy,
en conférence de presse. On a douté aussi. » The attribution is not quoted
words: the quotation is cut into the words before it and the words after it,
so the passes that follow see a quotation, its inverted attribution and a
quotation that goes on, as if the marks had been closed and reopened.

Text only (the reporting verbs' forms come from ``kg/data/reporting_verbs.txt``),
so every pass sees the same quotations.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import verbs
from .quotes import Quote, find_quotes
from .roles import only_titles

_PRONOUN = r"(?:il|elle|ils|elles)"
_INCISE = re.compile(
    rf""",\s+
    (?:(?:a|ont|avait|avaient)(?P<aux_pronoun>-t-{_PRONOUN})?\s+)?
    (?:(?:également|encore|aussi|ensuite|alors|enfin|[a-zéèêîôû]+ment)\s+)*
    (?P<verb>[^\W\d_]+)(?P<pronoun>-t-{_PRONOUN}|-{_PRONOUN})?
    (?=[\s,.])""",
    re.VERBOSE,
)
#: How the speaker phrase of an inverted attribution begins: a determiner, a title, a name.
_WHO = re.compile(r"\s+(?:(?:mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|encore|"
                  r"aussi|également)\s+)*(?:le|la|l'|l’|les|un|une|son|sa|ses|leur|leurs|M\.|Mme|Me|"
                  r"[A-ZÀ-Ý])", re.IGNORECASE)
#: What may follow the speaker phrase inside the attribution: where, when, how it was said, in what
#: mood (", encore émue", ", visiblement soulagé", ", tout sourire").
_CIRCUMSTANCE = re.compile(r"\s*(?:en|lors|dans|devant|depuis|à|au|aux|sur|joint|jointe|interrogé|interrogée|"
                           r"mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette)\b|\s*[A-ZÀ-Ý]")
#: The speaker's state after the speaker phrase: ", encore émue.", ", visiblement soulagé,",
#: ", tout sourire." (an adjective or participle, adverbs before it, then the end of the phrase).
_MANNER = re.compile(r"\s*(?:tout sourire|le sourire aux lèvres|les larmes aux yeux|la voix nouée|"
                     r"(?:(?:encore|toujours|très|bien|un peu|tout|[a-zéèêîôû]+ment)\s+)*"
                     r"[a-zéèêîôûç]+(?:é|ée|és|ées|u|ue|us|ues|ant|ante|ants|antes|if|ive|ifs|ives))\s*(?=[.,])")
#: A name in apposition after a title: ", la Dre Anne Roy", ", le lieutenant-colonel Paul Roy".
_TITLED_NAME = re.compile(r"\s*(?:le|la|l'|l’)\s*(?P<title>(?:[^\W\d_][\w.-]*\s+){1,3}?)[A-ZÀ-Ý]")
_MAX_ATTRIBUTION_WORDS = 16
#: A full stop that ends an abbreviation or an initial ("M. Roy", "John F. Kerr"), not the attribution.
_ABBREVIATION = re.compile(r"(?:\bM|\bMM|\bDr|\bPr|\b[A-ZÀ-Ý])$")


def spoken_quotes(text: str) -> list[Quote]:
    """The quotations of ``text`` (:func:`find_quotes`), each cut around an attribution inside it."""
    return list(_spoken_quotes(text))


@lru_cache(maxsize=4)  # asked of the same article's text by the statements and by every subject check
def _spoken_quotes(text: str) -> tuple[Quote, ...]:
    out: list[Quote] = []
    for q in find_quotes(text):
        out.extend(_split(text, q))
    return tuple(out)


def _split(text: str, q: Quote) -> list[Quote]:
    for m in _INCISE.finditer(text, q.start, q.end):
        if not _is_verb(m.group("verb")) or m.start() == q.start:
            continue
        if not (m.group("pronoun") or m.group("aux_pronoun")) and not _WHO.match(text, m.end(), q.end):
            continue
        end = _attribution_end(text, m.end(), q.end)
        if end is None:
            continue
        resume = end + 1
        while resume < q.end and text[resume].isspace():
            resume += 1
        if resume >= q.end:
            return [q]  # « …, a dit X. »: the attribution closes the quotation
        before = Quote(open=q.open, close=m.start(), start=q.start, end=_trim(text, q.start, m.start()))
        after = Quote(open=end, close=q.close, start=resume, end=q.end, closed=q.closed)
        return [before, *_split(text, after)]
    return [q]


def _is_verb(word: str) -> bool:
    return verbs.form_lemma(word) is not None


def _attribution_end(text: str, start: int, limit: int) -> int | None:
    """The offset of the full stop that ends the attribution starting at ``start``, if one does.

    The speaker phrase runs to the first comma or full stop; a name in
    apposition (after its title or not: ", la Dre Anne Roy,"), the circumstances that follow ("en conférence de presse",
    "joint par téléphone à Oslo") and the speaker's state (", encore émue.") belong to it. An attribution that ends on a
    comma interrupts one sentence (« Ce dossier, poursuit-elle, n'est pas… »):
    the quotation stays whole.
    """
    stop = re.compile(r"[,.;]")
    at = stop.search(text, start, limit)
    while at is not None and (at.group() == "," and (_CIRCUMSTANCE.match(text, at.end(), limit)
                                                     or _titled_name(text, at.end(), limit)
                                                     or _MANNER.match(text, at.end(), limit))
                              or at.group() == "." and _ABBREVIATION.search(text, 0, at.start())):
        at = stop.search(text, at.end(), limit)
    if at is None or at.group() != "." or len(re.findall(r"\w+", text[start:at.start()])) > _MAX_ATTRIBUTION_WORDS:
        return None
    return at.start()


def _titled_name(text: str, start: int, limit: int) -> bool:
    """A title and a name in apposition at ``start`` (", la Dre Anne Roy"): the speaker's name."""
    m = _TITLED_NAME.match(text, start, limit)
    return m is not None and only_titles(m.group("title"))


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\u00a0\u202f":
        end -= 1
    return end
