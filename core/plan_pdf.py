"""A printable PDF of a week's plan (A4 landscape, one column per day), drawn with matplotlib and the bundled CJK font.

No Qt here (the command line draws it too). The Chinese text stays text in the PDF: the font is embedded and the
text can be searched and copied (checked by the tests with a PDF text extractor).
"""

from __future__ import annotations

import textwrap
from datetime import date, timedelta
from pathlib import Path

from core import chartstyle
from core.plan import PlanRow
from core.plan_export import STATUS_ZH, day_heading

STATUS_MARK = {"posted": "✓", "skipped": "✗", "scheduled": "·", "draft": "○", "idea": "?"}


def write_week_pdf(path: Path, rows: list[PlanRow], start: date, notes: dict, balance) -> None:
    chartstyle.configure()
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11.69, 8.27))  # A4 landscape, inches
    end = start + timedelta(days=6)
    fig.text(0.03, 0.95, f"内容排期  {start:%Y-%m-%d} – {end:%Y-%m-%d}（第{start.isocalendar().week}周）", fontsize=16)
    if balance is not None and balance.total:
        mix = "，".join(
            f"{name} {balance.by_core.get(key, 0)}"
            for key, name in (("knowledge", "知识核"), ("emotion", "情感核"), ("conversion", "转化核"))
        )
        fig.text(0.03, 0.915, f"共 {balance.total} 条：{mix}", fontsize=9, color="#374151")
    width = 0.94 / 7
    for i in range(7):
        day = start + timedelta(days=i)
        x = 0.03 + i * width
        fig.text(x, 0.87, day_heading(day), fontsize=11, weight="bold")
        names = (n.name + ("（调休上班）" if n.kind == "workday" else "") for n in notes.get(day, []))
        note = "、".join(dict.fromkeys(names))
        if note:
            fig.text(x, 0.848, note, fontsize=7, color="#D55E00")
        y = 0.82
        for r in [r for r in rows if r.when.date() == day]:
            lines = textwrap.wrap(r.title, 9) or [""]
            block = [f"{STATUS_MARK.get(r.status, '')} {r.when:%H:%M} {r.group}", *lines[:3]]
            if y - 0.022 * len(block) < 0.04:
                fig.text(x, y, "……", fontsize=8)
                break
            colour = "#9CA3AF" if r.status == "skipped" else "#111827"
            for k, line in enumerate(block):
                fig.text(x, y, line, fontsize=7.5 if k else 7, color="#0072B2" if k == 0 else colour)
                y -= 0.02
            y -= 0.008
    fig.text(0.03, 0.015, "  ".join(f"{STATUS_MARK[k]} {v}" for k, v in STATUS_ZH.items()), fontsize=7, color="#6B7280")
    with PdfPages(path, metadata={"Title": f"内容排期 {start:%Y-%m-%d}", "Creator": "Qunzhu"}) as pdf:
        pdf.savefig(fig)
