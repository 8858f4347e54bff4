"""The verb that governs a quotation in narration, and its subject: whose words they are.

Covers a reporting verb over the quotation, a quoted predicate ("a « pris
acte »"), and a verb the parser mistook for a noun ("X juge le calendrier
« … »").
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...analysis import Analysis
from . import clauses, extent, speakers, subjects, verbs
from .quotes import QUOTE_MARKS, Quote
from .spans import line_at
from .verb_speakers import subject_ref


def predicate_for(analysis: Analysis, q: Quote):
    """ "Le ministère a « pris acte » de la décision": a quoted predicate is its subject's words."""
    span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.pos_ != "VERB" or root.dep_ not in ("ROOT", "conj") or "Part" not in root.morph.get("VerbForm") \
            and "Fin" not in root.morph.get("VerbForm"):
        return _after_auxiliary(analysis, span)
    found = [t for t in subjects.subjects_of(root) if not span.start <= t.i < span.end]
    if not found or clauses.is_negated(root):
        return None
    ref = speakers.from_subject(analysis, found[0])
    return (None, ref, found[0].idx) if ref is not None else None


def _after_auxiliary(analysis: Analysis, span):
    """ "La Cédéao, dont …, a « pris acte » de l'initiative": a quoted participle right after the
    auxiliary is its subject's words, wherever the parser hung the participle.

    The subject is the auxiliary's (or its head's), else the noun a relative
    clause closed by a comma before the auxiliary hangs on.
    """
    doc = analysis.doc
    first = span[0]
    if first.i < 2 or "Part" not in first.morph.get("VerbForm") or "Past" not in first.morph.get("Tense"):
        return None
    aux = doc[first.i - 2]
    if aux.pos_ != "AUX" or aux.lemma_ not in ("avoir", "être") or "Fin" not in aux.morph.get("VerbForm") \
            or doc[first.i - 1].text not in QUOTE_MARKS or any(
            t.lower_ in ("pas", "jamais", "n'", "ne") for t in doc[max(0, aux.i - 2) : aux.i + 1]):
        return None
    head = aux.head
    found = [c for c in (*aux.children, *head.children) if c.dep_ in subjects.SUBJECT_DEPS and c.i < aux.i]
    if not found and doc[aux.i - 1].text == ",":
        relative = next((a for a in aux.ancestors if a.dep_ == "acl:relcl" and a.head.i < a.i), None)
        found = [relative.head] if relative is not None and relative.head.pos_ in ("NOUN", "PROPN") else []
    ref = speakers.from_subject(analysis, found[0]) if found else None
    named = verbs.match(first, quote=True)  # "prendre acte": the quoted words are the verb itself
    return (named.canonical if named is not None and named.words else None, ref, found[0].idx) \
        if ref is not None else None


def _unnamed_judgement(token) -> bool:
    """ "Ottawa dépêchera 60 policiers, une contribution jugée « modeste »": a participle on a noun
    governing the quotation, with no agent, is someone's judgement the text does not name (not the
    words of the sentence's subject). Not "X a pour sa part salué « … »", where the parse hangs the
    participle on the noun of an adverbial right after its auxiliary."""
    before = token.head.left_edge.i - 1
    return token.dep_ in ("amod", "acl") and token.head.pos_ == "NOUN" and token.head.i < token.i \
        and re.search(r"(?:é|ée|és|ées)$", token.lower_) is not None \
        and not any(c.dep_ == "obl:agent" for c in token.children) \
        and not (before >= 0 and token.doc[before].pos_ in ("AUX", "VERB")
                 and token.doc[before].lemma_ in ("avoir", "être"))


def governor_for(analysis: Analysis, q: Quote):
    """The reporting verb (or quote-only verb) that governs the quotation, and its subject.

    In a headline any verb will do: "Le Goff savoure « une réaction d'orgueil »".
    """
    line_start, line_end = line_at(analysis.text, q.open)
    headline = not analysis.text[:line_start].strip() and not analysis.text[line_start:line_end].rstrip().endswith(".")
    span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    token, steps = root.head, 0
    if _unnamed_judgement(token):
        return None
    while token is not root and steps < 4:
        if q.start <= token.idx < q.end:  # "« Il nous disait que c'était garanti »": the quotation's own verb
            if token.head.i == token.i:
                break
            token, steps = token.head, steps + 1
            continue
        if token.pos_ == "VERB" and token.dep_ in ("acl", "advcl") and "Part" in token.morph.get("VerbForm") \
                and "Past" in token.morph.get("Tense") and verbs.match(token, quote=True) is None \
                and not _unnamed_judgement(token) and token.head.i < token.i and not headline and not any(
                    c.dep_.startswith(("aux", "nsubj")) for c in token.children):
            token, steps = token.head, steps + 1  # "évoque « 20 000 militaires » stationnés dans le nord,
            continue  # « à la demande de … »": a participle on the reported object, not a verb of its own
        if token.pos_ in ("VERB", "AUX") or token.pos_ == "ADJ" and any(
                c.dep_.startswith("aux") for c in token.children):  # "s'est désolé", tagged ADJ
            verb = verbs.match(token, quote=True)
            if verb is None and not headline or clauses.is_negated(token):
                return None
            if verb is not None and verb.needs_clause and _acts_on_object(token, span):
                return None  # "a rappelé « pour consultations » son ambassadeur": a recall, not speech
            ref = subject_ref(analysis, token)
            if ref is None and token.dep_ == "conj" and token.head.dep_ == "ccomp" and any(
                    c.dep_.startswith("aux") for c in token.children):
                # "X a estimé qu'une censure … et a appelé ses députés à « … »": the parse
                # coordinates the second verb with the reported one; it is X's
                ref = subject_ref(analysis, token.head.head)
            return (verb.canonical if verb else None, ref, token.idx) if ref is not None else None
        if token.head.i == token.i:
            break
        token, steps = token.head, steps + 1
    return None


def _acts_on_object(verb_token, span) -> bool:
    """A verb that reports only with a clause (``(clause)`` in reporting_verbs.txt) used with an
    unquoted object after a quoted adjunct and no clause ("a rappelé « pour consultations » son
    ambassadeur"): it reports nothing, and the adjunct is no one's words. Quoted words that do not
    open with a preposition, or stand after the object, are its attribute or content ("juge cette
    exigence « inacceptable »", "appelle X à la « retenue »")."""
    if span[0].pos_ != "ADP" or span[0].dep_ != "case" or span[0].head.i not in range(span.start, span.end) \
            or span.root.head.i != verb_token.i:
        return False  # a quoted prepositional phrase on the verb itself, not "« à peine 2 000 hommes »"
    inside = range(span.start - 1, span.end + 1)
    children = [c for c in verb_token.children if c.i not in inside]
    return any(c.dep_ == "obj" and c.i > span.end and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in extent.TIME_WORDS
               for c in children) and not any(
        c.dep_ in ("ccomp", "xcomp") for c in children)


#: Tokens that may stand between a reporting verb and the quotation it governs: its object phrase.
_OBJECT_POS = {"DET", "NOUN", "PROPN", "ADJ", "ADV", "ADP", "NUM"}
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées)$")
#: What the parser may take a reporting verb for: "juge", "redoute" as nouns, "dément" as an adverb, "juge" as an auxiliary.
_MISTAGGED_POS = {"NOUN", "PROPN", "ADV", "ADJ", "AUX"}
_MAX_OBJECT_TOKENS = 6


def mistagged_verb_for(analysis: Analysis, q: Quote):
    """ "Le Hezbollah, de son côté, juge le calendrier « imposé par Washington »": the parser read
    the verb as a noun ("juge", "estime" in apposition to the subject) and hung the quotation elsewhere.

    A word written as a form of a reporting verb, tagged as a noun with no
    determiner or preposition of its own (or as an adverb or adjective right
    after a name: "Moscou dément toute « escalade »"), a few object words
    before the quotation, is that verb; the noun phrase it hangs on (after a
    comma, an aside or a relative clause), its own parsed subject, or the name
    right before it is its subject.
    """
    open_at = analysis.doc.char_span(q.open, q.open + 1, alignment_mode="expand")
    if open_at is None or not len(open_at):
        return None
    sent = open_at[0].sent
    for k in range(open_at[0].i - 1, max(sent.start, open_at[0].i - _MAX_OBJECT_TOKENS) - 1, -1):
        t = analysis.doc[k]
        if t.pos_ == "VERB" and (elliptic := _elliptic_participle(analysis, t)) is not None:
            return elliptic
        if t.pos_ == "VERB" and not subjects.subjects_of(t):
            return _across_relative(analysis, t) or _opening_name_subject(analysis, t)
        after_name = k and analysis.doc[k - 1].pos_ == "PROPN" and not _PARTICIPLE.search(t.lower_)
        if t.pos_ == "VERB" or t.pos_ == "AUX" and not (after_name and verbs.form_lemma(t.text)) \
                or t.pos_ == "PUNCT" and t.text != ",":
            return None
        if t.pos_ not in _MISTAGGED_POS or verbs.form_lemma(t.text) is None or any(
                c.dep_ in ("det", "case") for c in t.children) or k and analysis.doc[k - 1].pos_ in ("DET", "ADP") \
                or t.pos_ in ("ADV", "ADJ", "AUX") and not after_name:
            # an adjective, adverb or auxiliary is only a verb's form right after a name ("Moscou
            # dément", "Paris juge"), not a participle on a noun ("la France, jugée « trop timide »")
            if t.pos_ in _OBJECT_POS:
                continue
            return None
        verb = verbs.match(t, quote=True)
        head = t.head
        if head.dep_ == "acl:relcl" and analysis.doc[k - 1].text == ",":
            head = head.head  # "Le sénateur X, qui n'a pas voté le texte, juge …" hung on the relative's verb
        own = [c for c in t.children if c.dep_ in subjects.SUBJECT_DEPS and c.i < t.i]
        opening = _clause_opening_name(analysis.doc, k) if after_name else None
        if opening is not None:
            head = opening  # "…, Moscou dément toute « escalade »": the name opening the clause
        elif own and (head.i >= t.i or head is t):
            head = own[0]  # "Le parti X juge ce retrait « tardif »": the noun kept its subject as a verb would
        if verb is None or clauses.is_negated(t) or head.i >= t.i or head.pos_ not in ("NOUN", "PROPN"):
            return None
        ref = speakers.from_subject(analysis, head)
        if ref is None or not ref.keys:
            return None
        # the subject's phrase may take in the quotation hung on it: only names before the verb speak
        before = {m.entity for m in analysis.mentions_in(head.left_edge.idx, t.idx)}
        keys = [key for key in ref.keys if key in before]
        return (verb.canonical, replace(ref, keys=keys), t.idx) if keys else None
    return None


def _clause_opening_name(doc, k: int):
    """The name ending right before token ``k`` when it opens its clause (at the start of the
    sentence or after a comma, colon or dash): "Titre : Paris juge …", "…, Moscou dément …"."""
    first = k - 1
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first].dep_ == "flat:name":
        first -= 1
    if first != doc[first].sent.start and doc[first - 1].text not in (",", ":", "-", "–", "—"):
        return None
    name = doc[first]
    return name.head if name.dep_ == "flat:name" else name


def _opening_name_subject(analysis: Analysis, verb_token):
    """ "Pêche : Paris juge le quota « irréaliste », …": a reporting verb left without a subject
    speaks for the name right before it that opens its clause."""
    doc = verb_token.doc
    if not verb_token.i or doc[verb_token.i - 1].pos_ != "PROPN" or "Part" in verb_token.morph.get("VerbForm"):
        return None  # "Madrid appelé à « … »": a passive participle, Madrid is called on, not speaking
    name = _clause_opening_name(doc, verb_token.i)
    verb = verbs.match(verb_token, quote=True)
    if name is None or verb is None or clauses.is_negated(verb_token):
        return None
    ref = speakers.from_subject(analysis, name)
    return (verb.canonical, ref, verb_token.idx) if ref is not None and ref.keys else None


def _elliptic_participle(analysis: Analysis, verb_token):
    """ "X a dénoncé « … » et promis « un accompagnement total »": a bare past participle after "et"
    shares the auxiliary, and the subject, of the compound verb before it, wherever the parser hung it."""
    doc = verb_token.doc
    if not verb_token.i or doc[verb_token.i - 1].lower_ != "et" or "Part" not in verb_token.morph.get("VerbForm") \
            or "Past" not in verb_token.morph.get("Tense") or any(c.dep_.startswith("aux") for c in verb_token.children):
        return None
    verb = verbs.match(verb_token, quote=True)
    earlier = next((p for p in reversed(doc[verb_token.sent.start:verb_token.i - 1]) if p.pos_ == "VERB"
                    and "Part" in p.morph.get("VerbForm") and any(c.dep_ == "aux:tense" for c in p.children)), None)
    if verb is None or earlier is None or clauses.is_negated(verb_token):
        return None
    ref = subject_ref(analysis, earlier)
    return (verb.canonical, ref, verb_token.idx) if ref is not None and ref.keys else None


def _across_relative(analysis: Analysis, verb_token):
    """ "Lee, qui ne peut être démise que par le président, a rejeté « … »", "Une note de l'Otan,
    dont X a lu des extraits, estime …": a reporting verb left without a subject after a relative
    clause set off by commas speaks for the relative's antecedent."""
    doc = verb_token.doc
    k = verb_token.i - 1
    while k > verb_token.sent.start and doc[k].pos_ in ("AUX", "ADV"):
        k -= 1
    verb = verbs.match(verb_token, quote=True)
    if verb is None or clauses.is_negated(verb_token) or doc[k].text != ",":
        return None
    relative = next((t for t in reversed(doc[verb_token.sent.start:k]) if t.lower_ in _RELATIVES
                     and "Rel" in t.morph.get("PronType") and t.i and doc[t.i - 1].text == ","), None)
    if relative is not None and relative.lower_ != "qui":
        relative = _antecedent_before(doc[relative.i - 2]) if relative.i >= 2 else None
    ref = speakers.from_subject(analysis, relative) if relative is not None else None
    return (verb.canonical, ref, verb_token.idx) if ref is not None and ref.keys else None


#: Relative pronouns opening a clause set off by commas between a subject and its verb.
_RELATIVES = frozenset(("qui", "dont", "où"))


def _antecedent_before(token):
    """ "Une note d'analystes de l'Otan, dont …": the head noun of the phrase ending at ``token``."""
    while token.dep_ in ("nmod", "flat:name", "amod") and token.head.i < token.i:
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") else None
