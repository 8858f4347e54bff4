"""Check a graph against the newskg SHACL shapes (``kg/ontology/shapes.ttl``)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from .export import union_graph
from .namespaces import PREFIXES
from .ontology_files import ONTOLOGY, SHAPES, ontology_file

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    value: str | None
    message: str
    severity: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}{value}"


@lru_cache(maxsize=1)
def ontology() -> Graph:
    return _parse(ONTOLOGY)


@lru_cache(maxsize=1)
def shapes() -> Graph:
    return _parse(SHAPES)


def _parse(name: str) -> Graph:
    with ontology_file(name).open("rb") as handle:
        return Graph().parse(handle, format="turtle")


def short_name(node) -> str | None:
    """``id:person/x`` rather than the full IRI, for messages people read."""
    if node is None:
        return None
    text = str(node)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if text.startswith(str(ns)):
            return f"{prefix}:{text[len(str(ns)):]}"
    return text


def validate(data) -> list[Violation]:
    """SHACL violations of ``data`` (a Graph or Dataset); empty when it conforms."""
    import pyshacl

    graph = union_graph(data) if hasattr(data, "quads") else data
    _, report, _ = pyshacl.validate(
        graph, shacl_graph=shapes(), ont_graph=ontology(), inference="rdfs", advanced=True
    )
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        get = lambda p: report.value(result, p)  # noqa: E731
        found.append(
            Violation(
                focus=short_name(get(SH.focusNode)),
                path=short_name(get(SH.resultPath)),
                value=None if get(SH.value) is None else str(get(SH.value)),
                message=str(get(SH.resultMessage) or "constraint not met"),
                severity=str(get(SH.resultSeverity)).rsplit("#", 1)[-1],
            )
        )
    return sorted(found, key=lambda v: (v.focus or "", v.path or "", v.message))
