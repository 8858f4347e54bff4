"""Who said what, beyond the first constructions of issue 14 (second round, seen on the held-back sets).

Every sentence is invented for the test (fictional people). Speakers are
checked by their entity's label, so the tests hold whatever keys the entity
extractor chooses.
"""
from __future__ import annotations

from kg.records import DIRECT_QUOTE, INDIRECT_SPEECH, PARTIAL_QUOTE
from conftest import said, speaker_of


# Speakers ---------------------------------------------------------------------------
def test_inverted_role_with_a_lawyers_title_and_name_in_apposition_is_that_person():
    found = said("« Ces relevés sont faux », a soutenu son avocate, Me Claire Dufour.")
    assert speaker_of(found, "Ces relevés sont faux", DIRECT_QUOTE) == {"Claire Dufour"}


def test_civility_abbreviation_does_not_end_the_inverted_speaker():
    found = said("« Ces chiffres sont les vôtres », a raillé M. Tremblay-Ouellet devant les élus.")
    assert speaker_of(found, "Ces chiffres sont les vôtres", DIRECT_QUOTE) == {"Tremblay-Ouellet"}


def test_capitalised_demonym_noun_refers_back_to_the_person_named_before():
    found = said("Marc Dubois a fini troisième de l'étape. "
                 "« Je n'avais plus de jambes », a reconnu le Breton de l'équipe Arkéa.")
    assert speaker_of(found, "Je n'avais plus de jambes", DIRECT_QUOTE) == {"Marc Dubois"}


def test_player_described_by_position_and_nationality_is_not_the_country():
    found = said("Sione Taufa est sorti sur blessure. "
                 "« Je ne comprends pas », a glissé le troisième-ligne international tongien.")
    assert speaker_of(found, "Je ne comprends pas", DIRECT_QUOTE) == {"Sione Taufa"}


def test_demonym_before_a_full_name_keeps_the_name():
    found = said("« Nous avons gagné », a dit le Néerlandais Daan Van der Berg.")
    assert speaker_of(found, "Nous avons gagné", DIRECT_QUOTE) == {"Daan Van der Berg"}


def test_participle_tagged_adjective_with_an_agent_gives_the_agents_words():
    found = said("Une réponse jugée « hors de propos » par Julie Carron, du SNES.")
    assert speaker_of(found, "hors de propos", PARTIAL_QUOTE) == {"Julie Carron"}


def test_unnamed_judicial_source_after_an_inverted_on():
    text = "Le parquet de Lille a ouvert une enquête pour fraude, a-t-on appris de source judiciaire."
    found = said(text)
    assert speaker_of(found, "Le parquet de Lille a ouvert une enquête pour fraude", INDIRECT_SPEECH) == {
        "source judiciaire"}


# Content ----------------------------------------------------------------------------
def test_object_holding_a_quotation_is_reported_even_after_a_verb_needing_a_clause():
    found = said("La procureure, Inès Caradec, a décrit un système « pensé pour tromper ».")
    assert speaker_of(found, "un système « pensé pour tromper »", INDIRECT_SPEECH) == {"Inès Caradec"}
    assert speaker_of(found, "pensé pour tromper", PARTIAL_QUOTE) == {"Inès Caradec"}


def test_verb_needing_a_clause_with_a_plain_object_reports_nothing():
    assert said("Le ministre Paul Girard a jugé la situation préoccupante.") == []


def test_quotation_parsed_as_a_second_object_continues_the_first():
    found = said('Paul Girard a dénoncé des contrôles "au faciès" dans la gare.')
    contents = speaker_of(found, 'des contrôles "au faciès" dans la gare', INDIRECT_SPEECH)
    assert contents == {"Paul Girard"}


def test_plaider_pour_reports_its_object():
    found = said("La présidente du FMI, Anna Rossi, a plaidé pour une politique budgétaire prudente.")
    assert speaker_of(found, "une politique budgétaire prudente", INDIRECT_SPEECH) == {"Anna Rossi"}


def test_appeler_a_reports_what_is_called_for_not_an_addressee():
    found = said("Le HCR a appelé à « un accès sans entrave » aux réfugiés.")
    assert any(k == INDIRECT_SPEECH and q == "« un accès sans entrave » aux réfugiés" for _, k, q in found)


def test_selon_followed_by_a_relative_on_the_source_keeps_the_content_before():
    text = "Le Maroc a renforcé ses positions le long de la frontière, selon L'Équipe, qui cite un dirigeant."
    found = said(text)
    assert speaker_of(found, "Le Maroc a renforcé ses positions le long de la frontière", INDIRECT_SPEECH) == {
        "L'Équipe"}
    assert not [q for _, _, q in found if q.startswith("qui cite")]


def test_selon_followed_by_an_apposition_on_the_source_keeps_the_content_before():
    text = "Le Maroc a renforcé ses positions le long de la frontière, selon Le Monde, un quotidien basé à Paris."
    found = said(text)
    assert speaker_of(found, "Le Maroc a renforcé ses positions le long de la frontière", INDIRECT_SPEECH) == {
        "Le Monde"}


def test_inverted_clause_followed_by_a_relative_on_the_speaker():
    text = ("Le trafic est interrompu sur toute la ligne, a indiqué la direction de la SNCF, "
            "qui chiffre les pertes à « plusieurs millions ».")
    found = said(text)
    assert speaker_of(found, "Le trafic est interrompu sur toute la ligne", INDIRECT_SPEECH) == {"SNCF"}


def test_verb_then_quoted_object_then_relative_is_not_an_inversion():
    text = ("La ministre lituanienne de la Défense, Aušra Jankauskaitė, a salué « un engagement historique » "
            "de l'Allemagne, qui consacrera deux milliards.")
    assert {who for who, _, _ in said(text)} == {"Aušra Jankauskaitė"}


def test_perfect_infinitive_content_after_an_adverbial_phrase():
    found = said("Le Hezbollah affirme de son côté avoir tué plus de vingt soldats et détruit deux chars.")
    assert speaker_of(found, "avoir tué plus de vingt soldats et détruit deux chars", INDIRECT_SPEECH) == {
        "Hezbollah"}


def test_faire_savoir_parsed_with_savoir_as_head():
    found = said("L'Islande, qui n'est pas membre, a fait savoir qu'elle partagerait ses données avec ses voisins.")
    assert speaker_of(found, "elle partagerait ses données avec ses voisins", INDIRECT_SPEECH) == {"Islande"}


def test_inverted_faire_savoir_credits_the_subject_after_it():
    found = said("Londres « partage l'analyse française », a fait savoir un porte-parole du ministère "
                 "britannique de la Défense.")
    assert speaker_of(found, "partage l'analyse française", PARTIAL_QUOTE) == {
        "Ministère britannique de la Défense"}
    assert "Royaume-Uni" not in {who for who, _, _ in found}


def test_selon_a_communique_relays_the_named_speakers_words():
    text = ("L'Inde s'est montrée plus prudente. Son ministre des Affaires étrangères, Ravi Menon, a plaidé "
            "pour une OCS \"qui ne soit dirigée contre personne\", selon un communiqué de New Delhi.")
    found = said(text)
    assert speaker_of(found, "qui ne soit dirigée contre personne", PARTIAL_QUOTE) == {"Ravi Menon"}
    assert speaker_of(found, 'une OCS "qui ne soit dirigée contre personne"', INDIRECT_SPEECH) == {"Ravi Menon"}
    assert "Inde" not in {who for who, _, _ in found}


def test_selon_after_reported_content_sources_the_content_only():
    found = said("Elle a rappelé que 9 200 personnes attendaient une place, selon le ministère de l'Immigration.")
    assert speaker_of(found, "9 200 personnes attendaient une place", INDIRECT_SPEECH) == {
        "Ministère de l'Immigration"}


def test_description_with_nouvel_refers_back_to_the_person():
    found = said("Paul Crozet, lui, se veut prudent. « On verra bien », glisse le nouvel élu.")
    assert speaker_of(found, "On verra bien", DIRECT_QUOTE) == {"Paul Crozet"}


def test_inversion_through_se_borner_a_or_se_contenter_de():
    found = said("« Nous n’avons rien à ajouter », s’est borné à déclarer le porte-parole du gouvernement "
                 "marocain, Karim Lahlou-Bennis. « Nous verrons », s'est contentée de répondre la ministre Anne Roux.")
    assert speaker_of(found, "Nous n’avons rien à ajouter", DIRECT_QUOTE) == {"Karim Lahlou-Bennis"}
    assert speaker_of(found, "Nous verrons", DIRECT_QUOTE) == {"Anne Roux"}
