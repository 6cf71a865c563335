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

    Runs inside the caller's transaction: callers commit together with the events they wrote.
    """
    session.execute(text("DELETE FROM member_activity"))
    session.execute(_REBUILD)
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
