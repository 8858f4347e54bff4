"""Which precision filter of kg.extract.entities removes what (issue 15).

For every article of the given paths, the NER spans that a filter drops are
counted by filter; with --gold, each dropped text is also checked against the
gold names and aliases of its article, so a filter that removes real entities
shows up ("wrongly" column). Prints one table, then the dropped texts.

    .venv/bin/python benchmarks/entity_filters.py tests/corpus/dev --gold tests/corpus-gold/dev
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from kg.evaluate import load_gold, name_key
from kg.extract.entities import NER_FILTERS, ner_rejections
from kg.nlp import load_nlp
from kg.pipeline import prepare
from kg.reading import InputError, read_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="article files or folders (.txt, .jsonl)")
    parser.add_argument("--gold", help="gold folder: count dropped texts that gold lists as entities")
    args = parser.parse_args()
    gold = load_gold(args.gold) if args.gold else {}
    articles = [a for a in read_articles(args.paths) if not isinstance(a, InputError)]
    nlp = load_nlp()
    removed: Counter[str] = Counter()
    wrongly: Counter[str] = Counter()
    texts: dict[str, list[str]] = defaultdict(list)
    for article, doc in zip(articles, nlp.pipe(prepare(a) for a in articles)):
        names = set()
        if article.id in gold:
            for e in gold[article.id].entities:
                names |= {name_key(e.name), *(name_key(a) for a in e.aliases)}
        for name, text in ner_rejections(doc):
            removed[name] += 1
            wrong = name_key(text) in names
            wrongly[name] += wrong
            texts[name].append(text + (" (gold entity)" if wrong else ""))
    print(f"{len(articles)} articles")
    print(f"{'filter':<20} {'removed':>8} {'wrongly':>8}")
    for name, _ in NER_FILTERS:
        print(f"{name:<20} {removed[name]:>8} {wrongly[name] if gold else '-':>8}")
    for name, _ in NER_FILTERS:
        if texts[name]:
            print(f"\n{name}: " + ", ".join(sorted(set(texts[name]))))


if __name__ == "__main__":
    main()
