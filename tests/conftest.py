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
def seeds_graph_path(seeds_build) -> Path:
    """Path to the seeds' built TriG dataset."""
    return seeds_build.out_dir / "graph.trig"
