"""The state a dependent territory belongs to (``kg/data/territories.tsv``):
troops sent to New Caledonia are sent to France."""
from __future__ import annotations

from functools import lru_cache

from ...gazetteer import country_key, read_table


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """Territory country key -> its state's country key."""
    states = {}
    for cells in read_table("territories.tsv"):
        if len(cells) < 2 or not cells[1]:
            raise ValueError("territories.tsv: no state in " + repr("\t".join(cells)))
        states[country_key(cells[0])] = country_key(cells[1])
    return states


def state_of(key: str | None) -> str | None:
    """The state of territory ``key`` (a country key), or ``key`` itself."""
    return _states().get(key, key) if key else key
