"""A home noun ("l'armée") is found however the article spells it (case, accents): the
finder looks its folded first word up among the article's words, not token by token."""
from kg.pipeline import extract
from kg.records import Article
from kg.text import fold, fold_word


def mentioned(text, key):
    rec = extract(Article(id="t", text=text, source="test"))
    return [m.text for m in rec.mentions if m.entity == key]


def test_the_army_is_found_written_capitalised_without_its_accent():
    assert mentioned("L'armée tchadienne a lancé une offensive dans le Tibesti. Deux jours plus tard, "
                     "l'Armee a démenti toute perte.", "org/armee-td") == ["armée tchadienne", "Armee"]


def test_each_spelling_of_the_army_is_a_mention_of_it():
    assert mentioned("L'armée tchadienne a lancé une offensive dans le Tibesti. Deux jours plus tard, "
                     "l'armée a démenti toute perte, et l'ARMÉE a promis un bilan.",
                     "org/armee-td") == ["armée tchadienne", "armée", "ARMÉE"]


def test_a_memoised_fold_of_a_word_is_its_fold():
    for word in ("Armée", "ARMÉE", "armee", "Séoul", "Œuvre", "l’État", "Straße"):
        assert fold_word(word) == fold(word)
    assert fold_word("Armée") == "armee"
