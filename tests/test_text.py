"""Offset-preserving normalisation."""
from __future__ import annotations

from kg.text import clean_text, fold, slug


def test_clean_text_keeps_length_and_offsets():
    text = "Lloyd Austin a dit\u00a0: «\u202fC\u2019est grave\u202f».\n12 commentaires"
    cleaned = clean_text(text, [(text.index("12"), len(text))])
    assert len(cleaned) == len(text)
    assert cleaned.index("Austin") == text.index("Austin")
    assert "C'est grave" in cleaned
    assert "\u00a0" not in cleaned and "\u202f" not in cleaned
    assert cleaned.endswith(" " * len("12 commentaires"))


def test_blanking_keeps_newlines():
    assert clean_text("a\nb\nc", [(0, 5)]) == " \n \n "


def test_fold_ignores_case_accents_and_typographic_apostrophes():
    assert fold("Séoul") == fold("SEOUL") == "seoul"
    assert fold("l\u2019Otan") == fold("l'otan")


def test_slug_is_ascii_and_readable():
    assert slug("Kim Yong-hyun") == "kim-yong-hyun"
    assert slug("États-Unis d'Amérique") == "etats-unis-d-amerique"
    assert slug("!!!") == "x"
