"""A troop figure as people read it: one rule for the claims table, the page and ``kg eval``.

A deployment's figure is a qualifier and two bounds (``nkg:troopsMin``,
``nkg:troopsMax``); which form it takes (an upper bound, a lower bound, a
range, an approximate or exact figure, or no figure at all) is decided once,
here, by :func:`troops_text`. Each output only chooses its words
(:class:`FigureWords`): the claims table the ontology's qualifier labels in the
run's language (:func:`label_words`), the page French sentences, ``kg eval``
short signs. It reads only :mod:`kg.i18n`, so any output may use it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .i18n import label, number


@dataclass(frozen=True)
class FigureWords:
    """How one output writes each form of figure: templates with ``{n}``, or ``{low}`` and ``{high}``."""

    exact: str
    about: str
    up_to: str
    at_least: str
    range: str
    vague: str  # no figure
    digits: Callable[[int], str] = str  # how a number is written


def label_words(lang: str | None = None) -> FigureWords:
    """The ontology's qualifier labels (``rdfs:label``) in ``lang``, numbers as its readers write them.

    >>> troops_text("About", 8000, 8000, label_words("en"))
    'about 8,000'
    """
    return FigureWords(
        exact="{n}", about=label("About", lang) + " {n}", up_to=label("UpTo", lang) + " {n}",
        at_least=label("AtLeast", lang) + " {n}", range="{low}–{high}",
        vague=f"({label('Vague', lang)})", digits=lambda n: number(n, lang),
    )


def troops_text(qualifier: str | None, low: int | None, high: int | None, words: FigureWords) -> str:
    """The figure ``low``..``high`` with ``qualifier`` (an ``nkg:Qualifier`` local name) in ``words``.

    A missing bound makes the figure a bound whatever its qualifier (only the
    other end is known); equal bounds are one figure, even in a range.

    >>> short = FigureWords("{n}", "~{n}", "≤{n}", "≥{n}", "{low}–{high}", "some")
    >>> [troops_text(*f, short) for f in [("UpTo", None, 3000), ("Range", 10000, 12000), ("Vague", None, None)]]
    ['≤3000', '10000–12000', 'some']
    """
    if qualifier == "Vague" or (low is None and high is None):
        return words.vague
    if qualifier == "UpTo" or low is None:
        return words.up_to.format(n=words.digits(high))
    if qualifier == "AtLeast" or high is None:
        return words.at_least.format(n=words.digits(low))
    if low != high:
        return words.range.format(low=words.digits(low), high=words.digits(high))
    return (words.about if qualifier == "About" else words.exact).format(n=words.digits(low))
