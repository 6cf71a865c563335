"""Per-member activity summaries, kept beside the events so lists and recall never scan 2M events."""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlmodel import Session

_REBUILD = text(
    """
    INSERT INTO member_activity (member_id, first_message_at, last_message_at, messages, check_ins,
                                 purchases, spend, last_purchase_at, invites, first_purchase_at)
    SELECT e.member_id,
           MIN(CASE WHEN e.kind = 'message' THEN e.ts END),
           MAX(CASE WHEN e.kind = 'message' THEN e.ts END),
           SUM(CASE WHEN e.kind = 'message' THEN 1 ELSE 0 END),
           SUM(CASE WHEN e.kind = 'check-in' THEN 1 ELSE 0 END),
           SUM(CASE WHEN e.kind = 'purchase' THEN 1 ELSE 0 END),
           COALESCE(SUM(CASE WHEN e.kind = 'purchase' THEN e.amount END), 0),
           MAX(CASE WHEN e.kind = 'purchase' THEN e.ts END),
           SUM(CASE WHEN e.kind = 'invite' THEN 1 ELSE 0 END),
           MIN(CASE WHEN e.kind = 'purchase' THEN e.ts END)
    FROM event e
    WHERE e.member_id IS NOT NULL
    GROUP BY e.member_id
    """
)


def rebuild_member_activity(session: Session | Connection) -> int:
    """Recompute every member's summary from the events table; returns the number of rows.

    Runs inside the caller's transaction: callers commit together with the events they wrote. The recall state
    (``core.recall_state``) is marked for a full recompute.
    """
    session.execute(text("DELETE FROM member_activity"))
    session.execute(_REBUILD)
    # The recall state read the summaries: a recount may correct members whose events did not change.
    session.execute(text("UPDATE recall_state_info SET stale = 1"))
    return int(session.execute(text("SELECT COUNT(*) FROM member_activity")).scalar_one())


def rebuild_member_activity_for(conn: Session | Connection, member_ids: list[int]) -> None:
    """Recompute the summaries of a few members (after a merge or its undo), in the caller's transaction."""
    ids = sorted(set(int(i) for i in member_ids))
    if not ids:
        return
    marks = ", ".join(str(i) for i in ids)  # ints only: safe to inline
    conn.execute(text(f"DELETE FROM member_activity WHERE member_id IN ({marks})"))
    sql = _REBUILD.text.replace("WHERE e.member_id IS NOT NULL", f"WHERE e.member_id IN ({marks})")
    conn.execute(text(sql))


_MERGE = text(
    """
    INSERT INTO member_activity (member_id, first_message_at, last_message_at, messages, check_ins,
                                 purchases, spend, last_purchase_at, invites)
    VALUES (:member_id, :first, :last, :messages, :check_ins, 0, 0, NULL, :invites)
    ON CONFLICT (member_id) DO UPDATE SET
        first_message_at = CASE WHEN member_activity.first_message_at IS NULL
                                  OR excluded.first_message_at < member_activity.first_message_at
                                THEN excluded.first_message_at ELSE member_activity.first_message_at END,
        last_message_at = CASE WHEN member_activity.last_message_at IS NULL
                                 OR excluded.last_message_at > member_activity.last_message_at
                               THEN excluded.last_message_at ELSE member_activity.last_message_at END,
        messages = member_activity.messages + excluded.messages,
        check_ins = member_activity.check_ins + excluded.check_ins,
        invites = member_activity.invites + excluded.invites
    """
)


def add_chat_activity(conn: Connection, totals: dict[int, list]) -> None:
    """Fold the messages, check-ins and invites an import just wrote into the summaries (instead of a rebuild).

    ``totals``: member id → [messages, first ts, last ts, check-ins, invites], timestamps as stored text
    (first/last None when the member sent no message). Equal to a rebuild because MIN, MAX and sums merge.
    """
    rows = [
        {"member_id": mid, "messages": t[0], "first": t[1], "last": t[2], "check_ins": t[3], "invites": t[4]}
        for mid, t in totals.items()
    ]
    for i in range(0, len(rows), 5000):
        conn.execute(_MERGE, rows[i : i + 5000])


# --- message summaries: member_week and hour_stat ------------------------------------------------------------
#
# Two summaries of the ``message`` events, for the dashboard: messages per (week, member, group) and per (day,
# hour, group). They count every message that has a member (readers leave out the members they do not count).
# Whoever writes, deletes or moves message events keeps them right in the same transaction:
#   - the demo and the chat import count what they write in Python and add it (``add_message_counts``);
#   - undoing an import and emptying the trash subtract the events before deleting them (``fold_messages``);
#   - merging members (and undoing it) recounts the two members (``recount_members``).
# ``summary_state`` remembers the last event id folded in: message events with a higher id were written by a
# path that did not keep the summaries, and ``catch_up`` folds them in (readers call ``ensure_current``).
# Each writer calls ``catch_up`` before it starts and ``mark_current`` when its own changes are in.

MESSAGES = "messages"  # the summary_state row of the two message summaries


def _fold_sql(dialect: str, cond: str, sign: int, upsert: bool = True) -> tuple[str, str]:
    from core import db as dbmod

    week = dbmod.week_start("e.ts", dialect)
    day, hour = dbmod.day_of("e.ts", dialect), dbmod.hour_of("e.ts", dialect)
    where = f"e.kind = 'message' AND e.member_id IS NOT NULL AND ({cond})"
    n = "COUNT(*)" if sign > 0 else "-COUNT(*)"
    weeks = (
        f"INSERT INTO member_week (week_start, member_id, group_id, messages) "
        f"SELECT {week}, e.member_id, COALESCE(e.group_id, 0), {n} FROM event e WHERE {where} GROUP BY 1, 2, 3"
    )
    hours = (
        f"INSERT INTO hour_stat (day, hour, group_id, messages) "
        f"SELECT {day}, {hour}, COALESCE(e.group_id, 0), {n} FROM event e WHERE {where} GROUP BY 1, 2, 3"
    )
    if upsert:
        weeks += (
            " ON CONFLICT (week_start, member_id, group_id)"
            " DO UPDATE SET messages = member_week.messages + excluded.messages"
        )
        hours += " ON CONFLICT (day, hour, group_id) DO UPDATE SET messages = hour_stat.messages + excluded.messages"
    return weeks, hours


def _last_event_id(conn: Session | Connection) -> int:
    return int(conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM event")).scalar_one())


def _state(conn: Session | Connection) -> int | None:
    value = conn.execute(text("SELECT last_event_id FROM summary_state WHERE name = :n"), {"n": MESSAGES}).scalar()
    return None if value is None else int(value)


def mark_current(conn: Session | Connection, last_id: int | None = None) -> None:
    """Record that the message summaries include every event up to ``last_id`` (default: the newest)."""
    last = _last_event_id(conn) if last_id is None else int(last_id)
    done = conn.execute(
        text("UPDATE summary_state SET last_event_id = :v WHERE name = :n"), {"v": last, "n": MESSAGES}
    ).rowcount
    if not done:
        conn.execute(
            text("INSERT INTO summary_state (name, last_event_id) VALUES (:n, :v)"), {"n": MESSAGES, "v": last}
        )


def rebuild_message_summaries(conn: Session | Connection) -> None:
    """Recount both summaries from every message event (the migration, and a repair); in the caller's transaction."""
    last = _last_event_id(conn)
    weeks, hours = _fold_sql(_dialect(conn), "e.id <= :last", 1, upsert=False)
    conn.execute(text("DELETE FROM member_week"))
    conn.execute(text("DELETE FROM hour_stat"))
    conn.execute(text(weeks), {"last": last})
    conn.execute(text(hours), {"last": last})
    mark_current(conn, last)


def fold_messages(conn: Session | Connection, cond: str, params: dict | None = None, sign: int = 1) -> None:
    """Add (``sign`` 1) or subtract (-1) the message events matching ``cond`` (SQL over ``event e``, with bound
    ``params``) to or from both summaries. Subtract before deleting or moving events, add after writing them."""
    weeks, hours = _fold_sql(_dialect(conn), cond, sign)
    conn.execute(text(weeks), params or {})
    conn.execute(text(hours), params or {})
    if sign < 0:
        conn.execute(text("DELETE FROM member_week WHERE messages <= 0"))
        conn.execute(text("DELETE FROM hour_stat WHERE messages <= 0"))


def fold_members(conn: Session | Connection, member_ids, sign: int) -> None:
    """``fold_messages`` for the messages of some members (emptying the trash subtracts them first)."""
    ids = sorted(set(int(i) for i in member_ids))
    for i in range(0, len(ids), 500):
        marks = ", ".join(str(m) for m in ids[i : i + 500])  # ints only: safe to inline
        fold_messages(conn, f"e.member_id IN ({marks})", sign=sign)


def recount_members(conn: Session | Connection, member_ids) -> None:
    """Recount the member_week rows of a few members from their events (after a merge or its undo: their
    messages moved between them; the per-hour counts do not change)."""
    ids = sorted(set(int(i) for i in member_ids))
    if not ids:
        return
    marks = ", ".join(str(i) for i in ids)
    conn.execute(text(f"DELETE FROM member_week WHERE member_id IN ({marks})"))
    weeks, _hours = _fold_sql(_dialect(conn), f"e.member_id IN ({marks})", 1, upsert=False)
    conn.execute(text(weeks))


def add_message_counts(conn: Connection, weeks: dict, hours: dict) -> None:
    """Add counts the writer made while writing message events (the demo, the chat import).

    ``weeks``: (Monday 'YYYY-MM-DD', member id, group id) → messages; ``hours``: (day 'YYYY-MM-DD', hour, group
    id) → messages. Group id 0 for messages without a group.
    """
    from core import db as dbmod
    from core.models import HourStat, MemberWeek

    w = [(*k, n) for k, n in weeks.items()]
    h = [(*k, n) for k, n in hours.items()]
    for i in range(0, len(w), 50_000):
        dbmod.bulk_add(
            conn, MemberWeek.__table__, ("week_start", "member_id", "group_id"), "messages", w[i : i + 50_000]
        )
    dbmod.bulk_add(conn, HourStat.__table__, ("day", "hour", "group_id"), "messages", h)


def catch_up(conn: Session | Connection) -> bool:
    """Fold in the message events written since the summaries were last brought up to date (by a path that did
    not keep them). Returns whether anything had to be done."""
    last = _last_event_id(conn)
    done = _state(conn)
    if done is None:
        rebuild_message_summaries(conn)
        return True
    if done == last:
        return False
    if last > done:
        fold_messages(conn, "e.id > :done AND e.id <= :last", {"done": done, "last": last})
    mark_current(conn, last)
    return True


def summaries_current(conn: Session | Connection) -> bool:
    """True when no message event is newer than what the summaries hold (cheap: reads events past the mark)."""
    done = _state(conn)
    if done is None:
        return False
    newer = conn.execute(
        text("SELECT 1 FROM event WHERE id > :done AND kind = 'message' LIMIT 1"), {"done": done}
    ).first()
    return newer is None


def ensure_current(conn: Session | Connection) -> None:
    """Readers call this first: if message events were written without keeping the summaries, fold them in now
    (in the reader's transaction), so the figures are never computed from a stale summary."""
    if not summaries_current(conn):
        catch_up(conn)


def bring_up_to_date(db) -> None:
    """``ensure_current`` in a transaction of its own that is committed, before a reader opens its session (the
    dashboard, the report, ``main.py metrics``): a catch-up is then done once, not in every read that rolls back."""
    with db.transaction() as conn:
        ensure_current(conn)
        ensure_week_stats_current(conn)
        ensure_spans_current(conn)


# --- weekly totals: week_stat ------------------------------------------------------------------------------
#
# ``member_week`` summed per week and group (and for all groups, group -1), as a histogram of the members'
# message counts (see ``core.models.WeekStat``). Triggers on ``member_week`` (``core.db.create_week_triggers``)
# note each week whose rows any path writes in ``week_stat_dirty``; readers recount those weeks first
# (``ensure_week_stats_current``), so the totals are never read stale.

_CAPPED = "CASE WHEN {0} >= {1} THEN {1} ELSE {0} END"


def _count_weeks(conn: Session | Connection, cond: str) -> None:
    """Insert the week_stat rows of the weeks of ``member_week`` matching ``cond``: per group, then all groups (each
    member's messages in every group summed first)."""
    from core.models import WEEK_STAT_CAP

    per_group = _CAPPED.format("messages", WEEK_STAT_CAP)
    conn.execute(
        text(
            "INSERT INTO week_stat (week_start, group_id, n, members, messages) "
            f"SELECT week_start, group_id, {per_group}, COUNT(*), SUM(messages) FROM member_week WHERE {cond} "
            f"GROUP BY week_start, group_id, {per_group}"
        )
    )
    total = _CAPPED.format("t", WEEK_STAT_CAP)
    conn.execute(
        text(
            "INSERT INTO week_stat (week_start, group_id, n, members, messages) "
            f"SELECT week_start, -1, {total}, COUNT(*), SUM(t) FROM ("
            f"SELECT week_start, member_id, SUM(messages) AS t FROM member_week WHERE {cond} "
            f"GROUP BY week_start, member_id) AS per_member GROUP BY week_start, {total}"
        )
    )


def rebuild_week_stats(conn: Session | Connection) -> None:
    """Recount ``week_stat`` from every ``member_week`` row (the migration, a repair); in the caller's transaction."""
    conn.execute(text("DELETE FROM week_stat"))
    _count_weeks(conn, "1 = 1")
    conn.execute(text("DELETE FROM week_stat_dirty"))


def week_stats_current(conn: Session | Connection) -> bool:
    """True when no week's ``member_week`` rows changed since its ``week_stat`` rows were counted."""
    return conn.execute(text("SELECT 1 FROM week_stat_dirty LIMIT 1")).first() is None


def ensure_week_stats_current(conn: Session | Connection) -> None:
    """Readers call this first (after ``ensure_current``, which may fold messages in): recount the weeks whose
    ``member_week`` rows changed (noted by the triggers)."""
    if week_stats_current(conn):
        return
    dirty = "week_start IN (SELECT week_start FROM week_stat_dirty)"
    conn.execute(text(f"DELETE FROM week_stat WHERE {dirty}"))
    _count_weeks(conn, dirty)
    conn.execute(text("DELETE FROM week_stat_dirty"))


def week_stats_usable(conn: Session | Connection) -> bool:
    """The totals can be read: their triggers exist (a database that lost them, e.g. to a table rebuild, falls back
    to ``member_week``) and the changed weeks are recounted now."""
    from core import db as dbmod

    bind = conn.connection() if isinstance(conn, Session) else conn
    if _dialect(conn) != "sqlite" or not dbmod.week_triggers_present(bind):
        return False
    ensure_week_stats_current(conn)
    return True


# --- membership summary: member_span ----------------------------------------------------------------------
#
# Per member and group (and per member for all groups, group 0) the first join, the last leave and the gap of
# two stays, as days: what ``core.metrics.presence`` needs to count the members in the groups at any day, with
# every member's distinct stays in several groups counted once. Triggers on ``membership`` (``core.db``) note
# each member whose stays any path inserts, changes or deletes in ``member_span_dirty``; readers recount those
# members first (``ensure_spans_current``), in their own transaction, so the summary is never read stale.

_SPANS = """
INSERT INTO member_span (member_id, group_id, j0, l1, g0, g1, hard)
SELECT member_id, {gid}, SUBSTR(MIN(COALESCE(joined_at, '')), 1, 10),
       SUBSTR(MAX(COALESCE(left_at, '9999-12-31')), 1, 10),
       CASE WHEN COUNT(*) = 2 AND MIN(COALESCE(left_at, '9999-12-31')) < MAX(COALESCE(joined_at, ''))
            THEN SUBSTR(MIN(COALESCE(left_at, '9999-12-31')), 1, 10) END,
       CASE WHEN COUNT(*) = 2 AND MIN(COALESCE(left_at, '9999-12-31')) < MAX(COALESCE(joined_at, ''))
            THEN SUBSTR(MAX(COALESCE(joined_at, '')), 1, 10) END,
       CASE WHEN COUNT(*) > 2 OR MAX(CASE WHEN left_at < joined_at THEN 1 ELSE 0 END) = 1 THEN 1 ELSE 0 END
FROM membership WHERE {cond}
GROUP BY {by}
"""


def _count_spans(conn: Session | Connection, cond: str) -> None:
    """Insert the member_span rows of the memberships matching ``cond``: per group (read in the order of the
    (group, member) index), then per member for all groups (in the order of the member index)."""
    conn.execute(text(_SPANS.format(gid="group_id", cond=cond, by="group_id, member_id")))
    conn.execute(text(_SPANS.format(gid="0", cond=cond, by="member_id")))


_CELLS = """
INSERT INTO span_cell (group_id, j0, l1, g0, g1, members)
SELECT group_id, j0, l1, COALESCE(g0, ''), COALESCE(g1, ''), {sign}COUNT(*) FROM member_span
WHERE hard = 0 AND {cond}
GROUP BY group_id, j0, l1, COALESCE(g0, ''), COALESCE(g1, '')
ON CONFLICT (group_id, j0, l1, g0, g1) DO UPDATE SET members = span_cell.members + excluded.members
"""


def _add_cells(conn: Session | Connection, cond: str, sign: str = "") -> None:
    """Add (or with ``sign`` '-', subtract) the member_span rows matching ``cond`` to the cell counts."""
    conn.execute(text(_CELLS.format(sign=sign, cond=cond)))
    if sign:
        conn.execute(text("DELETE FROM span_cell WHERE members <= 0"))


_DIRTY = "member_id IN (SELECT member_id FROM member_span_dirty)"
FULL_RECOUNT_AT = 20_000  # more changed members than this: recount everyone (one pass, cheaper than the lookups)


def rebuild_spans(conn: Session | Connection) -> None:
    """Recount ``member_span`` from every membership (the demo, a repair); in the caller's transaction."""
    conn.execute(text("DELETE FROM member_span"))
    _count_spans(conn, "1 = 1")
    conn.execute(text("DELETE FROM span_cell"))
    _add_cells(conn, "1 = 1")
    conn.execute(text("DELETE FROM member_span_dirty"))


def spans_current(conn: Session | Connection) -> bool:
    """True when no member's stays changed since their ``member_span`` rows were computed."""
    return conn.execute(text("SELECT 1 FROM member_span_dirty LIMIT 1")).first() is None


def ensure_spans_current(conn: Session | Connection) -> None:
    """Readers call this first: recount the members whose memberships changed (noted by the triggers)."""
    if spans_current(conn):
        return
    changed = int(conn.execute(text("SELECT COUNT(*) FROM member_span_dirty")).scalar_one())
    if changed > FULL_RECOUNT_AT:
        rebuild_spans(conn)
        return
    _add_cells(conn, _DIRTY, sign="-")
    conn.execute(text(f"DELETE FROM member_span WHERE {_DIRTY}"))
    _count_spans(conn, _DIRTY)
    _add_cells(conn, _DIRTY)
    conn.execute(text("DELETE FROM member_span_dirty"))


def _dialect(conn: Session | Connection) -> str:
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    return bind.dialect.name
