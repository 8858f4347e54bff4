"""Quality bars: a thresholds file's minimum figures, and the figures of a report under them."""
from __future__ import annotations

from pathlib import Path

from .gold import GoldError, read_json
from .report import KINDS, Report, Score, metric_names  # noqa: F401 (Score: the doctest uses it)


def load_thresholds(path: str | Path) -> dict[str, float]:
    """The quality bars of a JSON file, by metric name.

    ``{"min_f1": {"entities": 0.8, …}, "min": {"direct_quotes": 0.95, …}}``:
    ``min_f1`` gives the minimum F1 per kind (keys ``entities``,
    ``statements``, ``deployments``); ``min`` the minimum of any named figure
    of :meth:`Report.metrics` (``quote_precision``, ``statements.recall``…).
    At least one of the two must be a non-empty object.
    """
    path = Path(path)
    data = read_json(path)
    f1_bars = data.get("min_f1", {}) if isinstance(data, dict) else None
    min_bars = data.get("min", {}) if isinstance(data, dict) else None
    if not isinstance(f1_bars, dict) or not isinstance(min_bars, dict) or not (f1_bars or min_bars):
        raise GoldError(f"{path}: expected an object with a non-empty \"min_f1\" or \"min\" object")
    bars: dict[str, float] = {}
    for group, allowed, entries in (("min_f1", KINDS, f1_bars), ("min", metric_names(), min_bars)):
        for name, value in entries.items():
            if name not in allowed:
                raise GoldError(f"{path}: unknown {'kind' if group == 'min_f1' else 'metric'} {name!r}; "
                                f"expected {', '.join(sorted(allowed))}")
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 1:
                raise GoldError(f"{path}: {group}.{name} must be a number between 0 and 1")
            bars[name] = float(value)
    return bars


def below_thresholds(report: Report, bars: dict[str, float]) -> list[str]:
    """One line per figure under its bar (empty when quality holds).

    A bare kind name (``entities``) stands for its F1.

    >>> below_thresholds(Report({"entities": Score(1, 1, 0)}, {}, [], [], []), {"entities": 0.9})
    ['entities F1 0.667 < 0.900']
    """
    metrics = report.metrics()
    failures = []
    for name, bar in bars.items():
        value = metrics.get(f"{name}.f1" if name in KINDS else name, 0.0)
        if value < bar:
            failures.append(f"{f'{name} F1' if name in KINDS else name} {value:.3f} < {bar:.3f}")
    return failures
