"""Text laid out for a terminal: aligned tables that fit its width (:func:`write_table`,
:func:`fit_widths`, :func:`table_width`) and the pager (:class:`paged`).

Query answers (:mod:`kg.output`), ``kg claims`` and ``kg eval`` print their tables here.
Rendering is rich's where it matters (wide characters, control characters); plain lines are
aligned directly, as rich would draw them, because building rich's table is 20 times slower.
"""
from __future__ import annotations

import io
import re
from typing import TextIO

#: Rows read before a table's column widths are fixed.
TABLE_BLOCK = 1000
#: Control characters (line breaks and tabs included) and bidirectional overrides: a line holding
#: one is drawn by rich, which knows how wide each is.
CONTROL_OR_SPACE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def fit_widths(natural: list[int], available: int, first: list[bool] | None = None,
               floor: int = 12) -> list[int]:
    """Column widths that fit ``available`` cells: the widest columns are narrowed first.

    Every column keeps its natural width when they all fit. Otherwise the
    ``first`` columns (identifiers such as IRIs, which people read least) give
    way first, down to ``floor`` cells; then the columns wider than some width
    ``c`` are cut to ``c``, the largest ``c`` that fits (at least 1).

    >>> fit_widths([4, 30, 50], 40)
    [4, 18, 18]
    >>> fit_widths([4, 30, 50], 40, first=[False, False, True])
    [4, 24, 12]
    >>> fit_widths([4, 5], 40)
    [4, 5]
    """
    if sum(natural) <= available:
        return list(natural)
    if first and any(first):
        others = [not f for f in first]
        floors = [min(n, floor) if f else n for n, f in zip(natural, first)]
        if sum(floors) <= available:  # the identifiers give way, and that is enough
            return _cap(natural, available, first)
        readable = _cap(floors, available, others)
        if all(w >= min(n, floor) for w, n, o in zip(readable, natural, others) if o):
            return readable  # the other columns keep at least ``floor`` cells
        kept = [min(n, floor) if o else w for n, w, o in zip(natural, floors, others)]
        if sum(o and w for w, o in zip(kept, others)) < available:
            return _cap(kept, available, first)  # identifiers below the floor
        natural = kept
    return _cap(natural, available, [True] * len(natural))


def _cap(natural: list[int], available: int, cut: list[bool]) -> list[int]:
    """Cut the ``cut`` columns to the largest common width that fits ``available``."""
    fixed = sum(n for n, c in zip(natural, cut) if not c)
    low, high = 1, max(natural)
    while low < high:
        mid = (low + high + 1) // 2
        if fixed + sum(min(n, mid) for n, c in zip(natural, cut) if c) <= available:
            low = mid
        else:
            high = mid - 1
    return [min(n, low) if c else n for n, c in zip(natural, cut)]


def write_table(
    header: list[str], rows, out: TextIO, *, max_width: int | None = None,
    right: list[bool] | None = None, first: list[bool] | None = None,
    keep: list[bool] | None = None,
) -> int:
    """Write ``rows`` (lists of str) under ``header`` as aligned columns; return the row count.

    Column widths are measured on the first :data:`TABLE_BLOCK` rows, then
    narrowed (widest first) so a line fits ``max_width`` terminal cells; a cell
    cut short ends with an ellipsis. ``right`` (filled in while the first block
    is read, so it may be a list the row iterator updates) right-aligns the
    columns of numbers; the ``first`` columns (identifiers) are narrowed
    before the others (:func:`fit_widths`); the ``keep`` columns (short
    figures that mean nothing cut) are never narrowed. Rows stream: memory does not grow with their number.
    Rendering is rich's (cell widths of wide characters, ellipsis).
    """
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    rows = iter(rows)
    block = [list(header)]
    for row in rows:
        block.append(row)
        if len(block) > TABLE_BLOCK:
            break
    right = right if right is not None else []
    natural = [max(cell_len(r[i]) for r in block) for i in range(len(header))]
    gaps = 2 * max(0, len(header) - 1)
    available = max(len(header), max_width - gaps) if max_width else 0
    if max_width:
        kept = [bool(keep and i < len(keep) and keep[i]) for i in range(len(header))]
        loose = [i for i in range(len(header)) if not kept[i]]
        fitted = fit_widths(
            [natural[i] for i in loose],
            max(len(loose), available - sum(n for n, k in zip(natural, kept) if k)),
            [bool(first and i < len(first) and first[i]) for i in loose] if first else None,
        )
        sizes = list(natural)
        for i, size in zip(loose, fitted):
            sizes[i] = size
    else:
        sizes = natural
    total = sum(sizes) + gaps
    rule = ["─" * size for size in sizes]
    console = Console(
        file=io.StringIO(), width=max(total, 1), color_system=None, force_terminal=False,
        highlight=False, emoji=False, legacy_windows=False,
    )

    def render(lines: list[list[str]]) -> None:
        if min(sizes) >= 1 and not any(CONTROL_OR_SPACE.search(" ".join(line)) for line in lines):
            flags = [i < len(right) and bool(right[i]) for i in range(len(sizes))]
            for line in lines:  # what rich draws, without building its table (20 times slower)
                out.write(_aligned_line(line, sizes, flags) + "\n")
            return
        table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1), expand=False)
        for i, size in enumerate(sizes):
            table.add_column(
                width=size, no_wrap=True, overflow="ellipsis",
                justify="right" if i < len(right) and right[i] else "left",
            )
        for line in lines:
            table.add_row(*(Text(cell) for cell in line))
        with console.capture() as capture:
            console.print(table)
        for text in capture.get().splitlines():
            out.write(text.rstrip() + "\n")

    count = len(block) - 1
    render([block[0], rule, *block[1:]])
    chunk = []
    for row in rows:
        chunk.append(row)
        count += 1
        if len(chunk) >= TABLE_BLOCK:
            render(chunk)
            chunk = []
    if chunk:
        render(chunk)
    return count


def _aligned_line(cells: list[str], sizes: list[int], right: list[bool]) -> str:
    """One line as :func:`write_table`'s rich table draws it: each cell cut to its column's
    cells with an ellipsis, padded (right-aligned where ``right``, one flag a column), two
    spaces between."""
    from rich.cells import cell_len, set_cell_size

    out = []
    for cell, size, at_right in zip(cells, sizes, right):
        if at_right:
            cell = cell.rstrip()  # as rich justifies to the right
        width = len(cell) if cell.isascii() else cell_len(cell)  # no control character here: one cell each
        if width > size:
            cell = set_cell_size(cell, size - 1) + "…"
            width = cell_len(cell)
        out.append(" " * (size - width) + cell if at_right else cell + " " * (size - width))
    return "  ".join(out).rstrip()


def table_width(wide: bool = False, stream=None) -> int | None:
    """The width a table must fit: the terminal's when ``stream`` (stdout) is one, else None.

    None (no limit) with ``wide``, or when the output goes to a file or a pipe,
    where cutting cells would lose data. ``COLUMNS`` overrides the terminal's width.
    """
    import os
    import shutil
    import sys

    stream = stream or sys.stdout
    if wide or not (hasattr(stream, "isatty") and stream.isatty()):
        return None
    return int(os.environ.get("COLUMNS") or 0) or shutil.get_terminal_size().columns


class paged:
    """``with paged(enabled): ...`` sends what is written to ``sys.stdout`` to a pager.

    Enabled only when stdout is an interactive terminal; the pager is rich's
    system pager (``$PAGER``, else ``less``), with ``LESS=FRX`` unless set, so
    an answer that fits one screen is printed and the pager quits at once.
    """

    def __init__(self, enabled: bool = True):
        import sys

        self.enabled = enabled and sys.stdout.isatty() and sys.stdin.isatty()

    def __enter__(self):
        import sys

        if self.enabled:
            self._stdout, self._buffer = sys.stdout, io.StringIO()
            sys.stdout = self._buffer
        return self

    def __exit__(self, *exc) -> None:
        import os
        import sys

        if not self.enabled:
            return
        sys.stdout = self._stdout
        text = self._buffer.getvalue()
        if exc[0] is not None:
            sys.stdout.write(text)
            return
        from rich.pager import SystemPager

        os.environ.setdefault("LESS", "FRX")
        SystemPager().show(text)
