"""The claims table: every troop deployment claim of the graph, side by side.

The seeds disagree on how many soldiers went where; this table puts each
source's figure next to the others, by date then article then position, so a
reader sees how the estimates differ and change. The rows come from the
canned query ``kg/queries/deployment-claims.rq`` (also runnable as
``kg query deployment-claims``), so the table and the query never disagree.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass

from .query import run_canned

QUERY = "deployment-claims"
COLUMNS = ("date", "article", "troops", "qualifier", "route", "status", "claimant")


@dataclass(frozen=True)
class Claim:
    """One row of the claims table, in plain Python values."""

    date: str | None  # ISO date of the claim (or of its article), if known
    article: str
    troops_min: int | None
    troops_max: int | None
    qualifier: str
    origin: str | None  # labels, not keys: this is for people to read
    destination: str | None
    place: str | None
    status: str | None
    claimant: str | None  # None: the article's own voice
    start: int
    evidence: str

    @property
    def troops(self) -> str:
        """The count range as people write it.

        >>> Claim(None, "a", None, 3000, "UpTo", None, None, None, None, None, 0, "").troops
        'jusqu’à 3 000'
        """
        low, high = _figure(self.troops_min), _figure(self.troops_max)
        if self.qualifier == "Vague" or (low is None and high is None):
            return "(vague)"
        if self.qualifier == "UpTo" or low is None:
            return f"jusqu’à {high}"
        if self.qualifier == "AtLeast" or high is None:
            return f"au moins {low}"
        if low != high:
            return f"{low}–{high}"
        return f"environ {low}" if self.qualifier == "About" else low

    @property
    def route(self) -> str:
        """ "Corée du Nord → Russie / Koursk"; "?" for a side the article does not give."""
        route = f"{self.origin or '?'} → {self.destination or '?'}"
        return f"{route} / {self.place}" if self.place else route


def _figure(n: int | None) -> str | None:
    return None if n is None else f"{n:,}".replace(",", " ")


def claims_table(source) -> list[Claim]:
    """Every deployment claim of ``source`` (a store or dataset), ordered by date, article, then offset."""
    result = run_canned(source, QUERY)
    claims = []
    for v in result.rows:
        claims.append(
            Claim(
                date=str(v["date"]) if v.get("date") is not None else None,
                article=v["article"],
                troops_min=v.get("troopsMin"),
                troops_max=v.get("troopsMax"),
                qualifier=v["qualifier"],
                origin=v.get("originLabel"),
                destination=v.get("destinationLabel"),
                place=v.get("placeLabel"),
                status=v.get("status"),
                claimant=v.get("claimantLabel"),
                start=int(v["start"]),
                evidence=v.get("evidence") or "",
            )
        )
    return claims


def _cells(claim: Claim) -> list[str]:
    return [
        claim.date or "",
        claim.article,
        claim.troops,
        claim.qualifier,
        claim.route,
        claim.status or "",
        claim.claimant or "(the article)",
    ]


def format_claims(claims: list[Claim], fmt: str = "table") -> str:
    """``claims`` as an aligned table, CSV (the table's columns plus the raw fields) or JSON."""
    if fmt == "json":
        return json.dumps([asdict(c) for c in claims], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        fields = list(Claim.__dataclass_fields__)
        writer.writerow(fields)
        for claim in claims:
            writer.writerow(["" if getattr(claim, f) is None else getattr(claim, f) for f in fields])
        return out.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}; choose table, csv or json")
    rows = [list(COLUMNS)] + [_cells(c) for c in claims]
    sizes = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell.ljust(size) for cell, size in zip(r, sizes)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * s for s in sizes))
    count = len(claims)
    lines.append(f"({count} claim{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"
