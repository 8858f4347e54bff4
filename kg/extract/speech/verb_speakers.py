"""Who speaks for a verb: its subject, the person named "par la voix de", a colon's subject.

Used by the passes that start from a verb of the dependency parse (a
reporting verb before a colon, a verb governing a quotation, a reported clause).
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import ORGANIZATION, PERSON
from . import clauses, inversions, speakers, subjects, verbs
from .attribution import speaker_ref
from .actors import is_actor
from .spans import dateline_end, inside, is_title_line, line_at, quoted_spans
from .events import SpeakerRef


_VOICE = re.compile(r"\bpar\s+(?:la\s+voix|la\s+bouche|l['’]intermédiaire|le\s+biais)\s+d(?:e\s+|u\s+|es\s+|['’])",
                    re.IGNORECASE)


def _voice_of(analysis: Analysis, verb_token) -> SpeakerRef | None:
    """ "Le Hezbollah, par la voix de son député X, a salué …": the named person speaks.

    Around the verb (between its sentence's start and a little after it), a
    channel phrase followed closely by a person's name gives that person, or,
    with no person named, an organisation right after it ("par l'intermédiaire
    de son ministère des Affaires étrangères").
    """
    sent = verb_token.sent
    text = analysis.text
    for m in _VOICE.finditer(text, sent.start_char, min(sent.end_char, verb_token.idx + 80)):
        people = [x for x in analysis.mentions_in(m.end(), min(sent.end_char, m.end() + 70))
                  if analysis.entity(x.entity).kind == PERSON]
        if people and not re.search(r"[.;«»\"]", text[m.end():people[0].start]):
            return SpeakerRef(keys=[people[0].entity])
        # "le Royaume-Uni, par l'intermédiaire de son ministère des Affaires étrangères, a condamné …"
        bodies = [x for x in analysis.mentions_in(m.end(), min(sent.end_char, m.end() + 70))
                  if analysis.entity(x.entity).kind == ORGANIZATION]
        if not people and bodies and re.fullmatch(r"\s*(?:\w+\s+)?", text[m.end():bodies[0].start]):
            return SpeakerRef(keys=[bodies[0].entity])
    return None


def subject_ref(analysis: Analysis, verb_token) -> SpeakerRef | None:
    """The speaker named by the subject(s) of a verb; a named person wins over a title."""
    voice = _voice_of(analysis, verb_token)
    if voice is not None:
        return voice
    quoted = quoted_spans(analysis.text)
    in_quote = inside(verb_token.idx, quoted)
    line_start, _ = line_at(analysis.text, verb_token.idx)
    dateline = (line_start, dateline_end(analysis.text, line_start))  # "EREVAN (AEP) – Le ministère a …"
    found = [s for s in subjects.subjects_of(verb_token) if (in_quote or not inside(s.idx, quoted))
             and not inside(s.idx, [dateline])]
    found = _after_kicker(analysis, verb_token, found)
    named = _name_before(analysis, verb_token)
    if named is not None and all(s.i != named.i for s in found):
        found = [named]
    pairs = [(s, r) for s, r in ((s, speakers.from_subject(analysis, s)) for s in found) if r]
    if not pairs and any(s.lower_ == "on" for s in found):
        return _on_at(analysis, verb_token)
    refs = [r for _, r in pairs]
    people = [(s, r) for s, r in pairs if r.keys and analysis.entity(r.keys[0]).kind == PERSON]
    for subject, ref in people:
        if subject.pos_ == "PROPN" and len(people) > 1:
            # "Le président de l'association de Guet Ndar, Abdou Diop, a salué": the parse makes the
            # apposed name a second subject; the name is who speaks, not a name inside the title
            return ref
    for ref in refs:
        if ref.keys and analysis.entity(ref.keys[0]).kind == PERSON:
            return ref
    if len(pairs) > 1 and all(r.keys and not r.pronoun for r in refs) and all(
            _COORDINATED.search(analysis.text, a.idx, b.idx) for (a, _), (b, _) in zip(pairs, pairs[1:])):
        # "Le Conseil fédéral et la majorité du Parlement avaient recommandé …", parsed as two subjects
        keys = [k for r in refs for k in r.keys]
        return SpeakerRef(keys=list(dict.fromkeys(keys)), plural=True)
    return refs[0] if refs else None


def _after_kicker(analysis: Analysis, verb_token, found: list) -> list:
    """ "Otan : 9 000 militaires en exercice, Moscou dénonce …", "Sommet de l'OCS : Pékin et Moscou
    plaident …": in a title line, what stands before the colon is the topic, not a subject.

    The parser may give the verb the topic as a second subject, or hang the
    first of two coordinated subjects on the topic: subjects after the colon
    are kept, and a name joined to the first of them by "et" right after the
    colon is one more.
    """
    text = analysis.text
    line_start, line_end = line_at(text, verb_token.idx)
    colon = text.rfind(":", line_start, verb_token.idx)
    if colon < 0 or not found or not is_title_line(text, line_start, line_end):
        return found
    after = [s for s in found if s.idx > colon]
    if not after:
        return found
    first = min(after, key=lambda s: s.i)
    doc = verb_token.doc
    joined = doc[first.left_edge.i - 1] if first.left_edge.i else None
    if joined is not None and joined.lower_ == "et" and joined.i >= 2:
        name = doc[joined.i - 1]
        if name.pos_ == "PROPN" and name.idx > colon and not text[colon + 1:name.idx].strip() and \
                analysis.mention_at(name.idx) is not None:
            after.insert(0, name)  # "Sommet de l'OCS : Pékin et Moscou plaident": Pékin too
    return after


def _name_before(analysis: Analysis, verb_token):
    """ "Niger : N'Djamena envoie 1 200 soldats, Niamey parle de « … »": in a title line, a name right
    after a comma and before the verb is its subject (the parser coordinates it with a noun before)."""
    text = analysis.text
    line_start, line_end = line_at(text, verb_token.idx)
    if not is_title_line(text, line_start, line_end):
        return None
    doc = verb_token.doc
    k = verb_token.i - 1
    while k > 0 and doc[k].pos_ in ("ADV", "AUX") and doc[k].idx > line_start:
        k -= 1
    name = doc[k]
    if k < 1 or name.idx <= line_start or name.pos_ != "PROPN" or "Fin" not in verb_token.morph.get("VerbForm"):
        return None  # "…, Ottawa appelé à « … »": a passive participle, Ottawa is not who speaks
    mention = analysis.mention_at(name.idx)
    # the whole name stands right after the comma: "Niamey", "Le Goff" (a particle is part of the name)
    return name if mention is not None and mention.start > line_start and mention.end == name.idx + len(name) \
        and _AFTER_COMMA.search(text, line_start, mention.start) and is_actor(analysis, mention.entity) else None


#: A comma, then maybe the capitalised particle of a surname ("…, Le Goff savoure", "…, Van Aert").
_AFTER_COMMA = re.compile(r",\s*(?:(?:Le|La|Les|De|Du|Des|Van|Von|Di|Da|Del|Dos|El|Al|Ben|Ould)\s+|D['’])?$")


_COORDINATED = re.compile(r"\s(?:et|ainsi\s+que)\s[^,;:«»\"]*$")


#: "Chez Vooruit, on se dit prêt …", "À Matignon, on assure que …": the body whose people speak.
_ON_AT = re.compile(r"\s*(?:chez|du\s+côté\s+d(?:e\s+|u\s+|es\s+|')|au\s+sein\s+d(?:e\s+|u\s+|es\s+|')|"
                    r"dans\s+l'entourage\s+d(?:e\s+|u\s+|es\s+|')|à|au)\s*(?:l'|la\s+|le\s+)?", re.IGNORECASE)


def _on_at(analysis: Analysis, verb_token) -> SpeakerRef | None:
    """ "on" names nobody, except after a leading "Chez X," / "À X," naming an organisation."""
    sent = verb_token.sent
    text = analysis.text
    m = _ON_AT.match(text, sent.start_char, verb_token.idx)
    if m is None:
        return None
    comma = text.find(",", m.end(), verb_token.idx)
    if comma < 0 or not re.match(r",\s*on\b", text[comma:verb_token.idx]):
        return None
    named = analysis.mentions_in(m.end(), comma)
    if not named or named[0].start > m.end() + 1 or analysis.entity(named[0].entity).kind != ORGANIZATION:
        return None
    return SpeakerRef(keys=[named[0].entity])


def verb_before(analysis: Analysis, start: int, end: int):
    """The last reporting verb token in ``[start, end)`` and its speaker reference."""
    span = analysis.doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    for token in reversed(span):
        verb = verbs.match(token)
        if verb is None or clauses.is_negated(token):
            continue
        ref = subject_ref(analysis, token)
        if ref is None:
            after = inversions.inversion_at(analysis, token.idx, end)
            ref = speaker_ref(analysis, after) if after else None
        if ref is not None:
            return token, verb, ref
    return None


def colon_subject(analysis: Analysis, start: int, end: int):
    """ "Le capitaine, X, a tenu un discours mesuré : « … »": the main verb's subject speaks.

    A colon before a quotation introduces the words of the sentence's
    subject even when the verb is not one of saying; the verb is recorded only
    when it reports speech in an inversion ("l'a repris : « … »").
    """
    span = analysis.doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    roots = [t for t in span if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
    if not roots:
        # "X n'a pas caché sa déception: « Une faute, ça ne pardonne pas »": the parse hung the
        # lead on a verb inside the quotation; the lead's own top predicate speaks
        roots = [t for t in span if not span.start <= t.head.i < span.end and t.pos_ in ("VERB", "AUX", "ADJ")]
    colon = next((t for t in reversed(span) if t.text == ":"), None)
    if colon is not None and colon.head.pos_ == "VERB" and colon.head.dep_ in ("acl", "acl:relcl") \
            and span.start <= colon.head.i < span.end:
        roots.append(colon.head)  # "Une sortie que la première ministre a balayée d'une phrase : « … »"
    if not roots or clauses.is_negated(roots[-1]) and verbs.match(roots[-1]) is not None:
        return None  # "X n'a pas déclaré : « … »"; "X n'a pas cherché d'excuses : « … »" still quotes X
    ref = _predicate_subject(analysis, roots[-1]) or _apposed_subject(analysis, span.start_char, roots[-1])
    if ref is None:
        # "Interrogée par franceinfo, la ministre, X, a été claire : « … »": the parse made the
        # opening participle the root; the last predicate with a subject of its own speaks
        other = [t for t in span if t.i != roots[-1].i and t.pos_ in ("VERB", "AUX", "ADJ", "NOUN")
                 and any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children)]
        if not other or clauses.is_negated(other[-1]) and verbs.match(other[-1]) is not None:
            return None
        roots, ref = [other[-1]], _predicate_subject(analysis, other[-1])
        if ref is None:
            return None
    # "l'a repris :", "a lancé :": a verb that reports only in an inversion reports before a colon too
    return roots[-1], verbs.match(roots[-1], inversion=True) or _NO_VERB, ref


def _predicate_subject(analysis: Analysis, predicate) -> SpeakerRef | None:
    """The speaker a predicate's subject names; for a copula ("X a été claire :", "X s'est
    montré ferme :", which :func:`.subjects.subjects_of` reads as saying nothing) its subject."""
    ref = subject_ref(analysis, predicate)
    if ref is None and any(c.dep_ == "cop" for c in predicate.children):
        subject = next((c for c in predicate.children if c.dep_ == "nsubj"), None)
        ref = speakers.from_subject(analysis, subject) if subject is not None else None
    return ref


#: "La présidente, Anne Roy, l'a repris :": a title, the name in apposition, then the verb's
#: clitics, auxiliary and negation ("n'a pas caché"; the parse sometimes gives such a verb no subject).
_APPOSED_SUBJECT = re.compile(r"\s*[^,;:«»“”\"]{2,80},\s*(?P<name>[^,;:«»“”\"]{2,60}),\s*"
                              r"(?:(?:l'|le\s|la\s|les\s|lui\s|leur\s|y\s|en\s|ne\s|n'|s'|se\s)\s*)*(?:\w+\s+)?"
                              r"(?:(?:pas|plus|jamais|guère)\s+)?")


#: "Zufferey, désormais troisième du classement, ne veut pas s'emballer :": the name, then
#: its apposition, then the verb.
_NAME_THEN_APPOSITION = re.compile(r"\s*(?P<name>[^,;:«»“”\"]{2,60}),\s*[^,;:«»“”\"]{2,80},\s*"
                                   r"(?:(?:l'|le\s|la\s|les\s|lui\s|leur\s|y\s|en\s|ne\s|n'|s'|se\s)\s*)*(?:\w+\s+)?"
                                   r"(?:(?:pas|plus|jamais|guère)\s+)?")


def _apposed_subject(analysis: Analysis, start: int, verb_token) -> SpeakerRef | None:
    """The person in apposition at the head of a sentence whose verb has no parsed subject
    (after a title, or first with the apposition after it)."""
    for pattern in (_APPOSED_SUBJECT, _NAME_THEN_APPOSITION):
        m = pattern.fullmatch(analysis.text, start, verb_token.idx)
        if m is None:
            continue
        person = [x for x in analysis.mentions_in(m.start("name"), m.end("name"))
                  if analysis.entity(x.entity).kind == PERSON]
        if len(person) == 1 and analysis.text[m.start("name"):m.end("name")].strip() == \
                analysis.text[person[0].start:person[0].end]:
            return SpeakerRef(keys=[person[0].entity])
    return None


class _NoVerb:
    canonical = None


_NO_VERB = _NoVerb()
