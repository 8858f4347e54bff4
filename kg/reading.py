"""Read articles from ``.txt`` and ``.jsonl`` files and folders.

Reading never raises on a bad article: it yields an :class:`InputError` in its
place, so a build can report every bad file and go on with the others.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from .chrome import chrome_spans
from .language import looks_french
from .records import Article

SUFFIXES = (".txt", ".jsonl")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


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
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
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
    if b"\x00" in data:
        return InputError(str(path), "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return InputError(str(path), f"not UTF-8 text (bad byte at offset {err.start})")


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
        error = _check_text(source, text)
        try:
            day = date.fromisoformat(record["date"][:10]) if record.get("date") else None
        except (TypeError, ValueError):
            error = error or InputError(source, f'"date" is not an ISO date: {record["date"]!r}')
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


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_article(*, id: str, text: str, source: str, **meta) -> Article:
    """An :class:`Article` with an IRI-safe id and its content hash."""
    safe_id = _ID_UNSAFE.sub("-", id).strip("-") or content_hash(text)[:16]
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
