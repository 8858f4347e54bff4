"""What a SPARQL request is, read from its text without a full parser.

``kg query`` and ``kg serve`` must refuse updates and ``SERVICE`` (federation)
before the query reaches Oxigraph, and ``kg serve`` must know which prefixes a
query declares. Comments, strings and IRIs are masked first, so a keyword
inside a quote or an IRI never counts.
"""
from __future__ import annotations

import re
from typing import Iterable

from .prefixes import QUERY_PREFIXES

_MASKED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*",
    re.S,
)
_PROLOGUE = re.compile(r"\s*(?:(?:BASE\s+I|PREFIX\s+[\w.-]*:\s*I)\s*)*", re.I)
_FORM = re.compile(r"\s*([A-Za-z]+)")
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.I)
_DECLARED = re.compile(r"PREFIX\s+([\w.-]*):", re.I)

#: The query forms; anything else is an update or not SPARQL.
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


def mask(text: str) -> str:
    """``text`` with strings and IRIs replaced by a placeholder ``I``, comments by a space.

    >>> mask('SELECT * { ?s ?p "SERVICE" } # SERVICE')
    'SELECT * { ?s ?p I }  '
    """
    return _MASKED.sub(lambda m: " " if m[0].startswith("#") else "I", text)


def _blanked(text: str) -> str:
    """:func:`mask` keeping every character's position (strings and IRIs as
    ``I…``, comments as spaces), so a position found in it holds in ``text``."""
    return _MASKED.sub(lambda m: (" " if m[0].startswith("#") else "I") * len(m[0]), text)


_WHERE_OPEN = re.compile(r"WHERE\s*$", re.I)


def where_group_start(text: str) -> int | None:
    """The position just inside the ``{`` opening the query's WHERE group, or None
    (an update, or a DESCRIBE without one).

    >>> q = 'CONSTRUCT { ?s ?p "{" } WHERE { ?s ?p ?o }'
    >>> q[where_group_start(q):]
    ' ?s ?p ?o }'
    >>> where_group_start("CONSTRUCT WHERE { ?s ?p ?o }") is None
    True
    """
    masked = _blanked(text)
    kind = form(text)
    if kind not in QUERY_FORMS:
        return None
    depth, groups = 0, 0
    for at, char in enumerate(masked):
        if char == "{":
            if depth == 0:
                # CONSTRUCT's first group is its template, its pattern follows
                # WHERE; the short form CONSTRUCT WHERE { … } takes triples only
                if kind != "CONSTRUCT":
                    return at + 1
                if _WHERE_OPEN.search(masked, 0, at):
                    return at + 1 if groups else None
                groups += 1
            depth += 1
        elif char == "}":
            depth -= 1
    return None


def inline_values(text: str, terms: dict[str, str | Iterable[str]]) -> str | None:
    """``text`` with ``VALUES ?name { term … }`` opening its WHERE group, or None
    when it has none.

    ``terms`` (one per variable, or several) are SPARQL terms already written
    and escaped (``str()`` of a pyoxigraph NamedNode or Literal), never user
    text. Oxigraph's optimiser starts its joins from an inline VALUES, so a
    bound parameter is looked up in the indexes instead of filtering every
    solution (at a million triples, 1 ms instead of 400 for who-said-what); a
    SEP-0007 substitution gives the same answers but is not used to plan the
    joins.

    >>> inline_values("SELECT ?q { ?s nkg:quote ?q }", {"s": "<urn:x>"})
    'SELECT ?q { VALUES ?s { <urn:x> } ?s nkg:quote ?q }'
    >>> inline_values("SELECT ?q WHERE { ?s nkg:quote ?q }", {"s": ["<urn:x>", "<urn:y>"]})
    'SELECT ?q WHERE { VALUES ?s { <urn:x> <urn:y> } ?s nkg:quote ?q }'
    """
    at = where_group_start(text)
    if at is None:
        return None
    values = "".join(f" VALUES ?{name} {{ {term if isinstance(term, str) else ' '.join(term)} }}"
                     for name, term in terms.items())
    return text[:at] + values + text[at:]


def form(text: str) -> str | None:
    """The first keyword after the prologue, upper-cased (``SELECT``, ``INSERT``…).

    >>> form("PREFIX a: <urn:a>\\n# hi\\nask { ?s ?p ?o }")
    'ASK'
    """
    masked = mask(text)
    match = _FORM.match(masked, _PROLOGUE.match(masked).end())
    return match[1].upper() if match else None


def uses_service(text: str) -> bool:
    """Whether ``text`` calls another endpoint with ``SERVICE``.

    >>> uses_service("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT ?service { ?service ?p "SERVICE" }')
    False
    """
    return bool(_SERVICE.search(mask(text)))


def declared_prefixes(text: str) -> set[str]:
    """The prefixes ``text`` declares itself."""
    return set(_DECLARED.findall(mask(text)))


def with_prefixes(text: str, prefixes: dict[str, str] | None = None) -> str:
    """``text`` preceded by the predeclared prefixes it does not declare itself."""
    own = declared_prefixes(text)
    wanted = {p: iri for p, iri in (prefixes or QUERY_PREFIXES).items() if p not in own}
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in wanted.items()) + text


class QueryError(ValueError):
    """A query that cannot be parsed or run; ``line`` and ``column`` when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        self.line, self.column = line, column
        where = f"line {line}, column {column}: " if line else ""
        super().__init__(f"{where}{message}")


class QueryTimeout(QueryError):
    """The query ran longer than its time limit (and was stopped)."""


class RefusedQuery(ValueError):
    """A query ``kg query`` or ``kg serve`` will not run (an update, or federation when off)."""


def check_allowed(text: str, *, allow_service: bool = False, who: str = "kg query") -> str:
    """The query form of ``text``; raises :class:`RefusedQuery` for updates and unwanted SERVICE."""
    found = form(text)
    if found in UPDATE_WORDS:
        raise RefusedQuery(f"{who} is read-only: {found} is an update, not a query")
    if not allow_service and uses_service(text):
        option = "--allow-federation"
        raise RefusedQuery(
            f"SERVICE (federation: asking another endpoint) is off in {who}; allow it with {option}"
        )
    return found


_POSITION = re.compile(r"^error at (\d+):(\d+):\s*")


_EXPECTED = re.compile(r"""(?<![\w'"|])([A-Z][A-Z_]*|"[^"]+"|'[^']+')(?=,|$)""")


def short_error(message: str, text: str) -> tuple[str, int | None, int | None]:
    """Oxigraph's parser message cut to one readable line, with its line and column.

    An unknown prefix says which one; a long "expected one of …" list keeps
    its first alternatives.
    """
    message = " ".join(message.split())
    line = column = None
    match = _POSITION.match(message)
    if match:
        line, column = int(match[1]), int(match[2])
        message = message[match.end() :]
    if "Prefix not found" in message and line:
        source = text.splitlines()[line - 1] if line <= len(text.splitlines()) else ""
        name = re.search(r"([A-Za-z][\w.-]*)?:\S*$", source[: column - 1])
        if name:
            column = name.start() + 1
            prefix = name[1] or ""
            return f"unknown prefix {prefix}: (declare it with PREFIX {prefix}: <…>)", line, column
        return "unknown prefix", line, column
    if message.startswith("expected one of "):
        # Keywords and quoted punctuation; Oxigraph's character classes
        # ("['A' ..= 'Z' | …]", "[_]" for white space) say nothing to a user.
        words = _EXPECTED.findall(message[len("expected one of ") :])
        message = ("expected one of " + ", ".join(words[:6]) + (", …" if len(words) > 6 else "")) if words else "syntax error"
    if len(message) > 160:
        message = message[:159] + "…"
    return message, line, column
