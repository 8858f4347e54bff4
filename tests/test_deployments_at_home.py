"""Where troops come from and go: troops in their own country (police and
armies at home), troops spread over several countries or from abroad, regions
the gazetteer lacks, borders, and who announces a sending (issue 15: origin
and destination)."""
from __future__ import annotations

from conftest import extracted, found


def test_police_placed_in_a_town_of_a_named_country_are_its_own_at_home():
    [(_, _, origin, destination, _)] = found(
        "Le gouvernement belge renforce la sécurité. Environ 500 policiers ont été déployés à Liège "
        "ce week-end.")
    assert (origin, destination) == ("country/BE", None)


def test_soldiers_placed_in_the_only_country_of_their_sentence_are_its_own():
    [(_, _, origin, destination, _)] = found(
        "Le Japon a protesté contre les essais.\nAu Sénégal, quelque 900 militaires sont mobilisés à "
        "Ziguinchor depuis lundi.")
    assert (origin, destination) == ("country/SN", None)


def test_peacekeepers_in_a_country_keep_it_as_their_destination():
    [(_, _, origin, destination, _)] = found(
        "Le Japon a protesté contre les essais.\nPrès de 2 000 casques bleus sont déployés à Gao, au Mali.")
    assert (origin, destination) == (None, "country/ML")


def test_foreign_fighters_are_not_the_own_troops_of_the_country_they_are_in():
    [(_, _, origin, destination, _)] = found(
        "Le Japon a protesté contre les essais.\nPlus de 1 000 combattants étrangers sont arrivés à Gao, au Mali.")
    assert origin is None
    assert destination == "country/ML"


def test_gendarmes_of_a_country_the_article_never_names_have_neither_origin_nor_destination():
    [(_, _, origin, destination, _)] = found(
        "Incendies : l'Italie prête deux avions.\n"
        "Une cinquantaine de gendarmes ont été mobilisés autour de Narbonne.")
    assert (origin, destination) == (None, None)


def test_troops_spread_over_several_countries_have_no_destination():
    assert [(o, d) for *_, o, d, _ in found(
        "Environ 600 militaires belges sont engagés en Roumanie et en Lituanie.")] == [("country/BE", None)]
    assert [(o, d) for *_, o, d, _ in found(
        "Environ 600 militaires belges sont engagés en Roumanie, en Estonie et en Lituanie.")] == [
        ("country/BE", None)]


def test_troops_sent_to_one_country_keep_it_as_their_destination():
    assert [(o, d) for *_, o, d, _ in found(
        "La Belgique a envoyé environ 600 militaires en Roumanie.")] == [("country/BE", "country/RO")]


def test_a_multinational_force_written_without_accents_has_no_one_origin():
    [(*_, origin, _, _)] = found(
        "La force unifiee de l'Alliance, installee a Niamey, compte deja environ 5 000 hommes.")
    assert origin is None


def test_the_neighbour_across_a_border_is_not_whose_troops_they_are():
    [(_, _, origin, _, _)] = found(
        "Le ministre polonais de la Défense a annoncé le déploiement de 2 000 soldats supplémentaires le long "
        "de la frontière avec le Bélarus.")
    assert origin == "country/PL"


def test_who_announces_a_sending_announces_its_own_troops():
    [(_, _, origin, _, _)] = found(
        "La Moldavie s'inquiète.\n"
        "Le ministre roumain de la Défense a annoncé l'envoi de 600 soldats supplémentaires d'ici l'été.")
    assert origin == "country/RO"


def test_who_announces_an_arrival_does_not_send_the_troops():
    [(_, _, origin, _, _)] = found(
        "La Moldavie s'inquiète.\n"
        "Le ministre roumain de la Défense a annoncé l'arrivée de 600 soldats d'ici l'été.")
    assert origin != "country/RO"


def test_police_placed_nowhere_serve_in_the_country_of_the_articles_places_when_named():
    text = ("Le sélectionneur portugais assistera au match à Lens. Le ministre français de l'Intérieur "
            "a annoncé des renforts.\nQuelque 800 policiers et gendarmes seront mobilisés samedi.")
    assert [(o, d) for *_, o, d, _ in found(text)] == [("country/FR", None)]


def test_police_placed_nowhere_take_no_country_named_only_inside_an_organisation_name():
    text = ("Le sélectionneur portugais assistera au match à Lens. Météo-France annonce de la pluie.\n"
            "Quelque 800 policiers et gendarmes seront mobilisés samedi.")
    assert [o for *_, o, d, _ in found(text)] == [None]


def test_a_place_that_describes_the_source_is_not_where_the_troops_are():
    [(*_, origin, destination, claimant)] = found(
        "Le Japon proteste.\nL'armée a renforcé ses positions avec des centaines de soldats, selon "
        "L'Observateur du Maghreb, un site basé à Casablanca.")
    assert destination is None


def test_a_demonym_after_a_troop_noun_of_several_words_gives_the_origin():
    [(lo, _, origin, destination, _)] = found(
        "Le retrait des près de 2 000 soldats de la paix russes déployés dans la région s'est achevé cet été.")
    assert (lo, origin) == (2000, "country/RU")
    assert destination != "country/RU"


def test_the_sender_of_another_clause_above_the_announcement_is_not_the_origin():
    text = ("Le Pentagone a démenti les informations selon lesquelles les États-Unis s'apprêteraient à retirer "
            "des soldats, au moment où Varsovie annonce le déploiement de 4 000 militaires supplémentaires "
            "à sa frontière avec le Bélarus.")
    assert [o for _, _, o, _, _ in found(text)] == ["country/PL"]


def test_a_region_the_gazetteer_lacks_gives_its_country_from_the_iso_subdivisions():
    text = "Le Rwanda dément.\nEntre 3 000 et 4 000 soldats rwandais sont déployés au Nord-Kivu, selon les experts."
    assert [(o, d) for *_, o, d, _ in found(text)] == [("country/RW", "country/CD")]


def test_a_region_name_several_countries_share_gives_no_country():
    from kg.subdivisions import region_country
    assert region_country("Ouaddaï") == "country/TD"
    assert region_country("Nord") is None



def test_a_headline_kicker_names_where_the_headline_troops_go():
    text = ("Géorgie : Berlin va envoyer une centaine d'instructeurs militaires\n"
            "Le gouvernement allemand a confirmé l'envoi d'une centaine d'instructeurs militaires.")
    assert [(o, d) for *_, o, d, _ in found(text)][0] == ("country/DE", "country/GE")


def test_a_kicker_in_the_body_names_no_destination():
    text = ("Le Japon proteste.\nGéorgie : Berlin va envoyer une centaine d'instructeurs militaires.")
    assert [d for *_, d, _ in found(text)] == [None]


def test_gendarmes_sent_to_a_border_region_are_at_home_whatever_neighbour_is_named():
    text = ("Le ministre français de l'Intérieur a salué l'opération.\n"
            "Environ 300 gendarmes ont été envoyés en renfort dans les Pyrénées-Orientales, sur la frontière "
            "avec l'Espagne.")
    assert [(o, d) for *_, o, d, _ in found(text)] == [("country/FR", None)]


def test_a_region_the_gazetteer_keeps_without_a_country_gets_none_from_the_subdivisions():
    text = ("Le Japon proteste.\nLes 5 000 soldats de l'opération ont quitté le Sahel en 2022.")
    assert [d for *_, d, _ in found(text)] == [None]


def test_who_is_accused_of_massing_troops_is_their_origin_not_the_accuser():
    text = ("Le gouvernement malien a accusé mardi le Niger d'avoir massé « entre 1 000 et 2 000 soldats » "
            "en appui aux rebelles.")
    assert [o for _, _, o, _, _ in found(text)] == ["country/NE"]


def test_forces_at_home_whose_country_only_their_places_name_have_no_origin():
    # Fréjus and the Var lie in France, but the article never names France itself
    [(_, _, origin, destination, _)] = found(
        "Incendie dans le Var : le feu progresse.\n"
        "Environ 240 militaires de la sécurité civile ont été mobilisés à Fréjus, a indiqué le préfet.")
    assert (origin, destination) == (None, None)


def test_forces_at_home_of_a_country_the_article_names_keep_it_as_origin():
    [(_, _, origin, destination, _)] = found(
        "La France face aux incendies.\n"
        "Environ 240 militaires de la sécurité civile ont été mobilisés à Fréjus, a indiqué le préfet.")
    assert (origin, destination) == ("country/FR", None)


def test_a_neighbours_police_is_not_sent_where_the_other_sides_gendarmes_serve():
    deployments = found(
        "Environ 300 gendarmes ont été envoyés en renfort dans les Pyrénées-Orientales, à la frontière "
        "avec l'Espagne. Quelque 450 gendarmes du département sont déjà mobilisés dans les "
        "Pyrénées-Orientales.\nCôté espagnol, la Guardia Civil a déployé près de deux cents gardes civils "
        "le long de la frontière.")
    assert deployments[-1][2:4] == ("country/ES", None)


def test_a_region_adjective_is_no_destination_of_gendarmes_at_home():
    # "guyanais" qualifies a place here ("l'ouest guyanais"), not a country
    deployments = found(
        "Au moins 150 gendarmes mobiles viendront renforcer le dispositif dans l'ouest guyanais.")
    assert [(o, d) for _, _, o, d, _ in deployments] == [(None, None)]


def test_troops_of_an_alliance_have_no_origin_whatever_adversary_the_sentence_names():
    [(_, _, origin, _, _)] = found(
        "Le ministère russe de la Défense a affirmé que jusqu'à 15 000 soldats de l'Otan étaient "
        "désormais massés dans les pays baltes.")
    assert origin is None


def test_fighters_of_a_non_state_group_have_neither_origin_nor_destination():
    deployments = found(
        "Le Kenya a envoyé 400 policiers en Haïti. Près de 800 policiers kényans sont déjà en Haïti.\n"
        "Selon la police, la coalition des gangs compterait plusieurs milliers de combattants.")
    assert deployments[-1][2:4] == (None, None)


def test_fighters_a_state_sends_are_its_own():
    [(_, _, origin, _, _)] = found("La Russie a envoyé pas moins de 900 combattants au Mali.")
    assert origin == "country/RU"


def test_police_of_the_multinational_mission_in_haiti_serve_in_haiti():
    deployments = found(
        "Un contingent de 200 policiers jamaïcains a rejoint la Mission multinationale d'appui à la "
        "sécurité (MMAS).")
    assert deployments[0][3] == "country/HT"


def test_the_kicker_country_is_the_usual_destination_of_figures_naming_none():
    deployments = found(
        "Lituanie : la brigade allemande mène son premier grand exercice\n"
        "Près d'un millier de militaires allemands participent aux manœuvres de Pabradė.")
    assert [(o, d) for _, _, o, d, _ in deployments] == [("country/DE", "country/LT")]


def test_troops_placed_in_a_region_of_several_countries_take_no_usual_destination():
    deployments = found(
        "Lituanie : la brigade allemande mène son premier grand exercice\n"
        "Près d'un millier de militaires allemands participent aux manœuvres de Pabradė. Moscou affirme "
        "que jusqu'à 15 000 soldats de l'Otan sont massés dans les pays baltes.")
    assert deployments[-1][2:4] == (None, None)


def test_a_figure_each_of_coordinated_countries_sends_is_one_figure_per_country():
    deployments = found("Selon lui, la Jamaïque et le Guatemala se sont engagés à envoyer « une centaine "
                        "d'hommes chacun » d'ici février en Haïti.")
    assert [(lo, o, d) for lo, _, o, d, _ in deployments] == [
        (100, "country/JM", "country/HT"), (100, "country/GT", "country/HT")]
    records = extracted("La France et l'Allemagne enverront 300 soldats chacune en Lituanie.")
    assert len({(d.start, d.end) for d in records.deployments}) == 2  # one node each


def test_each_unit_of_a_strength_is_still_one_product():
    assert [(lo, hi) for lo, hi, *_ in found("Le Ghana a déployé deux brigades de 6 000 soldats chacune au Mali.")] == [
        (12000, 12000)]


def test_a_regions_kicker_gives_no_destination_to_troops_at_home():
    deployments = found(
        "Hautes-Pyrénées : les recherches reprennent\n"
        "Une vingtaine de militaires du 1er régiment de hussards parachutistes ratissent le massif.")
    assert [d for _, _, _, d, _ in deployments] == [None]


def test_a_kicker_longer_than_a_country_name_gives_no_usual_destination():
    deployments = found(
        "Lac Tchad : l'armée tchadienne déploie un bataillon\n"
        "Le Cameroun maintient pour sa part plus de 2 500 soldats dans l'Extrême-Nord.")
    assert [d for _, _, _, d, _ in deployments] == [None]


def test_a_country_sending_its_troops_that_its_minister_announces_is_their_origin():
    rec = extracted("SOFIA (Reuters) - La Bulgarie va déployer 900 soldats supplémentaires le long de sa frontière "
                    "avec la Turquie, sur le fleuve Maritsa, afin de faire face à une hausse des passages, a annoncé "
                    "jeudi le ministre bulgare de la Protection civile.")
    d = next(d for d in rec.deployments if d.troops_min == 900)
    assert d.origin == "country/BG" and d.destination is None


def test_another_countrys_minister_announcing_a_sending_gives_the_sender_not_his_country():
    rec = extracted("MOGADISCIO (AFP) - L'Egypte va déployer jusqu'à 1 100 soldats en Somalie, a annoncé samedi "
                    "le ministre somalien de la Défense, Abdi Warsame.")
    d = next(d for d in rec.deployments if d.troops_max == 1100)
    assert d.origin == "country/EG" and d.destination == "country/SO"
