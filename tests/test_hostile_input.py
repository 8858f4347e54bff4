"""One article never sinks a build: odd encodings, bad metadata, invalid Unicode,
articles that break extraction and articles longer than spaCy takes at once."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import kg.nlp
import kg.pipeline
from kg.build import build
from kg.cli import main
from kg.extract.paragraphs import sentence_starts
from kg.nlp import load_nlp, split_text
from kg.pipeline import extract
from kg.reading import InputError, make_article, read_articles

FRENCH = "Le ministre français des Armées a déclaré mardi que la France enverrait des instructeurs en Ukraine."
PARAGRAPH = (
    "Le président Emmanuel Macron a déclaré mardi à Paris que la France soutiendrait l'Ukraine. "
    "« Nous ne céderons pas », a affirmé le ministre des Armées Sébastien Lecornu. "
    "Selon le Pentagone, 3 000 soldats nord-coréens ont été envoyés en Russie.\n"
)


def _read(path):
    items = list(read_articles([path]))
    return [i for i in items if not isinstance(i, InputError)], [
        i for i in items if isinstance(i, InputError)
    ]


def _jsonl(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# -- encodings ---------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_single_byte_file_is_decoded(tmp_path, encoding):
    text = "L'Élysée a confirmé l'envoi de troupes françaises en Estonie, a précisé le porte-parole."
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (article,), errors = _read(tmp_path / "a.txt")
    assert not errors and article.text == text


def test_windows_1252_quotes_and_dashes_are_decoded(tmp_path):
    text = "« Nous verrons », a déclaré l’ambassadeur – sans plus de détails – à Paris."
    (tmp_path / "q.txt").write_bytes(text.encode("cp1252"))
    (article,), _ = _read(tmp_path / "q.txt")
    assert article.text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_file_with_a_byte_order_mark_is_decoded(tmp_path, encoding):
    text = "Les États-Unis ont déclaré mercredi que des soldats nord-coréens étaient en Russie."
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    (tmp_path / "u.txt").write_bytes(data)
    (article,), errors = _read(tmp_path / "u.txt")
    assert not errors and article.text == text


def test_utf16_jsonl_is_decoded(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_bytes((json.dumps({"id": "x", "text": FRENCH}) + "\n").encode("utf-16"))
    (article,), errors = _read(path)
    assert not errors and article.text == FRENCH


# -- metadata and Unicode ------------------------------------------------------


@pytest.mark.parametrize("field", ["title", "url", "source", "date", "id"])
def test_metadata_that_is_not_a_string_is_an_input_error(tmp_path, field):
    path = _jsonl(tmp_path / "m.jsonl", {"text": FRENCH, field: ["not", "a", "string"]},
                  {"text": FRENCH + " Encore."})
    articles, (error,) = _read(path)
    assert len(articles) == 1
    assert str(error) == f'{path}:1: "{field}" must be a string, not list'


def test_numeric_id_is_read_as_its_digits(tmp_path):
    (article,), _ = _read(_jsonl(tmp_path / "n.jsonl", {"id": 42, "text": FRENCH}))
    assert article.id == "42"


@pytest.mark.parametrize("field", ["text", "title"])
def test_lone_surrogate_is_an_input_error_naming_the_line(tmp_path, field):
    path = tmp_path / "s.jsonl"
    bad = {"text": FRENCH, field: (FRENCH if field == "text" else "Titre") + " \ud800"}
    path.write_text(json.dumps(bad) + "\n" + json.dumps({"text": FRENCH}) + "\n", encoding="utf-8")
    articles, (error,) = _read(path)
    assert len(articles) == 1
    assert str(error).startswith(f"{path}:1: ") and "U+D800" in str(error)


def test_out_of_range_date_time_is_an_input_error(tmp_path):
    path = _jsonl(tmp_path / "d.jsonl", {"text": FRENCH, "date": "9999-12-31T25:00"})
    _, (error,) = _read(path)
    assert str(error) == f"{path}:1: \"date\" is not an ISO 8601 date: '9999-12-31T25:00'"


def test_iso_date_times_keep_their_day(tmp_path):
    path = _jsonl(tmp_path / "d.jsonl", {"text": FRENCH, "date": "2024-10-23T08:30:00Z"})
    (article,), _ = _read(path)
    assert article.date.isoformat() == "2024-10-23"


def test_non_ascii_ids_stay_readable_and_distinct():
    ids = ["Élysée 2024", "Elysee 2024", "北京-1", "東京-1", "e\u0301te\u0301"]
    safe = [make_article(id=i, text=FRENCH, source="x").id for i in ids]
    assert safe[:4] == ["Élysée-2024", "Elysee-2024", "北京-1", "東京-1"]
    assert safe[4] == "été"  # decomposed accents are composed first
    assert len(set(safe)) == len(safe)


def test_ids_never_keep_iri_delimiters():
    unsafe = make_article(id="a<b>c d\"e{f}g|h\\i^j`k#l?m/n%o", text=FRENCH, source="x").id
    assert unsafe == "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o"


# -- an article that breaks extraction ------------------------------------------


def test_build_reports_an_article_whose_extraction_raises_and_goes_on(tmp_path, monkeypatch):
    original = kg.pipeline.COMPONENTS

    def explode(analysis):
        if "explose" in analysis.text:
            raise OverflowError("date value out of range")

    monkeypatch.setattr(kg.pipeline, "COMPONENTS", (*original, explode))
    (tmp_path / "good.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(FRENCH + " Tout explose.", encoding="utf-8")
    result = build([tmp_path], tmp_path / "out")
    assert result.articles == 1
    (error,) = result.errors
    assert str(error) == (
        f"{tmp_path / 'bad.txt'}: could not extract article 'bad': "
        "OverflowError: date value out of range"
    )
    assert "Traceback" in error.detail and "explode" in error.detail
    # the failed article is not cached: once fixed, it is extracted
    monkeypatch.setattr(kg.pipeline, "COMPONENTS", original)
    again = build([tmp_path], tmp_path / "out")
    assert again.articles == 2 and again.extracted == 1 and not again.errors


def test_cli_build_prints_one_line_per_failed_article_and_exits_1(tmp_path, monkeypatch):
    def explode(analysis):
        raise ValueError("boom\nsecond line")

    monkeypatch.setattr(kg.pipeline, "COMPONENTS", (explode,))
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FRENCH + " Encore.", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(main, ["build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                 "-o", str(tmp_path / "out"), "-j", "1"])
    assert plain.exit_code == 1
    lines = [line for line in plain.output.splitlines() if "could not extract" in line]
    assert len(lines) == 2 and all("ValueError: boom second line" in line for line in lines)
    assert "Traceback" not in plain.output and "no article could be read" in plain.output
    debug = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o2"),
                                 "-j", "1", "--debug"])
    assert "Traceback" in debug.output and "explode" in debug.output


def test_cli_build_with_a_surrogate_line_goes_on_and_exits_1(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"id": "bad", "text": FRENCH + " \ud800"}) + "\n"
                    + json.dumps({"id": "good", "text": FRENCH}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 1
    assert f"error: {path}:1: \"text\" is not valid Unicode" in result.output
    assert "1 articles" in result.output


# -- long articles ----------------------------------------------------------------


def test_split_text_pieces_join_back_and_respect_the_limit():
    text = PARAGRAPH * 40 + "x" * 700 + " fin"
    pieces = split_text(text, 500)
    assert "".join(pieces) == text
    assert all(len(p) <= 500 for p in pieces)
    assert all(p.endswith("\n") for p in pieces[:10])  # cut at line breaks when there are some


def test_article_over_the_piece_size_gives_the_records_of_one_piece(monkeypatch):
    article = make_article(id="long", text=PARAGRAPH * 12, source="long.txt")
    whole = extract(article)
    monkeypatch.setattr(kg.nlp, "PIECE_CHARS", 700)
    monkeypatch.setattr(kg.pipeline, "pipe_long", lambda nlp, texts, batch_size=16:
                        kg.nlp.pipe_long(nlp, texts, batch_size=batch_size, limit=700))
    pieces = extract(article)
    assert pieces.statements and pieces.entities
    assert pieces == whole


def test_article_over_spacys_max_length_is_built(tmp_path, monkeypatch):
    nlp = load_nlp()
    monkeypatch.setattr(nlp, "max_length", 1000)
    (tmp_path / "long.txt").write_text(PARAGRAPH * 10, encoding="utf-8")
    (tmp_path / "short.txt").write_text(FRENCH, encoding="utf-8")
    result = build([tmp_path], tmp_path / "out")
    assert not result.errors and result.articles == 2 and result.statements


def test_sentence_starts_are_set_on_a_long_text():
    """The rule-based boundaries, set in one pass: each line and each sentence opens one."""
    nlp = load_nlp()
    text = ("Titre sans point\n" + PARAGRAPH) * 200
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == "newskg_paragraphs":
            break
    starts = [t.i for t in doc if t.is_sent_start]
    assert starts == sorted({0} | sentence_starts(doc))
    assert len(starts) == 200 * 4
    assert all(doc[i - 1].text != "," for i in starts[1:])
