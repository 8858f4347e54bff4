"""The French tokenizer's ``token_match``, factored so it compiles in a fraction of a second
(:mod:`kg.token_match`), keeps every word it matched, and matches no other."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import srsly
from spacy.util import get_package_path

from kg.nlp import MODEL, load_nlp
from kg.reading import read_articles
from kg.token_match import MIN_LENGTH, factored, fast_token_match

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def spacys_pattern() -> str:
    """The pattern the model's tokenizer was saved with (what spaCy compiles when it loads it)."""
    folder = get_package_path(MODEL)
    [tokenizer] = folder.glob("*/tokenizer")
    return srsly.msgpack_loads(tokenizer.read_bytes())["token_match"]


def _words() -> set[str]:
    """Hyphenated and elided French words (spaCy's long exception list), every word of the
    seeds and test corpora, and variants of each: case, a trailing newline ("$" matches
    before one), a letter more or less, other dashes; then compounds of the exception
    list's first halves ("anti", "franco", "après") with words and linking words
    ("anti-guerre", "saut-de-ski"), the shapes the pattern keeps whole."""
    from spacy.lang.fr._tokenizer_exceptions_list import FR_BASE_EXCEPTIONS

    words = set(FR_BASE_EXCEPTIONS)
    for article in read_articles([ROOT / "seeds", ROOT / "tests" / "corpus"]):
        words.update(getattr(article, "text", "").split())
    variants = set()
    for word in words:
        variants.update({
            word.upper(), word.lower(), word.title(), word + "\n", word + "s", word[:-1],
            "-" + word, word.replace("-", "—"), word.replace("'", "’"), word.replace("-", " "),
        })
    firsts = {word.split("-")[0] for word in FR_BASE_EXCEPTIONS if "-" in word}
    seconds = ["guerre", "Américain", "l'homme", "de-ski", "en-l'air", "la-ville", "Sur-Mer", "ami",
               "x", "é", "État-major", "’est"]
    compounds = {f"{first}{dash}{second}" for first in firsts for second in seconds
                 for dash in ("-", "‑", "'")}
    return words | variants | compounds


def test_the_factored_pattern_matches_exactly_the_words_spacys_matches(spacys_pattern):
    simpler = factored(spacys_pattern)
    assert simpler is not None and len(simpler) < len(spacys_pattern) / 20
    theirs, ours = re.compile(spacys_pattern), re.compile(simpler)
    words = _words()
    matched = {word for word in words if theirs.match(word)}
    assert len(matched) > 5_000 and len(words) > 200_000  # many words it keeps whole, and others
    assert {word for word in words if ours.match(word)} == matched


def test_the_loaded_tokenizer_uses_the_factored_pattern(spacys_pattern):
    assert load_nlp().tokenizer.token_match.__self__.pattern == factored(spacys_pattern)


def test_a_long_pattern_of_another_shape_is_compiled_as_it_is():
    other = "(?iu)" + "a" * MIN_LENGTH
    with fast_token_match():
        assert re.compile(other).pattern == other
    assert re.compile.__module__ == "re"  # put back after the block
