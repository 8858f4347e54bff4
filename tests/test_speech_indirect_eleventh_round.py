"""Who said what, indirect speech and partial quotes: constructions seen failing on the eighth
held-back set and known gaps (issue 14, session 11).

Sentences written for each construction (fictional people and bodies); speakers are checked
by their entity's label.
"""
from __future__ import annotations

from conftest import said, speaker_of

from kg.records import INDIRECT_SPEECH, PARTIAL_QUOTE


def indirect(text: str) -> set[str]:
    return {q for _, k, q in said(text) if k == INDIRECT_SPEECH}


# Two content clauses ---------------------------------------------------------------------------
def test_a_second_clause_whose_quoted_end_the_parse_hangs_on_the_first_is_its_own_statement():
    found = indirect("La commandante Inès Royer a assuré que ses équipes resteraient sur place et qu'aucune "
                     "fermeture de base n'était « envisagée à ce stade ».")
    assert found == {"ses équipes resteraient sur place", "aucune fermeture de base n'était « envisagée à ce stade »"}


# Verbs -----------------------------------------------------------------------------------------
def test_reaffirmer_reports_its_que_clause():
    found = said("Le ministre Paul Ferrand a réaffirmé mardi devant le Sénat que la France « honorera sa "
                 "parole » au Sahel.")
    assert speaker_of(found, "la France « honorera sa parole » au Sahel", INDIRECT_SPEECH) == {"Paul Ferrand"}
    assert speaker_of(found, "honorera sa parole", PARTIAL_QUOTE) == {"Paul Ferrand"}


def test_craindre_reports_a_quoted_fear_but_not_a_plain_one():
    found = said("L'Agence régionale de santé de Bretagne craint une « deuxième vague » avant l'été.")
    assert speaker_of(found, "deuxième vague", PARTIAL_QUOTE) == {"Agence régionale de santé de Bretagne"}
    assert said("Le maire Hugo Lenoir craint la pluie pour le marché de Noël.") == []
    assert said("Le Japon et la Corée du Sud redoutent que ces soldats ne soient envoyés au front.") == []


def test_a_pronominal_verbs_unquoted_de_phrase_is_no_statement():
    assert said("Le Japon et la Corée du Sud s'alarment de cette situation.") == []


def test_mettre_en_avant_reports_the_quoted_ground_it_puts_forward():
    found = said("Dans un communiqué, Danone estime que les prix restent justes et met en avant « la hausse "
                 "des coûts de l'énergie » en Europe.")
    assert speaker_of(found, "la hausse des coûts de l'énergie", PARTIAL_QUOTE) == {"Danone"}


# Speakers --------------------------------------------------------------------------------------
def test_pour_a_described_person_is_the_person_introduced_before():
    found = said("« Nous sommes prêts », a estimé le colonel Marc Duval, qui dirige le bataillon. Pour "
                 "l'officier, ces exercices doivent prouver que l'armée peut « tenir dans la durée ».")
    assert speaker_of(found, "ces exercices doivent prouver que l'armée peut « tenir dans la durée »",
                      INDIRECT_SPEECH) == {"Marc Duval"}


def test_pour_a_capital_standing_for_its_government_is_that_country():
    found = said("Le Kenya a reçu les objets. Pour Nairobi, la restitution reste « un geste tardif ».")
    assert speaker_of(found, "la restitution reste « un geste tardif »", INDIRECT_SPEECH) == {"Kenya"}


def test_pour_a_country_named_as_such_is_no_speaker():
    assert indirect("Pour la France, la victoire de dimanche reste historique.") == set()


def test_la_meme_source_is_the_unnamed_source_named_before():
    found = said("Selon une source policière locale, 300 manifestants se sont rassemblés à Rennes. La même "
                 "source fait état de douze interpellations dans la soirée.")
    assert speaker_of(found, "douze interpellations dans la soirée", INDIRECT_SPEECH) == {"source policière locale"}


def test_on_after_a_body_and_ou_speaks_for_that_body():
    found = said("Le Parti socialiste hésite encore. Il n'y aura pas de censure, fait-on valoir au Parti "
                 "socialiste, où l'on assure que les députés voteront le budget.")
    assert speaker_of(found, "Il n'y aura pas de censure", INDIRECT_SPEECH) == {"Parti socialiste"}
    assert speaker_of(found, "les députés voteront le budget", INDIRECT_SPEECH) == {"Parti socialiste"}


def test_a_body_described_by_its_towns_demonym_is_the_club_of_that_town():
    found = said("Le RC Lens a battu Brest 2-0. Le gardien Paul Morin a été touché. Selon le staff lensois, "
                 "le gardien souffre d'une entorse et manquera trois matches.")
    assert speaker_of(found, "le gardien souffre d'une entorse et manquera trois matches", INDIRECT_SPEECH) == {
        "RC Lens"}


def test_selon_a_described_body_takes_no_person_in_apposition_after_it():
    found = said("L'Olympique lyonnais a perdu à Nice. Selon le club lyonnais, le milieu Hugo Lemaire "
                 "souffre d'une élongation.")
    assert speaker_of(found, "le milieu Hugo Lemaire souffre d'une élongation", INDIRECT_SPEECH) == {
        "Olympique lyonnais"}


# Contents --------------------------------------------------------------------------------------
def test_a_pronominal_verbs_de_phrase_is_what_it_reports():
    found = said("Le maire, Paul Girard, s'est félicité d'une « entente exemplaire » avec la région.")
    assert speaker_of(found, "une « entente exemplaire » avec la région", INDIRECT_SPEECH) == {"Paul Girard"}
    assert speaker_of(found, "entente exemplaire", PARTIAL_QUOTE) == {"Paul Girard"}


def test_selon_content_starts_after_the_closing_mark_of_the_quotation_before_it():
    found = indirect("« Nous restons mobilisés pour toutes les familles. » La mission compte désormais "
                     "environ 3 000 agents, selon l'ONU.")
    assert found == {"La mission compte désormais environ 3 000 agents"}


def test_an_inversion_followed_by_sans_keeps_its_clause():
    found = said("« Nous serons prêts », a résumé le ministre Karl Holm. La Norvège fournira quelque 150 "
                 "hommes, a-t-il précisé, sans exclure une participation britannique.")
    assert speaker_of(found, "La Norvège fournira quelque 150 hommes", INDIRECT_SPEECH) == {"Karl Holm"}


def test_pour_a_person_with_a_party_in_brackets_gives_the_clause_before_a_colon():
    found = said("Pour la conseillère municipale Lucie Perrin (EELV), le projet « vient trop tard » : « Nous "
                 "le demandons depuis des années. »")
    assert speaker_of(found, "le projet « vient trop tard »", INDIRECT_SPEECH) == {"Lucie Perrin"}


def test_a_quote_only_verb_inside_anothers_content_is_no_statement_of_its_own_subject():
    found = said("La porte-parole Irina Volkova a averti que la Russie prendrait des « mesures adaptées » "
                 "sans tarder.")
    assert speaker_of(found, "mesures adaptées", PARTIAL_QUOTE) == {"Irina Volkova"}
    assert {who for who, k, _ in found if k == INDIRECT_SPEECH} == {"Irina Volkova"}


def test_a_running_total_after_the_reported_object_goes_on_with_it():
    found = indirect("L'Agence régionale de santé de Bretagne a confirmé mercredi quatre nouveaux cas de rougeole, "
                     "portant à 41 le nombre d'infections depuis janvier.")
    assert found == {"quatre nouveaux cas de rougeole, portant à 41 le nombre d'infections depuis janvier"}


def test_a_wholly_quoted_object_ends_at_its_closing_mark():
    found = said("Le Parti socialiste a dénoncé dans un communiqué « une manœuvre électoraliste » à six mois "
                 "des élections.")
    assert speaker_of(found, "une manœuvre électoraliste", PARTIAL_QUOTE) == {"Parti socialiste"}
    assert indirect("Le Parti socialiste a dénoncé dans un communiqué « une manœuvre électoraliste » à six mois "
                    "des élections.") == set()


def test_an_agency_that_learnt_it_from_a_source_gives_the_source_as_speaker():
    found = said("Le Sénégal a rapatrié 250 soldats, a appris l'APS de source militaire. Le contingent passe "
                 "ainsi à 600 hommes, a-t-on précisé de même source.")
    assert speaker_of(found, "Le Sénégal a rapatrié 250 soldats", INDIRECT_SPEECH) == {"source militaire"}
    assert speaker_of(found, "Le contingent passe ainsi à 600 hommes", INDIRECT_SPEECH) == {"source militaire"}


def test_pour_a_person_located_by_a_participle_gives_the_clause_after_it_up_to_a_glued_colon():
    found = said("Pour l'économiste Lina Haddad, basée à Beyrouth, le pays \"vit à crédit\" :\"Les banques ne prêtent "
                 "plus. Personne ne veut le dire.\"")
    assert speaker_of(found, "le pays \"vit à crédit\"", INDIRECT_SPEECH) == {"Lina Haddad"}


def test_a_requested_sentence_stops_before_the_age_and_charge_of_the_accused():
    found = indirect("L'avocate générale Claire Baudry a requis douze ans de réclusion contre Marc Hervé, 52 ans, "
                     "accusé d'avoir incendié son garage.")
    assert found == {"douze ans de réclusion contre Marc Hervé"}


def test_a_passive_agent_the_parse_hung_elsewhere_names_the_two_capitals_just_named():
    found = said("Le Tchad et le Soudan ont signé mardi un accord sur leur frontière, une étape saluée comme "
                 "« décisive » par les deux capitales après des années de tension.")
    assert speaker_of(found, "décisive", PARTIAL_QUOTE) == {"Tchad", "Soudan"}


def test_a_wire_dateline_before_the_subject_is_no_antecedent():
    found = said("N'Djamena (AFP) - Le Tchad et le Soudan ont signé mardi un accord sur leur frontière, une étape "
                 "saluée comme « décisive » par les deux capitales.")
    assert speaker_of(found, "décisive", PARTIAL_QUOTE) == {"Tchad", "Soudan"}
