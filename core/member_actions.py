"""Changes to many members at once (tags, groups) and merging two members, each one transaction that can be undone.

Each change is logged in ``bulk_action`` (see ``core.trash``) with exactly what it changed, so "Undo" puts back
the state before it: added tag rows are removed, removed ones come back with their source and date, group stays
that were opened or closed are reverted, and a merge moves every row back to the member it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Connection, Table, delete, insert, select, update

from core import activity, trash
from core import tags as tags_mod
from core.activity import rebuild_member_activity_for
from core.db import Database
from core.models import Group, Member, MemberAlias, Membership, MemberTag, SQLModel

_chunks = trash._chunks


class MemberActionError(trash.TrashError):
    """A member change that cannot be done; ``str()`` is a user-facing message."""


def _live_ids(conn: Connection, ids: Sequence[int]) -> list[int]:
    out: list[int] = []
    for chunk in _chunks(sorted(set(int(i) for i in ids))):
        out.extend(
            r[0] for r in conn.execute(select(Member.id).where(Member.id.in_(chunk), Member.deleted_at.is_(None)))
        )
    return out


# --- tags -------------------------------------------------------------------------------------------


def _rows_of(conn: Connection, ids: list[int], tag_ids: list[int]) -> list[list]:
    """The member_tag rows of these members and tags, as [member, tag, source, created_at] (for the undo log)."""
    out: list[list] = []
    for chunk in _chunks(ids):
        rows = conn.execute(
            select(MemberTag.member_id, MemberTag.tag_id, MemberTag.source, MemberTag.created_at).where(
                MemberTag.tag_id.in_(tag_ids), MemberTag.member_id.in_(chunk)
            )
        )
        out.extend([r[0], r[1], r[2], r[3].isoformat(sep=" ")] for r in rows)
    return out


def add_tags(db: Database, member_ids: Sequence[int], tag_ids: Sequence[int], source: str = "manual") -> int:
    """Give these tags to these members (``core.tags.add_tags``, set-based), logged so Undo can take them back;
    returns the rows added. Undo restores exactly the rows these members had before (with their sources)."""
    tags_ = sorted(set(int(t) for t in tag_ids))
    with db.transaction() as conn:
        ids = _live_ids(conn, member_ids)
        had = _rows_of(conn, ids, tags_)
        added = tags_mod.add_tags(conn, ids, tags_, source)
        claimed = source == "manual" and any(r[2].startswith("rule:") for r in had)  # rule tags became hand-set
        if added or claimed:
            payload = {"ids": ids, "tags": tags_, "had": had}
            trash._log(conn, "tags-add", "member", f"{added} tags added", payload, datetime.now())
    return added


def remove_tags(db: Database, member_ids: Sequence[int], tag_ids: Sequence[int]) -> int:
    """Take these tags from these members (``core.tags.remove_tags``), logged so Undo puts them back."""
    tags_ = sorted(set(int(t) for t in tag_ids))
    with db.transaction() as conn:
        ids = _live_ids(conn, member_ids)
        removed = _rows_of(conn, ids, tags_)
        if removed:
            tags_mod.remove_tags(conn, ids, tags_)
            members = len({r[0] for r in removed})
            trash._log(
                conn, "tags-remove", "member", f"tags removed from {members} members", {"rows": removed}, datetime.now()
            )
    return len(removed)


# --- groups -----------------------------------------------------------------------------------------


def add_to_group(db: Database, member_ids: Sequence[int], group_id: int, when: datetime | None = None) -> int:
    """Start a stay in ``group_id`` for each member not already in it; returns how many joined."""
    return _regroup(db, member_ids, group_id, when, move=False)


def move_to_group(db: Database, member_ids: Sequence[int], group_id: int, when: datetime | None = None) -> int:
    """Close each member's current stays in other groups and start one in ``group_id``; returns members moved."""
    return _regroup(db, member_ids, group_id, when, move=True)


def _regroup(db: Database, member_ids: Sequence[int], group_id: int, when: datetime | None, move: bool) -> int:
    when = when or datetime.now()
    opened: list[int] = []
    closed: list[int] = []
    with db.transaction() as conn:
        if conn.execute(select(Group.id).where(Group.id == group_id)).first() is None:
            raise MemberActionError("That group no longer exists.")
        ids = _live_ids(conn, member_ids)
        touched: set[int] = set()
        for chunk in _chunks(ids):
            current = conn.execute(
                select(Membership.id, Membership.member_id, Membership.group_id).where(
                    Membership.member_id.in_(chunk), Membership.left_at.is_(None)
                )
            ).all()
            inside = {m for _id, m, g in current if g == group_id}
            if move:
                leaving = [mid for mid, m, g in current if g != group_id]
                for part in _chunks(leaving):
                    conn.execute(
                        update(Membership)
                        .where(Membership.id.in_(part))
                        .values(left_at=when, exit_reason="moved to another group")
                    )
                closed.extend(leaving)
                touched.update(m for _id, m, g in current if g != group_id)
            joining = [m for m in chunk if m not in inside]
            for m in joining:
                new_id = conn.execute(
                    insert(Membership).values(member_id=m, group_id=group_id, joined_at=when)
                ).inserted_primary_key[0]
                opened.append(new_id)
            touched.update(joining)
        if opened or closed:
            payload = {"opened": opened, "closed": closed, "at": when.isoformat(sep=" "), "ids": sorted(touched)}
            trash._log(conn, "groups", "member", f"{len(touched)} members regrouped", payload, datetime.now())
    return len(touched)


# --- merge ------------------------------------------------------------------------------------------

# Member columns a merge fills on the kept member when it has no value of its own.
_FILL = ("wechat_id", "phone", "other_contact", "birthday", "source_channel", "inviter_id", "tier")


def _member_references() -> list[tuple[Table, str, list[str]]]:
    """Every (table, member column, other primary-key columns) pointing at ``member.id``, found from the schema,
    so tables added later (points, moderation, keyword hits …) move with a merge without being listed here."""
    out = []
    for table in SQLModel.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "member" and fk.column.name == "id":
                pk = [c.name for c in table.primary_key.columns]
                others = [c for c in pk if c != fk.parent.name]
                out.append((table, fk.parent.name, others))
    return out


def merge(db: Database, keep_id: int, gone_id: int) -> int:
    """Merge ``gone_id`` into ``keep_id``: its events, aliases, tags, group stays, points and other rows move over,
    its name becomes an alias, empty fields of the kept member are filled from it, and it is hidden. Returns the
    number of rows moved. Undo (``core.trash.undo_last``) moves everything back."""
    if keep_id == gone_id:
        raise MemberActionError("Choose two different members to merge.")
    now = datetime.now()
    moved_ids: dict[str, list[int]] = {}
    moved_keys: dict[str, list[list]] = {}
    with db.transaction() as conn:
        activity.catch_up(conn)  # the member_week recount below must not count events it would fold again
        keep = conn.execute(select(Member).where(Member.id == keep_id, Member.deleted_at.is_(None))).first()
        gone = conn.execute(select(Member).where(Member.id == gone_id, Member.deleted_at.is_(None))).first()
        if keep is None or gone is None:
            raise MemberActionError("One of the two members is in the trash or no longer exists.")
        n = 0
        for table, col, others in _member_references():
            if table.name in ("member_activity", "member_week"):
                continue  # summaries: recounted below
            if table.name == "member":
                rows = [r[0] for r in conn.execute(select(table.c.id).where(table.c[col] == gone_id))]
                rows = [r for r in rows if r != keep_id]
                if rows:
                    conn.execute(update(table).where(table.c.id.in_(rows)).values({col: keep_id}))
                    moved_ids[f"{table.name}.{col}"] = rows
                continue
            if not others:  # a one-row-per-member table other than the summary: keep the kept member's row
                continue
            if others == ["id"]:
                rows = [r[0] for r in conn.execute(select(table.c.id).where(table.c[col] == gone_id))]
                for chunk in _chunks(rows):
                    conn.execute(update(table).where(table.c.id.in_(chunk)).values({col: keep_id}))
                if rows:
                    moved_ids[f"{table.name}.{col}"] = rows
                n += len(rows)
            else:  # e.g. member_tag (member, tag): move the rows the kept member does not have already
                key_cols = [table.c[o] for o in others]
                mine = {tuple(r) for r in conn.execute(select(*key_cols).where(table.c[col] == keep_id))}
                theirs = [tuple(r) for r in conn.execute(select(*key_cols).where(table.c[col] == gone_id))]
                move = [k for k in theirs if k not in mine]
                for k in move:
                    cond = [table.c[col] == gone_id] + [c == v for c, v in zip(key_cols, k, strict=True)]
                    conn.execute(update(table).where(*cond).values({col: keep_id}))
                if move:
                    moved_keys[f"{table.name}.{col}"] = [list(k) for k in move]
                n += len(move)
        old_values = {c: _jsonable(getattr(keep, c)) for c in _FILL}
        fill = {
            c: getattr(gone, c) for c in _FILL if getattr(keep, c) in (None, "") and getattr(gone, c) not in (None, "")
        }
        if fill.get("inviter_id") == keep_id:
            fill.pop("inviter_id")
        changes = dict(fill)
        if gone.joined_at and (keep.joined_at is None or gone.joined_at < keep.joined_at):
            changes["joined_at"] = gone.joined_at
            old_values["joined_at"] = _jsonable(keep.joined_at)
        if gone.notes and gone.notes not in keep.notes:
            changes["notes"] = (keep.notes + "\n" + gone.notes).strip()
            old_values["notes"] = keep.notes
        if changes:
            conn.execute(update(Member).where(Member.id == keep_id).values(**changes))
        alias_id = None
        known = conn.execute(
            select(MemberAlias.id).where(MemberAlias.member_id == keep_id, MemberAlias.alias == gone.display_name)
        ).first()
        if known is None and gone.display_name != keep.display_name:
            alias_id = conn.execute(
                insert(MemberAlias).values(member_id=keep_id, platform="wechat", alias=gone.display_name)
            ).inserted_primary_key[0]
        conn.execute(update(Member).where(Member.id == gone_id).values(deleted_at=now, merged_into_id=keep_id))
        rebuild_member_activity_for(conn, [keep_id, gone_id])
        activity.recount_members(conn, [keep_id, gone_id])  # their messages moved (per-hour counts did not change)
        activity.mark_current(conn)
        payload = {
            "keep": keep_id,
            "gone": gone_id,
            "ids": [keep_id, gone_id],
            "moved_ids": moved_ids,
            "moved_keys": moved_keys,
            "old_values": {c: old_values[c] for c in changes},
            "alias_id": alias_id,
            "at": now.isoformat(sep=" "),
        }
        trash._log(conn, "merge", "member", f"{gone.display_name} merged into {keep.display_name}", payload, now)
    return n


def _jsonable(value):
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _parse(column: str, value):
    if value is None:
        return None
    if column == "joined_at":
        return datetime.fromisoformat(value)
    if column == "birthday":
        return date.fromisoformat(value)
    return value


# --- undo (called by core.trash.undo_last) ----------------------------------------------------------


def undo(conn: Connection, kind: str, payload: dict) -> None:
    if kind == "tags-add":  # back to exactly the rows these members had for these tags
        ids, tags_ = payload["ids"], payload["tags"]
        for chunk in _chunks(ids):
            conn.execute(delete(MemberTag).where(MemberTag.tag_id.in_(tags_), MemberTag.member_id.in_(chunk)))
        _restore_rows(conn, payload["had"])
    elif kind == "tags-remove":
        _restore_rows(conn, payload["rows"])
    elif kind == "groups":
        for chunk in _chunks(payload["opened"]):
            conn.execute(delete(Membership).where(Membership.id.in_(chunk)))
        for chunk in _chunks(payload["closed"]):
            conn.execute(update(Membership).where(Membership.id.in_(chunk)).values(left_at=None, exit_reason=None))
    elif kind == "merge":
        _undo_merge(conn, payload)
    else:
        raise MemberActionError(f"Cannot undo a change of kind {kind}.")


def _restore_rows(conn: Connection, rows: list[list]) -> None:
    for i in range(0, len(rows), 500):
        conn.execute(
            MemberTag.__table__.insert().prefix_with("OR IGNORE"),
            [
                {"member_id": m, "tag_id": t, "source": src, "created_at": datetime.fromisoformat(at)}
                for m, t, src, at in rows[i : i + 500]
            ],
        )


def _undo_merge(conn: Connection, payload: dict) -> None:
    keep, gone = payload["keep"], payload["gone"]
    if conn.execute(select(Member.id).where(Member.id == gone)).first() is None:
        raise MemberActionError("The merged member was emptied from the trash; this merge can no longer be undone.")
    activity.catch_up(conn)
    tables = {t.name: t for t in SQLModel.metadata.sorted_tables}
    for key, ids in payload["moved_ids"].items():
        name, col = key.split(".")
        table = tables[name]
        for chunk in _chunks(ids):
            conn.execute(update(table).where(table.c.id.in_(chunk), table.c[col] == keep).values({col: gone}))
    for key, keys in payload["moved_keys"].items():
        name, col = key.split(".")
        table = tables[name]
        others = [c.name for c in table.primary_key.columns if c.name != col]
        for k in keys:
            cond = [table.c[col] == keep] + [table.c[o] == v for o, v in zip(others, k, strict=True)]
            conn.execute(update(table).where(*cond).values({col: gone}))
    if payload.get("old_values"):
        conn.execute(
            update(Member)
            .where(Member.id == keep)
            .values(**{c: _parse(c, v) for c, v in payload["old_values"].items()})
        )
    if payload.get("alias_id"):
        conn.execute(delete(MemberAlias).where(MemberAlias.id == payload["alias_id"]))
    conn.execute(update(Member).where(Member.id == gone).values(deleted_at=None, merged_into_id=None))
    rebuild_member_activity_for(conn, [keep, gone])
    activity.recount_members(conn, [keep, gone])
    activity.mark_current(conn)
