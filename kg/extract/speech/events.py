"""The candidate statement the passes add, and its speaker before pronouns are resolved."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SpeakerRef:
    """The speaker(s) of one statement, before pronouns are resolved."""

    keys: list[str] = field(default_factory=list)  # one statement per key
    pronoun: str | None = None  # "il", "elle", "ils", "elles": resolve later
    role: str | None = None  # "porte-parole"
    gender: str | None = None  # "Masc" / "Fem" when the text shows it
    plural: bool = False
    person_only: bool = False  # "l'intéressé", "le Néerlandais": a person already named
    institution_only: bool = False  # "son porte-parole": the organisation or state named before
    organisation_only: bool = False  # "selon le syndicat" (no name holds the noun): the organisation last named
    word: str | None = None  # folded demonym ("neerlandais"): the person introduced with it
    untitled: bool = False  # "le prévenu", "la victime": not a person the article gives a title
    titled: bool = False  # "le magistrat": one of the persons the article gives a title
    title: str | None = None  # "le président argentin", matching no one's role: not a person titled otherwise


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
