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
        token = token.head
        found.append(token)
    return found


def subject_of(token: Token, seg) -> Token | None:
    """The subject of verb ``token``, looking up through infinitives ("a promis de fournir")."""
    for _ in range(3):
        for child in token.children:
            if child.dep_ in ("nsubj", "expl:subj") and seg[0] <= child.idx < seg[1]:
                return child
        if (token.dep_ in ("xcomp", "ccomp", "advcl", "conj") and token.head.i != token.i
                and seg[0] <= token.head.idx < seg[1]):
            if token.dep_ == "ccomp":
                return None
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
