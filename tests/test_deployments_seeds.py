"""The troop figures of the seed articles, as a careful reader lists them.

The expected figures were written down by reading ``seeds/*.txt``, not by
running the extractor: (troops_min, troops_max, qualifier) in text order.
"""
from __future__ import annotations

import pytest

EXPECTED = {
    "000_584b3e5c65d6adbc": [
        (None, None, "Vague"),     # headline: "Des milliers de soldats nord-coréens envoyés", alertent les États-Unis
        (None, 3000, "UpTo"),      # "jusqu'à 3 000 soldats nord-coréens", ont déclaré les États-Unis
        (None, 12000, "UpTo"),     # "jusqu'à 12000 soldats pourraient être déployés", sources sud-coréennes
    ],
    "001_94a0c47301de76d2": [
        (3000, 3000, "About"),     # NIS: "environ 3.000, soit le nombre de soldats déjà envoyés"
        (12000, 12000, "Exact"),   # Zelensky: two brigades of 6 000 each
        (12000, 12000, "Exact"),   # NIS, 18 October: "12 000 soldats"
        (3000, None, "AtLeast"),   # "De ce montant, au moins 3 000 personnes … formées"
        (18, 18, "Exact"),         # "18 des 40 soldats" … ont quitté: the part that left
        (40, 40, "Exact"),         # … the group of 40 instructors in training
        (10000, 10000, "About"),   # "environ 10 000 soldats" promised
    ],
    "002_875a825590cad64c": [
        (10000, 12000, "Range"),   # headline
        (50000, 50000, "About"),   # Russian troops gathered for Koursk
        (None, None, "Vague"),     # "dont plusieurs milliers de soldats nord-coréens"
        (10000, 12000, "Range"),   # the headline repeated in the body
    ],
    "003_428cd73657b1aa61": [
        (8000, 8000, "About"),     # "Près de 8 000 soldats nord-coréens sont déployés à Koursk"
        (None, None, "Vague"),     # "Des milliers de soldats nord-coréens ont été déplacés"
        (8000, None, "AtLeast"),   # Blinken: "pas moins de 8 000"
        (10000, None, "AtLeast"),  # Pentagone: "au moins 10 000 soldats"
    ],
    "004_742954ef2e2002a6": [
        (None, None, "Vague"),     # lede: "Des milliers de soldats … déployés"
        (None, None, "Vague"),     # "des milliers de soldats nord-coréens seraient déjà présents"
        (10000, 10000, "About"),   # subheading "Près de 10 000 soldats"
        (10000, 10000, "About"),   # "quelque 10 000 soldats"
        (None, None, "Vague"),     # Pentagone: un "petit nombre" d'entre eux à Koursk
    ],
}


def _label(records, key):
    return next((e.label for e in records.entities if e.key == key), None)


@pytest.mark.parametrize("article", sorted(EXPECTED))
def test_every_troop_figure_of_the_seeds_and_nothing_else(seeds_records, article):
    found = sorted(seeds_records[article].deployments, key=lambda d: d.start)
    assert [(d.troops_min, d.troops_max, d.qualifier) for d in found] == EXPECTED[article]


def test_seed_figures_of_north_korean_troops_go_from_north_korea_to_russia(seeds_records):
    for article, records in seeds_records.items():
        for d in records.deployments:
            if d.troops_max == 50000:
                continue
            assert _label(records, d.origin) == "Corée du Nord", (article, d)
            assert _label(records, d.destination) == "Russie", (article, d)


def test_the_russian_troops_for_koursk_are_russian_and_claimed_by_ukraine(seeds_records):
    records = seeds_records["002_875a825590cad64c"]
    (d,) = [d for d in records.deployments if d.troops_min == 50000]
    assert _label(records, d.origin) == "Russie"
    assert d.destination is None
    assert "Koursk" in _label(records, d.place)
    assert _label(records, d.claimant) == "Ukraine"


@pytest.mark.parametrize(
    "article, troops_max, claimant",
    [
        ("000_584b3e5c65d6adbc", 3000, "États-Unis"),
        ("000_584b3e5c65d6adbc", 12000, "Corée du Sud"),
        ("003_428cd73657b1aa61", 8000, "États-Unis"),
        ("003_428cd73657b1aa61", None, "Pentagone"),  # au moins 10 000
    ],
)
def test_seed_claimants(seeds_records, article, troops_max, claimant):
    records = seeds_records[article]
    matching = [d for d in records.deployments if d.troops_max == troops_max and (
        troops_max is not None or d.troops_min == 10000)]
    assert claimant in _label(records, matching[0].claimant)


def test_blinken_and_the_pentagon_disagree_and_both_stay(seeds_records):
    records = seeds_records["003_428cd73657b1aa61"]
    by_claimant = {_label(records, d.claimant): d.troops_min for d in records.deployments
                   if d.qualifier == "AtLeast"}
    assert by_claimant == {"Antony Blinken": 8000, "Pentagone": 10000}


def test_figures_in_the_articles_own_voice_have_no_claimant(seeds_records):
    records = seeds_records["004_742954ef2e2002a6"]
    own = [d for d in records.deployments if d.claimant is None]
    assert len(own) == 3
    # issue 15: "D'après des sources proches du dossier" is a claimant node of its own
    assert sorted(_label(records, d.claimant) for d in records.deployments if d.claimant) == [
        "Pentagone", "sources proches du dossier"]


def test_seed_statuses(seeds_records):
    def status(article, **fields):
        records = seeds_records[article]
        return [d.status for d in sorted(records.deployments, key=lambda d: d.start)
                if all(getattr(d, k) == v for k, v in fields.items())]

    assert status("000_584b3e5c65d6adbc", troops_max=3000) == ["Sent"]
    assert status("000_584b3e5c65d6adbc", troops_max=12000) == ["Expected"]
    assert status("001_94a0c47301de76d2", troops_max=18) == ["Withdrawn"]
    assert status("001_94a0c47301de76d2", troops_max=40) == ["InTraining"]
    assert status("001_94a0c47301de76d2", troops_min=3000, qualifier="AtLeast") == ["InTraining"]
    assert status("001_94a0c47301de76d2", troops_max=12000) == ["Planned", "Planned"]
    assert status("003_428cd73657b1aa61", troops_max=8000) == ["Deployed"]
