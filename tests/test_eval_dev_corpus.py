"""`kg eval` on the development corpus, all of it: who said what, actors and troop figures hold beyond the seeds.

The corpus is thirteen sets of fictional articles in the styles of many French
outlets, each with its gold and its own bars:

* ``dev`` (tests/corpus/dev, gold tests/corpus-gold/dev): the extractors were tuned on it;
* ``heldback`` and ``heldback2`` (tests/corpus/<set>, gold tests/corpus-gold/<set>):
  written apart and scored once before any change for them (their first
  scores are in tests/corpus/<set>/FIRST-SCORE.md), tuned on since;
* ``heldback3``: written apart in session 5 and scored once at its end (its
  FIRST-SCORE.md); tuned on since session 6, like the others;
* ``heldback4``: written apart in session 6 and scored once at its end (its
  FIRST-SCORE.md); tuned on since session 7;
* ``heldback5``: written apart in session 7 and scored once at its end (its
  FIRST-SCORE.md); tuned on since session 8;
* ``heldback6``: written apart in session 8 and scored once at its end (its
  FIRST-SCORE.md); tuned on since session 9;
* ``heldback7``: written apart in session 9 and scored once at its end (its
  FIRST-SCORE.md); tuned on since session 10;
* ``heldback8``: written apart in session 10 and scored once at its end (its
  FIRST-SCORE.md); tuned on since session 11;
* ``heldback9``: written apart in session 11 and scored once at its end (its
  FIRST-SCORE.md); tuned on since session 12;
* ``heldback10``: written apart in session 12 and scored once at its end (its
  FIRST-SCORE.md); tuned on since session 13;
* ``heldback11``: written apart in session 13 and scored once at its end (its
  FIRST-SCORE.md); tuned on since session 14;
* ``heldback12``: written apart in session 14 and scored once at its end (its
  FIRST-SCORE.md); tuned on since the end of session 14.

Each set's bars are tests/corpus-gold/<set>/thresholds.json, set a little
under the figures measured when they were last raised. All sets
were tuned on, so their figures are upper bounds, not estimates for unseen news. Each
set is built once for the module (the build fixture is module-scoped and
parametrised, so pytest runs every test of one set before building the next).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import below_thresholds, check_against_text, evaluate, load_gold, load_thresholds

ROOT = Path(__file__).parent
SETS = ("dev", "heldback", "heldback2", "heldback3", "heldback4", "heldback5", "heldback6", "heldback7", "heldback8", "heldback9",
        "heldback10", "heldback11", "heldback12")

#: The figures of issue 14 (who said what) every set's thresholds.json pins.
STATEMENT_BARS = ("direct_quotes", "partial_quotes", "indirect_speech", "quote_precision")
#: The figures of issue 15 (actors and troop figures) every set's thresholds.json pins.
ACTOR_BARS = ("entities.precision", "entities.recall", "entities.one_node", "deployments.figures_found",
              "deployments.figures_precision", "deployments.claimant", "deployments.origin",
              "deployments.destination")


def _corpus(name: str) -> Path:
    return ROOT / "corpus" / name


def _gold(name: str) -> Path:
    return ROOT / "corpus-gold" / name


def _articles(name: str) -> dict[str, str]:
    texts = {}
    for path in sorted(_corpus(name).glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                data = json.loads(line)
                texts[data["id"]] = data["text"]
    return texts


@pytest.fixture(scope="module", params=SETS)
def corpus_report(request, tmp_path_factory):
    """The set's name and the `kg eval` report of its build (one build per set)."""
    from kg.build import build

    name = request.param
    result = build([_corpus(name)], tmp_path_factory.mktemp(f"{name}-build"), files=False)
    return name, evaluate(result.dataset, load_gold(_gold(name)))


def _bars(name: str, keys: tuple[str, ...], others: bool = False) -> dict[str, float]:
    """The set's bars for ``keys`` (each must be pinned), and with ``others`` any bar not of :data:`ACTOR_BARS`."""
    bars = load_thresholds(_gold(name) / "thresholds.json")
    assert set(keys) <= set(bars), f"{name}: thresholds.json must pin {sorted(set(keys) - set(bars))}"
    return {k: v for k, v in bars.items() if k in keys or (others and k not in ACTOR_BARS)}


def _misses(report, kinds: tuple[str, ...]) -> str:
    return "\n".join(f"{f.article} {f.kind} {f.status}: {f.description}" for f in report.findings if f.kind in kinds)


@pytest.mark.parametrize("name", SETS)
def test_every_article_of_the_set_has_gold_whose_strings_are_in_its_text(name):
    gold, texts = load_gold(_gold(name)), _articles(name)
    assert texts, f"{name}: no articles"
    assert sorted(gold) == sorted(texts)
    for article_id, article in gold.items():
        assert check_against_text(article, texts[article_id]) == [], article_id


def test_statement_quality_of_the_set_stays_above_its_bar(corpus_report):
    name, report = corpus_report
    assert report.absent == []
    failures = below_thresholds(report, _bars(name, STATEMENT_BARS, others=True))
    assert failures == [], f"{name}: " + "\n".join(failures) + "\n" + _misses(report, ("statement",))


def test_actor_and_troop_figure_quality_of_the_set_stays_above_its_bar(corpus_report):
    name, report = corpus_report
    failures = below_thresholds(report, _bars(name, ACTOR_BARS))
    assert failures == [], f"{name}: " + "\n".join(failures) + "\n" + _misses(report, ("entity", "deployment"))
