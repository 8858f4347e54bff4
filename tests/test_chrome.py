"""Page chrome is found, and only chrome."""
from __future__ import annotations

import pytest

from kg.chrome import chrome_spans


def _chrome(text: str) -> list[str]:
    return [text[a:b] for a, b in chrome_spans(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Categories A LA UNE Monde",
        "ActualitésInternational",
        "Vous devez être membre pour ajouter un commentaire.",
        "Vous êtes déjà membre ? Connectez-vous",
        "Pas encore membre ? Devenez membre gratuitement",
        "Signaler le commentaire",
        "Fermer",
        "Lire aussi",
        "Passionné et dévoué, j'explore l'information. Pour explorer les options de sponsoring, contactez-nous.",
    ],
)
def test_chrome_lines_are_found_whole(line):
    text = f"Le ministre a parlé.\n{line}\nLa guerre continue."
    assert _chrome(text) == [line]


def test_comment_section_swallows_the_rest_of_the_page():
    text = "Le ministre a parlé.\n12 commentaires\nJean: « Honteux », a dit Jean.\nFermer\n"
    assert _chrome(text) == ["12 commentaires\nJean: « Honteux », a dit Jean.\nFermer"]


def test_photo_credit_is_blanked_but_not_its_caption():
    text = "Vladimir Poutine à Pyongyang, le 19 juin 2024. ( POOL / VLADIMIR SMIRNOV )\nSuite."
    assert _chrome(text) == ["( POOL / VLADIMIR SMIRNOV )"]


@pytest.mark.parametrize(
    "line",
    [
        "Le président ukrainien a appelé ses alliés à agir.",
        "Washington et Séoul appellent Pyongyang à retirer ses troupes",
        "Mark Rutte, secrétaire général de l'Otan (Bruxelles)",
    ],
)
def test_article_sentences_are_not_chrome(line):
    assert _chrome(line) == []


def test_seed_chrome_is_found(seeds_dir):
    text = (seeds_dir / "002_875a825590cad64c.txt").read_text(encoding="utf-8")
    found = " ".join(_chrome(text))
    for chrome in ("12 commentaires", "Signaler le commentaire", "Fermer", "POOL / VLADIMIR SMIRNOV"):
        assert chrome in found
    assert "Mark Rutte" not in found


@pytest.mark.parametrize("line", [
    "Par Jeanne Roux", "Par Élise Garnier, à Rennes", "Par Mathieu Escande | Publié le 11/12/2026 à 20:14",
    "À lire aussi : Budget: ce que les sénateurs ont changé", "Réagir à cet article",
    "Temps de lecture : 3 min", "Newsletter Bretagne : recevez chaque matin l'essentiel.",
])
def test_bylines_reading_links_and_prompts_are_chrome(line):
    assert chrome_spans(line) == [(0, len(line))]


def test_a_sentence_opening_with_par_is_not_a_byline():
    assert chrome_spans("Par ailleurs, le ministre a démenti.") == []


def test_a_photo_credit_without_colon_is_blanked():
    text = "Le maire à Marseille. (Photo Pierre Vasseur/Hans Lucas)"
    assert [text[a:b] for a, b in chrome_spans(text)] == ["(Photo Pierre Vasseur/Hans Lucas)"]


def test_wire_credits_in_bylines_are_chrome():
    from kg.chrome import chrome_spans

    for line in ("Article rédigé par Radio Nord avec AFP", "Par : Le Journal du Soir avec Reuters",
                 "Par la rédaction avec AFP"):
        text = f"Le maire a démissionné.\n{line}\nIl part lundi."
        assert [text[a:b] for a, b in chrome_spans(text)] == [line]


def test_a_byline_with_a_dash_and_a_city_is_chrome():
    from kg.chrome import chrome_spans

    text = "Le port est bloqué.\nPar Aline Kabila - à Bukavu\nLes dockers votent."
    assert [text[a:b] for a, b in chrome_spans(text)] == ["Par Aline Kabila - à Bukavu"]


def test_a_newsletter_prompt_after_a_question_is_chrome():
    from kg.chrome import chrome_spans

    line = "Cet article vous a plu ? Abonnez-vous à notre newsletter Sahel."
    text = f"Le convoi est arrivé.\n{line}\n"
    assert [text[a:b] for a, b in chrome_spans(text)] == [line]


@pytest.mark.parametrize("line", [
    "Radio Plaine | Par Jeanne Roux | 3 mars 2026",
    "Jeanne Roux | Publié le 6 novembre 2026",
    "AFN / Lisbonne / Marta Soares",
    "*Traduit de l'anglais par Ayşe Demir",
    "Avec notre correspondant régional, Jean-Marc Obiang",
    "Entretien réalisé par Solène Guivarc'h",
    "Interview réalisée par Bastien Morel, à Lille",
    "Recueillis par Inès Ferrand",
    "Inscrivez-vous à notre newsletter Afrique",
])
def test_outlet_bylines_translators_correspondents_and_newsletters_are_chrome(line):
    text = f"Le convoi est arrivé.\n{line}\nLes soldats sont repartis."
    assert _chrome(text) == [line]


def test_writing_and_editing_credits_are_blanked():
    text = "Le texte entre en vigueur lundi.\n(Rédigé par Paul Lemaire, édité par Anne Morel)"
    assert _chrome(text) == ["(Rédigé par Paul Lemaire, édité par Anne Morel)"]


def test_a_photo_credit_closing_a_caption_is_blanked_but_not_the_caption():
    text = "Le maire et son avocat, lundi. Archives Photo Le Courrier/Jean Dupont\nLa suite."
    assert _chrome(text) == ["Archives Photo Le Courrier/Jean Dupont"]


@pytest.mark.parametrize("line", [
    "Le ministre | qui parlait hier | a démenti.",
    "Avec notre soutien, Jean Dupont a gagné.",
    "UE / Chine : les droits de douane relevés",
])
def test_sentences_near_the_credit_patterns_stay_content(line):
    assert _chrome(line) == []


def test_a_reading_link_after_a_bar_is_chrome():
    line = "Lire aussi | Au Sud-Soudan, le quotidien des réfugiés"
    assert _chrome(f"Le convoi est arrivé.\n{line}\nLa suite.") == [line]


@pytest.mark.parametrize("line", [
    "Société - Sécurité",
    "Football – Justice",
    "Rania KHOURY, le 12 février 2026 à 00h00",
    "par La Rédaction | Publié le 6 octobre 2026 à 0 h 45",
    "APA-Niamey (Niger) / ab/sk",
])
def test_rubric_labels_dated_bylines_and_wire_signatures_are_chrome(line):
    assert _chrome(f"Le convoi est arrivé.\n{line}\nLes soldats sont repartis.") == [line]


def test_a_wire_slug_before_a_headline_is_blanked_but_not_the_headline():
    text = "MALI-ARMEE-RECRUTEMENT / L'armée recrute 2 000 jeunes\n\nLa suite."
    assert [c.strip() for c in _chrome(text)] == ["MALI-ARMEE-RECRUTEMENT /"]


@pytest.mark.parametrize("line", ["Lens - OM (2-1) : la remontée", "Paris, le 3 mars 2026, la grève a repris."])
def test_score_lines_and_dated_sentences_stay_content(line):
    assert _chrome(line) == []


def test_a_link_to_the_original_article_is_chrome():
    line = "Lire l’article original sur Le Soleil du Cap-Vert."
    assert _chrome(f"Le convoi est arrivé.\n{line}\n") == [line]


def test_a_signature_alone_on_the_last_line_is_chrome():
    text = "Titre\n\nLes combats continuent.\n\nJunior Kabeya\n\nPartager sur WhatsApp | Facebook"
    assert _chrome(text) == ["Junior Kabeya", "Partager sur WhatsApp | Facebook"]


def test_a_name_inside_the_last_sentence_is_no_signature():
    text = "Titre\n\nLe texte a été salué par Emmanuel Macron."
    assert _chrome(text) == []


def test_a_labelled_byline_is_chrome():
    text = "Titre\n\nDate 09.10.2026 | Auteur : Katrin Vogel-Neumann\n\nLa brigade est arrivée."
    assert _chrome(text) == ["Date 09.10.2026 | Auteur : Katrin Vogel-Neumann"]


def test_a_name_alone_above_a_time_stamp_is_a_byline():
    text = ("Crue : l'armée en renfort\nMarion Lachance-Roy\nPublié à 6 h 40 HNE | Mis à jour à 9 h 15 HNE\n"
            "Les pompiers de Lévis sont intervenus toute la nuit.")
    assert _chrome(text) == ["Marion Lachance-Roy", "Publié à 6 h 40 HNE | Mis à jour à 9 h 15 HNE"]


def test_an_agency_alone_above_a_numeric_date_is_a_credit():
    text = "Le Conseil fédéral dit oui\nSDA\n14.03.2026 - 08:12\nLe gouvernement a tranché mardi à Berne."
    assert _chrome(text) == ["SDA", "14.03.2026 - 08:12"]


def test_a_sentence_opening_on_publie_is_no_time_stamp():
    text = "Titre\nPublié en 2019, le rapport de Jean Morel a été oublié.\nLe 3.04.2025, rien."
    assert _chrome(text) == []


def test_a_byline_with_the_place_in_brackets_is_chrome():
    text = "Titre\nPar Hélène Garnier (Vilnius, envoyée spéciale)\nLe ministre lituanien a parlé."
    assert _chrome(text) == ["Par Hélène Garnier (Vilnius, envoyée spéciale)"]


def test_an_outlet_with_a_wire_agency_and_no_colon_is_a_byline():
    assert _chrome("Titre\nPar Radio Est 7 avec Reuters\nLe texte.") == ["Par Radio Est 7 avec Reuters"]


def test_an_outlet_then_a_dash_and_the_publication_date_is_chrome():
    text = "Titre\nLe Télégramme du Sud — Publié le 02/03/2026 à 10h05\nLe texte commence."
    assert _chrome(text) == ["Le Télégramme du Sud — Publié le 02/03/2026 à 10h05"]


def test_a_wire_reporting_and_translation_credit_in_brackets_is_chrome():
    text = "Le texte finit ici.\n(Reportage Marek Nowak et Lena Berg; version française Paul Roux, édité par Ana Lobo)"
    assert _chrome(text) == ["(Reportage Marek Nowak et Lena Berg; version française Paul Roux, édité par Ana Lobo)"]


@pytest.mark.parametrize(
    "line",
    [
        "Économie | Marchés",
        "Actualité / International",
        "Société | Rennes | Publié le 03/02/2026",
        "Avec les informations de Paul Girard",
        "Reuters/AFP – jlb",
        "Par Hélène Marchal - 4 févr. 2026 à 09:10 | mis à jour à 10:02",
    ],
)
def test_rubric_breadcrumbs_wire_credit_lines_and_dated_bylines_are_chrome(line):
    text = f"Le ministre a parlé.\n{line}\nLa guerre continue."
    assert _chrome(text) == [line]


def test_a_name_and_an_outlet_over_a_bare_date_are_a_byline_but_not_the_headline():
    text = "Grève des pilotes\nLouise Tardif\nLe Quotidien du Nord\n3 février 2026\n\nLes pilotes ont cessé le travail."
    assert _chrome(text) == ["Louise Tardif", "Le Quotidien du Nord", "3 février 2026"]


def test_a_name_with_a_city_right_under_a_time_stamp_is_a_byline():
    text = "Grève des pilotes\nPublié le 3 février 2026 à 10:12\nLouise Tardif, Oslo\n\nLes pilotes ont cessé le travail."
    assert _chrome(text)[-1] == "Louise Tardif, Oslo"


def test_a_sentence_under_a_time_stamp_is_no_byline():
    text = "Grève des pilotes\nPublié le 3 février 2026\nLouise Tardif, pilote, a cessé le travail.\n"
    assert _chrome(text) == ["Publié le 3 février 2026"]


def test_an_agency_credit_closing_a_caption_is_blanked_but_not_the_caption():
    text = "Des soldats patrouillent près de la frontière, le 19 mai. (Reuters/EPA)\nSuite."
    assert _chrome(text) == ["(Reuters/EPA)"]


@pytest.mark.parametrize(
    "line",
    [
        "Les négociations entre Paris et Berlin / Rome reprendront lundi.",
        "Avec les informations recueillies, la police a arrêté deux hommes.",
        "Le trafic entre Lyon et Genève (Suisse/France) est coupé.",
    ],
)
def test_sentences_near_the_breadcrumb_and_credit_patterns_stay_content(line):
    assert _chrome(line) == []


def test_a_name_over_a_status_line_over_a_placed_time_stamp_is_a_byline():
    text = ("Le fentanyl au cœur des discussions\nLouise Tardif\nCollaboration spéciale\n"
            "Lima | Publié hier à 19 h 30\nLe gouvernement péruvien a promis des renforts.")
    assert _chrome(text) == ["Louise Tardif", "Collaboration spéciale", "Lima | Publié hier à 19 h 30"]


@pytest.mark.parametrize(
    "line",
    [
        "Avec notre envoyée spéciale à Dakar",
        "Avec l'APS",
        "Avec AFP et Reuters",
        "Le Courrier du Sud - Tous droits réservés",
        "Midi Antsahavola - Rédaction politique",
    ],
)
def test_signatures_wire_credits_and_rights_lines_are_chrome(line):
    text = f"Le ministre a parlé.\n{line}\nLa guerre continue."
    assert _chrome(text) == [line]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Des soldats près de Tallinn. Photo : Forces armées estoniennes", "Photo : Forces armées estoniennes"),
        ("Des soldats près de Nuuk. RITZAU/Jens Holm", "RITZAU/Jens Holm"),
    ],
)
def test_a_credit_closing_a_caption_after_its_sentence_is_chrome_but_not_the_caption(line, credit):
    assert _chrome(f"Titre\n{line}\nSuite.") == [credit]


@pytest.mark.parametrize(
    "line",
    [
        "Avec Macron, le dialogue reprend.",
        "De notre côté, le ministre a parlé à Dakar.",
        "Les droits réservés aux auteurs - tous les détails dans le décret.",
        "Le porte-parole, Jean Roux, a parlé à l'AFP/Reuters lundi.",
    ],
)
def test_sentences_near_the_signature_and_credit_patterns_stay_content(line):
    assert _chrome(line) == []


def test_a_correspondents_signature_is_chrome_city_included():
    text = "Titre\nDe notre correspondante à New Delhi, Anne-Sophie Roux\nLe texte."
    assert _chrome(text) == ["De notre correspondante à New Delhi, Anne-Sophie Roux"]
    assert _chrome("Titre\nAvec notre correspondant à Maputo, Nuno Tavares\nLe texte.") == [
        "Avec notre correspondant à Maputo, Nuno Tavares"]


def test_a_sentence_about_a_correspondent_stays_content():
    assert _chrome("Titre\nAvec notre correspondant à Lima, le ministre a visité le port.\nLe texte.") == []


def test_whole_line_patterns_fullmatch_as_one_alternation_as_they_do_one_by_one():
    from kg.chrome import _patterns, _whole_line

    patterns, joined = _patterns(), _whole_line()
    lines = ["12 commentaires", "Commentaires (3)", "Publié le 3 mars 2024 à 10h00", "12.03.2024 - 10:45",
             "Accueil > Monde > Afrique", "Contenu sponsorisé", "Le ministre a démenti mardi.", "PARTAGER",
             "partager", "Par Anne Martin | Publié le 3 mars", "Jean Dupont", ""]
    for line in lines:
        for name, scopes in (("tail", ["tail"]), ("stamp", ["stamp"]), ("whole", ["line", "cased-line"])):
            one_by_one = any(p.fullmatch(line) for scope in scopes for p in patterns[scope])
            assert bool(joined[name].fullmatch(line)) == one_by_one, (name, line)


def test_a_whole_line_pattern_with_a_back_reference_is_refused(monkeypatch):
    import re

    import kg.chrome as chrome

    monkeypatch.setattr(chrome, "_patterns", lambda: {**{s: [] for s in chrome._FLAGS},
                                                      "line": [re.compile(r"(\w)\1")]})
    chrome._whole_line.cache_clear()
    try:
        with pytest.raises(ValueError, match="refer to a group"):
            chrome._whole_line()
    finally:
        chrome._whole_line.cache_clear()
