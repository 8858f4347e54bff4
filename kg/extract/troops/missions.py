"""Named peace and military missions (``kg/data/missions.tsv``): their host
country ("environ 700 militaires à la Finul" serve in Lebanon though the
sentence never says so) and whose forces make them up (several countries':
no single origin; one country's for a national operation)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...gazetteer import country_key, read_table
from ...text import fold


@dataclass(frozen=True)
class Mission:
    host: str | None  # country key; None in a disputed territory (Abyei's FISNUA)
    forces: str | None  # country key of a national operation, None for several countries'


@lru_cache(maxsize=1)
def _missions() -> tuple[re.Pattern, dict[str, Mission]]:
    """(pattern of every folded mission name, folded name -> mission)."""
    missions: dict[str, Mission] = {}
    for cells in read_table("missions.tsv"):
        if len(cells) < 3:
            raise ValueError("missions.tsv: no host column in " + repr("\t".join(cells)))
        mission = Mission(country_key(cells[1]) if cells[1] else None, country_key(cells[2]) if cells[2] else None)
        for name in cells[0].split("|"):
            if name.strip():
                missions[fold(name.strip())] = mission
    names = sorted(missions, key=lambda n: (-len(n), n))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)"), missions


def missions_named(text: str) -> set[Mission]:
    """The missions ``text`` names."""
    pattern, missions = _missions()
    return {missions[m.group(0)] for m in pattern.finditer(fold(text))}


def one_host(missions: set[Mission]) -> str | None:
    """The host country of ``missions``, if they share one."""
    hosts = {m.host for m in missions}
    return next(iter(hosts)) if len(hosts) == 1 else None


def several_countries(missions: set[Mission]) -> bool:
    """Whether one of ``missions`` is a force of several countries."""
    return any(m.forces is None for m in missions)
