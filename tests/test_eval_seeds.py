"""`kg eval` on the seeds: the gold files agree with the texts, and quality never silently drops.

The bar is tests/gold/thresholds.json (minimum F1 per kind), raised by hand
as the extractors improve.
"""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import below_thresholds, check_against_text, evaluate, load_gold, load_thresholds

GOLD = Path(__file__).parent / "gold"


def test_every_seed_has_a_gold_file_whose_strings_are_in_its_text(seeds_dir):
    gold = load_gold(GOLD)  # also checks the structure of every file
    seeds = sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert sorted(gold) == seeds
    for article_id, article in gold.items():
        text = (seeds_dir / f"{article_id}.txt").read_text(encoding="utf-8")
        assert check_against_text(article, text) == [], article_id


def test_gold_files_keep_their_canonical_layout():
    for path in GOLD.glob("*.json"):
        raw = path.read_text(encoding="utf-8")
        assert raw == json.dumps(json.loads(raw), indent=2, ensure_ascii=False) + "\n", path.name


def test_seeds_quality_stays_above_the_bar(seeds_build):
    report = evaluate(seeds_build.dataset, load_gold(GOLD))
    assert report.absent == []
    failures = below_thresholds(report, load_thresholds(GOLD / "thresholds.json"))
    misses = "\n".join(f"{f.article} {f.kind} {f.status}: {f.description}" for f in report.findings)
    assert failures == [], "\n".join(failures) + "\n" + misses


def test_eval_command_scores_the_built_seeds(seeds_graph_path):
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--graph", str(seeds_graph_path),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data["scores"]) == {"entities", "statements", "deployments"}
    assert data["scores"]["entities"]["tp"] > 0
