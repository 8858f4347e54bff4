"""Resolve the speakers of candidate statements in text order (pronouns, "le prévenu", …)."""
from __future__ import annotations

from ...analysis import Analysis
from ...records import PERSON
from . import speakers
from .events import Event
from .spans import inside, quoted_spans
from .speakers import Said


def resolve(analysis: Analysis, events: list[Event]) -> None:
    """Give every event its speaker keys, resolving pronouns in text order."""
    history: list[Said] = []
    genders: dict[str, str] = speakers.person_genders(analysis)
    # The subject of reported content or of a speaker phrase ("Pour X, de l'Ifri,
    # l'OCS « reste … »") is what is talked about, not an antecedent for "a-t-il dit".
    subjects = [s for s in _subjects(analysis)
                if not any(min(e.start, e.at) <= s.at < e.end and e.at != s.at for e in events)]
    kinds = {e.key: e.kind for e in analysis.records.entities}
    for event in sorted(events, key=lambda e: (e.at, e.start)):
        while subjects and subjects[0].at < event.at:
            history.append(subjects.pop(0))
        ref = event.ref
        if ref is None:
            continue
        if ref.person_only:
            # "« … ? » a interrogé la présidente. « … », a répondu le prévenu": a reply is
            # someone else's than the words it answers
            skip = set(history[-1].keys) if event.verb in _REPLIES and history else set()
            event.keys = _last_person(analysis, event.at, ref, genders, skip) or speakers.resolve_pronoun(
                ref, history, genders, kinds)
        elif ref.pronoun:
            event.keys = speakers.resolve_pronoun(ref, history, genders, kinds)
            if len(event.keys) == 1 and ref.gender and not ref.plural:
                genders.setdefault(event.keys[0], ref.gender)
        else:
            event.keys = list(ref.keys)
            if len(ref.keys) == 1 and ref.gender:
                genders.setdefault(ref.keys[0], ref.gender)
        if event.keys and (not history or history[-1].at != event.at or history[-1].keys != event.keys):
            history.append(Said(event.at, event.keys, None if ref.pronoun else ref.gender))


_REPLIES = {"répondre", "rétorquer", "répliquer", "objecter"}


def _last_person(analysis: Analysis, at: int, ref, genders: dict[str, str], skip=frozenset()) -> list[str]:
    """The last person mentioned before ``at`` (outside quotes) whose gender fits ``ref``."""
    quoted = quoted_spans(analysis.text)
    for m in reversed(analysis.mentions_in(max(0, at - 1500), at)):
        entity = analysis.entity(m.entity)
        if entity is None or entity.kind != PERSON or inside(m.start, quoted) or m.entity in skip:
            continue
        if ref.gender and genders.get(m.entity) not in (None, ref.gender):
            continue
        return [m.entity]
    return []


def _subjects(analysis: Analysis) -> list[Said]:
    """Named subjects of every verb: antecedents for the pronouns of later statements.

    "Cette alliance inquiète Washington et Séoul, qui craignent … Ils appellent …"
    """
    found = []
    quoted = quoted_spans(analysis.text)
    for token in analysis.doc:
        if token.dep_ != "nsubj" or token.lower_ in speakers.PRONOUNS or token.head.pos_ not in ("VERB", "AUX") \
                and not any(c.dep_.startswith("aux") for c in token.head.children):
            continue
        if inside(token.idx, quoted):
            continue  # « Ducasse a vingt ans », a-t-il lâché: not the one speaking
        if any(c.dep_ == "mark" and c.lower_ in ("que", "qu'") for c in token.head.children):
            continue  # "X a dit que l'Allemagne livrerait…": reported content, not a speaker
        ref = speakers.from_subject(analysis, token)
        if ref is not None and ref.keys:
            found.append(Said(token.idx, ref.keys, ref.gender if len(ref.keys) == 1 else None))
    return found
