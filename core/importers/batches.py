"""Import history: every import is a batch that can be listed and undone as a whole.

Rows an import creates carry its ``batch_id`` (events, members, memberships, aliases); changes it makes to
rows that existed before are logged in ``import_change`` with the old value. Undo deletes the former and
puts the old values back (only where nothing changed them since), in one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, delete, exists, func, select, update

from core import activity, tag_rules
from core.activity import rebuild_member_activity
from core.db import Database
from core.importers.base import ImportError_
from core.models import (
    CustomField,
    Event,
    Group,
    ImportBatch,
    ImportChange,
    Member,
    MemberAlias,
    MemberFieldValue,
    MemberKeywordHit,
    Membership,
    MemberTag,
    PlanEntry,
    Tag,
    TagDimension,
)

_TABLES = {"member": Member.__table__, "membership": Membership.__table__, "chat_group": Group.__table__}


@dataclass(frozen=True)
class BatchInfo:
    id: int
    kind: str
    format: str | None
    source: str
    group: str | None
    created_at: datetime
    undone_at: datetime | None
    summary: dict

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "format": self.format,
            "source": self.source,
            "group": self.group,
            "created_at": self.created_at.isoformat(" ", "seconds"),
            "undone_at": self.undone_at.isoformat(" ", "seconds") if self.undone_at else None,
            "summary": self.summary,
        }


@dataclass
class UndoSummary:
    batch_id: int
    events_deleted: int
    members_deleted: int
    values_restored: int

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _encode(value: Any) -> str:
    if isinstance(value, datetime):
        value = value.isoformat(" ", "microseconds")
    elif isinstance(value, date):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def _decode(table: str, column: str, text: str | None) -> Any:
    value = json.loads(text) if text is not None else None
    if value is not None and isinstance(_TABLES[table].c[column].type, DateTime):
        return datetime.fromisoformat(value)
    if value is not None and isinstance(_TABLES[table].c[column].type, Date):
        return date.fromisoformat(value)
    return value


class ChangeLog:
    """Records, then applies, a change to a row the current import did not create."""

    def __init__(self, conn: Connection, batch_id: int) -> None:
        self.conn = conn
        self.batch_id = batch_id

    def set(self, table: str, row_id: int, values: dict[str, Any], current: dict[str, Any], logged: bool) -> None:
        if not values:
            return
        if logged:
            self.conn.execute(
                ImportChange.__table__.insert(),
                [
                    {
                        "batch_id": self.batch_id,
                        "table_name": table,
                        "row_id": row_id,
                        "column_name": col,
                        "old_value": _encode(current.get(col)),
                        "new_value": _encode(new),
                    }
                    for col, new in values.items()
                ],
            )
        t = _TABLES[table]
        self.conn.execute(update(t).where(t.c.id == row_id).values(values))

    def created(self, table: str, row_id: int) -> None:
        self.conn.execute(
            ImportChange.__table__.insert().values(batch_id=self.batch_id, table_name=table, row_id=row_id)
        )


def list_batches(db: Database, limit: int = 200) -> list[BatchInfo]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(
                ImportBatch.id,
                ImportBatch.kind,
                ImportBatch.format,
                ImportBatch.source,
                Group.name,
                ImportBatch.created_at,
                ImportBatch.undone_at,
                ImportBatch.summary,
            )
            .outerjoin(Group, Group.id == ImportBatch.group_id)
            .order_by(ImportBatch.id.desc())
            .limit(limit)
        ).all()
    out = []
    for r in rows:
        try:
            summary = json.loads(r[7]) if r[7] else {}
        except ValueError:
            summary = {}
        out.append(BatchInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6], summary))
    return out


def undo_batch(db: Database, batch_id: int) -> UndoSummary:
    """Take an import back out: its events, the members/memberships/aliases it created, the values it changed."""
    with db.engine.begin() as conn:
        batch = conn.execute(
            select(ImportBatch.kind, ImportBatch.undone_at).where(ImportBatch.id == batch_id)
        ).one_or_none()
        if batch is None:
            raise ImportError_(f"There is no import number {batch_id}.")
        if batch.undone_at is not None:
            raise ImportError_(f"Import {batch_id} was already undone on {batch.undone_at:%Y-%m-%d %H:%M}.")
        if batch.kind == "demo":
            raise ImportError_("The demo community cannot be undone as an import; start with a new database instead.")
        activity.catch_up(conn)
        activity.fold_messages(conn, "e.batch_id = :batch", {"batch": batch_id}, sign=-1)  # before they go
        events = conn.execute(delete(Event).where(Event.batch_id == batch_id)).rowcount
        restored = 0
        created_groups: list[int] = []
        created_other: dict[str, list[int]] = {}  # tags, tag dimensions, custom fields a member import made
        changes = conn.execute(
            select(ImportChange).where(ImportChange.batch_id == batch_id).order_by(ImportChange.id.desc())
        ).all()
        for ch in changes:
            if ch.column_name is None:
                if ch.table_name == "chat_group":
                    created_groups.append(ch.row_id)
                else:
                    created_other.setdefault(ch.table_name, []).append(ch.row_id)
                continue
            if ch.table_name in ("member_tag", "member_field_value"):
                restored += _undo_member_extra(conn, ch)
                continue
            t = _TABLES[ch.table_name]
            current = conn.execute(select(t.c[ch.column_name]).where(t.c.id == ch.row_id)).one_or_none()
            if current is None or _encode(current[0]) != ch.new_value:
                continue  # deleted or changed again since: leave it
            conn.execute(
                update(t)
                .where(t.c.id == ch.row_id)
                .values({ch.column_name: _decode(ch.table_name, ch.column_name, ch.old_value)})
            )
            restored += 1
        conn.execute(delete(Membership).where(Membership.batch_id == batch_id))
        conn.execute(delete(MemberKeywordHit).where(MemberKeywordHit.batch_id == batch_id))
        conn.execute(delete(MemberAlias).where(MemberAlias.batch_id == batch_id))
        # Members this import created go, unless later imports gave them events or memberships.
        still_used = exists().where(Event.member_id == Member.id) | exists().where(Membership.member_id == Member.id)
        members = conn.execute(delete(Member).where(Member.batch_id == batch_id, ~still_used)).rowcount
        conn.execute(update(Member).where(Member.batch_id == batch_id).values(batch_id=None))
        for gid in created_groups:
            used = conn.execute(
                select(
                    exists().where(Event.group_id == gid)
                    | exists().where(Membership.group_id == gid)
                    | exists().where(PlanEntry.group_id == gid)
                )
            ).scalar()
            if not used:
                conn.execute(update(ImportBatch).where(ImportBatch.group_id == gid).values(group_id=None))
                conn.execute(delete(Group).where(Group.id == gid))
        _drop_unused(conn, created_other)
        conn.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(undone_at=datetime.now()))
        rebuild_member_activity(conn)
        activity.mark_current(conn)
        tag_rules.apply_rules(conn)  # members who qualified only through this import lose their rule tags
    return UndoSummary(batch_id, int(events), int(members), restored)


def _undo_member_extra(conn: Connection, ch) -> int:
    """Undo a tag a member import gave an existing member, or a custom-field value it set or changed."""
    if ch.table_name == "member_tag":
        tag_id = int(ch.new_value)
        return conn.execute(
            delete(MemberTag).where(MemberTag.member_id == ch.row_id, MemberTag.tag_id == tag_id)
        ).rowcount
    field_id = int(ch.column_name)
    key = (MemberFieldValue.member_id == ch.row_id, MemberFieldValue.field_id == field_id)
    current = conn.execute(select(MemberFieldValue.value).where(*key)).scalar()
    if current is None or json.dumps(current, ensure_ascii=False) != ch.new_value:
        return 0  # changed again since: leave it
    old = json.loads(ch.old_value) if ch.old_value is not None else None
    if old is None:
        conn.execute(delete(MemberFieldValue).where(*key))
    else:
        conn.execute(update(MemberFieldValue).where(*key).values(value=old))
    return 1


def _drop_unused(conn: Connection, created: dict[str, list[int]]) -> None:
    """Tags, tag dimensions and custom fields an import created go again, if nothing uses them now."""
    for tid in created.get("tag", []):
        if not conn.execute(select(exists().where(MemberTag.tag_id == tid))).scalar():
            conn.execute(delete(Tag).where(Tag.id == tid))
    for did in created.get("tag_dimension", []):
        if not conn.execute(select(exists().where(Tag.dimension_id == did))).scalar():
            conn.execute(delete(TagDimension).where(TagDimension.id == did))
    for fid in created.get("custom_field", []):
        if not conn.execute(select(exists().where(MemberFieldValue.field_id == fid))).scalar():
            conn.execute(delete(CustomField).where(CustomField.id == fid))


def count_events(conn: Connection, batch_id: int) -> int:
    return int(conn.execute(select(func.count()).select_from(Event).where(Event.batch_id == batch_id)).scalar_one())
