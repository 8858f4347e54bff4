"""The candidate statement the passes add before speakers are resolved."""
from __future__ import annotations

from dataclasses import dataclass, field

from .speakers import SpeakerRef


@dataclass
class Event:
    """A statement whose speaker may still be a pronoun or inherited."""

    start: int
    end: int
    kind: str
    verb: str | None
    ref: SpeakerRef | None
    at: int  # where the attribution is: pronouns resolve in this order
    span: tuple[int, int]  # everything the evidence must cover
    tail: int = 0  # end of the quote and its attribution (for continuations)
    keys: list[str] = field(default_factory=list)  # resolved speakers
