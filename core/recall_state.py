"""The default recall list, materialised: every member's segment mask and sort key, kept on disk.

``core.recall.compute`` over all groups, as of one day, with the saved thresholds (the "default scope": the
recall page and the Today view) spends ~1 s in SQLite because every rule is evaluated for every one of 100,000
members (docs/performance.md). The answer for a day changes only for the members whose own data changes, so it
is kept in ``recall_state`` (one row per member in at least one segment: the mask of ``core.recall_sql.BIT`` and
the last message, the list's sort key) with ``recall_state_info`` saying for which day and settings
(``fingerprint``). A list then reads the table: the members per mask (one ``GROUP BY`` of ~80,000 narrow rows)
and the head of the list.

Exactness. The mask of a member over all groups as of a day depends only on: the member's row (scope, join,
birthday, left), the member's events and points entries, which groups exist, the day and the global thresholds.
The day and the statement's parameters are the key (``fingerprint``: the thresholds the rules use and the dates
derived from the day; not the daily cap or the cool-down, read live): another day or other settings recompute everything
(today's statement, written into the table in one ``INSERT … SELECT``). Changed members are found exactly:
- new rows of ``event``, ``points_entry`` and ``member`` have ids above the marks the state stored (SQLite gives
  a new row an id above the largest one; the delete triggers lower a mark when the largest ids are deleted);
- updates and deletes of those tables mark the member in ``recall_dirty`` (triggers, ``core.db.RECALL_TRIGGERS``),
  including the deletes and updates foreign keys cascade; adding or removing a group marks the state stale.
So no writer has to remember the state, and the bulk inserts (chat, order, member imports) pay nothing per row.
Before reading, ``current`` recomputes the changed members (the same statement restricted to them) or, when there
are too many, everything; all in the reader's transaction, so the state and the data it was computed from are
one snapshot. Do-not-contact and the cool-down are not in the state (read live for the members listed).

Not used (``current`` returns False, the caller computes in full): another database than SQLite, a transaction
that cannot write (read-only, or another connection wrote since it began), or triggers missing.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from datetime import date

from sqlalchemy import exc, text
from sqlmodel import Session

from core import db as dbmod
from core import recall_sql
from core.recall_sql import BIT

VERSION = 1  # bump when the rules (core.recall_sql) change: the stored masks are then recomputed
# More changed members than this: recompute all (one statement is then cheaper than the member-by-member form).
MAX_CHANGED = 5000
_CHUNK = 2000


# Parameters of the segment statement that only the list's guard rails read, not the masks.
_NOT_IN_MASKS = ("cooldown_from",)


def fingerprint(q: recall_sql.Statement) -> str:
    """What the stored masks were computed with: the rules' version and every parameter of the segment statement
    (the thresholds the rules use, and the dates derived from the day). The daily cap and the cool-down are not
    in it (read live), so changing them recomputes nothing."""
    params = sorted((k, str(v)) for k, v in q.params.items() if k not in _NOT_IN_MASKS)
    data = json.dumps({"v": VERSION, "dialect": q.dialect, "params": params})
    return hashlib.sha1(data.encode()).hexdigest()


def _info(session: Session):
    return session.execute(
        text("SELECT day, fingerprint, event_mark, points_mark, member_mark, stale FROM recall_state_info WHERE id = 1")
    ).first()


def _marks(session: Session) -> dict[str, int]:
    row = session.execute(
        text(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM event), (SELECT COALESCE(MAX(id), 0) FROM points_entry), "
            "(SELECT COALESCE(MAX(id), 0) FROM member)"
        )
    ).one()
    return {"event_mark": int(row[0]), "points_mark": int(row[1]), "member_mark": int(row[2])}


def _rows_sql(q: recall_sql.Statement) -> str:
    """``member_id, mask, last_msg`` of every member in scope in at least one segment."""
    return q.with_() + (
        f"SELECT id, mask, last_msg FROM (SELECT {q.mask()} AS mask, id, last_msg FROM ({q.fig()}) fig"
        f"{dbmod.computed_once(q.dialect)}) x WHERE mask <> 0"
    )


def _insert(session: Session, q: recall_sql.Statement) -> None:
    sql = "INSERT INTO recall_state (member_id, mask, last_msg) " + _rows_sql(q)
    session.execute(text(sql), {k: v for k, v in q.params.items() if re.search(rf":{k}\b", sql)})


def rebuild(session: Session, as_of: date, t: dict[str, float], q: recall_sql.Statement) -> None:
    """Recompute every member's mask for ``as_of`` (``q``: the statement for that day over all groups)."""
    session.execute(text("DELETE FROM recall_state"))
    session.execute(text("DELETE FROM recall_dirty"))
    _insert(session, q)
    _write_info(session, as_of, fingerprint(q), _marks(session))


def _write_info(session: Session, as_of: date, fp: str, marks: dict[str, int]) -> None:
    params = {"day": as_of.isoformat(), "fp": fp, **marks}
    done = session.execute(
        text(
            "UPDATE recall_state_info SET day = :day, fingerprint = :fp, event_mark = :event_mark, "
            "points_mark = :points_mark, member_mark = :member_mark, stale = 0 WHERE id = 1"
        ),
        params,
    ).rowcount
    if not done:
        session.execute(
            text(
                "INSERT INTO recall_state_info (id, day, fingerprint, event_mark, points_mark, member_mark, stale) "
                "VALUES (1, :day, :fp, :event_mark, :points_mark, :member_mark, 0)"
            ),
            params,
        )


def changed_members(session: Session, info, limit: int = MAX_CHANGED) -> list[int] | None:
    """The members whose data changed since the state was written (None: more than ``limit``)."""
    marks = {"em": info.event_mark, "pm": info.points_mark, "mm": info.member_mark, "n": limit + 1}
    sql = (
        "SELECT member_id FROM recall_dirty "
        "UNION SELECT member_id FROM (SELECT member_id FROM event WHERE id > :em AND member_id IS NOT NULL LIMIT :cap) "
        "UNION SELECT member_id FROM points_entry WHERE id > :pm "
        "UNION SELECT id FROM member WHERE id > :mm LIMIT :n"
    )
    # Events: at most this many new rows are read; more means a bulk import (then everything is recomputed).
    cap = 20 * limit
    new_events = session.execute(
        text("SELECT COUNT(*) FROM (SELECT 1 FROM event WHERE id > :em LIMIT :cap)"),
        {"em": info.event_mark, "cap": cap + 1},
    ).scalar_one()
    if new_events > cap:
        return None
    ids = [int(r[0]) for r in session.execute(text(sql), {**marks, "cap": cap})]
    return None if len(ids) > limit else ids


def refresh(session: Session, as_of: date, t: dict[str, float], ids: Sequence[int]) -> None:
    """Recompute the masks of ``ids`` (members whose data changed) for ``as_of``."""
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        marks = ", ".join(str(int(m)) for m in chunk)  # ints only: safe to inline
        session.execute(text(f"DELETE FROM recall_state WHERE member_id IN ({marks})"))
        q = recall_sql.build(session, as_of, None, t, only=chunk)
        _insert(session, q)
    session.execute(text("DELETE FROM recall_dirty"))
    info = _info(session)
    _write_info(session, as_of, info.fingerprint, _marks(session))


def current(session: Session, as_of: date, t: dict[str, float], full: recall_sql.Statement) -> bool:
    """Bring the state up to date for ``as_of`` and ``t`` (all groups); True when ``compute`` can read it.

    ``full``: the statement over all groups for ``as_of`` (used when everything must be recomputed). Writes in
    the caller's transaction and commits it when the caller had written nothing in it (the state then survives
    the session); otherwise the caller's commit or rollback decides for both.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite" or not dbmod.recall_triggers_present(conn):
        return False
    info = _info(session)
    fp = fingerprint(full)
    ids: list[int] | None = None
    if info is not None and str(info.day) == as_of.isoformat() and info.fingerprint == fp and not info.stale:
        ids = changed_members(session, info)
        if ids == [] and _marks(session) == {
            "event_mark": info.event_mark,
            "points_mark": info.points_mark,
            "member_mark": info.member_mark,
        }:
            return True  # nothing changed: a pure read
    had_written = dbmod.wrote_in_transaction(conn)
    try:
        with session.begin_nested():
            if ids is None:
                rebuild(session, as_of, t, full)
            else:
                refresh(session, as_of, t, ids)
    except exc.OperationalError:  # read-only, or another connection wrote since this transaction began
        return False
    if not had_written:
        session.commit()
    return True


def counts(session: Session) -> dict[int, int]:
    """Members per segment mask, from the state."""
    rows = dbmod.driver_rows(session.connection(), text("SELECT mask, COUNT(*) FROM recall_state GROUP BY mask"))
    return {int(mask): int(n) for mask, n in rows}


def rank_rows_sql(q: recall_sql.Statement, priority: Sequence[str], rank: int, limit: int, offset: int) -> str:
    """``core.recall_sql.Statement.rank_rows`` read from the state: members whose first chosen segment is
    ``priority[rank]``, in list order, with the guard rails' figures read live (``mask, id, last_msg, dnc,
    last_recall``)."""
    bit = BIT[priority[rank]]
    before = sum(BIT[s] for s in priority[:rank])
    keep = f"(s.mask & {bit}) <> 0" + (f" AND (s.mask & {before}) = 0" if before else "")
    return q.with_() + (
        "SELECT s.mask, s.member_id, s.last_msg, m.do_not_contact, rc.last_recall FROM recall_state s "
        "JOIN member m ON m.id = s.member_id LEFT JOIN rc ON rc.member_id = s.member_id "
        f"WHERE {keep} ORDER BY s.last_msg DESC, s.member_id LIMIT {int(limit)} OFFSET {int(offset)}"
    )
