"""The HTML graph view in a real browser: headless Chromium, network blocked.

These tests need Debian's chromium (``apt-get install chromium``) and the
Playwright Python package (never ``playwright install``: we drive the system
browser). Without chromium they are skipped, unless the CI environment
variable is set, in which case they must run and a missing browser fails.
Screenshots are saved under tests/artifacts/ (git-ignored) for a human to look at.
"""
from __future__ import annotations

import json
import os
import random
import time
from datetime import date
from pathlib import Path

import pytest

from kg.mapping import to_dataset
from kg.records import Article, ArticleRecords, Deployment, Entity, Mention, Statement
from kg.store import load_dataset
from kg.view import graph_view, write_view
from test_view import DEPLOYMENT, QUOTE, STATEMENT, corpus_of, small_dataset

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
#: A generated graph of this many nodes must lay itself out within LARGE_BUDGET seconds.
LARGE_NODES = 2000
LARGE_BUDGET = 60


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but there is no chromium at {CHROMIUM}: apt-get install chromium")
        pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium, or set KG_CHROMIUM)")
    if os.environ.get("CI"):
        from playwright.sync_api import sync_playwright
    else:
        sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Page:
    """A page opened from a file with every non-file request blocked and recorded."""

    def __init__(self, browser, path: Path, width=1400, height=900):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        started = time.perf_counter()
        self.page.goto(path.resolve().as_uri())
        self.loaded = time.perf_counter() - started

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def wait_stable(self, timeout_s: float) -> float:
        """Seconds from opening the page until the layout stabilised and physics stopped."""
        started = time.perf_counter()
        self.page.wait_for_selector(
            "body[data-stabilized=true]", state="attached", timeout=timeout_s * 1000
        )
        return self.loaded + time.perf_counter() - started

    def eval(self, script, arg=None):
        return self.page.evaluate(script, arg)

    def counts(self) -> tuple[int, int]:
        return tuple(self.eval("[network.body.data.nodes.length, network.body.data.edges.length]"))

    def positions(self) -> dict:
        return self.eval("network.getPositions()")

    def hover(self, node_id: str) -> str:
        """Move the mouse onto ``node_id`` and return the tooltip's text."""
        x, y = self.eval(
            """(id) => {
                const p = network.canvasToDOM(network.getPositions([id])[id]);
                const box = document.getElementById("network").getBoundingClientRect();
                return [box.left + p.x, box.top + p.y];
            }""",
            node_id,
        )
        self.page.mouse.move(x - 30, y - 30)
        self.page.mouse.move(x, y, steps=5)
        tooltip = self.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
        return tooltip.inner_text()

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        self.page.screenshot(path=path)
        return path

    def close(self):
        self.context.close()


@pytest.fixture
def small_page(tmp_path):
    view = graph_view(small_dataset())
    path = write_view(view, tmp_path / "small.html")
    return view, path


def test_page_draws_the_graph_offline_and_shows_the_quote_on_hover(browser, small_page):
    view, path = small_page
    page = Page(browser, path)
    try:
        page.wait_stable(30)
        assert page.eval("typeof window.network === 'object' && window.network !== null")
        assert page.counts() == (len(view.nodes), len(view.edges))
        tooltip = page.hover(STATEMENT)
        assert QUOTE in tooltip
        assert "Jeanne Martin" in tooltip
        page.screenshot("view_small.png")
        assert page.eval("typeof window.pwned") == "undefined"
        assert page.errors == []
        assert page.requests == []
    finally:
        page.close()


def test_deployment_hover_shows_its_figures(browser, small_page):
    _, path = small_page
    page = Page(browser, path)
    try:
        page.wait_stable(30)
        assert "au moins 300 soldats" in page.hover(DEPLOYMENT)
    finally:
        page.close()


def test_layout_is_the_same_at_every_opening_and_stops_moving(browser, small_page):
    _, path = small_page
    layouts = []
    for _ in range(2):
        page = Page(browser, path)
        try:
            page.wait_stable(30)
            first = page.positions()
            page.page.wait_for_timeout(700)
            assert page.positions() == first  # physics stopped
            layouts.append(first)
        finally:
            page.close()
    assert layouts[0] == layouts[1]


def test_seeds_page_renders(browser, seeds_graph_path, tmp_path):
    view = graph_view(load_dataset(seeds_graph_path))
    path = write_view(view, tmp_path / "seeds.html")
    page = Page(browser, path)
    try:
        seconds = page.wait_stable(30)
        assert page.counts() == (len(view.nodes), len(view.edges))
        page.screenshot("view_seeds.png")
        assert page.errors == []
        assert page.requests == []
        _record("seeds", len(view.nodes), len(view.edges), path, seconds)
    finally:
        page.close()


def large_records(n_nodes: int = LARGE_NODES, seed: int = 0) -> list[ArticleRecords]:
    """Made-up records with ``n_nodes`` nodes in the proportions of a news corpus."""
    rng = random.Random(seed)
    n_countries, n_orgs, n_places, n_articles = 20, 30, 50, 100
    n_deployments = 300
    n_people = 300
    n_statements = n_nodes - n_countries - n_orgs - n_places - n_articles - n_deployments - n_people
    countries = [
        Entity(f"country/C{i:02d}", "Country", f"Pays {i}", wikidata=f"Q{i + 1}")
        for i in range(n_countries)
    ]
    orgs = [Entity(f"org/o{i}", "Organization", f"Organisation {i}") for i in range(n_orgs)]
    places = [
        Entity(f"place/p{i}", "Place", f"Lieu {i}", located_in=rng.choice(countries).key)
        for i in range(n_places)
    ]
    people = [
        Entity(
            f"person/p{i}",
            "Person",
            f"Personne {i}",
            roles=["porte-parole"],
            affiliations=[rng.choice(orgs).key],
        )
        for i in range(n_people)
    ]
    entities = countries + orgs + places + people
    records = [
        ArticleRecords(
            Article(f"art{i:03d}", "", f"art{i:03d}.txt", title=f"Article {i}", date=date(2024, 1, 1)),
            entities=list(entities) if i == 0 else [],
        )
        for i in range(n_articles)
    ]
    for i in range(n_statements):
        rec = records[i % n_articles]
        rec.statements.append(
            Statement(
                i,
                i + 1,
                rng.choice(people).key,
                f"Déclaration numéro {i} sur la situation",
                "DirectQuote",
                evidence="…",
                about=[rng.choice(countries).key],
            )
        )
    for i in range(n_deployments):
        rec = records[i % n_articles]
        rec.deployments.append(
            Deployment(
                100_000 + i,
                100_001 + i,
                "…",
                "About",
                troops_min=rng.randrange(100, 20000),
                origin=rng.choice(countries).key,
                destination=rng.choice(countries).key,
                place=rng.choice(places).key,
                claimant=rng.choice(people).key,
            )
        )
    for rec in records:
        rec.mentions = [Mention(0, 1, "x", e.key) for e in rng.sample(entities, 8)]
    return records


def test_large_graph_stabilises_in_bounded_time(browser, tmp_path):
    view = graph_view(to_dataset(corpus_of(large_records())))
    assert len(view.nodes) == LARGE_NODES
    path = write_view(view, tmp_path / "large.html")
    page = Page(browser, path)
    try:
        seconds = page.wait_stable(LARGE_BUDGET)
        assert seconds < LARGE_BUDGET
        assert page.counts() == (len(view.nodes), len(view.edges))
        first = page.positions()
        page.page.wait_for_timeout(1000)
        assert page.positions() == first  # the large graph does not keep moving
        page.screenshot("view_2000.png")
        assert page.errors == []
        assert page.requests == []
        _record("2000 nodes", len(view.nodes), len(view.edges), path, seconds)
    finally:
        page.close()


def _record(name: str, nodes: int, edges: int, path: Path, seconds: float) -> None:
    """Keep the measured render time and page size next to the screenshots."""
    ARTIFACTS.mkdir(exist_ok=True)
    log = ARTIFACTS / "view_timings.json"
    timings = json.loads(log.read_text()) if log.exists() else {}
    timings[name] = {
        "nodes": nodes,
        "edges": edges,
        "page_bytes": path.stat().st_size,
        "seconds_to_stable": round(seconds, 2),
    }
    log.write_text(json.dumps(timings, indent=2, sort_keys=True) + "\n")
