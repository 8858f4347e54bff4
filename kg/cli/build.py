"""``kg build`` and ``kg validate``."""
from __future__ import annotations

import signal
import sys
from contextlib import contextmanager

import click

from ..build import BuildError, build
from ..parallel import EXECUTORS, default_jobs
from ..store import count_quads
from ..validate import validate
from ..i18n import t
from ..progress import phase_summary
from .common import is_terminal, lang_option, open_graph


@click.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--out",
    "-o",
    "out_dir",
    default="exports",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Build folder: store/ (the Oxigraph database the other commands read), cache/ "
    "(each article's records, for incremental builds), graph.ttl and graph.trig (the portable "
    "exports, one named graph per article in TriG).",
)
@click.option(
    "--allow-errors",
    is_flag=True,
    help="Exit with status 0 even if some articles could not be read "
    "(they are still reported on stderr).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show each phase by name (reading, loading the model, extraction, resolution, "
    "store update, exports) with its progress and ETA on stderr. Default: only when stderr "
    "is a terminal. The time of each phase is printed at the end either way.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for NLP and extraction (each loads spaCy once). "
    "Default: all cores. With --executor dask and no --scheduler: workers of the local cluster.",
)
@click.option(
    "--executor",
    type=click.Choice(EXECUTORS),
    default="local",
    show_default=True,
    help="Where extraction runs: worker processes on this machine, or a Dask cluster "
    "(per-partition N-Quads are then bulk-loaded into the store).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Address of the Dask scheduler for --executor dask, e.g. tcp://10.0.0.5:8786. "
    "Default: start a local cluster of --jobs processes.",
)
@click.option(
    "--incremental/--full",
    default=True,
    show_default=True,
    help="--incremental extracts only new or changed articles (by content hash) and rewrites "
    "only the named graphs that changed; --full re-extracts everything and rewrites the store.",
)
@click.option(
    "--files/--no-files",
    default=True,
    show_default=True,
    help="Also write the portable exports graph.ttl and graph.trig. They are built in memory: "
    "turn them off for very large corpora and use `kg export`, which reads the store. With "
    "--no-files, the graph.ttl and graph.trig an earlier build in OUT wrote are removed (and "
    "named on stderr) unless they still hold the store's graph: they would show an old graph. "
    "Files no build in OUT wrote (e.g. committed ones), or changed since, are kept, with a warning.",
)
@click.option(
    "--debug",
    is_flag=True,
    help="With each article that could not be extracted, print the traceback of the error "
    "(for a bug report); without it, one line per article.",
)
@lang_option
def build_command(paths, out_dir, allow_errors, progress, jobs, executor, scheduler,
                  incremental, files, debug):
    """Build the knowledge graph from the articles in PATHS.

    PATHS are .txt files (one UTF-8 article each), .jsonl files (one JSON object
    per line, with "text" and optionally "id", "url", "title", "date" (ISO) and
    "source") or folders, searched recursively for both.

    Files are read as UTF-8, or in the encoding their byte order mark names
    (UTF-16, UTF-32), or else as Windows-1252/Latin-1. A file that cannot be
    read (missing, empty, binary, in no known encoding, not French, a malformed
    JSON line, metadata that is not a string) or an article whose extraction
    fails is reported on stderr on one line naming it; the build goes on with
    the other articles and exits with status 1 at the end, unless
    --allow-errors is given.

    One build at a time per OUT folder: a second one (or a build while `kg
    serve` serves OUT) stops at once, naming the other process. The store is
    swapped in atomically and the exports are rewritten whenever they do not
    match it, so an interrupted build leaves the previous graph, whole.

    \b
    Example:
      kg build seeds/
      kg build news.jsonl --out build/
      kg build corpus/ --jobs 2 --no-files
      kg build corpus/ --executor dask --scheduler tcp://10.0.0.5:8786

    The graph goes to an Oxigraph database in OUT/store, which every other
    command reads. Re-running the build on the same OUT extracts only new or
    changed articles (their records are cached in OUT/cache) and drops the facts
    of articles that changed or disappeared.
    """
    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler is only used with --executor dask")
    show = is_terminal() if progress is None else progress
    try:
        with _terminate_like_ctrl_c():
            result = build(
                paths, out_dir, progress=show, jobs=jobs or default_jobs(), executor=executor,
                scheduler=scheduler, incremental=incremental, files=files,
            )
    except BuildError as err:
        if debug:
            for error in err.errors:
                if error.detail:
                    click.echo(f"{error}\n{error.detail}", err=True)
        raise click.ClickException(str(err)) from None
    except OSError as err:  # e.g. the store is locked by another build
        raise click.ClickException(f"{out_dir}: {err}") from None
    for error in result.errors:
        click.echo(f"{t('error')}: {error}", err=True)
        if debug and error.detail:
            click.echo(error.detail.rstrip(), err=True)
    click.echo(t(
        "build.totals", articles=result.articles, entities=result.entities,
        statements=result.statements, deployments=result.deployments,
        triples=count_quads(result.dataset),
    ), err=True)
    if result.sync is not None:
        click.echo(t(
            "build.store", extracted=result.extracted, reused=result.reused, store=result.store,
            written=result.sync.written, removed=result.sync.removed, unchanged=result.sync.unchanged,
        ), err=True)
    for path in result.outputs:
        click.echo(t("build.wrote", path=path), err=True)
    for path in result.removed:
        click.echo(t("build.removed", path=path), err=True)
    for path in result.kept:
        click.echo(f"{t('warning')}: {t('build.kept', path=path)}", err=True)
    click.echo(phase_summary(result.phases), err=True)
    if result.errors and not allow_errors:
        sys.exit(1)


@contextmanager
def _terminate_like_ctrl_c():
    """A plain `kill` (SIGTERM) stops the build as Ctrl-C does: what is extracted is cached."""
    try:
        previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@click.command("validate")
@click.argument("file", required=False, type=click.Path())
def validate_command(file):
    """Check a graph against the newskg SHACL shapes.

    FILE is an RDF file or a build folder (default: the graph built in
    ./exports). Each violation is printed on one line: severity, the node at
    fault, the property, and what is wrong. Exits with status 1 when the graph
    does not conform.
    """
    ds = open_graph(file)
    violations = validate(ds)
    for v in violations:
        click.echo(str(v))
    if violations:
        click.echo(f"{len(violations)} violation(s)", err=True)
        sys.exit(1)
    click.echo("the graph conforms to the newskg shapes", err=True)
