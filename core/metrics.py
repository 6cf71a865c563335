"""Weekly community figures and the period's key figures for the dashboard, the report and ``main.py metrics``.

Messages are read from the message summaries (``member_week``, ``hour_stat``: see ``core.activity``), which the
readers first bring up to date (``activity.ensure_current``); presence in the groups is computed from the
memberships in one pass (``Presence``). Periods are compared by day: a timestamp belongs to the day written in it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import (
    Integer,
    String,
    and_,
    case,
    column,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    table,
    type_coerce,
    union,
)
from sqlmodel import Session

from core import activity
from core.db import from_purchases, temp_table
from core.errors import UserError
from core.events import any_group
from core.models import (
    WEEK_STAT_CAP,
    Event,
    Group,
    Member,
    Membership,
    MemberSpan,
    MemberWeek,
    PlanEntry,
    SpanCell,
    WeekStat,
)


@dataclass(frozen=True)
class Week:
    start: date
    members: int  # in any group at the end of the week
    present: int  # in a group at any time during the week
    speakers: int
    messages: int
    joins: int
    leaves: int
    active: int = 0  # speakers with at least ``active_messages`` messages (when asked for)

    @property
    def speaking_rate(self) -> float | None:
        return self.speakers / self.present if self.present else None


def _bucket(column, bounds: list):
    """A portable CASE giving the week number (0…) of ``column`` for consecutive week starts ``bounds``."""
    return case(*[(column < b, i) for i, b in enumerate(bounds[1:])], else_=None)


def day_text(day: date):
    """``day`` as the bound of a timestamp range: timestamps are stored as text, so ``ts >= '2026-11-02'`` is every
    timestamp written on that day or later (the day boundary the message summaries use too)."""
    return literal(day.isoformat(), String)


class Scope:
    """Who the figures leave out (owner, staff, the trash: see ``counted_members``), read once per computation and
    shared by its queries: usually a handful of ids, so "not one of these" is cheaper than "one of 100,000"."""

    MAX_LISTED = 500  # beyond this many (a big trash), the filter is the subquery again

    def __init__(self, session: Session) -> None:
        rows = session.execute(  # through the partial index ix_member_not_counted
            select(Member.id, Member.deleted_at.is_not(None)).where(
                or_(Member.role != "member", Member.deleted_at.is_not(None))
            )
        ).all()
        self.others = [int(i) for i, _t in rows]
        self.trashed = [int(i) for i, in_trash in rows if in_trash]

    def counted(self, column):
        """``column`` (a member id) is a counted member."""
        if len(self.others) > self.MAX_LISTED:
            return column.in_(counted_members())
        if not self.others:
            return column.is_not(None)
        return and_(column.is_not(None), column.not_in(self.others))


@dataclass
class Presence:
    """How many counted members were in the group(s) at given moments (the start of given days) and during given
    spans of days, from one pass over the memberships (docs/metrics.md: "in the group at a moment").

    Per member, the memberships make a hull (first join, last leave); a member with two stays may have a gap
    between them. Counts over hulls minus gaps are exact for one or two stays; members with more stays, or with a
    stay that ends before it starts, are counted one by one (``exact``).
    """

    bounds: list[str]  # sorted days 'YYYY-MM-DD'
    hull: Counter = field(default_factory=Counter)  # (p(first join), p(last leave)) → members
    gaps: Counter = field(default_factory=Counter)  # (p(gap start), p(gap end)) → members
    exact: dict = field(default_factory=dict)  # ("at", day) / ("during", start, end) → members counted one by one
    members: object | None = None  # with ``per_member``: a temporary table (member_id, h, g) of each member's cells
    scope_cond: list = field(default_factory=list)

    def member_in(self, day: date):
        """SQL: the member of ``members`` was in a group at 00:00 of ``day`` (a day among the bounds)."""
        k, size = self._p(day), len(self.bounds) + 1
        t = self.members.c
        hull = and_(t.h // size <= k, t.h % size > k)
        gap = and_(t.g >= 0, t.g // size <= k, t.g % size > k)
        joined = type_coerce(Membership.joined_at, String)
        left = type_coerce(Membership.left_at, String)
        moment = day.isoformat()
        one_by_one = exists().where(
            Membership.member_id == t.member_id, *self.scope_cond,
            or_(joined.is_(None), joined < moment), or_(left.is_(None), left >= moment),
        )  # fmt: skip
        return case((t.h < 0, one_by_one), else_=and_(hull, ~gap))

    def _p(self, day: date) -> int:
        return self.bounds.index(day.isoformat())

    def at(self, day: date) -> int:
        """Members in a group at 00:00 of ``day``."""
        k = self._p(day)
        n = sum(c for (pj, pl), c in self.hull.items() if pj <= k < pl)
        n -= sum(c for (pg, pj), c in self.gaps.items() if pg <= k < pj)
        return n + self.exact.get(("at", day.isoformat()), 0)

    def during(self, start: date, end: date) -> int:
        """Members in a group at any time from ``start`` to before ``end``."""
        a, c = self._p(start), self._p(end)
        n = sum(v for (pj, pl), v in self.hull.items() if pj <= c and pl > a)
        n -= sum(v for (pg, pj), v in self.gaps.items() if pg <= a and pj > c)
        return n + self.exact.get(("during", start.isoformat(), end.isoformat()), 0)


_NO_JOIN, _NO_LEAVE = "", "9999-12-31"  # an unknown join date sorts before every day, an open stay after


def presence(
    session: Session,
    scope: Scope,
    group_id: int | None,
    moments: list[date],
    spans: list[tuple[date, date]],
    per_member: bool = False,
) -> Presence:
    """Counts for the days in ``moments`` (``Presence.at``) and the spans (``Presence.during``).

    From the membership summary (its few thousand distinct cells, counted beforehand in ``span_cell``), unless
    ``per_member``: that makes one pass over the memberships and keeps each member's cells in a temporary table
    (``Presence.members``, ``member_in``), so that a later query can pick the members in a group on one of the days
    without another pass. Both give the same counts."""
    if not per_member:
        return _presence_from_spans(session, scope, group_id, moments, spans)
    return _presence_pass(session, scope, group_id, moments, spans, per_member)


def _presence_from_spans(
    session: Session, scope: Scope, group_id: int | None, moments: list[date], spans: list[tuple[date, date]]
) -> Presence:
    """``presence`` from ``member_span``: its cells (first join, last leave, the gap of two stays) counted per
    distinct value, placed among the bounds here; the members not counted (a handful) subtracted by their key."""
    activity.ensure_spans_current(session)
    bounds = sorted({d.isoformat() for d in moments} | {d.isoformat() for s in spans for d in s})
    s = MemberSpan
    gid = 0 if group_id is None else group_id
    scope_cond = [scope.counted(Membership.member_id)]
    if group_id is not None:
        scope_cond.append(Membership.group_id == group_id)
    out = Presence(bounds, scope_cond=scope_cond)
    listed = len(scope.others) <= scope.MAX_LISTED
    cells = [s.group_id == gid, s.hard == 0]
    if not listed:
        cells.append(s.member_id.in_(counted_members()))

    def place(rows, sign: int) -> None:
        for j0, l1, g0, g1, count in rows:
            out.hull[(bisect_right(bounds, j0), bisect_right(bounds, l1))] += sign * int(count)
            if g0 is not None:
                out.gaps[(bisect_right(bounds, g0), bisect_right(bounds, g1))] += sign * int(count)

    cols = (s.j0, s.l1, s.g0, s.g1)
    if listed:  # the cells counted beforehand (span_cell, a few thousand rows); '' there is "no gap"
        c = SpanCell
        counted = select(c.j0, c.l1, func.nullif(c.g0, ""), func.nullif(c.g1, ""), c.members).where(c.group_id == gid)
        place(session.execute(counted), 1)
    else:
        place(session.execute(select(*cols, func.count()).where(*cells).group_by(*cols)), 1)
    if listed and scope.others:
        place(session.execute(select(*cols, literal(1)).where(*cells, s.member_id.in_(scope.others))), -1)
    who = select(s.member_id).where(s.group_id == gid, s.hard == 1, scope.counted(s.member_id))
    if session.execute(who.limit(1)).first() is not None:
        out.exact = _presence_one_by_one(session, scope_cond, who, moments, spans)
    return out


def _presence_pass(
    session: Session,
    scope: Scope,
    group_id: int | None,
    moments: list[date],
    spans: list[tuple[date, date]],
    per_member: bool = False,
) -> Presence:
    """``presence`` from one pass over the memberships (grouped per member here)."""
    days = {d.isoformat() for d in moments} | {d.isoformat() for s in spans for d in s}
    bounds = sorted(days)
    k = len(bounds)
    joined = type_coerce(Membership.joined_at, String)
    left = type_coerce(Membership.left_at, String)
    j, lv = func.coalesce(joined, _NO_JOIN), func.coalesce(left, _NO_LEAVE)

    def p_low(x):  # number of bounds <= x, testing from the first (join dates are mostly early)
        return case(*[(x < b, i) for i, b in enumerate(bounds)], else_=k)

    def p_high(x):  # the same, testing from the last (most stays are still open)
        return case(*[(x >= b, i + 1) for i, b in reversed(list(enumerate(bounds)))], else_=0)

    scope_cond = [scope.counted(Membership.member_id)]
    if group_id is not None:
        scope_cond.append(Membership.group_id == group_id)
    n = func.count()
    bad = func.max(case((left < joined, 1), else_=0))  # a stay that ends before it starts
    hard = or_(n > 2, bad == 1)
    # Per member: its stays, first join, last leave, and for two stays (A, then B) the gap between them when A
    # ends before B starts: from min(leave) to max(join). Aggregated first, then placed among the bounds.
    per = (
        select(Membership.member_id, case((hard, 1), else_=0).label("hard"), n.label("n"), func.min(j).label("j0"),
               func.max(j).label("j1"), func.min(lv).label("l0"), func.max(lv).label("l1"))
        .where(*scope_cond).group_by(Membership.member_id).subquery()
    )  # fmt: skip
    hull = case((per.c.hard == 1, -1), else_=p_low(per.c.j0) * (k + 1) + p_high(per.c.l1))
    gap = case((and_(per.c.n == 2, per.c.l0 < per.c.j1), p_low(per.c.l0) * (k + 1) + p_low(per.c.j1)), else_=-1)
    out = Presence(bounds, scope_cond=scope_cond)
    if per_member:
        name = temp_table(
            session.connection(), "presence_member", "member_id INTEGER PRIMARY KEY, h INTEGER, g INTEGER"
        )
        cells = table(name, column("member_id", Integer), column("h", Integer), column("g", Integer))
        session.execute(
            insert(cells).from_select(["member_id", "h", "g"], select(per.c.member_id, hull.label("h"), gap.label("g")))
        )
        out.members = cells
    else:
        cells = select(hull.label("h"), gap.label("g")).cte("cells").prefix_with("MATERIALIZED")
    # Most members were in since before the first bound and still are: counted apart, so that only the others
    # are sorted into cells.
    everywhere = and_(cells.c.h == k, cells.c.g == -1)  # p(first join) 0, p(last leave) k, no gap
    rows = select(cells.c.h, cells.c.g, func.count()).where(~everywhere).group_by(cells.c.h, cells.c.g)
    rows = rows.union_all(select(literal(k), literal(-1), func.count()).where(everywhere))
    hard_members = 0
    for h, g, count in session.execute(rows):
        if not count:
            continue
        if h < 0:
            hard_members += count
            continue
        out.hull[divmod(int(h), k + 1)] += int(count)
        if g >= 0:
            out.gaps[divmod(int(g), k + 1)] += int(count)
    if hard_members:
        who = select(Membership.member_id).where(*scope_cond).group_by(Membership.member_id).having(hard)
        out.exact = _presence_one_by_one(session, scope_cond, who, moments, spans)
    return out


def _presence_one_by_one(session: Session, scope_cond, who, moments, spans) -> dict:
    """The old way, for the few members the hull cannot describe (``who``): a flag per member and check, summed."""
    joined = type_coerce(Membership.joined_at, String)
    left = type_coerce(Membership.left_at, String)

    def in_at(d: str):
        return and_(or_(joined.is_(None), joined < d), or_(left.is_(None), left >= d))

    checks = [("at", d.isoformat()) for d in moments] + [("during", s.isoformat(), e.isoformat()) for s, e in spans]
    flags = []
    for i, check in enumerate(checks):
        if check[0] == "at":
            cond = in_at(check[1])
        else:
            cond = and_(or_(joined.is_(None), joined < check[2]), or_(left.is_(None), left >= check[1]))
        flags.append(func.max(case((cond, 1), else_=0)).label(f"f{i}"))
    per = select(*flags).where(*scope_cond, Membership.member_id.in_(who)).group_by(Membership.member_id).subquery()
    sums = session.execute(select(*[func.coalesce(func.sum(c), 0) for c in per.c])).one()
    return {check: int(v) for check, v in zip(checks, sums, strict=True)}


def week_starts(today: date, weeks: int) -> list[date]:
    """The ``weeks + 1`` Mondays bounding the last ``weeks`` complete weeks before the week containing ``today``."""
    this_monday = today - timedelta(days=today.weekday())
    return [this_monday - timedelta(days=7 * i) for i in range(weeks, -1, -1)]


def weekly(
    session: Session,
    today: date,
    weeks: int = 12,
    group_id: int | None = None,
    active_messages: int | None = None,
    scope: Scope | None = None,
    present: Presence | None = None,
) -> list[Week]:
    """The last ``weeks`` complete weeks (Monday to Sunday) before the week containing ``today``.

    Members present and at each week's end from one pass over memberships (``presence``); messages, speakers and
    active members per week from ``member_week``; joins and leaves in one indexed range over the events.
    """
    activity.ensure_current(session)
    scope = scope or Scope(session)
    days = week_starts(today, weeks)
    spans = list(zip(days, days[1:], strict=False))
    if present is None or not set(d.isoformat() for d in days) <= set(present.bounds):
        present = presence(session, scope, group_id, days[1:], spans)

    msgs = _week_messages(session, scope, group_id, days[:-1], active_messages)
    moves = range_counts(session, group_id, ("join", "leave", "removed"), spans, scope.trashed)
    out = []
    for start_day, end_day in spans:
        n, speakers, active = msgs.get(start_day, (0, 0, 0))
        span = (start_day, end_day)
        leaves = moves[("leave", span)] + moves[("removed", span)]
        out.append(Week(start_day, present.at(end_day), present.during(start_day, end_day), speakers, n,
                        moves[("join", span)], leaves, active))  # fmt: skip
    return out


def _week_messages(
    session: Session, scope: Scope, group_id: int | None, weeks: list[date], active_messages: int | None
) -> dict[date, tuple[int, int, int]]:
    """Messages, speakers and active members (≥ ``active_messages``; 0 when not asked) of counted members per week.

    From the weekly totals (``week_stat``: a histogram of the members' message counts per week and group), less
    the members not counted (a handful, read by their own index); else from ``member_week``, a week at a time."""
    threshold = active_messages if active_messages is not None else 1 << 30
    out: dict[date, list[int]] = {w: [0, 0, 0] for w in weeks}
    if not weeks:
        return {}
    listed = len(scope.others) <= scope.MAX_LISTED
    if listed and (active_messages is None or active_messages <= WEEK_STAT_CAP) and activity.week_stats_usable(session):
        gid = -1 if group_id is None else group_id
        for week, n, members, messages in session.execute(
            select(WeekStat.week_start, WeekStat.n, WeekStat.members, WeekStat.messages).where(
                WeekStat.week_start >= weeks[0], WeekStat.week_start <= weeks[-1], WeekStat.group_id == gid
            )
        ):
            t = out.get(_as_date(week))
            if t is not None:
                t[0] += int(messages)
                t[1] += int(members)
                t[2] += int(members) if n >= threshold else 0
        if scope.others:
            mine = [MemberWeek.week_start >= weeks[0], MemberWeek.week_start <= weeks[-1],
                    MemberWeek.member_id.in_(scope.others)]  # fmt: skip
            if group_id is not None:
                mine.append(MemberWeek.group_id == group_id)
            for week, _mid, n in session.execute(
                select(MemberWeek.week_start, MemberWeek.member_id, func.sum(MemberWeek.messages))
                .where(*mine)
                .group_by(MemberWeek.week_start, MemberWeek.member_id)
            ):
                t = out.get(_as_date(week))
                if t is not None:
                    t[0] -= int(n)
                    t[1] -= 1
                    t[2] -= 1 if n >= threshold else 0
        return {w: (t[0], t[1], t[2]) for w, t in out.items()}
    for week in weeks:  # a week at a time: each is one range of member_week, already in member order
        chosen = [MemberWeek.week_start == week, scope.counted(MemberWeek.member_id)]
        if group_id is not None:
            chosen.append(MemberWeek.group_id == group_id)
        per = select(func.sum(MemberWeek.messages).label("n")).where(*chosen).group_by(MemberWeek.member_id).subquery()
        n, speakers, active = session.execute(
            select(func.sum(per.c.n), func.count(), func.sum(case((per.c.n >= threshold, 1), else_=0)))
        ).one()
        out[week] = [int(n or 0), int(speakers), int(active or 0)]
    return {w: (t[0], t[1], t[2]) for w, t in out.items()}


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


# --- periods and the period's figures (the dashboard's cards, the report and ``main.py metrics``) -------------


class PeriodError(UserError, ValueError):
    """A period the user typed that cannot be read; ``str()`` says what is expected."""


@dataclass(frozen=True)
class Period:
    start: date  # first day
    end: date  # first day after the period
    label: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def previous(self) -> Period:
        """The period of the same length just before (last week for a week, the month before for a month)."""
        if self.label[:4].isdigit() and len(self.label) == 7 and self.label[4] == "-" and self.label[5:].isdigit():
            first = (self.start - timedelta(days=1)).replace(day=1)
            return month_period(first.year, first.month)
        start = self.start - timedelta(days=self.days)
        return Period(start, self.start, _label_for(start, self.start))


def _label_for(start: date, end: date) -> str:
    if end - start == timedelta(days=7) and start.weekday() == 0:
        iso = start.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    return f"{start.isoformat()}..{(end - timedelta(days=1)).isoformat()}"


def week_period(year: int, week: int) -> Period:
    try:
        start = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise PeriodError(f"{year} has no ISO week {week}.") from None
    return Period(start, start + timedelta(days=7), f"{year}-W{week:02d}")


def month_period(year: int, month: int) -> Period:
    if not 1 <= month <= 12:
        raise PeriodError(f"There is no month {month}.")
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return Period(start, end, f"{year}-{month:02d}")


def quarter_period(year: int, quarter: int) -> Period:
    if not 1 <= quarter <= 4:
        raise PeriodError(f"There is no quarter {quarter}.")
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
    return Period(start, end, f"{year}-Q{quarter}")


def parse_period(text: str) -> Period:
    """``2026-W48`` (ISO week), ``2026-11`` (month), ``2026-Q4`` (quarter) or ``2026-11-01..2026-11-30`` (both days
    included)."""
    value = text.strip().upper()
    try:
        if "..." not in value and ".." in value:
            a, b = value.split("..")
            start, last = date.fromisoformat(a.strip()), date.fromisoformat(b.strip())
            if last < start:
                raise PeriodError(f"The period {text!r} ends before it starts.")
            return Period(start, last + timedelta(days=1), f"{start.isoformat()}..{last.isoformat()}")
        year, sep, rest = value.partition("-")
        if sep and year.isdigit() and len(year) == 4:
            if rest.startswith("W") and rest[1:].isdigit():
                return week_period(int(year), int(rest[1:]))
            if rest.startswith("Q") and rest[1:].isdigit():
                return quarter_period(int(year), int(rest[1:]))
            if rest.isdigit() and len(rest) in (1, 2):
                return month_period(int(year), int(rest))
            if len(rest) == 5:  # a single day
                day = date.fromisoformat(value)
                return Period(day, day + timedelta(days=1), day.isoformat())
    except ValueError as exc:
        if isinstance(exc, PeriodError):
            raise
        raise PeriodError(f"Cannot read the period {text!r}: {exc}.") from None
    raise PeriodError(
        f"Cannot read the period {text!r}: use a week (2026-W48), a month (2026-11), a quarter (2026-Q4) "
        "or two days (2026-11-01..2026-11-30)."
    )


def counted_members():
    """Members the community figures count: role ``member`` (not the owner or staff), not in the trash."""
    return select(Member.id).where(Member.role == "member", Member.deleted_at.is_(None))


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def _in_group(gid: int | None):
    return any_group() if gid is None else Event.group_id == gid


def _group_branches(gid: int | None) -> list:
    """The group conditions whose union is ``_in_group(gid)``, each a range of ``ix_event_group_kind_ts``: an OR
    of the two (``any_group``) makes SQLite collect row ids and read every row instead of counting the index."""
    if gid is not None:
        return [Event.group_id == gid]
    return [Event.group_id.in_(select(Group.id)), Event.group_id.is_(None)]


def range_counts(
    session: Session,
    gid: int | None,
    kinds: tuple[str, ...],
    spans: list[tuple[date, date]],
    trashed: list[int] | None = None,
) -> Counter:
    """Events of each kind in each span of days (``[start, end)``) in the group (``None``: every group and none),
    leaving out the events of members in the trash (``trashed``, their ids, as ``Scope`` read them; read here if
    not given): ``{(kind, (start, end)): n}``.

    Every count is a range of the (group, kind, time) index read alone, all in one statement; the trashed members'
    events (few, through their own index) are then subtracted."""
    cells = [(k, span) for k in kinds for span in spans]
    branches = _group_branches(gid)
    counts = [
        select(func.count())
        .where(b, Event.kind == k, Event.ts >= day_text(a), Event.ts < day_text(z))
        .scalar_subquery()
        for k, (a, z) in cells
        for b in branches
    ]
    row = session.execute(select(*counts)).one() if counts else ()
    out: Counter = Counter()
    for i, cell in enumerate(cells):
        out[cell] = sum(int(v) for v in row[i * len(branches) : (i + 1) * len(branches)])
    if not spans:
        return out
    first, last = min(a for a, _z in spans), max(z for _a, z in spans)
    if trashed is None:
        trashed = [int(i) for i in session.execute(select(Member.id).where(Member.deleted_at.is_not(None))).scalars()]
    if not trashed:
        return out
    # Listed (not a subquery), so SQLite reads the trashed members' events by their (member, kind, time) index
    # instead of every event of these kinds; the group is checked here, for the same reason.
    groups = {int(g) for g in session.execute(select(Group.id)).scalars()}
    rows = []
    for i in range(0, len(trashed), 500):
        rows += session.execute(
            select(Event.kind, Event.ts, Event.group_id).where(
                Event.member_id.in_(trashed[i : i + 500]), Event.kind.in_(kinds), Event.ts >= day_text(first),
                Event.ts < day_text(last))
        ).all()  # fmt: skip
    for kind, ts, group in rows:
        if (group != gid) if gid is not None else (group is not None and group not in groups):
            continue
        day = str(ts)[:10]
        for a, z in spans:
            if a.isoformat() <= day < z.isoformat():
                out[(kind, (a, z))] -= 1
    return out


FIGURE_KEYS = (
    "period",
    "group",
    "members_start",
    "members_end",
    "joins",
    "leaves",
    "net",
    "present",
    "messages",
    "speakers",
    "speaking_rate",
    "check_ins",
    "orders",
    "refunds",
    "revenue",
    "buyers",
    "repeat_buyers",
    "repeat_purchase_rate",
    "clv",
    "avg_days_between_orders",
    "nps",
    "nps_responses",
    "promoters",
    "passives",
    "detractors",
    "invites",
    "inviters",
    "fission_coefficient",
    "open_rate",
)


def figures(
    session: Session,
    period: Period,
    group_id: int | None = None,
    group_name: str | None = None,
    scope: Scope | None = None,
    present: Presence | None = None,
    lifetime: dict | None = None,
) -> dict:
    """The period's key figures (definitions and formulas: docs/metrics.md). One function feeds the dashboard's
    cards, the weekly report and ``main.py metrics``, so they always agree. ``scope`` and ``present`` may be shared
    with other computations of the same load (``present`` must know the period's first and last day)."""
    activity.ensure_current(session)
    scope = scope or Scope(session)
    if present is None or not {period.start.isoformat(), period.end.isoformat()} <= set(present.bounds):
        present = presence(session, scope, group_id, [period.start, period.end], [(period.start, period.end)])
    start, end = day_text(period.start), day_text(period.end)
    members_start, members_end = present.at(period.start), present.at(period.end)
    messages, speakers, outside = _period_messages(session, scope, period, group_id)
    # Present: in the group at any time in the period, or spoke in it (a join date after the first message, as a
    # late import can leave it, must not make the rate exceed 100%).
    present_n = present.during(period.start, period.end) + outside
    in_period = and_(_in_group(group_id), Event.ts >= start, Event.ts < end)

    span = (period.start, period.end)
    counts = range_counts(session, group_id, ("join", "leave", "removed", "check-in", "invite"), [span], scope.trashed)
    kinds: dict[str, tuple[int, float]] = {
        k: (counts[(k, span)], 0.0) for k in ("join", "leave", "removed", "check-in")
    }
    kept = or_(
        Event.member_id.is_(None), Event.member_id.not_in(select(Member.id).where(Member.deleted_at.is_not(None)))
    )
    # Orders and buyers in one pass over the period's purchases per member (the purchases' own index): orders and
    # revenue leave out the trashed members' purchases, buyers count every member who bought.
    trashed = set(scope.trashed)
    orders, gross, buyers, repeat = 0, 0.0, 0, 0
    for mid, n, amount in session.execute(
        from_purchases(
            select(Event.member_id, func.count(), func.coalesce(func.sum(Event.amount), 0))
            .where(Event.kind == "purchase", in_period)
            .group_by(Event.member_id)
        )
    ):
        if mid is None or mid not in trashed:
            orders += int(n)
            gross += float(amount)
        if mid is not None:
            buyers += 1
            repeat += n >= 2
    kinds["purchase"] = (orders, gross)
    for kind, n, amount in session.execute(  # the few refunds: their own rows
        select(Event.kind, func.count(), func.coalesce(func.sum(Event.amount), 0)).where(
            Event.kind == "refund", in_period, kept
        )
    ):
        if n:
            kinds[kind] = (int(n), float(amount))
    joins = kinds.get("join", (0, 0))[0]
    leaves = kinds.get("leave", (0, 0))[0] + kinds.get("removed", (0, 0))[0]
    orders, gross = kinds["purchase"]
    refunds, refunded = kinds.get("refund", (0, 0.0))
    revenue = round(gross - abs(refunded), 2)

    # CLV and the order rhythm: every purchase up to the period's end, per paying member.
    if lifetime is None or period.end not in lifetime:
        lifetime = lifetime_orders(session, group_id, [period.end])
    clv, avg_gap = lifetime[period.end]

    # Survey answers belong to a member, not a group: a group's NPS counts the answers of its members.
    nps_scope = [Event.group_id.is_(None)]  # answers have no group: this reads the (group, kind, ts) index
    if group_id is not None:
        members = select(Membership.member_id).where(
            Membership.group_id == group_id, scope.counted(Membership.member_id)
        )
        nps_scope.append(Event.member_id.in_(members))
    nps_row = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((Event.amount >= 9, 1), else_=0)), 0),
            func.coalesce(func.sum(case((Event.amount <= 6, 1), else_=0)), 0),
        ).where(Event.kind == "nps", Event.ts >= start, Event.ts < end, *nps_scope)
    ).one()
    responses, promoters, detractors = (int(v) for v in nps_row)
    nps = round(100 * (promoters - detractors) / responses) if responses else None

    invites = counts[("invite", span)]
    inviters = session.execute(
        select(func.count(func.distinct(Event.member_id))).where(Event.kind == "invite", in_period, kept)
    ).scalar_one()
    # 打开率: opens ÷ reach of the posts published in the period whose results were noted (both entered by hand).
    posted_at = func.coalesce(PlanEntry.posted_at, PlanEntry.scheduled_at)
    post_scope = [PlanEntry.status == "posted", PlanEntry.deleted_at.is_(None), PlanEntry.reach > 0,
                  PlanEntry.opens.is_not(None), posted_at >= start, posted_at < end]  # fmt: skip
    if group_id is not None:
        post_scope.append(PlanEntry.group_id == group_id)
    opens, reach = session.execute(
        select(func.sum(PlanEntry.opens), func.sum(PlanEntry.reach)).where(*post_scope)
    ).one()
    return {
        "period": period.label,
        "group": group_name,
        "members_start": members_start,
        "members_end": members_end,
        "joins": joins,
        "leaves": leaves,
        "net": members_end - members_start,
        "present": present_n,
        "messages": int(messages),
        "speakers": int(speakers),
        "speaking_rate": round(speakers / present_n, 4) if present_n else None,
        "check_ins": kinds.get("check-in", (0, 0))[0],
        "orders": orders,
        "refunds": refunds,
        "revenue": revenue,
        "buyers": int(buyers),
        "repeat_buyers": int(repeat),
        "repeat_purchase_rate": round(repeat / buyers, 4) if buyers else None,
        "clv": clv,
        "avg_days_between_orders": avg_gap,
        "nps": nps,
        "nps_responses": responses,
        "promoters": promoters,
        "passives": responses - promoters - detractors,
        "detractors": detractors,
        "invites": int(invites),
        "inviters": int(inviters),
        "fission_coefficient": round(invites / inviters, 2) if inviters else None,
        "open_rate": round(int(opens) / int(reach), 4) if reach else None,
    }


def lifetime_orders(session: Session, group_id: int | None, ends: list[date]) -> dict[date, tuple]:
    """CLV and the average days between orders counting every purchase before each day of ``ends``: ``{end: (clv,
    avg_days)}`` (docs/metrics.md: ``clv``, ``avg_days_between_orders``).

    Per end, one pass over the purchases in member order (the partial index ``ix_event_purchase`` holds them
    alone, with their time and amount), summed per member and then over the members in SQL."""
    ends = sorted(set(ends))
    out = {}
    refunds = session.execute(
        select(*[func.coalesce(func.sum(case((Event.ts < day_text(e), Event.amount))), 0) for e in ends]).where(
            _in_group(group_id), Event.kind == "refund", Event.ts < day_text(ends[-1])
        )
    ).one()
    for i, end in enumerate(ends):
        per = from_purchases(
            select(func.count().label("n"), func.sum(Event.amount).label("spend"), func.min(Event.ts).label("first"),
                   func.max(Event.ts).label("last"))
            .where(Event.kind == "purchase", Event.member_id.is_not(None), Event.ts < day_text(end),
                   _in_group(group_id))
            .group_by(Event.member_id)
        ).subquery()  # fmt: skip
        gap = (func.julianday(per.c.last) - func.julianday(per.c.first)) / (per.c.n - 1)  # days between orders
        buyers, spend, gap_sum, repeaters = session.execute(
            select(func.count(), func.coalesce(func.sum(per.c.spend), 0), func.sum(case((per.c.n >= 2, gap))),
                   func.coalesce(func.sum(case((per.c.n >= 2, 1), else_=0)), 0))
        ).one()  # fmt: skip
        clv = round((float(spend) - abs(float(refunds[i]))) / buyers, 2) if buyers else None
        out[end] = (clv, round(float(gap_sum) / repeaters, 1) if repeaters else None)
    return out


def _period_messages(session: Session, scope: Scope, period: Period, group_id: int | None) -> tuple[int, int, int]:
    """Messages, speakers, and speakers with no stay in the group(s) during the period, of counted members.

    The period's whole weeks come from ``member_week``; its first and last few days (when it does not start on a
    Monday or end on a Sunday) from the events, by day.
    """
    first_monday = period.start + timedelta(days=-period.start.weekday() % 7)
    last_monday = period.end - timedelta(days=period.end.weekday())
    if first_monday < last_monday:
        edges = [(period.start, first_monday), (last_monday, period.end)]
    else:
        first_monday = last_monday = period.start  # no whole week: every day from the events
        edges = [(period.start, period.end)]
    edges = [(a, b) for a, b in edges if a < b]
    weeks = [MemberWeek.week_start >= first_monday, MemberWeek.week_start < last_monday,
             scope.counted(MemberWeek.member_id)]  # fmt: skip
    if group_id is not None:
        weeks.append(MemberWeek.group_id == group_id)
    from_weeks = select(MemberWeek.member_id).where(*weeks)
    parts = [from_weeks]
    n_edge = 0
    for a, b in edges:  # one range each (per group branch): an OR of ranges would not read the index alone
        for branch in _group_branches(group_id):
            from_days = select(Event.member_id).where(
                Event.kind == "message",
                branch,
                Event.ts >= day_text(a),
                Event.ts < day_text(b),
                scope.counted(Event.member_id),
            )
            parts.append(from_days)
            n_edge += int(session.execute(select(func.count()).select_from(from_days.subquery())).scalar_one())
    n_weeks = session.execute(select(func.coalesce(func.sum(MemberWeek.messages), 0)).where(*weeks)).scalar_one()
    speakers = union(*parts).subquery() if len(parts) > 1 else from_weeks.group_by(MemberWeek.member_id).subquery()
    stays = [Membership.member_id == speakers.c.member_id,
             or_(Membership.joined_at.is_(None), Membership.joined_at < day_text(period.end)),
             or_(Membership.left_at.is_(None), Membership.left_at >= day_text(period.start))]  # fmt: skip
    if group_id is not None:
        stays.append(Membership.group_id == group_id)
    # A stay touches the period: from the membership summary (first join before the period's end, last leave on
    # or after its start, and no gap between two stays covering the whole period); members with more stays (or odd
    # dates) from their memberships.
    activity.ensure_spans_current(session)
    span, first, end = MemberSpan, period.start.isoformat(), period.end.isoformat()
    touches = and_(span.j0 < end, span.l1 >= first, or_(span.g0.is_(None), span.g0 >= first, span.g1 < end))
    in_group = exists().where(
        span.member_id == speakers.c.member_id,
        span.group_id == (0 if group_id is None else group_id),
        or_(and_(span.hard == 0, touches), and_(span.hard == 1, exists().where(*stays))),
    )
    outside = case((~in_group, 1), else_=0)
    n_speakers, n_outside = session.execute(
        select(func.count(), func.coalesce(func.sum(outside), 0)).select_from(speakers)
    ).one()
    return int(n_weeks) + n_edge, int(n_speakers), int(n_outside)


def _as_dt(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
