"""Build the graph: read articles, extract records, resolve, map to RDF, store, write.

A build with an output folder keeps there:

* ``store``: the Oxigraph database every command reads (one named graph per
  article), a link to its live version ``store-N``: a build updates a copy,
  rewriting only graphs whose triples changed and dropping the graphs of
  articles that disappeared, then swaps it in (:mod:`kg.store_update`);
* ``cache/``: each article's records by content hash, so re-running a build
  extracts only new or changed articles (see :mod:`kg.cache`);
* ``cache/claims.json``: the claims table of the store just built (see
  :func:`kg.claims.cached_claims_table`), left once the build's write handle
  on the store is closed, as Oxigraph rewrites some of its files when a
  read-write handle opens and closes but none when a read-only one does: the
  table's stamp is then the one a later ``kg claims`` computes, so the first
  ``kg claims`` after a build answers from it. It is written for the version
  a build published, before the exports (a build that fails writing them still
  leaves it);
* ``graph.ttl`` and ``graph.trig``: the portable exports, written only at the
  end and atomically, so a failed or interrupted build leaves the previous
  ones as they were; ``.exports.json`` records the store version and the
  digests they were written from, so they are rewritten whenever they differ
  from the store, even after an interrupted build (:mod:`kg.export_files`).

The whole build holds an exclusive lock on the folder (:mod:`kg.lock`): a
second build, or a build under ``kg serve``, fails at once. An article whose extraction raises
is reported like a bad file and the build goes on; extracted articles are
cached as they come, and flushed on Ctrl-C.

Articles stream through, so memory does not grow with the corpus: they are
read, extracted (in this process, in ``jobs`` worker processes or on a Dask
cluster, see :mod:`kg.parallel`) and cached in batches, and only their
entities are kept, in an :class:`kg.resolve.EntityIndex`. Entity resolution
runs over the entities of *all* articles, cached or new, which is why an
incremental build gives the same graph as a build from scratch; then each
article's records are read back from the cache, rewritten to the canonical
keys and mapped, partition by partition.
"""
from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from rdflib import Dataset

from .cache import BuildCache, article_key
from .claims import cached_claims_table
from .export_files import drop_stale_files, write_files
from .lock import FolderBusy, lock_for_build
from .mapping import to_dataset
from .progress import Phases
from .parallel import BATCH_SIZE, EXECUTORS, LocalPool, extract_stream, open_client
from .reading import InputError, count_articles, read_articles, unique_ids
from .records import Article, ArticleRecords, ExtractionFailure
from .resolve import Corpus, EntityIndex, canonical_entities, canonical_keys, resolve_article
from .store import DEFAULT_DIR, default_store_path, open_store, store_dataset
from .store_update import update_store
from .swap import live_version
from .sync import SyncStats
from .timing import timed

#: Records written to the cache per transaction (and whatever is left on Ctrl-C).
CACHE_BATCH = 256
#: ...or fewer, once this many seconds passed since the last write: extracted
#: articles count as done (in the progress bar) only once they are in the cache.
CACHE_SECONDS = 1.0
#: A build that parsed at least this many articles in its own process drops the
#: spaCy model before the store update (:func:`kg.nlp.release_nlp`): the store's
#: and the claims table's memory, which grow with the corpus, then reuse the
#: model's (about 300 MB) and the peak stays the parse's. Smaller builds keep it
#: for a later build in the same process (loading it again takes a few seconds).
RELEASE_AFTER = 100


class BuildError(Exception):
    """The build could not produce a graph at all (``errors``: the inputs that failed)."""

    def __init__(self, message: str, errors: list[InputError] | None = None):
        super().__init__(message)
        self.errors = errors or []


@dataclass
class BuildResult:
    dataset: Dataset
    records: list[ArticleRecords] = field(default_factory=list)  # with keep_records only
    errors: list[InputError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)  # exports of an earlier build (--no-files)
    kept: list[Path] = field(default_factory=list)  # stale exports kg cannot prove it wrote (--no-files)
    timings: dict[str, float] = field(default_factory=dict)
    extracted: int = 0  # articles extracted by this build
    reused: int = 0  # articles whose records came from the cache
    articles: int = 0
    entities: int = 0  # after resolution
    statements: int = 0
    deployments: int = 0
    sync: SyncStats | None = None  # what changed in the store
    store: Path | None = None
    phases: dict[str, float] = field(default_factory=dict)  # wall seconds per kg.progress phase

    @property
    def ok(self) -> bool:
        return not self.errors


def build(
    paths: Iterable[str | Path],
    out_dir: str | Path | None = DEFAULT_DIR,
    *,
    progress: bool = False,
    jobs: int = 1,
    executor: str = "local",
    scheduler: Any = None,
    incremental: bool = True,
    files: bool = True,
    keep_records: bool = False,
    batch_size: int = BATCH_SIZE,
) -> BuildResult:
    """Build the graph of the articles in ``paths`` into ``out_dir``.

    Updates the store in ``out_dir/store`` and writes ``graph.ttl`` (Turtle)
    and ``graph.trig`` (one named graph per article) unless ``files`` is
    false. With ``out_dir=None`` nothing is written and the dataset is built
    in memory. ``jobs`` worker processes extract (``executor="local"``), or
    the workers of the Dask cluster at ``scheduler`` (``executor="dask"``; a
    local cluster of ``jobs`` processes when no scheduler is given).
    ``incremental=False`` re-extracts every article and rewrites the store.
    ``keep_records=True`` also returns each article's records (before
    resolution, in input order) in ``result.records``; off by default, so
    memory does not grow with the corpus. Raises :class:`BuildError` when no
    article could be read, or at once when another build (or ``kg serve``)
    holds ``out_dir``.

    >>> result = build(["seeds/"], "exports")          # doctest: +SKIP
    >>> result.extracted, result.reused                 # doctest: +SKIP
    (0, 5)
    """
    if executor not in EXECUTORS:
        raise BuildError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")
    timings: dict[str, float] = {}
    out = Path(out_dir) if out_dir is not None else None
    created = out is not None and not out.exists()
    try:  # before touching anything in the folder
        lock = lock_for_build(out) if out is not None else None
    except FolderBusy as busy:
        raise BuildError(str(busy)) from None
    try:
        return _build(
            paths, out, progress=progress, jobs=jobs, executor=executor, scheduler=scheduler,
            incremental=incremental, files=files, keep_records=keep_records,
            batch_size=batch_size, timings=timings,
        )
    except BaseException:
        if created and lock is not None:  # a folder made for a build that wrote nothing
            lock.path.unlink(missing_ok=True)
            try:
                out.rmdir()
            except OSError:  # not empty: something was written
                pass
        raise
    finally:
        if lock is not None:
            lock.release()


def _build(
    paths, out: Path | None, *, progress, jobs, executor, scheduler, incremental, files,
    keep_records, batch_size, timings,
) -> BuildResult:
    cache = BuildCache.in_folder(out) if out is not None else None
    errors: list[InputError] = []
    index = EntityIndex()
    found: list[tuple[int, ArticleRecords]] = []  # kept only if needed
    keys: dict[str, str] = {}  # article id -> cache key
    waiting: deque[int] = deque()  # input positions of the articles sent to extraction
    unsaved: list[ArticleRecords] = []  # extracted, not yet in the cache
    last_saved = [time.monotonic()]
    phases = Phases(enabled=progress)
    phases.start("reading")
    total = count_articles(paths)
    # a corpus of one batch, or one job, is extracted in this process (see extract_stream)
    in_process = executor == "local" and (jobs <= 1 or total <= batch_size)
    phases.start("model")  # until the model is loaded here, or the first records come back
    try:
        client, to_close = open_client(executor, scheduler, jobs)
    except ValueError as err:
        phases.close()
        raise BuildError(str(err)) from None
    # local workers, started only if needed, for extraction then the store's mapping
    pool = LocalPool(jobs) if executor == "local" and jobs > 1 else None
    if pool is not None:
        to_close.append(pool)
    result = BuildResult(dataset=Dataset(), errors=errors, timings=timings, phases=phases.times)

    def extracting() -> None:
        if phases.current == "model":
            phases.start("extraction", total=total)

    def keep(position: int, records: ArticleRecords, done: bool = True) -> None:
        """Take an article's records; ``done``: nothing is left to do for it (else
        :func:`save` counts it once it is in the cache)."""
        index.add(records)
        result.articles += 1
        result.statements += len(records.statements)
        result.deployments += len(records.deployments)
        if keep_records or cache is None:
            found.append((position, records))
        extracting()
        if done:
            phases.advance()

    def save() -> None:
        cache.put_many(unsaved)
        phases.advance(len(unsaved))
        unsaved.clear()
        last_saved[0] = time.monotonic()

    def readable() -> Iterator[Article]:
        for item in read_articles(paths):
            if isinstance(item, InputError):
                errors.append(item)
            else:
                yield item

    def to_extract() -> Iterator[Article]:
        for position, article in enumerate(unique_ids(timed(readable(), timings, "reading"))):
            if cache is not None:
                keys[article.id] = article_key(article)
            cached = cache.get(article) if cache is not None and incremental else None
            if cached is not None:
                result.reused += 1
                keep(position, cached)
            else:
                if phases.current == "model" and in_process:
                    from .nlp import load_nlp

                    load_nlp()  # in this process, so the phase ends when the model is loaded
                    extracting()
                waiting.append(position)
                yield article

    def failed(failure: ExtractionFailure) -> None:
        waiting.popleft()
        keys.pop(failure.article_id, None)
        errors.append(InputError(
            failure.source, f"could not extract article {failure.article_id!r}: {failure.message}",
            failure.detail,
        ))
        extracting()
        phases.advance()

    try:
        try:
            for records in extract_stream(
                to_extract(), jobs=jobs, executor=executor, client=client,
                batch_size=batch_size, timings=timings, pool=pool,
            ):
                if isinstance(records, ExtractionFailure):
                    failed(records)
                    continue
                result.extracted += 1
                keep(waiting.popleft(), records, done=cache is None)
                if cache is not None:
                    unsaved.append(records)
                    if len(unsaved) >= CACHE_BATCH or time.monotonic() - last_saved[0] >= CACHE_SECONDS:
                        save()
        finally:  # also on Ctrl-C: what is extracted is not lost
            if cache is not None and unsaved:
                save()
        if not result.articles:
            causes = [str(e) for e in errors] or ["no input"]
            said = f": {causes[0]}" if len(causes) == 1 else "".join(f"\n{c}" for c in causes)
            raise BuildError(f"no article could be read{said}", errors)
        if in_process and result.extracted >= RELEASE_AFTER:
            from .nlp import release_nlp

            release_nlp()
        if cache is not None:
            cache.keep_only(set(keys.values()))
        found.sort(key=lambda item: item[0])
        records = [rec for _, rec in found]
        if keep_records:
            result.records = records

        phases.start("resolution")
        started = time.perf_counter()
        mapping = canonical_keys(index)
        entities = canonical_entities(index, mapping)
        result.entities = len(entities)
        timings["resolution"] = time.perf_counter() - started
        if out is None:
            phases.start("store", total=len(records))
            started = time.perf_counter()
            articles = [resolve_article(r, mapping) for r in records]
            result.dataset = to_dataset(Corpus(entities=entities, articles=articles))
            timings["rdf"] = time.perf_counter() - started
            return result

        # every article's records, read back from the cache one at a time
        phases.start("store", total=len(keys))
        # (digested from the cache; resolved only if its graph must be rewritten)
        resolved = cache.cached_articles(((i, keys[i]) for i in _counted(sorted(keys), phases)), mapping)
        result.store = default_store_path(out)
        started = time.perf_counter()
        result.sync = update_store(
            out, Corpus(entities=entities, articles=resolved), cache, not incremental,
            client or pool,
        )
        timings["store"] = time.perf_counter() - started  # with the copy and the swap
        started = time.perf_counter()
        # the published store's table, once its write handle is closed (see the module), and
        # before the exports: a build that fails writing them still leaves a current table
        cached_claims_table(result.store)
        timings["claims"] = time.perf_counter() - started
        result.dataset = store_dataset(open_store(result.store))
        if files:
            phases.start("exports")
            started = time.perf_counter()
            result.outputs = write_files(result.dataset, out, live_version(out))
            timings["writing"] = time.perf_counter() - started
        else:
            result.removed, result.kept = drop_stale_files(out, live_version(out))
        return result
    finally:
        phases.close()
        if cache is not None:
            cache.close()
        for closable in to_close:
            closable.close()


def _counted(items, phases: Phases):
    """Yield ``items``, advancing the current phase's progress by one for each."""
    for item in items:
        yield item
        phases.advance()
