"""A state's speech act that its own body reports as it makes it: one statement, the body's.

"Le Kenya s'est engagé jeudi à envoyer 600 policiers …, a annoncé le ministère
kényan des Affaires étrangères": the ministry's announcement is the commitment,
so the Kenya does not speak a second time inside it. Speech acts reported
inside another speaker's words otherwise keep their own speaker (dev README),
and so does a past act the body recalls ("la Belgique s'était engagée à …").
"""
from __future__ import annotations

from ...analysis import Analysis
from ...records import COUNTRY, ORGANIZATION
from .events import Event


def state_echoes(analysis: Analysis, events: list[Event]) -> list[Event]:
    """The events of ``events`` that only echo the announcement of the state's own body around them."""
    return [e for e in events if _echo(analysis, e, events)]


def _echo(analysis: Analysis, event: Event, events: list[Event]) -> bool:
    kinds = [analysis.entity(k) for k in event.keys]
    if not kinds or any(k is None or k.kind != COUNTRY for k in kinds) or _past_perfect(analysis, event):
        return False
    for outer in events:
        if outer is event or not outer.start <= event.at < outer.end or outer.start <= outer.at < outer.end:
            continue
        bodies = [analysis.entity(k) for k in outer.keys]
        if bodies and all(b is not None and b.kind == ORGANIZATION and set(event.keys) <= set(b.affiliations)
                          for b in bodies):
            return True
    return False


def _past_perfect(analysis: Analysis, event: Event) -> bool:
    """ "la Belgique s'était engagée": an act recalled from before, not made as it is announced."""
    span = analysis.doc.char_span(event.at, event.at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return any(c.dep_.startswith("aux") and "Imp" in c.morph.get("Tense") for c in span[0].children)
