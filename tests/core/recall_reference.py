"""The recall segment query as it was before the speed-up (issue 6), kept as the oracle of the recall tests.

A plain, slow, obviously-correct statement: every member, every figure, one 0/1 flag per segment. The tests run
it beside ``core.recall.compute`` on the demo community (several dates, each group, the exact and summary paths)
and require the same segments for every member. Do not optimise this file: its value is being the old rules.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta

from sqlalchemy import select, text
from sqlmodel import Session

from core import db as dbmod
from core.events import any_group
from core.models import Event
from core.recall import ANNIVERSARY_MONTHS, SEGMENTS


def _months_before(day: date, months: int) -> date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def _summaries_cover(session: Session, end: datetime) -> bool:
    later = session.execute(
        select(Event.id).where(Event.kind.in_(("message", "purchase", "invite")), any_group(), Event.ts >= end).limit(1)
    ).first()
    return later is None


# The per-member figures behind every rule. Two sources give the same columns:
# - fast: ``member_activity`` (the summaries kept beside the events), valid when no summarised event is later
#   than ``as_of`` (the usual case: as of today);
# - exact: the same aggregates computed from the events before ``as_of`` (a date in the past).
# Windows relative to ``as_of`` (this week, the freebie window, clicks, recalls) always come from the events,
# through the (group_id, kind, ts) index.
_SUMMARY_FAST = """
    SELECT member_id, last_message_at AS last_msg, messages AS msgs, purchases AS buys,
        first_purchase_at AS first_buy, last_purchase_at AS last_buy, invites
    FROM member_activity
"""
_SUMMARY_EXACT = """
    SELECT member_id,
        MAX(CASE WHEN kind = 'message' THEN ts END) AS last_msg,
        SUM(CASE WHEN kind = 'message' THEN 1 ELSE 0 END) AS msgs,
        SUM(CASE WHEN kind = 'purchase' THEN 1 ELSE 0 END) AS buys,
        MIN(CASE WHEN kind = 'purchase' THEN ts END) AS first_buy,
        MAX(CASE WHEN kind = 'purchase' THEN ts END) AS last_buy,
        SUM(CASE WHEN kind = 'invite' THEN 1 ELSE 0 END) AS invites
    FROM event
    WHERE member_id IS NOT NULL AND ts < :end
    GROUP BY member_id
"""
_ANY_GROUP = "(group_id IN (SELECT id FROM chat_group) OR group_id IS NULL)"  # see core.events.any_group


def _window(name: str, kind: str, start: str, what: str) -> str:
    return (
        f"{name} AS (SELECT member_id, {what} FROM event WHERE kind = '{kind}' AND {{event_scope}} "
        f"AND ts >= {start} AND ts < :end AND member_id IS NOT NULL GROUP BY member_id)"
    )


_WINDOWS = ", ".join(
    (
        _window("wk", "message", ":week_start", "COUNT(*) AS n"),
        _window("cl", "perk-claim", ":window_start", "COUNT(*) AS n"),
        _window("bw", "purchase", ":window_start", "COUNT(*) AS n"),
        _window("ck", "click", ":click_from", "MAX(ts) AS last_click"),
        _window("rc", "recall-sent", ":cooldown_from", "MAX(ts) AS last_recall"),
    )
)

# Points expiring soon (earnings found through the expiry index), FIFO as core.points counts them: points are used
# oldest first, so what is left is the newest earnings adding up to the balance (the ledger's sum; points.expire
# writes off expired points as negative entries). An earning keeps balance - (valid earnings after it), clamped to
# 0..its amount (sums grouped once, not correlated subqueries per reference).
_POINTS = """
    pts AS (SELECT k.member_id, SUM(k.kept) AS expiring, MIN(CASE WHEN k.kept > 0 THEN k.expires_on END) AS expires,
            MAX(k.balance) AS balance
        FROM (SELECT l.member_id, l.expires_on, b.balance,
                MAX(0, MIN(l.delta, b.balance - COALESCE(lt.later, 0))) AS kept
            FROM points_entry l
            JOIN (SELECT p.member_id, SUM(p.delta) AS balance FROM points_entry p
                WHERE p.ts < :end AND p.member_id IN (SELECT s.member_id FROM points_entry s WHERE s.delta > 0
                    AND s.expires_on > :as_of AND s.expires_on <= :points_until AND s.ts < :end)
                GROUP BY p.member_id) b ON b.member_id = l.member_id
            LEFT JOIN (SELECT l2.id, SUM(p.delta) AS later FROM points_entry l2
                JOIN points_entry p ON p.member_id = l2.member_id AND p.delta > 0 AND p.ts < :end
                    AND (p.ts > l2.ts OR (p.ts = l2.ts AND p.id > l2.id))
                    AND (p.expires_on IS NULL OR p.expires_on > :as_of)
                WHERE l2.delta > 0 AND l2.expires_on > :as_of AND l2.expires_on <= :points_until AND l2.ts < :end
                GROUP BY l2.id) lt ON lt.id = l.id
            WHERE l.delta > 0 AND l.expires_on > :as_of AND l.expires_on <= :points_until AND l.ts < :end) k
        GROUP BY k.member_id)
"""

# Figures per member, then one 0/1 flag per segment. The flags are the rules; Python only words the reasons.
_BASE = """
    fig AS (
        SELECT m.id, m.display_name AS name, m.phone, m.wechat_id, m.do_not_contact AS dnc, m.joined_at,
            m.birthday, {left_at} AS left_at,
            s.last_msg, COALESCE(s.msgs, 0) AS msgs, COALESCE(wk.n, 0) AS week,
            CASE WHEN wk.n IS NOT NULL THEN (SELECT MAX(e.ts) FROM event e WHERE e.member_id = m.id
                AND e.kind = 'message' AND e.ts < :week_start) END AS prev_msg,
            COALESCE(cl.n, 0) AS claims, COALESCE(bw.n, 0) AS buys_window, COALESCE(s.buys, 0) AS buys,
            s.first_buy, s.last_buy, ck.last_click, COALESCE(s.invites, 0) AS invites, rc.last_recall,
            COALESCE(pts.balance, 0) AS balance, COALESCE(pts.expiring, 0) AS expiring, pts.expires,
            {birthday_md} AS birthday_md
        FROM member m
        LEFT JOIN summary s ON s.member_id = m.id
        LEFT JOIN wk ON wk.member_id = m.id
        LEFT JOIN cl ON cl.member_id = m.id
        LEFT JOIN bw ON bw.member_id = m.id
        LEFT JOIN ck ON ck.member_id = m.id
        LEFT JOIN rc ON rc.member_id = m.id
        LEFT JOIN pts ON pts.member_id = m.id
        WHERE m.deleted_at IS NULL AND m.role = 'member' AND (m.joined_at IS NULL OR m.joined_at < :end)
            {member_scope}
    ),
    flagged AS (
        SELECT fig.*,
            CASE WHEN left_at IS NOT NULL THEN 1 ELSE 0 END AS f_left,
            CASE WHEN left_at IS NULL AND week >= :active_n THEN 1 ELSE 0 END AS f_active,
            CASE WHEN left_at IS NULL AND week >= :active_n AND invites >= :koc_n THEN 1 ELSE 0 END AS f_koc_candidate,
            CASE WHEN left_at IS NULL AND msgs <= :lurker_max AND joined_at < :lurker_joined_before
                THEN 1 ELSE 0 END AS f_lurker,
            CASE WHEN left_at IS NULL AND claims >= :claims_n AND buys_window = 0 THEN 1 ELSE 0 END AS f_freebie,
            CASE WHEN left_at IS NULL AND msgs >= :was_active_n AND last_msg < :silent_before
                AND last_msg >= :shallow_from THEN 1 ELSE 0 END AS f_shallow_churn,
            CASE WHEN left_at IS NULL AND msgs >= :was_active_n AND last_msg < :deep_before
                THEN 1 ELSE 0 END AS f_deep_churn,
            CASE WHEN left_at IS NULL AND last_click >= :click_from AND last_click < :click_until
                AND (last_msg IS NULL OR last_msg < last_click) THEN 1 ELSE 0 END AS f_early_warning,
            CASE WHEN left_at IS NULL AND expiring > 0 AND balance > 0 THEN 1 ELSE 0 END AS f_points_expiring,
            CASE WHEN left_at IS NULL AND buys >= :repurchase_n AND {overdue} > 0
                AND {overdue} <= :overdue_max THEN 1 ELSE 0 END AS f_repurchase_due,
            CASE WHEN left_at IS NULL AND ({anniversary}) THEN 1 ELSE 0 END AS f_anniversary,
            CASE WHEN left_at IS NULL AND birthday_md IN ({birthday_days}) THEN 1 ELSE 0 END AS f_birthday,
            CASE WHEN left_at IS NULL AND week > 0 AND (prev_msg < :resume_before
                OR (prev_msg IS NULL AND joined_at < :resume_before)) THEN 1 ELSE 0 END AS f_resuming
        FROM fig
    )
"""


def _build(session: Session, as_of: date, gid: int | None, t: dict, exact: bool = False):
    """The old statement (``WITH … flagged AS (…)``) and its parameters."""
    dialect = session.get_bind().dialect.name
    end = _midnight(as_of + timedelta(days=1))
    week_start = _midnight(as_of - timedelta(days=6))
    params = {
        "end": end,
        "as_of": as_of,
        "week_start": week_start,
        "window_start": _midnight(as_of - timedelta(days=int(t["freebie_window_days"]) - 1)),
        "active_n": t["active_messages_per_week"],
        "koc_n": t["koc_min_invites"],
        "lurker_max": t["lurker_max_messages"],
        "lurker_joined_before": _midnight(as_of - timedelta(days=int(t["lurker_min_days"]) - 1)),
        "claims_n": t["freebie_min_claims"],
        "was_active_n": t["was_active_messages"],
        # silent days = as_of - date(last message): shallow when silent_after < silent <= shallow,
        # deep when silent >= deep.
        "silent_before": _midnight(as_of - timedelta(days=int(t["silent_after_days"]))),
        "shallow_from": _midnight(as_of - timedelta(days=int(t["shallow_churn_days"]))),
        "deep_before": _midnight(as_of - timedelta(days=int(t["deep_churn_days"]) - 1)),
        "click_from": _midnight(as_of - timedelta(days=int(t["early_warning_window_days"]))),
        "click_until": _midnight(as_of - timedelta(days=int(t["early_warning_days"]) - 1)),
        "cooldown_from": _midnight(as_of - timedelta(days=int(t["recall_cooldown_days"]) - 1)),
        "points_until": as_of + timedelta(days=int(t["points_expiring_days"])),
        "repurchase_n": t["repurchase_min_orders"],
        "overdue_max": t["repurchase_overdue_max_days"],
        "resume_before": _midnight(week_start.date() - timedelta(days=int(t["resuming_gap_days"]) - 1)),
    }
    anniversary = []
    for i, months in enumerate(ANNIVERSARY_MONTHS):
        newest = _months_before(as_of, months)
        oldest = _months_before(as_of - timedelta(days=int(t["anniversary_window_days"]) - 1), months)
        params[f"anniv_from_{i}"], params[f"anniv_to_{i}"] = _midnight(oldest), _midnight(newest + timedelta(days=1))
        anniversary.append(f"(joined_at >= :anniv_from_{i} AND joined_at < :anniv_to_{i})")
    birthday_days = []
    for offset in range(7):
        params[f"bd{offset}"] = f"{as_of + timedelta(days=offset):%m-%d}"
        birthday_days.append(f":bd{offset}")
    if gid is None:
        left_at, member_scope, event_scope = "m.left_at", "", _ANY_GROUP
    else:
        params["gid"] = gid
        left_at = "(SELECT MAX(ms.left_at) FROM membership ms WHERE ms.member_id = m.id AND ms.group_id = :gid)"
        member_scope = "AND EXISTS (SELECT 1 FROM membership ms WHERE ms.member_id = m.id AND ms.group_id = :gid)"
        event_scope = "(group_id = :gid OR group_id IS NULL)"
    # Overdue days past the expected next purchase: now - last order - the member's usual gap (at least a day).
    gap = f"MAX(1.0, {dbmod.days_between('last_buy', 'first_buy', dialect)} / (buys - 1))"
    overdue = f"({dbmod.days_between(':end', 'last_buy', dialect)} - {gap} - 1.0)"
    summary = _SUMMARY_FAST if gid is None and not exact and _summaries_cover(session, end) else _SUMMARY_EXACT
    if gid is not None:  # a group's view counts only its own events
        summary = _SUMMARY_EXACT.replace("WHERE member_id", "WHERE (group_id = :gid OR group_id IS NULL) AND member_id")
    sql = (
        f"WITH summary AS ({summary}), "
        + _WINDOWS.format(event_scope=event_scope)
        + ", "
        + _POINTS
        + ", "
        + _BASE.format(
            left_at=left_at,
            member_scope=member_scope,
            birthday_md=dbmod.month_day("m.birthday", dialect),
            overdue=overdue,
            anniversary=" OR ".join(anniversary),
            birthday_days=", ".join(birthday_days),
        )
    )
    if dialect != "sqlite":
        sql = sql.replace("MAX(1.0,", "GREATEST(1.0,").replace("MAX(0, MIN(", "GREATEST(0, LEAST(")
    return sql, params


def reference_segments(session: Session, as_of: date, gid: int | None, t: dict, exact: bool = False) -> dict[int, set]:
    """Every member in scope → the set of segments the old query put them in (``exact``: from the events)."""
    sql, params = _build(session, as_of, gid, t, exact=exact)
    flags = ", ".join(f"f_{s}" for s in SEGMENTS)
    rows = session.execute(text(f"{sql} SELECT id, {flags} FROM flagged"), params).all()
    return {row[0]: {s for s, f in zip(SEGMENTS, row[1:], strict=True) if f} for row in rows}


def reference_list(
    session: Session, as_of: date, gid: int | None, t: dict, priority: list[str], room: int, everyone: bool = False
) -> tuple[list[tuple[int, str | None]], dict[str, int], int]:
    """The old ``compute`` loop: (member, guard rail or None) in list order, members per segment, held back."""
    sql, params = _build(session, as_of, gid, t)
    rank = " ".join(f"WHEN f_{s} = 1 THEN {i}" for i, s in enumerate(priority))
    any_chosen = " OR ".join(f"f_{s} = 1" for s in priority)
    mask = " + ".join(f"f_{s} * {1 << i}" for i, s in enumerate(priority))
    where = "" if everyone else f"WHERE {any_chosen}"
    listing = (
        f"{sql} SELECT id, CASE {rank} ELSE {len(priority)} END AS rnk, {mask} AS mask, dnc, last_recall "
        f"FROM flagged {where} ORDER BY rnk, last_msg DESC, id"
    )
    counts = dict.fromkeys(priority, 0)
    picked: list[tuple[int, str | None]] = []
    to_send = held_back = 0
    for mid, rnk, bits, dnc, last_recall in session.execute(text(listing), params).all():
        for i, s in enumerate(priority):
            if bits & (1 << i):
                counts[s] += 1
        if rnk == len(priority):
            picked.append((mid, None))
            continue
        if to_send >= room and not everyone:
            held_back += 1
        elif dnc:
            picked.append((mid, "do_not_contact"))
        elif last_recall is not None:
            picked.append((mid, "cooldown"))
        elif to_send < room:
            to_send += 1
            picked.append((mid, None))
        else:
            picked.append((mid, "daily_cap"))
    return picked, counts, held_back
