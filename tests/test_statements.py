"""Reported speech patterns, each pinned on French sentences written for the test.

Speakers are checked by their entity's label and kind, not by key, so the
tests hold whatever keys the entity extractor chooses.
"""
from __future__ import annotations

import pytest

from kg.records import COUNTRY, DIRECT_QUOTE, INDIRECT_SPEECH, ORGANIZATION, PARTIAL_QUOTE, PERSON

from conftest import extracted

NBSP = "\u00a0"


def said(text: str) -> list[dict]:
    """The statements of ``text``, with their speaker's label and kind."""
    records = extracted(text)
    entities = {e.key: e for e in records.entities}
    out = []
    for s in records.statements:
        assert s.speaker, "nkg:speaker is never empty"
        assert text[s.start : s.end] == s.quote, "the quote is the article's exact characters"
        out.append(
            dict(
                who=entities[s.speaker].label,
                speaker_kind=entities[s.speaker].kind,
                kind=s.kind,
                quote=s.quote,
                verb=s.verb,
                role=s.speaker_role,
                evidence=s.evidence,
            )
        )
    return out


def only(statements: list[dict], kind: str) -> list[dict]:
    return [s for s in statements if s["kind"] == kind]


# Quotation marks ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "opening, closing",
    [("«" + NBSP, NBSP + "»"), ("«", "»"), ("« ", " »"), ("“", "”"), ('"', '"'), ("‹", "›")],
)
def test_direct_quote_in_every_kind_of_quotation_marks(opening, closing):
    text = f"{opening}Nous ne céderons jamais devant la menace{closing}, a déclaré Emmanuel Macron."
    [s] = said(text)
    assert s["kind"] == DIRECT_QUOTE
    assert s["quote"] == "Nous ne céderons jamais devant la menace"
    assert "Macron" in s["who"] and s["speaker_kind"] == PERSON
    assert s["verb"] == "déclarer"


def test_quote_closed_by_a_stray_opening_guillemet_is_one_quote():
    text = "« Nous devons arrêter ensemble la Russie et ses alliés« , a noté Olaf Scholz mardi soir."
    [s] = said(text)
    assert s["quote"] == "Nous devons arrêter ensemble la Russie et ses alliés"
    assert "Scholz" in s["who"] and s["verb"] == "noter"


def test_long_quote_over_several_sentences_is_one_statement():
    text = ("« La situation est grave. Nous le savons tous. Il faut agir maintenant. », "
            "a averti Olaf Scholz.")
    [s] = said(text)
    assert s["quote"].startswith("La situation est grave.") and s["quote"].endswith("maintenant.")
    assert s["kind"] == DIRECT_QUOTE and s["verb"] == "avertir"


# Attribution patterns ----------------------------------------------------------------
def test_inverted_attribution_with_adverb_after_the_quote():
    [s] = said("« Il est clair que la pression ne suffit pas », a également déclaré Emmanuel Macron.")
    assert "Macron" in s["who"] and s["verb"] == "déclarer"


def test_attribution_before_the_quote_with_a_colon():
    [s] = said(f"Olaf Scholz a déclaré{NBSP}: «{NBSP}Nous soutiendrons l'Ukraine aussi longtemps qu'il le faudra{NBSP}».")
    assert s["kind"] == DIRECT_QUOTE and "Scholz" in s["who"] and s["verb"] == "déclarer"
    assert s["quote"] == "Nous soutiendrons l'Ukraine aussi longtemps qu'il le faudra"


def test_incise_inside_the_quote_keeps_the_whole_quote_for_the_named_speaker():
    text = "« Nous ne céderons pas, a déclaré Emmanuel Macron, car la France est forte. »"
    quotes = said(text)
    assert [s["quote"] for s in quotes] == ["Nous ne céderons pas, a déclaré Emmanuel Macron, car la France est forte."]
    assert all("Macron" in s["who"] and s["kind"] == DIRECT_QUOTE for s in quotes)


def test_dash_line_under_an_unquoted_block_quotation():
    text = ("Le ministre a parlé devant la presse.\n\n"
            "Je leur demande de retirer leurs troupes immédiatement\n\n"
            "– Olaf Scholz, chancelier allemand\n\n"
            "La réunion a duré deux heures.")
    [s] = said(text)
    assert s["kind"] == DIRECT_QUOTE and "Scholz" in s["who"]
    assert s["quote"] == "Je leur demande de retirer leurs troupes immédiatement"


def test_dash_line_under_a_quoted_line():
    text = "« Nous défendrons chaque mètre de notre territoire. »\n– Emmanuel Macron\n"
    [s] = said(text)
    assert s["quote"] == "Nous défendrons chaque mètre de notre territoire." and "Macron" in s["who"]


def test_selon_before_a_quote_and_selon_after_a_clause():
    direct = said("Selon Olaf Scholz, « l'Europe doit se réarmer sans attendre ».")
    assert [(s["kind"], "Scholz" in s["who"]) for s in direct] == [(DIRECT_QUOTE, True)]
    indirect = said("Près de 10 000 soldats sont déjà arrivés en Russie, selon le Pentagone.")
    [s] = indirect
    assert s["kind"] == INDIRECT_SPEECH and s["speaker_kind"] == ORGANIZATION
    assert s["quote"] == "Près de 10 000 soldats sont déjà arrivés en Russie"


def test_d_apres_introduces_a_source():
    [s] = said("D'après le Pentagone, les troupes se dirigent vers la frontière ukrainienne.")
    assert s["kind"] == INDIRECT_SPEECH and s["quote"].startswith("les troupes se dirigent")


def test_inverted_reporting_clause_without_quotes():
    [s] = said("Des milliers de soldats ont été déplacés vers la frontière, ont annoncé jeudi des responsables américains.")
    assert s["kind"] == INDIRECT_SPEECH and s["speaker_kind"] == COUNTRY and s["verb"] == "annoncer"
    assert s["quote"] == "Des milliers de soldats ont été déplacés vers la frontière"


# Continuations and pronouns -----------------------------------------------------------
def test_next_quotation_marks_without_attribution_keep_the_speaker():
    text = "« Ne vous y trompez pas », a déclaré Olaf Scholz. « Ces troupes deviendront des cibles légitimes. »"
    quotes = said(text)
    assert [s["quote"] for s in quotes] == ["Ne vous y trompez pas", "Ces troupes deviendront des cibles légitimes."]
    assert all("Scholz" in s["who"] for s in quotes)


def test_quote_going_on_in_the_next_paragraph_keeps_the_speaker():
    text = ("« Nous n'avons pas encore vu ces troupes au combat », a déclaré Emmanuel Macron.\n\n"
            "« Mais nous nous attendons à ce que cela se produise dans les prochains jours. »\n")
    quotes = said(text)
    assert len(quotes) == 2 and all("Macron" in s["who"] for s in quotes)


def test_pronoun_resolves_to_the_most_recent_speaker():
    text = ("« L'Europe doit se réarmer », a affirmé Olaf Scholz.\n"
            "« Le temps presse », a-t-il ajouté.")
    quotes = said(text)
    assert [("Scholz" in s["who"], s["verb"]) for s in quotes] == [(True, "affirmer"), (True, "ajouter")]


def test_feminine_pronoun_skips_a_masculine_speaker():
    text = ("La ministre allemande, Annalena Baerbock, a averti : « Nous ne laisserons pas faire. »\n"
            "« Nous sommes prêts », a répondu le chancelier Olaf Scholz.\n"
            "« Ce n'est qu'un début », a-t-elle souligné.")
    last = said(text)[-1]
    assert last["quote"] == "Ce n'est qu'un début" and "Baerbock" in last["who"]


# Speakers that are not named people ---------------------------------------------------
def test_spokesperson_speaks_for_the_organisation_with_the_role_kept():
    [s] = said("Un porte-parole de la Maison Blanche a déclaré que ces troupes seraient des cibles légitimes.")
    assert s["speaker_kind"] == ORGANIZATION and "Maison Blanche" in s["who"]
    assert s["role"] == "porte-parole" and s["kind"] == INDIRECT_SPEECH
    assert s["quote"] == "ces troupes seraient des cibles légitimes"


def test_country_speaks_through_its_name_and_its_demonym():
    [s] = said("Les États-Unis ont déclaré mercredi que 3 000 soldats avaient été envoyés en Russie.")
    assert s["speaker_kind"] == COUNTRY and s["quote"] == "3 000 soldats avaient été envoyés en Russie"
    [t] = said("Selon des sources sud-coréennes, jusqu'à 12 000 soldats pourraient être déployés d'ici décembre.")
    assert t["speaker_kind"] == COUNTRY and t["quote"].startswith("jusqu'à 12 000 soldats")


def test_unnamed_speaker_makes_no_statement():
    assert said("Un responsable a déclaré que la situation était grave.") == []


# Indirect and partial speech -----------------------------------------------------------
def test_indirect_speech_with_an_object():
    [s] = said("Le chancelier Olaf Scholz a confirmé l'arrivée de ces troupes.")
    assert s["kind"] == INDIRECT_SPEECH and s["quote"] == "l'arrivée de ces troupes" and s["verb"] == "confirmer"


def test_indirect_speech_with_an_infinitive_leaves_the_addressee_out():
    [s] = said("Emmanuel Macron a demandé à ses alliés de prendre des mesures concrètes et urgentes.")
    assert s["quote"] == "prendre des mesures concrètes et urgentes" and s["verb"] == "demander"


def test_participial_reporting_verb_speaks_for_the_main_subject():
    statements = said("Olaf Scholz a confirmé l'arrivée de ces troupes, indiquant que leur rôle restait à déterminer.")
    assert [(s["quote"], s["verb"]) for s in statements] == [
        ("l'arrivée de ces troupes", "confirmer"),
        ("leur rôle restait à déterminer", "indiquer"),
    ]
    assert all("Scholz" in s["who"] for s in statements)


def test_coordinated_speakers_each_get_the_statement():
    statements = said("Les États-Unis et la Corée du Sud ont promis de continuer à travailler ensemble.")
    assert len(statements) == 2 and {s["speaker_kind"] for s in statements} == {COUNTRY}
    assert len({s["who"] for s in statements}) == 2


def test_partial_quote_inside_reported_speech_gets_the_reporting_speaker():
    statements = said("Le président Emmanuel Macron a souligné que les « tyrans » devront faire face à des conséquences.")
    [partial] = only(statements, PARTIAL_QUOTE)
    [indirect] = only(statements, INDIRECT_SPEECH)
    assert partial["quote"] == "tyrans" and "Macron" in partial["who"] and partial["verb"] == "souligner"
    assert indirect["quote"] == "les « tyrans » devront faire face à des conséquences"


def test_partial_quote_before_an_inverted_attribution():
    statements = said("Des soldats devraient entrer au combat « dans les prochains jours », a déclaré Olaf Scholz.")
    assert {s["kind"] for s in statements} == {PARTIAL_QUOTE, INDIRECT_SPEECH}
    assert only(statements, PARTIAL_QUOTE)[0]["quote"] == "dans les prochains jours"


# What is not a statement ---------------------------------------------------------------
def test_scare_quotes_and_quoted_headings_without_a_speaker_are_not_statements():
    text = ("« Escalade majeure »\n"
            "Les soldats sont présentés comme des « héros » dans la presse locale.\n")
    assert said(text) == []


def test_negated_reporting_verb_is_not_a_statement():
    assert said("Ni Pyongyang ni Moscou n'ont confirmé la présence de ces soldats.") == []


def test_passive_accusation_without_accuser_is_not_a_statement():
    assert said("La Chine est accusée d'aider Moscou à contourner les sanctions.") == []


def test_a_line_without_final_punctuation_is_its_own_sentence():
    """Headlines and signature lines must not be parsed into the next sentence."""
    from kg.nlp import load_nlp

    doc = load_nlp()("Washington et Séoul appellent Pyongyang à retirer ses troupes\n\nMercredi, le ministre a parlé. Il a dit non.")
    assert [s.text.strip() for s in doc.sents] == [
        "Washington et Séoul appellent Pyongyang à retirer ses troupes",
        "Mercredi, le ministre a parlé.",
        "Il a dit non.",
    ]


def test_subject_in_apposition_before_a_verb_with_a_que_clause_is_not_an_inversion():
    text = ("La ministre allemande des Affaires étrangères, Annalena Baerbock, a indiqué mardi "
            "que l'Allemagne livrerait de nouveaux systèmes de défense aérienne. « Nous tiendrons "
            "parole », a-t-elle ajouté.")
    (indirect,) = only(said(text), INDIRECT_SPEECH)
    assert indirect["who"] == "Annalena Baerbock"
    assert indirect["quote"].startswith("l'Allemagne livrerait")
    (direct,) = only(said(text), DIRECT_QUOTE)
    assert direct["who"] == "Annalena Baerbock"
