"""French dates: resolved against the article date or a year in the text, never today."""
from __future__ import annotations

from datetime import date

import pytest

from kg.dates import find_dates, resolve_date

THURSDAY = date(2024, 10, 24)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("le 18 octobre", date(2024, 10, 18)),
        ("18 octobre", date(2024, 10, 18)),
        ("le 1er novembre", date(2024, 11, 1)),  # the nearest 1 November, a week later
        ("en décembre", date(2024, 12, 1)),
        ("fin octobre", date(2024, 10, 31)),
        ("mi-octobre", date(2024, 10, 15)),
        ("mercredi", date(2024, 10, 23)),  # the day before a Thursday
        ("jeudi", date(2024, 10, 24)),  # the article's own day
        ("lundi", date(2024, 10, 21)),
        ("hier", date(2024, 10, 23)),
        ("le 3 mars 2022", date(2022, 3, 3)),
    ],
)
def test_resolve_date_against_the_article_date(phrase, expected):
    assert resolve_date(phrase, THURSDAY) == expected


def test_weekday_and_day_pick_the_year_where_they_agree():
    # 4 December was a Wednesday in 2024, not in 2023.
    assert resolve_date("mercredi 4 décembre", date(2025, 1, 10)) == date(2024, 12, 4)


def test_dates_with_their_year_resolve_without_an_article_date():
    assert resolve_date("18 octobre 2024") == date(2024, 10, 18)
    assert resolve_date("en mars 2024") == date(2024, 3, 1)


@pytest.mark.parametrize("phrase", ["le 18 octobre", "mercredi", "en décembre", "hier", "mercredi 4 décembre"])
def test_no_year_and_no_article_date_means_no_date(phrase):
    assert resolve_date(phrase) is None


def test_find_dates_lists_day_month_weekday_and_month_phrases():
    text = "Il a déclaré mercredi 4 décembre que, d'ici janvier, rien. Le 18 octobre, lundi, en mars 2024."
    assert [d.text for d in find_dates(text)] == [
        "mercredi 4 décembre", "janvier", "Le 18 octobre", "lundi", "en mars 2024"]
    for d in find_dates(text):
        assert text[d.start: d.end] == d.text


def test_a_bare_month_name_is_not_a_date():
    assert find_dates("Mars et Vénus") == []


@pytest.mark.parametrize("phrase", [
    "le 18 octobre 2024", "3 mars", "1 Février 2023", "29 fevrier 2024", "29 février", "31 avril 2024",
    "12 aout", "25 DÉCEMBRE 2022", "1er janvier 2025", "fin février 2024", "en décembre 2023",
    "mercredi 4 décembre", "7 juillet", "fin février", "mi-mars", "en août",
    "lundi", "Mardi", "mercredi", "jeudi", "vendredi", "samedi", "DIMANCHE",
    "avant-hier", "hier", "aujourd'hui", "demain", "après-demain",
])
@pytest.mark.parametrize("article_date", [date(2024, 10, 24), date(2023, 3, 1), date(2024, 3, 3)])
def test_dates_read_without_dateparser_agree_with_it(phrase, article_date, monkeypatch):
    """Day-month-year phrases, weekdays and relative words are read by plain
    calendar arithmetic; dateparser must give the same date for each (the
    arithmetic only saves its cost)."""
    import kg.dates

    fast = resolve_date(phrase, article_date)
    monkeypatch.setattr(kg.dates, "_calendar", lambda *args: None)
    monkeypatch.setattr(kg.dates, "_relative", lambda *args: None)
    assert resolve_date(phrase, article_date) == fast
