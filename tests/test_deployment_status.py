"""The status of a troop figure comes from the first status word on the chain of
heads from its noun (kg/data/status_words.tsv) and from the time of its clause:
what happened or holds, or what is still to come. Sentences written for these
tests, one per construction."""
from __future__ import annotations

import pytest

from kg.extract.troops.cues import cues
from kg.records import STATUSES

from conftest import extracted


def statuses(text):
    records = extracted(text)
    return [d.status for d in records.deployments]


def test_every_status_word_gives_statuses_of_the_ontology():
    for word, pair in cues().status_words.items():
        assert set(pair) <= set(STATUSES), word


@pytest.mark.parametrize("text, status", [
    ("Le Portugal a envoyé 300 soldats en Roumanie.", "Sent"),
    ("Le Portugal enverra 300 soldats en Roumanie.", "Planned"),
    ("Le Portugal va envoyer 300 soldats en Roumanie.", "Planned"),
])
def test_a_sending_verb_is_sent_when_done_and_planned_when_to_come(text, status):
    assert statuses(text) == [status]


def test_a_future_passive_is_planned():
    assert statuses("Quelque 900 réservistes seront mobilisés en mars.") == ["Planned"]


def test_devoir_with_an_infinitive_is_to_come():
    assert statuses("Environ 70 gendarmes doivent les rejoindre lundi, a dit le préfet.") == ["Planned"]


def test_an_infinitive_under_an_intent_verb_is_to_come():
    assert statuses("La Norvège s'est engagée à envoyer 250 soldats en Lettonie.") == ["Planned"]
    assert statuses("L'armée entend déployer 2 000 soldats supplémentaires le long du fleuve.") == ["Planned"]


def test_a_noun_under_an_intent_verb_is_to_come():
    assert statuses("Le plan prévoit le déploiement de 3 000 soldats dans la province.") == ["Planned"]


def test_a_deadline_phrase_makes_the_clause_to_come():
    assert statuses("Quelque 500 militaires rejoignent la base d'ici à l'été.") == ["Planned"]


def test_a_deadline_in_a_coordinated_clause_does_not_reach_the_first_one():
    assert statuses("Des centaines de soldats ont été déplacés vers la frontière et devraient "
                    "entrer en action dans les prochains jours.") == ["Deployed"]


def test_an_observers_forecast_is_expected_and_the_senders_own_is_planned():
    # the ontology: Expected is anticipated by observers, no decision announced
    assert statuses("Jusqu'à 4 000 soldats bélarusses pourraient être déployés d'ici l'hiver, "
                    "selon Kiev.") == ["Expected"]
    assert statuses("Selon le ministre belge de la Défense, 46 militaires belges pourraient "
                    "rejoindre la Grèce d'ici avril.") == ["Planned"]


def test_the_conditional_of_reported_uncertainty_is_no_time_to_come():
    assert statuses("Quelque 600 soldats seraient déjà déployés dans la région.") == ["Deployed"]


def test_troops_mobilised_for_an_event_are_deployed():
    assert statuses("Environ 400 policiers avaient été mobilisés pour le sommet.") == ["Deployed"]


def test_a_force_that_counts_troops_has_them_deployed_and_will_count_them_when_planned():
    assert statuses("La mission compte 2 300 soldats.") == ["Deployed"]
    assert statuses("Le contingent comptera 2 300 soldats en juin.") == ["Planned"]


def test_troops_kept_where_they_are_stay_deployed_in_the_future():
    assert statuses("L'Italie conservera son état-major d'environ 60 officiers.") == ["Deployed"]


def test_a_total_takes_the_time_of_the_clause_it_adds_to():
    assert statuses("La Suède va déployer 400 soldats en Finlande, portant le total à environ 900.") == [
        "Planned", "Planned"]


def test_a_combat_phrase_of_the_clause_wins_over_its_verb():
    assert statuses("Au moins 300 combattants rebelles ont participé à l'assaut.") == ["InCombat"]


def test_a_negated_status_word_says_nothing():
    # the sentence before decides (a plan), not "n'ont pas participé"
    text = ("Selon Séoul, le pays a décidé d'envoyer des troupes au front. 5 000 soldats qui n'ont pas "
            "participé à une guerre depuis trente ans.")
    assert statuses(text)[-1] != "Deployed"


def test_calling_up_reservists_is_no_withdrawal():
    assert statuses("L'armée a rappelé plusieurs milliers de réservistes dans le nord.") == ["Deployed"]


def test_a_figure_with_no_status_word_is_deployed():
    assert statuses("Quelque 800 soldats turcs au nord de la ville.") == ["Deployed"]


def test_a_part_of_a_group_repatriated_is_withdrawn_and_the_group_deployed():
    assert statuses("Le Portugal a déjà rapatrié 80 de ses 400 soldats.") == ["Deployed", "Withdrawn"]


@pytest.mark.parametrize("text", [
    "Un contingent de 250 soldats ghanéens est attendu à Gao la semaine prochaine.",
    "Quelque 250 soldats ghanéens sont attendus à Gao avant la saison des pluies.",
])
def test_troops_awaited_somewhere_are_a_scheduled_move_planned(text):
    assert statuses(text) == ["Planned"]


def test_troops_that_wait_for_something_are_not_awaited():
    assert statuses("Les 250 réservistes de la base attendent toujours de nouveaux fusils.") != ["Planned"]


@pytest.mark.parametrize("text", [
    "Jusqu'à 3 000 militaires pourront être mobilisés pour le sommet.",
    "Jusqu'à 1 200 réservistes pourraient être mobilisés si la situation l'exige.",
    "Jusqu'à 3 000 militaires pourront être mobilisés d'ici la fin du mois.",
    "Jusqu'à 3 000 militaires pourraient être déployés dans les prochains jours.",
])
def test_a_possible_move_in_the_articles_voice_is_planned_dated_or_not(text):
    assert statuses(text) == ["Planned"]


def test_a_move_due_by_a_date_is_planned_not_expected():
    assert statuses("Un détachement de 250 militaires belges relèvera en janvier le bataillon "
                    "déployé en Roumanie.") == ["Planned"]
    assert statuses("Le Ghana enverra 300 soldats au Mali la semaine prochaine.") == ["Planned"]


def test_a_hosts_readiness_to_receive_troops_is_expected():
    assert statuses("Le ministre roumain a affirmé que son pays était prêt à accueillir "
                    "jusqu'à 5 000 soldats alliés.") == ["Expected"]


def test_a_participle_on_the_troop_noun_gives_its_status():
    assert statuses("Orpaillage : 150 gendarmes supplémentaires attendus en Guyane") == ["Planned"]


def test_troops_training_themselves_in_an_exercise_are_deployed_and_trained_troops_in_training():
    assert statuses("Quelque 1 400 militaires japonais ont débarqué lundi sur l'île, où ils s'entraîneront "
                    "jusqu'au 12 décembre aux côtés d'environ 3 000 soldats philippins.") == ["Deployed", "Deployed"]
    assert statuses("Plus de 2 000 soldats ukrainiens ont été entraînés en Lituanie.") == ["InTraining"]


@pytest.mark.parametrize("text, status", [
    ("Un deuxième contingent de 400 policiers kényans va atterrir à Port-au-Prince.", "Planned"),
    ("Près de 2 000 soldats seront redéployés dans l'Est.", "Planned"),
    ("Environ 500 conseillers militaires américains se trouvaient déjà à Taïwan pour former l'armée.", "Deployed"),
    ("Jusqu'à 250 gendarmes mobiles pourront être appelés en renfort samedi.", "Planned"),
])
def test_landing_redeploying_being_there_and_being_called_up_are_status_words(text, status):
    assert statuses(text) == [status]


def test_an_infinitive_under_a_noun_is_still_to_come():
    assert statuses("Le gouvernement examine la possibilité d'envoyer 50 médecins militaires "
                    "et 200 soldats au Liban.")[-1] == "Planned"


def test_troops_a_relief_participle_describes_are_deployed():
    assert statuses("Estonie : 350 militaires français relevés à Tapa, Paris promet de tenir la durée") == [
        "Deployed"]


@pytest.mark.parametrize("text", [
    "Il a assuré que près de 2 000 soldats seraient redéployés dans l'Est avant la saison des pluies.",
    "Il a précisé qu'un deuxième groupe de 600 soldats rejoindrait la zone avant la fin de janvier.",
])
def test_a_conditional_under_a_past_claim_verb_is_a_future_in_the_past(text):
    assert statuses(text) == ["Planned"]


def test_troops_a_move_joins_are_there():
    assert statuses("Le ministre a précisé que ce bataillon rejoindrait les 2.000 soldats déjà déployés "
                    "dans cette zone.") == ["Deployed"]
