"""Build integrity: one build per folder, atomic store and exports, nothing orphaned,
nothing extracted lost on Ctrl-C. Kill tests send real signals to real processes
started with ``python -m kg``."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

import kg.export_files
import kg.sync
from kg.build import BuildError, build
from kg.cache import CACHE_DIR, CACHE_FILE
from kg.export import serialize
from kg.lock import LOCK_FILE
from kg.serve import free_port
from kg.store import load_dataset
from kg.swap import versions

ROOT = Path(__file__).resolve().parent.parent
FRENCH = "Le ministre français des Armées a déclaré mardi que la France enverrait des instructeurs en Ukraine."


def _default_sigint():
    """Give the child the default SIGINT: a shell starting the suite in the background
    ignores SIGINT for it, and Python then never turns ctrl-c into KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _kg(*args, **kwargs) -> subprocess.Popen:
    """``python -m kg ARGS`` with this checkout's code, in a process of its own."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "kg", *map(str, args)], cwd=ROOT, env=env, preexec_fn=_default_sigint,
        stdout=subprocess.DEVNULL, stderr=kwargs.pop("stderr", subprocess.DEVNULL), **kwargs,
    )


def _wait_for(condition, timeout: float = 60.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _running(processes: list[psutil.Process]) -> list[psutil.Process]:
    """The processes still running (a zombie waiting for its reaper has stopped)."""
    alive = []
    for process in processes:
        try:
            if process.status() != psutil.STATUS_ZOMBIE:
                alive.append(process)
        except psutil.NoSuchProcess:
            pass
    return alive


def _assert_all_stop(processes: list[psutil.Process], within: float) -> None:
    deadline = time.monotonic() + within
    while _running(processes) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _running(processes)
    for process in left:  # do not leave them behind, whatever the outcome
        process.kill()
    assert not left, f"orphans still running: {[p.cmdline()[:3] for p in left]}"


def _lock_holder(out: Path) -> str:
    try:
        return (out / LOCK_FILE).read_text().strip()
    except OSError:
        return ""


def _corpus(path: Path, seeds_dir: Path, copies: int) -> Path:
    """A JSON Lines corpus of ``copies`` x the seeds, each with its own id."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as handle:
        for n in range(copies):
            for i, text in enumerate(texts):
                handle.write(json.dumps({"id": f"a{n}-{i}", "text": text}) + "\n")
    return path


def _trig(out: Path) -> bytes:
    return serialize(load_dataset(out), "trig")


# -- one build per folder ----------------------------------------------------------


def test_second_build_fails_at_once_naming_the_first_and_touches_nothing(tmp_path, seeds_dir):
    out = tmp_path / "out"
    first = _kg("build", seeds_dir, "-o", out, "-j", "1")
    try:
        _wait_for(lambda: _lock_holder(out).startswith("kg build"), what="the first build's lock")
        (tmp_path / "other.txt").write_text(FRENCH, encoding="utf-8")
        with pytest.raises(BuildError) as refused:
            build([tmp_path / "other.txt"], out)
        assert str(refused.value) == (
            f"{out}: kg build (pid {first.pid}) is already building into this folder; "
            "wait for it to finish"
        )
        assert first.wait(timeout=120) == 0
    finally:
        first.kill()
    # the store and both exports describe the first build's corpus, the seeds
    dataset = load_dataset(out)
    assert len(list(dataset.graphs())) > 5
    assert (out / "graph.trig").read_bytes() == serialize(dataset, "trig")
    assert b"other" not in (out / "graph.trig").read_bytes()


def test_lock_of_a_killed_build_does_not_block_the_next(tmp_path, seeds_dir):
    out = tmp_path / "out"
    killed = _kg("build", seeds_dir, "-o", out, "-j", "1")
    _wait_for(lambda: _lock_holder(out).startswith("kg build"), what="the build's lock")
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    result = build([tmp_path / "a.txt"], out)  # at once: the kernel released the flock
    assert result.articles == 1
    assert (out / "graph.trig").read_bytes() == _trig(out)


# -- nothing orphaned ----------------------------------------------------------------


def test_killed_build_leaves_no_worker_running(tmp_path, seeds_dir):
    corpus = _corpus(tmp_path / "c.jsonl", seeds_dir, 8)  # > one batch: worker processes
    parent = _kg("build", corpus, "-o", tmp_path / "out", "-j", "2")
    try:
        me = psutil.Process(parent.pid)
        workers = _wait_for(
            lambda: [c for c in me.children(recursive=True) if "spawn_main" in " ".join(c.cmdline())][:2]
            if len(me.children(recursive=True)) >= 2 else None,
            what="worker processes",
        )
        time.sleep(1.0)  # let them start loading spaCy
        everyone = me.children(recursive=True)
        assert set(workers) <= set(everyone)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    _assert_all_stop(everyone, within=10)


def test_killed_server_leaves_no_oxigraph_running_and_builds_refuse_while_it_serves(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path / "a.txt"], out)
    port = free_port()
    server = _kg("serve", "-g", out, "--port", port)
    try:
        me = psutil.Process(server.pid)
        oxigraph = _wait_for(lambda: me.children(), what="the Oxigraph server")
        _wait_for(lambda: _lock_holder(out).startswith("kg serve"), what="the server's lock")
        (tmp_path / "b.txt").write_text(FRENCH + " Encore.", encoding="utf-8")
        before = _trig(out)
        with pytest.raises(BuildError) as refused:
            build([tmp_path], out)
        assert str(refused.value) == (
            f"{out}: kg serve http://127.0.0.1:{port} (pid {server.pid}) is serving this store; "
            "stop it before building"
        )
        assert _trig(out) == before
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait()
    _assert_all_stop(oxigraph, within=5)
    assert build([tmp_path], out).articles == 2  # the dead server's lock is gone with it


# -- nothing lost, nothing stale -------------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_interrupted_build_keeps_what_was_extracted_in_the_cache(tmp_path, seeds_dir, sig):
    from kg.pipeline import BATCH

    corpus = _corpus(tmp_path / "c.jsonl", seeds_dir, 8)  # 40 articles, extracted BATCH (16) at a time
    # the 41st article is a named pipe: reading it blocks until we write to it, so the build
    # cannot finish before the signal, whatever the machine's load (no race on timing)
    held = tmp_path / "held.txt"
    os.mkfifo(held)
    out = tmp_path / "out"
    with open(tmp_path / "stderr", "wb") as log:
        process = _kg("build", corpus, held, "-o", out, "-j", "1", stderr=log)
    writer = None
    try:  # the build opens the pipe only once the batches before it are extracted and kept
        def build_reads_the_pipe():
            try:
                return (os.open(held, os.O_WRONLY | os.O_NONBLOCK),)  # ENXIO while nobody reads it
            except OSError:
                assert process.poll() is None, (tmp_path / "stderr").read_text(errors="replace")
                return None

        [writer] = _wait_for(build_reads_the_pipe, timeout=300, what="the build to read the held article")
        process.send_signal(sig)
        process.wait(timeout=60)
    finally:
        if writer is not None:
            os.close(writer)
        process.kill()
    assert process.returncode != 0
    with sqlite3.connect(out / CACHE_DIR / CACHE_FILE) as db:
        cached = db.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    assert BATCH <= cached < 40  # far fewer than a cache transaction (256): flushed on the way out
    again = build([corpus], out)
    assert again.reused == cached and again.extracted == 40 - cached


def test_exports_interrupted_while_written_are_rewritten_next_time(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path / "a.txt"], out)
    (tmp_path / "b.txt").write_text(FRENCH.replace("mardi", "jeudi"), encoding="utf-8")
    with monkeypatch.context() as patch:
        def interrupted(*args, **kwargs):
            raise KeyboardInterrupt

        patch.setattr(kg.export_files, "serialize", interrupted)
        with pytest.raises(KeyboardInterrupt):
            build([tmp_path / "b.txt"], out)  # the store now holds b, the exports still a
    again = build([tmp_path / "b.txt"], out)
    assert again.sync.written == 0 and len(again.outputs) == 2
    assert (out / "graph.trig").read_bytes() == _trig(out)
    assert b"jeudi" in (out / "graph.ttl").read_bytes()


def test_exports_changed_by_hand_are_rewritten(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path / "a.txt"], out)
    good = (out / "graph.ttl").read_bytes()
    (out / "graph.ttl").write_bytes(good[: len(good) // 2])
    assert build([tmp_path / "a.txt"], out).outputs
    assert (out / "graph.ttl").read_bytes() == good
    assert build([tmp_path / "a.txt"], out).outputs == []  # up to date: nothing rewritten


# -- readers see the old store or the new one ---------------------------------------------


@pytest.fixture
def two_corpora(tmp_path, seeds_dir):
    seeds = sorted(seeds_dir.glob("*.txt"))
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    for seed in seeds[:3]:
        shutil.copy(seed, old)
    for seed in seeds[2:]:
        shutil.copy(seed, new)
    return old, new


def test_interrupted_store_update_leaves_the_previous_store_whole(tmp_path, two_corpora, monkeypatch):
    old, new = two_corpora
    out = tmp_path / "out"
    build([old], out)
    before = _trig(out)
    calls = []
    real = kg.sync.partition_nquads

    def second_partition_interrupted(corpus):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(corpus)

    with monkeypatch.context() as patch:
        patch.setattr(kg.sync, "PARTITION_SIZE", 1)
        patch.setattr(kg.sync, "partition_nquads", second_partition_interrupted)
        with pytest.raises(KeyboardInterrupt):
            build([new], out)
    assert len(calls) == 2  # one partition of the new corpus was written, then the build stopped
    assert _trig(out) == before  # readers see the old store, not a mix
    build([new], out)
    scratch = tmp_path / "scratch"
    build([new], scratch)
    assert _trig(out) == _trig(scratch)
    assert (out / "graph.trig").read_bytes() == (scratch / "graph.trig").read_bytes()


def test_killed_build_leaves_the_old_store_or_the_new_one(tmp_path, two_corpora):
    old, new = two_corpora
    out, scratch = tmp_path / "out", tmp_path / "scratch"
    build([old], out)
    before = _trig(out)
    build([new], scratch)
    after = _trig(scratch)
    live = versions(out)
    process = _kg("build", new, "-o", out, "-j", "1")
    try:  # kill it once it has started writing a new store version
        _wait_for(lambda: versions(out) != live or process.poll() is not None, what="a new version")
        process.send_signal(signal.SIGKILL)
        process.wait()
    finally:
        process.kill()
    assert _trig(out) in (before, after)
    build([new], out)
    assert _trig(out) == after
    assert (out / "graph.trig").read_bytes() == (scratch / "graph.trig").read_bytes()


def test_a_reader_opened_before_a_build_keeps_reading_its_version(tmp_path, two_corpora):
    old, new = two_corpora
    out = tmp_path / "out"
    build([old], out)
    reader = load_dataset(out)
    before = serialize(reader, "trig")
    build([new], out)
    assert serialize(reader, "trig") == before  # its version is kept until the next build
    assert _trig(out) != before
    build([old], out)
    assert len(versions(out)) <= 2  # older versions are deleted


def test_server_does_not_start_on_a_folder_being_built(tmp_path):
    from kg.lock import lock_for_build
    from kg.serve import ServeError, start_server

    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path / "a.txt"], out)
    with lock_for_build(out):
        with pytest.raises(ServeError) as refused:
            start_server(out / "store")
    assert str(refused.value) == (
        f"{out}: kg build (pid {os.getpid()}) is writing this store; serve it once it is done"
    )


def test_store_of_an_older_build_folder_is_adopted(tmp_path):
    """A folder built before store versions (``store`` a plain folder) keeps working."""
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path / "a.txt"], out)
    before = _trig(out)
    real = (out / "store").resolve()
    (out / "store").unlink()
    real.rename(out / "store")  # the layout of older builds
    (out / ".exports.json").unlink()
    assert _trig(out) == before
    (tmp_path / "b.txt").write_text(FRENCH.replace("mardi", "jeudi"), encoding="utf-8")
    result = build([tmp_path], out)
    assert result.articles == 2 and (out / "store").is_symlink()
    assert (out / "graph.trig").read_bytes() == _trig(out) != before
