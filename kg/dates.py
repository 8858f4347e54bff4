"""French dates in news text: "le 18 octobre", "mercredi 4 décembre", "en décembre", "mardi".

A date is only resolved when it can be without guessing: when the phrase
gives its year, or when the article's own date is known (from ``.jsonl``
metadata), which then anchors the missing year and the relative words
("mercredi", "hier"). Today's date is never used. dateparser reads the
French; its RELATIVE_BASE is always the article date (or 1 January of the
year the phrase gives).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime, timedelta

import dateparser

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
_MONTH = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_RELATIVE_WORDS = r"(?:avant-hier|hier|aujourd'hui|demain|après-demain)"

#: Date phrases, most specific first.
_DATE = re.compile(
    r"(?<![\w-])(?:"
    r"(?:(?P<wd1>" + _WEEKDAY + r")\s+)?(?:le\s+)?(?P<day>1er|\d{1,2})\s+(?P<m1>" + _MONTH + r")"
    r"(?:\s+(?P<y1>\d{4}))?"
    r"|(?:(?P<part>en|début|fin|mi-|mi|courant|au mois de|le mois de)|(?P<lead>d'ici|avant|dès|"
    r"depuis|jusqu'en|à partir de|après))?\s*(?P<m2>" + _MONTH + r")"
    r"(?:\s+(?P<y2>\d{4}))?"
    r"|(?P<wd2>" + _WEEKDAY + r")"
    r"|(?P<rel>" + _RELATIVE_WORDS + r")"
    r")(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DatePhrase:
    start: int
    end: int
    text: str


def find_dates(text: str) -> list[DatePhrase]:
    """Date phrases in ``text``, in text order (resolved later by :func:`resolve_date`).

    A bare month needs "en", "début", "fin", "mi-"... or a year before it counts
    ("mars" alone is too often something else).

    >>> [d.text for d in find_dates("Il a déclaré mercredi 4 décembre que, d'ici décembre, rien.")]
    ['mercredi 4 décembre', 'décembre']
    """
    text = text.replace("\u2019", "'")
    found = []
    for m in _DATE.finditer(text):
        if m.group("m2") and not (m.group("part") or m.group("lead") or m.group("y2")):
            continue
        # "d'ici décembre": the phrase is the month; the word before it stays in the text.
        start = m.start("m2") if m.group("lead") else m.start()
        phrase = text[start: m.end()].strip()
        lead = len(text[start: m.end()]) - len(text[start: m.end()].lstrip())
        found.append(DatePhrase(start + lead, m.end(), phrase))
    return found


def resolve_date(phrase: str, article_date: date | None = None) -> date | None:
    """The calendar date ``phrase`` stands for, or None when it cannot be known.

    >>> resolve_date("le 18 octobre", date(2024, 10, 24))
    datetime.date(2024, 10, 18)
    >>> resolve_date("mercredi", date(2024, 10, 24))  # the Wednesday before a Thursday
    datetime.date(2024, 10, 23)
    >>> resolve_date("le 18 octobre") is None  # no year anywhere: not guessed
    True
    """
    m = _DATE.fullmatch(phrase.strip().replace("\u2019", "'"))
    if not m:
        return None
    year = m.group("y1") or m.group("y2")
    if not year and article_date is None:
        return None
    if m.group("wd2") or m.group("rel"):
        if (day := _relative(m.group(0), article_date)) is not None:
            return day
        # Relative words: the most recent such day on or before the article date.
        base = datetime.combine(article_date, datetime.min.time()) + timedelta(days=1)
        if m.group("rel"):
            base -= timedelta(days=1)
        return _parse(m.group(0), base, "past")
    if m.group("m2"):
        # the year matters only to the length of February ("fin février")
        known = year or _MONTH_NUMBERS.get(m.group("m2").lower()) != 2
        month = (_calendar("1", m.group("m2"), year) if known else None) or _parse(
            f"1 {m.group('m2')} {year or ''}".strip(), _base(year, article_date), "past")
        if month is None:
            return None
        part = (m.group("part") or "").lower()
        day = {"mi-": 15, "mi": 15, "fin": calendar.monthrange(month.year, month.month)[1]}.get(part, 1)
        month = month.replace(day=day)
        return month if year else _nearest_year(month, article_date)
    parsed = _calendar(m.group("day"), m.group("m1"), year) or _parse(
        f"{m.group('day')} {m.group('m1')} {year or ''}".strip(), _base(year, article_date), "past")
    if parsed is None or year:
        return parsed
    weekday = m.group("wd1")
    return _nearest_year(parsed, article_date, WEEKDAYS.index(weekday.lower()) if weekday else None)


#: Month numbers by name, with the spellings without accents that ``_MONTH`` accepts.
_MONTH_NUMBERS = {**{name: n for n, name in enumerate(MONTHS, 1)}, "fevrier": 2, "aout": 8, "decembre": 12}


def _calendar(day: str, month: str, year: str | None) -> date | None:
    """The date of a day in digits, a month and a year, without dateparser (which
    costs milliseconds a call); None where dateparser must decide: a day such as
    "1er", an impossible date. Without a year the date is given in 2000, for
    its day and month only (:func:`_nearest_year` picks the year), except
    29 February, whose year matters."""
    number = _MONTH_NUMBERS.get(month.lower())
    if number is None or not day.isdigit() or not year and (number, int(day)) == (2, 29):
        return None
    try:
        return date(int(year) if year else 2000, number, int(day))
    except ValueError:
        return None


_RELATIVE_DAYS = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2}


def _relative(word: str, article_date: date) -> date | None:
    """A weekday (the last one on or before the article date) or a relative word,
    counted from the article date, as dateparser reads them, at a fraction of its cost."""
    word = word.lower()
    if word in WEEKDAYS:
        return article_date - timedelta(days=(article_date.weekday() - WEEKDAYS.index(word)) % 7)
    if word in _RELATIVE_DAYS:
        return article_date + timedelta(days=_RELATIVE_DAYS[word])
    return None


def _base(year: str | None, article_date: date | None) -> datetime:
    if year:
        return datetime(int(year), 1, 1)
    return datetime.combine(article_date, datetime.min.time())


@lru_cache(maxsize=4096)  # dateparser costs milliseconds a call; a day's articles repeat phrases
def _parse(text: str, base: datetime, prefer: str) -> date | None:
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": [],
    }
    parsed = dateparser.parse(text, languages=["fr"], settings=settings)
    return parsed.date() if parsed else None


def _nearest_year(day: date, article_date: date, weekday: int | None = None) -> date:
    """``day`` moved to the year (article year ± 1) closest to the article date.

    When the text also names the weekday ("mercredi 4 décembre"), a year where
    the weekday agrees is preferred.
    """
    candidates = []
    for year in (article_date.year - 1, article_date.year, article_date.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    agreeing = [c for c in candidates if weekday is None or c.weekday() == weekday]
    return min(agreeing or candidates, key=lambda c: abs((c - article_date).days))


_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def infer_article_date(text: str) -> date | None:
    """The article's date as its own text gives it, for an article with no date metadata.

    Only day-level phrases count: "le 19 juin 2024" as written, and
    "mercredi 4 décembre" in the year, among those one either side of a year
    the article names, whose calendar agrees with the weekday (two such years
    are at least five years apart, so the weekday picks one). A day and month
    with neither weekday nor year ("le 18 octobre") is not dated: any year
    would be a guess. Of the dates found, the latest is taken: an article is
    written after the events it reports. None when the text gives no such date.

    >>> infer_article_date("Le traité du 19 juin 2024… Mercredi 4 décembre, le ministre a dit…")
    datetime.date(2024, 12, 4)
    >>> infer_article_date("Mercredi 4 décembre, le ministre a dit…") is None  # no year named
    True
    """
    text = text.replace("\u2019", "'")
    years = sorted({int(y) for y in _YEAR.findall(text)})
    found = []
    for m in _DATE.finditer(text):
        if not m.group("day"):
            continue
        day, month = (1 if m.group("day") == "1er" else int(m.group("day"))), _month(m.group("m1"))
        if m.group("y1"):
            candidates = [int(m.group("y1"))]
        elif m.group("wd1") and years:
            weekday = WEEKDAYS.index(m.group("wd1").lower())
            near = sorted({y + d for y in years for d in (-1, 0, 1)})
            candidates = [y for y in near if _weekday(y, month, day) == weekday]
            # closest to a named year, then the latest
            candidates.sort(key=lambda y: (min(abs(y - n) for n in years), -y))
            candidates = candidates[:1]
        else:
            continue
        for year in candidates:
            try:
                found.append(date(year, month, day))
            except ValueError:
                pass
    return max(found) if found else None


def _month(name: str) -> int:
    folded = name.lower().replace("é", "e").replace("û", "u")
    return [m.replace("é", "e").replace("û", "u") for m in MONTHS].index(folded) + 1


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None
