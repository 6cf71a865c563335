"""Weekly community figures for the dashboard (portable SQL over indexed ranges)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlmodel import Session

from core.events import any_group
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


def _bucket(column, bounds: list[datetime]):
    """A portable CASE giving the week number (0…) of ``column`` for consecutive week starts ``bounds``."""
    return case(*[(column < b, i) for i, b in enumerate(bounds[1:])], else_=None)


def weekly(session: Session, today: date, weeks: int = 12) -> list[Week]:
    """The last ``weeks`` complete weeks (Monday to Sunday) before the week containing ``today``.

    Three queries in all (members present per week in one pass over memberships; messages, and joins and
    leaves, each in one indexed range over the whole period, bucketed by week), not three per week.
    """
    counted = select(Member.id).where(Member.role == "member", Member.deleted_at.is_(None))  # not in the trash
    trashed = select(Member.id).where(Member.deleted_at.is_not(None))
    kept_member = or_(Event.member_id.is_(None), Event.member_id.not_in(trashed))  # events of trashed members: out
    this_monday = today - timedelta(days=today.weekday())
    days = [this_monday - timedelta(days=7 * i) for i in range(weeks, -1, -1)]  # weeks + 1 boundaries
    bounds = [datetime.combine(d, time()) for d in days]
    first, last = bounds[0], bounds[-1]

    # Per member: was it in a group during week i, and at its end? (one pass, grouped by member, then summed)
    flags = []
    for i, (start, end) in enumerate(zip(bounds, bounds[1:], strict=False)):
        joined = or_(Membership.joined_at.is_(None), Membership.joined_at < end)
        during = and_(joined, or_(Membership.left_at.is_(None), Membership.left_at >= start))
        at_end = and_(joined, or_(Membership.left_at.is_(None), Membership.left_at >= end))
        flags.append(func.max(case((during, 1), else_=0)).label(f"p{i}"))
        flags.append(func.max(case((at_end, 1), else_=0)).label(f"m{i}"))
    per_member = select(*flags).where(Membership.member_id.in_(counted)).group_by(Membership.member_id).subquery()
    sums = session.execute(select(*[func.coalesce(func.sum(c), 0) for c in per_member.c])).one()
    present, members = sums[0::2], sums[1::2]

    week_of = _bucket(Event.ts, bounds).label("week")
    in_period = and_(any_group(), Event.ts >= first, Event.ts < last)
    msgs = {
        w: (n, speakers)
        for w, n, speakers in session.execute(
            select(week_of, func.count(), func.count(func.distinct(Event.member_id)))
            .where(Event.kind == "message", in_period, Event.member_id.in_(counted))
            .group_by(week_of)
        )
    }
    moves: dict[tuple[int, str], int] = {}
    for w, kind, n in session.execute(
        select(week_of, Event.kind, func.count())
        .where(Event.kind.in_(("join", "leave", "removed")), in_period, kept_member)
        .group_by(week_of, Event.kind)
    ):
        moves[(w, kind)] = n
    out = []
    for i, start_day in enumerate(days[:-1]):
        n, speakers = msgs.get(i, (0, 0))
        leaves = moves.get((i, "leave"), 0) + moves.get((i, "removed"), 0)
        out.append(Week(start_day, members[i], present[i], speakers, n, moves.get((i, "join"), 0), leaves))
    return out
