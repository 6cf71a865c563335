"""The week's plan out of the app (plain text, CSV, an RFC 5545 .ics calendar) and entries into it from JSON.

The PDF of the week is drawn in ``core.plan_pdf``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from core.content import RESULT_FIELDS, fill_variables
from core.db import Database
from core.models import PLAN_STATUSES, ContentItem, Group
from core.plan import NewEntry, PlanError, PlanRow, add_entries, entries_between

WEEKDAYS_ZH = "一二三四五六日"
STATUS_ZH = {"idea": "想法", "draft": "草稿", "scheduled": "已排期", "posted": "已发布", "skipped": "已跳过"}
CATEGORY_ZH = {"promotion": "推广", "conversion": "转化", "brand": "品牌"}
CORE_ZH = {"knowledge": "知识", "emotion": "情感", "conversion": "转化"}
EXPORT_FORMATS = ("text", "csv", "ics", "pdf")


def week_rows(session: Session, start: date, group_ids: Sequence[int] | None = None) -> list[PlanRow]:
    return entries_between(session, start, start + timedelta(days=7), group_ids)


def day_heading(day: date) -> str:
    return f"{day.month}月{day.day}日 周{WEEKDAYS_ZH[day.weekday()]}"


def to_text(rows: list[PlanRow], start: date) -> str:
    """The week for pasting into a chat or a note: one block per day, skipped entries left out."""
    end = start + timedelta(days=6)
    lines = [f"内容排期 {start:%Y-%m-%d} – {end:%Y-%m-%d}"]
    for i in range(7):
        day = start + timedelta(days=i)
        today = [r for r in rows if r.when.date() == day and r.status != "skipped"]
        lines.append("")
        lines.append(day_heading(day))
        if not today:
            lines.append("  （无安排）")
        for r in today:
            mark = "✓" if r.status == "posted" else " "
            lines.append(f"{mark} {r.when:%H:%M} 【{r.group}】{r.title}（{STATUS_ZH.get(r.status, r.status)}）")
    return "\n".join(lines) + "\n"


def _safe(text: str | None) -> str:
    """A CSV cell Excel will not run as a formula."""
    text = text or ""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(rows: list[PlanRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["日期", "时间", "群", "标题", "状态", "分类", "内核", "形式", "活动", *RESULT_FIELDS, "发布时间"])
    for r in rows:
        writer.writerow(
            [
                r.when.strftime("%Y-%m-%d"),
                r.when.strftime("%H:%M"),
                _safe(r.group),
                _safe(r.title),
                STATUS_ZH.get(r.status, r.status),
                CATEGORY_ZH.get(r.category or "", ""),
                CORE_ZH.get(r.core or "", ""),
                r.format or "",
                _safe(r.campaign),
                *("" if r.results.get(f) is None else r.results[f] for f in RESULT_FIELDS),
                r.posted_at.strftime("%Y-%m-%d %H:%M") if r.posted_at else "",
            ]
        )
    return out.getvalue()


# --- iCalendar (RFC 5545) ----------------------------------------------------------------------------


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out, current, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with one space
        if size + n > limit:
            out.append(current)
            current, size = "", 0
        current += ch
        size += n
    out.append(current)
    return "\r\n ".join(out)


def uid(entry_id: int) -> str:
    """Stable per entry: exporting again updates the phone's event instead of adding a second one."""
    return f"qunzhu-plan-{entry_id}@qunzhu.app"


ICS_STATUS = {
    "posted": "CONFIRMED",
    "scheduled": "CONFIRMED",
    "draft": "TENTATIVE",
    "idea": "TENTATIVE",
    "skipped": "CANCELLED",
}


def to_ics(rows: list[PlanRow], now: datetime | None = None, minutes: int = 15) -> str:
    """An iCalendar file of the entries. Times are floating local times (DTSTART without a zone): the plan is in the
    owner's wall-clock time, and every calendar app shows a floating time as it is written."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Qunzhu//Content plan//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:群主 内容排期",
    ]
    for r in rows:
        body = fill_variables(r.body, r.group, r.when) if r.body else ""
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid(r.id)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{r.when:%Y%m%dT%H%M%S}",
            f"DTEND:{r.when + timedelta(minutes=minutes):%Y%m%dT%H%M%S}",
            f"SUMMARY:{_escape(f'【{r.group}】{r.title}')}",
            *([f"DESCRIPTION:{_escape(body)}"] if body else []),
            f"CATEGORIES:{_escape(CATEGORY_ZH.get(r.category or '', '内容'))}",
            f"STATUS:{ICS_STATUS.get(r.status, 'CONFIRMED')}",
            "SEQUENCE:0",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def export_week(db: Database, start: date, fmt: str, out: Path, group_ids: Sequence[int] | None = None) -> int:
    """Write the week to ``out`` in ``fmt``; returns the number of entries. The file is replaced whole."""
    if fmt not in EXPORT_FORMATS:
        raise PlanError(f"Unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}.")
    with db.session() as s:
        rows = week_rows(s, start, group_ids)
        if fmt == "pdf":
            from core import plan_guide

            notes = plan_guide.day_notes(start, start + timedelta(days=7))
            bal = plan_guide.balance(s, rows, start)
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    if fmt == "pdf":
        from core import plan_pdf

        plan_pdf.write_week_pdf(tmp, rows, start, notes, bal)
    elif fmt == "ics":
        tmp.write_bytes(to_ics(rows).encode("utf-8"))
    elif fmt == "csv":
        tmp.write_text(to_csv(rows), encoding="utf-8-sig", newline="")
    else:
        tmp.write_text(to_text(rows, start), encoding="utf-8")
    tmp.replace(out)
    return len(rows)


# --- entries from JSON -------------------------------------------------------------------------------


def _parse_when(value: object, where: str) -> datetime:
    if not isinstance(value, str):
        raise PlanError(f"{where}: 'at' must be a text like \"2026-11-23 20:00\".")
    try:
        return datetime.fromisoformat(value.strip().replace("T", " "))
    except ValueError:
        raise PlanError(f"{where}: 'at' is not a date and time like \"2026-11-23 20:00\": {value!r}.") from None


def entries_from_json(session: Session, data: object) -> list[NewEntry]:
    """Validate the JSON of ``plan add`` (see the README for the schema); every error names its entry."""
    items = data.get("entries") if isinstance(data, dict) else data
    if not isinstance(items, list) or not items:
        raise PlanError('Expected a list of entries, or an object with a non-empty "entries" list.')
    groups = {name: gid for gid, name in session.execute(select(Group.id, Group.name))}
    ids = set(groups.values())
    ci = ContentItem.__table__
    titles = dict(session.execute(select(ci.c.title, ci.c.id).where(ci.c.deleted_at.is_(None))).all())
    item_ids = set(titles.values())
    out = []
    for n, e in enumerate(items, start=1):
        where = f"entry {n}"
        if not isinstance(e, dict):
            raise PlanError(f"{where}: expected an object with group, at and title.")
        unknown = set(e) - {"group", "at", "title", "item", "status", "campaign"}
        if unknown:
            raise PlanError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}.")
        group = e.get("group")
        gid = (
            group if isinstance(group, int) and group in ids else groups.get(group) if isinstance(group, str) else None
        )
        if gid is None:
            raise PlanError(f"{where}: there is no group {group!r}.")
        item = e.get("item")
        if isinstance(item, str):
            item = titles.get(item)
            if item is None:
                raise PlanError(f"{where}: there is no library item titled {e['item']!r}.")
        elif item is not None and (not isinstance(item, int) or item not in item_ids):
            raise PlanError(f"{where}: there is no library item {item!r}.")
        title = e.get("title", "")
        if not isinstance(title, str) or (not title.strip() and item is None):
            raise PlanError(f"{where}: give a title or a library item.")
        status = e.get("status", "scheduled")
        if status not in PLAN_STATUSES:
            raise PlanError(f"{where}: status must be one of {', '.join(PLAN_STATUSES)}, not {status!r}.")
        campaign = e.get("campaign")
        if campaign is not None and not isinstance(campaign, str):
            raise PlanError(f"{where}: campaign must be text.")
        out.append(NewEntry(gid, _parse_when(e.get("at"), where), title, item, status, campaign))
    return out


def add_from_json(db: Database, path: Path) -> list[int]:
    """Add the entries of a JSON file, all or none."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise PlanError(f"The file {path} does not exist.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise PlanError(f"{path} is not valid UTF-8 JSON: {e}") from None
    with db.session() as s:
        entries = entries_from_json(s, data)
    return add_entries(db, entries)
