"""Troop figures as any outlet writes them: Swiss and Belgian numbers, text
without accents, units and bare numbers with no troop noun, and the numbers
that count something else (issue 15: figures found, no deployment from a
non-troop number)."""
from __future__ import annotations

from conftest import found


def test_a_swiss_figure_and_a_belgian_number_word_are_troop_figures():
    assert [(lo, hi) for lo, hi, *_ in found(
        "Quelque 4'000 militaires suisses pourront être mobilisés pour le sommet.")] == [(4000, 4000)]
    assert [(lo, hi) for lo, hi, *_ in found(
        "Septante militaires seraient affectés à la gare, selon le ministère belge de la Défense.")] == [(70, 70)]


def test_casualties_written_without_accents_are_no_deployment():
    assert found("L'attaque du poste a coute la vie a 23 soldats la semaine derniere.") == []
    assert found('Le groupe affirme avoir tue "plus de 200 soldats", un bilan que l\'armee conteste.') == []


def test_a_unit_whose_strength_is_given_without_a_troop_noun_is_a_figure():
    assert [(lo, hi) for lo, hi, *_ in found(
        "Le Ghana a envoyé 300 soldats au Liban. Un second contingent de 450 doit suivre en mars.")] == [
        (300, 300), (450, 450)]


def test_a_bare_number_deployed_after_troops_were_counted_is_a_figure():
    assert [(lo, hi) for lo, hi, *_ in found(
        "La force doit compter 3 000 soldats. Seuls 900 ont été déployés à ce jour.")] == [
        (3000, 3000), (900, 900)]
    assert [(lo, hi) for lo, hi, *_ in found(
        "Le Portugal a rapatrié ses soldats. Les 120 derniers ont quitté Bangui lundi.")] == [(120, 120)]


def test_a_bare_number_or_a_group_of_something_else_is_no_figure():
    assert found("Le club a vendu 600 maillots. Seuls 100 ont été livrés.") == []
    assert found("Un groupe de 600 a manifesté devant la préfecture.") == []
    assert found("Le stade était plein. Les 300 derniers spectateurs ont quitté la tribune.") == []


def test_a_count_of_other_things_after_troops_is_no_figure():
    text = "Quelque 2 400 militaires français participent, aux côtés de soldats de onze autres pays."
    assert [(lo, hi) for lo, hi, *_ in found(text)] == [(2400, 2400)]


def test_a_part_of_other_things_after_troops_were_spoken_of_is_no_figure():
    text = ("Nos hommes se relaieront jour et nuit, a déclaré le commandant.\n"
            "Selon lui, 37 navires étrangers ont été arraisonnés, dont 11 battant pavillon chinois.")
    assert found(text) == []


def test_a_count_phrase_after_the_figure_names_its_troops():
    assert [(lo, hi, o) for lo, hi, o, *_ in found(
        "La ministre a ajouté que la relève portait à près de 900 le nombre de Belges déployés en "
        "opération.")] == [(900, 900, "country/BE")]
    assert (1200, 1200) in [(lo, hi) for lo, hi, *_ in found(
        "Un contingent de 400 policiers kényans doit arriver. Ce renfort portera à environ 1 200 "
        "l'effectif de la mission.")]


def test_a_count_phrase_before_the_figure_names_its_troops():
    assert [(lo, hi) for lo, hi, *_ in found(
        "Le nombre total de militaires américains en Pologne restera « autour de 10 000 ».")] == [
        (10000, 10000)]
    assert found("Le nombre de visiteurs atteindra 10 000 cette année.") == []


def test_a_number_subject_of_a_status_verb_in_the_present_is_a_figure():
    assert [(lo, hi) for lo, hi, *_ in found(
        "L'armée suisse a retiré ses 200 soldats du glacier. Une vingtaine y restent déployés.")] == [
        (200, 200), (20, 20)]
