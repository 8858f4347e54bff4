"""Find reported speech: who said what, in which words."""
from __future__ import annotations

from ..analysis import Analysis


def find_statements(analysis: Analysis) -> None:
    """Not written yet: adds no statements."""
