"""The claims table: every distinct troop deployment claim of the graph, side by side.

The seeds disagree on how many soldiers went where; this table puts each
source's figure next to the others so a reader sees how the estimates differ
and change. The rows are those of the canned query
``kg/queries/deployment-claims.rq`` (also runnable as ``kg query
deployment-claims``; a test checks they agree).

An article often repeats a figure (headline, lead, body): those repeats are
one claim, with ``count`` saying how many times the article states it. Every
claim is dated when the graph can date it: the article's date (metadata, or
inferred from its text when the metadata has none, see
:func:`kg.dates.infer_article_date`), else the date of the reported event;
``date_inferred`` says the date does not come from metadata. Claims are
sorted by date (undated last), then figure. The view's claims chart reads the
same :func:`claims_table`, so it shows the same dates.

The table is read with the text of ``deployment-claims.rq`` itself
(:func:`claims_query`), reshaped so Oxigraph evaluates it fast: over the whole
store, each fact (required or optional) is a sub-select joined by hash (one
scan of its property) rather than looked up deployment by deployment, which
costs a seek per row; bound to a few deployments (the ``--focus`` page), the
lookups are the cheap way and the query is run as written.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Iterator

from pyoxigraph import NamedNode

from .export import write_atomic
from .figures import label_words, troops_text
from .i18n import current, label, t
from .query import canned_query
from .tsv_rows import tsv_joined, tsv_lexical, tsv_plain, tsv_solutions
from .reshape import binds_once_per_value, optionals_joined_by_hash, projecting, triples_joined_by_hash, where_parts
from .sparql import inline_values

#: The canned query whose rows :func:`claims_query` gives (``kg query deployment-claims``).
QUERY = "deployment-claims"
#: Columns of the table for people (catalogue keys of kg.i18n).
COLUMNS = ("date", "troops", "route", "status", "claimant", "article", "count")


@dataclass(frozen=True)
class Claim:
    """One distinct claim, in plain Python values (codes, not labels, for qualifier and status)."""

    date: str | None  # ISO date of the claim's article, else of the event, if known
    article: str
    troops_min: int | None
    troops_max: int | None
    qualifier: str  # an nkg:Qualifier local name: Exact, UpTo, AtLeast, About, Range, Vague
    origin: str | None  # labels, not keys: this is for people to read
    destination: str | None
    place: str | None
    status: str | None  # an nkg:DeploymentStatus local name
    claimant: str | None  # None: the article's own voice
    start: int  # offset of the first statement of the claim
    evidence: str  # the sentence of the first statement
    date_inferred: bool = False  # the date comes from the text or the event, not metadata
    count: int = 1  # how many times the article states the claim

    @property
    def troops(self) -> str:
        """The count range as people write it, in the run's language (see :func:`troops_text`)."""
        return self.troops_text()

    def troops_text(self, lang: str | None = None) -> str:
        """The count range as the press writes it, with the ontology's qualifier label (:mod:`kg.figures`).

        >>> Claim(None, "a", None, 3000, "UpTo", None, None, None, None, None, 0, "").troops_text("en")
        'up to 3,000'
        """
        return troops_text(self.qualifier, self.troops_min, self.troops_max, label_words(lang))

    @property
    def route(self) -> str:
        """ "Corée du Nord → Russie / Koursk"; "?" for a side the article does not give."""
        route = f"{self.origin or '?'} → {self.destination or '?'}"
        return f"{route} / {self.place}" if self.place else route

    @property
    def figure(self) -> int:
        """The figure claims are sorted by: the upper bound, else the lower one (vague: 0)."""
        return self.troops_max if self.troops_max is not None else (self.troops_min or 0)


def _identity(claim: Claim) -> tuple:
    """What makes two deployments of one article the same claim (the fields of :class:`Claim`
    from ``article`` to ``claimant``, in order)."""
    return (claim.article, claim.troops_min, claim.troops_max, claim.qualifier, claim.origin,
            claim.destination, claim.place, claim.status, claim.claimant)


def _text(value) -> str:
    return "" if value is None else str(value)


def distinct_claims(claims: list[Claim]) -> list[Claim]:
    """One claim per distinct (article, figure, route, status, claimant), counting repeats.

    The first statement (lowest offset) gives the evidence, offset and date
    (a later repeat may carry an event date the first lacks). Sorted by date
    (undated last), then figure, article and offset.
    """
    return _merged((_identity(c), c.start, c.date, c.date_inferred, c.evidence, c.count) for c in claims)


def _merged(statements: Iterable[tuple]) -> list[Claim]:
    """:func:`distinct_claims` of ``statements``, each (identity, start, date, date_inferred,
    evidence, count): the claims' fields as plain tuples, so a table read from the store
    makes one :class:`Claim` per distinct claim, not one per statement.

    Repeats are taken in order of offset, then (when a place holds several rows) of their
    fields as text, whatever order they came in; claims the sort leaves tied keep the order
    of their first statements the same way (their fields as text are only made for them).
    """
    groups: dict[tuple, list[tuple]] = {}
    for statement in statements:
        group = groups.get(statement[0])
        if group is None:
            groups[statement[0]] = [statement]
        else:
            group.append(statement)
    merged = []
    for identity, group in groups.items():
        first = group[0]
        if len(group) > 1:
            group.sort(key=lambda s: (s[1], _text(s[2]), _text(s[4])))
            first = group[0]
            date, inferred = next(((s[2], s[3]) for s in group if s[2]), (first[2], first[3]))
            count = sum(s[5] for s in group)
        else:
            date, inferred, count = first[2], first[3], first[5]
        claim = Claim(date, *identity, first[1], first[4], inferred, count)
        merged.append(((date is None, date or "", claim.figure, claim.article, claim.start), claim, first))
    merged.sort(key=lambda m: m[0])
    for start, end in _tied_runs([m[0] for m in merged]):  # rare: by their fields as text
        merged[start:end] = sorted(merged[start:end], key=lambda m: tuple(map(_text, (*m[2][0], m[2][2], m[2][4]))))
    return [claim for _, claim, _ in merged]


def _tied_runs(keys: list) -> Iterator[tuple[int, int]]:
    """The spans of ``keys`` (sorted) holding more than one equal key."""
    start = 0
    for at in range(1, len(keys) + 1):
        if at == len(keys) or keys[at] != keys[start]:
            if at - start > 1:
                yield start, at
            start = at


def claims_query(deployments: Iterable[str] | None = None) -> str:
    """The rows of ``deployment-claims.rq`` (its own text: one definition), of every
    deployment or of ``deployments`` (IRIs).

    Over the whole store each of its OPTIONAL groups and triple patterns becomes a
    sub-select, which Oxigraph joins by hash (:func:`kg.reshape.optionals_joined_by_hash`
    then :func:`kg.reshape.triples_joined_by_hash`, rows in no given order); for given
    deployments the query is run as written, bound by an inline ``VALUES``: the OPTIONALs are then looked up for each (see the module).
    """
    text = canned_query(QUERY).text
    if deployments is None:
        return binds_once_per_value(triples_joined_by_hash(optionals_joined_by_hash(text)))
    return inline_values(text, {"deployment": sorted({str(NamedNode(iri)) for iri in deployments})})


#: The query's variables that make a claim's identity, in the order of :func:`_identity`.
_IDENTITY = ("article", "troopsMin", "troopsMax", "qualifier", "originLabel", "destinationLabel",
             "placeLabel", "status", "claimantLabel")
#: The variables the table reads (not ``?deployment``: no IRI to read out of the store per row).
_READ = (*_IDENTITY, "date", "dateInferred", "start", "evidence")
#: What every fact of a deployment's row hangs on: the query over the whole store is cut in
#: two on it (:func:`kg.reshape.where_parts`), read on two threads and joined. Not the article
#: too: its facts then all go to one part, and the parts write one IRI a row, not two each.
_KEYS = ("deployment",)


def claim_of(row: dict) -> Claim:
    """The claim of one row of :func:`claims_query` (plain values, as :attr:`QueryResult.rows` gives)."""
    date = row.get("date")
    date = str(date) if date is not None else None
    return Claim(date, row["article"], *(row.get(v) for v in _IDENTITY[1:]), int(row["start"]),
                 row.get("evidence") or "", bool(row.get("dateInferred")) and date is not None)


class _Decoded(dict):
    """Each distinct field decoded once (labels, codes, articles and dates repeat row after row)."""

    def __init__(self, decode):
        super().__init__()
        self.decode = decode

    def __missing__(self, field: str):
        value = self[field] = self.decode(field)
        return value


def _statements(variables: list[str], rows: Iterable[list[str]]) -> Iterator[tuple]:
    """Each row of :func:`claims_query` (its ``variables``, ``rows`` as
    :func:`kg.tsv_rows.tsv_solutions` gives them) as :func:`_merged` takes it: the values
    :func:`claim_of` reads (the labels and codes are strings: their lexical value; numbers,
    dates and flags as :func:`kg.query.plain` gives them)."""
    at = {v: i for i, v in enumerate(variables)}
    article, low, high, qualifier, origin, destination, place, status, claimant = (at[v] for v in _IDENTITY)
    date_at, inferred_at, start_at, evidence_at = at["date"], at["dateInferred"], at["start"], at["evidence"]
    lexical, plain = _Decoded(tsv_lexical).__getitem__, _Decoded(tsv_plain).__getitem__
    for row in rows:
        date = row[date_at]
        date = str(plain(date)) if date else None
        yield ((lexical(row[article]), plain(row[low]), plain(row[high]), lexical(row[qualifier]),
                lexical(row[origin]), lexical(row[destination]), lexical(row[place]),
                lexical(row[status]), lexical(row[claimant])),
               int(plain(row[start_at])), date, bool(plain(row[inferred_at])) and date is not None,
               tsv_lexical(row[evidence_at]) or "", 1)


def claims_table(source, deployments: Iterable[str] | None = None) -> list[Claim]:
    """Every distinct deployment claim of ``source`` (a store or dataset), dated, sorted by date then figure.

    ``deployments`` (IRIs) limits the table to those deployments' claims,
    reading only them (the ``--focus`` page). The same as :func:`distinct_claims` of
    :func:`claim_of` of each row, with no :class:`Claim` made for a repeat.
    """
    if deployments is not None and not deployments:
        return []
    text = projecting(claims_query(deployments), _READ)
    parts = where_parts(text, _KEYS) if deployments is None else None
    return _merged(_statements(*(tsv_joined(source, parts, len(_KEYS)) if parts else tsv_solutions(source, text))))


_FIELDS = tuple(Claim.__dataclass_fields__)
#: Where a build folder keeps its claims table (relative to the build folder).
CACHE_FILE = Path("cache") / "claims.json"
#: Files of an Oxigraph (RocksDB) folder that change without the data changing.
_NOT_DATA = ("LOG", "LOCK")


def store_state(store_dir: str | Path) -> str:
    """A stamp of one state of the Oxigraph store at ``store_dir`` on disk (and of this
    module's code and query): any write or swapped-in version changes it, opening read-only does
    not, and neither does moving the build folder (the version's name, not its path)."""
    folder = Path(store_dir).resolve()
    files = sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(folder)
                   if e.is_file() and not e.name.startswith(_NOT_DATA))
    stamp = hashlib.sha256(Path(__file__).read_bytes())
    stamp.update(claims_query().encode())  # the canned query's text, as this module runs it
    stamp.update(json.dumps([folder.name, files]).encode())
    return stamp.hexdigest()


def keeps_claims(location: str | Path) -> bool:
    """Whether the graph at ``location`` (see :func:`kg.source.locate`) is a build's store,
    whose claims table :func:`cached_claims_table` keeps."""
    from .source import STORE_DIR, is_store

    return Path(location).name == STORE_DIR and is_store(location)


def cached_claims_table(store_dir: str | Path) -> list[Claim]:
    """:func:`claims_table` of the build's store at ``store_dir`` (``<build>/store``, see
    :func:`keeps_claims`), kept in ``<build>/cache/claims.json`` for the next call while
    the store stays as it is (see the module)."""
    from .source import open_read_only

    store_dir = Path(store_dir)
    path = store_dir.parent / CACHE_FILE
    version = store_dir.resolve()  # one version throughout, even if a build swaps the link
    state = store_state(version)  # before reading it: a later state never gets this stamp
    try:
        with open(path, encoding="utf-8") as f:
            kept = json.load(f)
        if kept.get("state") == state:
            return [Claim(*claim) for claim in kept["claims"]]
    except (OSError, ValueError, TypeError, KeyError):
        pass  # none yet, or unreadable: read the store
    claims = claims_table(open_read_only(version))
    # each claim as the list of its fields, in order (the file's code is part of the stamp)
    kept = {"state": state, "claims": [[getattr(c, f) for f in _FIELDS] for c in claims]}
    try:  # whole or not at all, for readers at the same time
        write_atomic(path, json.dumps(kept, ensure_ascii=False).encode("utf-8"))
    except OSError:  # a read-only build folder: answer without keeping it
        pass
    return claims


def _cells(claim: Claim, lang: str, words, the_article: str) -> list[str]:
    """One row of the table (``words`` and ``the_article`` taken once per table)."""
    date = f"{claim.date}*" if claim.date and claim.date_inferred else (claim.date or "")
    return [
        date,
        troops_text(claim.qualifier, claim.troops_min, claim.troops_max, words),
        claim.route,
        label(claim.status, lang) if claim.status else "",
        claim.claimant or the_article,
        claim.article,
        str(claim.count),
    ]


def format_claims(
    claims: list[Claim], fmt: str = "table", *, max_width: int | None = None, lang: str | None = None,
) -> str:
    """``claims`` as a table fitted to ``max_width`` columns, CSV or JSON, in ``lang``.

    CSV and JSON keep the codes (qualifier, status) and add their labels in
    ``qualifier_label`` and ``status_label``, plus ``troops_text``.
    """
    lang = lang or current()  # once, not for every cell
    if fmt in ("json", "csv"):
        records = [
            {**asdict(c), "qualifier_label": label(c.qualifier, lang),
             "status_label": label(c.status, lang) if c.status else None,
             "troops_text": c.troops_text(lang)}
            for c in claims
        ]
        if fmt == "json":
            return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
        out = io.StringIO()
        fields = [*Claim.__dataclass_fields__, "qualifier_label", "status_label", "troops_text"]
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow({k: "" if v is None else v for k, v in record.items()})
        return out.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}; choose table, csv or json")
    from .terminal import write_table

    out = io.StringIO()
    header = [t(f"col.{c}", lang) for c in COLUMNS]
    right = [c == "count" for c in COLUMNS]
    first = [c == "article" for c in COLUMNS]  # an identifier: narrowed before the rest
    keep = [c in ("date", "troops", "count") for c in COLUMNS]  # figures mean nothing cut
    words, the_article = label_words(lang), t("the_article", lang)
    write_table(header, (_cells(c, lang, words, the_article) for c in claims), out, max_width=max_width, right=right,
                first=first, keep=keep)
    if any(c.date_inferred for c in claims):
        out.write(t("claims.inferred", lang) + "\n")
    out.write(f"({t('claims.count', lang, n=len(claims))})\n")
    return out.getvalue()
