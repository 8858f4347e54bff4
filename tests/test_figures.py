"""The claims table, the page and kg eval write a troop figure in the same form (kg.figures)."""
from __future__ import annotations

import pytest

from kg.claims import Claim
from kg.evaluate import troops as eval_troops
from kg.view.graph import troops as page_troops


def _claims(qualifier, low, high, lang="en"):
    claim = Claim(None, "a", low, high, qualifier, None, None, None, None, None, 0, "")
    return claim.troops_text(lang)


@pytest.mark.parametrize("qualifier", ["Exact", "About", "Range"])
def test_a_figure_missing_its_lower_bound_reads_as_an_upper_bound_everywhere(qualifier):
    assert _claims(qualifier, None, 3000) == "up to 3,000"
    assert page_troops(qualifier, None, 3000) == "jusqu'à 3\u202f000 soldats"
    assert eval_troops(qualifier, None, 3000) == "≤3000"


def test_a_figure_missing_its_upper_bound_reads_as_a_lower_bound_everywhere():
    assert _claims("About", 3000, None, "fr") == "au moins 3\u202f000"
    assert page_troops("About", 3000, None) == "au moins 3\u202f000 soldats"
    assert eval_troops("About", 3000, None) == "≥3000"


def test_a_range_with_equal_bounds_reads_as_one_figure_everywhere():
    assert _claims("Range", 5000, 5000) == "5,000"
    assert page_troops("Range", 5000, 5000) == "5\u202f000 soldats"
    assert eval_troops("Range", 5000, 5000) == "5000"


def test_a_vague_qualifier_reads_as_no_figure_everywhere_even_with_bounds():
    assert _claims("Vague", 3000, 3000) == "(vague)"
    assert page_troops("Vague", 3000, 3000) == "effectif non chiffré"
    assert eval_troops("Vague", 3000, 3000) == "some"
