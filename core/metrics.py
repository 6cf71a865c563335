"""Weekly community figures for the dashboard (portable SQL: one range query per week on indexed columns)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlmodel import Session

from core.models import Event, Member, Membership


@dataclass(frozen=True)
class Week:
    start: date
    members: int  # in any group at the end of the week
    present: int  # in a group at any time during the week
    speakers: int
    messages: int
    joins: int
    leaves: int

    @property
    def speaking_rate(self) -> float | None:
        return self.speakers / self.present if self.present else None


def weekly(session: Session, today: date, weeks: int = 12) -> list[Week]:
    """The last ``weeks`` complete weeks (Monday to Sunday) before the week containing ``today``."""
    counted = select(Member.id).where(Member.role == "member", Member.deleted_at.is_(None))  # not in the trash
    trashed = select(Member.id).where(Member.deleted_at.is_not(None))
    kept_member = or_(Event.member_id.is_(None), Event.member_id.not_in(trashed))  # events of trashed members: out
    this_monday = today - timedelta(days=today.weekday())
    out = []
    for i in range(weeks, 0, -1):
        start_day = this_monday - timedelta(days=7 * i)
        start = datetime.combine(start_day, time())
        end = start + timedelta(days=7)
        msgs, speakers = session.execute(
            select(func.count(), func.count(func.distinct(Event.member_id))).where(
                Event.kind == "message", Event.ts >= start, Event.ts < end, Event.member_id.in_(counted)
            )
        ).one()
        joins = session.execute(
            select(func.count()).where(Event.kind == "join", Event.ts >= start, Event.ts < end, kept_member)
        ).scalar_one()
        leaves = session.execute(
            select(func.count()).where(
                Event.kind.in_(("leave", "removed")), Event.ts >= start, Event.ts < end, kept_member
            )
        ).scalar_one()
        present = session.execute(
            select(func.count(func.distinct(Membership.member_id))).where(
                Membership.member_id.in_(counted),
                or_(Membership.joined_at.is_(None), Membership.joined_at < end),
                or_(Membership.left_at.is_(None), Membership.left_at >= start),
            )
        ).scalar_one()
        members = session.execute(
            select(func.count(func.distinct(Membership.member_id))).where(
                Membership.member_id.in_(counted),
                or_(Membership.joined_at.is_(None), Membership.joined_at < end),
                or_(Membership.left_at.is_(None), Membership.left_at >= end),
            )
        ).scalar_one()
        out.append(Week(start_day, members, present, speakers, msgs, joins, leaves))
    return out
