"""core/tiers.py: definitions as a setting, promotion at once, demotion after the grace period, change events."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import insert, select

from core import points, tiers
from core.models import Event, Group, Member

D0 = date(2026, 6, 1)


def _setup(c) -> dict[str, int]:
    tiers.TierSettings(
        tiers=[
            tiers.TierDef("silver", min_points=100),
            tiers.TierDef("gold", min_points=500, min_spend=1000, spend_days=90),
            tiers.TierDef("diamond", min_points=2000, min_spend=5000, spend_days=90, match="all"),
        ],
        grace_days=30,
    ).save(c)
    g = c.execute(insert(Group).values(name="群")).inserted_primary_key[0]
    ids = {}
    for name in ("none", "silver", "gold_spend", "diamond", "staff"):
        role = "staff" if name == "staff" else "member"
        ids[name] = c.execute(
            insert(Member).values(display_name=name, role=role, created_at=datetime(2026, 1, 1))
        ).inserted_primary_key[0]
    at = datetime(2026, 5, 1, 10)
    points.grant(c, ids["silver"], 150, at=at)
    points.grant(c, ids["gold_spend"], 10, at=at)
    c.execute(insert(Event).values(member_id=ids["gold_spend"], group_id=g, kind="purchase", ts=at, amount=1200))
    points.grant(c, ids["diamond"], 3000, at=at)
    c.execute(insert(Event).values(member_id=ids["diamond"], group_id=None, kind="purchase", ts=at, amount=6000))
    points.grant(c, ids["staff"], 9000, at=at)
    return ids


def _tiers(c) -> dict[int, str | None]:
    return dict(c.execute(select(Member.id, Member.tier)).all())


def test_promotion_is_immediate_and_logged(db) -> None:
    with db.transaction() as c:
        ids = _setup(c)
        r = tiers.recompute(c, D0, at=datetime(2026, 6, 1, 9))
        have = _tiers(c)
        assert (r.promoted, r.demoted, r.waiting) == (3, 0, 0)
        assert [have[ids[k]] for k in ("none", "silver", "gold_spend", "diamond", "staff")] == [
            None, "silver", "gold", "diamond", None,
        ]  # fmt: skip
        events = c.execute(
            select(Event.member_id, Event.ref, Event.subtype, Event.ts).where(Event.kind == "tier-change")
        ).all()
        assert sorted(events) == sorted(
            [(ids[k], t, None, datetime(2026, 6, 1, 9)) for k, t in (("silver", "silver"), ("gold_spend", "gold"),
                                                                    ("diamond", "diamond"))]
        )  # fmt: skip
        again = tiers.recompute(c, D0)
        assert (again.promoted, again.demoted, again.waiting, again.changes) == (0, 0, 0, [])


def test_demotion_waits_for_the_grace_period(db) -> None:
    with db.transaction() as c:
        ids = _setup(c)
        tiers.recompute(c, D0)
        # The spend leaves the 90-day window on 2026-07-30: gold_spend now qualifies for nothing.
        points.deduct(c, ids["silver"], 100, at=datetime(2026, 8, 1, 10))  # silver: 50 points left
        r = tiers.recompute(c, date(2026, 8, 1))
        assert r.waiting == 3 and r.demoted == 0  # gold_spend, silver and diamond (spend gone) are waiting
        assert tiers.waiting_since(c, ids["silver"]) == date(2026, 8, 1)
        points.grant(c, ids["silver"], 100, at=datetime(2026, 8, 10, 10))  # qualifies again: the wait ends
        tiers.recompute(c, date(2026, 8, 10))
        assert tiers.waiting_since(c, ids["silver"]) is None
        r = tiers.recompute(c, date(2026, 8, 30))
        assert r.demoted == 0
        r = tiers.recompute(c, date(2026, 8, 31))
        have = _tiers(c)
        assert r.demoted == 2
        assert (have[ids["gold_spend"]], have[ids["diamond"]], have[ids["silver"]]) == (None, "gold", "silver")
        history = tiers.tier_history(c, ids["diamond"])
        assert [(old, new) for _ts, old, new in history] == [("diamond", "gold"), (None, "diamond")]


def test_a_deleted_tier_is_dropped_and_tiers_are_validated(db) -> None:
    with db.transaction() as c:
        m = c.execute(insert(Member).values(display_name="x", tier="bronze", created_at=datetime(2026, 1, 1)))
        mid = m.inserted_primary_key[0]
        r = tiers.recompute(c, D0)
        assert _tiers(c)[mid] is None and r.changes == [(mid, "bronze", None)]
    bad = [
        [],
        [tiers.TierDef("a", min_points=1), tiers.TierDef("a", min_points=2)],
        [tiers.TierDef("a")],
        [tiers.TierDef("a", min_points=-1)],
        [tiers.TierDef("a", min_spend=5, spend_days=0)],
    ]
    for definition in bad:
        with pytest.raises(tiers.TierError), db.transaction() as c:
            tiers.TierSettings(tiers=definition).save(c)
    with db.transaction() as c:
        assert [t.key for t in tiers.TierSettings.load(c).tiers] == ["silver", "gold", "diamond"]
        assert tiers.new_key(tiers.default_tiers()) == "tier4"


def test_upkeep_expires_then_recomputes(db) -> None:
    with db.transaction() as c:
        mid = c.execute(insert(Member).values(display_name="y", created_at=datetime(2026, 1, 1))).inserted_primary_key[
            0
        ]
        points.grant(c, mid, 150, expires_on=date(2026, 3, 1), at=datetime(2026, 1, 1))
        tiers.recompute(c, date(2026, 2, 1))
        assert _tiers(c)[mid] == "silver"
    expired, moved = tiers.upkeep(db, date(2026, 3, 2))
    assert expired.points == 150 and moved.waiting == 1


def test_recompute_for_some_members_only(db) -> None:
    with db.transaction() as c:
        ids = _setup(c)
        r = tiers.recompute(c, D0, member_ids=[ids["silver"], ids["none"]])
        have = _tiers(c)
        assert r.changes == [(ids["silver"], None, "silver")]
        assert have[ids["gold_spend"]] is None and have[ids["diamond"]] is None  # not looked at
        assert tiers.recompute(c, D0, member_ids=[]).changes == []
        assert len(tiers.recompute(c, D0, member_ids=[ids["gold_spend"], ids["diamond"]]).changes) == 2
