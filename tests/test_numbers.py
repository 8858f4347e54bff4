"""French amounts: number forms, qualifiers, and what is not an amount."""
from __future__ import annotations

import pytest

from kg.numbers import find_amounts, parse_number


def amounts(text):
    return [(a.qualifier, a.low, a.high) for a in find_amounts(text)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("3 000", 3000),
        ("3\u00a0000", 3000),  # no-break space
        ("3\u202f000", 3000),  # narrow no-break space
        ("3.000", 3000),
        ("12000", 12000),
        ("10 000", 10000),
        ("1 250 000", 1250000),
        ("dix mille", 10000),
        ("douze mille", 12000),
        ("cinquante mille", 50000),
        ("deux cents", 200),
        ("1,5 million", 1500000),
        ("un millier", 1000),
        ("une dizaine de milliers", 10000),
    ],
)
def test_parse_number_reads_french_digit_and_word_forms(text, value):
    assert parse_number(text) == value


def test_parse_number_rejects_words_that_are_no_number():
    assert parse_number("beaucoup") is None
    assert parse_number("3,5") is None  # a decimal is no head count


@pytest.mark.parametrize(
    "text, expected",
    [
        ("jusqu'à 4 500 soldats", ("UpTo", None, 4500)),
        ("jusqu\u2019à 4 500 soldats", ("UpTo", None, 4500)),
        ("au moins 700 soldats", ("AtLeast", 700, None)),
        ("pas moins de 2.500 soldats", ("AtLeast", 2500, None)),
        ("plus de 900 soldats", ("AtLeast", 900, None)),
        ("près de 6 500 soldats", ("About", 6500, 6500)),
        ("environ 1 200 soldats", ("About", 1200, 1200)),
        ("quelque 25.000 soldats", ("About", 25000, 25000)),
        ("autour de 400 soldats", ("About", 400, 400)),
        ("près d'un millier de soldats", ("About", 1000, 1000)),
        ("1 200 soldats environ", ("About", 1200, 1200)),
        ("moins de 300 soldats", ("UpTo", None, 300)),
        ("entre 4.000 et 5.000 soldats", ("Range", 4000, 5000)),
        ("de 4 000 à 5 000 soldats", ("Range", 4000, 5000)),
        ("entre 4 et 5 000 soldats", ("Range", 4000, 5000)),  # shared thousands
        ("entre huit et neuf mille soldats", ("Range", 8000, 9000)),
        ("1 700 soldats", ("Exact", 1700, 1700)),
        ("quinze mille soldats", ("Exact", 15000, 15000)),
    ],
)
def test_find_amounts_reads_each_qualifier(text, expected):
    assert amounts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["quelques milliers de soldats", "plusieurs milliers de soldats", "des milliers de soldats",
     "un petit nombre de soldats", "un \u201cpetit nombre\u201d d'entre eux",
     "des dizaines de milliers de soldats", "plusieurs centaines de soldats"],
)
def test_vague_amounts_keep_the_vague_qualifier_and_no_figure(text):
    assert amounts(text) == [("Vague", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "un prêt de 20 milliards de dollars",
        "une aide de 300 millions d'euros",
        "la guerre de Corée (1950-1953)",
        "le 18 octobre",
        "mercredi 4 décembre",
        "en 2023",
        "30 % des électeurs",
        "15 pour cent",
        "le 10e marché d'exportation",
        "la 3ème armée",
        "le 1er bataillon",
    ],
)
def test_money_years_dates_percentages_and_ranks_are_not_amounts(text):
    assert amounts(text) == []


def test_amount_spans_cover_the_qualifier_cue():
    text = "Il a cité jusqu'à 3 000 soldats."
    (amount,) = find_amounts(text)
    assert text[amount.start: amount.end] == "jusqu'à 3 000"
    assert text[amount.number_start: amount.end] == "3 000"


def test_two_figures_in_one_sentence_are_two_amounts():
    assert amounts("18 des 40 soldats") == [("Exact", 18, 18), ("Exact", 40, 40)]


@pytest.mark.parametrize("text, value", [("4'500", 4500), ("4’500", 4500), ("12'000", 12000), ("1'250'000", 1250000)])
def test_swiss_apostrophe_separates_thousands(text, value):
    assert parse_number(text) == value


def test_a_swiss_figure_is_one_amount_not_two():
    assert amounts("Il a évoqué jusqu'à 4'500 hommes.") == [("UpTo", None, 4500)]


@pytest.mark.parametrize("text, value", [("septante", 70), ("nonante-cinq", 95), ("huitante", 80),
                                         ("octante", 80)])
def test_belgian_and_swiss_tens_are_numbers(text, value):
    assert parse_number(text) == value


def test_a_qualifier_outside_the_quote_marks_qualifies_the_quoted_figure():
    assert amounts("Selon elle, l'effectif ne dépasse pas « 4 000 hommes ».") == [("UpTo", None, 4000)]
    assert amounts('Le ministre évoque environ "1 500 soldats".') == [("About", 1500, 1500)]


@pytest.mark.parametrize("text", ["le groupe disposait de dizaines de milliers de combattants",
                                  "à la tête de centaines de soldats"])
def test_a_vague_amount_after_de_without_its_article_is_vague(text):
    assert amounts(text) == [("Vague", None, None)]


@pytest.mark.parametrize("text", ["L'effectif maximal est fixé à 1 500 militaires.",
                                  "Le contingent est plafonné à 1 500 hommes."])
def test_a_ceiling_is_an_upper_bound(text):
    assert amounts(text) == [("UpTo", None, 1500)]



def _amounts(text):
    return [(a.start, a.end, a.qualifier, a.low, a.high, a.number_start) for a in find_amounts(text)]


@pytest.mark.parametrize("text", [
    "Entre 10 et 12 000 militaires, jusqu'à 3 000 soldats et une dizaine de milliers d'hommes",
    "Plusieurs centaines de policiers, douze mille soldats et quelque 1 200 gendarmes",
])
def test_the_case_of_a_text_changes_none_of_its_amounts(text):
    assert _amounts(text)
    assert _amounts(text.upper()) == _amounts(text) == _amounts(text.title())


@pytest.mark.parametrize("text", [
    "Entre 10 et 12 000 militaires, JUSQU'À 3 000 soldats et Une Dizaine de milliers d'hommes",
    "İstanbul : une dizaine de soldats, seize mille hommes, près de 800 militaires",  # lower() lengthens "İ"
    "Une dizaine de soldats, ſeize mille hommes et Trois Mille policiers",  # re matches "ſ" with "s"
])
def test_amounts_are_those_the_case_insensitive_patterns_find(text, monkeypatch):
    import kg.numbers as numbers

    found = _amounts(text)
    monkeypatch.setattr(numbers, "_scanner", lambda t: (lambda pattern: pattern.finditer(t)))
    assert found and found == _amounts(text)


def test_a_look_alike_letter_in_an_approximate_noun_gives_no_amount_instead_of_an_error():
    """The case-blind pattern lets "dızaine" (dotless ı) through; it names no noun of the table."""
    amounts = find_amounts("Une dızaine de soldats et une dizaine de chars.")
    assert [(a.low, a.qualifier) for a in amounts] == [(10, "About")]
    assert amounts[0].start == len("Une dızaine de soldats et ")
