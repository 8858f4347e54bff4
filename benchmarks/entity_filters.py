"""Which precision filter of kg.extract.entities removes what (issue 15).

For every article of the given paths, the NER spans that a filter drops are
counted by filter; with --gold, each dropped text is also checked against the
gold names and aliases of its article ("gold" column) and against what the
whole extraction still finds there, since another finder (a pattern, the
gazetteer) often recovers the name a filter dropped from the model's spans: a
gold entity dropped and not recovered is counted "lost". Prints one table,
then the dropped texts.

    .venv/bin/python benchmarks/entity_filters.py tests/corpus/dev --gold tests/corpus-gold/dev
    .venv/bin/python benchmarks/entity_filters.py seeds tests/corpus --gold tests/gold \
        --gold tests/corpus-gold/dev --gold tests/corpus-gold/heldback …
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from kg.evaluate import load_gold, name_key
from kg.extract.entities import NER_FILTERS, ner_rejections
from kg.nlp import load_nlp
from kg.pipeline import extract, prepare
from kg.reading import InputError, read_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="article files or folders (.txt, .jsonl)")
    parser.add_argument("--gold", action="append", default=[],
                        help="gold folder: count dropped texts that gold lists as entities (repeat for several)")
    args = parser.parse_args()
    gold = {k: v for folder in args.gold for k, v in load_gold(folder).items()}
    articles = [a for a in read_articles(args.paths) if not isinstance(a, InputError)]
    nlp = load_nlp()
    removed: Counter[str] = Counter()
    wrongly: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    texts: dict[str, list[str]] = defaultdict(list)
    for article, doc in zip(articles, nlp.pipe(prepare(a) for a in articles)):
        names: dict[str, set[str]] = {}  # every gold name or alias -> all names of its entity
        if article.id in gold:
            for e in gold[article.id].entities:
                keys = {name_key(e.name), *(name_key(a) for a in e.aliases)}
                for k in keys:
                    names.setdefault(k, set()).update(keys)
        rejections = ner_rejections(doc)
        kept = set()
        if names and rejections:
            for e in extract(article).entities:
                kept |= {name_key(e.label), *(name_key(a) for a in e.aliases)}
        for name, text in rejections:
            removed[name] += 1
            wrong = name_key(text) in names
            wrongly[name] += wrong
            missing = wrong and not names[name_key(text)] & kept
            lost[name] += missing
            texts[name].append(text + (" (gold entity, lost)" if missing else " (gold entity)" if wrong else ""))
    print(f"{len(articles)} articles")
    print(f"{'filter':<20} {'removed':>8} {'gold':>8} {'lost':>8}")
    for name, _ in NER_FILTERS:
        print(f"{name:<20} {removed[name]:>8} {wrongly[name] if gold else '-':>8} {lost[name] if gold else '-':>8}")
    for name, _ in NER_FILTERS:
        if texts[name]:
            print(f"\n{name}: " + ", ".join(sorted(set(texts[name]))))


if __name__ == "__main__":
    main()
