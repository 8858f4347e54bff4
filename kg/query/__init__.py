"""Ask the graph questions in SPARQL, and get the answers as they come.

Every read command runs its SPARQL here, on Oxigraph through pyoxigraph:
a build's store opened read-only, or a ``--graph`` file loaded into an
in-memory store (:func:`kg.store.open_source`). Queries run over the union of
all named graphs (one per article, plus the entities graph), so
``?s nkg:speaker ?who`` finds every statement without a ``GRAPH`` clause;
``GRAPH ?article { … }`` still works when provenance matters. The prefixes of
:data:`kg.prefixes.QUERY_PREFIXES` are predeclared: the vocabularies (nkg, id,
wd, schema, rdf, rdfs, owl, xsd, skos, prov, dcterms, foaf) and one per kind of
resource (person, org, country, place, article, statement, deployment, graph).

Canned queries are the ``kg/queries/*.rq`` files: the file name is the query's
name and its first line is ``# <one-line description>``, in English; a line
``# fr: <description>`` gives it in French (``kg query --list`` prints the
run's language). A query that takes a parameter declares it in a header
comment::

    # param entity: the entity the statements are about (name, key or IRI)
    # param word (text): a plain-text parameter

Parameters are bound as an inline ``VALUES`` opening the WHERE group
(:func:`bound_query`), written from pyoxigraph terms, never from the user's
text, so a value cannot change the query; Oxigraph starts its joins from them,
so its indexes serve them. An *entity* parameter (the default) is given by name
and matched against labels and aliases case- and accent-insensitively
(:func:`resolve_name`); a *text* parameter becomes a plain literal. A declared
parameter that is not given stays unbound, so ``statements-about`` without an
entity lists the statements about every entity; a canned query with no parameter
bound reads the whole store, and is sent with its patterns joined by hash
(:meth:`CannedQuery.text_for`: the same rows in the same order, faster).

Rows come out as pyoxigraph terms (:attr:`QueryResult.solutions`, for the
formatters of :mod:`kg.output`) or as plain Python values
(:attr:`QueryResult.rows`: :class:`IRI` and :class:`BlankNode` strings, ``int``,
``float``, ``bool`` or ``str``). Updates are refused ("kg query is read-only")
and so is ``SERVICE`` unless federation is allowed.
"""

from .binding import bind_params, bound_query, entity_names, known_iri  # noqa: F401
from .canned import CannedQuery, Param, canned_queries, canned_query, parse_canned  # noqa: F401
from .results import QueryResult  # noqa: F401
from .running import check_query, run_canned, run_query, stream_query  # noqa: F401
from .stores import as_store  # noqa: F401
from .terms import IRI, BlankNode, plain, typed_value  # noqa: F401
from ..names import AmbiguousName, Named, NameNotFound, resolve_name  # noqa: F401
from ..sparql import QueryError, QueryTimeout, RefusedQuery, check_allowed, inline_values, short_error  # noqa: F401

# the formatters live in kg.output; these names stay importable from here
from ..output import RESULT_FORMATS, OutputError, format_result, short, write_result  # noqa: F401
