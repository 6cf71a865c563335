"""Figures for the Today page: per-group members, messages and speaking rate over the last days.

发言率 (speaking rate) = members who posted at least once in the period ÷ members who were in the group at any
time in the period; owner and staff are not counted (PRODUCT.md glossary).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlmodel import Session

from core.events import any_group
from core.models import Event, Group, Member, Membership


@dataclass(frozen=True)
class GroupFigures:
    group_id: int
    name: str
    type: str
    stage: str
    members: int  # in the group at the end of the period
    messages: int
    speakers: int
    present: int  # in the group at any time in the period
    joins: int
    leaves: int

    @property
    def speaking_rate(self) -> float | None:
        return self.speakers / self.present if self.present else None


def group_figures(session: Session, today: date, days: int = 7) -> list[GroupFigures]:
    """Figures per group for the ``days`` days before ``today`` (today excluded: it is not over yet)."""
    start = datetime.combine(today - timedelta(days=days), time())
    end = datetime.combine(today, time())
    counted = select(Member.id).where(Member.role == "member", Member.deleted_at.is_(None))  # not in the trash
    present_q = (
        select(Membership.group_id, func.count(func.distinct(Membership.member_id)))
        .where(
            Membership.member_id.in_(counted),
            or_(Membership.joined_at.is_(None), Membership.joined_at < end),
            or_(Membership.left_at.is_(None), Membership.left_at >= start),
        )
        .group_by(Membership.group_id)
    )
    current_q = (
        select(Membership.group_id, func.count(func.distinct(Membership.member_id)))
        .where(
            Membership.member_id.in_(counted),
            or_(Membership.joined_at.is_(None), Membership.joined_at < end),
            or_(Membership.left_at.is_(None), Membership.left_at >= end),
        )
        .group_by(Membership.group_id)
    )
    in_period = and_(Event.ts >= start, Event.ts < end)
    trashed = select(Member.id).where(Member.deleted_at.is_not(None))
    kept_member = or_(Event.member_id.is_(None), Event.member_id.not_in(trashed))  # events of trashed members: out
    msg_q = (
        select(Event.group_id, func.count(), func.count(func.distinct(Event.member_id)))
        .where(Event.kind == "message", any_group(), in_period, Event.member_id.in_(counted))
        .group_by(Event.group_id)
    )
    move_q = (
        select(Event.group_id, Event.kind, func.count())
        .where(Event.kind.in_(("join", "leave", "removed")), any_group(), in_period, kept_member)
        .group_by(Event.group_id, Event.kind)
    )
    present = dict(session.execute(present_q).all())
    current = dict(session.execute(current_q).all())
    messages = {g: (n, s) for g, n, s in session.execute(msg_q)}
    moves: dict[tuple[int, str], int] = {}
    for g, kind, n in session.execute(move_q):
        key = "join" if kind == "join" else "leave"
        moves[(g, key)] = moves.get((g, key), 0) + n
    out = []
    for g in session.execute(select(Group).where(Group.archived.is_(False)).order_by(Group.id)).scalars():
        n, s = messages.get(g.id, (0, 0))
        out.append(
            GroupFigures(
                group_id=g.id,
                name=g.name,
                type=g.type,
                stage=g.stage,
                members=current.get(g.id, 0),
                messages=n,
                speakers=s,
                present=present.get(g.id, 0),
                joins=moves.get((g.id, "join"), 0),
                leaves=moves.get((g.id, "leave"), 0),
            )
        )
    return out
