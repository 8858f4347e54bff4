"""Gold annotations: read a gold folder, check each file's structure and its strings against the text.

The format is described in ``tests/gold/README.md``: one JSON file per
article, with every entity, statement and troop deployment of the article.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..records import ENTITY_KINDS, QUALIFIERS, STATEMENT_KINDS, STATUSES
from .similarity import name_key

#: Files of a gold folder that are not articles.
NOT_ARTICLES = frozenset({"thresholds.json"})


class GoldError(ValueError):
    """A gold folder or file that cannot be used; the message names the file."""


def read_json(path: Path):
    """The JSON value of ``path``; :class:`GoldError` naming the file when it cannot be read or parsed."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:  # the reason alone: the path is already said
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        raise GoldError(f"{path}: cannot read: {reason}") from None
    except json.JSONDecodeError as err:
        raise GoldError(f"{path}: invalid JSON: {err.msg} (line {err.lineno}, column {err.colno})") from None


@dataclass
class GoldEntity:
    name: str
    cls: str
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)

    @property
    def names(self) -> set[str]:
        """Its name and aliases in the form names are compared in (:func:`name_key`)."""
        return {name_key(self.name)} | {name_key(a) for a in self.aliases}


@dataclass
class GoldStatement:
    speaker: str
    kind: str
    quote: str
    verb: str | None = None


@dataclass
class DeploymentFacts:
    """What gold and graph both say of a troop deployment, compared field by field
    (:mod:`.matching`); actors are gold entity names in gold, node IRIs in the graph."""

    troops_min: int | None
    troops_max: int | None
    qualifier: str | None  # never None in gold
    origin: str | None
    destination: str | None
    place: str | None
    status: str | None
    claimant: str | None
    evidence: str

    @property
    def figure(self) -> tuple:
        """What two troop figures must share to be the same: bounds and qualifier."""
        return self.troops_min, self.troops_max, self.qualifier


@dataclass
class GoldDeployment(DeploymentFacts):
    """A deployment of a gold file (its fields are the file's keys)."""


@dataclass
class GoldArticle:
    article: str
    entities: list[GoldEntity]
    statements: list[GoldStatement]
    deployments: list[GoldDeployment]
    notes: str = ""
    path: str = ""

    def entity(self, name: str | None) -> GoldEntity | None:
        return next((e for e in self.entities if e.name == name), None)


_TOP_KEYS = {"article", "entities", "statements", "deployments"}
_ENTITY_KEYS = {"name", "class", "wikidata", "aliases", "roles", "affiliations"}
_STATEMENT_KEYS = {"speaker", "kind", "quote", "verb"}
_DEPLOYMENT_KEYS = {
    "troops_min", "troops_max", "qualifier", "origin", "destination", "place", "status",
    "claimant", "evidence",
}
_ACTORS = ("Person", "Organization", "Country")
_REFERENCES = {  # field -> classes it may name
    "origin": ("Country",),
    "destination": ("Country",),
    "place": ("Place",),
    "claimant": _ACTORS,
}


def _keys(where: str, obj, expected: set[str], optional: set[str] = frozenset()) -> None:
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: expected an object")
    missing = expected - set(obj)
    extra = set(obj) - expected - optional
    if missing:
        raise GoldError(f"{where}: missing key {sorted(missing)[0]!r}")
    if extra:
        raise GoldError(f"{where}: unknown key {sorted(extra)[0]!r}")


def _entries(path: str, data: dict, key: str, keys: set[str]):
    """``(where, entry)`` for each entry of the list ``data[key]``, its keys checked."""
    for i, entry in enumerate(data[key]):
        where = f"{path}: {key}[{i}]"
        _keys(where, entry, keys)
        yield where, entry


def _one_of(where: str, name: str, value, allowed) -> None:
    """``value`` (a class, kind, qualifier or status) is one of the codes ``allowed``."""
    if value not in allowed:
        raise GoldError(f"{where}: {name} {value!r} is not one of {', '.join(allowed)}")


def _check_bounds(where: str, d: dict) -> None:
    """Qualifier and bounds agree as in the README's table."""
    low, high, q = d["troops_min"], d["troops_max"], d["qualifier"]
    for name, value in (("troops_min", low), ("troops_max", high)):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
            raise GoldError(f"{where}: {name} must be a positive integer or null")
    ok = {
        "Exact": low is not None and low == high,
        "About": low is not None and low == high,
        "UpTo": low is None and high is not None,
        "AtLeast": low is not None and high is None,
        "Range": low is not None and high is not None and low < high,
        "Vague": low is None and high is None,
    }[q]
    if not ok:
        raise GoldError(f"{where}: qualifier {q} does not agree with bounds {low}..{high}")


def parse_gold(data: dict, path: str = "<gold>") -> GoldArticle:
    """Check one gold file's structure and turn it into a :class:`GoldArticle`.

    Raises :class:`GoldError` naming ``path`` and the faulty entry.
    """
    _keys(path, data, _TOP_KEYS, {"notes"})
    if not isinstance(data["article"], str) or not data["article"]:
        raise GoldError(f"{path}: 'article' must be a non-empty string")
    for key in ("entities", "statements", "deployments"):
        if not isinstance(data[key], list):
            raise GoldError(f"{path}: {key!r} must be a list")
    entities = []
    for where, e in _entries(path, data, "entities", _ENTITY_KEYS):
        _one_of(where, "class", e["class"], ENTITY_KINDS)
        if e["wikidata"] is not None and not re.fullmatch(r"Q\d+", str(e["wikidata"])):
            raise GoldError(f"{where}: wikidata {e['wikidata']!r} is not a Q-id")
        entities.append(GoldEntity(e["name"], e["class"], e["wikidata"], list(e["aliases"]),
                                   list(e["roles"]), list(e["affiliations"])))
    names = [e.name for e in entities]
    if len(set(names)) != len(names):
        dup = next(n for n in names if names.count(n) > 1)
        raise GoldError(f"{path}: entity name {dup!r} is used twice")
    classes = {e.name: e.cls for e in entities}

    def reference(where: str, name, allowed) -> None:
        if name is None:
            return
        if name not in classes:
            raise GoldError(f"{where}: {name!r} is not the name of an entity of this file")
        if classes[name] not in allowed:
            raise GoldError(f"{where}: {name!r} is a {classes[name]}, expected {'/'.join(allowed)}")

    for i, e in enumerate(entities):
        for name in e.affiliations:
            reference(f"{path}: entities[{i}].affiliations", name, ("Organization", "Country"))
    statements = []
    for where, s in _entries(path, data, "statements", _STATEMENT_KEYS):
        _one_of(where, "kind", s["kind"], STATEMENT_KINDS)
        if not isinstance(s["quote"], str) or not s["quote"].strip():
            raise GoldError(f"{where}: empty quote")
        if s["speaker"] is None:
            raise GoldError(f"{where}: a statement needs a speaker")
        reference(f"{where}.speaker", s["speaker"], _ACTORS)
        statements.append(GoldStatement(s["speaker"], s["kind"], s["quote"], s["verb"]))
    deployments = []
    for where, d in _entries(path, data, "deployments", _DEPLOYMENT_KEYS):
        _one_of(where, "qualifier", d["qualifier"], QUALIFIERS)
        if d["status"] is not None:
            _one_of(where, "status", d["status"], STATUSES)
        _check_bounds(where, d)
        for key, allowed in _REFERENCES.items():
            reference(f"{where}.{key}", d[key], allowed)
        deployments.append(GoldDeployment(**{k: d[k] for k in _DEPLOYMENT_KEYS}))
    return GoldArticle(data["article"], entities, statements, deployments,
                       data.get("notes", ""), path)


def load_gold(gold_dir: str | Path) -> dict[str, GoldArticle]:
    """Every gold file of ``gold_dir`` (``*.json`` but ``thresholds.json``), by article id.

    Raises :class:`GoldError` for a missing or empty folder, unreadable JSON
    or a malformed annotation, naming the file.
    """
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such gold folder")
    files = sorted(p for p in folder.glob("*.json") if p.name not in NOT_ARTICLES)
    if not files:
        raise GoldError(f"{folder}: no gold files (*.json) in this folder")
    gold: dict[str, GoldArticle] = {}
    for path in files:
        article = parse_gold(read_json(path), str(path))
        if article.article in gold:
            raise GoldError(f"{path}: article {article.article!r} is already annotated in {gold[article.article].path}")
        gold[article.article] = article
    return gold


def check_against_text(article: GoldArticle, text: str) -> list[str]:
    """The quotes, evidence, aliases and roles of ``article`` that are not substrings of ``text``.

    >>> a = GoldArticle("x", [GoldEntity("Otan", "Organization", aliases=["OTAN"])], [], [])
    >>> check_against_text(a, "l'Otan a dit")
    ["entity 'Otan': alias 'OTAN' not in the text"]
    """
    problems = []
    for e in article.entities:
        for kind, values in (("alias", e.aliases), ("role", e.roles)):
            problems += [f"entity {e.name!r}: {kind} {v!r} not in the text" for v in values if v not in text]
    for i, s in enumerate(article.statements):
        if s.quote not in text:
            problems.append(f"statements[{i}]: quote {s.quote!r} not in the text")
    for i, d in enumerate(article.deployments):
        if d.evidence not in text:
            problems.append(f"deployments[{i}]: evidence {d.evidence!r} not in the text")
    return problems
