"""Guidance for the planner: the mix of a week against targets (三核驱动: most content practical value, little pure
promotion), products in rotation (爆款 + 热销 + 新品), warnings, China's calendar (holidays with 调休, the 24 solar
terms, shopping festivals) and what past results say about the best slot (优化迭代 by open, reply and share rates).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from sqlalchemy import extract, func, select
from sqlmodel import Session

from core import paths
from core.content import score_expr
from core.models import ContentItem, ContentProduct, Group, PlanEntry, Product
from core.plan import PlanRow
from core.settings import get_setting, set_setting

DEFAULT_TARGETS = {
    "max_promotion_share": 0.20,  # at most 20% pure promotion (推广)
    "min_knowledge_share": 0.50,  # at least half knowledge content (知识核: "80% practical value")
    "max_promotions_in_row": 3,  # more in a row in one group is warned
}
TARGETS_KEY = "plan_targets"
PROMOTIONAL = ("promotion", "conversion")  # 推广 and 转化: both ask the group to buy
WATCHED_STAGES = ("founding", "growth")  # young groups need something every day


# --- China's calendar --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DayNote:
    day: date
    name: str
    kind: str  # holiday / workday (调休 working day) / term (节气) / festival (购物节)


@lru_cache(maxsize=1)
def _calendar_data() -> dict:
    path = paths.resources_dir() / "calendar" / "cn_calendar.json"
    return json.loads(path.read_text(encoding="utf-8"))


def calendar_years() -> list[int]:
    return sorted(int(y) for y in _calendar_data()["years"])


def day_notes(start: date, end: date) -> dict[date, list[DayNote]]:
    """Holidays, 调休 working days, solar terms and shopping festivals from ``start`` to ``end`` (exclusive)."""
    out: dict[date, list[DayNote]] = defaultdict(list)
    for year in range(start.year, end.year + 1):
        data = _calendar_data()["years"].get(str(year))
        if not data:
            continue
        for h in data["holidays"]:
            out[date.fromisoformat(h["date"])].append(DayNote(date.fromisoformat(h["date"]), h["name"], h["kind"]))
        for t in data["solar_terms"]:
            out[date.fromisoformat(t["date"])].append(DayNote(date.fromisoformat(t["date"]), t["name"], "term"))
        for f in data["festivals"]:
            first = date.fromisoformat(f["date"])
            last = date.fromisoformat(f.get("end", f["date"]))
            day = first
            while day <= last:
                out[day].append(DayNote(day, f["name"], "festival"))
                day += timedelta(days=1)
    return {d: notes for d, notes in out.items() if start <= d < end}


# --- targets, mix and warnings -----------------------------------------------------------------------


def targets(session: Session) -> dict[str, float]:
    stored = get_setting(session, TARGETS_KEY, None)
    out = dict(DEFAULT_TARGETS)
    if isinstance(stored, dict):
        out.update({k: float(v) for k, v in stored.items() if k in DEFAULT_TARGETS})
    return out


def set_targets(session: Session, values: dict[str, float]) -> None:
    for key, value in values.items():
        if key not in DEFAULT_TARGETS:
            raise ValueError(f"Unknown target {key!r}")
        if key.endswith("share") and not 0 <= value <= 1:
            raise ValueError(f"{key} must be between 0 and 1")
    set_setting(session, TARGETS_KEY, {**targets(session), **values})


@dataclass(frozen=True)
class Warning_:
    code: str  # promo_run / same_slot / empty_day / too_much_promotion / too_little_knowledge
    message: str  # English; the UI builds its own text from code and args
    args: tuple = ()


@dataclass(frozen=True)
class Balance:
    total: int
    by_core: dict[str, int]
    by_category: dict[str, int]
    products: dict[str, int]  # product role → entries linking such a product
    warnings: list[Warning_]


def balance(session: Session, rows: list[PlanRow], start: date, days: int = 7) -> Balance:
    """The mix of ``rows`` (skipped ones left out) against the targets, and what to watch out for."""
    t = targets(session)
    live = [r for r in rows if r.status != "skipped"]
    by_core = Counter(r.core or "unknown" for r in live)
    by_category = Counter(r.category or "unknown" for r in live)
    warnings: list[Warning_] = []
    total = len(live)
    if total:
        promo = by_category.get("promotion", 0) / total
        if promo > t["max_promotion_share"]:
            warnings.append(
                Warning_(
                    "too_much_promotion",
                    f"{promo:.0%} of the posts are promotion (target: at most {t['max_promotion_share']:.0%})",
                    (promo, t["max_promotion_share"]),
                )
            )
        knowledge = by_core.get("knowledge", 0) / total
        if knowledge < t["min_knowledge_share"]:
            warnings.append(
                Warning_(
                    "too_little_knowledge",
                    f"{knowledge:.0%} knowledge content (target: at least {t['min_knowledge_share']:.0%})",
                    (knowledge, t["min_knowledge_share"]),
                )
            )
    warnings += _promo_runs(live, int(t["max_promotions_in_row"]))
    warnings += _same_slots(live)
    warnings += _empty_days(session, live, start, days)
    return Balance(total, dict(by_core), dict(by_category), _product_roles(session, live), warnings)


def _promo_runs(rows: list[PlanRow], limit: int) -> list[Warning_]:
    out = []
    by_group: dict[str, list[PlanRow]] = defaultdict(list)
    for r in rows:
        by_group[r.group].append(r)
    for group, entries in by_group.items():
        run = 0
        for r in [*entries, None]:
            if r is not None and r.category in PROMOTIONAL:
                run += 1
                continue
            if run > limit:
                out.append(Warning_("promo_run", f"{run} promotional posts in a row in {group}", (run, group)))
            run = 0
    return out


def _same_slots(rows: list[PlanRow]) -> list[Warning_]:
    seen = Counter((r.group, r.when) for r in rows)
    return [
        Warning_("same_slot", f"{n} entries at {when:%m-%d %H:%M} in {group}", (n, when, group))
        for (group, when), n in sorted(seen.items(), key=lambda kv: kv[0][1])
        if n > 1
    ]


def _empty_days(session: Session, rows: list[PlanRow], start: date, days: int) -> list[Warning_]:
    planned = {(r.group_id, r.when.date()) for r in rows}
    out = []
    young = session.execute(
        select(Group.id, Group.name, Group.stage).where(Group.stage.in_(WATCHED_STAGES)).order_by(Group.id)
    ).all()
    for gid, name, stage in young:
        for i in range(days):
            day = start + timedelta(days=i)
            if (gid, day) not in planned:
                out.append(
                    Warning_("empty_day", f"nothing planned for {stage} group {name} on {day}", (stage, name, day))
                )
    return out


def _product_roles(session: Session, rows: list[PlanRow]) -> dict[str, int]:
    items = [r.content_item_id for r in rows if r.content_item_id]
    if not items:
        return {}
    counts = Counter(items)
    links = session.execute(
        select(ContentProduct.content_item_id, Product.role)
        .join(Product, Product.id == ContentProduct.product_id)
        .where(ContentProduct.content_item_id.in_(list(counts)), Product.deleted_at.is_(None))
    ).all()
    out: Counter = Counter()
    for item, role in links:
        out[role] += counts[item]
    return dict(out)


# --- learning from results ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ResultAverage:
    key: tuple
    posts: int
    score: float
    reach: float | None
    clicks: float | None
    orders: float | None


def _averages(session: Session, keys: list, since: date | None) -> list[ResultAverage]:
    pe, ci = PlanEntry.__table__, ContentItem.__table__
    score = score_expr(pe)
    stmt = (
        select(*keys, func.count(), func.avg(score), func.avg(pe.c.reach), func.avg(pe.c.clicks), func.avg(pe.c.orders))
        .select_from(pe.outerjoin(ci, ci.c.id == pe.c.content_item_id))
        .where(pe.c.status == "posted", pe.c.deleted_at.is_(None), score.is_not(None))
        .group_by(*keys)
        .order_by(func.avg(score).desc())
    )
    if since is not None:
        stmt = stmt.where(pe.c.scheduled_at >= datetime.combine(since, datetime.min.time()))
    out = []
    for r in session.execute(stmt):
        n = len(keys)
        key = tuple(r[:n])
        out.append(
            ResultAverage(key, r[n], round(float(r[n + 1]), 1), *(None if v is None else float(v) for v in r[n + 2 :]))
        )
    return out


def results_by_content(session: Session, since: date | None = None) -> list[ResultAverage]:
    """Average result of posted entries per (core, category), best first."""
    ci = ContentItem.__table__
    return _averages(session, [ci.c.core, ci.c.category], since)


def results_by_slot(session: Session, since: date | None = None, group_id: int | None = None) -> list[ResultAverage]:
    """Average result per (weekday Monday=0, hour), best first."""
    pe = PlanEntry.__table__
    weekday = (extract("dow", pe.c.scheduled_at) + 6) % 7  # Sunday = 0 in SQL; Monday = 0 in Python
    hour = extract("hour", pe.c.scheduled_at)
    rows = _averages(session, [weekday, hour, pe.c.group_id], since)
    merged: dict[tuple, list[ResultAverage]] = defaultdict(list)
    for r in rows:
        if group_id is None or r.key[2] == group_id:
            merged[r.key[:2]].append(r)
    out = []
    for key, parts in merged.items():
        posts = sum(p.posts for p in parts)
        score = sum(p.score * p.posts for p in parts) / posts
        out.append(ResultAverage(key, posts, round(score, 1), None, None, None))
    return sorted(out, key=lambda r: (-r.score, r.key))


def best_slot(session: Session, day: date, group_id: int | None = None, min_posts: int = 2) -> datetime | None:
    """The best hour on ``day``'s weekday by past results (with at least ``min_posts`` behind it)."""
    for r in results_by_slot(session, group_id=group_id):
        if r.key[0] == day.weekday() and r.posts >= min_posts:
            return datetime.combine(day, datetime.min.time()).replace(hour=int(r.key[1]))
    return None
