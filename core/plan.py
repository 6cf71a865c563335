"""The content calendar: entries (an item planned for one group at one time), moves and copies, status and results,
and recurring SOP series (PDCA: standard actions on a fixed rhythm).

Times are naive local wall-clock time, like every timestamp in Qunzhu: "every Wednesday 20:00" stays at 20:00 across
a daylight-saving change or a year end, because occurrences are computed from dates, never by adding hours.
Every change is one transaction. The Content page's library queries live in ``core.content``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlmodel import Session

from core.content import RESULT_FIELDS, ContentRow, content_items  # noqa: F401  (re-exported for the pages)
from core.db import Database
from core.errors import UserError
from core.models import PLAN_STATUSES, ContentItem, Group, PlanEntry, PlanSeries

SERIES_HORIZON_DAYS = 91  # an open-ended series is kept filled this far ahead
MAX_SERIES_OCCURRENCES = 1000


class PlanError(UserError):
    """A plan change the user asked for cannot be made; ``str()`` says why."""


@dataclass(frozen=True)
class PlanRow:
    id: int
    when: datetime
    group: str
    title: str
    status: str
    posted_at: datetime | None
    group_id: int = 0
    content_item_id: int | None = None
    category: str | None = None
    core: str | None = None
    format: str | None = None
    body: str = ""
    images: tuple[str, ...] = ()
    series_id: int | None = None
    campaign: str | None = None
    results: dict = field(default_factory=dict)

    @property
    def has_results(self) -> bool:
        return any(v is not None for v in self.results.values())


@dataclass
class NewEntry:
    group_id: int
    when: datetime
    title: str = ""
    content_item_id: int | None = None
    status: str = "scheduled"
    campaign: str | None = None


@dataclass
class SeriesData:
    group_id: int
    title: str
    time_of_day: time
    start_on: date
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)
    end_on: date | None = None
    count: int | None = None
    content_item_id: int | None = None
    status: str = "scheduled"


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def iso_week_start(text: str) -> date:
    """The Monday of an ISO week written ``2026-W48``."""
    try:
        year, week = text.strip().upper().split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        raise PlanError(f"Not a week in the form 2026-W48: {text!r}") from None


# --- reading -----------------------------------------------------------------------------------------


def entries_between(session: Session, start: date, end: date, group_ids: Sequence[int] | None = None) -> list[PlanRow]:
    """Calendar entries from ``start`` (inclusive) to ``end`` (exclusive), in time order."""
    pe, ci = PlanEntry.__table__, ContentItem.__table__
    results = [pe.c[f] for f in RESULT_FIELDS]
    stmt = (
        select(
            pe.c.id,
            pe.c.scheduled_at,
            Group.name,
            pe.c.title,
            pe.c.status,
            pe.c.posted_at,
            pe.c.group_id,
            pe.c.content_item_id,
            ci.c.category,
            ci.c.core,
            ci.c.format,
            ci.c.body,
            ci.c.images,
            pe.c.series_id,
            pe.c.campaign,
            *results,
        )
        .join(Group, Group.id == pe.c.group_id)
        .outerjoin(ci, ci.c.id == pe.c.content_item_id)
        .where(
            pe.c.deleted_at.is_(None),
            pe.c.scheduled_at >= datetime.combine(start, time()),
            pe.c.scheduled_at < datetime.combine(end, time()),
        )
        .order_by(pe.c.scheduled_at, Group.id, pe.c.id)
    )
    if group_ids:
        stmt = stmt.where(pe.c.group_id.in_(list(group_ids)))
    rows = []
    for r in session.execute(stmt):
        images = tuple(json.loads(r[12] or "[]"))
        rows.append(PlanRow(*r[:11], r[11] or "", images, r[13], r[14], dict(zip(RESULT_FIELDS, r[15:], strict=True))))
    return rows


def groups(session: Session) -> list[tuple[int, str, str, str]]:
    """(id, name, type, stage) of every group, for lanes and pickers."""
    return [tuple(r) for r in session.execute(select(Group.id, Group.name, Group.type, Group.stage).order_by(Group.id))]


# --- adding, moving, copying -------------------------------------------------------------------------


def _check_status(status: str) -> None:
    if status not in PLAN_STATUSES:
        raise PlanError(f"Unknown status {status!r}; use one of {', '.join(PLAN_STATUSES)}.")


def _insert_entries(conn: Connection, entries: Sequence[NewEntry]) -> list[int]:
    items = {e.content_item_id for e in entries if e.content_item_id and not e.title}
    titles = {}
    if items:
        ci = ContentItem.__table__
        titles = dict(conn.execute(select(ci.c.id, ci.c.title).where(ci.c.id.in_(items))).all())
    known = set(conn.execute(select(Group.id)).scalars())
    ids = []
    for e in entries:
        _check_status(e.status)
        if e.group_id not in known:
            raise PlanError(f"There is no group with id {e.group_id}.")
        title = e.title.strip() or titles.get(e.content_item_id, "")
        if not title:
            raise PlanError("An entry needs a title or a content item.")
        row = {
            "group_id": e.group_id,
            "content_item_id": e.content_item_id,
            "title": title,
            "scheduled_at": e.when.replace(second=0, microsecond=0),
            "status": e.status,
            "posted_at": None,
            "campaign": e.campaign,
            "detached": False,
        }
        ids.append(int(conn.execute(insert(PlanEntry.__table__).values(**row)).inserted_primary_key[0]))
    return ids


def add_entries(db: Database, entries: Sequence[NewEntry]) -> list[int]:
    """Add entries in one transaction (all or none); returns their ids."""
    with db.transaction() as conn:
        return _insert_entries(conn, entries)


def add_items(db: Database, item_ids: Sequence[int], group_ids: Sequence[int], when: datetime) -> list[int]:
    """Library items dropped on a slot: one entry per item and group, a minute apart when several."""
    entries = [
        NewEntry(group_id=g, when=when + timedelta(minutes=i), content_item_id=item)
        for g in group_ids
        for i, item in enumerate(item_ids)
    ]
    return add_entries(db, entries)


def move_entries(
    db: Database,
    ids: Sequence[int],
    days: int = 0,
    at: time | None = None,
    group_id: int | None = None,
    minutes: int = 0,
) -> int:
    """Move entries by whole days (keeping their wall-clock time, or setting ``at``) and/or to another group.

    A moved occurrence of a series is detached from it: editing the series later leaves it where the user put it.
    """
    pe = PlanEntry.__table__
    n = 0
    with db.transaction() as conn:
        rows = conn.execute(select(pe.c.id, pe.c.scheduled_at).where(pe.c.id.in_(list(ids)))).all()
        for entry_id, when in rows:
            new = datetime.combine(when.date() + timedelta(days=days), at or when.time()) + timedelta(minutes=minutes)
            values = {"scheduled_at": new, "detached": True}
            if group_id is not None:
                values["group_id"] = group_id
            n += conn.execute(update(pe).where(pe.c.id == entry_id).values(**values)).rowcount
    return n


def copy_entries(db: Database, ids: Sequence[int], days: int = 0, group_id: int | None = None) -> list[int]:
    """Copies of entries ``days`` later (and/or in another group), as plans: results and posting are not copied."""
    pe = PlanEntry.__table__
    with db.transaction() as conn:
        rows = conn.execute(
            select(pe.c.group_id, pe.c.scheduled_at, pe.c.title, pe.c.content_item_id, pe.c.status, pe.c.campaign)
            .where(pe.c.id.in_(list(ids)), pe.c.deleted_at.is_(None))
            .order_by(pe.c.scheduled_at)
        ).all()
        return _insert_entries(conn, [_copy(r, days, group_id) for r in rows])


def _copy(row, days: int, group_id: int | None) -> NewEntry:
    gid, when, title, item, status, campaign = row
    status = "scheduled" if status in ("posted", "skipped") else status
    new = datetime.combine(when.date() + timedelta(days=days), when.time())
    return NewEntry(group_id or gid, new, title, item, status, campaign)


def copy_days(db: Database, start: date, days: int, target: date, group_ids: Sequence[int] | None = None) -> list[int]:
    """Copy a day (``days=1``) or a week (``days=7``) of entries to start on ``target``."""
    if days <= 0:
        raise PlanError("Nothing to copy: choose at least one day.")
    with db.session() as s:
        ids = [r.id for r in entries_between(s, start, start + timedelta(days=days), group_ids)]
    if not ids:
        return []
    return copy_entries(db, ids, (target - start).days)


def set_status(db: Database, ids: Sequence[int], status: str, now: datetime | None = None) -> int:
    """Mark entries; "posted" records the time (unless already posted), any other status clears it."""
    _check_status(status)
    pe = PlanEntry.__table__
    now = (now or datetime.now()).replace(microsecond=0)
    with db.transaction() as conn:
        if status == "posted":
            stmt = (
                update(pe)
                .where(pe.c.id.in_(list(ids)))
                .values(status="posted", posted_at=func.coalesce(pe.c.posted_at, now))
            )
        else:
            stmt = update(pe).where(pe.c.id.in_(list(ids))).values(status=status, posted_at=None)
        return conn.execute(stmt).rowcount


def set_results(db: Database, entry_id: int, campaign: str | None = None, **results: int | None) -> None:
    """Enter the results of a posted entry by hand; every figure is optional, none may be negative."""
    unknown = set(results) - set(RESULT_FIELDS)
    if unknown:
        raise PlanError(f"Unknown result field(s): {', '.join(sorted(unknown))}.")
    values: dict = {}
    for name, value in results.items():
        if value is not None and (not isinstance(value, int) or value < 0):
            raise PlanError(f"{name} must be a whole number of 0 or more, not {value!r}.")
        values[name] = value
    if campaign is not None:
        values["campaign"] = campaign.strip() or None
    pe = PlanEntry.__table__
    with db.transaction() as conn:
        if not conn.execute(update(pe).where(pe.c.id == entry_id).values(**values)).rowcount:
            raise PlanError("This entry no longer exists.")


def update_entry(
    db: Database,
    entry_id: int,
    title: str,
    when: datetime,
    group_id: int,
    status: str,
    campaign: str | None = None,
    content_item_id: int | None = None,
) -> None:
    """Edit one entry (an occurrence of a series is detached from it)."""
    _check_status(status)
    if not title.strip():
        raise PlanError("An entry needs a title.")
    pe = PlanEntry.__table__
    with db.transaction() as conn:
        old = conn.execute(select(pe.c.status, pe.c.posted_at).where(pe.c.id == entry_id)).first()
        if old is None:
            raise PlanError("This entry no longer exists.")
        posted_at = old.posted_at if status == "posted" else None
        if status == "posted" and posted_at is None:
            posted_at = datetime.now().replace(microsecond=0)
        conn.execute(
            update(pe)
            .where(pe.c.id == entry_id)
            .values(
                title=title.strip(),
                scheduled_at=when.replace(second=0, microsecond=0),
                group_id=group_id,
                status=status,
                posted_at=posted_at,
                campaign=(campaign or "").strip() or None,
                content_item_id=content_item_id,
                detached=True,
            )
        )


def same_slot_conflicts(session: Session, group_id: int, when: datetime, exclude: int | None = None) -> list[str]:
    """Titles of other entries of the group at the same minute (allowed, but the planner is warned)."""
    pe = PlanEntry.__table__
    stmt = select(pe.c.title).where(
        pe.c.group_id == group_id,
        pe.c.scheduled_at == when.replace(second=0, microsecond=0),
        pe.c.deleted_at.is_(None),
    )
    if exclude is not None:
        stmt = stmt.where(pe.c.id != exclude)
    return list(session.execute(stmt).scalars())


# --- recurring series --------------------------------------------------------------------------------


def occurrences(data: SeriesData, until: date | None = None, after: date | None = None) -> list[datetime]:
    """The dates of a series (from ``after``, up to ``until``), each at its wall-clock time."""
    weekdays = set(data.weekdays)
    last = data.end_on or until or (data.start_on + timedelta(days=SERIES_HORIZON_DAYS))
    if until is not None:
        last = min(last, until)
    out: list[datetime] = []
    day, n = data.start_on, 0
    while day <= last and n < (data.count or MAX_SERIES_OCCURRENCES):
        if day.weekday() in weekdays:
            n += 1
            if after is None or day >= after:
                out.append(datetime.combine(day, data.time_of_day))
        day += timedelta(days=1)
    return out


def _check_series(data: SeriesData) -> None:
    _check_status(data.status)
    if not data.title.strip() and data.content_item_id is None:
        raise PlanError("A recurring slot needs a title or a content item.")
    if not data.weekdays or any(not 0 <= d <= 6 for d in data.weekdays):
        raise PlanError("Choose at least one day of the week.")
    if data.end_on is not None and data.end_on < data.start_on:
        raise PlanError(
            f"The series ends ({data.end_on:%Y-%m-%d}) before it starts ({data.start_on:%Y-%m-%d}). "
            "Choose an end date on or after the start."
        )
    if data.count is not None and not 1 <= data.count <= MAX_SERIES_OCCURRENCES:
        raise PlanError(f"The number of times must be between 1 and {MAX_SERIES_OCCURRENCES}.")


def _series_values(data: SeriesData) -> dict:
    return {
        "group_id": data.group_id,
        "content_item_id": data.content_item_id,
        "title": data.title.strip(),
        "weekdays": ",".join(str(d) for d in sorted(set(data.weekdays))),
        "time_of_day": data.time_of_day.strftime("%H:%M"),
        "start_on": data.start_on,
        "end_on": data.end_on,
        "count": data.count,
        "status": data.status,
    }


def _fill(conn: Connection, series_id: int, data: SeriesData, dates: Iterable[datetime]) -> int:
    entries = [NewEntry(data.group_id, when, data.title, data.content_item_id, data.status) for when in dates]
    ids = _insert_entries(conn, entries)
    if ids:
        pe = PlanEntry.__table__
        conn.execute(update(pe).where(pe.c.id.in_(ids)).values(series_id=series_id))
    return len(ids)


def create_series(db: Database, data: SeriesData, today: date | None = None) -> tuple[int, int]:
    """Save a series and fill the calendar with its occurrences; returns (series id, entries made)."""
    _check_series(data)
    today = today or date.today()
    until = None if data.end_on or data.count else max(today, data.start_on) + timedelta(days=SERIES_HORIZON_DAYS)
    with db.transaction() as conn:
        sid = int(conn.execute(insert(PlanSeries.__table__).values(**_series_values(data))).inserted_primary_key[0])
        n = _fill(conn, sid, data, occurrences(data, until))
    return sid, n


def load_series(session: Session, series_id: int) -> SeriesData:
    s = session.get(PlanSeries, series_id)
    if s is None or s.deleted_at is not None:
        raise PlanError("This recurring slot no longer exists.")
    return SeriesData(
        group_id=s.group_id,
        title=s.title,
        time_of_day=time.fromisoformat(s.time_of_day),
        start_on=s.start_on,
        weekdays=tuple(int(d) for d in s.weekdays.split(",") if d),
        end_on=s.end_on,
        count=s.count,
        content_item_id=s.content_item_id,
        status=s.status,
    )


def _open_occurrences(pe, series_id: int, from_day: date):
    """Occurrences a series edit may replace: not posted or skipped, not edited on their own, from ``from_day``."""
    return and_(
        pe.c.series_id == series_id,
        pe.c.detached.is_(False),
        pe.c.status.in_(("idea", "draft", "scheduled")),
        pe.c.scheduled_at >= datetime.combine(from_day, time()),
    )


def update_series(db: Database, series_id: int, data: SeriesData, from_day: date) -> int:
    """Edit the whole series from ``from_day`` on: its open occurrences are replaced; posted ones and occurrences
    edited alone stay. Returns the number of entries the series now has from ``from_day``."""
    _check_series(data)
    pe = PlanEntry.__table__
    until = None if data.end_on or data.count else max(from_day, data.start_on) + timedelta(days=SERIES_HORIZON_DAYS)
    with db.transaction() as conn:
        conn.execute(update(PlanSeries.__table__).where(PlanSeries.id == series_id).values(**_series_values(data)))
        conn.execute(delete(pe).where(_open_occurrences(pe, series_id, from_day)))
        kept = set(
            conn.execute(
                select(func.date(pe.c.scheduled_at)).where(
                    pe.c.series_id == series_id, pe.c.scheduled_at >= datetime.combine(from_day, time())
                )
            ).scalars()
        )
        dates = [d for d in occurrences(data, until, after=from_day) if d.date().isoformat() not in kept]
        return _fill(conn, series_id, data, dates) + len(kept)


def end_series(db: Database, series_id: int, from_day: date) -> int:
    """Stop a series: its open occurrences from ``from_day`` are removed; returns how many."""
    pe = PlanEntry.__table__
    with db.transaction() as conn:
        conn.execute(
            update(PlanSeries.__table__)
            .where(PlanSeries.id == series_id)
            .values(end_on=from_day - timedelta(days=1), count=None)
        )
        return conn.execute(delete(pe).where(_open_occurrences(pe, series_id, from_day))).rowcount


def extend_series(db: Database, today: date) -> int:
    """Keep open-ended series filled ``SERIES_HORIZON_DAYS`` ahead (run when the calendar opens)."""
    ps, pe = PlanSeries.__table__, PlanEntry.__table__
    horizon = today + timedelta(days=SERIES_HORIZON_DAYS)
    made = 0
    with db.transaction() as conn:
        open_ids = conn.execute(
            select(ps.c.id).where(ps.c.deleted_at.is_(None), ps.c.end_on.is_(None), ps.c.count.is_(None))
        ).scalars()
        for sid in list(open_ids):
            last = conn.execute(select(func.max(pe.c.scheduled_at)).where(pe.c.series_id == sid)).scalar()
            with Session(conn) as s:
                data = load_series(s, sid)
            after = (last.date() + timedelta(days=1)) if last else data.start_on
            if after <= horizon:
                made += _fill(conn, sid, data, occurrences(data, horizon, after=after))
    return made
