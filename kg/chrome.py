"""Find page chrome: the navigation, widgets, bios and credits around an article.

Chrome is found line by line with the documented patterns of
``kg/data/chrome.txt`` and returned as character spans, so later stages can
blank it out without moving any offset.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_FLAGS = {"line": re.IGNORECASE, "cased-line": 0, "inline": 0, "tail": re.IGNORECASE, "last-line": 0,
          "stamp": re.IGNORECASE}
#: An agency's initials alone on a line above a time stamp ("ATS").
_INITIALS = re.compile(r"[A-Z]{2,6}(?:\s?[/-]\s?[A-Z][A-Za-z]{1,10})*")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[re.Pattern]]:
    """Patterns by scope, in file order."""
    found: dict[str, list[re.Pattern]] = {scope: [] for scope in _FLAGS}
    text = resources.files("kg.data").joinpath("chrome.txt").read_text("utf-8")
    for raw in text.splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        scope, _, pattern = raw.partition(":")
        if scope not in _FLAGS:
            raise ValueError(f"chrome.txt: unknown scope {scope!r} in {raw!r}")
        found[scope].append(re.compile(pattern.strip(), _FLAGS[scope]))
    return found


def chrome_spans(text: str) -> list[tuple[int, int]]:
    """Return sorted ``(start, end)`` spans of ``text`` that are page chrome.

    >>> chrome_spans("Un fait.\\n12 commentaires\\n")
    [(9, 24)]
    """
    patterns = _patterns()
    whole = patterns["line"] + patterns["cased-line"]
    spans: list[tuple[int, int]] = []
    last: tuple[int, int, str] | None = None  # the last line that is not chrome
    before: tuple[int, int, str] | None = None  # the line before this one
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = offset + len(line) - len(line.lstrip())
            if any(p.fullmatch(stripped) for p in patterns["tail"]):
                spans.append((lead, len(text.rstrip())))
                break
            if any(p.fullmatch(stripped) for p in patterns["stamp"]):
                spans.append((lead, lead + len(stripped)))
                if before is not None and _byline(before[2], patterns):
                    spans.append(before[:2])  # the writer's name above the time stamp
            elif any(p.fullmatch(stripped) for p in whole):
                spans.append((lead, lead + len(stripped)))
            else:
                last = (lead, lead + len(stripped), stripped)
                for p in patterns["inline"]:
                    spans.extend((offset + m.start(), offset + m.end()) for m in p.finditer(line))
            before = (lead, lead + len(stripped), stripped)
        offset += len(line)
    if last is not None and last[0] > 0 and any(p.fullmatch(last[2]) for p in patterns["last-line"]):
        spans.append(last[:2])  # a signature under the article ("Junior Kabeya")
    return sorted(set(spans))


def _byline(line: str, patterns: dict[str, list[re.Pattern]]) -> bool:
    """A name or an agency's initials alone on its line (what stands above a time stamp)."""
    return bool(_INITIALS.fullmatch(line)) or any(p.fullmatch(line) for p in patterns["last-line"])
