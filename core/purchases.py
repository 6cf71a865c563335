"""Per-member purchase figures from ``purchase`` events: spend, orders, repurchase rhythm (复购).

``expected_next`` is the last purchase plus the member's average gap between orders; it needs two orders.
Refunded and cancelled orders never become events (see ``core.importers.orders``), so they count nowhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, func, select
from sqlmodel import Session

from core.models import Event


@dataclass(frozen=True)
class PurchaseStats:
    member_id: int
    orders: int
    spend: float
    first_at: datetime
    last_at: datetime

    @property
    def average_days_between(self) -> float | None:
        if self.orders < 2:
            return None
        return round((self.last_at - self.first_at) / timedelta(days=1) / (self.orders - 1), 1)

    @property
    def expected_next(self) -> date | None:
        gap = self.average_days_between
        if gap is None:
            return None
        return (self.last_at + timedelta(days=gap)).date()


def purchase_stats(db: Session | Connection, member_ids: Iterable[int] | None = None) -> dict[int, PurchaseStats]:
    """Spend, order count, first and last order per member (all members with purchases, or ``member_ids``)."""
    stmt = (
        select(Event.member_id, func.count(), func.coalesce(func.sum(Event.amount), 0), func.min(Event.ts),
               func.max(Event.ts))
        .where(Event.kind == "purchase", Event.member_id.is_not(None))
        .group_by(Event.member_id)
    )  # fmt: skip
    if member_ids is not None:
        stmt = stmt.where(Event.member_id.in_(list(member_ids)))
    return {
        mid: PurchaseStats(mid, int(n), round(float(spend), 2), first, last)
        for mid, n, spend, first, last in db.execute(stmt)
    }
