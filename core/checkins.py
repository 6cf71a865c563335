"""Daily check-ins (签到 / 打卡): logging, 补签 make-up, streaks, points, and bulk check-in from a pasted list.

A check-in is an ``event`` of kind ``check-in`` (as chat imports write them for messages with 打卡/签到);
one counts per member and day, whatever the group: a second one that day is ignored. A 补签 make-up for a
past day has ``subtype = 'makeup'`` and is limited per calendar month (of the day made up). Each logged
check-in earns points and, when it makes a streak reach a bonus length (e.g. 7 days in a row), a bonus;
the amounts are settings (``CheckinSettings``). Functions take a ``Connection`` and never commit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, func, insert, or_, select
from sqlmodel import Session

from core import points
from core.errors import UserError
from core.models import Event, Member, MemberActivity, MemberAlias, Membership
from core.settings import get_setting_conn, set_setting_conn

Conn = Connection | Session
SETTING = "checkin.settings"
REASON = "check-in"  # points reasons written here; the UI shows translated names
BONUS_REASON = "streak-bonus"
MAKEUP = "makeup"


class CheckinError(UserError):
    """A check-in that cannot be logged; ``str()`` says why."""


class MakeupLimitReached(CheckinError):
    def __init__(self, month: str, limit: int) -> None:
        self.month, self.limit = month, limit
        super().__init__(f"The make-up limit of {limit} per month is used up for {month}.")


@dataclass
class CheckinSettings:
    points: int = 10  # per check-in (签到得积分)
    valid_days: int = 180  # check-in points expire after this many days (0 = never)
    makeup_per_month: int = 2  # 补签 allowed per member per month
    bonuses: list[list[int]] = field(default_factory=lambda: [[7, 30], [21, 100]])  # [streak days, bonus points]

    @classmethod
    def load(cls, conn: Conn) -> CheckinSettings:
        raw = get_setting_conn(conn, SETTING, {}) or {}
        s = cls()
        for key in ("points", "valid_days", "makeup_per_month"):
            value = raw.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100000:
                setattr(s, key, value)
        bonuses = raw.get("bonuses")
        if isinstance(bonuses, list):
            s.bonuses = sorted(
                [int(b[0]), int(b[1])] for b in bonuses if isinstance(b, list | tuple) and len(b) == 2 and b[0] > 0
            )
        return s

    def save(self, conn: Conn) -> None:
        set_setting_conn(conn, SETTING, asdict(self))


@dataclass(frozen=True)
class CheckinResult:
    logged: bool  # False: the member had already checked in that day
    day: date
    points: int = 0
    bonus: int = 0
    streak: int = 0  # the run of consecutive days that includes this one


@dataclass(frozen=True)
class Streaks:
    current: int  # consecutive days ending today (or yesterday, when today is not done yet)
    longest: int
    total: int  # days with a check-in
    last: date | None


def _day_of(ts) -> date:
    if isinstance(ts, datetime):
        return ts.date()
    return date.fromisoformat(str(ts)[:10])


def checkin_days(conn: Conn, member_id: int) -> dict[date, bool]:
    """The member's check-in days → True when that day's check-in was a 补签 make-up (one pass over them)."""
    out: dict[date, bool] = {}
    rows = conn.execute(
        select(Event.ts, Event.subtype).where(Event.member_id == member_id, Event.kind == "check-in").order_by(Event.ts)
    )
    for ts, subtype in rows:
        day = _day_of(ts)
        out[day] = out.get(day, True) and subtype == MAKEUP  # an on-the-day check-in wins
    return out


def streaks(days: Sequence[date] | dict[date, bool], today: date) -> Streaks:
    ordered = sorted(set(days))
    longest = run = 0
    prev = None
    for d in ordered:
        run = run + 1 if prev is not None and (d - prev).days == 1 else 1
        longest = max(longest, run)
        prev = d
    current = 0
    if ordered and (today - ordered[-1]).days <= 1:
        current = run
    return Streaks(current=current, longest=longest, total=len(ordered), last=ordered[-1] if ordered else None)


def member_streaks(conn: Conn, member_id: int, today: date | None = None) -> Streaks:
    return streaks(checkin_days(conn, member_id), today or date.today())


def _run_around(days: set[date], day: date) -> tuple[int, int]:
    left = 0
    while day - timedelta(days=left + 1) in days:
        left += 1
    right = 0
    while day + timedelta(days=right + 1) in days:
        right += 1
    return left, right


def check_in(
    conn: Conn,
    member_id: int,
    day: date | None = None,
    group_id: int | None = None,
    today: date | None = None,
    settings: CheckinSettings | None = None,
    makeup: bool | None = None,
    at: datetime | None = None,
) -> CheckinResult:
    """Log a check-in for ``day`` (default today). A past day is a 补签 make-up, within the monthly limit."""
    today = today or date.today()
    day = day or today
    if day > today:
        raise CheckinError(f"{day} is in the future; a check-in can only be logged for today or a past day.")
    if conn.execute(select(Member.id).where(Member.id == member_id)).scalar_one_or_none() is None:
        raise CheckinError(f"There is no member with id {member_id}.")
    settings = settings or CheckinSettings.load(conn)
    is_makeup = day < today if makeup is None else makeup
    days = set(checkin_days(conn, member_id))
    if day in days:
        left, right = _run_around(days, day)
        return CheckinResult(False, day, streak=left + 1 + right)
    if is_makeup:
        month_start = day.replace(day=1)
        next_month = (month_start + timedelta(days=32)).replace(day=1)
        used = conn.execute(
            select(func.count())
            .select_from(Event)
            .where(
                Event.member_id == member_id,
                Event.kind == "check-in",
                Event.subtype == MAKEUP,
                Event.ts >= datetime.combine(month_start, time()),
                Event.ts < datetime.combine(next_month, time()),
            )
        ).scalar_one()
        if used >= settings.makeup_per_month:
            raise MakeupLimitReached(f"{day:%Y-%m}", settings.makeup_per_month)
    when = at or (datetime.combine(day, time(12)) if is_makeup or day != today else datetime.now())
    if when.date() != day:
        when = datetime.combine(day, time(12))
    conn.execute(
        insert(Event).values(
            member_id=member_id, group_id=group_id, kind="check-in", ts=when, subtype=MAKEUP if is_makeup else None
        )
    )
    _bump_activity(conn, [member_id])
    left, right = _run_around(days, day)
    before, after = max(left, right), left + 1 + right
    bonus = sum(b for n, b in settings.bonuses if before < n <= after)
    # Points are given on the day they are logged and valid from then (a make-up earns as much as a check-in).
    given = when if day == today else datetime.combine(today, time(12))
    expires = today + timedelta(days=settings.valid_days) if settings.valid_days else None
    if settings.points:
        points.grant(conn, member_id, settings.points, REASON, expires, at=given)
    if bonus:
        points.grant(conn, member_id, bonus, BONUS_REASON, expires, at=given)
    return CheckinResult(True, day, settings.points, bonus, after)


def _bump_activity(conn: Conn, member_ids: Sequence[int]) -> None:
    """Keep ``member_activity.check_ins`` equal to a rebuild from events."""
    t = MemberActivity.__table__
    for mid in member_ids:
        updated = conn.execute(t.update().where(t.c.member_id == mid).values(check_ins=t.c.check_ins + 1)).rowcount
        if not updated:
            conn.execute(insert(t).values(member_id=mid, messages=0, check_ins=1, purchases=0, spend=0, invites=0))


# --- bulk check-in from a pasted list --------------------------------------------------------------

_NUMBERED = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.．、)）:：]\s*")
_TAIL = re.compile(r"[\s:：,，]*(?:已?打卡|已?签到|打卡成功|签到成功|\+1|＋1|✅|✔️?|☑️?)+[\s!！。.~～]*$")
_HEAD = re.compile(r"^\s*(?:已?打卡|已?签到)[\s:：]+")


def parse_names(text: str) -> list[str]:
    """Names from a pasted chat list: one per line, ``@张三 @李四``, ``1. 张三`` (接龙), ``张三 打卡``.

    When some lines are numbered (a 接龙), only those are read; otherwise lines starting with ``#`` and blank
    lines are skipped. Repeats are kept once, in order.
    """
    names: list[str] = []
    lines = [raw.strip().replace("\u2005", " ").replace("\u00a0", " ") for raw in text.splitlines()]
    if any(_NUMBERED.match(line) for line in lines):  # a 接龙: the lines above the numbered ones are its topic
        lines = [line for line in lines if _NUMBERED.match(line)]
    for line in lines:
        if not line or line.startswith("#"):
            continue
        parts = [p for p in line.split("@")] if "@" in line else [line]
        if "@" in line:
            parts = parts[1:] if not parts[0].strip() else parts
        for part in parts:
            name = _NUMBERED.sub("", part.strip())
            name = _TAIL.sub("", name)
            name = _HEAD.sub("", name).strip()
            if name and name not in names and not re.fullmatch(r"(?:已?打卡|已?签到|接龙)", name):
                names.append(name)
    return names


@dataclass
class NameMatch:
    matched: list[tuple[str, int]] = field(default_factory=list)  # (name, member id)
    ambiguous: list[tuple[str, list[tuple[int, str]]]] = field(default_factory=list)  # (name, [(id, label)])
    unmatched: list[str] = field(default_factory=list)


def match_names(conn: Conn, names: Sequence[str], group_id: int | None = None) -> NameMatch:
    """Members whose name or an alias is exactly each name (among the group's current members if given)."""
    result = NameMatch()
    if not names:
        return result
    found: dict[str, set[int]] = {n: set() for n in names}
    wanted = list(found)
    scope = Member.deleted_at.is_(None)
    for i in range(0, len(wanted), 400):
        chunk = wanted[i : i + 400]
        for name, mid in conn.execute(
            select(Member.display_name, Member.id).where(scope, Member.display_name.in_(chunk))
        ):
            found[name].add(mid)
        stmt = select(MemberAlias.alias, MemberAlias.member_id).where(MemberAlias.alias.in_(chunk))
        if group_id is not None:
            stmt = stmt.where(or_(MemberAlias.group_id.is_(None), MemberAlias.group_id == group_id))
        for name, mid in conn.execute(stmt):
            found[name].add(mid)
    everyone = sorted({m for s in found.values() for m in s})
    alive, in_group = set(), set()
    for i in range(0, len(everyone), 900):
        chunk = everyone[i : i + 900]
        alive.update(conn.execute(select(Member.id).where(scope, Member.id.in_(chunk))).scalars())
        if group_id is not None:
            in_group.update(
                conn.execute(
                    select(Membership.member_id).where(
                        Membership.group_id == group_id, Membership.left_at.is_(None), Membership.member_id.in_(chunk)
                    )
                ).scalars()
            )
    labels = _labels(conn, everyone)
    for name in wanted:
        ids = sorted(m for m in found[name] if m in alive and (group_id is None or m in in_group))
        if len(ids) == 1:
            result.matched.append((name, ids[0]))
        elif ids:
            result.ambiguous.append((name, [(m, labels.get(m, str(m))) for m in ids]))
        else:
            result.unmatched.append(name)
    return result


def _labels(conn: Conn, member_ids: Sequence[int]) -> dict[int, str]:
    """A way to tell namesakes apart: name, WeChat ID or masked phone, and the member's id."""
    out = {}
    for i in range(0, len(member_ids), 900):
        chunk = member_ids[i : i + 900]
        stmt = select(Member.id, Member.display_name, Member.wechat_id, Member.phone).where(Member.id.in_(chunk))
        for mid, name, wechat, phone in conn.execute(stmt):
            extra = wechat or (f"{phone[:3]}****{phone[-4:]}" if phone and len(phone) >= 7 else "")
            out[mid] = f"{name} (#{mid}{', ' + extra if extra else ''})"
    return out


@dataclass(frozen=True)
class BulkResult:
    logged: int
    already: int
    points: int


def bulk_check_in(
    conn: Conn, member_ids: Sequence[int], day: date | None = None, group_id: int | None = None, today=None
) -> BulkResult:
    """Log a check-in for each member (in the caller's transaction: all or nothing)."""
    today = today or date.today()
    settings = CheckinSettings.load(conn)
    logged = already = given = 0
    for mid in dict.fromkeys(member_ids):
        # A list pasted from the chat shows who checked in that day: not a 补签, even when logged later.
        r = check_in(conn, mid, day or today, group_id, today=today, settings=settings, makeup=False)
        if r.logged:
            logged += 1
            given += r.points + r.bonus
        else:
            already += 1
    return BulkResult(logged, already, given)
