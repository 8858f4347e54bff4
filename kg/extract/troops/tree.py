"""Walks of the dependency tree around a figure, kept inside its sentence."""
from __future__ import annotations

from spacy.tokens import Token


def subtree(token: Token, seg: tuple[int, int], skip: Token | None = None) -> list[Token]:
    """Tokens of ``token``'s subtree inside the segment, without the branch holding ``skip``."""
    banned = set()
    if skip is not None:
        for child in token.children:
            if child.i == skip.i or skip in child.subtree:
                banned.update(t.i for t in child.subtree)
    return [t for t in token.subtree if seg[0] <= t.idx < seg[1] and t.i not in banned]


def head_chain(noun: Token, seg: tuple[int, int], depth: int = 6) -> list[Token]:
    """``noun`` and its heads up to the root, inside the segment."""
    found, token = [noun], noun
    while token.head.i != token.i and len(found) <= depth and seg[0] <= token.head.idx < seg[1]:
        token = _head(token)
        found.append(token)
    return found


def _head(token: Token) -> Token:
    """``token``'s head, but for a noun the parser coordinated with a verb ("ont été
    tués et 7 000 hommes étaient massés"): the verb coordinated after it, whose
    subject it is."""
    if token.dep_ == "conj" and token.pos_ in ("NOUN", "PROPN") and token.head.pos_ in ("VERB", "AUX"):
        for verb in token.head.children:
            if (verb.i > token.i and verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX")
                    and not any(c.dep_.startswith("nsubj") for c in verb.children)):
                return verb
    return token.head


def subject_of(token: Token, seg) -> Token | None:
    """The subject of verb ``token``, looking up through infinitives ("a promis de
    fournir"); of an infinitive after an object, that object ("a accusé le Rwanda
    d'avoir massé")."""
    for _ in range(3):
        # (a phrase with a preposition is none: "D'après le service de renseignement, …")
        subjects = [child for child in token.children
                    if child.dep_ in ("nsubj", "expl:subj") and seg[0] <= child.idx < seg[1]
                    and not any(c.dep_ == "case" for c in child.children)]
        if subjects:
            return subjects[0]
        if (token.dep_ in ("xcomp", "ccomp", "advcl", "conj") and token.head.i != token.i
                and seg[0] <= token.head.idx < seg[1]):
            if token.dep_ == "ccomp":
                return None
            if token.dep_ == "xcomp":  # "accuse le Rwanda d'avoir massé": the object does it
                controller = next((c for c in token.head.children if c.dep_ == "obj" and c.i < token.i
                                   and c.pos_ in ("PROPN", "NOUN") and seg[0] <= c.idx < seg[1]), None)
                if controller is not None:
                    return controller
            token = token.head
        else:
            return None
    return None


def clause(verb: Token, seg) -> list[Token]:
    """``verb``'s own clause: its subtree without coordinated or subordinate clauses."""
    banned = set()
    for child in verb.children:
        if child.dep_ in ("conj", "advcl", "acl:relcl", "parataxis", "ccomp"):
            banned.update(t.i for t in child.subtree)
    return [t for t in verb.subtree if t.i not in banned and seg[0] <= t.idx < seg[1]]
