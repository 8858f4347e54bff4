"""The host country of a named peace or military mission (``kg/data/missions.tsv``):
"environ 700 militaires à la Finul" serve in Lebanon though the sentence
never says so."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ...gazetteer import country_key
from ...text import fold


@lru_cache(maxsize=1)
def _missions() -> tuple[re.Pattern, dict[str, str]]:
    """(pattern of every folded mission name, folded name -> host country key)."""
    text = resources.files("kg.data").joinpath("missions.tsv").read_text("utf-8")
    hosts: dict[str, str] = {}
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) < 2 or not cells[1].strip():
            raise ValueError(f"missions.tsv: no host country in {raw!r}")
        for name in cells[0].split("|"):
            if name.strip():
                hosts[fold(name.strip())] = country_key(cells[1].strip())
    names = sorted(hosts, key=lambda n: (-len(n), n))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)"), hosts


def mission_hosts(text: str) -> set[str]:
    """The host countries of the missions ``text`` names."""
    pattern, hosts = _missions()
    return {hosts[m.group(0)] for m in pattern.finditer(fold(text))}


def mission_host(text: str) -> str | None:
    """The host country of the missions ``text`` names, if they share one."""
    found = mission_hosts(text)
    return next(iter(found)) if len(found) == 1 else None
