"""The language check: French prose passes, other languages do not, and it stays cheap."""
import subprocess
import sys

from kg.language import looks_french, stop_words


def test_shipped_stop_words_are_spacys_french_stop_words():
    from spacy.lang.fr.stop_words import STOP_WORDS

    assert stop_words() == frozenset(STOP_WORDS)


def test_french_prose_passes_and_english_prose_does_not():
    assert looks_french("Le ministre a déclaré mercredi que les soldats étaient arrivés dans la ville.")
    assert not looks_french("The minister said on Wednesday that the soldiers had arrived in the city.")


def test_reading_an_article_does_not_import_spacy():
    code = (
        "import sys; from kg.reading import read_articles; "
        "list(read_articles(['seeds/'])); print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
