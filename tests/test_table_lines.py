"""Tables drawn line by line (kg.terminal's fast path) look exactly as rich draws them.

The fast path writes a line directly when no cell holds a control character;
rich's table stays the reference, and is forced here for the comparison.
"""
from __future__ import annotations

import io
import random

import pytest

from kg import terminal
from kg.terminal import write_table

ALPHABET = "abcXYZ 0129éèçàœ’«»—–…漢字カナ한국😀e\u0301-/ "


class _Always:
    def search(self, _text):
        return True


def _table(header, rows, right, width, rich: bool) -> str:
    out = io.StringIO()
    if rich:  # every line looks as if it held a control character: rich draws it
        saved, terminal.CONTROL_OR_SPACE = terminal.CONTROL_OR_SPACE, _Always()
    try:
        write_table(header, iter(rows), out, max_width=width, right=right)
    finally:
        if rich:
            terminal.CONTROL_OR_SPACE = saved
    return out.getvalue()


@pytest.mark.parametrize("seed", range(4))
def test_lines_drawn_directly_equal_richs_table(seed):
    rng = random.Random(seed)

    def text(n):
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, n)))

    for _ in range(60):
        columns = rng.randint(1, 5)
        header = [text(8) or "h" for _ in range(columns)]
        rows = [[text(30) for _ in range(columns)] for _ in range(rng.randint(0, 25))]
        right = [rng.random() < 0.4 for _ in range(columns)]
        width = rng.choice([None, 20, 40, 80, 120])
        assert _table(header, rows, right, width, rich=False) == _table(header, rows, right, width, rich=True)


def test_a_cell_with_a_control_character_is_still_drawn_by_rich():
    rows = [["a\tb", "x"], ["c", "d"]]
    assert _table(["h1", "h2"], rows, [False, True], 40, rich=False) == _table(["h1", "h2"], rows, [False, True], 40, rich=True)
