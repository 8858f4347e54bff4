"""newskg works when installed from a wheel, not only as an editable checkout.

The sdist and the wheel are built offline with the venv's own setuptools (as ``pip install .``
or ``python -m build`` would, minus the download), the wheel is unpacked into a folder, and
newskg is run from that folder alone, from a directory outside the repository: whatever it reads
at run time (the ontology, data lists, canned queries, page templates) must be in the package.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
GRAPH = ROOT / "exports" / "graph.trig"


def _run(command: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=300)
    assert done.returncode == 0, f"{' '.join(command[:4])}… failed:\n{done.stderr[-3000:]}"
    return done


def _package_files(folder: Path) -> set[str]:
    """Every file of the kg package under ``folder``, as a path relative to it."""
    return {p.relative_to(folder).as_posix() for p in (folder / "kg").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The project's sdist, and the wheel built from that sdist, unpacked into ``site/``."""
    tmp = tmp_path_factory.mktemp("packaging")
    # a copy, so the build's egg-info and build/ folders never land in the checkout
    src = tmp / "src"
    src.mkdir()
    for item in ROOT.iterdir():
        if item.is_file():
            shutil.copy2(item, src / item.name)
    shutil.copytree(ROOT / "kg", src / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    sdist = _run([sys.executable, "-c", "from setuptools import build_meta as b; "
                  f"print(b.build_sdist({str(tmp / 'sdist')!r}))"], cwd=src).stdout.split()[-1]
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
          "--disable-pip-version-check", "-q", str(tmp / "sdist" / sdist), "-w", str(tmp / "wheel")],
         cwd=tmp)
    (wheel,) = (tmp / "wheel").glob("newskg-*.whl")
    site = tmp / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    with tarfile.open(tmp / "sdist" / sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    return {"src": src, "site": site, "sdist": in_sdist, "outside": tmp}


def _in_wheel(built, *args: str) -> subprocess.CompletedProcess:
    """``python *args`` with only the unpacked wheel for newskg, run outside the repository."""
    return _run([sys.executable, *args], cwd=built["outside"], PYTHONPATH=str(built["site"]))


def test_wheel_holds_every_file_of_the_package(built):
    missing = _package_files(built["src"]) - _package_files(built["site"])
    assert not missing, f"not in the wheel (add them to setup.cfg package_data): {sorted(missing)}"
    assert {"kg/ontology/newskg.ttl", "kg/ontology/shapes.ttl"} <= _package_files(built["site"])


def test_sdist_holds_the_ontology_and_the_build_files(built):
    assert {"kg/ontology/newskg.ttl", "kg/ontology/shapes.ttl", "setup.cfg",
            "pyproject.toml", "README.md"} <= built["sdist"]


def test_repository_ontology_folder_is_the_packaged_one():
    """``ontology/`` at the root stays where people and links look for it, with one set of files."""
    assert (ROOT / "ontology").resolve() == (ROOT / "kg" / "ontology").resolve()


def test_installed_wheel_reads_ontology_labels_and_shapes_from_itself(built):
    from kg.i18n import ontology_labels

    code = ("import json, kg; from kg import i18n, validate; print(json.dumps({"
            "'file': kg.__file__, 'labels': i18n.ontology_labels(), "
            "'shapes': len(validate.shapes()), 'ontology': len(validate.ontology())}))")
    seen = json.loads(_in_wheel(built, "-c", code).stdout)
    assert Path(seen["file"]).is_relative_to(built["site"]), "newskg was imported from elsewhere"
    assert seen["labels"] and seen["labels"] == ontology_labels()
    assert seen["shapes"] == len(Graph().parse(ROOT / "ontology" / "shapes.ttl"))
    assert seen["ontology"] == len(Graph().parse(ROOT / "ontology" / "newskg.ttl"))


def test_installed_wheel_prints_claims_with_labels_and_validates(built):
    from kg.cli import main

    args = ["--lang", "fr", "claims", "--graph", str(GRAPH), "--format", "csv"]
    here = CliRunner().invoke(main, args)
    assert here.exit_code == 0, here.output
    assert _in_wheel(built, "-m", "kg", *args).stdout == here.output
    checked = _in_wheel(built, "-m", "kg", "validate", str(GRAPH))
    assert "conforms" in checked.stderr


def test_installed_wheel_lists_canned_queries_and_draws_the_page(built):
    listed = _in_wheel(built, "-m", "kg", "query", "--list").stdout
    canned = sorted(p.stem for p in (ROOT / "kg" / "queries").glob("*.rq"))
    starts = {line.split()[0] for line in listed.splitlines() if line[:1].strip()}
    assert canned and set(canned) <= starts, listed
    page = built["outside"] / "graph.html"
    _in_wheel(built, "-m", "kg", "view", "--graph", str(GRAPH), "-o", str(page))
    assert "vis-network" in page.read_text(encoding="utf-8")
