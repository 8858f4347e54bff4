"""The phases of a build, each named, timed and shown with its own progress.

A build goes through :data:`PHASES` in order: reading (finding the articles),
loading the model (spaCy), extraction, resolution, store update and exports.
:class:`Phases` times each one (for the build's summary, always) and, when
enabled (stderr is a terminal, or ``--progress``), shows the current phase by
name with rich: a bar with a count and an ETA when the phase knows how much
work it has, a spinner and the elapsed time when it does not. Nothing is
drawn otherwise, so logs and pipes stay clean.
"""
from __future__ import annotations

import sys
import time

from .i18n import t

#: Phase keys in build order; their names come from the catalogue (``phase.<key>``).
PHASES = ("reading", "model", "extraction", "resolution", "store", "exports")


class Phases:
    """Time the build's phases; show the current one on ``stream`` when ``enabled``.

    >>> phases = Phases(enabled=False)
    >>> phases.start("reading"); phases.start("extraction", total=2); phases.advance(2)
    >>> phases.close(); list(phases.times)
    ['reading', 'extraction']
    """

    def __init__(self, enabled: bool = False, stream=None):
        self.times: dict[str, float] = {}
        self.current: str | None = None
        self._started = 0.0
        self._progress = None
        self._task = None
        if enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                TimeElapsedColumn, TimeRemainingColumn,
            )

            console = Console(file=stream or sys.stderr, force_terminal=True, highlight=False)
            self._progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                console=console, transient=False, redirect_stdout=False, redirect_stderr=False,
            )
            self._progress.start()

    def start(self, phase: str, total: int | None = None) -> None:
        """End the current phase and start ``phase`` (``total``: units of work, if known)."""
        if phase not in PHASES:
            raise ValueError(f"unknown phase {phase!r}")
        self.end()
        self.current, self._started = phase, time.perf_counter()
        if self._progress is not None:
            self._task = self._progress.add_task(t(f"phase.{phase}"), total=total)

    def advance(self, n: int = 1) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, n)

    def end(self) -> None:
        """End the current phase, adding its time to :attr:`times`."""
        if self.current is None:
            return
        elapsed = time.perf_counter() - self._started
        self.times[self.current] = self.times.get(self.current, 0.0) + elapsed
        if self._progress is not None and self._task is not None:
            task = self._progress.tasks[-1]
            if task.total is None:  # an open-ended phase is done: show it full
                self._progress.update(self._task, total=task.completed or 1, completed=task.completed or 1)
            else:
                self._progress.update(self._task, completed=task.total)
            self._progress.stop_task(self._task)
        self.current, self._task = None, None

    def close(self) -> None:
        """End the current phase and stop drawing."""
        self.end()
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def phase_summary(times: dict[str, float], lang: str | None = None) -> str:
    """One line: every phase that ran, in build order, with its time.

    >>> phase_summary({"extraction": 12.34, "reading": 0.02}, "en")
    'time per phase: reading 0.0 s · extraction 12.3 s'
    """
    parts = [f"{t(f'phase.{p}', lang)} {times[p]:.1f} s" for p in PHASES if p in times]
    return f"{t('phase.summary', lang)}: " + " · ".join(parts)
