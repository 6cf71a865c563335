"""Weekly community figures for the dashboard (portable SQL over indexed ranges)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlmodel import Session

from core.errors import UserError
from core.events import any_group
from core.models import Event, Member, Membership, PlanEntry


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


def _bucket(column, bounds: list[datetime]):
    """A portable CASE giving the week number (0…) of ``column`` for consecutive week starts ``bounds``."""
    return case(*[(column < b, i) for i, b in enumerate(bounds[1:])], else_=None)


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


def _as_dt(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
