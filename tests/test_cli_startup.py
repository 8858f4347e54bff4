"""``kg``'s sub-commands load lazily, and what ``kg --help`` lists is each command's own help."""
from __future__ import annotations

import subprocess
import sys

import click

from kg.cli import COMMANDS, main


def test_help_lists_each_command_with_its_own_first_docstring_line():
    ctx = click.Context(main)
    for name, (_, _, line) in COMMANDS.items():
        command = main.get_command(ctx, name)
        assert command.name == name
        assert command.get_short_help_str(limit=1000) == line


def test_help_and_query_list_import_no_heavy_library():
    # kg --help and kg query --list must start fast: none of these may load
    code = (
        "import sys; from kg.cli import main\n"
        "for args in (['--help'], ['query', '--list']):\n"
        "    try: main(args)\n"
        "    except SystemExit: pass\n"
        "heavy = {'spacy', 'dask', 'pyshacl', 'pyvis', 'networkx', 'rdflib'} & set(sys.modules)\n"
        "print(sorted(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
