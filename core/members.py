"""Member queries for the member table: ordered ids for a search, and rows fetched a page at a time.

The table model holds only the ordered ids (as Anki's browser does) and asks for rows as they scroll into
view, so 100,000 members open instantly. Filtering and sorting happen in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlmodel import Session

from core import db as dbmod
from core.models import Group, Member, MemberActivity, MemberAlias, Membership

# Sort keys the table offers, mapped to SQL expressions (NULLs sort last in both directions).
SORT_COLUMNS = {
    "name": Member.display_name,
    "tier": Member.tier,
    "last_active": MemberActivity.last_message_at,
    "messages": MemberActivity.messages,
    "joined": Member.joined_at,
    "source": Member.source_channel,
    "id": Member.id,
}


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    wechat_id: str | None
    phone: str | None
    tier: str | None
    source: str | None
    joined_at: datetime | None
    left_at: datetime | None
    last_active: datetime | None
    messages: int
    groups: tuple[str, ...]
    do_not_contact: bool

    def days_silent(self, today: date) -> int | None:
        if self.last_active is None:
            return None
        return max(0, (today - self.last_active.date()).days)


def search_ids(session: Session, text: str = "", sort: str = "id", descending: bool = False) -> list[int]:
    """Ids of the (not deleted) members matching ``text`` in name, alias, WeChat ID, phone or notes, sorted."""
    column = SORT_COLUMNS[sort]
    stmt = select(Member.id).where(Member.deleted_at.is_(None))
    if column.table is MemberActivity.__table__:
        stmt = stmt.outerjoin(MemberActivity, MemberActivity.member_id == Member.id)
    text = text.strip()
    if text:
        pattern = f"%{_escape_like(text)}%"
        alias_match = select(MemberAlias.member_id).where(MemberAlias.alias.like(pattern, escape="\\"))
        stmt = stmt.where(
            or_(
                Member.display_name.like(pattern, escape="\\"),
                Member.wechat_id.like(pattern, escape="\\"),
                Member.phone.like(pattern, escape="\\"),
                Member.notes.like(pattern, escape="\\"),
                Member.id.in_(alias_match),
            )
        )
    order = column.desc() if descending else column.asc()
    if column is Member.id:
        stmt = stmt.order_by(order)  # the table's own order: no sort at all
    else:
        stmt = stmt.order_by(column.is_(None), order, Member.id)
    return dbmod.scalar_list(session.connection(), stmt)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fetch_rows(session: Session, ids: list[int]) -> dict[int, MemberRow]:
    """The display rows for ``ids`` (one page), with each member's current groups."""
    if not ids:
        return {}
    stmt = (
        select(
            Member.id,
            Member.display_name,
            Member.wechat_id,
            Member.phone,
            Member.tier,
            Member.source_channel,
            Member.joined_at,
            Member.left_at,
            MemberActivity.last_message_at,
            func.coalesce(MemberActivity.messages, 0),
            Member.do_not_contact,
        )
        .outerjoin(MemberActivity, MemberActivity.member_id == Member.id)
        .where(Member.id.in_(ids))
    )
    groups: dict[int, list[str]] = {}
    gstmt = (
        select(Membership.member_id, Group.name)
        .join(Group, Group.id == Membership.group_id)
        .where(Membership.member_id.in_(ids), Membership.left_at.is_(None))
        .order_by(Membership.member_id, Group.id)
    )
    for member_id, name in session.execute(gstmt):
        groups.setdefault(member_id, []).append(name)
    rows = {}
    for r in session.execute(stmt):
        rows[r[0]] = MemberRow(
            id=r[0],
            name=r[1],
            wechat_id=r[2],
            phone=r[3],
            tier=r[4],
            source=r[5],
            joined_at=r[6],
            left_at=r[7],
            last_active=r[8],
            messages=int(r[9]),
            groups=tuple(groups.get(r[0], ())),
            do_not_contact=bool(r[10]),
        )
    return rows


def mask_phone(phone: str | None) -> str:
    """138****8000: phone numbers are masked wherever they are shown or exported by default."""
    if not phone:
        return ""
    if len(phone) < 7:
        return phone[:1] + "*" * (len(phone) - 1)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
