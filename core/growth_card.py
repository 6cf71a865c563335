"""A member's yearly growth card (用户成长报告): one PNG with their year in the community, ready to send to them.

"This year you shared 23 times and helped 56 members" (seed 000, 成熟期): messages, check-in days and the longest
streak, friends invited, orders, tier and days in the community, in a warm second-person tone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session

from core.errors import UserError
from core.models import Event, Member, Membership

TIER_ZH = {"silver": "白银会员", "gold": "黄金会员", "diamond": "钻石会员"}


class CardError(UserError):
    """No such member, or the card cannot be written; ``str()`` says why."""


@dataclass
class YearFigures:
    name: str
    year: int
    messages: int
    check_in_days: int
    longest_streak: int
    invites: int
    orders: int
    spend: float
    tier: str | None
    days_in_community: int
    first_joined: date | None


def longest_streak(days: list[date]) -> int:
    best = run = 0
    previous = None
    for d in sorted(set(days)):
        run = run + 1 if previous is not None and d - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = d
    return best


def year_figures(session: Session, member_id: int, year: int, today: date | None = None) -> YearFigures:
    member = session.get(Member, member_id)
    if member is None or member.deleted_at is not None:
        raise CardError(f"There is no member with id {member_id}.")
    start, end = datetime.combine(date(year, 1, 1), time()), datetime.combine(date(year + 1, 1, 1), time())
    mine = (Event.member_id == member_id, Event.ts >= start, Event.ts < end)
    counts = dict(
        session.execute(
            select(Event.kind, func.count()).where(*mine, Event.kind.in_(("message", "invite", "purchase")))
            .group_by(Event.kind)
        ).all()
    )  # fmt: skip
    spend = session.execute(select(func.coalesce(func.sum(Event.amount), 0)).where(*mine, Event.kind == "purchase"))
    refunds = session.execute(select(func.coalesce(func.sum(Event.amount), 0)).where(*mine, Event.kind == "refund"))
    days = [
        date.fromisoformat(str(d)[:10])
        for d in session.execute(select(func.substr(Event.ts, 1, 10)).where(*mine, Event.kind == "check-in").distinct())
        .scalars()
    ]  # fmt: skip
    first = session.execute(select(func.min(Membership.joined_at)).where(Membership.member_id == member_id)).scalar()
    first = first or member.joined_at
    first_day = (first if isinstance(first, datetime) else datetime.fromisoformat(str(first))).date() if first else None
    last_day = min(today or date.today(), date(year, 12, 31))
    return YearFigures(
        member.display_name, year, int(counts.get("message", 0)), len(days), longest_streak(days),
        int(counts.get("invite", 0)), int(counts.get("purchase", 0)),
        round(float(spend.scalar_one()) - abs(float(refunds.scalar_one())), 2), member.tier,
        max(0, (last_day - first_day).days) if first_day else 0, first_day,
    )  # fmt: skip


def sentences(f: YearFigures) -> list[str]:
    """The card's lines, second person, only for what the member actually did."""
    lines = []
    if f.first_joined:
        d = f.first_joined
        lines.append(f"你在 {d.year}年{d.month}月{d.day}日 加入我们，已经一起走过 {f.days_in_community} 天")
    if f.messages:
        lines.append(f"今年你在群里分享了 {f.messages} 次")
    if f.check_in_days:
        lines.append(f"坚持签到 {f.check_in_days} 天，最长连续 {f.longest_streak} 天")
    if f.invites:
        lines.append(f"你邀请了 {f.invites} 位好友加入，帮助 {f.invites} 位群友找到了组织")
    if f.orders:
        lines.append(f"下单 {f.orders} 次，谢谢你的信任")
    if f.tier:
        lines.append(f"你现在是我们的{TIER_ZH.get(f.tier, f.tier)}")
    if not lines:
        lines.append("谢谢你一直在群里陪伴我们")
    return lines


def draw(fig, f: YearFigures) -> None:
    """Draw the card on a matplotlib figure (portrait, about 1080 × 1440 px at 180 dpi)."""
    from core.chartstyle import PALETTE

    fig.set_facecolor("#FFF8EE")
    fig.text(0.08, 0.92, f"{f.year} 用户成长报告", fontsize=15, color="#B45309")
    fig.text(0.08, 0.855, f"亲爱的 {f.name[:14]}", fontsize=22, color="#1F2937")
    big = [("发言", f.messages, "次"), ("签到", f.check_in_days, "天"), ("邀请好友", f.invites, "位"),
           ("最长连续签到", f.longest_streak, "天")]  # fmt: skip
    for i, (label, value, unit) in enumerate(big):
        x, y = 0.08 + (i % 2) * 0.45, 0.7 - (i // 2) * 0.15
        fig.text(x, y, f"{value}", fontsize=34, color=PALETTE[i % 4])
        fig.text(x + 0.02 + 0.045 * len(str(value)), y + 0.005, unit, fontsize=13, color="#6B7280")
        fig.text(x, y - 0.035, label, fontsize=11, color="#6B7280")
    y = 0.37
    for line in sentences(f):
        fig.text(0.08, y, "· " + line, fontsize=11.5, color="#374151")
        y -= 0.045
    fig.text(0.08, 0.05, "感谢有你，明年继续一起成长！", fontsize=12, color="#B45309")


def make_card(session: Session, member_id: int, year: int, out: Path | str, today: date | None = None) -> YearFigures:
    from core import chartstyle

    chartstyle.configure()
    from matplotlib.figure import Figure

    figures = year_figures(session, member_id, year, today)
    fig = Figure(figsize=(6, 8), dpi=180)
    chartstyle.agg_canvas()(fig)  # labels laid out once per process
    draw(fig, figures)
    try:
        fig.savefig(str(out), dpi=180, facecolor=fig.get_facecolor())
    except OSError as exc:
        raise CardError(f"Cannot write {out}: {exc.strerror or exc}") from None
    return figures
