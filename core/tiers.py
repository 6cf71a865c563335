"""Member tiers (会员等级 白银 → 黄金 → 钻石) with slow demotion.

Tier definitions are a setting (``TierSettings``): an ordered list, lowest first, each with a stable key (stored
in ``member.tier``), an optional name (empty: the app shows the translated default), thresholds on the points
balance and/or the spend in a window of days, and the benefits text. A member qualifies for a tier when they
meet any (``match = 'any'``) or all (``'all'``) of its thresholds that are set.

``recompute`` is set-based: one query finds every member whose qualifying tier differs from their tier (or who is
waiting out a demotion), then the changes are written with executemany. Promotion is immediate; a member who
qualifies only for a lower tier is demoted after ``grace_days`` below it (``tier_watch.below_since``; qualifying
again clears the wait). Each change is an ``event`` of kind ``tier-change`` with ``ref`` = the new tier key
(NULL: none) and ``subtype`` = the old one, which the dashboard's tier-movement table reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, text
from sqlmodel import Session

from core import db as dbmod
from core.errors import UserError
from core.models import Event, TierWatch
from core.settings import get_setting_conn, set_setting_conn

Conn = Connection | Session
SETTING = "tiers.settings"


class TierError(UserError):
    """Tier definitions that cannot be saved; ``str()`` says why."""


@dataclass
class TierDef:
    key: str
    name: str = ""  # empty: the translated default name of the key (白银/黄金/钻石)
    min_points: int | None = None  # points balance at least this
    min_spend: float | None = None  # spend in the last ``spend_days`` days at least this
    spend_days: int = 365
    match: str = "any"  # any / all of the thresholds that are set
    benefits: str = ""


def default_tiers() -> list[TierDef]:
    # From the seed (成熟期: 会员等级体系 白银→黄金→钻石, 钻石会员可参与新品内测、线下护肤沙龙).
    return [
        TierDef("silver", min_points=100, min_spend=200, benefits="签到积分加成、生日福利"),
        TierDef("gold", min_points=500, min_spend=1000, benefits="专属优惠券、优先发货"),
        TierDef("diamond", min_points=2000, min_spend=5000, benefits="新品内测、线下护肤沙龙"),
    ]


@dataclass
class TierSettings:
    tiers: list[TierDef] = field(default_factory=default_tiers)
    grace_days: int = 30

    @classmethod
    def load(cls, conn: Conn) -> TierSettings:
        raw = get_setting_conn(conn, SETTING, None)
        if not isinstance(raw, dict):
            return cls()
        s = cls()
        try:
            tiers = [TierDef(**{k: v for k, v in t.items() if k in TierDef.__dataclass_fields__}) for t in raw["tiers"]]
            s.tiers = validate(tiers)
        except (KeyError, TypeError, TierError):
            pass  # a damaged setting: the defaults
        grace = raw.get("grace_days")
        if isinstance(grace, int) and 0 <= grace <= 3650:
            s.grace_days = grace
        return s

    def save(self, conn: Conn) -> None:
        self.tiers = validate(self.tiers)
        if not 0 <= self.grace_days <= 3650:
            raise TierError("The grace period must be between 0 and 3650 days.")
        set_setting_conn(conn, SETTING, {"tiers": [asdict(t) for t in self.tiers], "grace_days": self.grace_days})

    def by_key(self) -> dict[str, TierDef]:
        return {t.key: t for t in self.tiers}


def validate(tiers: list[TierDef]) -> list[TierDef]:
    if not tiers:
        raise TierError("Define at least one tier.")
    keys = set()
    for t in tiers:
        t.key = (t.key or "").strip()
        if not t.key or t.key in keys:
            raise TierError(f"Each tier needs its own key; {t.key!r} is empty or used twice.")
        keys.add(t.key)
        if t.min_points is None and t.min_spend is None:
            raise TierError(f"The tier {t.name or t.key} needs a points or a spend threshold.")
        if (t.min_points is not None and t.min_points < 0) or (t.min_spend is not None and t.min_spend < 0):
            raise TierError(f"The thresholds of {t.name or t.key} cannot be negative.")
        if t.min_spend is not None and not 1 <= t.spend_days <= 3650:
            raise TierError(f"The spend window of {t.name or t.key} must be 1 to 3650 days.")
        if t.match not in ("any", "all"):
            raise TierError(f"Unknown match {t.match!r}: use 'any' or 'all'.")
    return tiers


def new_key(tiers: list[TierDef]) -> str:
    used = {t.key for t in tiers}
    n = len(tiers) + 1
    while f"tier{n}" in used:
        n += 1
    return f"tier{n}"


@dataclass
class TierResult:
    promoted: int = 0
    demoted: int = 0
    waiting: int = 0  # below their tier, inside the grace period
    changes: list[tuple[int, str | None, str | None]] = field(default_factory=list)  # (member, old, new)


def _qualify_sql(tiers: list[TierDef], params: dict, only: str = "") -> tuple[str, str, str]:
    """The CTEs for spend windows and the CASE giving the highest tier index a member qualifies for."""
    ctes, whens = [], []
    windows: dict[int, str] = {}
    for t in tiers:
        if t.min_spend is not None and t.spend_days not in windows:
            name = f"sp{len(windows)}"
            windows[t.spend_days] = name
            params[f"{name}_from"] = params["end"] - timedelta(days=t.spend_days)
            ctes.append(
                f"{name} AS (SELECT member_id, SUM(amount) AS spend FROM event WHERE kind = 'purchase' "
                f"AND ts >= :{name}_from AND ts < :end AND member_id IS NOT NULL "
                + (
                    f"AND member_id IN ({only}) "
                    if only
                    else "AND (group_id IN (SELECT id FROM chat_group) OR group_id IS NULL) "
                )
                + "GROUP BY member_id)"
            )
    for i in range(len(tiers) - 1, -1, -1):
        t, conds = tiers[i], []
        if t.min_points is not None:
            params[f"p{i}"] = int(t.min_points)
            conds.append(f"COALESCE(bal.pts, 0) >= :p{i}")
        if t.min_spend is not None:
            params[f"s{i}"] = float(t.min_spend)
            conds.append(f"COALESCE({windows[t.spend_days]}.spend, 0) >= :s{i}")
        joiner = " OR " if t.match == "any" else " AND "
        whens.append(f"WHEN ({joiner.join(conds)}) THEN {i}")
    joins = "".join(f" LEFT JOIN {n} ON {n}.member_id = m.id" for n in windows.values())
    return ", ".join(ctes), f"CASE {' '.join(whens)} ELSE -1 END", joins


def recompute(
    conn: Conn, as_of: date | None = None, at: datetime | None = None, member_ids: Sequence[int] | None = None
) -> TierResult:
    """Bring every member's tier (or just ``member_ids``') up to date as of the end of ``as_of`` (default today)."""
    settings = TierSettings.load(conn)
    tiers = settings.tiers
    today = date.today()
    as_of = as_of or today
    at = at or (datetime.now() if as_of == today else datetime.combine(as_of, time(6)))
    params: dict = {"end": datetime.combine(as_of + timedelta(days=1), time())}
    only = ", ".join(str(int(i)) for i in member_ids) or "NULL" if member_ids is not None else ""
    spend_ctes, qualify, spend_joins = _qualify_sql(tiers, params, only)
    current = "CASE m.tier " + " ".join(f"WHEN :k{i} THEN {i}" for i in range(len(tiers)))
    current += " ELSE (CASE WHEN m.tier IS NULL THEN -1 ELSE -2 END) END"
    for i, t in enumerate(tiers):
        params[f"k{i}"] = t.key
    sql = f"""
        WITH bal AS (SELECT member_id, SUM(delta) AS pts FROM points_entry WHERE ts < :end {{bal_scope}}
            GROUP BY member_id)
        {", " + spend_ctes if spend_ctes else ""}
        SELECT id, tier, cur, q, below_since FROM (
            SELECT m.id, m.tier, {current} AS cur, {qualify} AS q, w.below_since
            FROM member m
            LEFT JOIN bal ON bal.member_id = m.id{spend_joins}
            LEFT JOIN tier_watch w ON w.member_id = m.id
            WHERE m.deleted_at IS NULL AND m.role = 'member' {{member_scope}}
        ) x WHERE q <> cur OR below_since IS NOT NULL
    """
    sql = sql.replace("{bal_scope}", f"AND member_id IN ({only})" if only else "")
    sql = sql.replace("{member_scope}", f"AND m.id IN ({only})" if only else "")
    result = TierResult()
    updates, unwatch, watch, events = [], [], [], []
    for mid, old, cur, q, below_since in conn.execute(text(sql), params):
        if q > cur:
            new = tiers[q].key if q >= 0 else None
            updates.append({"tier": new, "id": mid})
            result.promoted += q >= 0
            result.demoted += q < 0  # an unknown (deleted) tier dropped
            result.changes.append((mid, old, new))
            if below_since is not None:
                unwatch.append({"id": mid})
        elif q == cur:
            unwatch.append({"id": mid})
        else:
            since = below_since if isinstance(below_since, date | None) else date.fromisoformat(str(below_since))
            if since is None:
                watch.append((mid, as_of.isoformat()))
                result.waiting += 1
            elif (as_of - since).days >= settings.grace_days:
                new = tiers[q].key if q >= 0 else None
                updates.append({"tier": new, "id": mid})
                unwatch.append({"id": mid})
                result.demoted += 1
                result.changes.append((mid, old, new))
            else:
                result.waiting += 1
    if unwatch:
        conn.execute(text("DELETE FROM tier_watch WHERE member_id = :id"), unwatch)
    if updates:
        conn.execute(text("UPDATE member SET tier = :tier WHERE id = :id"), updates)
    raw = conn.connection() if isinstance(conn, Session) else conn
    dbmod.bulk_insert(raw, TierWatch.__table__, ("member_id", "below_since"), watch)
    stamp = at.isoformat(" ", "microseconds")
    events = [(mid, new, old) for mid, old, new in result.changes]
    dbmod.bulk_insert(
        raw, Event.__table__, ("member_id", "ref", "subtype"), events, {"kind": "tier-change", "ts": stamp}
    )
    return result


def tier_history(conn: Conn, member_id: int) -> list[tuple[datetime, str | None, str | None]]:
    """The member's tier changes, newest first: (when, old tier, new tier)."""
    rows = conn.execute(
        text(
            "SELECT ts, subtype, ref FROM event WHERE member_id = :m AND kind = 'tier-change' ORDER BY ts DESC, id DESC"
        ),
        {"m": member_id},
    )
    return [(ts if isinstance(ts, datetime) else datetime.fromisoformat(ts), old, new) for ts, old, new in rows]


def waiting_since(conn: Conn, member_id: int) -> date | None:
    """When the member started qualifying only for a lower tier (a demotion pending), or None."""
    value = conn.execute(
        text("SELECT below_since FROM tier_watch WHERE member_id = :m"), {"m": member_id}
    ).scalar_one_or_none()
    return None if value is None else (value if isinstance(value, date) else date.fromisoformat(str(value)))


def upkeep(db, today: date | None = None, progress=None) -> tuple:  # db: core.db.Database
    """Write off expired points, then recompute tiers, in one transaction: run at start-up and after imports.

    Returns (``points.ExpireResult``, ``TierResult``).
    """
    from core import points

    with db.transaction() as conn:
        if progress:
            progress(0.1, "points")
        expired = points.expire(conn, today)
        if progress:
            progress(0.5, "tiers")
        moved = recompute(conn, today)
    return expired, moved
