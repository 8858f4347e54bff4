"""The report as text for people (an aligned table, then each finding) or as JSON for machines."""
from __future__ import annotations

import json

from ..figures import FigureWords, troops_text
from ..text import one_line
from .report import Report


def short(text: str, width: int = 90) -> str:
    """``text`` on one line, cut to ``width`` characters (90 in a finding: :func:`kg.text.one_line`)."""
    return one_line(text, width)


#: Short signs for a figure in findings: "≤3000", "10000–12000", "~8000", "some".
FIGURE_SIGNS = FigureWords(
    exact="{n}", about="~{n}", up_to="≤{n}", at_least="≥{n}", range="{low}–{high}", vague="some",
)


def troops(qualifier: str | None, low: int | None, high: int | None) -> str:
    """A troop figure in short signs (the form: :func:`kg.figures.troops_text`).

    >>> troops("UpTo", None, 3000), troops("Range", 10000, 12000), troops("Vague", None, None)
    ('≤3000', '10000–12000', 'some')
    """
    return troops_text(qualifier, low, high, FIGURE_SIGNS)


def _accuracy_rows(title: str, last: str, figures) -> list[str]:
    """A blank line, a header, then one row per figure: right, of, share."""
    lines = ["", f"{title:<30} {'right':>5} {'of':>5} {last:>8}"]
    return lines + [f"{name:<30} {a.correct:>5} {a.total:>5} {a.value:>8.3f}" for name, a in figures.items()]


def format_table(report: Report, findings: bool = True) -> str:
    """The report as aligned text: scores per kind, attribute accuracy, then each finding."""
    lines = [f"{'kind':<12} {'gold':>5} {'graph':>5} {'found':>5} {'precision':>9} {'recall':>7} {'F1':>6}"]
    for kind, s in report.scores.items():
        lines.append(f"{kind:<12} {s.tp + s.fn:>5} {s.tp + s.fp:>5} {s.tp:>5} "
                     f"{s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f}")
    if report.statement_kinds:
        lines += ["", f"{'statements by kind':<22} {'gold':>5} {'found':>5} {'recall':>7} "
                      f"{'graph':>5} {'right':>5} {'precision':>9}"]
        for row, k in report.statement_kinds.items():
            lines.append(f"{row:<22} {k.gold:>5} {k.found:>5} {k.recall:>7.3f} "
                         f"{k.graph:>5} {k.right:>5} {k.precision:>9.3f}")
    if report.actor_figures:
        lines += _accuracy_rows("actors and troop figures", "share", report.actor_figures)
    if report.attributes:
        lines += _accuracy_rows("attribute (on matched facts)", "accuracy", report.attributes)
    if report.absent:
        lines += ["", f"not in the graph: {', '.join(report.absent)}"]
    if findings and report.findings:
        order = {"miss": 0, "spurious": 1, "wrong": 2}
        kinds = {"entity": 0, "statement": 1, "deployment": 2}
        lines += ["", f"{'article':<22} {'kind':<10} {'what':<8} description"]
        for f in sorted(report.findings, key=lambda f: (f.article, kinds.get(f.kind, 9), order.get(f.status, 9))):
            lines.append(f"{f.article:<22} {f.kind:<10} {f.status:<8} {f.description}")
    return "\n".join(lines)


def format_json(report: Report) -> str:
    """The report as one JSON object (:meth:`Report.to_dict`)."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)

