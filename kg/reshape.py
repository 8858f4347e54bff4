"""SELECT queries reshaped for Oxigraph's evaluator: the same rows, read faster over a whole store.

Oxigraph joins the patterns of one group, and an OPTIONAL to what comes before it, by a
lookup in its indexes for each row so far; a sub-select it evaluates once and joins by hash.
Over a whole store (the claims table: every deployment) the hash is the fast shape, and these
rewrites give it, each keeping the query's rows: OPTIONALs and triple patterns as sub-selects,
a function of one value computed once per value, only the variables a reader uses, and a query
cut in parts read on separate threads. The text is read as :mod:`kg.sparql` reads it (strings,
IRIs and comments masked first).
"""
from __future__ import annotations

import re
from typing import Iterable

from .sparql import _PROLOGUE, _blanked, form, mask, where_group_start

_VARIABLE = re.compile(r"[?$](\w+)")
_OPTIONAL_OPEN = re.compile(r"OPTIONAL\s*\{", re.I)
_SELECT_ALL = re.compile(r"SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?\*", re.I)


def _closing(masked: str, opened: int) -> int:
    """The position of the ``}`` or ``)`` closing the group or bracket whose ``{`` or ``(``
    is just before ``opened`` (in masked text, where strings, IRIs and comments hold none)."""
    depth = 1
    for at in range(opened, len(masked)):
        depth += {"{": 1, "(": 1, "}": -1, ")": -1}.get(masked[at], 0)
        if depth == 0:
            return at
    raise ValueError("unbalanced brackets")


def _select_where(text: str) -> tuple[str, int, int, bool]:
    """The SELECT query ``text`` masked (strings and IRIs blanked), the span of its WHERE
    group's contents, and whether it selects ``*``; ValueError for any other query."""
    masked = _blanked(text)
    start = where_group_start(text)
    if start is None or form(text) != "SELECT":
        raise ValueError("not a SELECT query with a WHERE group")
    everything = _SELECT_ALL.match(masked, _PROLOGUE.match(masked).end()) is not None
    return masked, start, _closing(masked, start), everything


def optionals_joined_by_hash(text: str) -> str:
    """The SELECT query ``text`` with each OPTIONAL at the top of its WHERE group turned into a
    sub-select of the variables it shares with the rest of the query, and no solution modifier.

    Same rows, in no given order: Oxigraph evaluates a sub-select once and joins it by hash
    (one scan of its properties), where a plain OPTIONAL is looked up solution by solution
    (a seek per row): the fast shape for a query over a whole store.

    >>> optionals_joined_by_hash("SELECT ?s ?l { ?s a ?c OPTIONAL { ?s ?p ?o . ?o ?q ?l } } ORDER BY ?l")
    'SELECT ?s ?l { ?s a ?c OPTIONAL { SELECT ?s ?l WHERE { ?s ?p ?o . ?o ?q ?l } } }'
    """
    masked, start, end, everything = _select_where(text)
    groups, at = [], start
    while (found := _OPTIONAL_OPEN.search(masked, at, end)) is not None:
        before = masked[start:found.start()]
        at = found.end()
        if before.count("{") == before.count("}"):  # not inside another group
            groups.append((found.end(), _closing(masked, found.end())))
            at = groups[-1][1]
    pieces, done = [], 0
    for opened, closed in groups:
        shared = _shared(masked, opened, closed, masked[:opened] + masked[closed:end], everything)
        pieces += [text[done:opened], f" SELECT {shared} WHERE {{{text[opened:closed]}}} "]
        done = closed
    return "".join(pieces) + text[done:end + 1]


def _shared(masked: str, opened: int, closed: int, outside: str, everything: bool) -> str:
    """The variables of ``masked[opened:closed]`` that ``outside`` uses too (all when the query
    selects ``everything``), as a sub-select projects them: ``?a ?b``."""
    used = set(_VARIABLE.findall(outside))
    return " ".join(f"?{v}" for v in dict.fromkeys(_VARIABLE.findall(masked, opened, closed))
                    if everything or v in used)


_GROUP_WORD = re.compile(r"(?<![\w?$:])(OPTIONAL|MINUS|GRAPH|SERVICE|UNION|BIND|FILTER|VALUES)(?![\w:])", re.I)
_SUBSELECT = re.compile(r"\s*SELECT(?![\w:])", re.I)
#: What keeps a run of triples whole: blank nodes (their scope is the group), paths, typed literals.
_NOT_SPLIT = re.compile(r"_:|[\[\]()/|^*+!]")
_TRIPLE_END = re.compile(r"\.(?=\s|$)")


def triples_joined_by_hash(text: str) -> str:
    """The SELECT query ``text`` with every run of two or more triple patterns, in its WHERE
    group and in the groups within it, written as one sub-select per pattern (of its
    variables), and every OPTIONAL group as a sub-select of the variables it shares.

    Same rows. Oxigraph joins the patterns of one group, and an OPTIONAL to what comes
    before it, by lookups: a seek in its indexes for each row so far (at a million
    triples, some 10 µs a row); sub-selects it joins by hash, one scan of each pattern:
    the fast shape over a whole store (with :func:`optionals_joined_by_hash` first, which
    also drops the solution modifiers). Runs holding a blank node, a property path or a
    typed literal, and ``VALUES``, ``BIND`` and ``FILTER``, are left as they are.

    >>> triples_joined_by_hash("SELECT ?l { ?s a ?k ; <urn:p> ?o . ?o ?q ?l BIND (1 AS ?n) }")
    'SELECT ?l { { SELECT ?s ?k WHERE { ?s a ?k } } { SELECT ?s ?o WHERE { ?s <urn:p> ?o } } { SELECT ?o ?q ?l WHERE { ?o ?q ?l } } BIND (1 AS ?n) }'
    >>> triples_joined_by_hash("SELECT ?s { ?s a ?k OPTIONAL { ?s ?p ?o OPTIONAL { ?o ?q ?l } } }")
    'SELECT ?s { ?s a ?k OPTIONAL { SELECT ?s WHERE { ?s ?p ?o OPTIONAL { SELECT ?o WHERE { ?o ?q ?l } } } } }'
    """
    masked, start, end, everything = _select_where(text)
    return text[:start] + _hashed_group(text, masked, start, end, everything) + text[end:]


def _hashed_group(text: str, masked: str, start: int, end: int, everything: bool) -> str:
    """The contents ``text[start:end]`` of one group, rewritten as :func:`triples_joined_by_hash`
    says (``everything``: the query selects ``*``, so no variable may be left out)."""
    out, run, at = [], start, start

    def flush(upto: int) -> None:
        out.append(_split_triples(text[run:upto], masked[run:upto]))

    while at < end:
        char = masked[at]
        word = _GROUP_WORD.match(masked, at) if char.isalpha() else None
        if word and word[1].upper() in ("BIND", "FILTER", "VALUES"):  # kept whole, up to its closing bracket
            flush(at)
            opened = min(i for i in (masked.find("(", at, end), masked.find("{", at, end)) if i >= 0) + 1
            close = _closing(masked, opened)
            out.append(text[at:close + 1])
            run = at = close + 1
        elif word and word[1].upper() == "OPTIONAL" and _wrappable(masked, word.end()):
            flush(at)  # a sub-select of the variables it shares, joined by hash (not looked up row by row)
            opened = masked.index("{", word.end()) + 1
            close = _closing(masked, opened)
            shared = _shared(masked, opened, close, masked[:opened] + masked[close:], everything)
            out.append(f"{text[at:opened]} SELECT {shared} WHERE {{{_hashed_group(text, masked, opened, close, everything)}}} }}")
            run = at = close + 1
        elif word:  # GRAPH ?g, UNION… : the group that follows is handled below
            flush(at)
            out.append(text[at:word.end()])
            run = at = word.end()
        elif char == "{":
            flush(at)
            close = _closing(masked, at + 1)
            inner = at + 1
            if _SUBSELECT.match(masked, inner):  # a sub-select: rewrite its WHERE group
                inner = masked.index("{", inner) + 1
            out.append(text[at:inner] + _hashed_group(text, masked, inner, close, everything) + "}")
            run = at = close + 1
        else:
            at += 1
    flush(end)
    return "".join(out)


def _wrappable(masked: str, after: int) -> bool:
    """Whether the OPTIONAL whose keyword ends at ``after`` can be a sub-select: a plain
    group with no FILTER (an OPTIONAL's filter may read the variables of the rows it
    extends, which a sub-select would hide)."""
    if not masked[after:].lstrip().startswith("{"):
        return False
    opened = masked.index("{", after) + 1
    return not _SUBSELECT.match(masked, opened) and not re.search(
        r"(?<![\w?$:])FILTER(?![\w:])", masked[opened:_closing(masked, opened)], re.I)


def _split_triples(run: str, masked: str) -> str:
    """``run`` (triple patterns only) as one sub-select per pattern, when it has two or more."""
    if not masked.strip() or _NOT_SPLIT.search(masked):
        return run
    patterns = []
    for subject_at, subject_end in _spans(masked, _TRIPLE_END, 0, len(masked)):
        words = masked[subject_at:subject_end].split(None, 1)
        if not words:
            continue
        if len(words) < 2:
            return run
        subject = _source(run, masked, subject_at, subject_end, 0)
        rest_at = subject_at + masked[subject_at:subject_end].index(words[1])
        for pair_at, pair_end in _spans(masked, re.compile(";"), rest_at, subject_end):
            pair = masked[pair_at:pair_end].split(None, 1)
            if not pair:
                continue
            if len(pair) < 2:
                return run
            predicate = _source(run, masked, pair_at, pair_end, 0)
            objects_at = pair_at + masked[pair_at:pair_end].index(pair[1], len(pair[0]))
            for object_at, object_end in _spans(masked, re.compile(","), objects_at, pair_end):
                if masked[object_at:object_end].strip():
                    patterns.append((subject, predicate, run[object_at:object_end].strip()))
    if len(patterns) < 2:
        return run
    written = []
    for pattern in patterns:
        triple = " ".join(pattern)
        names = dict.fromkeys(_VARIABLE.findall(mask(triple)))
        written.append(f"{{ SELECT {' '.join('?' + v for v in names)} WHERE {{ {triple} }} }}" if names else
                       f"{{ {triple} }}")
    return " " + " ".join(written) + " "


def _spans(masked: str, separator: re.Pattern, start: int, end: int) -> Iterable[tuple[int, int]]:
    """The spans of ``masked[start:end]`` between ``separator``s."""
    at = start
    for found in separator.finditer(masked, start, end):
        yield at, found.start()
        at = found.end()
    yield at, end


def _source(run: str, masked: str, start: int, end: int, index: int) -> str:
    """The ``index``-th whitespace-separated word of ``masked[start:end]``, as written in ``run``."""
    for number, word in enumerate(re.finditer(r"\S+", masked[start:end])):
        if number == index:
            return run[start + word.start():start + word.end()]
    raise ValueError("no such word")


_BIND = re.compile(r"(?<![\w?$:])BIND\s*\(", re.I)
_BIND_AS = re.compile(r"\s+AS\s+[?$](\w+)\s*$", re.I)
_ONE_PATTERN = re.compile(r"\{\s*SELECT\s+((?:[?$]\w+\s+)+)WHERE\s*\{([^{}]*)\}\s*\}", re.I)
#: Functions whose value is not fixed by their arguments: a BIND of one of them stays per row.
_NOT_FIXED = re.compile(r"(?<![\w?$:])(RAND|NOW|UUID|STRUUID|BNODE)\s*\(", re.I)


def binds_once_per_value(text: str) -> str:
    """The SELECT query ``text`` with each ``BIND (f(?x) AS ?y)`` at the top of its WHERE
    group, whose expression reads one variable ``?x`` projected by a one-pattern sub-select
    before it (as :func:`triples_joined_by_hash` writes the required facts), computed once
    per distinct value of ``?x`` in a sub-select joined by hash.

    Same rows: ``?x`` is bound in every row, and each row meets the one row of its value.
    Oxigraph reads an IRI's text from its dictionary (a lookup on disk) each time a function
    takes ``STR`` of it: for a key or a code shared by many rows (an article's, a qualifier's),
    once per value instead of once per row.

    >>> binds_once_per_value('SELECT ?k { { SELECT ?s ?a WHERE { ?s <urn:in> ?a } } BIND (STR(?a) AS ?k) }')
    'SELECT ?k { { SELECT ?s ?a WHERE { ?s <urn:in> ?a } } { SELECT ?a ?k WHERE { { SELECT DISTINCT ?a WHERE { ?s <urn:in> ?a } } BIND (STR(?a) AS ?k) } } }'
    """
    masked, start, end, _ = _select_where(text)
    patterns: dict[str, str] = {}  # variable -> the one triple pattern that binds it
    pieces, done, depth, at = [text[:start]], start, 0, start
    while at < end:
        char = masked[at]
        if char == "{" and depth == 0 and (found := _ONE_PATTERN.match(masked, at)):
            if _outside_optional(masked, start, at):
                for name in _VARIABLE.findall(found[1]):
                    patterns.setdefault(name, text[found.start(2):found.end(2)].strip())
            at = found.end()
            continue
        if depth == 0 and (bind := _BIND.match(masked, at)):
            close = _closing(masked, bind.end())
            expression = masked[bind.end():close]
            named = _BIND_AS.search(expression)
            used = set(_VARIABLE.findall(expression[:named.start()])) if named else set()
            if named and len(used) == 1 and not _NOT_FIXED.search(expression) and (x := used.pop()) in patterns:
                pieces += [text[done:at], f"{{ SELECT ?{x} ?{named[1]} WHERE {{ {{ SELECT DISTINCT ?{x} WHERE "
                           f"{{ {patterns[x]} }} }} {text[at:close + 1]} }} }}"]
                done = close + 1
            at = close + 1
            continue
        depth += {"{": 1, "}": -1}.get(char, 0)
        at += 1
    return "".join(pieces) + text[done:]


def _outside_optional(masked: str, start: int, at: int) -> bool:
    """Whether the group opening at ``at`` (at the top of the group from ``start``) is
    required: not the group of an OPTIONAL, MINUS, UNION or GRAPH keyword."""
    before = masked[start:at].rstrip()
    return not re.search(r"(?<![\w?$:])(OPTIONAL|MINUS|UNION|GRAPH\s+\S+)$", before, re.I)


def projecting(text: str, variables: Iterable[str]) -> str:
    """The SELECT query ``text`` returning only ``variables`` (names without ``?``): what a
    reader does not use is then neither read from the store's dictionary nor written out.
    A projection holding expressions, DISTINCT or REDUCED is kept as it is (dropping a
    column would change the rows).

    >>> projecting("SELECT ?a ?b ?c WHERE { ?a ?b ?c }", ["c", "a"])
    'SELECT ?c ?a WHERE { ?a ?b ?c }'
    """
    masked, start, _, everything = _select_where(text)
    opened = _PROLOGUE.match(masked).end()
    head = re.compile(r"\s*SELECT\s+((?:[?$]\w+\s*)+)(?=WHERE\b|\{)", re.I).match(masked, opened)
    if head is None or everything:
        return text
    return text[:head.start(1)] + " ".join(f"?{v}" for v in variables) + " " + text[head.end(1):]


def where_parts(text: str, keys: Iterable[str], parts: int = 2) -> list[str] | None:
    """The SELECT query ``text`` (plain variables projected, its WHERE group a series of
    sub-selects, OPTIONAL sub-selects and BINDs, as :func:`triples_joined_by_hash` writes it)
    as ``parts`` queries whose rows, joined on the ``keys`` variables, are its rows; None
    when it cannot be cut so.

    Every part holds the required sub-selects that bind only ``keys`` (the spine, whose rows
    are distinct); the other elements are shared out, a BIND going with the elements whose
    variables it reads, so that no variable but the keys is seen by two parts. Each part
    projects the keys and the projected variables it binds; elements keep their order (a BIND
    reads what comes before it). Oxigraph evaluates each part on its own (on another thread, the store's work for the whole query spread over cores).

    >>> where_parts("SELECT ?a ?b ?c { { SELECT ?s WHERE { ?s a <urn:k> } } OPTIONAL { SELECT ?s ?b WHERE { ?s <urn:b> ?b } } "
    ...             "OPTIONAL { SELECT ?s ?c WHERE { ?s <urn:c> ?c } } }", ["s"])
    ['SELECT ?s ?b { { SELECT ?s WHERE { ?s a <urn:k> } } OPTIONAL { SELECT ?s ?b WHERE { ?s <urn:b> ?b } } }', 'SELECT ?s ?c { { SELECT ?s WHERE { ?s a <urn:k> } } OPTIONAL { SELECT ?s ?c WHERE { ?s <urn:c> ?c } } }']
    """
    keys = list(keys)
    masked, start, end, everything = _select_where(text)
    head = re.compile(r"\s*SELECT\s+((?:[?$]\w+\s*)+)(?=WHERE\b|\{)", re.I).match(masked, _PROLOGUE.match(masked).end())
    if head is None or everything or masked[end + 1:].strip():
        return None
    projected = _VARIABLE.findall(head[1])
    elements = []  # (kind, text, variables it shows to the rest of the query)
    at = start
    while at < end:
        if masked[at].isspace():
            at += 1
            continue
        optional = re.compile(r"OPTIONAL\s*\{", re.I).match(masked, at)
        bind = _BIND.match(masked, at)
        if optional:
            close = _closing(masked, optional.end())
            inner = _ONE_SELECT.match(masked, optional.end())
            if inner is None:
                return None
            elements.append(("optional", text[at:close + 1], _VARIABLE.findall(inner[1])))
        elif bind:
            close = _closing(masked, bind.end())
            elements.append(("bind", text[at:close + 1], _VARIABLE.findall(masked, bind.end(), close)))
        elif masked[at] == "{":
            close = _closing(masked, at + 1)
            inner = _ONE_SELECT.match(masked, at + 1)
            if inner is None:
                return None
            elements.append(("required", text[at:close + 1], _VARIABLE.findall(inner[1])))
        else:
            return None
        at = close + 1
    spine = [e for e in elements if e[0] == "required" and set(e[2]) <= set(keys)]
    if not spine or set().union(*(e[2] for e in spine)) != set(keys) or any(
            set(_VARIABLE.findall(mask(e[1]))) != set(e[2]) for e in spine):  # rows not distinct
        return None
    rest = [e for e in elements if e not in spine]
    groups: list[list] = []  # elements linked by a variable other than the keys stay together
    for element in rest:
        own = set(element[2]) - set(keys)
        linked = [g for g in groups if own & set().union(*(set(e[2]) for e in g))]
        merged = [element] + [e for g in linked for e in g]
        groups = [g for g in groups if g not in linked] + [merged]
    shares: list[list] = [[] for _ in range(parts)]
    for group in sorted(groups, key=len, reverse=True):  # the largest first, each to the lightest part
        min(shares, key=len).extend(group)
    shares = [sorted(share, key=elements.index) for share in shares]
    bound = [set().union(*(set(e[2]) for e in share)) - set(keys) for share in shares]
    if not all(shares):
        return None
    queries = []
    for i in range(parts):
        names = [*keys, *(v for v in projected if v in bound[i] and v not in keys)]
        body = " ".join(e[1] for e in spine + shares[i])
        queries.append(f"{text[:head.start(1)]}{' '.join('?' + v for v in names)} {{ {body} }}")
    return queries


_ONE_SELECT = re.compile(r"\s*SELECT\s+((?:[?$]\w+\s+)+)WHERE\s*\{", re.I)
