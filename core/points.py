"""The points ledger (积分): grants, deductions, expiry and balances over ``points_entry``.

Every change is a row: an earning (+delta, optionally with ``expires_on``), a deduction (-delta) or an expiry
(-delta, ``reason = EXPIRED``). The balance is the sum of the deltas; it is exact once ``expire`` has run, which
the app does at start-up, after imports and before showing or changing one member's points.

Expiry is FIFO: points are used oldest earning first, so a deduction consumes the oldest earnings and what
expires on a date is whatever is left of the earnings that expire on it. An earning is valid up to the day
before ``expires_on`` (the recall segment "points expiring" counts ``expires_on > today`` as still valid).
Expiring writes one negative entry per member and expiry date, dated that day at 00:00 with ``expires_on`` =
that date; running it again writes only what is still missing, so it is idempotent.

Functions take a ``Connection`` (or ``Session``) and never commit: callers wrap a change in
``Database.transaction()``, so a bulk grant is all or nothing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, and_, func, insert, select
from sqlmodel import Session

from core import db as dbmod
from core.errors import UserError
from core.models import Member, PointsEntry
from core.settings import get_setting_conn, set_setting_conn

EXPIRED = "expired"  # reason of the entries written by expire(); the UI shows a translated name
WATERMARK = "points.expired_through"  # setting: expire() has handled every expiry date up to this one

Conn = Connection | Session
_T = PointsEntry.__table__


class PointsError(UserError):
    """A points change the user asked for cannot be made; ``str()`` says why."""


class InsufficientPoints(PointsError):
    def __init__(self, member: str, balance: int, amount: int) -> None:
        self.member, self.balance, self.amount = member, balance, amount
        super().__init__(
            f"{member} has {balance} points; deducting {amount} would leave {balance - amount}. "
            "Nothing was deducted (force it to allow a negative balance)."
        )


@dataclass(frozen=True)
class LedgerRow:
    id: int
    ts: datetime
    delta: int
    reason: str
    expires_on: date | None
    balance: int  # the running balance after this row


@dataclass(frozen=True)
class ExpireResult:
    members: int  # members who lost points
    points: int  # points expired in all (negative when a late deduction gave back points written off before)


def _member_name(conn: Conn, member_id: int) -> str:
    name = conn.execute(select(Member.display_name).where(Member.id == member_id)).scalar_one_or_none()
    if name is None:
        raise PointsError(f"There is no member with id {member_id}.")
    return name


def _check_amount(amount: int) -> int:
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise PointsError(f"The number of points must be a whole number greater than 0, not {amount!r}.")
    return amount


def grant(
    conn: Conn,
    member_id: int,
    amount: int,
    reason: str = "",
    expires_on: date | None = None,
    at: datetime | None = None,
) -> int:
    """Give a member points (expiring on ``expires_on`` if given); returns the new entry's id."""
    _check_amount(amount)
    _member_name(conn, member_id)
    at = at or datetime.now()
    if expires_on is not None and expires_on <= at.date():
        raise PointsError(f"The expiry date {expires_on} is not after the day the points are given ({at.date()}).")
    result = conn.execute(
        insert(_T).values(member_id=member_id, ts=at, delta=amount, reason=reason.strip(), expires_on=expires_on)
    )
    return int(result.inserted_primary_key[0])


def deduct(
    conn: Conn, member_id: int, amount: int, reason: str = "", force: bool = False, at: datetime | None = None
) -> int:
    """Take points away (spent, redeemed, corrected). Refuses to go below zero unless ``force``."""
    _check_amount(amount)
    name = _member_name(conn, member_id)
    at = at or datetime.now()
    expire(conn, at.date(), member_ids=[member_id])
    have = balance(conn, member_id)
    if amount > have and not force:
        raise InsufficientPoints(name, have, amount)
    result = conn.execute(insert(_T).values(member_id=member_id, ts=at, delta=-amount, reason=reason.strip()))
    return int(result.inserted_primary_key[0])


def bulk_grant(
    conn: Conn,
    member_ids: Iterable[int],
    amount: int,
    reason: str = "",
    expires_on: date | None = None,
    at: datetime | None = None,
) -> int:
    """Give each member the same points in one statement (the caller's transaction); returns the count."""
    _check_amount(amount)
    at = at or datetime.now()
    if expires_on is not None and expires_on <= at.date():
        raise PointsError(f"The expiry date {expires_on} is not after the day the points are given ({at.date()}).")
    ids = sorted(set(member_ids))
    known = set()
    for i in range(0, len(ids), 900):
        chunk = ids[i : i + 900]
        known.update(conn.execute(select(Member.id).where(Member.id.in_(chunk))).scalars())
    missing = [i for i in ids if i not in known]
    if missing:
        raise PointsError(f"No member has the id(s) {', '.join(map(str, missing[:10]))}; nothing was given.")
    rows = [(mid,) for mid in ids]
    constants = {"ts": at.isoformat(" ", "microseconds"), "delta": amount, "reason": reason.strip()}
    if expires_on is not None:
        constants["expires_on"] = expires_on.isoformat()
    raw = conn.connection() if isinstance(conn, Session) else conn
    return dbmod.bulk_insert(raw, _T, ("member_id",), rows, constants=constants)


def balance(conn: Conn, member_id: int, as_of: date | None = None) -> int:
    """The member's balance (at the end of ``as_of``); exact once ``expire`` has run."""
    stmt = select(func.coalesce(func.sum(_T.c.delta), 0)).where(_T.c.member_id == member_id)
    if as_of is not None:
        stmt = stmt.where(_T.c.ts < datetime.combine(as_of + timedelta(days=1), time()))
    return int(conn.execute(stmt).scalar_one())


def balances(conn: Conn, member_ids: Sequence[int] | None = None) -> dict[int, int]:
    """Balances of many members (all with a ledger when ``member_ids`` is None) in one grouped query."""
    stmt = select(_T.c.member_id, func.sum(_T.c.delta)).group_by(_T.c.member_id)
    if member_ids is None:
        return {mid: int(total) for mid, total in conn.execute(stmt)}
    out = dict.fromkeys(member_ids, 0)
    ids = list(out)
    for i in range(0, len(ids), 900):
        for mid, total in conn.execute(stmt.where(_T.c.member_id.in_(ids[i : i + 900]))):
            out[mid] = int(total)
    return out


def ledger(conn: Conn, member_id: int) -> list[LedgerRow]:
    """The member's entries, newest first, each with the balance after it."""
    rows = conn.execute(
        select(_T.c.id, _T.c.ts, _T.c.delta, _T.c.reason, _T.c.expires_on)
        .where(_T.c.member_id == member_id)
        .order_by(_T.c.ts, _T.c.id)
    ).all()
    running, out = 0, []
    for r in rows:
        running += r.delta
        out.append(LedgerRow(r.id, r.ts, r.delta, r.reason, r.expires_on, running))
    out.reverse()
    return out


# --- expiry ----------------------------------------------------------------------------------------


def _simulate(entries: list[tuple], until: date) -> tuple[dict[date, int], deque]:
    """Walk one member's entries in time order (FIFO lots); returns what expired per date up to ``until``
    and the lots left ([expires_on, remaining] in earning order). Recorded expiries are ignored: they are the
    output this walk reproduces."""
    lots: deque = deque()
    debt = 0  # a forced deduction below zero, paid off by the next earnings
    expired: dict[date, int] = {}

    def expire_before(day: date) -> None:
        for lot in lots:
            if lot[0] is not None and lot[0] <= day and lot[1] > 0:
                expired[lot[0]] = expired.get(lot[0], 0) + lot[1]
                lot[1] = 0
        while lots and lots[0][1] == 0:
            lots.popleft()

    for ts, delta, reason, expires_on in entries:
        day = (ts if isinstance(ts, datetime) else datetime.fromisoformat(str(ts))).date()
        expire_before(min(day, until))
        if reason == EXPIRED:  # write-offs (and corrections of them) are this walk's output, not earnings
            continue
        if delta > 0:
            if isinstance(expires_on, str):
                expires_on = date.fromisoformat(expires_on[:10])
            paid = min(debt, delta)
            debt -= paid
            if delta - paid > 0:
                lots.append([expires_on, delta - paid])
        elif delta < 0:
            need = -delta
            for lot in lots:
                take = min(lot[1], need)
                lot[1] -= take
                need -= take
                if not need:
                    break
            debt += need
            while lots and lots[0][1] == 0:
                lots.popleft()
    expire_before(until)
    return expired, lots


def _entries_by_member(conn: Conn, member_ids: Sequence[int]) -> dict[int, list[tuple]]:
    out: dict[int, list[tuple]] = {mid: [] for mid in member_ids}
    ids = list(member_ids)
    cols = (_T.c.member_id, _T.c.ts, _T.c.delta, _T.c.reason, _T.c.expires_on)
    for i in range(0, len(ids), 900):
        stmt = select(*cols).where(_T.c.member_id.in_(ids[i : i + 900])).order_by(_T.c.member_id, _T.c.ts, _T.c.id)
        for mid, ts, delta, reason, expires_on in conn.execute(stmt):
            out[mid].append((ts, delta, reason, expires_on))
    return out


def expire(conn: Conn, today: date | None = None, member_ids: Sequence[int] | None = None) -> ExpireResult:
    """Write the expiry of every earning whose date has come (up to ``today``), FIFO, idempotently.

    Without ``member_ids`` only members with an earning that expired since the last run are walked (found
    through the expiry index); with them, those members' whole ledgers are.
    """
    today = today or date.today()
    if member_ids is None:
        since = get_setting_conn(conn, WATERMARK, None)
        cond = and_(_T.c.delta > 0, _T.c.expires_on <= today)
        if since:
            cond = and_(cond, _T.c.expires_on > date.fromisoformat(since))
        candidates = sorted(set(conn.execute(select(_T.c.member_id).where(cond)).scalars()))
    else:
        candidates = sorted(set(member_ids))
    ledgers = _entries_by_member(conn, candidates)
    rows, total, members = [], 0, 0
    for mid, entries in ledgers.items():
        expired, _lots = _simulate(entries, today)
        recorded: dict[date, int] = {}
        for _ts, delta, reason, expires_on in entries:
            if reason == EXPIRED and expires_on is not None:
                day = expires_on if isinstance(expires_on, date) else date.fromisoformat(str(expires_on)[:10])
                recorded[day] = recorded.get(day, 0) - delta
        lost = 0
        for day in sorted(set(expired) | set(recorded)):
            missing = expired.get(day, 0) - recorded.get(day, 0)
            if missing:
                rows.append((mid, datetime.combine(day, time()), -missing, day))
                lost += missing
        if lost:
            members += 1
            total += lost
    if rows:
        raw = conn.connection() if isinstance(conn, Session) else conn
        dbmod.bulk_insert(raw, _T, ("member_id", "ts", "delta", "expires_on"), rows, constants={"reason": EXPIRED})
    if member_ids is None:
        set_setting_conn(conn, WATERMARK, today.isoformat())
    return ExpireResult(members=members, points=total)


def expiring_within(
    conn: Conn, days: int, today: date | None = None, member_ids: Sequence[int] | None = None
) -> dict[int, tuple[int, date]]:
    """Points that will expire in the next ``days`` days (after today, up to today + days), FIFO, as
    member → (points, first expiry date). Members are found through the expiry index, then walked."""
    today = today or date.today()
    until = today + timedelta(days=days)
    stmt = select(_T.c.member_id).where(_T.c.delta > 0, _T.c.expires_on > today, _T.c.expires_on <= until)
    if member_ids is not None:
        stmt = stmt.where(_T.c.member_id.in_(list(member_ids)))
    candidates = sorted(set(conn.execute(stmt).scalars()))
    out: dict[int, tuple[int, date]] = {}
    end = datetime.combine(today + timedelta(days=1), time())
    for mid, entries in _entries_by_member(conn, candidates).items():
        past = [e for e in entries if (e[0] if isinstance(e[0], datetime) else datetime.fromisoformat(str(e[0]))) < end]
        _expired, lots = _simulate(past, today)
        soon = [(exp, left) for exp, left in lots if exp is not None and today < exp <= until and left > 0]
        if soon:
            out[mid] = (sum(left for _e, left in soon), min(e for e, _l in soon))
    return out
