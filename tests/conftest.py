"""Shared fixtures: the seeds are built once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """Tests read newskg's English output unless they choose a language (kg.i18n)."""
    from kg.i18n import set_lang

    monkeypatch.setenv("KG_LANG", "en")
    set_lang(None)
    yield
    set_lang(None)
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """The result of ``kg.build.build`` on ``seeds/``, written to a temporary folder."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seeds-build")
    result = build([SEEDS], out, keep_records=True)
    result.out_dir = out
    return result


@pytest.fixture(scope="session")
def seeds_records(seeds_build):
    """Extracted records of the seeds, by article id (before resolution)."""
    return {r.article.id: r for r in seeds_build.records}


@pytest.fixture(scope="session")
def graph_file(tmp_path_factory) -> str:
    """The small hand-written corpus of tests/small_graph.py as a TriG file: the graph the
    command-line tests read (they never write to it)."""
    from kg.export import export
    from small_graph import small_dataset

    path = tmp_path_factory.mktemp("small") / "graph.trig"
    export(small_dataset(), path)
    return str(path)


@pytest.fixture(scope="session")
def seeds_graph_path(seeds_build) -> Path:
    """Path to the seeds' built TriG dataset."""
    return seeds_build.out_dir / "graph.trig"


# --- helpers shared by the extraction tests (import them: `from conftest import extracted`) ---

def extracted(text: str, **meta):
    """Everything extracted from ``text`` as one article, read as ``kg build`` reads a file
    (:func:`kg.reading.make_article`: with no ``date`` in ``meta``, the date its text gives)."""
    from kg.pipeline import extract
    from kg.reading import make_article

    return extract(make_article(id="t", text=text, source="test", **meta))


def entity_labels(records, kind: str | None = None) -> set[str]:
    """The labels of the entities of ``records`` (of one ``kind`` when given)."""
    return {e.label for e in records.entities if kind is None or e.kind == kind}


def entity_labelled(records, label: str):
    """The entity of ``records`` labelled ``label``, or None."""
    return next((e for e in records.entities if e.label == label), None)


def found(text: str) -> list[tuple]:
    """``[(min, max, origin, destination, claimant)]`` of the troop figures of ``text`` as one article."""
    return [(d.troops_min, d.troops_max, d.origin, d.destination, d.claimant)
            for d in extracted(text).deployments]


def claimants(text: str) -> list[str | None]:
    """Who claims each troop figure of ``text``, in text order."""
    return [d.claimant for d in extracted(text).deployments]


def said(text: str) -> list[tuple[str, str, str]]:
    """``(speaker label, kind, quote)`` for every statement of ``text``; each quote must be
    the article's exact characters."""
    records = extracted(text)
    labels = {e.key: e.label for e in records.entities}
    out = []
    for s in records.statements:
        assert text[s.start:s.end] == s.quote
        out.append((labels[s.speaker], s.kind, s.quote))
    return out


def speaker_of(statements, quote: str, kind: str | None = None) -> set[str]:
    """The speakers :func:`said` gives ``quote`` (as ``kind`` when given)."""
    return {who for who, k, q in statements if q == quote and (kind is None or k == kind)}
