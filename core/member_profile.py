"""One member in full, for the member detail dialog: fields, custom fields, aliases, group stays, tags, timeline.

``save`` writes every change of the dialog in one transaction (all or nothing); the member's summary is not
touched (it only depends on events).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session

from core import custom_fields
from core.db import Database
from core.errors import UserError
from core.models import (
    Event,
    Group,
    ImportBatch,
    Member,
    MemberActivity,
    MemberAlias,
    Membership,
)

# Member columns the dialog edits.
EDITABLE = (
    "display_name",
    "wechat_id",
    "phone",
    "other_contact",
    "birthday",
    "source_channel",
    "joined_at",
    "tier",
    "do_not_contact",
    "role",
    "notes",
)


class ProfileError(UserError, ValueError):
    """A change the dialog cannot save; ``str()`` is a message for the user."""


@dataclass
class Stay:
    id: int | None  # None: a new stay the dialog adds
    group_id: int
    group: str
    joined_at: datetime | None
    left_at: datetime | None
    exit_reason: str | None = None


@dataclass
class Profile:
    id: int
    values: dict[str, object]  # EDITABLE columns
    fields: dict[int, str]  # custom field id -> stored text
    aliases: list[tuple[int | None, str, str]]  # (id, platform, alias)
    stays: list[Stay]
    inviter: str | None
    invited: int
    activity: dict[str, object] = field(default_factory=dict)


def load(session: Session, member_id: int) -> Profile:
    m = session.get(Member, member_id)
    if m is None:
        raise ProfileError("This member no longer exists.")
    values = {c: getattr(m, c) for c in EDITABLE}
    aliases = [
        (a.id, a.platform, a.alias)
        for a in session.execute(
            select(MemberAlias).where(MemberAlias.member_id == member_id).order_by(MemberAlias.id)
        ).scalars()
    ]
    stays = [
        Stay(r[0], r[1], r[2], r[3], r[4], r[5])
        for r in session.execute(
            select(
                Membership.id,
                Membership.group_id,
                Group.name,
                Membership.joined_at,
                Membership.left_at,
                Membership.exit_reason,
            )
            .join(Group, Group.id == Membership.group_id)
            .where(Membership.member_id == member_id)
            .order_by(Membership.joined_at.is_(None), Membership.joined_at, Membership.id)
        )
    ]
    inviter = session.get(Member, m.inviter_id).display_name if m.inviter_id else None
    invited = session.execute(select(func.count()).where(Member.inviter_id == member_id)).scalar_one()
    act = session.get(MemberActivity, member_id)
    activity = {}
    if act is not None:
        activity = {
            "messages": act.messages,
            "last_message_at": act.last_message_at,
            "check_ins": act.check_ins,
            "purchases": act.purchases,
            "spend": act.spend,
            "invites": act.invites,
        }
    return Profile(
        member_id,
        values,
        custom_fields.values_for(session, member_id),
        aliases,
        stays,
        inviter,
        int(invited),
        activity,
    )


@dataclass(frozen=True)
class TimelineRow:
    ts: datetime
    kind: str
    group: str | None
    subtype: str | None  # a message's kind, a join's channel, an order's status
    ref: str | None  # an order id, a recall segment …
    amount: float | None
    length: int | None
    body: str | None  # message text, only when the owner opted in to keeping it; a product name


def timeline(session: Session, member_id: int, limit: int = 500) -> list[TimelineRow]:
    """The member's most recent events, newest first."""
    rows = session.execute(
        select(Event.ts, Event.kind, Group.name, Event.subtype, Event.ref, Event.amount, Event.length, Event.body)
        .outerjoin(Group, Group.id == Event.group_id)
        .where(Event.member_id == member_id)
        .order_by(Event.ts.desc(), Event.id.desc())
        .limit(limit)
    ).all()
    return [TimelineRow(*r) for r in rows]


def event_count(session: Session, member_id: int) -> int:
    return int(session.execute(select(func.count()).where(Event.member_id == member_id)).scalar_one())


def imported_from(session: Session, member_id: int) -> str | None:
    """The import that created this member, if any (shown as "imported from …")."""
    row = session.execute(
        select(ImportBatch.source, ImportBatch.created_at)
        .join(Member, Member.batch_id == ImportBatch.id)
        .where(Member.id == member_id)
    ).first()
    return f"{row[0]} ({row[1]:%Y-%m-%d})" if row else None


def save(
    db: Database,
    member_id: int,
    values: dict[str, object],
    fields: dict[int, object],
    aliases: list[tuple[int | None, str, str]],
    stays: list[Stay],
) -> None:
    """Write the dialog's changes in one transaction; raises ProfileError (nothing written) on a bad value."""
    name = str(values.get("display_name") or "").strip()
    if not name:
        raise ProfileError("A member needs a name.")
    bad = [c for c in values if c not in EDITABLE]
    if bad:
        raise ProfileError(f"Unknown field: {', '.join(bad)}")
    for s in stays:
        if s.joined_at and s.left_at and s.left_at < s.joined_at:
            raise ProfileError(f"In {s.group}, the leaving date is before the joining date.")
    with db.session() as session:
        defs = {f.id: f for f in custom_fields.fields(session)}
        normalised: dict[int, str | None] = {}
        for fid, raw in fields.items():
            if fid in defs:
                try:
                    normalised[fid] = custom_fields.normalise(defs[fid], raw)
                except custom_fields.FieldValueError as err:
                    raise ProfileError(f"{defs[fid].name}: {err}") from None
    with db.transaction() as conn:
        row = dict(values)
        row["display_name"] = name
        if isinstance(row.get("birthday"), datetime):
            row["birthday"] = row["birthday"].date()
        conn.execute(update(Member).where(Member.id == member_id).values(**row))
        for fid, value in normalised.items():
            conn.execute(
                delete(custom_fields.MemberFieldValue).where(
                    custom_fields.MemberFieldValue.member_id == member_id,
                    custom_fields.MemberFieldValue.field_id == fid,
                )
            )
            if value is not None:
                conn.execute(
                    insert(custom_fields.MemberFieldValue).values(member_id=member_id, field_id=fid, value=value)
                )
        keep_alias = {a[0] for a in aliases if a[0] is not None}
        existing = {r[0] for r in conn.execute(select(MemberAlias.id).where(MemberAlias.member_id == member_id))}
        gone = existing - keep_alias
        if gone:
            conn.execute(delete(MemberAlias).where(MemberAlias.id.in_(gone)))
        for alias_id, platform, alias in aliases:
            alias = alias.strip()
            if alias_id is None and alias:
                conn.execute(insert(MemberAlias).values(member_id=member_id, platform=platform, alias=alias))
        existing_stays = {r[0] for r in conn.execute(select(Membership.id).where(Membership.member_id == member_id))}
        kept = {s.id for s in stays if s.id is not None}
        removed = existing_stays - kept
        if removed:
            conn.execute(delete(Membership).where(Membership.id.in_(removed)))
        for s in stays:
            data = {"joined_at": s.joined_at, "left_at": s.left_at, "exit_reason": s.exit_reason}
            if s.id is None:
                conn.execute(insert(Membership).values(member_id=member_id, group_id=s.group_id, **data))
            else:
                conn.execute(update(Membership).where(Membership.id == s.id).values(**data))


def as_datetime(day: date | None) -> datetime | None:
    return None if day is None else datetime(day.year, day.month, day.day)
