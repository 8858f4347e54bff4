"""Speakers that are bodies or people the entity finders used to cut, mistype or miss (issue 14,
session 15, h12's C1/C2 groups): each test pins one construction of French news on a sentence
written for it."""
from __future__ import annotations

from kg.records import COUNTRY, ORGANIZATION, PERSON, PLACE

from conftest import entity_labelled as entity, extracted as run


def mentioned(rec, key, text):
    return [text[m.start:m.end] for m in rec.mentions if m.entity == key]


def speakers(rec, words):
    """Labels of the speakers of the statements quoting ``words``."""
    labels = {e.key: e.label for e in rec.entities}
    return {labels.get(s.speaker) for s in rec.statements if words in s.quote}


def test_a_name_after_a_title_whose_complement_names_a_body_is_a_person():
    # "auprès des Nations unies": the title's complement, though the tagger reads "auprès" as an
    # adverb and "unies" as a verb
    text = ("L'ancien ambassadeur sénégalais auprès des Nations unies, Dev Kalamoun-Sarr, estime que "
            "le pays est « en position de force ».")
    rec = run(text)
    assert entity(rec, "Dev Kalamoun-Sarr").kind == PERSON
    assert speakers(rec, "en position de force") == {"Dev Kalamoun-Sarr"}


def test_an_acronym_of_the_english_name_in_brackets_is_an_alias():
    # the English name puts the adjective first: "National Assembly", "Electoral Commission"
    text = "L'Assemblée nationale (NA) a adopté le texte mardi. La NA siégera de nouveau jeudi."
    rec = run(text)
    body = entity(rec, "Assemblée nationale")
    assert body is not None and "NA" in body.aliases
    assert entity(rec, "NA") is None
    assert mentioned(rec, body.key, text) == ["Assemblée nationale", "NA", "NA"]
