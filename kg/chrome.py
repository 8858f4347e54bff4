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


#: A back reference (\1, (?P=name)) or a conditional on a group ((?(1)…)).
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


@lru_cache(maxsize=1)
def _whole_line() -> dict[str, re.Pattern]:
    """The patterns of each whole-line test as one alternation: ``fullmatch`` of
    ``(?:a)|(?:b)`` holds exactly when one of them fully matches, and one call per
    line replaces some fifty. A reference to a group would then point into
    another pattern's groups, so those patterns may not use one."""
    patterns = _patterns()

    def one(scopes: list[str]) -> re.Pattern:
        parts = []
        for p in (p for scope in scopes for p in patterns[scope]):
            if _GROUP_REFERENCE.search(p.pattern):
                raise ValueError(f"chrome.txt: a {'/'.join(scopes)} pattern may not refer to a group: {p.pattern!r}")
            parts.append(f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})")
        return re.compile("|".join(parts) or "(?!)")

    return {"tail": one(["tail"]), "stamp": one(["stamp"]), "whole": one(["line", "cased-line"])}


def chrome_spans(text: str) -> list[tuple[int, int]]:
    """Return sorted ``(start, end)`` spans of ``text`` that are page chrome.

    >>> chrome_spans("Un fait.\\n12 commentaires\\n")
    [(9, 24)]
    """
    patterns = _patterns()
    lines_of = _whole_line()
    tail, stamp_line, whole = lines_of["tail"], lines_of["stamp"], lines_of["whole"]
    spans: list[tuple[int, int]] = []
    last: tuple[int, int, str] | None = None  # the last line that is not chrome
    lines: list[tuple[int, int, str]] = []  # the lines before this one, not blank
    after_stamp = False  # whether the line before this one is a time stamp
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = offset + len(line) - len(line.lstrip())
            if tail.fullmatch(stripped):
                spans.append((lead, len(text.rstrip())))
                break
            stamp = stamp_line.fullmatch(stripped) is not None
            if stamp:
                spans.append((lead, lead + len(stripped)))
                spans.extend(_bylines_above(lines, patterns))
            elif whole.fullmatch(stripped) or after_stamp and _signed(stripped, patterns):
                spans.append((lead, lead + len(stripped)))
            else:
                last = (lead, lead + len(stripped), stripped)
                for p in patterns["inline"]:
                    group = "chrome" if "chrome" in p.groupindex else 0  # only that part of the match
                    spans.extend((offset + m.start(group), offset + m.end(group)) for m in p.finditer(line))
            lines.append((lead, lead + len(stripped), stripped))
            after_stamp = stamp
        offset += len(line)
    if last is not None and last[0] > 0 and any(p.fullmatch(last[2]) for p in patterns["last-line"]):
        spans.append(last[:2])  # a signature under the article ("Junior Kabeya")
    return sorted(set(spans))


def _byline(line: str, patterns: dict[str, list[re.Pattern]]) -> bool:
    """A name or an agency's initials alone on its line (what stands above a time stamp)."""
    return bool(_INITIALS.fullmatch(line)) or any(p.fullmatch(line) for p in patterns["last-line"])


def _bylines_above(lines: list[tuple[int, int, str]], patterns: dict[str, list[re.Pattern]]) -> list[tuple[int, int]]:
    """The byline over a time stamp: the line above it when it is a name or initials,
    and the one above that too when both are ("Sophie Lachance" over the outlet "Le
    Fleuve" over the date), past a status line ("Collaboration spéciale"). Never the
    first line, the headline."""
    found, names = [], 0
    for start, end, line in reversed(lines[1:][-3:]):
        if _STATUS.fullmatch(line):  # "Collaboration spéciale" between the name and the stamp
            found.append((start, end))
            continue
        if names == 2 or not _byline(line, patterns):
            break
        found.append((start, end))
        names += 1
    return found


#: A writer's status on its own line in a byline ("Collaboration spéciale", "Envoyée spéciale").
_STATUS = re.compile(r"(?:collaboration spéciale|envoyée? spéciale?|(?:notre |votre )?correspondante?"
                     r"(?: (?:à|en|au) [\w'’ -]{2,30})?|pigiste)", re.IGNORECASE)


#: What may follow a writer's name after a comma under a time stamp: a place, a status.
_AFTER_NAME = re.compile(r",\s*[\w'’ -]{2,40}")


def _signed(line: str, patterns: dict[str, list[re.Pattern]]) -> bool:
    """The writer's name right under a time stamp, alone or with a place or a status
    after a comma ("Anna Lindqvist, Stockholm", "X, collaboration spéciale")."""
    name, comma, rest = line.partition(",")
    return _byline(name.strip(), patterns) and (not comma or bool(_AFTER_NAME.fullmatch(comma + rest)))
