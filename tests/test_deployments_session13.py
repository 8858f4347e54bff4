"""Troop figures of session 13: the constructions new text (h10) showed, each on a sentence of our own."""
from __future__ import annotations

from conftest import extracted


def figures(text):
    """[(min, max, origin label, destination label, place label, status)] of ``text`` as one article."""
    records = extracted(text)
    label = {e.key: e.label for e in records.entities}
    return [(d.troops_min, d.troops_max, label.get(d.origin), label.get(d.destination), label.get(d.place),
             d.status) for d in records.deployments]


def counts(text):
    return [(low, high) for low, high, *_ in figures(text)]


def test_national_guardsmen_are_troops_and_guards_beside_a_unit():
    text = ("Le Brésil a envoyé 8 000 gardes nationaux vers l'Amazonie. "
            "Le premier détachement, quelque 900 gardes, a quitté Brasilia lundi.")
    assert counts(text) == [(8000, 8000), (900, 900)]


def test_custody_is_no_guard():
    assert counts("La police a procédé à 300 gardes à vue pendant le week-end.") == []


def test_riot_police_and_civil_servants_of_the_police_are_forces():
    text = "La police nationale mobilisera 2 000 fonctionnaires à Lyon, dont 300 CRS."
    assert counts(text) == [(2000, 2000), (300, 300)]


def test_civil_servants_with_no_police_are_no_forces():
    assert counts("La réforme concerne 2 000 fonctionnaires de la mairie.") == []


def test_border_guard_agency_makes_its_agents_forces():
    text = "L'agence de garde-frontières a annoncé qu'elle enverrait 120 agents en Bulgarie."
    assert counts(text) == [(120, 120)]


def test_a_kicker_naming_two_countries_is_a_border_not_a_destination():
    [(_, _, origin, destination, _, _)] = figures(
        "Frontière Pérou-Équateur : Lima dit avoir massé 3 000 soldats")
    assert (origin, destination) == ("Pérou", None)


def test_troops_on_their_way_are_sent():
    [(*_, status)] = figures("Le Pérou affirme que 2 000 soldats équatoriens sont en route vers la frontière.")
    assert status == "Sent"


def test_a_conditional_in_the_second_content_of_a_past_claim_is_to_come():
    statuses = [f[-1] for f in figures(
        "Le ministre a précisé que ces soldats viendraient soutenir les 1 000 policiers déjà présents, "
        "et que 300 d'entre eux arriveraient dès mardi.")]
    assert statuses[-1] == "Planned"


def test_who_forms_a_contingent_is_not_trained():
    [(*_, status)] = figures("Les Portugais forment le troisième contingent, avec environ 400 soldats.")
    assert status == "Deployed"


def test_trained_troops_are_still_in_training():
    [(*_, status)] = figures("La France a formé 600 soldats ukrainiens en Pologne.")
    assert status == "InTraining"


def test_neighbours_across_the_border_do_not_make_troops_foreign():
    text = ("Slovaquie : l'armée reste à la frontière\n"
            "Le gouvernement slovaque a prolongé la mission.\n\n"
            "Environ 700 soldats sont engagés le long des frontières avec la Hongrie et l'Ukraine.")
    [(_, _, origin, destination, _, _)] = figures(text)
    assert (origin, destination) == ("Slovaquie", None)


def test_their_number_brought_to_a_ceiling_is_a_figure_of_the_troops_before():
    text = ("Environ 700 soldats sont engagés à la frontière. "
            "Leur nombre pourra être porté jusqu'à 1.200 en cas de besoin, a précisé la ministre.")
    assert counts(text) == [(700, 700), (None, 1200)]


def test_places_listed_with_commas_give_no_one_place():
    [(*_, place, _)] = figures(
        "Quelque 5 000 militaires allemands sont stationnés en Bavière, en Saxe et en Hesse.")
    assert place is None


def test_a_future_the_tagger_reads_as_present_is_to_come():
    [(*_, status)] = figures("Selon le ministre, ces renforts porteront à 5 000 hommes l'effectif de l'armée.")
    assert status == "Planned"


def test_troops_coming_as_reinforcements_are_planned_whatever_word_says_presence():
    [(*_, status)] = figures(
        "Une trentaine de militaires viendront en renfort autour des zones de départ et d'arrivée.")
    assert status == "Planned"


def test_a_figure_on_each_side_is_one_figure_per_country():
    text = ("Cachemire : Islamabad et New Delhi se rencontrent\n"
            "Selon un chercheur, « près de 30 000 soldats » restent massés de chaque côté de la ligne.")
    origins = sorted(f[2] for f in figures(text))
    assert origins == ["Inde", "Pakistan"]


def test_figures_of_an_article_on_forces_at_home_take_its_one_origin():
    text = ("Le Bénin a déployé 1 000 militaires béninois dans le nord, après des attaques de groupes "
            "venus du Niger.\n\n"
            "Ces renforts porteront à 4 000 le nombre de soldats béninois dans la région.\n\n"
            "« On voit à peine 300 soldats de plus », dit un élu.")
    assert [f[2] for f in figures(text)] == ["Bénin", "Bénin", "Bénin"]


def test_a_dateline_agency_in_brackets_is_no_owner_of_the_troops():
    text = ("Cotonou, 2 mars (ABP) – Quelque 1 000 militaires ont été déployés dans le nord.\n\n"
            "Ces renforts porteront à 4 000 le nombre de soldats béninois dans la région.\n\n"
            "Les 800 soldats béninois de la zone seront relevés.")
    assert [f[2] for f in figures(text)] == ["Bénin", "Bénin", "Bénin"]


def test_soldiers_counted_in_a_toll_are_casualties():
    text = "Les attaques ont fait au moins 60 morts depuis janvier, dont 25 soldats."
    assert counts(text) == []


def test_a_part_of_troops_is_still_a_figure():
    text = "L'armée a déployé 3 000 militaires dans la région, dont 500 soldats des forces spéciales."
    assert counts(text) == [(3000, 3000), (500, 500)]


def test_troops_come_from_several_countries_have_no_one_origin():
    text = "En Gambie, la force compte 800 militaires venus du Sénégal, du Ghana et du Nigeria."
    [(_, _, origin, _, _, _)] = figures(text)
    assert origin is None




def test_a_minister_saying_his_country_calls_up_reservists_gives_his_country():
    [(_, _, origin, _, _, status)] = figures(
        "Le ministre estonien de la Défense a indiqué que son pays convoquerait 900 réservistes en mai.")
    assert (origin, status) == ("Estonie", "Planned")


def test_the_country_a_headline_places_the_story_in_is_where_its_troops_are():
    text = ("« La mission avance », assure le général belge en Roumanie\n"
            "Le général dirige les quelque 800 soldats belges du camp Cincu.\n\n"
            "Les Français forment le premier contingent, avec environ 1 000 soldats.")
    assert [f[3] for f in figures(text)] == ["Roumanie", "Roumanie"]


def test_troops_announced_as_such_are_planned():
    [(*_, status)] = figures("Bamako annonce 2 000 soldats de plus dans le centre")
    assert status == "Planned"


def test_the_target_a_verb_brings_a_presence_to_takes_the_verbs_time():
    [(*_, status)] = figures("Le gouvernement va porter sa présence militaire dans l'archipel à près de 400 hommes.")
    assert status == "Planned"
    [(*_, status)] = figures("La force atteindra 5 000 hommes.")
    assert status == "Planned"


def test_a_joint_staff_is_one_armys_not_several_countries():
    text = ("Le président péruvien a décrété l'état d'urgence à Lima.\n\n"
            "Le Commandement conjoint des forces armées a précisé que 800 militaires seraient envoyés depuis Cuzco.")
    [(_, _, origin, destination, _, _)] = figures(text)
    assert (origin, destination) == ("Pérou", None)


def test_a_figure_after_a_statement_on_another_matter_is_the_articles_own():
    text = ("Les organisateurs ont salué « une collaboration exemplaire » avec les services de la ville. "
            "Le dernier sommet, en 2019, avait mobilisé environ 2 000 policiers.")
    records = extracted(text)
    assert [d.claimant for d in records.deployments] == [None]


def test_a_figure_after_a_statement_on_the_forces_is_the_speakers():
    text = ("Les militaires appuieront la police aux frontières, indique le ministère de la Défense. "
            "L'effectif maximal est fixé à 3 000 militaires.")
    records = extracted(text)
    assert [d.claimant for d in records.deployments] != [None]


def test_we_are_some_number_is_the_speakers_force_where_troops_are_spoken_of():
    text = "Combien de soldats compte la base ? Nous sommes environ 1 200, dont une compagnie du génie."
    assert counts(text) == [(1200, 1200)]


def test_we_are_some_number_elsewhere_counts_no_troops():
    assert counts("Nous sommes environ 1 500 à manifester pour nos salaires.") == []


def test_our_troops_are_the_speakers_countrys():
    text = ("La générale française Anne Vasseur commande la base de Djibouti, face aux bases chinoise et "
            "américaine. « Ce que je peux dire, c'est que 300 de nos marins ont été projetés au large du "
            "Yémen », a-t-elle dit.")
    [(_, _, origin, *_)] = figures(text)
    assert origin == "France"


def test_a_claim_verb_gives_a_status_only_to_the_troops_it_takes_as_object():
    [(*_, status)] = figures("La 12e brigade, stationnée en Pologne, compte désormais 3.200 soldats et quelque "
                             "150 employés civils, a annoncé lundi le ministère néerlandais de la Défense.")
    assert status == "Deployed"


def test_a_claim_verb_under_a_modal_still_gives_its_status():
    [(*_, status)] = figures("Environ 1 500 réservistes pourraient être rappelés en cas de besoin, a-t-il ajouté.")
    assert status == "Planned"


def test_units_a_claim_verb_announces_are_planned():
    statuses = [f[-1] for f in figures("Le Togo et le Bénin ont annoncé des contingents de 400 et 300 militaires "
                                       "respectivement.")]
    assert statuses == ["Planned", "Planned"]
