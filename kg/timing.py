"""Time spent producing the items of an iterator, by stage, for build reports."""
from __future__ import annotations

import time
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


def timed(items: Iterable[T], timings: dict[str, float], stage: str) -> Iterator[T]:
    """Yield ``items``, adding the seconds spent waiting for each to ``timings[stage]``.

    >>> timings = {}
    >>> list(timed([1, 2], timings, "reading")), "reading" in timings
    ([1, 2], True)
    """
    iterator = iter(items)
    while True:
        started = time.perf_counter()
        item = next(iterator, None)
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started
        if item is None:
            return
        yield item
