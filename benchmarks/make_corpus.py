"""Generate a large French corpus for benchmarks by recombining the seed sentences.

The articles are NOT real news: each one is a random selection (fixed
random seed, so runs are reproducible) of 8 to 20 sentences taken from the
five seed articles, in random order, with a unique id, a date and an outlet.
They have the length, vocabulary and density of entities, quotes and troop
counts of real articles, which is what throughput and memory depend on;
their facts mean nothing. Written as JSON Lines shards of 1 000 articles,
so a build streams them like a real corpus.

    .venv/bin/python benchmarks/make_corpus.py 10000 /tmp/corpus-10k
"""
from __future__ import annotations

import argparse
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARD = 1000
OUTLETS = ("Journal A", "Journal B", "Agence C", "Radio D")


def seed_sentences(seeds: Path = SEEDS) -> list[str]:
    """The sentences of the seed articles (at least 40 characters: no page chrome)."""
    from kg.chrome import chrome_spans
    from kg.text import clean_text

    sentences = []
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        text = clean_text(text, chrome_spans(text))
        for paragraph in text.splitlines():
            for sentence in re.split(r"(?<=[.!?»])\s+(?=[A-ZÉÀ«])", paragraph.strip()):
                if len(sentence) >= 40:
                    sentences.append(sentence.strip())
    return sentences


def make_corpus(count: int, out: Path, *, seed: int = 7) -> list[Path]:
    """Write ``count`` generated articles to ``out/part-NNNN.jsonl``; the files."""
    rng = random.Random(seed)
    sentences = seed_sentences()
    out.mkdir(parents=True, exist_ok=True)
    files = []
    start = date(2024, 1, 1)
    for first in range(0, count, SHARD):
        path = out / f"part-{first // SHARD:04d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for number in range(first, min(count, first + SHARD)):
                picked = rng.sample(sentences, rng.randint(8, min(20, len(sentences))))
                paragraphs = ["\n\n".join(picked[i:i + 3]) for i in range(0, len(picked), 3)]
                record = {
                    "id": f"gen-{number:06d}",
                    "title": picked[0][:90],
                    "text": "\n\n".join(paragraphs),
                    "date": (start + timedelta(days=number % 365)).isoformat(),
                    "source": OUTLETS[number % len(OUTLETS)],
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        files.append(path)
    return files


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="folder to write the JSON Lines shards to")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args(argv)
    files = make_corpus(args.count, args.out, seed=args.seed)
    print(f"wrote {args.count} generated articles in {len(files)} files under {args.out}")


if __name__ == "__main__":
    main()
