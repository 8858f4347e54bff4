"""Reading articles: input kinds, stable ids and one clear error per bad input."""
from __future__ import annotations

import json

from kg.reading import InputError, guess_title, read_articles

FRENCH = "Les États-Unis ont déclaré mercredi que des soldats nord-coréens avaient été envoyés en Russie."


def _read(*paths):
    items = list(read_articles(paths))
    return [i for i in items if not isinstance(i, InputError)], [
        i for i in items if isinstance(i, InputError)
    ]


def test_txt_file_becomes_one_article_with_exact_text(tmp_path):
    text = "Titre\n\nLe secrétaire d\u2019État a déclaré\u00a0: « Nous verrons », selon la presse."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (article,), errors = _read(tmp_path / "a.txt")
    assert not errors
    assert article.text == text
    assert article.id == "a"
    assert article.source.endswith("a.txt")
    assert len(article.content_hash) == 64


def test_folder_is_searched_recursively_in_sorted_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    articles, errors = _read(tmp_path)
    assert not errors
    assert [a.id for a in articles] == ["b", "a"]


def test_jsonl_lines_carry_metadata(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        {"id": "art-1", "text": FRENCH, "url": "https://example.org/1", "title": "T",
         "date": "2024-10-23", "source": "Le Journal"},
        {"text": FRENCH + " Encore."},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n")
    (first, second), errors = _read(path)
    assert not errors
    assert (first.id, first.url, first.title, first.outlet) == (
        "art-1", "https://example.org/1", "T", "Le Journal")
    assert first.date.isoformat() == "2024-10-23"
    assert first.source.endswith("news.jsonl:1")
    assert second.source.endswith("news.jsonl:2")


def test_article_ids_are_stable_for_the_same_input(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"text": FRENCH}) + "\n")
    first = _read(path)[0][0].id
    second = _read(path)[0][0].id
    assert first == second and len(first) == 16


def test_ids_are_made_iri_safe(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "a b/c?d", "text": FRENCH}) + "\n")
    assert _read(path)[0][0].id == "a-b-c-d"


def test_missing_path_is_one_error_naming_it(tmp_path):
    _, (error,) = _read(tmp_path / "nope.txt")
    assert "nope.txt" in str(error) and "no such file" in str(error)


def test_empty_file_is_an_error(tmp_path):
    (tmp_path / "e.txt").write_text("  \n", encoding="utf-8")
    _, (error,) = _read(tmp_path / "e.txt")
    assert "e.txt" in str(error) and "empty" in str(error)


def test_binary_file_is_an_error(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    _, (error,) = _read(tmp_path / "b.txt")
    assert "binary" in str(error)


def test_file_in_no_known_encoding_is_an_error(tmp_path):
    # 0x81 is neither UTF-8 here nor a Windows-1252 character
    (tmp_path / "l.txt").write_bytes(FRENCH.encode("latin-1") + b" \x81")
    _, (error,) = _read(tmp_path / "l.txt")
    assert "l.txt" in str(error) and "UTF-8" in str(error) and "\n" not in str(error)


def test_non_french_text_is_an_error(tmp_path):
    english = "The United States said on Wednesday that North Korean troops had been sent to Russia."
    (tmp_path / "en.txt").write_text(english, encoding="utf-8")
    _, (error,) = _read(tmp_path / "en.txt")
    assert "French" in str(error)


def test_malformed_json_line_names_its_line_number(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": FRENCH}) + "\n{oops\n" + json.dumps({"nope": 1}) + "\n")
    articles, errors = _read(path)
    assert len(articles) == 1
    assert [str(e).split(": ")[0].rsplit(":", 1)[-1] for e in errors] == ["2", "3"]
    assert "malformed JSON" in str(errors[0]) and '"text"' in str(errors[1])


def test_bad_date_in_json_line_is_an_error(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": FRENCH, "date": "mercredi"}) + "\n")
    _, (error,) = _read(path)
    assert "date" in str(error)


def test_unsupported_extension_is_an_error(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    _, (error,) = _read(tmp_path / "a.pdf")
    assert ".txt or .jsonl" in str(error)


def test_title_skips_chrome_lines():
    text = "Categories A LA UNE Monde\n\nDes soldats envoyés en Russie\n\nLe texte de l'article."
    assert guess_title(text) == "Des soldats envoyés en Russie"
