"""The dashboard's charts as plain matplotlib drawing functions (no Qt, no pyplot): the GUI's chart widget and the
weekly PDF report draw the same pictures.

Each function is ``fn(figure, data, t, tip=None)``: ``data`` a ``core.dashboard.DashboardData``, ``t`` a
``core.texts`` translator, ``tip(artist, text, payload)`` (optional) registers a hover text and a click payload
(``(member_ids, caption)``) with the chart widget. Thresholds are drawn and coloured from ``data.thresholds``.
"""

from __future__ import annotations

from collections.abc import Callable

from core.chartstyle import HEALTHY, PALETTE, UNHEALTHY
from core.dashboard import SILENCE_BUCKETS, DashboardData

BUCKET_LABELS = {
    "active": "Active (≤ 7 days)",
    "shallow_churn": "Shallow churn (≤ 30 days)",
    "drifting": "Drifting (31–59 days)",
    "deep_churn": "Deep churn (≥ 60 days)",
    "never_spoke": "Never spoke (lurkers)",
}
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MUTED = "#9CA3AF"
# The gids of labels written as texts under, left or right of an axes instead of tick labels (``ui.charts`` sizes
# the margins for them).
BELOW, LEFT, RIGHT = "below-axis", "left-of-axis", "right-of-axis"


def short(text: str, limit: int = 10) -> str:
    """Very long (Chinese) names on an axis are cut with an ellipsis (the tooltip or table has the full name)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _none(*_a, **_k) -> None:
    return None


def _empty(ax, t, message: str = "No data in this period") -> None:
    ax.text(0.5, 0.5, t(message), ha="center", va="center", color=MUTED, fontsize=10, transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)


class Box:
    """A bar's rectangle in data coordinates, for hover texts and clicks (``tip``); it is not drawn."""

    def __init__(self, ax, x0: float, y0: float, x1: float, y1: float) -> None:
        self.ax, self.x0, self.y0, self.x1, self.y1 = ax, min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)

    def contains(self, event) -> tuple[bool, dict]:
        x, y = self.ax.transData.inverted().transform((event.x, event.y))  # display → this axes' data
        return (self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1), {}


def _bars(ax, x, heights, width: float = 0.8, bottom=None, color=PALETTE[0], label=None, **style):
    """Bars as one collection, drawn in one go (``ax.bar`` makes, measures and draws a patch per bar, most of a
    weekly chart's cost); returns the collection (for the legend) and each bar's :class:`Box` (for ``tip``)."""
    from matplotlib.collections import PolyCollection

    bottom = bottom if bottom is not None else [0] * len(heights)
    boxes = [Box(ax, i - width / 2, b, i + width / 2, b + h) for i, h, b in zip(x, heights, bottom, strict=True)]
    verts = [((b.x0, b.y0), (b.x0, b.y1), (b.x1, b.y1), (b.x1, b.y0)) for b in boxes]
    bars = PolyCollection(verts, facecolors=color, label=label, **({"edgecolors": "none", "linewidths": 0} | style))
    ax.add_collection(bars)
    return bars, boxes


def _y_scale(ax, top: float) -> None:
    """The y axis from 0 to ``top`` with up to seven round numbers (steps of 1, 2, 2.5 or 5), all inside it:
    matplotlib's automatic ticks make tick objects beyond the axis too, and a tick costs about a dozen texts."""
    from matplotlib.ticker import MaxNLocator

    top = top or 1
    ax.set_ylim(0, top)
    ticks = MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10], integer=True).tick_values(0, top)
    ax.set_yticks([v for v in ticks if 0 <= v <= top])


def _second_line(ax, x, values, headroom: float, color: str, label: str):
    """A second series on its own scale without a second axes (a twin axes with its ticks cost as much as the rest
    of the chart): the line spans the axes' height (its maximum at 1 / ``headroom``) and its legend entry gives
    its first and last values ("Members at week end 60,254 → 94,784"); each week's hover text has them all."""
    from matplotlib.transforms import blended_transform_factory

    top = max(max(values), 1) * headroom
    on_axes = blended_transform_factory(ax.transData, ax.transAxes)  # x in weeks, y in the axes' height
    span = f"{values[0]:,}" if len(values) == 1 else f"{values[0]:,} → {values[-1]:,}"
    (line,) = ax.plot(x, [v / top for v in values], color=color, marker="o", markersize=3, label=f"{label} {span}",
                      transform=on_axes)  # fmt: skip
    return line


def _labels_below(ax, xs, labels, fontsize: float = 8) -> None:
    """Axis labels written as texts 4 points under the axes at data ``xs``, with no tick objects (a tick costs
    about a dozen texts); ``ui.charts`` sizes the bottom margin for texts with the gid ``BELOW``."""
    from matplotlib.transforms import ScaledTranslation, blended_transform_factory

    ax.set_xticks([])
    shift = ScaledTranslation(0, -4 / 72, ax.get_figure(root=True).dpi_scale_trans)
    under = blended_transform_factory(ax.transData, ax.transAxes) + shift
    for x, label in zip(xs, labels, strict=True):
        ax.text(x, 0, label, transform=under, ha="center", va="top", fontsize=fontsize, clip_on=False, gid=BELOW)


def _labels_left(ax, ys, labels, fontsize: float = 8) -> None:
    """As :func:`_labels_below`, left of the axes at data ``ys`` (gid ``LEFT``)."""
    from matplotlib.transforms import ScaledTranslation, blended_transform_factory

    ax.set_yticks([])
    shift = ScaledTranslation(-4 / 72, 0, ax.get_figure(root=True).dpi_scale_trans)
    beside = blended_transform_factory(ax.transAxes, ax.transData) + shift
    for y, label in zip(ys, labels, strict=True):
        ax.text(0, y, label, transform=beside, ha="right", va="center", fontsize=fontsize, clip_on=False, gid=LEFT)


def _colour_key(ax, cmap: str, top: float) -> None:
    """The colour scale right of the axes: a strip of 32 shades (8 points wide, 10 points from the axes) with 0 and
    ``top`` written at its ends (gid ``RIGHT``). ``fig.colorbar`` makes a second axes with its own ticks: as much
    work as the heatmap itself."""
    from matplotlib import colormaps
    from matplotlib.collections import LineCollection
    from matplotlib.transforms import ScaledTranslation

    points = ax.get_figure(root=True).dpi_scale_trans
    steps = 32
    low, high = 0.1, 0.9  # of the axes' height
    ys = [low + (high - low) * i / steps for i in range(steps + 1)]
    strip = LineCollection([((1, ys[i]), (1, ys[i + 1])) for i in range(steps)], linewidths=8, capstyle="butt",
                           colors=colormaps[cmap]([(i + 0.5) / steps for i in range(steps)]), clip_on=False,
                           antialiaseds=False,  # no light seams between the shades
                           transform=ax.transAxes + ScaledTranslation(14 / 72, 0, points))  # fmt: skip
    ax.add_collection(strip, autolim=False)
    beside = ax.transAxes + ScaledTranslation(22 / 72, 0, points)
    for y, value in ((low, 0), (high, top)):
        ax.text(1, y, f"{value:,.0f}", transform=beside, ha="left", va="center", fontsize=8, clip_on=False, gid=RIGHT)


def _week_ticks(ax, days) -> None:
    """Week starts (``MM-DD``) under the bars, upright; a long period labels every second (third…) week, so at
    most 8 labels: the hover text has each week's date."""
    step = -(-len(days) // 8) or 1
    at = range(0, len(days), step)
    _labels_below(ax, at, [days[i].strftime("%m-%d") for i in at])


def growth(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    ax = fig.add_subplot()
    ax.set_title(t("Members, joins and leaves per week"), fontsize=11)
    if not data.weeks:
        return _empty(ax, t)
    x = list(range(len(data.weeks)))
    _b, joins = _bars(ax, [i - 0.2 for i in x], [w.joins for w in data.weeks], 0.4, color=PALETTE[0], label=t("Joined"))
    _bars(ax, [i + 0.2 for i in x], [w.leaves for w in data.weeks], 0.4, color=PALETTE[1], label=t("Left"))
    _week_ticks(ax, [w.start for w in data.weeks])
    # Head room on both scales: the legend sits in the top quarter, above the bars and the members line.
    _second_line(ax, x, [w.members for w in data.weeks], 1.45, PALETTE[2], t("Members at week end"))
    _y_scale(ax, max([w.joins for w in data.weeks] + [w.leaves for w in data.weeks] + [1]) * 1.45)
    ax.legend(frameon=False, fontsize=8, loc="upper left", ncol=3)
    for box, w in zip(joins, data.weeks, strict=True):
        tip(box, f"{w.start:%Y-%m-%d}: +{w.joins} / −{w.leaves}, {w.members}")


def speaking_rate(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    ax = fig.add_subplot()
    healthy = data.thresholds["speaking_rate_healthy"]
    ax.set_title(t("Speaking rate per week"), fontsize=11)
    if not data.weeks:
        return _empty(ax, t)
    values = [(w.speaking_rate or 0) * 100 for w in data.weeks]
    colours = [HEALTHY if v >= healthy * 100 else UNHEALTHY for v in values]
    _b, bars = _bars(ax, range(len(values)), values, color=colours)
    for i, v in enumerate(values):
        ax.text(i, v, f"{v:.0f}%", ha="center", va="bottom", fontsize=7)
    ax.axhline(
        healthy * 100, color="#555555", linestyle="--", linewidth=1, label=t("Healthy line {0}", f"{healthy:.0%}")
    )
    _week_ticks(ax, [w.start for w in data.weeks])
    ax.set_ylabel("%")
    _y_scale(ax, max(values + [healthy * 100]) * 1.3)
    ax.legend(frameon=False, loc="upper right", fontsize=8)
    for bar, w in zip(bars, data.weeks, strict=True):
        tip(bar, f"{w.start:%Y-%m-%d}: {w.speakers}/{w.present}")


def heatmap(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    ax = fig.add_subplot()
    best = "、".join(f"{t(WEEKDAYS[w])} {h:02d}:00" for w, h, _n in data.best_times) or "—"
    # Two lines: aligned by their bottom (a title's baseline is its first line's, which put the second on the plot).
    ax.set_title(t("Messages by weekday and hour") + "\n" + t("Best times: {0}", best), fontsize=10, va="bottom")
    if not any(any(row) for row in data.heatmap):
        return _empty(ax, t)
    top = max(max(row) for row in data.heatmap)
    ax.imshow(data.heatmap, aspect="auto", cmap="cividis", interpolation="nearest", vmin=0, vmax=top)
    _labels_left(ax, range(7), [t(d) for d in WEEKDAYS])
    _labels_below(ax, range(0, 24, 3), [f"{h:02d}" for h in range(0, 24, 3)])
    _colour_key(ax, "cividis", top)
    from matplotlib.patches import Rectangle

    for w, h, n in data.best_times:
        box = Rectangle((h - 0.5, w - 0.5), 1, 1, fill=False, edgecolor=PALETTE[3], linewidth=1.5)
        ax.add_patch(box)
        tip(box, f"{t(WEEKDAYS[w])} {h:02d}:00 · {n}")


def segment_mix(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    ax = fig.add_subplot()
    ax.set_title(t("Segment mix per week"), fontsize=11)
    if not data.weekly_mix or not any(a + o + s for _d, a, o, s in data.weekly_mix):
        return _empty(ax, t)
    x = range(len(data.weekly_mix))
    active = [a for _d, a, _o, _s in data.weekly_mix]
    occ = [o for _d, _a, o, _s in data.weekly_mix]
    silent = [s for _d, _a, _o, s in data.weekly_mix]
    n = int(data.thresholds["active_messages_per_week"])
    _bars(ax, x, active, color=PALETTE[2], label=t("Active (≥ {0} messages)", n))
    _bars(ax, x, occ, bottom=active, color=PALETTE[5], label=t("Occasional"))
    _bars(ax, x, silent, bottom=[a + o for a, o in zip(active, occ, strict=True)], color="#D1D5DB",
          label=t("Silent (lurkers)"))  # fmt: skip
    _week_ticks(ax, [d for d, *_r in data.weekly_mix])
    _y_scale(ax, max(a + o + s for a, o, s in zip(active, occ, silent, strict=True)) * 1.25)
    ax.legend(frameon=False, fontsize=8, loc="upper left", ncol=3)


def silence(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    ax = fig.add_subplot()
    ax.set_title(t("Members by days since their last message (as of {0})", data.as_of), fontsize=10)
    counts = [len(data.silence.get(b, [])) for b in SILENCE_BUCKETS]
    if not any(counts):
        return _empty(ax, t)
    colours = [PALETTE[2], PALETTE[1], PALETTE[4], UNHEALTHY, "#9CA3AF"]
    labels = [t(BUCKET_LABELS[b]) for b in SILENCE_BUCKETS]
    bars = ax.barh(range(len(counts)), counts, color=colours)
    ax.set_yticks(range(len(counts)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.bar_label(bars, fontsize=8, padding=2)
    ax.set_xlim(0, max(counts) * 1.15)
    ax.set_xlabel(t("Click a bar to see these members"), fontsize=8, color=MUTED)
    for bar, b, label in zip(bars, SILENCE_BUCKETS, labels, strict=True):
        ids = data.silence.get(b, [])
        tip(bar, f"{label}: {len(ids)}", (ids, label) if ids else None)


def cohorts(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    ax = fig.add_subplot()
    ax.set_title(t("Retention by join month (still in the group)"), fontsize=11)
    if not data.cohorts or not any(size for _m, size, _v in data.cohorts):
        return _empty(ax, t)
    import numpy as np

    n = len(data.cohorts)
    grid = np.full((n, n), np.nan)
    for i, (_m, _size, values) in enumerate(data.cohorts):
        for k, v in enumerate(values):
            if v is not None:
                grid[i, k] = v * 100
    ax.imshow(grid, aspect="auto", cmap="cividis", vmin=0, vmax=100)
    for i in range(n):
        for k in range(n):
            if not np.isnan(grid[i, k]):
                ax.text(k, i, f"{grid[i, k]:.0f}%", ha="center", va="center", fontsize=7,
                        color="black" if grid[i, k] > 60 else "white")  # fmt: skip
    ax.set_yticks(range(n), [f"{m} ({size})" for m, size, _v in data.cohorts], fontsize=8)
    ax.set_xticks(range(n), [str(k) for k in range(n)], fontsize=8)
    ax.set_xlabel(t("Month after joining"), fontsize=8)


def tiers(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    ax = fig.add_subplot()
    ax.set_title(t("Tier distribution"), fontsize=11)
    names = {"silver": "Silver", "gold": "Gold", "diamond": "Diamond", "none": "No tier"}
    keys = [k for k in ("none", "silver", "gold", "diamond") if k in data.tiers]
    counts = [data.tiers[k] for k in keys]
    if not any(counts):
        return _empty(ax, t)
    bars = ax.bar([t(names[k]) for k in keys], counts, color=["#9CA3AF", "#8FA3B8", PALETTE[1], PALETTE[0]])
    ax.bar_label(bars, fontsize=8)
    ax.set_ylim(0, max(counts) * 1.2)


def inviters(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    ax = fig.add_subplot()
    fc = data.figures.get("fission_coefficient")
    ax.set_title(t("Top inviters (fission {0})", "—" if fc is None else f"{fc:.2f}"), fontsize=11)
    if not data.top_inviters:
        return _empty(ax, t, "No invites in this period")
    rows = data.top_inviters[::-1]
    bars = ax.barh(range(len(rows)), [n for _m, _name, n in rows], color=PALETTE[0])
    ax.set_yticks(range(len(rows)), [short(name, 8) for _m, name, _n in rows], fontsize=8)
    ax.bar_label(bars, fontsize=8, padding=2)
    ax.set_xlabel(t("Invites"), fontsize=8)
    for bar, (mid, name, n) in zip(bars, rows, strict=True):
        tip(bar, f"{name}: {n}", ([mid], name))


def revenue(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    ax = fig.add_subplot()
    ax.set_title(t("Revenue and orders per week"), fontsize=11)
    if not data.weekly_orders or not any(n for _d, n, _r in data.weekly_orders):
        return _empty(ax, t)
    x = list(range(len(data.weekly_orders)))
    column, bars = _bars(ax, x, [r for _d, _n, r in data.weekly_orders], color=PALETTE[0], label=t("Revenue"))
    _week_ticks(ax, [d for d, _n, _r in data.weekly_orders])
    orders = _second_line(ax, x, [n for _d, n, _r in data.weekly_orders], 1.3, PALETTE[1], t("Orders"))
    _y_scale(ax, max([r for _d, _n, r in data.weekly_orders] + [1]) * 1.3)  # head room for the legend
    ax.legend([column, orders], [t("Revenue"), orders.get_label()], frameon=False, fontsize=8, loc="upper left", ncol=2)
    for bar, (d, n, r) in zip(bars, data.weekly_orders, strict=True):
        tip(bar, f"{d:%Y-%m-%d}: {r:,.2f} / {n}")


def funnel(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    """Step conversion rates per campaign (or post) as a table of coloured cells: red under the flag threshold."""
    ax = fig.add_subplot()
    flag = data.thresholds["funnel_step_flag"]
    ax.set_title(t("Conversion funnel per campaign") + f" · {t('Flagged < {0}', f'{flag:.0%}')}", fontsize=10)
    if not data.funnels:
        return _empty(ax, t, "No funnel results noted yet (calendar → results)")
    names = [t("Reach"), t("Clicks"), t("Carts"), t("Orders")]
    rows = data.funnels[:6]
    cells = []  # (step, row, rate) of the table's cells
    for r, (_name, values) in enumerate(rows):
        for i in range(1, 4):
            cells.append((i, r, values[i] / values[i - 1] if values[i - 1] else None))
    colours = ["#F3F4F6" if rate is None else ("#FBE3D6" if rate < flag else "#D5F0E6") for _i, _r, rate in cells]
    _c, boxes = _bars(ax, [i - 0.5 for i, _r, _rate in cells], [1] * len(cells), 1.0, bottom=[r for _i, r, _x in cells],
                      color=colours, edgecolors="white", linewidths=2)  # fmt: skip
    for (i, r, rate), box in zip(cells, boxes, strict=True):
        name, values = rows[r]
        text = "—" if rate is None else f"{rate:.0%}\n{values[i]}/{values[i - 1]}"
        ink = UNHEALTHY if rate is not None and rate < flag else ("#1F2937" if rate is None else "#00684A")
        ax.text(i - 0.5, r + 0.5, text, ha="center", va="center", fontsize=8, color=ink)
        tip(box, f"{name}: {names[i - 1]} → {names[i]} " + ("—" if rate is None else f"{rate:.1%}"))
    ax.set_xlim(0, 3)
    ax.set_ylim(len(rows), 0)
    _labels_below(ax, [0.5, 1.5, 2.5], [f"{names[i - 1]}→{names[i]}" for i in range(1, 4)])
    _labels_left(ax, [r + 0.5 for r in range(len(rows))], [f"{short(n, 9)} ({v[0]})" for n, v in rows])
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)


def nps(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    ax = fig.add_subplot()
    f = data.figures
    healthy = data.thresholds["nps_healthy"]
    score = f.get("nps")
    colour = MUTED if score is None else (HEALTHY if score >= healthy else UNHEALTHY)
    head = t("NPS from survey scores") + (f": {score}" if score is not None else "")
    ax.set_title(head + f"  ({t('Healthy ≥ {0}', int(healthy))})", fontsize=11, color=colour)
    if not f.get("nps_responses"):
        return _empty(ax, t, "No NPS scores yet (Dashboard → NPS scores)")
    parts = [(t("Promoters (9–10)"), f["promoters"], HEALTHY), (t("Passives (7–8)"), f["passives"], "#9CA3AF"),
             (t("Detractors (0–6)"), f["detractors"], UNHEALTHY)]  # fmt: skip
    left = 0
    total = f["nps_responses"]
    for label, n, c in parts:
        bar = ax.barh([0], [n], left=left, color=c, label=f"{label} {n}")
        if n:
            ax.text(left + n / 2, 0, f"{n / total:.0%}", ha="center", va="center", color="white", fontsize=9)
        tip(bar[0], f"{label}: {n}")
        left += n
    ax.set_yticks([])
    ax.set_xlim(0, total)
    ax.legend(frameon=False, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=3)


def content(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    ax = fig.add_subplot()
    ax.set_title(t("Content results by core"), fontsize=11)
    rows = data.content_by.get("core", [])
    if not rows:
        return _empty(ax, t)
    names = {"knowledge": "Knowledge", "emotion": "Emotion", "conversion": "Conversion"}
    x = list(range(len(rows)))
    b1 = ax.bar([i - 0.2 for i in x], [n for _k, n, _s in rows], width=0.4, color=PALETTE[0], label=t("Posts"))
    b2 = ax.bar([i + 0.2 for i in x], [s for _k, _n, s in rows], width=0.4, color=PALETTE[1], label=t("Interactions"))
    ax.bar_label(b1, fontsize=7)
    ax.bar_label(b2, fontsize=7)
    ax.set_xticks(x, [t(names.get(k, k)) for k, _n, _s in rows])
    ax.legend(frameon=False, fontsize=8)


def recall(fig, data: DashboardData, t: Callable, tip: Callable = _none) -> None:
    ax = fig.add_subplot()
    ax.set_title(t("Recall outcomes"), fontsize=11)
    if not data.recall:
        return _empty(ax, t, "No recall messages sent in this period")
    x = list(range(len(data.recall)))
    b1 = ax.bar([i - 0.2 for i in x], [s for _g, s, _r in data.recall], width=0.4, color=PALETTE[5], label=t("Sent"))
    b2 = ax.bar([i + 0.2 for i in x], [r for _g, _s, r in data.recall], width=0.4, color=PALETTE[2],
                label=t("Recovered"))  # fmt: skip
    ax.bar_label(b1, fontsize=7)
    ax.bar_label(b2, labels=[f"{r} ({r / s:.0%})" if s else "0" for _g, s, r in data.recall], fontsize=7)
    ax.set_xticks(x, [t(g) for g, _s, _r in data.recall], fontsize=8)
    ax.legend(frameon=False, fontsize=8)


# In the page's order (two a row): the first six are what the first screen shows and what the first stage of a
# load is enough for (``core.dashboard.FIRST_PART``): growth, speaking rate, best times, segment mix, orders, funnel.
CHARTS = {
    "growth": growth,
    "speaking_rate": speaking_rate,
    "heatmap": heatmap,
    "segment_mix": segment_mix,
    "revenue": revenue,
    "funnel": funnel,
    "silence": silence,
    "cohorts": cohorts,
    "tiers": tiers,
    "inviters": inviters,
    "nps": nps,
    "content": content,
    "recall": recall,
}
