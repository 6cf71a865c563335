"""Activity segments from the per-member summaries, with the seed articles' thresholds.

A first, explainable cut used by the Recall page: active (≥ N messages in the last 7 days), shallow churn
(was active, silent 8 to ``shallow_churn_days`` days), deep churn (silent ≥ ``deep_churn_days``), lurker (in a
group, never posted), quiet (silent between the shallow and deep thresholds, or fewer than N messages a week),
left. Every member gets exactly one, with the reason in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlmodel import Session

from core.models import Event, Member, MemberActivity
from core.settings import get_threshold

SEGMENTS = ("active", "shallow_churn", "deep_churn", "quiet", "lurker", "left")


@dataclass(frozen=True)
class SegmentMember:
    member_id: int
    name: str
    segment: str
    days_silent: int | None
    recent_messages: int
    last_active: datetime | None


def classify(session: Session, today: date) -> list[SegmentMember]:
    active_per_week = get_threshold(session, "active_messages_per_week")
    shallow = int(get_threshold(session, "shallow_churn_days"))
    deep = int(get_threshold(session, "deep_churn_days"))
    week_ago = datetime.combine(today - timedelta(days=7), time())
    end = datetime.combine(today, time())
    recent = (
        select(Event.member_id, func.count().label("n"))
        .where(Event.kind == "message", Event.ts >= week_ago, Event.ts < end)
        .group_by(Event.member_id)
        .subquery()
    )
    stmt = (
        select(
            Member.id, Member.display_name, Member.left_at, MemberActivity.last_message_at, func.coalesce(recent.c.n, 0)
        )
        .outerjoin(MemberActivity, MemberActivity.member_id == Member.id)
        .outerjoin(recent, recent.c.member_id == Member.id)
        .where(Member.deleted_at.is_(None), Member.role == "member")
    )
    out = []
    for mid, name, left_at, last, n in session.execute(stmt):
        silent = (today - last.date()).days if last else None
        if left_at is not None:
            seg = "left"
        elif last is None:
            seg = "lurker"
        elif n >= active_per_week:
            seg = "active"
        elif silent is not None and silent >= deep:
            seg = "deep_churn"
        elif silent is not None and 7 < silent <= shallow:
            seg = "shallow_churn"
        else:
            seg = "quiet"
        out.append(SegmentMember(mid, name, seg, silent, int(n), last))
    return out
