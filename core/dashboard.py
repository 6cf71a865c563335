"""Everything the dashboard (and the weekly report) draws, computed in SQL for one period and group.

``load()`` returns a ``DashboardData``: the period's key figures (``core.metrics.figures``, the same numbers as
``main.py metrics``) and one data set per chart. Definitions and formulas: docs/metrics.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlmodel import Session

from core import metrics
from core.metrics import Period, counted_members
from core.models import TIERS, ContentItem, Event, Group, Member, MemberActivity, Membership, PlanEntry
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

    @property
    def has_activity(self) -> bool:
        f = self.figures
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
    session: Session, period: Period, group_id: int | None = None, as_of: date | None = None, progress=None
) -> DashboardData:
    """All chart data for ``period`` (and ``group_id``); the churn snapshot and tiers are as of ``as_of``."""
    step = progress or (lambda f, m: None)
    name = session.get(Group, group_id).name if group_id is not None else None
    as_of = as_of or min(date.today(), period.end - timedelta(days=1))
    figures = metrics.figures(session, period, group_id, name)
    previous = period.previous()
    elapsed = (as_of - period.start).days + 1
    if 0 < elapsed < period.days:  # a period in progress is compared with the same number of days before it
        cut = min(previous.end, previous.start + timedelta(days=elapsed))
        previous = Period(previous.start, cut, metrics._label_for(previous.start, cut))
    data = DashboardData(
        period, group_id, name, figures, metrics.figures(session, previous, group_id, name),
        get_thresholds(session, group_id), as_of=as_of,
    )  # fmt: skip
    step(0.3, "weeks")
    last_day = min(period.end - timedelta(days=1), as_of)
    active_n = int(data.thresholds["active_messages_per_week"])
    data.weeks = metrics.weekly(session, last_day + timedelta(days=7), 12, group_id, active_n)  # to last_day's week
    first = data.weeks[0].start if data.weeks else period.start
    data.weekly_orders, data.weekly_mix = _weekly_orders_and_mix(session, first, len(data.weeks), group_id, data)
    step(0.5, "heatmap")
    data.heatmap, data.best_times = _heatmap(session, period, group_id)
    step(0.6, "members")
    data.silence = _silence(session, as_of, group_id, data.thresholds)
    data.cohorts = _cohorts(session, period.end, group_id)
    data.tiers, data.tier_moves, data.tier_history = _tiers(session, period, group_id)
    data.top_inviters = _top_inviters(session, period, group_id)
    step(0.8, "content")
    data.funnels, data.top_posts, data.content_by = _content(session, period, group_id)
    data.recall = _recall(session, period, group_id)
    step(1.0, "done")
    return data


def _weekly_orders_and_mix(session: Session, first: date, weeks: int, gid: int | None, data: DashboardData):
    bounds = [_midnight(first + timedelta(days=7 * i)) for i in range(weeks + 1)]
    week_of = metrics._bucket(Event.ts, bounds).label("week")
    in_range = and_(_in_group(gid), Event.ts >= bounds[0], Event.ts < bounds[-1])
    orders = {
        w: (int(n), float(rev))
        for w, n, rev in session.execute(
            select(week_of, func.count(), func.coalesce(func.sum(Event.amount), 0))
            .where(Event.kind == "purchase", in_range)
            .group_by(week_of)
        )
    }
    refunds = {
        w: float(rev)
        for w, rev in session.execute(
            select(week_of, func.coalesce(func.sum(Event.amount), 0)).where(Event.kind == "refund", in_range)
            .group_by(week_of)
        )
    }  # fmt: skip
    weekly_orders = [
        (first + timedelta(days=7 * i), orders.get(i, (0, 0.0))[0],
         round(orders.get(i, (0, 0.0))[1] - abs(refunds.get(i, 0.0)), 2))
        for i in range(weeks)
    ]  # fmt: skip
    # Segment mix per week: active (≥ N messages that week), occasional (1 … N-1), silent (present, no message).
    weekly_mix = []
    for i, w in enumerate(data.weeks[:weeks]):
        weekly_mix.append((first + timedelta(days=7 * i), w.active, w.speakers - w.active,
                           max(0, w.present - w.speakers)))  # fmt: skip
    return weekly_orders, weekly_mix


def _heatmap(session: Session, period: Period, gid: int | None):
    """Messages per weekday and hour: counted per (day, hour) in SQL (a few hundred rows), folded by weekday."""
    day, hour = func.substr(Event.ts, 1, 10), func.substr(Event.ts, 12, 2)
    grid = [[0] * 24 for _ in range(7)]
    stmt = (
        select(day, hour, func.count())
        .where(Event.kind == "message", _in_group(gid), Event.ts >= _midnight(period.start),
               Event.ts < _midnight(period.end), Event.member_id.in_(counted_members()))
        .group_by(day, hour)
    )  # fmt: skip
    for d, h, n in session.execute(stmt):
        grid[date.fromisoformat(d).weekday()][int(h)] += int(n)
    cells = sorted((-grid[w][h], w, h) for w in range(7) for h in range(24))  # ties: earlier in the week first
    best = [(w, h, -n) for n, w, h in cells[:3] if n < 0]
    return grid, best


def _current_members(as_of: date, gid: int | None):
    moment = _midnight(as_of + timedelta(days=1))
    cond = and_(
        Membership.member_id.in_(counted_members()),
        or_(Membership.joined_at.is_(None), Membership.joined_at < moment),
        or_(Membership.left_at.is_(None), Membership.left_at >= moment),
    )
    if gid is not None:
        cond = and_(cond, Membership.group_id == gid)
    return select(Membership.member_id).where(cond)


def _silence(session: Session, as_of: date, gid: int | None, t: dict) -> dict[str, list[int]]:
    """Members in a group on ``as_of`` by days since their last message (member_activity: fast, all groups)."""
    end = _midnight(as_of + timedelta(days=1))
    quiet, shallow, deep = int(t["silent_after_days"]), int(t["shallow_churn_days"]), int(t["deep_churn_days"])
    last = MemberActivity.last_message_at

    def within(days: int):
        return last >= end - timedelta(days=days)

    # spoke in the last week: active; silent up to 30 days: shallow churn (浅流失); 31–59: drifting; ≥ 60 deep (深流失)
    bucket = case(
        (last.is_(None), "never_spoke"),
        (within(quiet), "active"),
        (within(shallow), "shallow_churn"),
        (last > end - timedelta(days=deep), "drifting"),
        else_="deep_churn",
    )
    out: dict[str, list[int]] = {b: [] for b in SILENCE_BUCKETS}
    stmt = (
        select(Member.id, bucket)
        .select_from(Member)
        .outerjoin(MemberActivity, MemberActivity.member_id == Member.id)
        .where(Member.id.in_(_current_members(as_of, gid)))
    )
    for mid, b in session.execute(stmt):
        out[b].append(int(mid))
    return out


def _add_months(day: date, months: int) -> date:
    m = day.month - 1 + months
    return date(day.year + m // 12, m % 12 + 1, 1)


def _cohorts(session: Session, end: date, gid: int | None, months: int = 6):
    """Join-month cohorts of the last ``months`` months: the share still in the group at each month's end."""
    last_month = (end - timedelta(days=1)).replace(day=1)
    first_month = _add_months(last_month, -(months - 1))
    month = func.substr(Membership.joined_at, 1, 7)
    cond = and_(Membership.member_id.in_(counted_members()), Membership.joined_at >= _midnight(first_month),
                Membership.joined_at < _midnight(end))  # fmt: skip
    if gid is not None:
        cond = and_(cond, Membership.group_id == gid)
    ends = [_midnight(_add_months(first_month, k + 1)) for k in range(months)]
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


def _tiers(session: Session, period: Period, gid: int | None):
    now = session.execute(
        select(func.coalesce(Member.tier, "none"), func.count())
        .where(Member.id.in_(_current_members(period.end - timedelta(days=1), gid)))
        .group_by(func.coalesce(Member.tier, "none"))
    ).all()
    tiers = {t: 0 for t in (*TIERS, "none")}
    tiers.update({t: int(n) for t, n in now})
    rank = {t: i for i, t in enumerate(TIERS)}
    # A tier belongs to the member, not to a group: a group's movement counts its members' changes.
    scope = [] if gid is None else [Event.member_id.in_(select(Membership.member_id).where(Membership.group_id == gid))]
    changes = session.execute(
        select(Event.member_id, Event.subtype, Event.ref)
        .where(Event.kind == TIER_CHANGE, metrics.any_group(), *scope,
               Event.ts >= _midnight(period.start), Event.ts < _midnight(period.end))
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
    n = func.count().label("n")
    stmt = (
        select(Event.member_id, Member.display_name, n)
        .join(Member, Member.id == Event.member_id)
        .where(Event.kind == "invite", _in_group(gid), Event.ts >= _midnight(period.start),
               Event.ts < _midnight(period.end), Member.deleted_at.is_(None))
        .group_by(Event.member_id, Member.display_name)
        .order_by(n.desc(), Event.member_id)
        .limit(limit)
    )  # fmt: skip
    return [(int(m), name, int(c)) for m, name, c in session.execute(stmt)]


def _content(session: Session, period: Period, gid: int | None):
    when = func.coalesce(PlanEntry.posted_at, PlanEntry.scheduled_at)
    cond = and_(PlanEntry.deleted_at.is_(None), PlanEntry.status == "posted", when >= _midnight(period.start),
                when < _midnight(period.end))  # fmt: skip
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
