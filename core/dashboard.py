"""Everything the dashboard (and the weekly report) draws, computed in SQL for one period and group.

``load()`` returns a ``DashboardData``: the period's key figures (``core.metrics.figures``, the same numbers as
``main.py metrics``) and one data set per chart. Definitions and formulas: docs/metrics.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlmodel import Session

from core import activity, metrics
from core.db import driver_rows, from_purchases, mapped_reads
from core.metrics import Period, counted_members
from core.models import (
    TIERS,
    ContentItem,
    Event,
    Group,
    HourStat,
    Member,
    MemberActivity,
    Membership,
    PlanEntry,
)
from core.settings import get_thresholds

# Silence buckets of the churn snapshot, in order; a member is in exactly one.
SILENCE_BUCKETS = ("active", "shallow_churn", "drifting", "deep_churn", "never_spoke")
TIER_CHANGE = "tier-change"  # event kind: ref = new tier, subtype = old tier (written by the points module)
NPS = "nps"  # event kind: amount = the survey score 0–10


@dataclass
class DashboardData:
    period: Period
    group_id: int | None
    group_name: str | None
    figures: dict
    previous: dict  # the same figures for the period before
    thresholds: dict[str, float]
    weeks: list[metrics.Week] = field(default_factory=list)
    weekly_orders: list[tuple[date, int, float]] = field(default_factory=list)  # week start, orders, revenue
    weekly_mix: list[tuple[date, int, int, int]] = field(default_factory=list)  # active, occasional, silent
    heatmap: list[list[int]] = field(default_factory=list)  # [weekday 0=Mon][hour]
    best_times: list[tuple[int, int, int]] = field(default_factory=list)  # weekday, hour, messages
    silence: dict[str, list[int]] = field(default_factory=dict)  # bucket → member ids (as of ``as_of``)
    as_of: date | None = None
    cohorts: list[tuple[str, int, list[float | None]]] = field(default_factory=list)  # month, size, retained
    tiers: dict[str, int] = field(default_factory=dict)  # tier (or "none") → members now
    tier_moves: list[tuple[str, int, int, int]] = field(default_factory=list)  # tier, up, held, down
    tier_history: bool = False
    top_inviters: list[tuple[int, str, int]] = field(default_factory=list)  # member id, name, invites
    funnels: list[tuple[str, list[int]]] = field(default_factory=list)  # campaign, [reach, clicks, carts, orders]
    top_posts: list[dict] = field(default_factory=list)
    content_by: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)  # "core"/"category" → rows
    recall: list[tuple[str, int, int]] = field(default_factory=list)  # segment, sent, recovered
    # What a part handed out early holds (``load(..., partial=)``): chart keys and "cards" (the key figures).
    # None: everything (the data ``load`` returns).
    ready: frozenset[str] | None = None

    @property
    def has_activity(self) -> bool:
        f = self.figures
        if not f:
            return True  # not computed yet (an early part): the charts decide nothing
        return bool(f["messages"] or f["joins"] or f["leaves"] or f["orders"] or f["members_end"])


def group_id_for(session: Session, name: str | None) -> int | None:
    """The id of the group called ``name`` (None: all groups); a clear error for an unknown name."""
    if not name:
        return None
    gid = session.execute(select(Group.id).where(Group.name == name)).scalar()
    if gid is None:
        names = ", ".join(session.execute(select(Group.name).order_by(Group.name)).scalars())
        raise metrics.PeriodError(f"There is no group called {name!r}. Groups: {names or '(none)'}.")
    return int(gid)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def _in_group(gid: int | None):
    return metrics._in_group(gid)


def load(
    session: Session,
    period: Period,
    group_id: int | None = None,
    as_of: date | None = None,
    progress=None,
    partial=None,
) -> DashboardData:
    """All chart data for ``period`` (and ``group_id``); the churn snapshot and tiers are as of ``as_of``.

    The load has two stages. The first reads only summaries and small tables: the weekly series, the heatmap, the
    funnels and the key figures of both periods (enough for the first screen: ``FIRST_PART`` and the cards). It
    hands out its parts as they are ready: ``partial(data)``, if given, receives a copy each time, whose
    ``ready`` names the charts (and "cards") it can show, so the page draws the first charts while the worker
    computes the figures; those fields do not change afterwards. The second stage adds what needs a pass over the
    members (silence buckets, tiers, cohorts) and the rest; the returned data is always complete (export,
    click-through, the weekly report).
    """
    with mapped_reads(session.connection()):
        return _load(session, period, group_id, as_of, progress or (lambda f, m: None), partial)


# The charts the first stage's data is enough for: the first six of the page (``core.dashboard_charts.CHARTS``),
# what the first screen shows. The weekly ones are handed out first; the cards ("cards") come with the figures.
FIRST_PART = ("growth", "speaking_rate", "heatmap", "segment_mix", "revenue", "funnel")
WEEKLY_PART = ("growth", "speaking_rate", "segment_mix", "revenue")
CARDS = "cards"


def _load(session: Session, period: Period, group_id, as_of, step, partial) -> DashboardData:
    activity.ensure_current(session)  # message events written without the summaries are folded in first
    scope = metrics.Scope(session)
    name = session.get(Group, group_id).name if group_id is not None else None
    as_of = as_of or min(date.today(), period.end - timedelta(days=1))
    previous = period.previous()
    elapsed = (as_of - period.start).days + 1
    if 0 < elapsed < period.days:  # a period in progress is compared with the same number of days before it
        cut = min(previous.end, previous.start + timedelta(days=elapsed))
        previous = Period(previous.start, cut, metrics._label_for(previous.start, cut))
    last_day = min(period.end - timedelta(days=1), as_of)
    week_days = metrics.week_starts(last_day + timedelta(days=7), 12)  # the 12 weeks up to last_day's week
    spans = [(period.start, period.end), (previous.start, previous.end), *zip(week_days, week_days[1:], strict=False)]
    moments = [period.start, period.end, previous.start, previous.end, *week_days[1:]]
    ready: set[str] = set()

    def hand_out(keys) -> None:
        ready.update(keys)
        if partial is not None:
            partial(replace(data, ready=frozenset(ready)))

    # Stage 1: every presence count of both periods and the 12 weeks at once, from the membership summary.
    present = metrics.presence(session, scope, group_id, moments, spans)
    data = DashboardData(period, group_id, name, {}, {}, get_thresholds(session, group_id), as_of=as_of)
    active_n = int(data.thresholds["active_messages_per_week"])
    data.weeks = metrics.weekly(session, last_day + timedelta(days=7), 12, group_id, active_n, scope, present)
    first = data.weeks[0].start if data.weeks else period.start
    data.weekly_orders, data.weekly_mix = _weekly_orders_and_mix(session, first, len(data.weeks), group_id, data)
    hand_out(WEEKLY_PART)
    step(0.2, "weeks")
    # While the page draws those charts (the UI thread holds the GIL), two long statements that hardly need it.
    lifetime = metrics.lifetime_orders(session, group_id, [period.end, previous.end])  # one pass over orders
    data.heatmap, data.best_times = _heatmap(session, period, group_id, scope)
    data.funnels, data.top_posts, data.content_by = _content(session, period, group_id)
    hand_out(("heatmap", "funnel"))
    data.figures = metrics.figures(session, period, group_id, name, scope, present, lifetime)
    data.previous = metrics.figures(session, previous, group_id, name, scope, present, lifetime)
    hand_out((CARDS,))
    # Stage 2: the members in the groups now and at the period's end (one pass over memberships, members and
    # their activity), cohorts, tiers, inviters, recall.
    step(0.5, "members")
    tier_day = period.end - timedelta(days=1)
    data.silence, tiers = _members_now(session, as_of, tier_day, group_id, data.thresholds, scope)
    data.cohorts = _cohorts(session, period.end, group_id, scope=scope)
    data.tiers, data.tier_moves, data.tier_history = _tiers(session, period, group_id, tiers)
    step(0.8, "content")
    data.top_inviters = _top_inviters(session, period, group_id)
    data.recall = _recall(session, period, group_id)
    step(1.0, "done")
    return data


def _weekly_orders_and_mix(session: Session, first: date, weeks: int, gid: int | None, data: DashboardData):
    bounds = [metrics.day_text(first + timedelta(days=7 * i)) for i in range(weeks + 1)]
    week_of = metrics._bucket(Event.ts, bounds).label("week")
    in_range = and_(_in_group(gid), Event.ts >= bounds[0], Event.ts < bounds[-1])
    totals: dict[tuple[int, str], tuple[int, float]] = {}
    per_week = [week_of, Event.kind, func.count(), func.coalesce(func.sum(Event.amount), 0)]
    for w, kind, n, amount in session.execute(  # orders from the purchases' index; the few refunds' own rows
        from_purchases(
            select(*per_week).where(Event.kind == "purchase", in_range).group_by(week_of, Event.kind)
        ).union_all(select(*per_week).where(Event.kind == "refund", in_range).group_by(week_of, Event.kind))
    ):
        totals[(w, kind)] = (int(n), float(amount))
    weekly_orders = []
    for i in range(weeks):
        n, gross = totals.get((i, "purchase"), (0, 0.0))
        refunded = totals.get((i, "refund"), (0, 0.0))[1]
        weekly_orders.append((first + timedelta(days=7 * i), n, round(gross - abs(refunded), 2)))
    # Segment mix per week: active (≥ N messages that week), occasional (1 … N-1), silent (present, no message).
    weekly_mix = []
    for i, w in enumerate(data.weeks[:weeks]):
        weekly_mix.append((first + timedelta(days=7 * i), w.active, w.speakers - w.active,
                           max(0, w.present - w.speakers)))  # fmt: skip
    return weekly_orders, weekly_mix


def _heatmap(session: Session, period: Period, gid: int | None, scope: metrics.Scope | None = None):
    """Messages per weekday and hour: ``hour_stat`` per (day, hour) (a few hundred rows), less the messages of the
    members not counted (owner, staff, the trash: few, read through their index), folded by weekday."""
    scope = scope or metrics.Scope(session)
    grid = [[0] * 24 for _ in range(7)]
    cond = [HourStat.day >= period.start, HourStat.day < period.end]
    if gid is not None:
        cond.append(HourStat.group_id == gid)
    for d, h, n in session.execute(
        select(HourStat.day, HourStat.hour, func.sum(HourStat.messages))
        .where(*cond)
        .group_by(HourStat.day, HourStat.hour)
    ):
        grid[d.weekday()][int(h)] += int(n)
    if scope.others:
        day, hour = func.substr(Event.ts, 1, 10), func.substr(Event.ts, 12, 2)
        others = (
            Event.member_id.in_(scope.others)
            if len(scope.others) <= scope.MAX_LISTED
            else Event.member_id.not_in(metrics.counted_members())
        )
        mine = [Event.kind == "message", others, Event.ts >= metrics.day_text(period.start),
                Event.ts < metrics.day_text(period.end)]  # fmt: skip
        if gid is not None:
            mine.append(Event.group_id == gid)
        for d, h, n in session.execute(select(day, hour, func.count()).where(*mine).group_by(day, hour)):
            grid[date.fromisoformat(d).weekday()][int(h)] -= int(n)
    cells = sorted((-grid[w][h], w, h) for w in range(7) for h in range(24))  # ties: earlier in the week first
    best = [(w, h, -n) for n, w, h in cells[:3] if n < 0]
    return grid, best


def _current_members(as_of: date, gid: int | None, scope: metrics.Scope | None = None):
    """Counted members in a group (or ``gid``) at the end of ``as_of``."""
    counted = scope.counted(Membership.member_id) if scope else Membership.member_id.in_(counted_members())
    cond = and_(counted, _in_at(metrics.day_text(as_of + timedelta(days=1))))
    if gid is not None:
        cond = and_(cond, Membership.group_id == gid)
    return select(Membership.member_id).where(cond)


def _in_at(moment):
    return and_(or_(Membership.joined_at.is_(None), Membership.joined_at < moment),
                or_(Membership.left_at.is_(None), Membership.left_at >= moment))  # fmt: skip


_BUCKET_CODES = ("never_spoke", "active", "shallow_churn", "drifting", "deep_churn")


def _silence_bucket(as_of: date, t: dict):
    """Days since the last message (``member_activity``) as a bucket code (an index into ``_BUCKET_CODES``)."""
    end = _midnight(as_of + timedelta(days=1))
    quiet, shallow, deep = int(t["silent_after_days"]), int(t["shallow_churn_days"]), int(t["deep_churn_days"])
    last = MemberActivity.last_message_at

    def within(days: int):
        return last >= end - timedelta(days=days)

    # spoke in the last week: active; silent up to 30 days: shallow churn (浅流失); 31–59: drifting; ≥ 60 deep (深流失)
    return case(
        (last.is_(None), 0),
        (within(quiet), 1),
        (within(shallow), 2),
        (last > end - timedelta(days=deep), 3),
        else_=4,
    )


def _members_now(
    session: Session,
    as_of: date,
    tier_day: date,
    gid: int | None,
    t: dict,
    scope: metrics.Scope,
    present: metrics.Presence | None = None,
) -> tuple[dict[str, list[int]], dict[str, int]]:
    """The members in a group at the end of ``as_of`` by silence bucket, and those at the end of ``tier_day`` by
    tier: from ``present``'s per-member cells when it kept them for both days, else one pass over memberships."""
    now_day, then_day = as_of + timedelta(days=1), tier_day + timedelta(days=1)
    days = {now_day.isoformat(), then_day.isoformat()}
    if present is not None and present.members is not None and days <= set(present.bounds):
        cells = present.members
        in_now, in_then = present.member_in(now_day), present.member_in(then_day)
        per = (
            select(cells.c.member_id.label("mid"), case((in_now, 1), else_=0).label("now"),
                   case((in_then, 1), else_=0).label("then"))
            .where(or_(in_now, in_then)).subquery()
        )  # fmt: skip
    else:
        now, then = metrics.day_text(now_day), metrics.day_text(then_day)
        cond = [scope.counted(Membership.member_id), or_(_in_at(now), _in_at(then))]
        if gid is not None:
            cond.append(Membership.group_id == gid)
        per = (
            select(Membership.member_id.label("mid"), func.max(case((_in_at(now), 1), else_=0)).label("now"),
                   func.max(case((_in_at(then), 1), else_=0)).label("then"))
            .where(*cond).group_by(Membership.member_id).subquery()
        )  # fmt: skip
    stmt = (
        select(per.c.mid, per.c.now, per.c.then, Member.tier, _silence_bucket(as_of, t))
        .select_from(per)
        .join(Member, Member.id == per.c.mid)
        .outerjoin(MemberActivity, MemberActivity.member_id == per.c.mid)
    )
    silence: dict[str, list[int]] = {b: [] for b in SILENCE_BUCKETS}
    lists = [silence[c] for c in _BUCKET_CODES]
    tiers = {k: 0 for k in (*TIERS, "none")}
    for mid, in_now, in_then, tier, bucket in driver_rows(session.connection(), stmt):
        if in_now:
            lists[bucket].append(mid)
        if in_then:
            key = tier or "none"
            tiers[key] = tiers.get(key, 0) + 1
    return silence, tiers


def _silence(
    session: Session, as_of: date, gid: int | None, t: dict, scope: metrics.Scope | None = None
) -> dict[str, list[int]]:
    """Members in a group on ``as_of`` by days since their last message (member_activity: fast, all groups)."""
    return _members_now(session, as_of, as_of, gid, t, scope or metrics.Scope(session))[0]


def _add_months(day: date, months: int) -> date:
    m = day.month - 1 + months
    return date(day.year + m // 12, m % 12 + 1, 1)


def _cohorts(session: Session, end: date, gid: int | None, months: int = 6, scope: metrics.Scope | None = None):
    """Join-month cohorts of the last ``months`` months: the share still in the group at each month's end."""
    last_month = (end - timedelta(days=1)).replace(day=1)
    first_month = _add_months(last_month, -(months - 1))
    month = func.substr(Membership.joined_at, 1, 7)
    counted = scope.counted(Membership.member_id) if scope else Membership.member_id.in_(counted_members())
    cond = and_(counted, Membership.joined_at >= metrics.day_text(first_month),
                Membership.joined_at < metrics.day_text(end))  # fmt: skip
    if gid is not None:
        cond = and_(cond, Membership.group_id == gid)
    ends = [metrics.day_text(_add_months(first_month, k + 1)) for k in range(months)]
    stays = [func.sum(case((or_(Membership.left_at.is_(None), Membership.left_at >= e), 1), else_=0)) for e in ends]
    rows = {r[0]: r[1:] for r in session.execute(select(month, func.count(), *stays).where(cond).group_by(month))}
    out = []
    for i in range(months):
        m = _add_months(first_month, i)
        key = f"{m:%Y-%m}"
        size, *kept = rows.get(key, (0,) + (0,) * months)
        # month k after joining (0 = the join month itself), up to the period's end
        values: list[float | None] = []
        for k in range(months - i):
            values.append(round(kept[i + k] / size, 4) if size else None)
        out.append((key, int(size), values))
    return out


def _tiers(session: Session, period: Period, gid: int | None, tiers: dict[str, int]):
    """Tier movement in the period (Orbit-style) from ``tier-change`` events, given the members per tier now."""
    rank = {t: i for i, t in enumerate(TIERS)}
    # A tier belongs to the member, not to a group: a group's movement counts its members' changes.
    scope_ = (
        [] if gid is None else [Event.member_id.in_(select(Membership.member_id).where(Membership.group_id == gid))]
    )
    changes = session.execute(
        select(Event.member_id, Event.subtype, Event.ref)
        .where(Event.kind == TIER_CHANGE, metrics.any_group(), *scope_,
               Event.ts >= metrics.day_text(period.start), Event.ts < metrics.day_text(period.end))
        .order_by(Event.member_id, Event.ts)
    ).all()  # fmt: skip
    any_change = select(Event.id).where(Event.kind == TIER_CHANGE, metrics.any_group()).limit(1)
    history = bool(changes) or session.execute(any_change).first() is not None
    first_old: dict[int, str | None] = {}
    last_new: dict[int, str | None] = {}
    for mid, old, new in changes:
        first_old.setdefault(mid, old)
        last_new[mid] = new
    up = {t: 0 for t in TIERS}
    down = {t: 0 for t in TIERS}
    changed_at_end = {t: 0 for t in TIERS}
    for mid, new in last_new.items():
        old = first_old[mid]
        r_old, r_new = rank.get(old or "", -1), rank.get(new or "", -1)
        if new in TIERS:
            changed_at_end[new] += 1
        if r_new > r_old and new in TIERS:
            up[new] += 1
        elif r_new < r_old and old in TIERS:
            down[old] += 1
    moves = [(t, up[t], max(0, tiers.get(t, 0) - changed_at_end[t]), down[t]) for t in TIERS]
    return tiers, moves, history


def _top_inviters(session: Session, period: Period, gid: int | None, limit: int = 10):
    per = (  # the period's invites per inviter first (a few thousand rows), then their names
        select(Event.member_id.label("mid"), func.count().label("n"))
        .where(Event.kind == "invite", _in_group(gid), Event.ts >= metrics.day_text(period.start),
               Event.ts < metrics.day_text(period.end), Event.member_id.is_not(None))
        .group_by(Event.member_id)
        .subquery()
    )  # fmt: skip
    stmt = (
        select(per.c.mid, Member.display_name, per.c.n)
        .join(Member, Member.id == per.c.mid)
        .where(Member.deleted_at.is_(None))
        .order_by(per.c.n.desc(), per.c.mid)
        .limit(limit)
    )
    return [(int(m), name, int(c)) for m, name, c in session.execute(stmt)]


def _content(session: Session, period: Period, gid: int | None):
    when = func.coalesce(PlanEntry.posted_at, PlanEntry.scheduled_at)
    cond = and_(PlanEntry.deleted_at.is_(None), PlanEntry.status == "posted", when >= metrics.day_text(period.start),
                when < metrics.day_text(period.end))  # fmt: skip
    if gid is not None:
        cond = and_(cond, PlanEntry.group_id == gid)
    name = func.coalesce(PlanEntry.campaign, PlanEntry.title)
    f_rows = session.execute(
        select(name, func.sum(PlanEntry.reach), func.sum(PlanEntry.clicks), func.sum(PlanEntry.carts),
               func.sum(PlanEntry.orders))
        .where(cond, PlanEntry.reach.is_not(None), PlanEntry.reach > 0)
        .group_by(name).order_by(func.sum(PlanEntry.reach).desc()).limit(8)
    ).all()  # fmt: skip
    funnels = [(str(n), [int(v or 0) for v in vals]) for n, *vals in f_rows]
    score = (func.coalesce(PlanEntry.replies, 0) + func.coalesce(PlanEntry.shares, 0)
             + func.coalesce(PlanEntry.clicks, 0) + func.coalesce(PlanEntry.orders, 0))  # fmt: skip
    title = func.coalesce(func.nullif(PlanEntry.title, ""), ContentItem.title, "")
    top = session.execute(
        select(PlanEntry.id, title, Group.name, when, PlanEntry.reach, PlanEntry.opens, PlanEntry.replies,
               PlanEntry.shares, PlanEntry.clicks, PlanEntry.orders, score.label("score"))
        .join(Group, Group.id == PlanEntry.group_id)
        .outerjoin(ContentItem, ContentItem.id == PlanEntry.content_item_id)
        .where(cond, score > 0)
        .order_by(score.desc(), PlanEntry.id).limit(10)
    ).all()  # fmt: skip
    top_posts = [
        {"id": r[0], "title": r[1], "group": r[2], "posted": str(r[3])[:16], "reach": r[4], "opens": r[5],
         "replies": r[6], "shares": r[7], "clicks": r[8], "orders": r[9], "score": int(r[10])}
        for r in top
    ]  # fmt: skip
    by: dict[str, list[tuple[str, int, int]]] = {}
    for key, col in (("core", ContentItem.core), ("category", ContentItem.category)):
        rows = session.execute(
            select(col, func.count(), func.coalesce(func.sum(score), 0))
            .select_from(PlanEntry).join(ContentItem, ContentItem.id == PlanEntry.content_item_id)
            .where(cond).group_by(col).order_by(col)
        ).all()  # fmt: skip
        by[key] = [(str(k), int(n), int(s)) for k, n, s in rows]
    return funnels, top_posts, by


def _recall(session: Session, period: Period, gid: int | None) -> list[tuple[str, int, int]]:
    from core import recall

    totals: dict[str, list[int]] = {}
    for o in recall.outcomes(session, as_of=period.end - timedelta(days=1), since=period.start):
        t = totals.setdefault(o.segment, [0, 0])
        t[0] += o.sent
        t[1] += o.recovered
    return [(seg, s, r) for seg, (s, r) in sorted(totals.items())]
