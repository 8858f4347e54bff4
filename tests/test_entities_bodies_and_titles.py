"""A country's body named by its noun alone ("l'armée", "le Parlement"), state bodies
written with a capital before their demonym, names after a title, on sentences of our own."""
from __future__ import annotations

from spacy.tokens import Span

from kg.extract.entities.filters import strip_leading
from kg.extract.entities.organisations.bodies import national_bodies
from kg.gazetteer import load_gazetteer
from kg.nlp import load_nlp
from kg.records import ORGANIZATION

from conftest import extracted as run


def mentions_of(rec, label):
    keys = {e.key for e in rec.entities if e.label == label and e.kind == ORGANIZATION}
    return [m.text for m in rec.mentions if m.entity in keys]


def test_the_army_alone_in_a_story_set_in_one_country_is_that_countrys_army():
    rec = run("Anvers : les soldats reviennent\nLe gouvernement belge envisage le retour de l'armée à Anvers "
              "et à Gand. Selon le ministre belge, l'armée ne compte plus que 24 000 militaires.")
    assert mentions_of(rec, "Armée belge") == ["armée", "armée"]


def test_the_army_alone_is_the_one_army_the_article_names():
    rec = run("Offensive au Mali\nL'armée malienne a lancé une opération près de Gao, au Mali. Le Mali et le Niger "
              "coopèrent. L'armée a confirmé la mort de douze combattants.")
    army = [e for e in rec.entities if e.key == "org/armee-ml"]
    assert len(army) == 1 and [m.text for m in rec.mentions if m.entity == "org/armee-ml"] == [
        "armée malienne", "armée"]


def test_the_air_force_and_a_foreign_army_are_not_the_home_army():
    rec = run("Exercice en Grèce\nLe ministre grec a salué l'armée de l'air à Athènes et à Larissa. "
              "L'armée turque observe.")
    assert not mentions_of(rec, "Armée grecque")


def test_the_parliament_alone_is_the_parliament_of_the_story_s_country():
    rec = run("Débat à Tbilissi\nLe ministre géorgien des Finances a défendu le budget devant le Parlement. "
              "L'opposition géorgienne réclame un vote au Parlement sur la dette de la Géorgie.")
    assert mentions_of(rec, "Parlement géorgien") == ["Parlement", "Parlement"]
    assert next(e for e in rec.entities if e.label == "Parlement géorgien").aliases == ["Parlement"]


def test_the_army_alone_is_no_alias_of_the_countrys_army():
    rec = run("Anvers : les soldats reviennent\nLe gouvernement belge envisage le retour de l'armée à Anvers "
              "et à Gand, selon le ministre belge.")
    assert next(e for e in rec.entities if e.label == "Armée belge").aliases == []


def test_a_capitalised_state_body_before_a_demonym_is_that_countrys_body():
    doc = load_nlp()("Le Parlement moldave a adopté jeudi la réforme, a annoncé la présidence.")
    found = national_bodies(doc, load_gazetteer())
    assert [(f.label, f.affiliations) for f in found] == [("Parlement moldave", ["country/MD"])]


def test_a_capitalised_body_word_before_a_name_is_no_state_body():
    doc = load_nlp()("Marine Tondelier a répondu mardi à la Police Nationale de Bordeaux.")
    assert national_bodies(doc, load_gazetteer()) == []


def test_an_army_written_without_accents_is_found():
    rec = run("L'armee senegalaise a deploye lundi deux compagnies a Ziguinchor, a indique le ministere.")
    assert [e.key for e in rec.entities if e.key.startswith("org/armee-")] == ["org/armee-sn"]


def test_an_unaccented_preposition_opening_a_sentence_is_not_part_of_the_town():
    doc = load_nlp()("Le convoi est reparti lundi.\nA Bukavu, les habitants attendent les renforts.")
    a = next(t.i for t in doc if t.text == "A")
    assert strip_leading(Span(doc, a, a + 2)).text == "Bukavu"


def test_a_first_name_that_is_a_common_word_after_a_hyphenated_title_stays_in_the_name():
    rec = run("Le chef d'état-major, le général-major Pacifique Lukusa Mbayo, n'est pas du même avis.")
    assert "Pacifique Lukusa Mbayo" in {e.label for e in rec.entities}
    assert "Lukusa Mbayo" not in {e.label for e in rec.entities}


def test_a_definite_unit_with_its_arm_is_a_named_unit_and_an_indefinite_one_is_not():
    rec = run("Les renforts viendraient du bataillon de chasseurs alpins, basé à Grenoble. "
              "Un bataillon d'infanterie légère partira plus tard. Le régiment de soldats est arrivé.")
    assert {e.label for e in rec.entities if e.kind == ORGANIZATION} == {"Bataillon de chasseurs alpins"}


def test_a_unit_with_its_arm_and_a_number_is_a_named_unit():
    rec = run("Environ 800 miliciens du bataillon d'infanterie 21 seront engagés à Sion.")
    assert "Bataillon d'infanterie 21" in {e.label for e in rec.entities if e.kind == ORGANIZATION}


def test_a_command_named_by_its_demonym_is_a_source():
    rec = run("Au total, 9 000 soldats seront mobilisés à Tapa, selon le commandement letton.")
    assert any(e.label == "Commandement letton" and e.affiliations == ["country/LV"] for e in rec.entities)


def test_an_unnamed_source_with_a_regional_demonym_is_named_by_the_phrase():
    rec = run("Selon un diplomate caribéen, moins d'un millier de policiers étrangers sont arrivés.")
    assert "diplomate caribéen" in {e.label for e in rec.entities if e.kind == ORGANIZATION}


def test_an_emergency_service_named_after_its_department_is_an_organisation():
    rec = run("Le Samu du Finistère a indiqué qu'un médecin régulateur supplémentaire serait présent, a dit Paul Roy.")
    assert ("Samu du Finistère", ORGANIZATION) in {(e.label, e.kind) for e in rec.entities}


def test_the_command_of_a_countrys_armed_forces_is_those_forces():
    rec = run("De son côté, le commandement des forces armées soudanaises affirme avoir rassemblé 3 000 hommes.")
    assert {e.label for e in rec.entities if e.kind == ORGANIZATION} == {"Forces armées soudanaises"}


def test_a_trade_named_after_a_service_is_no_state_body():
    rec = run("Un officier de marine français, qui a requis l'anonymat, relativise. La marine grecque a confirmé.")
    assert {e.label for e in rec.entities if e.kind == ORGANIZATION} == {"Marine grecque"}


def test_a_weapon_or_aircraft_named_after_its_noun_is_no_actor():
    rec = run("Les 120 artilleurs se forment sur le canon Caesar à Draguignan, a dit Paul Roy. "
              "L'hélicoptère Faucon a décollé de Tarbes.")
    assert not {"Caesar", "Faucon"} & {e.label for e in rec.entities}


def test_a_model_place_after_a_members_noun_is_their_body():
    rec = run("Les miliciens de la Kodeco attendent ce moment depuis des mois, a averti Paul Roy.")
    assert ("Kodeco", ORGANIZATION) in {(e.label, e.kind) for e in rec.entities}


def test_a_town_or_territory_after_an_officers_noun_stays_a_place():
    rec = run("Les combattants de Gaza ont fui vers Rafah, selon le porte-parole de la Gironde, Luc Dufour.")
    assert ("Gaza", ORGANIZATION) not in {(e.label, e.kind) for e in rec.entities}


def test_a_ministers_portfolio_is_no_organisation_with_or_without_a_name_after_it():
    rec = run("Frontière : renforts\nLe ministre portugais de la Protection du territoire a annoncé l'envoi de "
              "renforts. Selon le ministre de l'Ordre et de la Sécurité intérieure, le général Rui Matos, la "
              "situation est grave. La secrétaire canadienne à la Sécurité publique, Anne Roy, et le garde des "
              "Sceaux, Paul Lemaire, ont approuvé.")
    labels = {e.label for e in rec.entities}
    assert not labels & {"Protection du territoire", "Sécurité intérieure", "Sécurité publique", "Sceaux"}
    assert {"Rui Matos", "Anne Roy", "Paul Lemaire"} <= labels


def test_a_party_after_a_secretarys_title_stays_an_organisation():
    rec = run("Municipales\nLa secrétaire départementale des Écologistes, Laure Abadie, a critiqué le maire.")
    assert any(e.label.endswith("Écologistes") for e in rec.entities)


def test_a_national_police_navy_or_air_force_alone_is_the_story_countrys():
    rec = run("Équateur : état d'exception\nLe président équatorien a décrété l'état d'exception à Guayaquil. "
              "Selon la police nationale, 2 500 policiers sont déployés. La marine est au port et l'armée de l'air "
              "survole le port.")
    police = next(e for e in rec.entities if e.label == "Police nationale équatorienne")
    assert "police nationale" in police.aliases and police.affiliations == ["country/EC"]
    assert {"Marine équatorienne", "Armée de l'air équatorienne"} <= {e.label for e in rec.entities}
