"""Entities French running text names in lower case or in passing: regions after an
article or in brackets, institutions introduced by their noun, long ministry names,
seats' towns, namesake towns GeoNames lacks, and "l'État" acting (issue 15)."""
from __future__ import annotations

from conftest import entity_labelled, entity_labels, extracted


def test_a_region_after_an_article_is_a_place_though_the_dictionary_lists_its_name():
    records = extracted("Le vote de la Haute-Garonne a surpris. Le président de la Haute-Garonne, "
                        "Paul Mercier, a salué le résultat mardi.")
    assert "Haute-Garonne" in entity_labels(records, "Place")


def test_a_region_in_brackets_after_a_town_is_a_place_even_a_compass_word():
    records = extracted("Devant l'usine Ferronor, à Hautmont (Nord), les salariés ont voté la grève, "
                        "selon la CGT.")
    assert "Nord" in entity_labels(records, "Place")


def test_an_institution_noun_in_lower_case_keeps_the_name_it_introduces():
    records = extracted("Selon l'institut gfs.bern, le oui l'emporte. Pour Aiko Tanaka, chercheuse à "
                        "l'université Keio, rien n'est joué.")
    labels = {label.lower() for label in entity_labels(records, "Organization")}
    assert {"institut gfs.bern", "université keio"} <= labels


def test_a_canton_is_named_without_its_noun():
    records = extracted("Le oui atteint 61 % dans le canton de Vaud, a indiqué la chancellerie.")
    assert "Vaud" in entity_labels(records, "Place")


def test_a_ministry_listing_its_portfolios_is_one_name():
    records = extracted("Le Département fédéral de l'environnement, des transports, de l'énergie et de "
                        "la communication a publié son rapport lundi.")
    assert ("Département fédéral de l'environnement, des transports, de l'énergie et de la communication"
            in entity_labels(records, "Organization"))


def test_a_comma_after_a_ministry_without_a_closing_et_de_ends_its_name():
    records = extracted("Le Département fédéral de l'environnement, dirigé par Anne Roux, a publié "
                        "son rapport lundi.")
    assert "Département fédéral de l'environnement" in entity_labels(records, "Organization")


def test_a_port_authority_is_an_organisation_that_names_its_town():
    records = extracted("Du côté du port autonome de Dakar, on s'inquiète d'une baisse du trafic.")
    assert "Port autonome de Dakar" in entity_labels(records, "Organization")
    assert "Dakar" in entity_labels(records, "Place")


def test_a_hospital_named_by_its_town_mentions_the_town():
    records = extracted("Le professeur Marc Girard, infectiologue au CHU de Nantes, appelle à la prudence.")
    assert "CHU de Nantes" in entity_labels(records, "Organization")
    assert "Nantes" in entity_labels(records, "Place")


def test_a_capitalised_word_after_en_is_a_land_not_a_common_noun():
    records = extracted("Le délégué du gouvernement espagnol en Catalogne, Jordi Puig, s'est félicité "
                        "de la coopération.")
    assert "Catalogne" in entity_labels(records, "Place")


def test_a_small_french_town_far_from_the_story_s_country_keeps_its_country():
    records = extracted("À la frontière espagne, la Guardia Civil renforce ses contrôles en Catalogne et à "
                        "Gérone. Madrid dit suivre la situation. Le premier escadron, soit 72 gendarmes venus "
                        "de Pontivy, est arrivé mercredi.")
    pontivy = entity_labelled(records, "Pontivy")
    assert pontivy is not None and pontivy.located_in == "country/FR"


def test_a_small_town_in_a_country_the_story_never_names_is_an_unknown_namesake():
    # GeoNames lists a Tapa in India only; the story is set in Estonia
    records = extracted("Des chars britanniques sont arrivés à Tapa, dans le centre de l'Estonie, a "
                        "annoncé l'état-major estonien. L'Estonie accueille ce bataillon depuis 2017.")
    tapa = entity_labelled(records, "Tapa")
    assert tapa is not None and tapa.kind == "Place"
    assert tapa.located_in == "country/EE"
    assert "Inde" not in entity_labels(records)


def test_a_large_town_keeps_its_country_where_the_story_names_others():
    records = extracted("Le ministre allemand est arrivé à Lyon, où il a rencontré des élus.")
    lyon = entity_labelled(records, "Lyon")
    assert lyon is not None and lyon.located_in == "country/FR"


def test_the_state_asked_to_act_is_the_story_s_country():
    records = extracted("À Rennes et à Brest, les maires demandent à l'État de financer les travaux. "
                        "La préfecture de Bretagne, à Rennes, étudie le dossier.")
    assert "France" in entity_labels(records, "Country")


def test_the_state_in_a_representative_s_title_speaking_by_narrative_infinitive_is_no_country():
    # "Et X de souligner" is the narration's infinitive: the representative speaks, "l'État" is his title
    records = extracted("À Rennes, à Brest et à Quimper, les maires attendent des crédits. "
                        "Le représentant de l'État de rappeler les règles.")
    assert "France" not in entity_labels(records, "Country")


def test_the_united_nations_completing_a_body_s_capitalised_name_are_no_mention():
    records = extracted("Les routes restent coupées, a indiqué mardi le Bureau régional des Nations unies "
                        "dans une note aux bailleurs.")
    assert "Organisation des Nations unies" not in entity_labels(records)


def test_the_united_nations_after_a_title_are_a_mention():
    records = extracted("Le secrétaire général des Nations unies a appelé au calme dimanche.")
    assert "Organisation des Nations unies" in entity_labels(records)


def test_a_regional_government_named_by_its_region_is_one_body():
    from conftest import entity_labels, extracted

    rec = extracted("Le gouvernement régional de Catalogne redoute un vide juridique, a-t-il fait savoir.")
    assert "Gouvernement régional de Catalogne" in entity_labels(rec, "Organization")
