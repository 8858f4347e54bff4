"""Direct quotes, thirteenth round (issue 14, tuned on the tenth held-back set): pronouns after a
woman named with a masculine title, a quotation that goes on after an attribution naming whom it
addressed, interview prompts ending on suspension points, and a headline's speaker named by a title
that the lead presents.

Every sentence here is written for its test."""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import DIRECT_QUOTE, PARTIAL_QUOTE


def test_a_woman_named_with_a_masculine_title_is_still_she_for_the_pronoun_after():
    text = ("Deux routes resteront fermées samedi, a précisé la préfecture du Finistère. Le maire de Quimperlé, "
            "Anne-Claire Le Guen, s'est réjouie d'un « succès populaire » pour la ville. « Nous avons eu trois "
            "fois plus de visiteurs que prévu », a-t-elle insisté.")
    assert speaker_of(said(text), "Nous avons eu trois fois plus de visiteurs que prévu",
                      DIRECT_QUOTE) == {"Anne-Claire Le Guen"}


def test_a_quotation_after_an_attribution_naming_the_channel_goes_on_with_the_same_speaker():
    text = ("Le ministre portugais de l'Intérieur, Rui Tavares, a annoncé l'envoi de renforts. "
            "\"Nous ne céderons pas\", a-t-il déclaré à la radio publique RTP. \"La sécurité des "
            "pêcheurs passe avant tout.\"")
    assert speaker_of(said(text), "La sécurité des pêcheurs passe avant tout.", DIRECT_QUOTE) == {"Rui Tavares"}


def test_an_interview_prompt_ending_on_suspension_points_is_a_question_before_an_answer():
    text = ("Le phare de Cordouan rouvre ses portes\n"
            "La gardienne Solène Marchal veille sur le phare depuis dix ans. Entretien.\n\n"
            "Combien de visiteurs attendez-vous?\n\n"
            "Solène Marchal : Environ trente mille cette saison, comme avant les travaux.\n\n"
            "La mairie parle pourtant d'une saison écourtée...\n\n"
            "S. M. : Nous ouvrirons un mois plus tard, rien de plus. Les bateaux sont déjà réservés.\n\n"
            "Qu'est-ce qui a changé?\n\n"
            "S. M. : L'escalier a été entièrement refait.\n")
    assert speaker_of(said(text), "Nous ouvrirons un mois plus tard, rien de plus. Les bateaux sont déjà réservés.",
                      DIRECT_QUOTE) == {"Solène Marchal"}


def test_a_headline_speaker_named_by_a_title_alone_is_the_person_the_lead_presents():
    text = ("« Nous tiendrons les délais », assure le commandant français au Tchad\n"
            "Le colonel Hugo Lemaire dirige depuis l'été les quelque 1000 soldats de la base de N'Djamena. "
            "Entretien.\n\n"
            "Les travaux ont pris trois semaines de retard à cause des pluies.")
    assert speaker_of(said(text), "Nous tiendrons les délais", DIRECT_QUOTE) == {"Hugo Lemaire"}


def test_a_quotation_opening_on_pas_does_not_negate_the_verb_that_governs_it():
    text = ("Les discussions ont repris lundi. À Genève, l'Organisation mondiale de la santé a salué un "
            "«pas vers la transparence», tout en réclamant des données.")
    assert speaker_of(said(text), "pas vers la transparence", PARTIAL_QUOTE) == {"Organisation mondiale de la santé"}


def test_a_noun_phrase_after_an_opening_place_and_a_comma_is_the_subject_of_the_verb():
    text = ("Le président a parlé jeudi. À Washington, la Maison-Blanche a salué un «pas dans la bonne "
            "direction», sans plus de détails.")
    assert speaker_of(said(text), "pas dans la bonne direction", PARTIAL_QUOTE) == {"Maison Blanche"}


def test_a_body_named_with_et_inside_its_name_speaks_once():
    text = ("Le scrutin a été reporté. Le Front africain pour la renaissance de la Guinée et du Cap-Vert "
            "(FARGC) a estimé dans un communiqué que ce report « ouvre une crise ».")
    # one speaker, the whole name (paired with its acronym), never "Guinée" and "Cap-Vert" apart
    assert speaker_of(said(text), "ouvre une crise", PARTIAL_QUOTE) == {
        "Front africain pour la renaissance de la Guinée et du Cap-Vert"}


def test_a_reporting_verb_inside_a_quoted_subhead_does_not_make_the_subhead_a_statement():
    text = ("Escroquerie aux placements : trois ans requis contre l'ancien courtier\n\n"
            "Le procureur a requis jeudi trois ans de prison contre Bruno Lemarchand.\n\n"
            "\"Il nous affirmait que tout était garanti\"\n"
            "Sur les bancs des parties civiles, une trentaine de victimes étaient présentes. \"Il nous "
            "affirmait que tout était garanti, il dînait même chez nous\", a témoigné Josette Kerhervé, 71 ans.")
    found = said(text)
    assert speaker_of(found, "Il nous affirmait que tout était garanti") == set()
    assert speaker_of(found, "Il nous affirmait que tout était garanti, il dînait même chez nous",
                      DIRECT_QUOTE) == {"Josette Kerhervé"}
