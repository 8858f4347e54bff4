"""The README's Quick start is what CI runs."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_quick_start_has_exactly_two_commands():
    commands = _quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert "kg build seeds/" in commands[0]
    assert "pytest" in commands[1] and "[test]" in commands[1]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _quick_start_commands()[1] in ci.splitlines()


def test_the_readme_claims_example_counts_the_seeds_real_claims(seeds_build):
    from kg.claims import claims_table
    from kg.source import open_source

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("$ kg claims\n", 1)[1].split("```", 1)[0]
    stated = int(re.search(r"^\((\d+) distinct claims\)$", example, re.M)[1])
    assert stated == len(claims_table(open_source(seeds_build.out_dir)))
