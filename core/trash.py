"""The trash (soft delete) for members, content items and calendar entries, bulk edits, and undo.

Deleting moves rows to the trash (``deleted_at`` set); every list and figure leaves them out. The trash is
emptied by the user or, for rows deleted more than ``TRASH_DAYS`` ago, automatically; only then are rows
really deleted (with what hangs on them: a member's events, tags and group stays), after a backup.

Every bulk change (a move to the trash, a bulk edit) is one transaction and is logged in ``bulk_action`` with
what it changed, so the last one can be undone. Moves of ``BACKUP_FROM_ROWS`` rows or more are backed up first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, Table, bindparam, func, select, update
from sqlmodel import Session

from core import activity, backup
from core.db import Database
from core.errors import UserError
from core.models import BulkAction, ContentItem, Member, PlanEntry

TRASH_DAYS = 30
BACKUP_FROM_ROWS = 20  # a move to the trash this big is backed up first (smaller ones: the trash is enough)
KEEP_ACTIONS = 50  # undo log length
CHUNK = 500  # ids per IN (...) list: far below SQLite's variable limit

KINDS: dict[str, Table] = {
    "member": Member.__table__,
    "content_item": ContentItem.__table__,
    "plan_entry": PlanEntry.__table__,
}
# What the trash view shows as a row's name.
_TITLE = {"member": "display_name", "content_item": "title", "plan_entry": "title"}
# Columns a bulk edit may change, per table.
EDITABLE = {
    "member": ("tier", "do_not_contact", "source_channel", "role", "notes"),
    "plan_entry": ("status",),
    "content_item": ("category", "core", "format"),
}


class TrashError(UserError):
    """A trash or undo request that cannot be done; ``str()`` is a user-facing message."""


@dataclass(frozen=True)
class TrashRow:
    id: int
    name: str
    deleted_at: datetime

    def days_left(self, now: datetime) -> int:
        return max(0, TRASH_DAYS - (now - self.deleted_at).days)


@dataclass(frozen=True)
class Action:
    id: int
    kind: str
    target: str
    summary: str
    created_at: datetime
    rows: int


def _table(kind: str) -> Table:
    try:
        return KINDS[kind]
    except KeyError:
        raise TrashError(f"unknown kind {kind!r}") from None


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), CHUNK):
        yield list(ids[i : i + CHUNK])


def _log(conn: Connection, kind: str, target: str, summary: str, payload: dict, now: datetime) -> None:
    table = BulkAction.__table__
    conn.execute(
        table.insert().values(
            kind=kind, target=target, summary=summary, created_at=now, payload=json.dumps(payload, ensure_ascii=False)
        )
    )
    keep = select(table.c.id).order_by(table.c.id.desc()).limit(KEEP_ACTIONS).scalar_subquery()
    conn.execute(table.delete().where(table.c.id.not_in(keep)))


# --- moving to and from the trash -------------------------------------------------------------------


def move_to_trash(db: Database, kind: str, ids: Sequence[int], now: datetime | None = None) -> int:
    """Move rows to the trash in one transaction (backed up first when many); returns how many moved."""
    table = _table(kind)
    ids = sorted(set(int(i) for i in ids))
    if not ids:
        return 0
    now = now or datetime.now()
    if len(ids) >= BACKUP_FROM_ROWS:
        backup.make_backup(db.path, "pre-bulk-delete")
    moved: list[int] = []
    with db.transaction() as conn:
        for chunk in _chunks(ids):
            live = conn.execute(select(table.c.id).where(table.c.id.in_(chunk), table.c.deleted_at.is_(None)))
            moved.extend(r[0] for r in live)
        for chunk in _chunks(moved):
            conn.execute(update(table).where(table.c.id.in_(chunk)).values(deleted_at=now))
        if moved:
            _log(conn, "trash", kind, f"{len(moved)} {kind} to the trash", {"ids": moved, "at": now.isoformat()}, now)
    return len(moved)


def restore_from_trash(db: Database, kind: str, ids: Sequence[int]) -> int:
    """Take rows out of the trash; returns how many came back."""
    table = _table(kind)
    n = 0
    with db.transaction() as conn:
        for chunk in _chunks(sorted(set(ids))):
            n += conn.execute(
                update(table).where(table.c.id.in_(chunk), table.c.deleted_at.is_not(None)).values(deleted_at=None)
            ).rowcount
    return n


def trash_rows(session: Session, kind: str, limit: int = 10000) -> list[TrashRow]:
    """What is in the trash for ``kind``, most recently deleted first."""
    table = _table(kind)
    title = table.c[_TITLE[kind]]
    stmt = (
        select(table.c.id, title, table.c.deleted_at)
        .where(table.c.deleted_at.is_not(None), *_not_merged(table))
        .order_by(table.c.deleted_at.desc(), table.c.id)
        .limit(limit)
    )
    return [TrashRow(r[0], r[1] or "", r[2]) for r in session.execute(stmt)]


def _not_merged(table: Table) -> list:
    """Members merged into another are not in the trash: they come back only by undoing the merge."""
    return [table.c.merged_into_id.is_(None)] if "merged_into_id" in table.c else []


def trash_counts(session: Session) -> dict[str, int]:
    return {
        kind: int(
            session.execute(select(func.count()).where(t.c.deleted_at.is_not(None), *_not_merged(t))).scalar_one()
        )
        for kind, t in KINDS.items()
    }


def empty_trash(
    db: Database, kind: str | None = None, ids: Sequence[int] | None = None, older_than: datetime | None = None
) -> int:
    """Delete for good what is in the trash (one kind, some ids, or rows deleted before ``older_than``).

    A backup is taken first, and the delete is one transaction. A member's events, tags, aliases and group
    stays go with them (foreign keys cascade); calendar entries of a deleted content item keep their title.
    """
    kinds = [kind] if kind else list(KINDS)
    with db.session() as s:
        pending = sum(_count_trash(s, k, ids, older_than) for k in kinds)
    if not pending:
        return 0
    with backup.guarded(db, "empty-trash" if older_than is None else "purge-trash") as conn:
        n = 0
        for k in kinds:
            table = _table(k)
            cond = [table.c.deleted_at.is_not(None)]
            if older_than is not None:
                cond.append(table.c.deleted_at < older_than)
            if k == "member":  # their messages go with them (cascade): take them out of the message summaries
                activity.catch_up(conn)
                if ids is not None:
                    going = [
                        r[0]
                        for chunk in _chunks(sorted(set(ids)))
                        for r in conn.execute(select(table.c.id).where(table.c.id.in_(chunk), *cond))
                    ]
                else:
                    going = [r[0] for r in conn.execute(select(table.c.id).where(*cond))]
                activity.fold_members(conn, going, sign=-1)
            if ids is not None:
                for chunk in _chunks(sorted(set(ids))):
                    n += conn.execute(table.delete().where(table.c.id.in_(chunk), *cond)).rowcount
            else:
                n += conn.execute(table.delete().where(*cond)).rowcount
            if k == "member":
                activity.mark_current(conn)
    return n


def _count_trash(session: Session, kind: str, ids: Sequence[int] | None, older_than: datetime | None) -> int:
    table = _table(kind)
    stmt = select(func.count()).where(table.c.deleted_at.is_not(None))
    if older_than is not None:
        stmt = stmt.where(table.c.deleted_at < older_than)
    if ids is not None:
        return sum(
            int(session.execute(stmt.where(table.c.id.in_(chunk))).scalar_one()) for chunk in _chunks(sorted(set(ids)))
        )
    return int(session.execute(stmt).scalar_one())


def purge_expired(db: Database, now: datetime | None = None, days: int = TRASH_DAYS) -> int:
    """Empty what has been in the trash longer than ``days`` (run at start-up); cheap when nothing is due."""
    return empty_trash(db, older_than=(now or datetime.now()) - timedelta(days=days))


# --- bulk edits -------------------------------------------------------------------------------------


def bulk_edit(db: Database, kind: str, ids: Sequence[int], changes: dict[str, object]) -> int:
    """Set the same values on many rows in one transaction, keeping the old values so it can be undone."""
    table = _table(kind)
    allowed = EDITABLE.get(kind, ())
    bad = [c for c in changes if c not in allowed]
    if bad or not changes:
        raise TrashError(f"These fields cannot be changed in bulk: {', '.join(bad) or '(none given)'}")
    columns = list(changes)
    ids = sorted(set(int(i) for i in ids))
    now = datetime.now()
    with db.transaction() as conn:
        old: list[list] = []
        for chunk in _chunks(ids):
            stmt = select(table.c.id, *[table.c[c] for c in columns]).where(
                table.c.id.in_(chunk), table.c.deleted_at.is_(None)
            )
            old.extend(list(r) for r in conn.execute(stmt))
        for chunk in _chunks([r[0] for r in old]):
            conn.execute(update(table).where(table.c.id.in_(chunk)).values(**changes))
        if old:
            payload = {"columns": columns, "rows": old}
            _log(conn, "edit", kind, f"{len(old)} {kind} edited: {', '.join(columns)}", payload, now)
    return len(old)


# --- undo -------------------------------------------------------------------------------------------


def last_action(session: Session) -> Action | None:
    """The most recent bulk change that has not been undone."""
    table = BulkAction.__table__
    row = session.execute(
        select(table.c.id, table.c.kind, table.c.target, table.c.summary, table.c.created_at, table.c.payload)
        .where(table.c.undone_at.is_(None))
        .order_by(table.c.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    payload = json.loads(row[5])
    rows = len(payload.get("ids", payload.get("rows", [])))
    return Action(row[0], row[1], row[2], row[3], row[4], rows)


def undo_last(db: Database) -> Action | None:
    """Undo the most recent bulk change (one transaction); returns it, or None when there is nothing to undo."""
    table = BulkAction.__table__
    with db.session() as s:
        action = last_action(s)
    if action is None:
        return None
    with db.transaction() as conn:
        payload = json.loads(conn.execute(select(table.c.payload).where(table.c.id == action.id)).scalar_one())
        target = _table(action.target)
        if action.kind == "trash":
            at = datetime.fromisoformat(payload["at"])
            for chunk in _chunks(payload["ids"]):
                conn.execute(
                    update(target).where(target.c.id.in_(chunk), target.c.deleted_at == at).values(deleted_at=None)
                )
        elif action.kind != "edit":  # member tags, groups and merges: see core.member_actions
            from core import member_actions

            member_actions.undo(conn, action.kind, payload)
        elif action.kind == "edit":
            columns = payload["columns"]
            stmt = (
                update(target)
                .where(target.c.id == bindparam("_id"))
                .values(**{c: bindparam(f"_v_{c}") for c in columns})
            )
            params = [
                {"_id": r[0], **{f"_v_{c}": v for c, v in zip(columns, r[1:], strict=True)}} for r in payload["rows"]
            ]
            if params:
                conn.execute(stmt, params)
        conn.execute(update(table).where(table.c.id == action.id).values(undone_at=datetime.now()))
    return action
