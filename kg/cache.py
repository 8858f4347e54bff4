"""What a build remembers between runs, so the next one redoes only what changed.

Two tables in one SQLite file (``<out>/cache/build.sqlite``):

* ``records``: each article's extracted records, keyed by :func:`article_key`
  (its content hash, its metadata and the code fingerprint), so re-running a
  build extracts only new or changed articles;
* ``store_graphs``: the digest of each named graph as last written to each
  store version (see :mod:`kg.swap`), so only graphs whose triples changed
  are rewritten, and an unfinished version's digests never pass for the
  live one's.

Every key includes :func:`code_fingerprint`: changing the extractors, the
resolver, the mapping or their data files invalidates everything, so a cached
build never differs from a build from scratch. SQLite makes each write atomic;
an interrupted build leaves a cache that is merely incomplete.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .records import Article, ArticleRecords
from .resolve import resolve_article

CACHE_DIR = "cache"
CACHE_FILE = "build.sqlite"
_PACKAGE = Path(__file__).resolve().parent
#: Code that cannot change what a build produces.
_IGNORED = ("cli", "queries")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of newskg's source and data files and the spaCy model version.

    >>> len(code_fingerprint())
    64
    """
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        rel = path.relative_to(_PACKAGE)
        if not path.is_file() or rel.parts[0] in _IGNORED or "__pycache__" in rel.parts:
            continue
        if path.suffix not in (".py", ".txt", ".json", ".csv", ".tsv", ".ttl"):
            continue
        digest.update(str(rel).encode() + b"\0" + path.read_bytes() + b"\0")
    try:
        from importlib.metadata import version

        from .nlp import MODEL

        digest.update(f"{MODEL}=={version(MODEL.replace('_', '-'))}".encode())
    except Exception:  # the model's version is unknown: the sources still count
        pass
    return digest.hexdigest()


def _json(data) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)


def article_key(article: Article) -> str:
    """The cache key of an article: same text, metadata and code, same records.

    >>> a = Article(id="a", text="Bonjour.", source="a.txt", content_hash="h1")
    >>> article_key(a) == article_key(replace(a, content_hash="h2"))
    False
    """
    meta = {k: v for k, v in asdict(article).items() if k != "text"}
    return hashlib.sha256((code_fingerprint() + _json(meta)).encode()).hexdigest()


def records_digest(records: ArticleRecords) -> str:
    """A digest of resolved records: equal digests, equal triples (same code)."""
    data = records.to_dict()
    data["article"]["text"] = ""
    return hashlib.sha256((code_fingerprint() + _json(data)).encode()).hexdigest()


#: A JSON string literal; group 1 its text between the quotes, escapes undecoded.
_JSON_STRING = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"')


def json_strings(text: str) -> set[str]:
    """Every string literal in the JSON ``text`` (values and keys), decoded.

    A scan of the text, not a parse (see :func:`key_strings`).

    >>> sorted(json_strings('{"a": ["x\\\\"y", 1], "b": "\\\\u00e9"}'))
    ['a', 'b', 'x"y', 'é']
    """
    return _decoded(_JSON_STRING, text)


def _decoded(literal: re.Pattern, text: str) -> set[str]:
    """The strings of the JSON string literals ``literal`` finds in ``text`` (its group 1)."""
    return {json.loads(f'"{s}"') if "\\" in s else s for s in literal.findall(text)}


#: What an entity key's kind (``person`` in ``person/x``) may be made of to be
#: looked for by :func:`key_strings` (it then needs no JSON escape).
_KIND = re.compile(r"[A-Za-z0-9_-]+")


def key_strings(mapping: dict[str, str]) -> Callable[[str], set[str]]:
    """A function giving the strings of a JSON text that may be keys of ``mapping``.

    Entity keys are ``kind/name``: only the string literals that open with one
    of the mapping's kinds and a slash are decoded, about three times faster
    than taking every string (:func:`json_strings`, the fallback for keys of
    another shape). A literal found inside another (after an escaped quote)
    only adds a string that is in no record field, never hides one.

    >>> find = key_strings({"person/a": "person/a", "org/b": "org/c"})
    >>> sorted(find('{"speaker": "org/b", "about": ["person/a"], "text": "org/ x"}'))
    ['org/ x', 'org/b', 'person/a']
    """
    if not mapping:
        return lambda text: set()
    kinds = {key.partition("/")[0] for key in mapping}
    if not all("/" in key and _KIND.fullmatch(key.partition("/")[0]) for key in mapping):
        return json_strings
    pattern = re.compile(
        '"((?:' + "|".join(sorted(kinds)) + r')/[^"\\]*(?:\\.[^"\\]*)*)"'
    )
    return lambda text: _decoded(pattern, text)


def records_from_json(data: str) -> ArticleRecords:
    """Records as :meth:`BuildCache.put_many` stored them (without the text)."""
    return ArticleRecords.from_dict(json.loads(data))


@dataclass(frozen=True)
class CachedArticle:
    """An article whose records are in the cache: the digest of its resolved graph
    now, its resolved records only on demand (:meth:`load`), so a build that finds an
    article's graph current never rebuilds its records.

    It holds the cached JSON and where the mapping sends the keys it names, not
    a handle on the cache, so it pickles small and a worker process can load it:
    the store update then parses and resolves changed articles where it maps them.
    """

    article_id: str
    digest: str
    data: str  # the cached records (JSON)
    moved: dict[str, str]  # the resolution mapping, for the strings ``data`` holds

    def load(self) -> ArticleRecords:
        """The article's records, resolved."""
        return resolve_article(records_from_json(self.data), self.moved)


class BuildCache:
    """The records and graph digests of the last build in one output folder."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None

    def _conn(self, create: bool = True) -> sqlite3.Connection | None:
        """The database, created on first write (a build that reads nothing writes nothing)."""
        if self._db is None:
            if not create and not self.path.exists():
                return None
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.executescript(
                "CREATE TABLE IF NOT EXISTS records (key TEXT PRIMARY KEY, data TEXT NOT NULL);"
                "CREATE TABLE IF NOT EXISTS store_graphs (version TEXT NOT NULL, iri TEXT NOT NULL, "
                "digest TEXT NOT NULL, PRIMARY KEY (version, iri));"
                "DROP TABLE IF EXISTS graphs;"  # before store versions: no longer trusted
            )
            self._db.commit()
        return self._db

    @classmethod
    def in_folder(cls, out_dir: str | Path) -> "BuildCache":
        return cls(Path(out_dir) / CACHE_DIR / CACHE_FILE)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> "BuildCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # records ---------------------------------------------------------------
    def _fetch(self, key: str) -> ArticleRecords | None:
        db = self._conn(create=False)
        row = db and db.execute("SELECT data FROM records WHERE key = ?", (key,)).fetchone()
        return records_from_json(row[0]) if row else None

    def get(self, article: Article) -> ArticleRecords | None:
        """The cached records of ``article`` (with its current text), or None."""
        records = self._fetch(article_key(article))
        return None if records is None else replace(records, article=article)

    def records(self, key: str) -> ArticleRecords:
        """The cached records under ``key`` (an :func:`article_key`), without the text."""
        records = self._fetch(key)
        if records is None:
            raise KeyError(key)
        return records

    def cached_articles(
        self, keys: Iterable[tuple[str, str]], mapping: dict[str, str]
    ) -> Iterator[CachedArticle]:
        """For each ``(article id, key)``, the records under ``key`` once resolved with
        ``mapping``, digested without resolving them: the digest is of the cached
        (unresolved) records and of where ``mapping`` sends every string they hold.
        Equal digests, equal resolved records (same code)."""
        strings = key_strings(mapping)
        db = self._conn(create=False)
        for article_id, key in keys:
            row = db and db.execute("SELECT data FROM records WHERE key = ?", (key,)).fetchone()
            if not row:
                raise KeyError(key)
            data = row[0]
            moved = {s: mapping[s] for s in strings(data) if s in mapping}
            digest = hashlib.sha256(
                (code_fingerprint() + "\0" + data + "\0" + _json(moved)).encode()
            ).hexdigest()
            yield CachedArticle(article_id=article_id, digest=digest, data=data, moved=moved)

    def put_many(self, records: Iterable[ArticleRecords]) -> None:
        rows = []
        for rec in records:
            data = rec.to_dict()
            data["article"]["text"] = ""  # the text is in the input, not here
            rows.append((article_key(rec.article), _json(data)))
        if rows:
            db = self._conn()
            db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?)", rows)
            db.commit()

    def keep_only(self, keys: set[str]) -> int:
        """Forget the records of every article whose key is not in ``keys``; how many."""
        db = self._conn()
        stale = [k for (k,) in db.execute("SELECT key FROM records") if k not in keys]
        db.executemany("DELETE FROM records WHERE key = ?", ((k,) for k in stale))
        db.commit()
        return len(stale)

    def clear(self) -> None:
        """Forget everything (a build from scratch)."""
        db = self._conn()
        db.executescript("DELETE FROM records; DELETE FROM store_graphs;")
        db.commit()

    # graph digests ---------------------------------------------------------
    def graphs(self, version: str) -> "GraphDigests":
        """The graph digests of one store version (what :func:`kg.sync.sync_store` reads and writes)."""
        return GraphDigests(self, version)

    def copy_graphs(self, source: str, target: str) -> None:
        """Give version ``target`` (a copy of ``source``) the digests of ``source``."""
        db = self._conn()
        db.execute("DELETE FROM store_graphs WHERE version = ?", (target,))
        db.execute(
            "INSERT INTO store_graphs SELECT ?, iri, digest FROM store_graphs WHERE version = ?",
            (target, source),
        )
        db.commit()

    def keep_graph_versions(self, versions: set[str]) -> None:
        """Forget the digests of every store version not in ``versions``."""
        db = self._conn(create=False)
        if db is None:
            return
        known = [v for (v,) in db.execute("SELECT DISTINCT version FROM store_graphs")]
        db.executemany(
            "DELETE FROM store_graphs WHERE version = ?", ((v,) for v in known if v not in versions)
        )
        db.commit()


class GraphDigests:
    """The digest of each named graph of one store version, as last written."""

    def __init__(self, cache: BuildCache, version: str):
        self.cache = cache
        self.version = version

    def graph_digests(self) -> dict[str, str]:
        db = self.cache._conn(create=False)
        if db is None:
            return {}
        rows = db.execute("SELECT iri, digest FROM store_graphs WHERE version = ?", (self.version,))
        return dict(rows)

    def forget_graphs(self, iris: Iterable[str]) -> None:
        """Mark graphs as unknown before touching them, so a crash leaves no false digest."""
        db = self.cache._conn()
        db.executemany(
            "DELETE FROM store_graphs WHERE version = ? AND iri = ?",
            ((self.version, i) for i in iris),
        )
        db.commit()

    def set_graphs(self, digests: dict[str, str]) -> None:
        db = self.cache._conn()
        db.executemany(
            "INSERT OR REPLACE INTO store_graphs VALUES (?, ?, ?)",
            ((self.version, iri, d) for iri, d in digests.items()),
        )
        db.commit()
