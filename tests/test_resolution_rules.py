"""No actor as two nodes (issue 15), on sentences of our own: a capital that
receives a message or opens a reaction stands for its government, a feature
named without its noun, a company without its legal form, a numbered unit
named by its nationality, a town made a club once in a match report, a known
acronym with the organisation's newer name, and the data files' variants."""
from __future__ import annotations

import pytest

from kg.gazetteer import load_gazetteer
from kg.pipeline import extract
from kg.records import Article


def run(text):
    return extract(Article(id="t", text=text, source="test"))


def keys_of(rec, *texts):
    return {m.entity for m in rec.mentions if m.text in texts}


def key_of(rec, text):
    (key,) = keys_of(rec, text)
    return key


def test_a_capital_receiving_a_message_stands_for_its_country():
    rec = run("Les soldats ont défilé lundi à Tapa. « Chaque relève est un message adressé à Moscou », "
              "a déclaré la ministre Claire Vasseur.")
    assert key_of(rec, "Moscou") == "country/RU"
    assert key_of(rec, "Tapa") != "country/EE"


def test_a_capital_reached_by_travel_stays_the_city():
    rec = run("La ministre Claire Vasseur s'est rendue à Moscou mardi pour une visite de deux jours.")
    assert key_of(rec, "Moscou") == "place/moscou"


def test_a_capital_opening_an_impersonal_reaction_stands_for_its_country():
    rec = run("La brigade sera opérationnelle en 2027. À Vilnius, on se félicite ; à Moscou, on dénonce "
              "une provocation. À Berlin, le porte-parole du gouvernement a confirmé le calendrier.")
    assert key_of(rec, "Moscou") == "country/RU"
    assert key_of(rec, "Berlin") == "place/berlin"  # a named speaker: where he spoke


def test_a_capital_south_of_which_a_base_lies_is_the_city():
    rec = run("La brigade est installée à Rūdninkai, au sud de Vilnius, a annoncé Vilnius mardi.")
    places = [m.entity for m in rec.mentions if m.text == "Vilnius"]
    assert places == ["place/vilnius", "country/LT"]


def test_a_capital_subject_after_a_comma_is_no_list_of_places():
    rec = run("Otan : 9.000 militaires en exercice dans les pays baltes, Moscou dénonce une provocation\n"
              "Publié le 15/09/2026\nL'exercice a commencé lundi, a indiqué Anne Berg.")
    assert key_of(rec, "Moscou") == "country/RU"


def test_two_capitals_named_together_both_stand_for_their_countries():
    rec = run("Les patrouilles entrent dans le cadre de l'accord de coopération entre Dakar et Madrid, "
              "a précisé Ousmane Diallo.")
    assert key_of(rec, "Dakar") == "country/SN"
    assert key_of(rec, "Madrid") == "country/ES"


def test_a_river_named_without_its_noun_is_the_river():
    rec = run("Les casques bleus patrouillent au sud du fleuve Litani depuis mars. "
              "Au nord du Litani, l'armée libanaise a installé trois postes, a indiqué Marc Dubois.")
    assert len(keys_of(rec, "fleuve Litani", "Litani")) == 1


def test_a_river_named_after_a_country_does_not_make_the_country_a_river():
    rec = run("Le fleuve Sénégal a débordé lundi. Le Sénégal a demandé l'aide de ses voisins, "
              "a indiqué Awa Ndiaye.")
    assert key_of(rec, "Sénégal") == "country/SN"
    assert key_of(rec, "fleuve Sénégal") != "country/SN"


def test_a_company_named_without_its_legal_form_is_the_company():
    rec = run("Boké : bras de fer entre l'État et Sanguinet Bauxite, des gendarmes autour de la mine\n"
              "Le ministère a suspendu lundi le permis d'exploitation de la société Sanguinet Bauxite SA "
              "sur le gisement de Kolaboui, a indiqué Paul Kamano.")
    assert len(keys_of(rec, "Sanguinet Bauxite SA", "Sanguinet Bauxite")) == 1


def test_a_town_named_company_acting_as_subject_is_the_company():
    rec = run("L'action Valmonte Aérospace a gagné 6 % mercredi. D'après l'agence Finéco, Valmonte "
              "discuterait du rachat d'un sous-traitant allemand.")
    assert len(keys_of(rec, "Valmonte Aérospace", "Valmonte")) == 1


def test_a_numbered_unit_named_by_its_nationality_is_the_unit_named_by_its_type():
    rec = run("Lituanie : la 45e brigade allemande monte en puissance\n"
              "Les soldats sont stationnés au sein de la 45e brigade blindée de la Bundeswehr, "
              "a indiqué Jonas Petraitis.")
    assert len(keys_of(rec, "45e brigade allemande", "45e brigade blindée")) == 1


def test_two_numbered_units_of_different_types_stay_two():
    rec = run("Le 1er régiment de chasseurs et le 1er régiment d'infanterie défileront ensemble, "
              "a indiqué Jean Morel.")
    units = {m.entity for m in rec.mentions if m.text.startswith("1er régiment")}
    assert len(units) == 2


def test_a_town_made_a_club_in_a_match_report_is_that_club_throughout():
    rec = run("Top 14 : victoire bonifiée pour Clermont\n"
              "Menés à la pause, les joueurs ont renversé le match samedi au stade face à l'ASM Clermont "
              "Auvergne. Un penalty a été sifflé en fin de match lors de ce derby.\n"
              "Semi Naivalu (ailier de Toulouse) : Le premier essai nous a libérés.\n"
              "Avec cette victoire, Toulouse reprend la tête du championnat.")
    assert len(keys_of(rec, "Toulouse")) == 1
    assert key_of(rec, "Toulouse").startswith("org/")


def test_a_town_receiving_a_penalty_in_a_match_report_is_its_club():
    rec = run("Ligue 1 : Lorient arrache le nul à Nantes\n"
              "Le FC Lorient a obtenu un match nul sur la pelouse du FC Nantes, dimanche, au terme d'un derby. "
              "L'entraîneur a pesté contre l'arbitrage, jugeant le penalty accordé à Lorient très généreux.")
    assert keys_of(rec, "Nantes") == {"org/fc-nantes"}
    assert keys_of(rec, "Lorient") == {"org/fc-lorient"}


def test_a_known_acronym_after_the_organisations_newer_name_is_one_node():
    rec = run("Le Niger fournira 1 500 soldats à la Force unifiée de la Confédération des États du Sahel (AES), "
              "a annoncé Abdou Issa.")
    assert keys_of(rec, "Confédération des États du Sahel", "AES") == {"org/aes"}


def test_the_gazetteer_knows_disputed_and_short_place_names():
    gaz = load_gazetteer()
    assert gaz.lookup("Karabakh").key == gaz.lookup("Haut-Karabakh").key
    assert gaz.lookup("Diaoyu").key == gaz.lookup("îles Senkaku").key
    assert gaz.lookup("Port-Soudan").stands_for == "country/SD"


def test_a_capital_after_a_noun_of_power_stands_for_its_country():
    rec = run("Les dirigeants de l'opposition à Séoul ont condamné cette décision mardi. "
              "L'ambassade de France à Séoul a été fermée, a indiqué Kim Min-jae.")
    assert [m.entity for m in rec.mentions if m.text == "Séoul"] == ["country/KR", "place/seoul"]


@pytest.mark.parametrize("name, qid", [
    ("Associated Press", "Q40469"), ("TASS", "Q223799"), ("Interfax", "Q379271"), ("Xinhua", "Q204839"),
    ("Belga", "Q815453"), ("Le Monde", "Q12461"), ("Washington Post", "Q166032"), ("BBC", "Q9531"),
])
def test_news_agencies_and_outlets_link_to_wikidata(name, qid):
    assert load_gazetteer().lookup(name).wikidata == qid


@pytest.mark.parametrize("form, code", [("kiribatienne", "KI"), ("tuvaluans", "TV"), ("palaoise", "PW")])
def test_demonyms_of_small_pacific_states_name_their_country(form, code):
    assert load_gazetteer().country_of(form) == f"country/{code}"


def test_a_town_before_a_comma_and_la_societe_civile_stays_the_town():
    rec = run("Nord-Kivu : le bataillon uruguayen de la MONUSCO quitte Goma, la société civile s'inquiète\n"
              "Le dernier détachement a quitté jeudi la ville de Goma, a indiqué Jean Mbala.")
    assert keys_of(rec, "Goma") == {"place/goma"}


@pytest.mark.parametrize("name, code", [("Confédération suisse", "CH"), ("République tunisienne", "TN")])
def test_official_long_names_name_their_country(name, code):
    assert load_gazetteer().lookup(name).key == f"country/{code}"
