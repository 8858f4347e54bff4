"""One language for every word newskg prints: French or English.

The language is chosen once per run: ``--lang`` (which calls :func:`set_lang`),
else the ``KG_LANG`` environment variable, else the locale (``LC_ALL``,
``LC_MESSAGES``, ``LANG``: French when it starts with ``fr``), else English.

Words that name terms of the ontology (statement kinds, count qualifiers,
deployment statuses, classes, properties) are the ontology's own
``rdfs:label`` in that language (:func:`label`), read from the packaged
``kg/ontology/newskg.ttl`` (:mod:`kg.ontology_files`), so there is no second
table of them to drift. The rest (column heads, messages, phase names) lives
in the small catalogue :data:`MESSAGES`, one entry per key with both languages.

Machine formats (CSV, TSV, JSON) keep the ontology's stable codes and add the
label beside them; only text for people is translated.
"""
from __future__ import annotations

import os
from functools import lru_cache

#: Languages newskg speaks.
LANGS = ("fr", "en")
DEFAULT = "en"
NKG = "https://w3id.org/newskg/ontology#"

_chosen: str | None = None

#: Everything newskg prints that is not an ontology term: key -> {lang: text}.
#: Texts may hold ``str.format`` fields, filled by :func:`t`.
MESSAGES: dict[str, dict[str, str]] = {
    # claims table
    "col.date": {"fr": "date", "en": "date"},
    "col.troops": {"fr": "effectif", "en": "troops"},
    "col.route": {"fr": "origine → destination / lieu", "en": "origin → destination / place"},
    "col.status": {"fr": "statut", "en": "status"},
    "col.claimant": {"fr": "selon", "en": "claimed by"},
    "col.article": {"fr": "article", "en": "article"},
    "col.count": {"fr": "fois", "en": "times"},
    "the_article": {"fr": "(l'article)", "en": "(the article)"},
    "claims.count": {"fr": "{n} affirmations distinctes", "en": "{n} distinct claims"},
    "claims.count.one": {"fr": "{n} affirmation distincte", "en": "{n} distinct claim"},
    "claims.inferred": {
        "fr": "* date déduite du texte de l'article ou de l'événement rapporté",
        "en": "* date inferred from the article's text or the reported event",
    },
    # query tables
    "rows": {"fr": "{n} lignes", "en": "{n} rows"},
    "rows.one": {"fr": "{n} ligne", "en": "{n} row"},
    "rows.cut": {"fr": "{n} lignes, arrêté à la limite", "en": "{n} rows, stopped at the row limit"},
    # build phases and summary
    "phase.reading": {"fr": "lecture", "en": "reading"},
    "phase.model": {"fr": "chargement du modèle", "en": "loading the model"},
    "phase.extraction": {"fr": "extraction", "en": "extraction"},
    "phase.resolution": {"fr": "résolution", "en": "resolution"},
    "phase.store": {"fr": "mise à jour du stockage", "en": "store update"},
    "phase.exports": {"fr": "exports", "en": "exports"},
    "phase.summary": {"fr": "durée des phases", "en": "time per phase"},
    "build.totals": {
        "fr": "{articles} articles, {entities} entités, {statements} déclarations, "
              "{deployments} déploiements, {triples} triplets",
        "en": "{articles} articles, {entities} entities, {statements} statements, "
              "{deployments} deployments, {triples} triples",
    },
    "build.store": {
        "fr": "{extracted} extraits, {reused} inchangés ; stockage {store} : "
              "{written} graphes écrits, {removed} supprimés, {unchanged} inchangés",
        "en": "{extracted} extracted, {reused} unchanged; store {store}: "
              "{written} graphs written, {removed} removed, {unchanged} unchanged",
    },
    "build.wrote": {"fr": "écrit {path}", "en": "wrote {path}"},
    "build.removed": {
        "fr": "supprimé {path} : export d'un build précédent, périmé (--no-files) ; `kg export` le réécrit depuis le stockage",
        "en": "removed {path}: an export of an earlier build, now stale (--no-files); `kg export` writes it from the store",
    },
    "build.kept": {
        "fr": "conservé {path} : pas écrit par un build de ce dossier (ou modifié depuis), il peut ne pas refléter le stockage (--no-files) ; `kg export` en écrit un à jour",
        "en": "kept {path}: not written by a build in this folder (or changed since), it may not match the store (--no-files); `kg export` writes a current one",
    },
    "error": {"fr": "erreur", "en": "error"},
    "warning": {"fr": "attention", "en": "warning"},
    # kg graph
    "graph.articles": {"fr": "articles", "en": "articles"},
    "graph.neighbours": {"fr": "{n} voisins à {radius} liens ou moins", "en": "{n} neighbours within {radius}"},
    "graph.links": {"fr": "liens", "en": "links"},
    "graph.nodes": {"fr": "nœuds", "en": "nodes"},
    "graph.edges": {"fr": "liens", "en": "edges"},
    "graph.components": {
        "fr": "composantes : {n} (la plus grande : {largest} nœuds ; {isolated} isolés)",
        "en": "components: {n} (largest: {largest} nodes; {isolated} isolated)",
    },
    "graph.density": {"fr": "densité", "en": "density"},
    "graph.alone": {"fr": "{n} nœuds reliés à rien", "en": "{n} nodes linked to nothing"},
    "graph.alone.one": {"fr": "{n} nœud relié à rien", "en": "{n} node linked to nothing"},
}


def _from_locale() -> str | None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return None


def normalize(lang: str | None) -> str | None:
    """``"fr_FR.UTF-8"`` -> ``"fr"``; None for a language newskg does not speak.

    >>> normalize("fr_FR.UTF-8"), normalize("EN"), normalize("de")
    ('fr', 'en', None)
    """
    if not lang:
        return None
    code = lang.strip().lower()[:2]
    return code if code in LANGS else None


def current() -> str:
    """The language of this run (see the module docstring for the order)."""
    return _chosen or normalize(os.environ.get("KG_LANG")) or _from_locale() or DEFAULT


def set_lang(lang: str | None) -> None:
    """Choose the language for the rest of the run (None: back to KG_LANG / the locale)."""
    global _chosen
    if lang is not None and normalize(lang) is None:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGS)}")
    _chosen = normalize(lang)


class speaking:
    """Run a block in ``lang`` (a page written in French says "environ 3 000", whatever the run's language).

    >>> with speaking("fr"):
    ...     current()
    'fr'
    """

    def __init__(self, lang: str):
        self.lang, self.before = normalize(lang), None

    def __enter__(self) -> None:
        global _chosen
        self.before, _chosen = _chosen, self.lang

    def __exit__(self, *exc) -> None:
        global _chosen
        _chosen = self.before


@lru_cache(maxsize=1)
def ontology_labels() -> dict[str, dict[str, str]]:
    """Every nkg: term's ``rdfs:label`` by language: ``{"UpTo": {"en": "up to", "fr": "jusqu'à"}}``."""
    import pyoxigraph as ox

    from .ontology_files import ONTOLOGY, ontology_file

    labels: dict[str, dict[str, str]] = {}
    rdfs_label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    with ontology_file(ONTOLOGY).open("rb") as handle:
        for triple in ox.parse(handle, format=ox.RdfFormat.TURTLE):
            s, p, o = triple.subject, triple.predicate, triple.object
            if p == rdfs_label and isinstance(s, ox.NamedNode) and s.value.startswith(NKG):
                if isinstance(o, ox.Literal) and o.language:
                    labels.setdefault(s.value[len(NKG):], {})[o.language] = o.value
    return labels


def label(term: str | None, lang: str | None = None) -> str:
    """The ontology's label of ``term`` (a local name such as ``"UpTo"`` or its IRI).

    A term the ontology does not define is returned as given.

    >>> label("UpTo", "en"), label("https://w3id.org/newskg/ontology#Sent", "fr")
    ('up to', 'envoyé')
    """
    if not term:
        return ""
    name = term[len(NKG):] if term.startswith(NKG) else term
    found = ontology_labels().get(name)
    if not found:
        return term
    return found.get(lang or current()) or found.get(DEFAULT) or term


def t(key: str, lang: str | None = None, **fields) -> str:
    """The catalogue text ``key`` in the run's language, with ``fields`` filled in.

    A ``key.one`` entry, if any, is the singular used when ``n`` is 1.

    >>> t("rows", "fr", n=3), t("rows", "en", n=1)
    ('3 lignes', '1 row')
    """
    if fields.get("n") == 1 and f"{key}.one" in MESSAGES:
        key = f"{key}.one"
    text = MESSAGES[key]
    chosen = text.get(lang or current()) or text[DEFAULT]
    return chosen.format(**fields) if fields else chosen


def number(n: int | float | None, lang: str | None = None) -> str:
    """A count as people of that language write it: ``3 000`` (narrow no-break space) in French, ``3,000`` in English.

    >>> number(12000, "fr") == "12\u202f000", number(12000, "en")
    (True, '12,000')
    """
    if n is None:
        return ""
    text = f"{n:,}"
    return text.replace(",", "\u202f") if (lang or current()) == "fr" else text
