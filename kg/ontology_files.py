"""The ontology's Turtle files, read from the installed package with :mod:`importlib.resources`.

They live in ``kg/ontology/`` (package data in ``setup.cfg``) so that every kind of install
(wheel, sdist, editable) carries them; the repository's ``ontology/`` folder is a symlink to
``kg/ontology`` kept by git, so the files have one home and no build step copies them.
"""
from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

#: The vocabulary (classes, properties, their labels in French and English).
ONTOLOGY = "newskg.ttl"
#: The SHACL shapes a built graph must conform to.
SHAPES = "shapes.ttl"


def ontology_file(name: str) -> Traversable:
    """The packaged ontology file ``name`` (read it with ``read_bytes()`` or ``open()``).

    >>> ontology_file(SHAPES).read_text("utf-8").count("sh:NodeShape") > 0
    True
    """
    return resources.files("kg").joinpath("ontology").joinpath(name)
