"""Reported speech from the dependency parse: every reporting verb with its content.

Who speaks is :mod:`.subjects`' business; what the content is, :mod:`.content`'s.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..tokens import tokens_starting_in, tokens_tagged_passing
from . import coordinated, extent, verbs
from .content import content_of, quoted_relative_antecedent
from .quotes import QUOTE_MARKS
from .subjects import SUBJECT_DEPS, name_before_mistagged, verb_read_as_apposition

_NEGATIONS = {"ne", "n'", "pas", "jamais", "guère", "nullement", "ni", "sans"}


def is_negated(token: Token) -> bool:
    """True for "n'ont pas confirmé", "ni … ni … n'ont confirmé"; not for a word opening a quotation
    the parse hung on the verb ("a salué un «pas dans la bonne direction»")."""
    # A negation sits next to its verb; one far away belongs to a misparsed clause.
    return any(c.lower_ in _NEGATIONS and abs(c.i - token.i) <= 5
               and not (c.i and c.doc[c.i - 1].text in QUOTE_MARKS) and not _noun_pas(c) for c in token.children)


def _noun_pas(token: Token) -> bool:
    """ "a salué un « premier pas »", "un pas en avant": "pas" after a determiner, an adjective or a
    number (a quotation mark between) is the noun, not a negation."""
    if token.lower_ != "pas":
        return False
    k = token.i - 1
    while k >= 0 and token.doc[k].text in QUOTE_MARKS:
        k -= 1
    return k >= 0 and token.doc[k].pos_ in ("DET", "ADJ", "NUM")


@dataclass(frozen=True)
class Clause:
    """A reporting verb with the span of what it reports."""

    verb_token: Token
    verb: verbs.ReportingVerb
    start: int  # content span, characters
    end: int


def after_comma(token: Token) -> bool:
    """ "…, a fait savoir un porte-parole": the verb of an inversion, after a comma and its auxiliaries."""
    i = token.i - 1
    while i >= 0 and token.doc[i].pos_ in ("AUX", "ADV"):
        i -= 1
    return i >= 0 and token.doc[i].text == ","


#: The parts of speech a reporting verb may be tagged with.
_VERB_LIKE = frozenset(("VERB", "AUX", "ADJ", "NOUN", "ADV"))
#: Where a noun-phrase content read word by word stops.
_PHRASE_END = {",", ";", ":", ".", "!", "?", "(", "—", "–"}


def _phrase_after(token: Token, opening_mark: bool = False) -> tuple[int, int] | None:
    """The noun phrase after a reporting verb the parse read as another word ("Ankara dément l'envoi de
    nouveaux soldats, l'ANL parle …"): its words up to a punctuation mark or the line's end."""
    words = []
    for t in token.doc[token.i + 1 : token.sent.end]:
        if t.text in _PHRASE_END or "\n" in t.text or "\n" in t.whitespace_ or t.text in QUOTE_MARKS and not words \
                and not opening_mark:  # (unless a quoted attribute may open it: "juge « prématuré » de …")
            if "\n" in t.whitespace_ and t.text not in _PHRASE_END:
                words.append(t)
            break
        words.append(t)
    if opening_mark:  # "juge la baisse « brutale » et réclame un bonus": the second verb is an act of its own
        cut = next((k for k, t in enumerate(words) if k and t.lower_ in ("et", "mais", "puis") and k + 1 < len(words)
                    and verbs.form_lemma(words[k + 1].text) is not None), None)
        words = extent.trim(token, words[:cut] if cut is not None else words)
    if len([t for t in words if t.is_alpha]) < 2:
        return None
    return extent.span(extent.extend(token, words))


def reported_clauses(doc) -> list[Clause]:
    """Every non-negated reporting verb of ``doc`` with content, in text order."""
    found = []
    for token in tokens_tagged_passing(doc, _VERB_LIKE, verbs.is_form):  # (match is None for the others)
        verb = verbs.match(token)
        if verb is None and token.pos_ == "VERB" and not is_negated(token) and (
                quoting := verbs.match(token, quote=True)) is not None:
            if (span := _quoted_object(token, quoting.words)) is not None:  # "a parlé d'un dispositif « inédit »"
                found.append(Clause(token, quoting, *span))
            continue
        if verb is None or is_negated(token) and not verb.negated_too:
            continue
        if token.pos_ == "ADV" or token.pos_ == "ADJ" and token.dep_ not in ("ROOT", "advcl", "conj", "acl"):
            if verb.needs_clause or verb.quote_only or name_before_mistagged(token) is None:
                continue
            if (span := _phrase_after(token)) is not None:
                found.append(Clause(token, verb, *span))
            continue
        if verb_read_as_apposition(token):
            span = _phrase_after(token, opening_mark=True)
            if span is not None and (not verb.needs_clause or _attributed(token.doc, span)):
                found.append(Clause(token, verb, *span))  # "X (UA) juge ces mesures insuffisantes"
            continue
        if token.pos_ in ("ADJ", "NOUN") and token.dep_ not in ("ROOT", "advcl", "conj", "acl"):
            continue
        if verb.words and token.dep_ == "dep" and token.head.i > token.i and token.head.lower_ == verb.words[-1] \
                and any(c.dep_ in SUBJECT_DEPS and c.i < token.i for c in token.head.children):
            token = token.head  # "X a fait savoir qu'…" parsed with "savoir" as the head of "fait"
        span = content_of(token, verb)
        if span:
            found.append(Clause(token, verb, *span))
            found.extend(Clause(token, verb, *more) for more in _second_contents(token, span))
    return found


def _attributed(doc, span: tuple[int, int]) -> bool:
    """A phrase read word by word after a verb that reports only a clause or an object with its
    attribute ("juger"): it holds a quotation or ends on an adjective ("ces mesures insuffisantes")."""
    tokens = doc.char_span(*span, alignment_mode="expand") or ()
    words = [t for t in tokens if not t.is_punct]
    return any(t.text in QUOTE_MARKS for t in tokens) or bool(words) and words[-1].pos_ == "ADJ" and len(words) >= 3


def _quoted_object(token: Token, words: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """The object of a verb that reports only what it quotes: "parle d'un dispositif « inédit »", or
    the quoted antecedent of its object relative ("un budget « de combat » qu'a présenté X")."""
    if (antecedent := quoted_relative_antecedent(token)) is not None:
        return extent.span(antecedent)
    target = next((c for c in token.children if c.dep_ in ("obj", "obl:arg") and c.i > token.i
                   and extent.holds_quote(c, whole=False)), None)
    if target is None:
        return None
    tokens = sorted(extent.subtree(target, extent.participial_children(target)), key=lambda t: t.i)
    while tokens and (tokens[0].lower_ in ("de", "d'") or tokens[0].lower_ in words):
        tokens = tokens[1:]  # (and the expression's preposition: "ironiser sur un exécutif « … »")
    tokens = extent.extend(token, extent.trim(token, tokens))
    return extent.span(tokens) if len(tokens) > 2 else None


def _second_contents(token: Token, first: tuple[int, int]) -> list[tuple[int, int]]:
    """Spans of the "et que B" clauses going on ``token``'s first content ``first`` ("a assuré que A et que B")."""
    owners = tokens_starting_in(token.doc, *first)
    out = []
    for head in coordinated.second_clauses(token, owners):
        if head.idx < first[1]:
            continue
        tokens = coordinated.clause_tokens(extent.subtree(head, extent.participial_children(head)))
        if head.head != token and tokens and head.head.right_edge.i > head.right_edge.i:
            # the parse hung B's last words on A ("et qu'aucune baisse n'était « à l'ordre du jour »"):
            # what follows B's left edge in A's clause is B's, up to the next "et que"
            later = [c.left_edge.i for c in head.head.children if c.i > head.i and coordinated.is_second_clause(c)]
            stop = min(later, default=head.head.right_edge.i + 1)
            tokens = coordinated.clause_tokens(list(head.doc[head.left_edge.i : stop]))
        if tokens and not any(t.pos_ in ("VERB", "AUX") for t in tokens):  # the parse hung B's verb elsewhere
            tokens = coordinated.clause_tokens(coordinated.up_to_link(list(head.doc[tokens[0].i : head.sent.end])))
        tokens = extent.extend(token, extent.trim(token, tokens))
        if len([t for t in tokens if any(c.isalpha() for c in t.text)]) >= 2:
            out.append(extent.span(tokens))
    return out
