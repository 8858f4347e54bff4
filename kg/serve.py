"""Serve the store as a SPARQL 1.1 Protocol endpoint, with the Oxigraph server.

The ``oxigraph`` package from PyPI ships the Oxigraph server binary; run in
read-only mode over a build's store, it answers SPARQL 1.1 Protocol queries
(GET and POST, with content negotiation: JSON, XML, CSV, TSV results; Turtle,
N-Triples, RDF/XML… graphs) at ``http://HOST:PORT/query``, and serves a small
query page at ``/``. Any SPARQL client can then use the graph: a browser,
SPARQLWrapper, another store's ``SERVICE`` federation.

Read-only opens allow several readers at once (other ``kg`` commands keep
working), but a build must not write the store while a server reads it:
the server holds a shared lock on the build folder (see :mod:`kg.lock`), so
``kg build`` there refuses, naming the server; stop it, build, start it
again. The server dies with the process that started it, even a killed one.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .lifetime import die_with_parent
from .lock import FolderBusy, FolderLock, lock_for_serving

from .store import GraphNotFound, is_store, locate

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878


class ServeError(RuntimeError):
    """The server could not be started."""


def oxigraph_binary() -> Path:
    """The Oxigraph server installed with newskg (``pip install oxigraph``)."""
    for folder in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        candidate = Path(folder) / "oxigraph"
        if candidate.is_file():
            return candidate
    found = shutil.which("oxigraph")
    if not found:
        raise ServeError("the Oxigraph server is not installed; run `pip install oxigraph`")
    return Path(found)


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port nobody listens on right now (for tests and throwaway servers)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def port_is_free(host: str, port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
        return True


def server_command(
    store: Path | None,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    read_only: bool = True,
    union: bool = True,
    timeout: float | None = None,
) -> list[str]:
    """The command line of the Oxigraph server.

    ``store=None`` with ``read_only=False`` serves an empty in-memory store
    (a throwaway Graph Store Protocol target).

    >>> server_command(Path("exports/store"), port=7000)[1:]
    ['serve-read-only', '--location', 'exports/store', '--bind', '127.0.0.1:7000', '--union-default-graph']
    """
    command = [str(oxigraph_binary()), "serve-read-only" if read_only else "serve"]
    if store is not None:
        command += ["--location", str(store)]
    command += ["--bind", f"{host}:{port}"]
    if union:
        command.append("--union-default-graph")
    if timeout:
        command += ["--timeout-s", str(int(timeout))]
    return command


@dataclass
class Server:
    """A running Oxigraph server; stop it with :meth:`stop` or a ``with`` block."""

    process: subprocess.Popen
    url: str  # http://host:port
    lock: FolderLock | None = None  # held while serving a build folder's store

    @property
    def query_url(self) -> str:
        return f"{self.url}/query"

    @property
    def store_url(self) -> str:
        """The SPARQL 1.1 Graph Store Protocol endpoint (read-write servers)."""
        return f"{self.url}/store"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def store_to_serve(path: str | Path | None) -> Path:
    """The store folder a build folder (default ``exports/``) or store path names."""
    found = locate(path)
    if not is_store(found):
        raise GraphNotFound(
            f"{found}: an RDF file, not a store; `kg serve` serves a build folder "
            "(run `kg build` first)"
        )
    return found


def start_server(
    store: str | Path | None,
    *,
    host: str = DEFAULT_HOST,
    port: int | None = None,
    read_only: bool = True,
    union: bool = True,
    wait: float = 20.0,
    quiet: bool = True,
) -> Server:
    """Start the Oxigraph server over ``store`` and wait until it answers.

    ``port=None`` picks a free port. Raises :class:`ServeError` if the server
    exits or does not answer within ``wait`` seconds.
    """
    port = port or free_port(host)
    if not port_is_free(host, port):  # else the check below would reach the other server
        raise ServeError(f"{host}:{port} is already in use; choose another --port")
    command = server_command(
        Path(store) if store is not None else None,
        host=host, port=port, read_only=read_only, union=union,
    )
    lock = None
    if store is not None and read_only:
        try:
            lock = lock_for_serving(Path(store).parent, f"http://{host}:{port}")
        except FolderBusy as busy:
            raise ServeError(str(busy)) from None
        except OSError:  # a folder we may not write to: no build can write it either
            lock = None
    output = subprocess.DEVNULL if quiet else None
    parent = os.getpid()
    process = subprocess.Popen(
        command, stdout=output, stderr=subprocess.PIPE,
        preexec_fn=lambda: die_with_parent(parent, signal.SIGTERM),
    )
    server = Server(process, f"http://{host}:{port}", lock)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            reason = process.stderr.read().decode("utf-8", "replace").strip().splitlines()
            server.stop()
            raise ServeError(f"the Oxigraph server stopped: {reason[-1] if reason else 'no reason given'}")
        try:
            with urllib.request.urlopen(server.url + "/", timeout=1):
                return server
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    server.stop()
    raise ServeError(f"the Oxigraph server did not answer on {server.url} within {wait:.0f}s")
