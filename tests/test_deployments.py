"""Troop deployment claims on French sentences of our own, through the whole pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import extracted


def claims(text, **meta):
    """(records, deployments) for ``text`` as one article."""
    records = extracted(text, **meta)
    return records, records.deployments


def label(records, key):
    if key is None:
        return None
    entity = next(e for e in records.entities if e.key == key)
    return entity.label


def kind(records, key):
    return next(e.kind for e in records.entities if e.key == key)


def only(text, **meta):
    records, found = claims(text, **meta)
    assert len(found) == 1, found
    return records, found[0]


@pytest.mark.parametrize(
    "text, qualifier, low, high",
    [
        ("La Russie a envoyé 2 500 soldats au Mali.", "Exact", 2500, 2500),
        ("La Russie a envoyé 2\u00a0500 soldats au Mali.", "Exact", 2500, 2500),
        ("La Russie a envoyé 2\u202f500 soldats au Mali.", "Exact", 2500, 2500),
        ("La Russie a envoyé 2.500 soldats au Mali.", "Exact", 2500, 2500),
        ("La Russie a envoyé 2500 soldats au Mali.", "Exact", 2500, 2500),
        ("La Russie a envoyé douze mille soldats au Mali.", "Exact", 12000, 12000),
        ("La Russie a envoyé jusqu'à 4 000 militaires au Mali.", "UpTo", None, 4000),
        ("La Russie a envoyé au moins 900 hommes au Mali.", "AtLeast", 900, None),
        ("La Russie a envoyé pas moins de 900 combattants au Mali.", "AtLeast", 900, None),
        ("La Russie a envoyé près de 1 500 soldats au Mali.", "About", 1500, 1500),
        ("La Russie a envoyé environ 1 500 soldats au Mali.", "About", 1500, 1500),
        ("La Russie a envoyé quelque 1 500 soldats au Mali.", "About", 1500, 1500),
        ("La Russie a envoyé autour de 1 500 soldats au Mali.", "About", 1500, 1500),
        ("La Russie a envoyé entre 2.000 et 2.500 soldats au Mali.", "Range", 2000, 2500),
        ("La Russie a envoyé plusieurs milliers de soldats au Mali.", "Vague", None, None),
        ("La Russie a envoyé quelques milliers de soldats au Mali.", "Vague", None, None),
        ("La Russie a envoyé un petit nombre de soldats au Mali.", "Vague", None, None),
    ],
)
def test_each_number_form_and_qualifier_gives_its_range(text, qualifier, low, high):
    records, d = only(text)
    assert (d.qualifier, d.troops_min, d.troops_max) == (qualifier, low, high)
    assert label(records, d.origin) == "Russie"
    assert label(records, d.destination) == "Mali"
    assert d.status == "Sent"


def test_figure_span_covers_qualifier_and_troop_noun_and_evidence_is_the_sentence():
    text = "Contexte. La Turquie a dépêché environ 700 hommes en Libye. Autre phrase."
    records, d = only(text)
    assert text[d.start:d.end] == "environ 700 hommes"
    assert d.evidence == "La Turquie a dépêché environ 700 hommes en Libye."


def test_units_of_n_each_are_multiplied():
    records, d = only("L'Iran prépare deux bataillons de 800 soldats iraniens chacun pour la Syrie.")
    assert (d.qualifier, d.troops_min, d.troops_max) == ("Exact", 1600, 1600)
    assert label(records, d.origin) == "Iran"
    assert d.status == "Planned"


def test_a_part_of_a_group_is_a_withdrawn_part_not_a_new_deployment():
    text = ("Selon l'armée malienne, 12 des 30 soldats russes stationnés à Gao ont quitté "
            "leur base la semaine dernière.")
    records, found = claims(text)
    by_size = {d.troops_max: d for d in found}
    assert set(by_size) == {12, 30}
    assert by_size[12].status == "Withdrawn"
    assert by_size[30].status == "Deployed"
    assert all(label(records, d.origin) == "Russie" for d in found)


@pytest.mark.parametrize(
    "text",
    [
        "La Pologne a signé un contrat de 20 milliards de dollars avec la Corée du Sud.",
        "La guerre de Corée (1950-1953) a fait des millions de morts.",
        "Le 18 octobre, la Russie a envoyé des chars au Mali.",
        "Selon un sondage, 30 % des soldats français sont favorables.",
        "Le pays est devenu le 10e marché d'exportation d'armes.",
        "La Russie a livré 1 000 chars et 300 drones à la Syrie.",
        "Au moins 300 soldats russes ont été tués dans la région de Bakhmout, a indiqué Kiev.",
        "L'armée française compte 200 000 militaires.",
        "Trois hommes ont été arrêtés à Paris.",
    ],
)
def test_non_troop_figures_are_not_deployments(text):
    assert claims(text)[1] == []


def test_troops_of_the_receiving_side_count_with_their_place():
    records, d = only("Kiev affirme que la Russie a rassemblé quelque 40.000 soldats pour reprendre la région de Koursk.")
    assert (d.qualifier, d.troops_min) == ("About", 40000)
    assert label(records, d.origin) == "Russie"
    assert d.destination is None  # troops on their own soil
    assert kind(records, d.place) == "Place" and "Koursk" in label(records, d.place)
    assert label(records, d.claimant) == "Ukraine"
    assert d.status == "Deployed"


@pytest.mark.parametrize(
    "text, claimant",
    [
        ("La Turquie a dépêché 700 hommes en Libye, ont déclaré les États-Unis.", "États-Unis"),
        ("Selon Washington, la Turquie a dépêché 700 hommes en Libye.", "États-Unis"),
        ("Selon des sources sud-coréennes, la Turquie a dépêché 700 hommes en Libye.", "Corée du Sud"),
        ("Le Pentagone a indiqué que la Turquie avait dépêché 700 hommes en Libye.", "Pentagone"),
        ("La Turquie a dépêché 700 hommes en Libye, a déclaré Antony Blinken.", "Antony Blinken"),
    ],
)
def test_the_claimant_is_who_the_article_says_asserts_it(text, claimant):
    records, d = only(text)
    assert claimant in label(records, d.claimant)


def test_a_figure_in_the_articles_own_voice_has_no_claimant():
    records, d = only("Près de 700 soldats turcs sont déployés en Libye.")
    assert d.claimant is None

def test_an_unnamed_source_is_a_claimant_node_that_says_so():
    records, d = only("D'après des sources proches du dossier, 700 soldats turcs seraient déployés en Libye.")
    source = records_entity(records, d.claimant)
    assert source.kind == "Organization" and source.label == "sources proches du dossier"


def test_conflicting_figures_from_different_sources_all_stay():
    text = ("Selon Washington, la Turquie a dépêché 700 hommes en Libye. "
            "Le Kremlin affirme que la Turquie a envoyé plus de 2 000 soldats en Libye.")
    records, found = claims(text)
    assert [(d.qualifier, d.troops_min, label(records, d.claimant)) for d in found] == [
        ("Exact", 700, "États-Unis"), ("AtLeast", 2000, "Kremlin")]


@pytest.mark.parametrize(
    "text, status",
    [
        ("La Russie a envoyé 500 soldats au Mali.", "Sent"),
        ("Quelque 500 soldats russes sont déployés au Mali.", "Deployed"),
        ("Quelque 500 soldats russes sont en formation au Mali.", "InTraining"),
        ("La Russie a promis d'envoyer 500 soldats au Mali d'ici décembre.", "Planned"),
        ("Selon Paris, jusqu'à 500 soldats russes pourraient être déployés au Mali dans les prochains jours.",
         "Expected"),
        ("Quelque 500 soldats russes combattent au Mali.", "InCombat"),
        ("Quelque 500 soldats russes ont quitté le Mali.", "Withdrawn"),
    ],
)
def test_status_comes_from_the_cues_governing_the_figure(text, status):
    assert only(text)[1].status == status


def test_a_demonym_on_the_troop_noun_is_the_origin_and_a_place_gives_its_country():
    records, d = only("Près de 8 000 soldats nord-coréens sont déployés à Koursk.")
    assert label(records, d.origin) == "Corée du Nord"
    assert "Koursk" in label(records, d.place)
    assert label(records, d.destination) == "Russie"


def test_a_sentence_continuing_a_claim_inherits_its_claimant():
    text = ("Le renseignement sud-coréen a affirmé que la Corée du Nord avait envoyé 3 000 soldats en Russie. "
            "De ce nombre, au moins 500 personnes seraient déjà formées sur le sol russe.")
    records, found = claims(text)
    assert [d.troops_min for d in found] == [3000, 500]
    assert found[1].claimant == found[0].claimant is not None
    assert found[1].status == "InTraining"
    assert label(records, found[1].origin) == "Corée du Nord"


def test_dates_resolve_only_against_a_known_article_date():
    text = "La Turquie a dépêché 700 hommes en Libye, a déclaré mercredi Antony Blinken."
    assert only(text)[1].date is None
    assert only(text, date=date(2024, 10, 24))[1].date == date(2024, 10, 23)


def test_a_deadline_is_not_the_date_of_the_claim():
    text = "Le 2 octobre, la Russie a promis d'envoyer 500 soldats au Mali d'ici décembre."
    assert only(text, date=date(2024, 10, 24))[1].date == date(2024, 10, 2)


def test_where_troops_come_from_is_not_their_place():
    records, found = claims("La Russie a rassemblé 50 000 soldats, dont 3 000 venus de Tchétchénie, près de Koursk.")
    assert [d.troops_min for d in found] == [50000, 3000]  # "dont 3 000": the same troops
    assert all("Koursk" in label(records, d.place) for d in found)


def test_we_sent_makes_the_speakers_country_the_origin():
    records, d = only("« Nous avons envoyé 5 000 soldats en Syrie », a déclaré le président turc Recep Tayyip Erdogan.")
    assert label(records, d.origin) == "Turquie"
    assert label(records, d.destination) == "Syrie"
    assert "Erdogan" in label(records, d.claimant)


def records_entity(records, key):
    return next(e for e in records.entities if e.key == key)


# --- issue 15: every way news states a force -----------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Paris a envoyé 80 gendarmes mobiles en Nouvelle-Calédonie.", (80, 80, "Exact")),
    ("Près de 11.000 casques bleus sont déployés en RDC.", (11000, 11000, "About")),
    ("L'armée a acheminé un bataillon d'environ 800 hommes à El-Obeid.", (800, 800, "About")),
    ("Quelque 7.000 combattants ont été déployés autour de la ville.", (7000, 7000, "About")),
    ("Moscou a déployé près de deux mille hommes au Mali.", (2000, 2000, "About")),
    ("Un millier de soldats burundais ont été déployés au Sud-Kivu.", (1000, 1000, "About")),
    ("Des centaines de mercenaires colombiens combattent au Soudan.", (None, None, "Vague")),
    ("Plus de 450 soldats néerlandais sont arrivés en Roumanie.", (450, None, "AtLeast")),
    ("La résolution maintient un plafond de 14.400 militaires en Centrafrique.", (None, 14400, "UpTo")),
    ("Les effectifs déployés n'excéderaient pas 5.000 hommes.", (None, 5000, "UpTo")),
])
def test_troop_nouns_units_and_amounts_beyond_soldats(text, figure):
    _, d = only(text)
    assert (d.troops_min, d.troops_max, d.qualifier) == figure


def test_people_of_a_country_are_troops_beside_a_troop_noun():
    _, found = claims("La brigade compte 1 800 soldats en Roumanie, dont 1 100 Français et 250 Belges.")
    assert [(d.troops_min, d.origin) for d in found][1:] == [(1100, "country/FR"), (250, "country/BE")]
    _, found = claims("Plus de 11 millions de Soudanais ont fui leurs villages.")
    assert found == []


def test_figures_without_a_troop_noun_that_total_or_split_the_troops():
    _, found = claims("Un détachement d'environ 300 soldats russes a été envoyé à Tombouctou, "
                      "portant le total dans le nord à environ 900.")
    assert [d.troops_min for d in found] == [300, 900]
    assert found[1].origin == "country/RU"


@pytest.mark.parametrize("text, origin", [
    ("Un bataillon zambien d'environ 800 hommes doit arriver à Bria.", "ZM"),
    ("Paris, qui fournit environ 700 militaires à la Finul, a parlé.", "FR"),
    ("L'Irlande, dont plus de 330 militaires sont déployés près de Tibnine, a parlé.", "IE"),
    ("La Russie, qui maintient environ 3.000 militaires à Gyumri, appelle au calme.", "RU"),
    ("L'armée tchadienne a déployé 2 000 soldats à la frontière.", "TD"),
])
def test_origin_from_the_unit_or_the_holder_of_the_troops(text, origin):
    _, d = only(text)
    assert d.origin == f"country/{origin}"


@pytest.mark.parametrize("text, mode", [
    ("Plus de 9.000 militaires participent à l'exercice Baltic Shield en Estonie.", "Exercise"),
    ("Une rotation de 700 soldats français a eu lieu au Liban.", "Rotation"),
    ("La France enverra 150 hommes en renfort au Liban.", "Reinforcement"),
    ("La France a envoyé 150 hommes au Liban.", None),
])
def test_exercises_rotations_and_reinforcements_have_a_mode(text, mode):
    _, d = only(text)
    assert d.mode == mode


@pytest.mark.parametrize("text, claimant", [
    ("Selon le Washington Post, 4 000 marins américains sont déployés en mer Rouge.", "Washington Post"),
    ("Selon un diplomate occidental, 300 soldats russes sont arrivés à Tombouctou.", "diplomate occidental"),
    ("Selon la chaîne publique israélienne Kan, l'armée a positionné 15.000 soldats au nord.", "Kan"),
])
def test_claimants_that_are_not_persons_are_kept(text, claimant):
    records, d = only(text)
    assert label(records, d.claimant) == claimant


@pytest.mark.parametrize("text", [
    "Le manager a fait tourner son effectif à trois jours du match.",
    "Trois hommes ont été arrêtés à Paris.",
    "Plus de 40 soldats ont été tués et 12 faits prisonniers.",
    "Le budget prévoit 2 000 millions d'euros pour 5 000 missiles.",
])
def test_durations_arrests_casualties_money_and_missiles_are_no_deployments(text):
    assert claims(text)[1] == []
