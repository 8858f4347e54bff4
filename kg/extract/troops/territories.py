"""The state a dependent territory belongs to (``kg/data/territories.tsv``):
troops sent to New Caledonia are sent to France."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ...gazetteer import country_key


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """Territory country key -> its state's country key."""
    text = resources.files("kg.data").joinpath("territories.tsv").read_text("utf-8")
    states = {}
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if len(cells) < 2 or not cells[1]:
            raise ValueError(f"territories.tsv: no state in {raw!r}")
        states[country_key(cells[0])] = country_key(cells[1])
    return states


def state_of(key: str | None) -> str | None:
    """The state of territory ``key`` (a country key), or ``key`` itself."""
    return _states().get(key, key) if key else key
