"""Find troop deployment claims: how many, from where to where, says who."""
from __future__ import annotations

from ..analysis import Analysis


def find_deployments(analysis: Analysis) -> None:
    """Not written yet: adds no deployments."""
