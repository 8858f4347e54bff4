"""Entities on French news habits (issue 15, session 9): local bodies named by their
noun alone, datelines, places with an article, nicknames, demonyms before names."""
from __future__ import annotations

from kg.records import COUNTRY, ORGANIZATION, PERSON, PLACE

from conftest import entity_labelled as entity, extracted as run


def mentioned(rec, key, text):
    return [text[m.start:m.end] for m in rec.mentions if m.entity == key]


def test_a_bare_prefecture_is_the_one_its_prefect_serves():
    text = ("Le préfet du Var, Karim Saïdi, a annoncé l'envoi de militaires. "
            "La préfecture a précisé que 50 gendarmes étaient mobilisés.")
    rec = run(text)
    body = entity(rec, "Préfecture du Var")
    assert body is not None and body.kind == ORGANIZATION
    assert mentioned(rec, body.key, text) == ["préfecture"]
    assert "préfecture" not in body.aliases  # a common noun, never a name


def test_a_bare_body_is_the_one_the_article_names_in_full():
    text = "Le parquet de Rennes a requis deux ans. Le parquet a fait appel mardi."
    rec = run(text)
    body = entity(rec, "Parquet de Rennes")
    assert mentioned(rec, body.key, text) == ["parquet de Rennes", "parquet"]


def test_a_bare_body_without_a_named_territory_stays_unnamed():
    rec = run("Le procureur de la République, Ibrahima Ndoye, a requis six mois. Le parquet a fait appel.")
    assert not [e for e in rec.entities if e.kind == ORGANIZATION]


def test_a_body_noun_after_a_locative_is_its_building():
    text = ("Le préfet du Var, Karim Saïdi, a parlé. Une rencontre à la préfecture est prévue jeudi.")
    rec = run(text)
    assert entity(rec, "Préfecture du Var") is None


def test_the_territory_of_a_prefects_title_is_a_place():
    rec = run("Le préfet du Var, Karim Saïdi-Laborde, a annoncé l'engagement de 240 militaires.")
    assert entity(rec, "Var").kind == PLACE


def test_a_dateline_with_an_outlet_of_several_words_gives_the_city():
    rec = run("KINSHASA, 21 nov. 2026 (Congo Matin) – Le gouvernement congolais a accusé vendredi le Rwanda.")
    assert entity(rec, "Kinshasa").kind == PLACE
    assert entity(rec, "Congo Matin").kind == ORGANIZATION
    assert entity(rec, "KINSHASA") is None


def test_a_city_in_capitals_before_a_dash_is_the_dateline_city():
    rec = run("Kosovo: le Parlement prolonge la mission\nBERNE - Le Conseil national a approuvé mardi la prolongation.")
    assert entity(rec, "Berne").kind == PLACE
    assert not any("place/berne" in e.metonyms for e in rec.entities)


def test_a_capitalised_article_inside_a_sentence_begins_a_place_name():
    rec = run("Un Canadair largue de l'eau au-dessus de La Garde-Freinet, mardi matin.")
    assert entity(rec, "La Garde-Freinet").kind == PLACE
    assert entity(rec, "Garde-Freinet") is None


def test_a_nickname_given_with_a_name_is_that_person():
    text = ("Le chef de gang Wilson Jean-Baptiste, dit «Ti Lapli», a diffusé une vidéo. "
            "Selon la police, Ti Lapli contrôle trois quartiers.")
    rec = run(text)
    person = entity(rec, "Wilson Jean-Baptiste")
    assert person.kind == PERSON and entity(rec, "Ti Lapli") is None
    assert mentioned(rec, person.key, text).count("Ti Lapli") == 2


def test_a_capitalised_demonym_stands_as_the_title_before_a_name():
    rec = run("« Le retrait doit être ordonné », a prévenu la cheffe de la mission, la Guinéenne "
              "Fatoumata Diallo-Keïta. Elle a indiqué qu'un contingent avait quitté le pays.")
    assert entity(rec, "Fatoumata Diallo-Keïta").kind == PERSON


def test_a_bank_named_in_a_role_is_a_body_not_a_portfolio():
    rec = run("Sophie Nkemelu-Barbier, économiste en chef du Crédit Rhodanien, estime que la baisse vient tard.")
    assert entity(rec, "Crédit Rhodanien").kind == ORGANIZATION


def test_the_parliament_alone_is_that_of_the_country_the_sentence_before_names():
    rec = run("Le Soudan accuse le Tchad. Le Soudan a fermé sa frontière. Côté tchadien, l'opposition "
              "parle d'une fuite en avant. Le député Ahmat Djidda a réclamé un débat au Parlement.")
    body = entity(rec, "Parlement tchadien")
    assert body is not None and body.affiliations == ["country/TD"]


def test_a_name_after_chez_is_a_body_not_a_place():
    rec = run("Chez Vooruit, on se dit prêt à discuter, mais pas sous la menace.")
    assert entity(rec, "Vooruit").kind == ORGANIZATION


def test_feature_nouns_name_stadiums_glaciers_and_the_places_of_barracks():
    rec = run("Les Toulousains se sont imposés au stade Ernest-Wallon. Le glacier d'Aletsch fond. "
              "Quelque 250 militaires ont quitté la caserne de Bourg-Léopold pour la Roumanie.")
    assert entity(rec, "Stade Ernest-Wallon").kind == PLACE
    assert entity(rec, "Glacier d'Aletsch").kind == PLACE
    assert entity(rec, "Bourg-Léopold").kind == PLACE


def test_a_number_word_opening_a_quote_is_no_entity():
    rec = run("« Quarante millions, c'est le prix de quelques kilomètres d'autoroute », a ironisé Léonore Bétrisey.")
    assert entity(rec, "Quarante") is None


def test_an_interview_credit_line_names_no_actor():
    rec = run("Entretien avec la BCE\nPropos recueillis par Antoine Lebrun-Ferry\nLa Banque centrale européenne "
              "a baissé ses taux.")
    assert entity(rec, "Antoine Lebrun-Ferry") is None


def test_frankfurt_as_an_actor_stands_for_the_ecb_and_stays_a_place_name():
    text = ("La Banque centrale européenne (BCE) a abaissé ses taux. L'économiste estime que Francfort a "
            "« enfin pris la mesure » du ralentissement.")
    rec = run(text)
    bank = entity(rec, "Banque centrale européenne")
    assert "Francfort" in mentioned(rec, bank.key, text)
    assert "Francfort" not in bank.aliases


def test_wire_agencies_and_state_bodies_are_organisations():
    rec = run("Selon Météo-France, le vent faiblit. Bercy a confirmé l'aide, selon l'agence Belga.")
    for label in ("Météo-France", "Bercy", "Belga"):
        assert entity(rec, label).kind == ORGANIZATION, label


def test_an_exercise_named_by_a_participle_is_no_actor():
    rec = run('La brigade mène depuis lundi son premier exercice d\'envergure, baptisé "Iron Wolf Nord", '
              "près de la frontière.")
    assert entity(rec, "Iron Wolf Nord") is None


def test_a_byline_of_name_and_outlet_is_chrome():
    rec = run("Urgences : la ministre promet\nMarc-Antoine Giguère | Le Fil de Québec\n"
              "La ministre a parlé lors d'un point de presse à Québec.")
    assert not [e for e in rec.entities if "Giguère" in e.label]
    assert entity(rec, "Québec").kind == PLACE


def test_a_unit_keeps_the_adjective_of_its_name():
    rec = run("Le détachement, articulé autour d'une compagnie du bataillon Chasseurs ardennais, comprend des réservistes.")
    assert entity(rec, "Bataillon Chasseurs ardennais").kind == ORGANIZATION


def test_a_presidency_with_a_demonym_is_a_state_body():
    rec = run("Le porte-parole de la présidence égyptienne, Mahmoud Rizk, a évoqué des mesures défensives.")
    body = entity(rec, "Présidence égyptienne")
    assert body.kind == ORGANIZATION and body.affiliations == ["country/EG"]


def test_under_a_nations_command_names_no_body():
    rec = run("Les Belges rejoignent le groupement tactique sous commandement français, selon l'Otan.")
    assert not [e for e in rec.entities if e.label.lower().startswith("commandement")]
    assert entity(rec, "France").kind == COUNTRY


def test_a_geonames_town_in_capitals_before_a_dash_is_the_dateline_city():
    rec = run("Rugby\nTOULOUSE - Le Stade toulousain devra se passer de son ailier.")
    assert entity(rec, "Toulouse").kind == PLACE


def test_a_number_in_words_opening_a_sentence_and_a_lone_civility_are_no_entities():
    from kg.extract.entities import rejected
    from kg.gazetteer import load_gazetteer
    from kg.nlp import load_nlp

    doc = load_nlp()("Trente-huit cas ont été confirmés. Selon Me Dubois, rien ne change.")
    number = doc[0:doc[0].i + (3 if doc[1].text == "-" else 1)]
    civility = next(doc[t.i:t.i + 1] for t in doc if t.text == "Me")
    assert rejected(number, doc, load_gazetteer(), "LOC")
    assert rejected(civility, doc, load_gazetteer(), "ORG")


def test_a_country_code_in_brackets_after_a_competitor_is_that_country():
    from conftest import entity_labelled, extracted

    rec = extracted("L'Italienne Marta Rossi (ITA) a pris la deuxième place devant Lena Berger (AUT).")
    assert "AUT" in entity_labelled(rec, "Autriche").aliases
    assert not any(e.label in {"AUT", "ITA"} for e in rec.entities)


def test_a_weekday_and_a_headlines_verb_are_cut_off_the_models_names():
    from conftest import entity_labels, extracted

    rec = extracted("Frontière : Caracas masse des soldats, Port-au-Prince proteste\n\n"
                    "Le titre de Valmonte a gagné 3 % à la Bourse de Paris mercredi.")
    labels = entity_labels(rec)
    assert "Bourse de Paris" in labels and "Port-au-Prince" in labels
    assert not any("mercredi" in label or "proteste" in label for label in labels)


def test_a_foreign_names_particle_stays_inside_the_place():
    from conftest import entity_labels, extracted

    rec = extracted("Les soldats ont atterri à la base de Pratica di Mare, près de Rome.")
    assert "Pratica di Mare" in entity_labels(rec, "Place")


def test_a_name_in_brackets_after_a_person_is_their_party_unless_a_town():
    from conftest import entity_labelled, extracted

    rec = extracted("Le ministre fédéral de la Santé, Frank Verhaegen (Vooruit), a présenté jeudi un plan. "
                    "Le maire, Paul Girard (Lyon), a réagi.")
    assert entity_labelled(rec, "Vooruit").kind == "Organization"
    assert entity_labelled(rec, "Lyon").kind == "Place"



def test_a_name_followed_by_its_acronym_in_brackets_is_an_organisation_not_a_person():
    text = ("Les chefs autochtones ont écrit au gouvernement. La cheffe de l'organisation Kitaskino "
            "Nuwenene Wapawa (KNW), Sheila Moreau, réclame une unité permanente.")
    body = entity(run(text), "Kitaskino Nuwenene Wapawa")
    assert body is not None and body.kind == ORGANIZATION


def test_a_first_name_that_is_also_a_word_opens_the_name_the_model_cut():
    text = ("Le festival s'est ouvert samedi. « Cette scène est un cadeau », a déclaré la chanteuse "
            "Grâce Mbemba, venue de Pointe-Noire.")
    singer = entity(run(text), "Grâce Mbemba")
    assert singer is not None and singer.kind == PERSON


def test_a_regional_demonym_before_a_name_is_no_part_of_the_persons_name():
    text = ("Le débat a duré trois heures. Le Grison Gian Andri Casty (PLR) a défendu le budget de "
            "l'armée devant le Conseil national.")
    person = entity(run(text), "Gian Andri Casty")
    assert person is not None and person.kind == PERSON


def test_a_capitalised_code_with_digits_after_a_title_word_is_no_person():
    text = "Le premier A330M a atterri à l'aube sur la piste de Cayenne, a indiqué l'armée de l'Air."
    assert entity(run(text), "A330M") is None or entity(run(text), "A330M").kind != PERSON


def test_a_name_the_model_ran_into_a_known_outlet_before_it_is_a_person():
    text = ("« Le lac a perdu un tiers de sa surface », a expliqué à Euronews Park Jae-hyun, hydrologue à "
            "l’Université de Lausanne.")
    person = entity(run(text), "Park Jae-hyun")
    assert person is not None and person.kind == PERSON


def test_a_name_before_a_bracketed_title_is_a_person_whatever_class_the_model_gave_it():
    text = ("Les réactions\nVasilis Kostas (entraîneur du Pirée) : « Je suis fier de mon équipe. »\n"
            "Théo Ravanel (ASVEL) : « Ça fait mal. »")
    coach = entity(run(text), "Vasilis Kostas")
    assert coach is not None and coach.kind == PERSON


def test_a_body_named_after_a_person_with_its_acronym_is_one_organisation():
    text = ("Les carottes de glace seront analysées à Grenoble, selon l’Institut polaire français "
            "Jean-Baptiste Charcot (Ipjc), qui gère la station.")
    body = entity(run(text), "Institut polaire français Jean-Baptiste Charcot")
    assert body is not None and body.kind == ORGANIZATION
