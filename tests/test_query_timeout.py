"""``--timeout`` stops the query itself, not just the wait: the query runs in a
child process killed at the deadline, so no CPU is spent on it afterwards."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import QueryTimeout, canned_queries, run_query, stream_query
from small_graph import small_dataset

ID = "https://w3id.org/newskg/id/"
#: Every triple with every triple with every triple: never ends on a few thousand triples.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"


@pytest.fixture(scope="module")
def replicated(tmp_path_factory) -> Path:
    """A build-like folder whose store holds 50 renamed copies of a small graph."""
    from kg.query import as_store

    folder = tmp_path_factory.mktemp("replicated")
    source = list(as_store(small_dataset()))
    store = ox.Store(str(folder / "store"))

    def renamed(term, k):
        return ox.NamedNode(f"{term.value}-copy{k}") if isinstance(term, ox.NamedNode) and term.value.startswith(ID) else term

    store.bulk_extend(
        ox.Quad(renamed(q.subject, k), q.predicate, renamed(q.object, k), renamed(q.graph_name, k))
        for k in range(50) for q in source
    )
    store.flush()
    assert len(store) > 2000
    del store
    return folder


def _children() -> list[int]:
    """This process's child processes still alive (zombies excluded)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == os.getpid() and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def test_a_timed_out_query_stops_working(replicated):
    before = _children()  # other tests in the session may keep pools alive
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="longer than 1 s"):
        run_query(replicated, ENDLESS, timeout=1)
    assert time.monotonic() - started < 10
    assert set(_children()) <= set(before)  # the child doing the work is gone
    cpu = time.process_time()
    time.sleep(1)
    assert time.process_time() - cpu < 0.2  # and nothing in this process took it over


def test_kg_query_timeout_is_one_line_and_exit_status_1(replicated):
    before = _children()
    result = CliRunner().invoke(main, ["query", ENDLESS, "-g", str(replicated), "--timeout", "1"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["Error: the query took longer than 1 s (--timeout)"]
    assert set(_children()) <= set(before)


def test_reading_only_the_first_rows_stops_the_child(replicated):
    before = _children()
    result = stream_query(replicated, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", limit=3, timeout=60)
    assert len(list(result.solutions)) == 3 and result.truncated
    assert set(_children()) <= set(before)


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_a_query_in_a_child_gives_the_same_rows_as_in_process(replicated, name):
    text = canned_queries()[name].text
    here = run_query(replicated, text).rows
    there = run_query(replicated, text, timeout=120).rows
    assert here and there == here


def test_ask_construct_and_params_work_in_a_child():
    ds = small_dataset()  # an in-memory graph: the child gets a copy of its quads
    assert run_query(ds, "ASK { ?s nkg:speaker ?who }", timeout=60).boolean is True
    construct = "CONSTRUCT { ?s a nkg:Person } WHERE { ?s a nkg:Person }"
    built = sorted(run_query(ds, construct, timeout=60).graph)
    assert built and built == sorted(run_query(ds, construct).graph)
    text = "SELECT ?who ?quote WHERE { ?s nkg:speaker ?who ; nkg:quote ?quote }"
    assert run_query(ds, text, {"who": "blinken"}, timeout=60).rows == run_query(ds, text, {"who": "blinken"}).rows


@pytest.mark.parametrize("read", ["all", "one row"])
def test_a_timed_query_is_freed_at_once_in_the_thread_that_read_it(replicated, read):
    # its rows are parsed by pyoxigraph objects that must be freed in the thread that made
    # them: nothing (the deadline's timer included) may keep the query alive in a reference cycle
    import gc
    import weakref

    from kg.query_process import _RUNNING

    before = set(map(id, _RUNNING))
    result = stream_query(replicated, "SELECT ?s WHERE { ?s a nkg:Statement }", timeout=60)
    [child] = [weakref.ref(c) for c in _RUNNING if id(c) not in before]
    rows = iter(result.solutions)
    list(rows) if read == "all" else next(rows)
    gc.disable()
    try:
        del result, rows
        assert child() is None
    finally:
        gc.enable()
