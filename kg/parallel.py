"""Run extraction (and mapping) in worker processes or on a Dask cluster.

Extraction is a pure function of one article (:func:`kg.pipeline.extract`),
so batches of articles can go anywhere and come back as records. Both
executors stream: articles are pulled from the input only as workers become
free (at most a few batches in flight per worker), and results come back in
input order, so memory stays flat however large the corpus.

* ``local``: ``jobs`` processes on this machine (``spawn``ed, so each loads
  spaCy once and shares nothing unsafe with the parent; each dies with the
  build, even a killed one, see :mod:`kg.lifetime`).
* ``dask``: the workers of a ``distributed`` cluster, reached through its
  scheduler's address (``tcp://host:8786``) or a ``Client``/``LocalCluster``.
"""
from __future__ import annotations

import os
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from multiprocessing import get_context
from typing import Any, Callable, Iterable, Iterator, TypeVar

from .records import Article, ArticleRecords, ExtractionFailure

EXECUTORS = ("local", "dask")
#: Articles per task: large enough to amortise the round trip, small enough to stream.
BATCH_SIZE = 32
#: Batches queued per worker, so a worker never waits for the parent.
IN_FLIGHT_PER_WORKER = 2

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter).

    >>> list(batched(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_batch(
    articles: list[Article],
) -> tuple[list[ArticleRecords | ExtractionFailure], dict[str, float]]:
    """Records (or failure) of each article of a batch, and the seconds spent (a worker's task)."""
    from .pipeline import extract_many

    timings: dict[str, float] = {}
    return list(extract_many(articles, timings)), timings


def _warm_up(parent_pid: int) -> None:
    """A worker's start: die with the build (even a SIGKILLed one).

    spaCy is loaded by the first extraction task, not here, so workers that
    only map partitions to RDF (a build with nothing to extract) never load it.
    """
    from .lifetime import die_with_parent

    die_with_parent(parent_pid)


class LocalPool:
    """``jobs`` worker processes on this machine, started on first use.

    One pool serves a whole build: extraction, then the mapping of the store
    update (:func:`map_batches`), so workers start (and load spaCy) once, and
    a build that needs neither starts none. Workers are ``spawn``ed, so each
    shares nothing unsafe with the parent.
    """

    def __init__(self, jobs: int):
        self.jobs = max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, function: Callable, *args) -> Future:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=get_context("spawn"), initializer=_warm_up,
                initargs=(os.getpid(),),
            )
        return self._pool.submit(function, *args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def __enter__(self) -> "LocalPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def ordered_map(
    submit: Callable[[list[T]], Future], batches: Iterable[list[T]], in_flight: int
) -> Iterator[Any]:
    """Results of ``submit(batch)`` in input order, with at most ``in_flight`` pending.

    ``submit`` returns a future (concurrent.futures or Dask's); the input is
    consumed only as results are taken, which is what keeps memory flat.
    """
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _merge(total: dict[str, float], part: dict[str, float]) -> None:
    for key, seconds in part.items():
        total[key] = total.get(key, 0.0) + seconds


def extract_stream(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    executor: str = "local",
    client: Any = None,
    batch_size: int = BATCH_SIZE,
    timings: dict[str, float] | None = None,
    pool: LocalPool | None = None,
) -> Iterator[ArticleRecords | ExtractionFailure]:
    """Records for each of ``articles``, in order, extracted by ``executor``
    (an :class:`ExtractionFailure` for an article whose extraction raised).

    With ``executor="local"`` and ``jobs=1`` (or a corpus of one batch, where
    starting workers would cost more than it saves) everything runs in this
    process. ``pool``: the build's workers (else a pool of ``jobs`` is made
    for this call).
    """
    timings = timings if timings is not None else {}
    if executor == "dask":
        if client is None:
            raise ValueError("the dask executor needs a client (see dask_client)")
        started = time.perf_counter()
        for records, part in ordered_map(
            lambda batch: client.submit(extract_batch, batch, pure=False),
            batched(articles, batch_size),
            in_flight=max(1, dask_workers(client)) * IN_FLIGHT_PER_WORKER,
        ):
            _merge(timings, part)
            yield from records
        timings["cluster"] = timings.get("cluster", 0.0) + time.perf_counter() - started
        return
    if executor != "local":
        raise ValueError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")

    iterator = iter(articles)
    head = list(islice(iterator, batch_size + 1 if jobs > 1 else 1))
    if not head:  # nothing to extract: do not even load spaCy
        return
    if jobs <= 1 or len(head) <= batch_size:
        from .pipeline import extract_many

        yield from extract_many(chain(head, iterator), timings)  # streamed: read as extracted
        return

    def everything() -> Iterator[Article]:
        yield from head
        yield from iterator

    owned = pool is None
    pool = LocalPool(jobs) if owned else pool
    try:
        for records, part in ordered_map(
            lambda batch: pool.submit(extract_batch, batch),
            batched(everything(), batch_size),
            in_flight=pool.jobs * IN_FLIGHT_PER_WORKER,
        ):
            _merge(timings, part)
            yield from records
    finally:
        if owned:
            pool.close()


# -- Dask -------------------------------------------------------------------


def dask_client(scheduler: Any):
    """A ``distributed.Client`` for ``scheduler`` (an address, a cluster or a client).

    Raises ``ValueError`` with a one-line reason when it cannot connect.
    """
    try:
        from distributed import Client
    except ImportError as err:  # pragma: no cover - installed with newskg
        raise ValueError("the dask executor needs the `distributed` package") from err
    if isinstance(scheduler, Client):
        return scheduler
    try:
        return Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as err:
        raise ValueError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None


def open_client(executor: str, scheduler: Any, jobs: int):
    """The Dask client a build uses (none for the local executor), and what to close when it is done."""
    if executor != "dask":
        return None, []
    if scheduler is None:  # no cluster given: a local one, one process per job
        from distributed import LocalCluster

        cluster = LocalCluster(
            n_workers=max(1, jobs), threads_per_worker=1, processes=True,
            dashboard_address=None, host="127.0.0.1",
        )
        client = dask_client(cluster)
        return client, [client, cluster]
    client = dask_client(scheduler)
    return client, ([] if client is scheduler else [client])


def dask_workers(client: Any) -> int:
    return len(client.scheduler_info().get("workers", {}))


def map_batches(
    function: Callable[[list[T]], R],
    batches: Iterable[list[T]],
    *,
    client: Any = None,
) -> Iterator[R]:
    """``function`` over ``batches``, in order: in this process, or on the workers of
    ``client`` (a :class:`LocalPool` or a Dask client)."""
    if client is None:
        yield from map(function, batches)
        return
    if isinstance(client, LocalPool):
        yield from ordered_map(
            lambda batch: client.submit(function, batch), batches,
            in_flight=client.jobs * IN_FLIGHT_PER_WORKER,
        )
        return
    yield from ordered_map(
        lambda batch: client.submit(function, batch, pure=False),
        batches,
        in_flight=max(1, dask_workers(client)) * IN_FLIGHT_PER_WORKER,
    )
