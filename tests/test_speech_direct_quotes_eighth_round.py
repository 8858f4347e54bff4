"""Who said what: direct quotes of the eighth attribution round of issue 14 (seen on heldback, h2, h7).

Every sentence is invented for the test (fictional people and outlets).
Speakers are checked by their entity's label, so the tests hold whatever
keys the entity extractor chooses.
"""
from __future__ import annotations

from kg.pipeline import extract
from kg.reading import make_article
from kg.records import DIRECT_QUOTE
from tests.test_speech_constructions import said, speaker_of


# A modal between the auxiliary and the reporting infinitive ---------------------------------
def test_inverted_modal_before_the_reporting_infinitive_keeps_the_speaker():
    text = ("Le recteur, Paul Garnier, a écrit aux écoles. "
            '"Personne ne sera sanctionné", a-t-il tenu à préciser lundi. '
            "« Le calendrier ne change pas », tient à souligner la ministre de l'Éducation, Agnès Morel. "
            '"Tout est prêt", a voulu rassurer Luc Petit.')
    found = said(text)
    assert speaker_of(found, "Personne ne sera sanctionné", DIRECT_QUOTE) == {"Paul Garnier"}
    assert speaker_of(found, "Le calendrier ne change pas", DIRECT_QUOTE) == {"Agnès Morel"}
    assert speaker_of(found, "Tout est prêt", DIRECT_QUOTE) == {"Luc Petit"}


# Verbs of manner, only after the words ------------------------------------------------------
def test_a_sigh_after_the_words_attributes_them_and_the_selon_lui_after():
    text = ("Le préfet, Marc Vidal, a promis des renforts. "
            "« Deux escadrons, c'est bien. Mais ils repartiront vite », soupire le maire de Bandol, "
            "Louis Ferracci. Selon lui, les commerçants « ferment plus tôt ».")
    found = said(text)
    assert speaker_of(found, "Deux escadrons, c'est bien. Mais ils repartiront vite", DIRECT_QUOTE) == {
        "Louis Ferracci"}
    assert {who for who, _, q in found if q == "ferment plus tôt"} == {"Louis Ferracci"}


# A colon after a verb the parse left without subject -----------------------------------------
def test_title_and_apposed_name_before_a_colon_speak_the_quote():
    # (the parse gives "repris" no subject here: "présidente" is taken for an obl:mod)
    text = ("Le gérant a nié en bloc. La présidente, Anne-Laure Vasseur, l'a repris aussitôt : "
            '"Vous signiez pourtant les attestations de conformité. Qui d\'autre pouvait savoir ?"')
    assert speaker_of(said(text), "Vous signiez pourtant les attestations de conformité. Qui d'autre pouvait savoir ?",
                      DIRECT_QUOTE) == {"Anne-Laure Vasseur"}


def test_relative_clause_before_a_colon_gives_its_subject_the_quote():
    text = ("La ministre fédérale, Sandra Whitfield, a demandé des garanties. La première ministre, "
            "Lise Tremblay-Roy, a répondu mardi. Une sortie que la première ministre a balayée d'une "
            "phrase : « Ottawa peut se mêler de ses affaires. »")
    assert speaker_of(said(text), "Ottawa peut se mêler de ses affaires.", DIRECT_QUOTE) == {
        "Lise Tremblay-Roy"}


# An unnamed spokesperson in an incise -------------------------------------------------------
def test_an_unnamed_spokesperson_speaks_for_the_body_the_paragraph_gives_the_floor_to():
    text = ("Du côté de Veolia, le gestionnaire du réseau pour le compte de la Métropole de Lyon, "
            "on conteste cette version. « Nous avons proposé deux rencontres, poursuit une porte-parole, "
            "et les syndicats n'en ont honoré aucune. »")
    quote = ("Nous avons proposé deux rencontres, poursuit une porte-parole, "
             "et les syndicats n'en ont honoré aucune.")
    assert speaker_of(said(text), quote, DIRECT_QUOTE) == {"Veolia"}


# Nested quotation whose speaker is a pronoun -------------------------------------------------
def test_nested_quote_under_il_is_the_person_named_before_not_the_outer_speaker():
    text = ("Le procès de Marc Duval, ancien président du club, s'est ouvert lundi. La procureure, "
            "Julie Caron, a requis deux ans. « Quand il écrit à son comptable ‹ on verra les chiffres "
            "plus tard ›, ce n'est pas un oubli », a lancé la magistrate.")
    found = said(text)
    assert speaker_of(found, "on verra les chiffres plus tard", DIRECT_QUOTE) == {"Marc Duval"}
    assert speaker_of(found, "Quand il écrit à son comptable ‹ on verra les chiffres plus tard ›, "
                             "ce n'est pas un oubli", DIRECT_QUOTE) == {"Julie Caron"}


# "le joueur": the player, not the coach nor one of two players named together ---------------
def test_le_joueur_is_neither_the_titled_manager_nor_one_of_two_coordinated_players():
    text = ("Le FC Lorient devra se passer de son milieu Yanis Keravec pendant un mois. "
            '"C\'est un coup dur", a reconnu le manager breton Hervé Quintin en conférence de presse. '
            '"Yanis était en forme", a-t-il ajouté, citant les jeunes Tom Le Bihan et Enzo Cadiou. '
            'Le joueur, lui, a voulu rassurer les supporters sur Instagram: "Je reviens vite. Merci pour vos messages".')
    assert speaker_of(said(text), "Je reviens vite. Merci pour vos messages", DIRECT_QUOTE) == {"Yanis Keravec"}


def test_a_verb_that_reports_in_inversions_is_the_colon_quotes_verb():
    text = ("Le gérant a nié en bloc. La présidente, Anne-Laure Vasseur, l'a repris aussitôt : "
            '"Vous signiez pourtant les attestations de conformité. Qui d\'autre pouvait savoir ?"')
    records = extract(make_article(id="test", text=text, source="test"))
    assert [s.verb for s in records.statements if s.kind == DIRECT_QUOTE] == ["reprendre"]


# "Pour lui, <subject>, « predicate »" --------------------------------------------------------
def test_marks_holding_the_predicate_of_a_subject_outside_them_are_a_partial_quote():
    text = ("Le ministre estonien, Kalle Rebane, salue la relève. Pour lui, l'arrivée d'une compagnie "
            "finlandaise d'environ 120 hommes, attendue en mars, «renforce enfin le dispositif».")
    found = said(text)
    assert speaker_of(found, "renforce enfin le dispositif") == {"Kalle Rebane"}
    assert not speaker_of(found, "renforce enfin le dispositif", DIRECT_QUOTE)


# Interviews: the interviewer's credit is chrome -------------------------------------------------
def test_interview_credit_in_any_wording_never_makes_the_interviewer_the_interviewee():
    text = ("ENTRETIEN\nEntretien réalisé par Solène Guivarc'h\n\n"
            "La présidente de la région, Odile Kerbrat, défend son plan ferroviaire.\n\n"
            "— Ce plan est-il finançable ?\n\n— Oui, sans hausse d'impôt.\n\n"
            "— Et les petites lignes ?\n\n— Elles rouvriront toutes d'ici 2030.\n")
    assert speaker_of(said(text), "Oui, sans hausse d'impôt.", DIRECT_QUOTE) == {"Odile Kerbrat"}


def test_nested_quote_under_il_said_by_a_man_stays_part_of_his_words():
    # "il" could be the speaker himself or anyone: no speaker is guessed for the inner words
    text = ("Le procès de Marc Duval s'est ouvert lundi. À la barre, l'accusé, Luc Ferrand, a maintenu "
            "sa version. « Il m'a dit ‹ Je ne te dois plus rien ›, et je suis reparti », a-t-il répété.")
    found = said(text)
    assert not speaker_of(found, "Je ne te dois plus rien", DIRECT_QUOTE)
