"""The dashboard's figures computed the old way, straight from the events and memberships (no summaries).

A copy of ``core.metrics.weekly``/``figures`` and of ``core.dashboard``'s chart queries as they were before the
message summaries (``member_week``, ``hour_stat``) and the one-pass presence counts: the tests compare the new
figures with these, which read only the raw rows and so cannot be stale.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlmodel import Session

from core.dashboard import SILENCE_BUCKETS, TIER_CHANGE, _add_months, _midnight
from core.events import any_group
from core.metrics import Period, Week, _as_dt, _bucket, _in_group, counted_members
from core.models import TIERS, Event, Member, MemberActivity, Membership, PlanEntry


def weekly(
    session: Session, today: date, weeks: int = 12, group_id: int | None = None, active_messages: int | None = None
) -> list[Week]:
    """The last ``weeks`` complete weeks (Monday to Sunday) before the week containing ``today``.

    Three queries in all (members present per week in one pass over memberships; messages, and joins and
    leaves, each in one indexed range over the whole period, bucketed by week), not three per week.
    """
    counted = select(Member.id).where(Member.role == "member", Member.deleted_at.is_(None))  # not in the trash
    trashed = select(Member.id).where(Member.deleted_at.is_not(None))
    kept_member = or_(Event.member_id.is_(None), Event.member_id.not_in(trashed))  # events of trashed members: out
    this_monday = today - timedelta(days=today.weekday())
    days = [this_monday - timedelta(days=7 * i) for i in range(weeks, -1, -1)]  # weeks + 1 boundaries
    bounds = [datetime.combine(d, time()) for d in days]
    first, last = bounds[0], bounds[-1]

    # Per member: was it in a group during week i, and at its end? (one pass, grouped by member, then summed)
    flags = []
    for i, (start, end) in enumerate(zip(bounds, bounds[1:], strict=False)):
        joined = or_(Membership.joined_at.is_(None), Membership.joined_at < end)
        during = and_(joined, or_(Membership.left_at.is_(None), Membership.left_at >= start))
        at_end = and_(joined, or_(Membership.left_at.is_(None), Membership.left_at >= end))
        flags.append(func.max(case((during, 1), else_=0)).label(f"p{i}"))
        flags.append(func.max(case((at_end, 1), else_=0)).label(f"m{i}"))
    chosen = Membership.member_id.in_(counted)
    if group_id is not None:
        chosen = and_(chosen, Membership.group_id == group_id)
    per_member = select(*flags).where(chosen).group_by(Membership.member_id).subquery()
    sums = session.execute(select(*[func.coalesce(func.sum(c), 0) for c in per_member.c])).one()
    present, members = sums[0::2], sums[1::2]

    week_of = _bucket(Event.ts, bounds).label("week")
    in_period = and_(
        any_group() if group_id is None else Event.group_id == group_id, Event.ts >= first, Event.ts < last
    )
    # Messages per week and member in one pass; speakers, and (when asked) the active ones, are counted from it.
    per = (
        select(week_of, Event.member_id, func.count().label("n"))
        .where(Event.kind == "message", in_period, Event.member_id.in_(counted))
        .group_by(week_of, Event.member_id)
        .subquery()
    )
    threshold = active_messages if active_messages is not None else 1 << 30
    msgs = {
        w: (int(n), int(speakers), int(active))
        for w, n, speakers, active in session.execute(
            select(
                per.c.week, func.sum(per.c.n), func.count(), func.sum(case((per.c.n >= threshold, 1), else_=0))
            ).group_by(per.c.week)
        )
    }
    moves: dict[tuple[int, str], int] = {}
    for w, kind, n in session.execute(
        select(week_of, Event.kind, func.count())
        .where(Event.kind.in_(("join", "leave", "removed")), in_period, kept_member)
        .group_by(week_of, Event.kind)
    ):
        moves[(w, kind)] = n
    out = []
    for i, start_day in enumerate(days[:-1]):
        n, speakers, active = msgs.get(i, (0, 0, 0))
        leaves = moves.get((i, "leave"), 0) + moves.get((i, "removed"), 0)
        out.append(Week(start_day, members[i], present[i], speakers, n, moves.get((i, "join"), 0), leaves, active))
    return out


def figures(session: Session, period: Period, group_id: int | None = None, group_name: str | None = None) -> dict:
    """The period's key figures (definitions and formulas: docs/metrics.md). One function feeds the dashboard's
    cards, the weekly report and ``main.py metrics``, so they always agree."""
    start, end = _midnight(period.start), _midnight(period.end)
    counted = counted_members()
    ms = select(Membership.member_id, Membership.joined_at, Membership.left_at).where(Membership.member_id.in_(counted))
    if group_id is not None:
        ms = ms.where(Membership.group_id == group_id)
    ms = ms.subquery()

    def in_at(moment: datetime):
        return and_(or_(ms.c.joined_at.is_(None), ms.c.joined_at < moment),
                    or_(ms.c.left_at.is_(None), ms.c.left_at >= moment))  # fmt: skip

    during = and_(or_(ms.c.joined_at.is_(None), ms.c.joined_at < end),
                  or_(ms.c.left_at.is_(None), ms.c.left_at >= start))  # fmt: skip
    row = session.execute(
        select(
            func.count(func.distinct(case((in_at(start), ms.c.member_id)))),
            func.count(func.distinct(case((in_at(end), ms.c.member_id)))),
        )
    ).one()
    members_start, members_end = int(row[0]), int(row[1])
    in_period = and_(_in_group(group_id), Event.ts >= start, Event.ts < end)
    msgs = select(Event.member_id).where(Event.kind == "message", in_period, Event.member_id.in_(counted))
    messages, speakers = session.execute(
        select(func.count(), func.count(func.distinct(msgs.subquery().c.member_id)))
    ).one()
    # Present: in the group at any time in the period, or spoke in it (a join date after the first message, as a
    # late import can leave it, must not make the rate exceed 100%).
    present_ids = select(ms.c.member_id).where(during).union(msgs)
    present = int(session.execute(select(func.count()).select_from(present_ids.subquery())).scalar_one())

    kinds: dict[str, tuple[int, float]] = {}
    kept = or_(
        Event.member_id.is_(None), Event.member_id.not_in(select(Member.id).where(Member.deleted_at.is_not(None)))
    )
    for kind, n, amount in session.execute(
        select(Event.kind, func.count(), func.coalesce(func.sum(Event.amount), 0))
        .where(Event.kind.in_(("join", "leave", "removed", "check-in", "purchase", "refund")), in_period, kept)
        .group_by(Event.kind)
    ):
        kinds[kind] = (int(n), float(amount))
    joins = kinds.get("join", (0, 0))[0]
    leaves = kinds.get("leave", (0, 0))[0] + kinds.get("removed", (0, 0))[0]
    orders, gross = kinds.get("purchase", (0, 0.0))
    refunds, refunded = kinds.get("refund", (0, 0.0))
    revenue = round(gross - abs(refunded), 2)

    per_buyer = (
        select(Event.member_id.label("mid"), func.count().label("n"))
        .where(Event.kind == "purchase", in_period, Event.member_id.is_not(None))
        .group_by(Event.member_id)
        .subquery()
    )
    buyers, repeat = session.execute(
        select(func.count(), func.coalesce(func.sum(case((per_buyer.c.n >= 2, 1), else_=0)), 0))
    ).one()
    # CLV and the order rhythm: every purchase up to the period's end, per paying member.
    upto = and_(_in_group(group_id), Event.kind == "purchase", Event.ts < end, Event.member_id.is_not(None))
    lifetime = (
        select(Event.member_id.label("mid"), func.count().label("n"), func.sum(Event.amount).label("spend"),
               func.min(Event.ts).label("first"), func.max(Event.ts).label("last"))
        .where(upto).group_by(Event.member_id).subquery()
    )  # fmt: skip
    refunds_upto = session.execute(
        select(func.coalesce(func.sum(Event.amount), 0)).where(
            _in_group(group_id), Event.kind == "refund", Event.ts < end
        )
    ).scalar_one()
    life_buyers, life_spend = session.execute(select(func.count(), func.coalesce(func.sum(lifetime.c.spend), 0))).one()
    clv = round((float(life_spend) - abs(float(refunds_upto))) / life_buyers, 2) if life_buyers else None
    gaps = session.execute(select(lifetime.c.first, lifetime.c.last, lifetime.c.n).where(lifetime.c.n >= 2)).all()
    avg_gap = None
    if gaps:
        per = [(_as_dt(last) - _as_dt(first)) / timedelta(days=1) / (n - 1) for first, last, n in gaps]
        avg_gap = round(sum(per) / len(per), 1)

    # Survey answers belong to a member, not a group: a group's NPS counts the answers of its members.
    nps_scope = [Event.group_id.is_(None)]  # answers have no group: this reads the (group, kind, ts) index
    if group_id is not None:
        nps_scope.append(Event.member_id.in_(select(ms.c.member_id)))
    nps_row = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((Event.amount >= 9, 1), else_=0)), 0),
            func.coalesce(func.sum(case((Event.amount <= 6, 1), else_=0)), 0),
        ).where(Event.kind == "nps", Event.ts >= start, Event.ts < end, *nps_scope)
    ).one()
    responses, promoters, detractors = (int(v) for v in nps_row)
    nps = round(100 * (promoters - detractors) / responses) if responses else None

    invites, inviters = session.execute(
        select(func.count(), func.count(func.distinct(Event.member_id))).where(Event.kind == "invite", in_period, kept)
    ).one()
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
        "present": present,
        "messages": int(messages),
        "speakers": int(speakers),
        "speaking_rate": round(speakers / present, 4) if present else None,
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
        .where(Event.kind == TIER_CHANGE, any_group(), *scope,
               Event.ts >= _midnight(period.start), Event.ts < _midnight(period.end))
        .order_by(Event.member_id, Event.ts)
    ).all()  # fmt: skip
    any_change = select(Event.id).where(Event.kind == TIER_CHANGE, any_group()).limit(1)
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
