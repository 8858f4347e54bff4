"""Who said what, indirect speech: sources named through a document or a described organisation,
and where a reported clause ends when the parse cuts or runs past it (issue 14, session 10).

Sentences written for each construction (fictional people); speakers are checked by their
entity's label.
"""
from __future__ import annotations

from kg.records import INDIRECT_SPEECH, PARTIAL_QUOTE
from tests.test_speech_constructions import said, speaker_of


def indirect(text: str) -> set[str]:
    return {q for _, k, q in said(text) if k == INDIRECT_SPEECH}


# Sources -------------------------------------------------------------------------------------
def test_selon_the_figures_of_a_body_makes_that_body_the_source():
    found = said("La mission compte environ 9 000 soldats, selon les chiffres de l'ONU.")
    assert speaker_of(found, "La mission compte environ 9 000 soldats", INDIRECT_SPEECH) == {
        "Organisation des Nations unies"}


def test_selon_figures_supplied_by_a_body_makes_that_body_the_source():
    found = said("Ils rejoindront 800 policiers déjà sur place, selon les chiffres fournis par l'ONU.")
    assert speaker_of(found, "Ils rejoindront 800 policiers déjà sur place", INDIRECT_SPEECH) == {
        "Organisation des Nations unies"}


def test_selon_a_document_whose_author_is_not_named_names_nobody():
    assert said("Les violences avaient fait 85 morts, selon les chiffres officiels.") == []


def test_selon_a_named_poll_is_the_pollsters_not_the_paper_that_publishes_it():
    found = said("Selon un sondage Ipsos publié par Le Soir, 58 % des Belges jugent la coalition usée.")
    assert speaker_of(found, "58 % des Belges jugent la coalition usée", INDIRECT_SPEECH) == {"Ipsos"}


def test_selon_a_described_union_is_the_organisation_that_acted_just_before():
    found = said("La CGT des ports a lancé une grève. Selon le syndicat, 1 200 grévistes ont bloqué les bassins.")
    assert speaker_of(found, "1 200 grévistes ont bloqué les bassins", INDIRECT_SPEECH) == {"CGT"}


def test_selon_a_described_union_takes_up_the_organisation_that_spoke_last():
    found = said("Pour SUD Santé, « ce n’est que le début ». Selon le syndicat, trois autres services "
                 "pourraient fermer cet hiver.")
    assert speaker_of(found, "trois autres services pourraient fermer cet hiver", INDIRECT_SPEECH) == {"SUD Santé"}


def test_selon_a_described_union_is_never_a_country():
    assert said("La France a protesté. Selon le syndicat, trois services pourraient fermer cet hiver.") == []


def test_selon_after_a_glued_full_stop_sources_the_sentence_after_it():
    found = said("La CGT a appelé à la grève. Le mouvement devrait durer jeudi.Selon la CGT, le préavis "
                 "court jusqu’au 30 novembre.")
    assert speaker_of(found, "le préavis court jusqu’au 30 novembre", INDIRECT_SPEECH) == {"CGT"}
    assert "Le mouvement devrait durer jeudi" not in indirect(
        "La CGT a appelé à la grève. Le mouvement devrait durer jeudi.Selon la CGT, le préavis court "
        "jusqu’au 30 novembre.")


# Where the content ends --------------------------------------------------------------------
def test_clause_after_que_read_as_a_relative_keeps_its_hyphenated_subject_and_verb():
    content = "le Royaume-Uni était prêt à fournir « jusqu’à 10 000 soldats » à une force de paix"
    found = said(f"Le ministre britannique, Paul Grant, a confirmé devant la Chambre des communes que {content}.")
    assert speaker_of(found, content, INDIRECT_SPEECH) == {"Paul Grant"}


def test_second_que_clause_whose_verb_the_parse_hung_elsewhere_keeps_its_verb():
    found = said('La porte-parole, Lin Wei, a déclaré que Pékin restait "préoccupé" par le rejet des eaux, '
                 'et que toute levée de l\'embargo dépendrait de "contrôles indépendants".')
    assert speaker_of(found, 'toute levée de l\'embargo dépendrait de "contrôles indépendants"',
                      INDIRECT_SPEECH) == {"Lin Wei"}
    assert speaker_of(found, "contrôles indépendants", PARTIAL_QUOTE) == {"Lin Wei"}


def test_relative_after_the_object_and_a_comma_is_not_reported_content():
    found = said("Le gouvernement de Djouba réclame depuis des mois un calendrier de retrait, que le Conseil "
                 "de sécurité doit examiner en mars.")
    assert "le Conseil de sécurité doit examiner en mars" not in {q for _, _, q in found}
    assert speaker_of(found, "un calendrier de retrait", INDIRECT_SPEECH) == {"Soudan du Sud"}


def test_second_reporting_verb_sharing_the_subject_ends_the_first_content():
    found = said('Les FSR ont publié un texte. Dans un communiqué, elles affirment que "plus de 7000 soldats" '
                 'ont été massés à la frontière et accusent Paris de "préparer une intervention".')
    assert speaker_of(found, '"plus de 7000 soldats" ont été massés à la frontière', INDIRECT_SPEECH) == {
        "Forces de soutien rapide"}


def test_content_ends_before_a_closing_selon_source():
    assert '"respecter ses engagements" sur la question de Taïwan' in indirect(
        'Liang a par ailleurs appelé Tokyo à "respecter ses engagements" sur la question de Taïwan, '
        'selon un compte rendu publié par son ministère.')


def test_content_ends_before_a_closing_channel_after_a_comma():
    assert "« une coordination régionale » contre les groupes armés" in indirect(
        "La Cedeao a réagi. Elle a appelé à « une coordination régionale » contre les groupes armés, "
        "dans un communiqué publié samedi à Abuja.")


def test_content_never_starts_in_the_next_glued_sentence():
    found = said("L’Union européenne, partie civile, réclame le remboursement des sommes.Selon l’Olaf, "
                 "l’enquête a porté sur 212 exploitations.")
    assert not any(q.startswith("Selon") for _, _, q in found)


def test_quoted_participle_alone_after_se_dire_is_a_partial_quote_only():
    found = said("L'ONU a publié un bilan. L'ONU s'est dite “profondément préoccupée”.")
    assert speaker_of(found, "profondément préoccupée", PARTIAL_QUOTE) == {"Organisation des Nations unies"}
    assert not any(k == INDIRECT_SPEECH for _, k, _ in found)
