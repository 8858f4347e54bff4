"""What newskg prints for people: one language, phases by name, tables that fit, dated claims."""
from __future__ import annotations

import io
from datetime import date

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import RDFS
from rich.cells import cell_len

from kg import i18n
from kg.analytics import RELATION_TERMS
from kg.cli import main
from kg.dates import infer_article_date
from kg.namespaces import NKG
from kg.ontology_files import ontology_file
from kg.terminal import fit_widths, write_table
from kg.progress import PHASES, Phases, phase_summary
from kg.reading import make_article
from kg.records import QUALIFIERS, STATEMENT_KINDS, STATUSES

ONTOLOGY = Graph().parse(data=ontology_file("newskg.ttl").read_bytes(), format="turtle")


# --- one language ----------------------------------------------------------------------------

@pytest.mark.parametrize("term", [*STATUSES, *QUALIFIERS, *STATEMENT_KINDS, *RELATION_TERMS.values()])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_status_qualifier_kind_and_relation_prints_the_ontology_label(term, lang):
    expected = {str(o) for o in ONTOLOGY.objects(NKG[term], RDFS.label)
                if isinstance(o, Literal) and o.language == lang}
    assert len(expected) == 1, f"nkg:{term} needs exactly one @{lang} label"
    assert i18n.label(term, lang) == expected.pop()


def test_the_two_languages_differ_where_the_words_do():
    assert i18n.label("Sent", "fr") == "envoyé" and i18n.label("Sent", "en") == "sent"
    assert i18n.label("spokeAbout", "fr") != i18n.label("spokeAbout", "en")


def test_every_catalogue_message_exists_in_both_languages():
    for key, texts in i18n.MESSAGES.items():
        assert set(texts) == set(i18n.LANGS), key
        fields = lambda s: {f.split("}")[0] for f in s.split("{")[1:]}  # noqa: E731
        assert fields(texts["fr"]) == fields(texts["en"]), key


def test_language_comes_from_lang_then_kg_lang_then_the_locale(monkeypatch):
    for var in ("KG_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.current() == "en"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.current() == "fr"
    monkeypatch.setenv("KG_LANG", "en")
    assert i18n.current() == "en"
    i18n.set_lang("fr")
    assert i18n.current() == "fr"
    with pytest.raises(ValueError):
        i18n.set_lang("de")


def test_a_block_speaking_a_language_gives_back_the_run_s_language_even_nested(monkeypatch):
    monkeypatch.setattr(i18n, "_chosen", "en")
    with i18n.speaking("fr"):
        with i18n.speaking("fr"):
            assert i18n.current() == "fr"
        with i18n.speaking("en"):
            assert i18n.current() == "en"
        assert i18n.current() == "fr"
    assert i18n.current() == "en"


def test_kg_lang_switches_every_command_word(seeds_build, monkeypatch):
    graph = str(seeds_build.out_dir)
    monkeypatch.setenv("KG_LANG", "fr")
    french = CliRunner().invoke(main, ["graph", "path", "Blinken", "Lloyd Austin", "-g", graph])
    english = CliRunner().invoke(main, ["--lang", "en", "graph", "path", "Blinken", "Lloyd Austin", "-g", graph])
    assert french.exit_code == english.exit_code == 0, french.output
    assert "(personne)" in french.output and "(person)" not in french.output
    assert i18n.label("spokeAbout", "fr") in french.output or i18n.label("coMentionedWith", "fr") in french.output
    assert "spoke about" not in french.output and "(person)" in english.output


def test_query_tables_print_ontology_terms_by_label_and_csv_keeps_the_iri(seeds_build):
    graph = str(seeds_build.out_dir)
    table = CliRunner().invoke(main, ["query", "who-said-what", "--lang", "fr", "--wide", "-g", graph])
    csv = CliRunner().invoke(main, ["query", "who-said-what", "--format", "csv", "-g", graph])
    assert "citation directe" in table.output and "DirectQuote" not in table.output
    assert str(NKG.DirectQuote) in csv.output


# --- phases ------------------------------------------------------------------------------------

def test_phases_are_drawn_by_name_with_their_progress():
    out = io.StringIO()
    phases = Phases(enabled=True, stream=out)
    for phase in PHASES:
        phases.start(phase, total=3 if phase == "extraction" else None)
        phases.advance()
    phases.close()
    drawn = out.getvalue()
    for phase in PHASES:
        assert i18n.t(f"phase.{phase}") in drawn
    assert "3/3" in drawn  # a phase with a total shows its count
    assert list(phases.times) == list(PHASES)


def test_no_drawing_when_disabled_but_the_times_are_kept():
    phases = Phases(enabled=False)
    phases.start("reading")
    phases.start("resolution")
    phases.close()
    assert set(phases.times) == {"reading", "resolution"}
    assert phase_summary(phases.times, "fr").startswith("durée des phases: lecture ")


def test_kg_build_shows_every_phase_and_times_them(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Le ministre français des Armées a déclaré mardi 4 mars que 300 soldats seraient envoyés "
        "en Estonie, comme en 2024.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"), "--progress"])
    assert result.exit_code == 0, result.output
    for phase in PHASES:
        assert i18n.t(f"phase.{phase}", "en") in result.output
    summary = [line for line in result.output.splitlines() if line.startswith("time per phase:")]
    assert len(summary) == 1 and "extraction" in summary[0] and "store update" in summary[0]


# --- tables that fit ---------------------------------------------------------------------------

def test_a_table_fits_80_columns_and_right_aligns_numbers():
    rows = [["Volodymyr Zelensky", "x" * 120, str(n)] for n in (5, 12000)]
    out = io.StringIO()
    write_table(["speaker", "quote", "count"], iter(rows), out, max_width=80, right=[False, False, True])
    lines = out.getvalue().splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    assert lines[2].endswith("    5") and lines[3].endswith("12000")
    assert "…" in lines[2] and "Volodymyr Zelensky" in lines[2]


def test_widest_columns_give_way_first():
    assert fit_widths([5, 100, 100], 65) == [5, 30, 30]
    assert fit_widths([5, 10], 80) == [5, 10]


# --- claim dates from the text -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mercredi 4 décembre, le ministre a parlé. En 2024, la guerre…", date(2024, 12, 4)),
        ("Mercredi 4 décembre, le ministre a parlé. En 2019, la guerre…", date(2019, 12, 4)),
        # Thursday 4 December: 2025, the year next to the one named whose weekday agrees
        ("Jeudi 4 décembre, le ministre a parlé de 2024.", date(2025, 12, 4)),
        ("Le 19 juin 2024, un traité. Le 3 mars 2025, un autre.", date(2025, 3, 3)),
        ("Mercredi 4 décembre, le ministre a parlé.", None),  # no year named: no guess
        ("Le 18 octobre, depuis la guerre de 1953…", None),  # no weekday: any year is a guess
        ("Vendredi 4 décembre, en 2024.", None),  # no year near 2024 has a Friday 4 December
    ],
)
def test_a_date_is_inferred_from_weekday_and_day_in_the_year_near_those_named(text, expected):
    assert infer_article_date(text) == expected


def test_metadata_date_wins_and_text_dates_are_marked_inferred():
    text = "Mercredi 4 décembre 2024, le ministre a parlé."
    given = make_article(id="a", text=text, source="a.txt", date=date(2024, 12, 5))
    found = make_article(id="b", text=text, source="b.txt")
    assert (given.date, given.date_inferred) == (date(2024, 12, 5), False)
    assert (found.date, found.date_inferred) == (date(2024, 12, 4), True)
