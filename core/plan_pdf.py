"""A printable PDF of a week's plan, built with the shared ``core.pdfdoc`` (A4, Chinese text embedded and extractable).

No Qt here (the command line writes it too): one section per day with its holidays, 调休 and solar terms, and a table
of the day's entries.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from core.pdfdoc import PdfDocument
from core.plan import PlanRow
from core.plan_export import CATEGORY_ZH, CORE_ZH, STATUS_ZH, day_heading

STATUS_COLOURS = {"posted": "#009E73", "skipped": "#9CA3AF", "draft": "#E69F00", "idea": "#6B7280"}


def _note(n) -> str:
    return n.name + ("（调休上班）" if n.kind == "workday" else "（放假）" if n.kind == "holiday" else "")


def write_week_pdf(path: Path, rows: list[PlanRow], start: date, notes: dict, balance) -> None:
    end = start + timedelta(days=6)
    week = start.isocalendar()
    doc = PdfDocument(
        f"内容排期 {start:%Y-%m-%d} – {end:%m-%d}（{week.year} 第{week.week}周）",
        subject="群主 内容排期",
        footer="群主 · 内容排期 · 第 {page} / {pages} 页",
    )
    if balance is not None and balance.total:
        cores = "，".join(f"{CORE_ZH[k]}核 {balance.by_core.get(k, 0)}" for k in ("knowledge", "emotion", "conversion"))
        cats = "，".join(
            f"{CATEGORY_ZH[k]}类 {balance.by_category.get(k, 0)}" for k in ("brand", "promotion", "conversion")
        )
        doc.paragraph(f"共 {balance.total} 条（不含已跳过）：{cores}；{cats}。")
    for i in range(7):
        day = start + timedelta(days=i)
        names = "、".join(dict.fromkeys(_note(n) for n in notes.get(day, [])))
        doc.heading(day_heading(day) + (f"  {names}" if names else ""), level=2)
        today = [r for r in rows if r.when.date() == day]
        if not today:
            doc.paragraph("（无安排）", size=9.5, color="#6B7280")
            continue
        colours = {(k, 3): STATUS_COLOURS[r.status] for k, r in enumerate(today) if r.status in STATUS_COLOURS}
        doc.table(
            ["时间", "群", "内容", "状态", "分类"],
            [
                [
                    f"{r.when:%H:%M}",
                    r.group,
                    r.title + (f"（{r.campaign}）" if r.campaign else ""),
                    STATUS_ZH.get(r.status, r.status),
                    CATEGORY_ZH.get(r.category or "", ""),
                ]
                for r in today
            ],
            col_widths=[1.1, 2.6, 7, 1.4, 1.1],
            colors=colours,
            size=9,
        )
    doc.save(path)
