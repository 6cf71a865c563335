"""Counts of what a database holds (the ``stats`` command and the status bar)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlmodel import Session

from core.db import Database
from core.models import ContentItem, Event, Group, Member, PlanEntry, Tag


@dataclass
class Stats:
    members: int
    groups: int
    tags: int
    events: int
    content_items: int
    plan_entries: int
    schema_revision: str | None

    def as_dict(self) -> dict:
        return asdict(self)


def _count(session: Session, stmt) -> int:
    return int(session.exec(stmt).one()[0])  # type: ignore[call-overload]


def collect(db: Database) -> Stats:
    with db.session() as s:
        return Stats(
            members=_count(s, select(func.count()).select_from(Member).where(Member.deleted_at.is_(None))),
            groups=_count(s, select(func.count()).select_from(Group)),
            tags=_count(s, select(func.count()).select_from(Tag)),
            events=_count(s, select(func.count()).select_from(Event)),
            content_items=_count(
                s, select(func.count()).select_from(ContentItem).where(ContentItem.deleted_at.is_(None))
            ),
            plan_entries=_count(s, select(func.count()).select_from(PlanEntry).where(PlanEntry.deleted_at.is_(None))),
            schema_revision=db.schema_revision(),
        )


def is_empty(db: Database) -> bool:
    """True when the database has no members and no groups: the GUI then offers the demo."""
    with db.session() as s:
        members = _count(s, select(func.count()).select_from(Member))
        groups = _count(s, select(func.count()).select_from(Group))
    return members == 0 and groups == 0
