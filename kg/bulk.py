"""Building many lasting objects at once, without the cyclic garbage collector's passes.

A projection of a large store (kg.analytics) or a focus page read from it
(kg.view) creates hundreds of thousands of objects that all stay alive: each
pass of the cyclic collector walks them and frees nothing, and its full passes
grow with the heap (at a million triples, a third of ``kg graph stats``' CPU).
Reference counting still frees everything else at once; cycles made meanwhile
are collected when the block ends.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def lasting_objects():
    """Pause the cyclic garbage collector for the block (nested blocks are fine).

    >>> with lasting_objects():
    ...     gc.isenabled()
    False
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
