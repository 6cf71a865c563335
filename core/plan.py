"""Content library and calendar queries (the Content, Calendar and Today pages)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlmodel import Session

from core.models import ContentItem, Group, PlanEntry


@dataclass(frozen=True)
class PlanRow:
    id: int
    when: datetime
    group: str
    title: str
    status: str
    posted_at: datetime | None


@dataclass(frozen=True)
class ContentRow:
    id: int
    title: str
    category: str
    core: str
    format: str
    uses: int
    last_used: datetime | None
    body: str


def entries_between(session: Session, start: date, end: date) -> list[PlanRow]:
    """Calendar entries from ``start`` (inclusive) to ``end`` (exclusive), in time order."""
    stmt = (
        select(PlanEntry.id, PlanEntry.scheduled_at, Group.name, PlanEntry.title, PlanEntry.status, PlanEntry.posted_at)
        .join(Group, Group.id == PlanEntry.group_id)
        .where(
            PlanEntry.deleted_at.is_(None),
            PlanEntry.scheduled_at >= datetime.combine(start, time()),
            PlanEntry.scheduled_at < datetime.combine(end, time()),
        )
        .order_by(PlanEntry.scheduled_at, Group.id)
    )
    return [PlanRow(*r) for r in session.execute(stmt)]


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def content_items(session: Session, text: str = "") -> list[ContentRow]:
    uses = (
        select(PlanEntry.content_item_id, func.count().label("n"), func.max(PlanEntry.posted_at).label("last"))
        .where(PlanEntry.status == "posted", PlanEntry.deleted_at.is_(None))
        .group_by(PlanEntry.content_item_id)
        .subquery()
    )
    stmt = (
        select(
            ContentItem.id,
            ContentItem.title,
            ContentItem.category,
            ContentItem.core,
            ContentItem.format,
            func.coalesce(uses.c.n, 0),
            uses.c.last,
            ContentItem.body,
        )
        .outerjoin(uses, uses.c.content_item_id == ContentItem.id)
        .where(ContentItem.deleted_at.is_(None))
        .order_by(ContentItem.id)
    )
    if text.strip():
        pattern = f"%{text.strip()}%"
        stmt = stmt.where(or_(ContentItem.title.like(pattern), ContentItem.body.like(pattern)))
    return [ContentRow(*r) for r in session.execute(stmt)]
