"""Two things said with one verb: "a assuré que A et que B".

"La ministre a rappelé que la Suisse participe depuis 1999 et que les renforts
serviront au génie" reports two claims; each is one statement of the same
speaker. The parser hangs the second "et que" clause either on the first
clause or on the verb itself (or, after "dans un communiqué que…", on the
channel noun); these helpers find it so the first content stops before it and
the second becomes a content of its own.
"""
from __future__ import annotations

from spacy.tokens import Token

CLAUSE_MARKS = {"que", "qu'"}
INTRODUCERS = {"de", "d'", "d’", "à"}
_LINKS = {"et", "ou", "mais", "puis"}


def is_second_clause(token: Token) -> bool:
    """A clause coordinated by "et que"/"mais qu'": ``token`` is its head."""
    if token.dep_ != "conj":
        return False
    left = token.doc[token.left_edge.i : token.i]
    words = [t.lower_ for t in left if not t.is_punct]
    return len(words) >= 2 and words[0] in _LINKS and words[1] in CLAUSE_MARKS


def is_second_infinitive(token: Token) -> bool:
    """A second infinitive content coordinated by "et de/à" ("accuse X d'avoir massé des troupes et
    d'armer les rebelles"): a statement of its own, like "et que B" (tests/gold/README.md)."""
    if token.dep_ != "conj" or not is_infinitive(token):
        return False
    words = [t.lower_ for t in token.doc[token.left_edge.i : token.i] if not t.is_punct]
    return len(words) >= 2 and words[0] in _LINKS and words[1] in INTRODUCERS


def is_infinitive(token: Token) -> bool:
    """An infinitive, simple or compound ("armer", "avoir massé": its auxiliary is the infinitive)."""
    return "Inf" in token.morph.get("VerbForm") or any(
        a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in token.children)


def second_clauses(verb: Token, contents: list[Token]) -> list[Token]:
    """Heads of the "et que B" clauses (and "et de B" infinitives) that go on ``verb``'s content
    (headed by one of ``contents``)."""
    owners = [verb, *contents]
    found = {c.i: c for o in owners for c in o.children if c.i > verb.i and (
        is_second_clause(c) or is_second_infinitive(c))}
    return [found[i] for i in sorted(found)]


def link_at(tokens: list[Token]) -> int | None:
    """Index in ``tokens`` (text order) where an "et que"/", et qu'" clause starts, else None.

    For content read linearly, where the parser gave no clause to follow.
    """
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower_ in _LINKS and tokens[k + 1].lower_ in CLAUSE_MARKS:
            return k - (tokens[k - 1].text == ",")
    return None


def up_to_link(tokens: list[Token]) -> list[Token]:
    """Words read linearly (text order) up to the sentence's end or an "et que B" clause, where the
    parse gave a clause no verb: "que toute levée … dépendrait de …" with the verb hung elsewhere."""
    tokens = [t for t in tokens if t.text not in ".;!?"]
    link = link_at(tokens)
    return tokens[:link] if link is not None else tokens


def clause_tokens(tokens: list[Token]) -> list[Token]:
    """The words of a second clause in text order, without its "et que"."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in _LINKS):
        tokens = tokens[1:]
    words = [t for t in tokens[1:] if not t.is_punct]
    if tokens and tokens[0].lower_ in INTRODUCERS and words and words[0].pos_ in ("VERB", "AUX"):
        tokens = tokens[1:]  # "et d'armer …": the infinitive without its "de"
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in _LINKS or tokens[0].lower_ in CLAUSE_MARKS):
        tokens = tokens[1:]
    return tokens
