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
