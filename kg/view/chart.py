"""The troop figures over time as an inline SVG chart: one series per claimant.

Drawn here in Python, so the page needs no plotting library and no network.
Each claim is a mark at its date (claims of undated articles follow, one column
per article, under "sans date"): a dot for a figure, a bar from low to high for
a range, a triangle pointing down for "jusqu'à" and up for "au moins". The
vertical axis is logarithmic, because figures run from a few dozen soldiers
to tens of thousands. Claims without a figure are counted under the chart.
Every text is escaped; each mark has a ``<title>`` a browser shows on hover.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date as Date
from html import escape

#: Series colours (colour-blind-safe Tableau 10), in order of first claim.
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)
NO_CLAIMANT = "l'article lui-même"
WIDTH, HEIGHT = 430, 250
LEFT, RIGHT, TOP, BOTTOM = 60, 8, 10, 40


@dataclass(frozen=True)
class Series:
    claimant: str
    colour: str
    count: int


def _figure(n: float) -> str:
    return f"{int(n):,}".replace(",", "\u202f")


def _slots(claims) -> list[tuple]:
    """The x columns: dates in order, then undated articles in order."""
    dated = sorted({c.date[:10] for c in claims if c.date})
    undated = sorted({c.article for c in claims if not c.date})
    return [("date", d) for d in dated] + [("article", a) for a in undated]


def _x_positions(slots: list[tuple]) -> dict[tuple, float]:
    """x of each column: dates proportionally to time, undated articles evenly after them."""
    plot = WIDTH - LEFT - RIGHT
    dated = [s for s in slots if s[0] == "date"]
    undated = [s for s in slots if s[0] == "article"]
    share = len(dated) / max(len(slots), 1)
    out: dict[tuple, float] = {}
    if dated:
        days = [Date.fromisoformat(d).toordinal() for _, d in dated]
        span = max(days[-1] - days[0], 1)
        band = plot * share
        pad = band / (2 * len(dated)) if len(dated) > 1 else band / 2
        for s, day in zip(dated, days):
            frac = (day - days[0]) / span if len(dated) > 1 else 0
            out[s] = LEFT + pad + frac * max(band - 2 * pad, 0)
    if undated:
        start, band = LEFT + plot * share, plot * (1 - share)
        for i, s in enumerate(undated):
            out[s] = start + band * (i + 0.5) / len(undated)
    return out


def series_of(claims) -> list[Series]:
    """One series per claimant with a figure, in order of first claim."""
    counts: dict[str, int] = {}
    for c in claims:
        if c.troops_min is not None or c.troops_max is not None:
            who = c.claimant or NO_CLAIMANT
            counts[who] = counts.get(who, 0) + 1
    return [Series(who, PALETTE[i % len(PALETTE)], n) for i, (who, n) in enumerate(counts.items())]


def claims_chart(claims, article_titles: dict[str, str] | None = None) -> str:
    """The SVG (a string) of ``claims`` (:class:`kg.claims.Claim` rows) over time."""
    titles = article_titles or {}
    plotted = [c for c in claims if c.troops_min is not None or c.troops_max is not None]
    series = series_of(claims)
    if not plotted:
        return '<p class="empty">Aucun chiffre de troupes à tracer.</p>'
    values = [v for c in plotted for v in (c.troops_min, c.troops_max) if v]
    low = 10 ** math.floor(math.log10(max(min(values), 1)))
    high = 10 ** math.ceil(math.log10(max(values) * 1.01))
    plot_h = HEIGHT - TOP - BOTTOM

    def y(v: float) -> float:
        frac = (math.log10(max(v, low)) - math.log10(low)) / (math.log10(high) - math.log10(low))
        return TOP + plot_h * (1 - frac)

    slots = _slots(plotted)
    xs = _x_positions(slots)
    slot_w = (WIDTH - LEFT - RIGHT) / max(len(slots), 1)
    step = min(7.0, 0.8 * slot_w / max(len(series), 1))
    index = {s.claimant: i for i, s in enumerate(series)}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="claims-chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="Effectifs revendiqués dans le temps, une série par source">'
    ]
    # Axes: powers of ten, and one label per column.
    tick = low
    while tick <= high:
        ty = y(tick)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{ty:.1f}" y2="{ty:.1f}"/>')
        parts.append(f'<text class="tick" x="{LEFT - 6}" y="{ty + 4:.1f}" text-anchor="end">{escape(_figure(tick))}</text>')
        tick *= 10
    for s in slots:
        x = xs[s]
        text = s[1] if s[0] == "date" else "sans date"
        sub = "" if s[0] == "date" else titles.get(s[1], s[1])
        parts.append(f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="{TOP}" y2="{TOP + plot_h}"/>')
        parts.append(
            f'<text class="tick" x="{x:.1f}" y="{TOP + plot_h + 16}" text-anchor="middle">{escape(text)}'
            f"<title>{escape(sub or text)}</title></text>"
        )
        if sub:
            short = sub if len(sub) <= 12 else sub[:11] + "…"
            parts.append(
                f'<text class="tick sub" x="{x:.1f}" y="{TOP + plot_h + 30}" text-anchor="middle">'
                f"{escape(short)}<title>{escape(sub)}</title></text>"
            )
    parts.append(f'<text class="axis" x="14" y="{TOP + plot_h / 2:.1f}" transform="rotate(-90 14 {TOP + plot_h / 2:.1f})" text-anchor="middle">soldats (échelle log.)</text>')
    for s in series:
        i = index[s.claimant]
        dx = (i - (len(series) - 1) / 2) * step
        mine = [c for c in plotted if (c.claimant or NO_CLAIMANT) == s.claimant]
        parts.append(
            f'<g class="series" data-claimant="{escape(s.claimant)}" fill="{s.colour}" stroke="{s.colour}">'
        )
        points = []
        for c in mine:
            slot = ("date", c.date[:10]) if c.date else ("article", c.article)
            x = xs[slot] + dx
            lo, hi = c.troops_min, c.troops_max
            tip = escape(f"{s.claimant} : {c.troops} — {c.date or 'sans date'}, {titles.get(c.article, c.article)}")
            if lo is not None and hi is not None and lo != hi:
                parts.append(
                    f'<rect class="range" x="{x - 2.5:.1f}" y="{y(hi):.1f}" width="5" '
                    f'height="{max(y(lo) - y(hi), 1):.1f}"><title>{tip}</title></rect>'
                )
                points.append((x, (y(lo) + y(hi)) / 2))
            else:
                v = hi if lo is None else lo
                vy = y(v)
                if c.qualifier == "UpTo" or lo is None:
                    shape = f'<path class="upto" d="M{x - 5:.1f},{vy - 4:.1f}H{x + 5:.1f}L{x:.1f},{vy + 5:.1f}Z">'
                elif c.qualifier == "AtLeast" or hi is None:
                    shape = f'<path class="atleast" d="M{x - 5:.1f},{vy + 4:.1f}H{x + 5:.1f}L{x:.1f},{vy - 5:.1f}Z">'
                else:
                    shape = f'<circle class="point" cx="{x:.1f}" cy="{vy:.1f}" r="4">'
                parts.append(f"{shape}<title>{tip}</title>{shape[1:shape.index(' ')].join(('</', '>'))}")
                points.append((x, vy))
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in sorted(points))
            parts.append(f'<polyline class="trend" fill="none" points="{path}"/>')
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)
