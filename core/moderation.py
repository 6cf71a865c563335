"""The moderation log (社区规则: 警告 → 禁言 → 踢出).

A ``violation`` row records what a member did (advert, spam, abuse, off-topic, other) in which group, and what
the owner did about it (none, warning, mute, removal). Each group has a rule ladder (a setting, default
warning → mute → removal, counted over a window of days, default 90): the next step suggested for a member is
the one after the highest step already taken against them in that group within the window. A removal can also
record that the member left the group (``membership.left_at``, exit reason 'removed', a ``removed`` event), as a
chat import would. Functions take a ``Connection`` and never commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, func, insert, select, update
from sqlmodel import Session

from core.errors import UserError
from core.models import MODERATION_ACTIONS, VIOLATION_KINDS, Event, Group, Member, Membership, Violation
from core.settings import get_setting_conn, set_setting_conn

Conn = Connection | Session
LADDER_STEPS = ("warning", "mute", "removal")


class ModerationError(UserError):
    """A violation that cannot be recorded; ``str()`` says why."""


@dataclass
class Ladder:
    steps: list[str] = field(default_factory=lambda: list(LADDER_STEPS))
    window_days: int = 90

    @staticmethod
    def key(group_id: int | None) -> str:
        return "moderation.ladder" if group_id is None else f"group.{group_id}.moderation.ladder"

    @classmethod
    def load(cls, conn: Conn, group_id: int | None = None) -> Ladder:
        """The group's ladder, else the community's, else the default."""
        raw = get_setting_conn(conn, cls.key(None), None)
        if group_id is not None:
            raw = get_setting_conn(conn, cls.key(group_id), raw)
        ladder = cls()
        if isinstance(raw, dict):
            steps = raw.get("steps")
            if isinstance(steps, list) and steps and all(s in LADDER_STEPS for s in steps):
                ladder.steps = list(steps)
            days = raw.get("window_days")
            if isinstance(days, int) and 1 <= days <= 3650:
                ladder.window_days = days
        return ladder

    def save(self, conn: Conn, group_id: int | None = None) -> None:
        if not self.steps or any(s not in LADDER_STEPS for s in self.steps):
            raise ModerationError("A rule ladder needs at least one step, each a warning, a mute or a removal.")
        if not 1 <= self.window_days <= 3650:
            raise ModerationError("The window must be between 1 and 3650 days.")
        set_setting_conn(conn, self.key(group_id), {"steps": self.steps, "window_days": self.window_days})

    @staticmethod
    def clear(conn: Conn, group_id: int) -> None:
        """Drop a group's own ladder: it follows the community's again."""
        from sqlalchemy import delete

        from core.models import Setting

        conn.execute(delete(Setting).where(Setting.key == Ladder.key(group_id)))

    @staticmethod
    def has_own(conn: Conn, group_id: int) -> bool:
        return get_setting_conn(conn, Ladder.key(group_id), None) is not None


@dataclass(frozen=True)
class ViolationRow:
    id: int
    ts: datetime
    group_id: int | None
    group: str | None
    kind: str
    action: str
    note: str


@dataclass(frozen=True)
class Suggestion:
    action: str  # the next step of the ladder
    taken: int  # steps taken in the window
    window_days: int
    last_step: str | None  # the highest step taken in the window


def history(conn: Conn, member_id: int) -> list[ViolationRow]:
    """The member's violations, newest first."""
    rows = conn.execute(
        select(
            Violation.id, Violation.ts, Violation.group_id, Group.name, Violation.kind, Violation.action, Violation.note
        )
        .outerjoin(Group, Group.id == Violation.group_id)
        .where(Violation.member_id == member_id)
        .order_by(Violation.ts.desc(), Violation.id.desc())
    )
    return [ViolationRow(*r) for r in rows]


def suggest(conn: Conn, member_id: int, group_id: int | None, today: date | None = None) -> Suggestion:
    """The next step of the group's ladder for this member, from the steps taken within the window."""
    today = today or date.today()
    ladder = Ladder.load(conn, group_id)
    since = datetime.combine(today - timedelta(days=ladder.window_days - 1), time())
    stmt = select(Violation.action).where(
        Violation.member_id == member_id, Violation.ts >= since, Violation.action.in_(ladder.steps)
    )
    stmt = stmt.where(Violation.group_id.is_(None) if group_id is None else Violation.group_id == group_id)
    taken = list(conn.execute(stmt).scalars())
    if not taken:
        return Suggestion(ladder.steps[0], 0, ladder.window_days, None)
    highest = max(ladder.steps.index(a) for a in taken)
    nxt = ladder.steps[min(highest + 1, len(ladder.steps) - 1)]
    return Suggestion(nxt, len(taken), ladder.window_days, ladder.steps[highest])


def record(
    conn: Conn,
    member_id: int,
    group_id: int | None,
    kind: str,
    action: str,
    note: str = "",
    at: datetime | None = None,
    remove_from_group: bool = False,
) -> int:
    """Record a violation and the action taken; returns its id. ``remove_from_group`` (only with a removal and
    a group) also ends the member's stay in the group, as a removal in an imported chat would."""
    if kind not in VIOLATION_KINDS:
        raise ModerationError(f"Unknown kind of violation {kind!r}; use one of {', '.join(VIOLATION_KINDS)}.")
    if action not in MODERATION_ACTIONS:
        raise ModerationError(f"Unknown action {action!r}; use one of {', '.join(MODERATION_ACTIONS)}.")
    if remove_from_group and (action != "removal" or group_id is None):
        raise ModerationError("Only a removal from a group can record the member leaving it.")
    if conn.execute(select(Member.id).where(Member.id == member_id)).scalar_one_or_none() is None:
        raise ModerationError(f"There is no member with id {member_id}.")
    at = at or datetime.now()
    vid = conn.execute(
        insert(Violation).values(
            member_id=member_id, group_id=group_id, kind=kind, action=action, note=note.strip(), ts=at, created_at=at
        )
    ).inserted_primary_key[0]
    if remove_from_group:
        remove(conn, member_id, group_id, at)
    return int(vid)


def remove(conn: Conn, member_id: int, group_id: int, at: datetime) -> bool:
    """End the member's open stay in the group (exit reason 'removed') and log a ``removed`` event.

    The member's own ``left_at`` is set when they are now in no group. Returns False when they were not in it.
    """
    open_stay = conn.execute(
        select(Membership.id)
        .where(Membership.member_id == member_id, Membership.group_id == group_id, Membership.left_at.is_(None))
        .order_by(Membership.id.desc())
    ).first()
    if open_stay is None:
        return False
    conn.execute(update(Membership).where(Membership.id == open_stay[0]).values(left_at=at, exit_reason="removed"))
    conn.execute(insert(Event).values(member_id=member_id, group_id=group_id, kind="removed", ts=at))
    still_in = conn.execute(
        select(func.count())
        .select_from(Membership)
        .where(Membership.member_id == member_id, Membership.left_at.is_(None))
    ).scalar_one()
    if not still_in:
        conn.execute(update(Member).where(Member.id == member_id).values(left_at=at, exit_reason="removed"))
    return True


def member_groups(conn: Conn, member_id: int) -> list[tuple[int, str, bool]]:
    """The groups the member is or was in: (id, name, still in it)."""
    rows = conn.execute(
        select(Group.id, Group.name, func.max(Membership.left_at.is_(None)))
        .join(Membership, Membership.group_id == Group.id)
        .where(Membership.member_id == member_id)
        .group_by(Group.id, Group.name)
        .order_by(Group.name)
    )
    return [(gid, name, bool(inside)) for gid, name, inside in rows]
