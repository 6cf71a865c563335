"""The recall segments in SQL: one flag per member and segment, computed over the events as of any day.

``core.recall`` decides who gets a message; this module only writes the statements. Every rule is one SQL
condition over a member's figures (``RULES``), used two ways from the same text:
- as a bit of a per-member mask, for the segment counts (``GROUP BY mask``: a few hundred rows for 100,000
  members) and for the list in priority order (a member's rank is the first chosen segment its mask has);
- as a 0/1 ``f_<segment>`` column, for the few members listed, whose reasons are then worded in Python.

Where the time goes (100,000 members, 2 million events; see docs/performance.md): SQLite spends a fixed
number of VM steps per member and per rule, so the statement reads each member once and never fetches the
members it does not list. The windows relative to ``as_of`` (this week's messages, claims in the freebie
window, clicks, recalls) are small aggregates over the ``(group_id, kind, ts)`` index, each read once per
statement; the list itself looks only at the members who can be in its first segment (``_candidates``).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlmodel import Session

from core import db as dbmod
from core.events import any_group
from core.keys import SEGMENTS  # the stable keys, shared with the command-line parser
from core.models import Event

ANNIVERSARY_MONTHS = (3, 6, 12)
BIT = {s: 1 << i for i, s in enumerate(SEGMENTS)}

# The rules, for members still in the group (``left`` is the one rule for those who are not). Columns are the
# figures of ``fig`` below; ``{overdue}``, ``{anniversary}`` and ``{birthday_days}`` are filled per dialect and date.
RULES = {
    "active": "week >= :active_n",
    "koc_candidate": "week >= :active_n AND invites >= :koc_n",
    "lurker": "msgs <= :lurker_max AND joined_at < :lurker_joined_before",
    # No purchase in the window: the member's last purchase (before the end of as_of) is older than the window.
    "freebie": "claims >= :claims_n AND (last_buy IS NULL OR last_buy < :window_start)",
    "shallow_churn": "msgs >= :was_active_n AND last_msg < :silent_before AND last_msg >= :shallow_from",
    "deep_churn": "msgs >= :was_active_n AND last_msg < :deep_before",
    "early_warning": (
        "last_click >= :click_from AND last_click < :click_until AND (last_msg IS NULL OR last_msg < last_click)"
    ),
    "points_expiring": "expiring > 0 AND balance > 0",
    "repurchase_due": "buys >= :repurchase_n AND {overdue} > 0 AND {overdue} <= :overdue_max",
    "anniversary": "{anniversary}",
    "birthday": "birthday_md IN ({birthday_days})",
    # Quiet since before resume_before: the last message before this week (or, with none, the join) is older.
    "resuming": "week > 0 AND COALESCE(prev_msg, joined_at) < :resume_before",
}

# Per-member summaries (columns named as in ``member_activity``). Fast: ``member_activity`` itself, exact when no
# summarised event is later than as_of (the usual case: as of today). Exact: the same from the events before
# the end of as_of, for a date in the past or a group's own view.
_SUMMARY_EXACT = """
    SELECT member_id,
        MAX(CASE WHEN kind = 'message' THEN ts END) AS last_message_at,
        SUM(CASE WHEN kind = 'message' THEN 1 ELSE 0 END) AS messages,
        SUM(CASE WHEN kind = 'purchase' THEN 1 ELSE 0 END) AS purchases,
        MIN(CASE WHEN kind = 'purchase' THEN ts END) AS first_purchase_at,
        MAX(CASE WHEN kind = 'purchase' THEN ts END) AS last_purchase_at,
        SUM(CASE WHEN kind = 'invite' THEN 1 ELSE 0 END) AS invites
    FROM event
    WHERE {scope} AND ts < :end
    GROUP BY member_id
"""

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
                    AND s.expires_on > :as_of AND s.expires_on <= :points_until AND s.ts < :end {only_s})
                GROUP BY p.member_id) b ON b.member_id = l.member_id
            LEFT JOIN (SELECT l2.id, SUM(p.delta) AS later FROM points_entry l2
                JOIN points_entry p ON p.member_id = l2.member_id AND p.delta > 0 AND p.ts < :end
                    AND (p.ts > l2.ts OR (p.ts = l2.ts AND p.id > l2.id))
                    AND (p.expires_on IS NULL OR p.expires_on > :as_of)
                WHERE l2.delta > 0 AND l2.expires_on > :as_of AND l2.expires_on <= :points_until AND l2.ts < :end
                    {only_l2}
                GROUP BY l2.id) lt ON lt.id = l.id
            WHERE l.delta > 0 AND l.expires_on > :as_of AND l.expires_on <= :points_until AND l.ts < :end) k
        GROUP BY k.member_id)
"""

# The windows relative to as_of: (name, event kind, start parameter, aggregate).
_WINDOWS = (
    ("wk", "message", ":week_start", "COUNT(*) AS n"),
    ("cl", "perk-claim", ":window_start", "COUNT(*) AS n"),
    ("ck", "click", ":click_from", "MAX(ts) AS last_click"),
    ("rc", "recall-sent", ":cooldown_from", "MAX(ts) AS last_recall"),
)
# The windows and points of a member in one row: each member then costs one lookup, not four (an unused LEFT
# JOIN is not free either: SQLite cannot drop it, the aggregates have no unique index).
_COMBINED = """
    w AS (SELECT member_id, MAX(week) AS week, MAX(claims) AS claims, MAX(last_click) AS last_click,
            MAX(expiring) AS expiring, MAX(balance) AS balance, MAX(expires) AS expires
        FROM (SELECT member_id, n AS week, NULL AS claims, NULL AS last_click, NULL AS expiring, NULL AS balance,
                NULL AS expires FROM wk
            UNION ALL SELECT member_id, NULL, n, NULL, NULL, NULL, NULL FROM cl
            UNION ALL SELECT member_id, NULL, NULL, last_click, NULL, NULL, NULL FROM ck
            UNION ALL SELECT member_id, NULL, NULL, NULL, expiring, balance, expires FROM pts) u
        GROUP BY member_id)
"""
# Rules that can hold only for a member with a row in a window (or points expiring), and the others.
_WINDOW_RULES = ("active", "koc_candidate", "freebie", "early_warning", "points_expiring", "resuming")
_MEMBER_RULES = ("lurker", "shallow_churn", "deep_churn", "repurchase_due", "anniversary", "birthday")


def _months_before(day: date, months: int) -> date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def summaries_cover(session: Session, end: datetime) -> bool:
    """True when no message, purchase or invite is dated at or after ``end`` (then the summaries are exact)."""
    later = session.execute(
        select(Event.id).where(Event.kind.in_(("message", "purchase", "invite")), any_group(), Event.ts >= end).limit(1)
    ).first()
    return later is None


@dataclass
class Statement:
    """The pieces of the segment statements for one date, scope and set of thresholds."""

    params: dict
    windows: list[tuple[int, date, date]]  # anniversary: (months, joined from, joined before)
    gid: int | None
    fast: bool  # the summaries come from member_activity
    dialect: str
    only: Sequence[int] | None
    _ctes: dict[str, str]
    _rules: dict[str, str]

    # --- the figures -------------------------------------------------------------------------------------

    def fig(self, recalls: bool = False, where: str = "") -> str:
        """``SELECT`` of every figure per member in scope (``last_recall`` only with ``recalls``)."""
        plain = lambda col: dbmod.plain_value(col, self.dialect)  # noqa: E731 - see core.db.plain_value
        cols = {
            "id": "m.id",
            "name": "m.display_name",
            "phone": "m.phone",
            "wechat_id": "m.wechat_id",
            "dnc": "m.do_not_contact",
            "joined_at": plain("m.joined_at"),
            "birthday": "m.birthday",
            "left_at": self._left_at,
            "last_msg": plain("s.last_message_at"),
            "msgs": "COALESCE(s.messages, 0)",
            "week": "COALESCE(w.week, 0)",
            # Only for members with messages this week, and read once: the rule uses it in one place.
            "prev_msg": "CASE WHEN w.week IS NOT NULL THEN (SELECT MAX(e.ts) FROM event e WHERE e.member_id = m.id "
            "AND e.kind = 'message' AND e.ts < :week_start) END",
            "claims": "COALESCE(w.claims, 0)",
            "buys": "COALESCE(s.purchases, 0)",
            "first_buy": "s.first_purchase_at",
            "last_buy": plain("s.last_purchase_at"),
            "last_click": "w.last_click",
            "invites": "COALESCE(s.invites, 0)",
            "last_recall": "rc.last_recall" if recalls else "NULL",
            "balance": "COALESCE(w.balance, 0)",
            "expiring": "COALESCE(w.expiring, 0)",
            "expires": "w.expires",
            "birthday_md": dbmod.month_day("m.birthday", self.dialect),
            # In a window (or with points expiring): only then can a window rule hold (see ``mask``).
            "windowed": "w.member_id IS NOT NULL",
        }
        select_list = ", ".join(f"{sql} AS {name}" for name, sql in cols.items())
        summary = "member_activity" if self.fast else f"({self._summary_exact})"
        from_ = [f"member m LEFT JOIN {summary} s ON s.member_id = m.id LEFT JOIN w ON w.member_id = m.id"]
        if recalls:
            from_.append("LEFT JOIN rc ON rc.member_id = m.id")
        scope = (
            f"{dbmod.plain_value('m.deleted_at', self.dialect)} IS NULL AND m.role = 'member'"
            f" AND (m.joined_at IS NULL OR {plain('m.joined_at')} < :end){self._member_scope}"
        )
        return f"SELECT {select_list} FROM {' '.join(from_)} WHERE {scope}{f' AND ({where})' if where else ''}"

    def mask(self) -> str:
        """The member's segments as bits (``BIT``): the only SQL decision; Python reads bits, never rules."""

        def terms(segments) -> str:
            return " + ".join(f"CASE WHEN {self._rules[s]} THEN {BIT[s]} ELSE 0 END" for s in segments)

        # Most members are in no window: the six window rules are skipped for them as a block.
        return (
            f"CASE WHEN left_at IS NOT NULL THEN {BIT['left']} ELSE {terms(_MEMBER_RULES)} "
            f"+ CASE WHEN windowed THEN {terms(_WINDOW_RULES)} ELSE 0 END END"
        )

    def flags(self) -> str:
        """One 0/1 column per segment (``f_active`` …), the same rules as ``mask``."""
        cols = ["CASE WHEN left_at IS NOT NULL THEN 1 ELSE 0 END AS f_left"]
        cols += [
            f"CASE WHEN left_at IS NULL AND ({rule}) THEN 1 ELSE 0 END AS f_{s}" for s, rule in self._rules.items()
        ]
        return ", ".join(cols)

    def with_(self) -> str:
        # Every window, used or not: a CTE no part of the statement reads is never computed.
        return "WITH " + ", ".join(self._ctes[n] for n in ("wk", "cl", "ck", "pts", "w", "rc")) + " "

    # --- the statements ----------------------------------------------------------------------------------

    def counts_and_first(self, priority: Sequence[str], limit: int) -> str:
        """Members per mask (part 0: ``mask, n``) and the first ``limit`` members of the first chosen segment in
        list order (part 1: ``mask, id, last_msg, dnc, last_recall``), in one statement sharing the windows.
        This is the statement the benchmark's floor runs."""
        counts = (
            f"SELECT 0 AS part, mask, COUNT(*) AS n, NULL AS last_msg, NULL AS dnc, NULL AS last_recall "
            f"FROM (SELECT {self.mask()} AS mask FROM ({self.fig()}) fig{self._once}) x "
            "WHERE mask <> 0 GROUP BY mask"
        )
        if not priority or limit <= 0:
            return self.with_() + counts
        first = self.rank_rows(priority, 0, limit, 0, part=True)
        return self.with_() + counts + " UNION ALL " + first

    def rank_rows(self, priority: Sequence[str], rank: int, limit: int, offset: int, part: bool = False) -> str:
        """Members whose first chosen segment is ``priority[rank]``, in list order (most recently active first)."""
        bit = BIT[priority[rank]]
        before = sum(BIT[s] for s in priority[:rank])
        keep = f"(mask & {bit}) <> 0" + (f" AND (mask & {before}) = 0" if before else "")
        fig = self.fig(recalls=True, where=self._candidates(priority[rank]))
        rows = (
            f"SELECT {'1 AS part, ' if part else ''}mask, id, last_msg, dnc, last_recall FROM "
            f"(SELECT {self.mask()} AS mask, id, last_msg, dnc, last_recall FROM ({fig}) fig{self._once}) x "
            f"WHERE {keep} ORDER BY last_msg DESC, id LIMIT {int(limit)} OFFSET {int(offset)}"
        )
        return f"SELECT * FROM ({rows}) y" if part else self.with_() + rows

    def everyone(self, priority: Sequence[str]) -> str:
        """Every member in scope (also those in no segment), in list order: ``mask, id, last_msg, dnc, last_recall``."""
        rank = " ".join(f"WHEN (mask & {BIT[s]}) <> 0 THEN {i}" for i, s in enumerate(priority))
        order = f"CASE {rank} ELSE {len(priority)} END" if priority else "0"
        fig = self.fig(recalls=True)
        return self.with_() + (
            f"SELECT mask, id, last_msg, dnc, last_recall FROM (SELECT {self.mask()} AS mask, id, last_msg, dnc, "
            f"last_recall FROM ({fig}) fig{self._once}) x ORDER BY {order}, last_msg DESC, id"
        )

    def details(self) -> str:
        """Every figure and flag of the members in scope (build with ``only``: the few members listed)."""
        return self.with_() + f"SELECT fig.*, {self.flags()} FROM ({self.fig(recalls=True)}) fig"

    # --- internals ---------------------------------------------------------------------------------------

    @property
    def _once(self) -> str:
        return dbmod.computed_once(self.dialect)

    @property
    def _left_at(self) -> str:
        if self.gid is None:
            return "m.left_at"
        return "(SELECT MAX(ms.left_at) FROM membership ms WHERE ms.member_id = m.id AND ms.group_id = :gid)"

    @property
    def _member_scope(self) -> str:
        scope = ""
        if self.gid is not None:
            scope += " AND EXISTS (SELECT 1 FROM membership ms WHERE ms.member_id = m.id AND ms.group_id = :gid)"
        if self.only is not None:
            scope += f" AND m.id IN ({self._ids})"
        return scope

    @property
    def _ids(self) -> str:
        return ", ".join(str(int(i)) for i in self.only or ()) or "NULL"  # ints only: safe to inline

    @property
    def _summary_exact(self) -> str:
        if self.only is not None:
            scope = f"member_id IN ({self._ids})"
        else:
            scope = "member_id IS NOT NULL"
        if self.gid is not None:  # a group's view counts only its own events
            scope += " AND (group_id = :gid OR group_id IS NULL)"
        return _SUMMARY_EXACT.format(scope=scope)

    def _candidates(self, segment: str) -> str:
        """A condition on the member (index-friendly) that every member of ``segment`` meets, or "" for none:
        the list's query then looks at these members only."""
        member_activity = self.fast and self.only is None  # member_activity holds the summaries
        found = {
            "early_warning": "m.id IN (SELECT member_id FROM ck WHERE last_click < :click_until)",
            "freebie": "m.id IN (SELECT member_id FROM cl WHERE n >= :claims_n)",
            "points_expiring": "m.id IN (SELECT member_id FROM pts)",
            "active": "m.id IN (SELECT member_id FROM wk)",
            "koc_candidate": "m.id IN (SELECT member_id FROM wk)",
            "resuming": "m.id IN (SELECT member_id FROM wk)",
            "anniversary": " OR ".join(
                f"(m.joined_at >= :anniv_from_{i} AND m.joined_at < :anniv_to_{i})" for i in range(len(self.windows))
            ),
            "birthday": "m.birthday IS NOT NULL",
            "left": f"{self._left_at} IS NOT NULL",
        }
        if member_activity:
            found["shallow_churn"] = (
                "m.id IN (SELECT member_id FROM member_activity "
                "WHERE last_message_at >= :shallow_from AND last_message_at < :silent_before)"
            )
            found["deep_churn"] = "m.id IN (SELECT member_id FROM member_activity WHERE last_message_at < :deep_before)"
            found["repurchase_due"] = "m.id IN (SELECT member_id FROM member_activity WHERE purchases >= :repurchase_n)"
        return found.get(segment, "")


def build(
    session: Session,
    as_of: date,
    gid: int | None,
    t: dict[str, float],
    only: Sequence[int] | None = None,
    fast: bool | None = None,
) -> Statement:
    """The segment statements for ``as_of`` in one group (``gid``) or all; ``only``: for a few members (their
    events are then found through the member index). ``fast``: read the summaries from ``member_activity``
    (default: when no summarised event is later than ``as_of``; never for one group's view)."""
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
    windows, anniversary = [], []
    for i, months in enumerate(ANNIVERSARY_MONTHS):
        newest = _months_before(as_of, months)
        oldest = _months_before(as_of - timedelta(days=int(t["anniversary_window_days"]) - 1), months)
        windows.append((months, oldest, newest + timedelta(days=1)))
        params[f"anniv_from_{i}"], params[f"anniv_to_{i}"] = _midnight(oldest), _midnight(newest + timedelta(days=1))
        anniversary.append(f"(joined_at >= :anniv_from_{i} AND joined_at < :anniv_to_{i})")
    birthday_days = []
    for offset in range(7):
        params[f"bd{offset}"] = f"{as_of + timedelta(days=offset):%m-%d}"
        birthday_days.append(f":bd{offset}")
    if gid is not None:
        params["gid"] = gid
    # Overdue days past the expected next purchase: now - last order - the member's usual gap (at least a day).
    gap = f"MAX(1.0, {dbmod.days_between('last_buy', 'first_buy', dialect)} / (buys - 1))"
    overdue = f"({dbmod.days_between(':end', 'last_buy', dialect)} - {gap} - 1.0)"
    fill = {"overdue": overdue, "anniversary": " OR ".join(anniversary), "birthday_days": ", ".join(birthday_days)}
    rules = {s: RULES[s].format(**fill) for s in SEGMENTS if s != "left"}
    ctes = _window_ctes(gid, only, dialect)
    ids = ", ".join(str(int(i)) for i in only or ()) or "NULL"
    ctes["pts"] = _POINTS.format(
        only_s="" if only is None else f"AND s.member_id IN ({ids})",
        only_l2="" if only is None else f"AND l2.member_id IN ({ids})",
    )
    ctes["w"] = _COMBINED
    if dialect != "sqlite":
        rules = {s: r.replace("MAX(1.0,", "GREATEST(1.0,") for s, r in rules.items()}
        ctes["pts"] = ctes["pts"].replace("MAX(0, MIN(", "GREATEST(0, LEAST(")
    if fast is None:
        fast = gid is None and summaries_cover(session, end)
    fast = fast and gid is None
    return Statement(params, windows, gid, fast, dialect, only, ctes, rules)


def _window_ctes(gid: int | None, only: Sequence[int] | None, dialect: str) -> dict[str, str]:
    """The windows, each read through the index that finds its events fastest.

    Everyone: one range of ``(group_id, kind, ts)`` per group and one for events without a group (a UNION ALL:
    written as ``group_id IN (…) OR group_id IS NULL`` SQLite would fetch every row from the table). A few
    members: their own events through ``(member_id, kind, ts)``, the group condition checked on each.
    """

    def in_scope(col: str) -> str:
        return f"{col} IN (SELECT id FROM chat_group)" if gid is None else f"{col} = :gid"

    if only is None:
        branches = [in_scope("group_id"), "group_id IS NULL"]
    else:  # plain_value: not the group index (it would read every group's events of the kind)
        ids = ", ".join(str(int(i)) for i in only) or "NULL"
        group = dbmod.plain_value("group_id", dialect)
        branches = [f"member_id IN ({ids}) AND ({in_scope(group)} OR {group} IS NULL)"]
    ctes = {}
    for name, kind, start, what in _WINDOWS:
        rows = " UNION ALL ".join(
            f"SELECT member_id, ts FROM event WHERE {branch} AND kind = '{kind}' AND ts >= {start} AND ts < :end "
            "AND member_id IS NOT NULL"
            for branch in branches
        )
        ctes[name] = f"{name} AS (SELECT member_id, {what} FROM ({rows}) w GROUP BY member_id)"
    return ctes
