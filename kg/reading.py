"""Read articles from ``.txt`` and ``.jsonl`` files and folders.

Reading never raises on a bad article: it yields an :class:`InputError` in its
place, so a build can report every bad file and go on with the others.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from .chrome import chrome_spans
from .dates import infer_article_date
from .language import looks_french
from .records import Article

SUFFIXES = (".txt", ".jsonl")
#: What an id may keep: letters and digits of any script, "_", "." and "-";
#: everything else becomes "-" (IRIs allow non-ASCII letters, so "Élysée" stays).
_ID_UNSAFE = re.compile(r"[^\w.-]+")
#: Byte order marks, longest first (UTF-32's begin like UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Metadata fields of a JSON line, each a string when present.
_STRING_FIELDS = ("id", "url", "title", "date", "source")


@dataclass(frozen=True)
class InputError:
    """Why one file (or one JSON line) could not be read as an article."""

    source: str
    message: str
    detail: str = ""  # e.g. a traceback, shown with --debug

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """The article files named by ``paths``; folders are searched recursively."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            yield from found or [InputError(str(path), "no .txt or .jsonl file in this folder")]
        elif not path.exists():
            yield InputError(str(path), "no such file or directory")
        elif path.suffix.lower() not in SUFFIXES:
            yield InputError(str(path), "not a .txt or .jsonl file")
        else:
            yield path


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every article in ``paths``, or an :class:`InputError` in its place."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        elif item.suffix.lower() == ".jsonl":
            yield from _read_jsonl(item)
        else:
            yield _read_txt(item)


def _decode(path: Path) -> str | InputError:
    try:
        data = path.read_bytes()
    except OSError as err:
        return InputError(str(path), f"cannot read ({err.strerror})")
    return decode_text(data, str(path))


def decode_text(data: bytes, source: str) -> str | InputError:
    """The text of a file's bytes: UTF-8, or the encoding its byte order mark names, or
    else Windows-1252 (which includes Latin-1's letters), the usual legacy encoding of
    French text; an error if none of them fits.

    >>> decode_text("Élysée".encode("cp1252"), "a.txt")
    'Élysée'
    >>> decode_text("\ufeffÉté".encode("utf-16-le"), "a.txt")
    'Été'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as err:
                return InputError(source, f"not {encoding.upper()} text despite its byte order mark (bad bytes at offset {err.start})")
    if b"\x00" in data:
        return InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return InputError(
            source, f"not UTF-8 text (bad byte at offset {utf8_error}), nor Windows-1252/Latin-1; "
            "convert it with iconv -f ENCODING -t UTF-8"
        )
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v" for c in text):
        return InputError(source, f"not UTF-8 text (bad byte at offset {utf8_error})")
    return text


def _check_text(source: str, text: str) -> InputError | None:
    if not text.strip():
        return InputError(source, "empty article")
    if not looks_french(text):
        return InputError(source, "does not look like French text")
    return None


def _read_txt(path: Path) -> Article | InputError:
    text = _decode(path)
    if isinstance(text, InputError):
        return text
    return _check_text(str(path), text) or make_article(
        id=path.stem, text=text, source=str(path), title=guess_title(text)
    )


def _read_jsonl(path: Path) -> Iterator[Article | InputError]:
    content = _decode(path)
    if isinstance(content, InputError):
        yield content
        return
    if not content.strip():
        yield InputError(str(path), "empty file")
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(source, f"malformed JSON line ({err.msg}, column {err.colno})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputError(source, 'JSON line has no "text" string')
            continue
        text = record["text"]
        error = _check_fields(source, record) or _check_text(source, text)
        day = None
        if not error and record.get("date"):
            day = _parse_date(record["date"])
            if day is None:
                error = InputError(source, f'"date" is not an ISO 8601 date: {record["date"]!r}')
        if error:
            yield error
            continue
        yield make_article(
            id=str(record.get("id") or content_hash(text)[:16]),
            text=text,
            source=source,
            title=record.get("title") or guess_title(text),
            url=record.get("url"),
            date=day,
            outlet=record.get("source"),
        )


def _check_fields(source: str, record: dict) -> InputError | None:
    """Metadata of the wrong type, or text that is not valid Unicode (a lone surrogate)."""
    for name in _STRING_FIELDS:
        value = record.get(name)
        if value is None or isinstance(value, str):
            continue
        if name == "id" and isinstance(value, int) and not isinstance(value, bool):
            continue  # numeric ids are common in exports: 42 is read as "42"
        return InputError(source, f'"{name}" must be a string, not {type(value).__name__}')
    for name in ("text", *_STRING_FIELDS):
        value = record.get(name)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as err:
                return InputError(
                    source, f'"{name}" is not valid Unicode (lone surrogate '
                    f"U+{ord(value[err.start]):04X} at character {err.start})"
                )
    return None


def _parse_date(value: str) -> date | None:
    """The day of an ISO 8601 date or date-time, or None if it is not one."""
    try:
        if len(value) > 10:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        return date.fromisoformat(value)
    except ValueError:
        return None


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_article(*, id: str, text: str, source: str, **meta) -> Article:
    """An :class:`Article` with an IRI-safe id and its content hash.

    With no ``date`` in its metadata, an article takes the date its text gives
    (:func:`kg.dates.infer_article_date`), marked ``date_inferred``; that date
    then anchors the dates of its statements and deployments ("mercredi").
    """
    safe_id = _ID_UNSAFE.sub("-", unicodedata.normalize("NFC", id)).strip("-.")
    safe_id = safe_id or content_hash(text)[:16]
    if meta.get("date") is None:
        inferred = infer_article_date(text)
        if inferred is not None:
            meta = {**meta, "date": inferred, "date_inferred": True}
    return Article(id=safe_id, text=text, source=source, content_hash=content_hash(text), **meta)


def guess_title(text: str) -> str | None:
    """The first line that is not chrome, when it is short enough to be a headline."""
    blanked = {start for start, _ in chrome_spans(text)}
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        lead = offset + len(line) - len(line.lstrip())
        offset += len(line)
        if not stripped or lead in blanked:
            continue
        return stripped if len(stripped.split()) <= 40 else None
    return None


def unique_ids(articles: Iterable[Article]) -> Iterator[Article]:
    """Give a second article with an already used id a distinct, stable id."""
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            article = replace(article, id=f"{article.id}-{article.content_hash[:8]}")
        seen.add(article.id)
        yield article


def count_articles(paths: Iterable[str | Path]) -> int:
    """About how many articles ``paths`` hold (one per .txt, one per .jsonl line), for a progress bar."""
    total = 0
    for item in iter_files(paths):
        if isinstance(item, InputError):
            continue
        if item.suffix.lower() == ".jsonl":
            try:
                with open(item, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                pass
        else:
            total += 1
    return total
