"""core/points.py: grants, deductions, FIFO expiry, balances, bulk grants, and the recall segment agreeing."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import insert, select

from core import points
from core.models import Member, PointsEntry


def _members(db, *names: str) -> list[int]:
    with db.transaction() as c:
        return [
            c.execute(insert(Member).values(display_name=n, created_at=datetime(2026, 1, 1))).inserted_primary_key[0]
            for n in names
        ]


def at(d: str) -> datetime:
    return datetime.fromisoformat(d + " 10:00:00")


def test_grant_and_deduct_keep_a_balance(db) -> None:
    (m,) = _members(db, "张三")
    with db.transaction() as c:
        points.grant(c, m, 100, "活动奖励", date(2027, 1, 1), at=at("2026-01-05"))
        points.deduct(c, m, 30, "兑换", at=at("2026-01-06"))
        assert points.balance(c, m) == 70
        rows = points.ledger(c, m)
    assert [(r.delta, r.reason, r.balance) for r in rows] == [(-30, "兑换", 70), (100, "活动奖励", 100)]


def test_deduct_below_zero_is_refused_unless_forced(db) -> None:
    (m,) = _members(db, "李四")
    with db.transaction() as c:
        points.grant(c, m, 20, at=at("2026-01-05"))
    with pytest.raises(points.InsufficientPoints) as err:
        with db.transaction() as c:
            points.deduct(c, m, 50, at=at("2026-01-06"))
    assert err.value.balance == 20 and "李四 has 20 points" in str(err.value)
    with db.transaction() as c:
        points.deduct(c, m, 50, "纠正", force=True, at=at("2026-01-06"))
        assert points.balance(c, m) == -30


@pytest.mark.parametrize("bad", [0, -5, 1.5, True])
def test_amounts_must_be_positive_whole_numbers(db, bad) -> None:
    (m,) = _members(db, "王五")
    with pytest.raises(points.PointsError), db.transaction() as c:
        points.grant(c, m, bad)


def test_expiry_is_fifo_and_idempotent(db) -> None:
    (m,) = _members(db, "赵六")
    with db.transaction() as c:
        points.grant(c, m, 100, "旧", date(2026, 3, 1), at=at("2026-01-01"))
        points.grant(c, m, 50, "新", date(2026, 9, 1), at=at("2026-02-01"))
        points.deduct(c, m, 70, "兑换", at=at("2026-02-10"))  # uses 70 of the oldest earning
        r = points.expire(c, date(2026, 3, 1))
        assert (r.members, r.points) == (1, 30)  # what is left of the first earning
        assert points.balance(c, m) == 50
        again = points.expire(c, date(2026, 3, 1))
        assert (again.members, again.points) == (0, 0)
        t = PointsEntry.__table__
        expired = c.execute(select(t.c.delta, t.c.expires_on, t.c.ts).where(t.c.reason == points.EXPIRED)).all()
    assert [tuple(e) for e in expired] == [(-30, date(2026, 3, 1), datetime(2026, 3, 1))]


def test_expiry_of_a_later_earning_before_an_older_one(db) -> None:
    (m,) = _members(db, "孙七")
    with db.transaction() as c:
        points.grant(c, m, 100, "购物", date(2027, 1, 1), at=at("2026-01-01"))
        points.grant(c, m, 20, "领券", date(2026, 4, 1), at=at("2026-02-01"))
        points.deduct(c, m, 50, at=at("2026-03-01"))  # oldest first: from the 100
        assert points.expire(c, date(2026, 5, 1), member_ids=[m]).points == 20
        assert points.balance(c, m) == 50
        assert points.expire(c, date(2027, 1, 2)).points == 50
        assert points.balance(c, m) == 0


def test_a_forced_debt_is_paid_by_the_next_earning(db) -> None:
    (m,) = _members(db, "周八")
    with db.transaction() as c:
        points.deduct(c, m, 30, force=True, at=at("2026-01-01"))
        points.grant(c, m, 50, expires_on=date(2026, 2, 1), at=at("2026-01-10"))
        assert points.expire(c, date(2026, 2, 1)).points == 20
        assert points.balance(c, m) == 0


def test_expiring_within_counts_only_what_is_left(db) -> None:
    a, b = _members(db, "甲", "乙")
    with db.transaction() as c:
        points.grant(c, a, 100, expires_on=date(2026, 6, 10), at=at("2026-01-01"))
        points.grant(c, a, 100, expires_on=date(2026, 12, 1), at=at("2026-02-01"))
        points.deduct(c, a, 60, at=at("2026-03-01"))
        points.grant(c, b, 10, expires_on=date(2026, 8, 1), at=at("2026-01-01"))
        soon = points.expiring_within(c, 14, today=date(2026, 6, 1))
    assert soon == {a: (40, date(2026, 6, 10))}


def test_bulk_grant_is_one_statement_and_all_or_nothing(db) -> None:
    ids = _members(db, "a", "b", "c")
    with db.transaction() as c:
        assert points.bulk_grant(c, ids + [ids[0]], 15, "群活动", date(2099, 1, 1)) == 3
        assert points.balances(c, ids) == dict.fromkeys(ids, 15)
    with pytest.raises(points.PointsError), db.transaction() as c:
        points.bulk_grant(c, [ids[0], 99999], 5)
    with db.transaction() as c:
        assert points.balances(c) == dict.fromkeys(ids, 15)


def test_recall_points_segment_uses_the_ledger_balance(db) -> None:
    from core import recall

    (m,) = _members(db, "快过期")
    with db.transaction() as c:
        c.execute(Member.__table__.update().values(joined_at=datetime(2026, 1, 1)))
        points.grant(c, m, 80, expires_on=date(2026, 3, 1), at=at("2026-01-01"))
        points.grant(c, m, 50, expires_on=date(2026, 6, 10), at=at("2026-02-01"))
        points.expire(c, date(2026, 6, 1))
        soon = points.expiring_within(c, 14, today=date(2026, 6, 1))
    with db.session() as s:
        result = recall.compute(s, as_of=date(2026, 6, 1), segments=["points_expiring"])
    (item,) = result.items
    assert soon[m] == (50, date(2026, 6, 10))
    assert item.facts["points"] == 50 and item.facts["expires"] == date(2026, 6, 10)


def test_expire_watermark_skips_handled_dates(db) -> None:
    (m,) = _members(db, "水位")
    with db.transaction() as c:
        points.grant(c, m, 10, expires_on=date(2026, 2, 1), at=at("2026-01-01"))
        assert points.expire(c, date(2026, 2, 5)).points == 10
        # A later earning that expired before the watermark is picked up for that member on demand.
        c.execute(insert(PointsEntry).values(member_id=m, ts=at("2026-01-02"), delta=5, expires_on=date(2026, 2, 1)))
        assert points.expire(c, date(2026, 2, 6)).points == 0
        assert points.expire(c, date(2026, 2, 6), member_ids=[m]).points == 5
        assert points.balance(c, m, as_of=date(2026, 1, 31)) == 15
        assert points.balance(c, m) == 0
        assert points.balances(c, [m, 12345]) == {m: 0, 12345: 0}


def test_recall_and_points_agree_on_fifo_amounts(db) -> None:
    from core import recall

    used_up, half = _members(db, "用光了", "用了一半")
    with db.transaction() as c:
        c.execute(Member.__table__.update().values(joined_at=datetime(2026, 1, 1)))
        for m, spent in ((used_up, 150), (half, 50)):
            points.grant(c, m, 100, expires_on=date(2026, 6, 10), at=at("2026-01-01"))
            points.grant(c, m, 100, expires_on=date(2027, 1, 1), at=at("2026-02-01"))
            points.deduct(c, m, spent, at=at("2026-03-01"))  # oldest first
        soon = points.expiring_within(c, 14, today=date(2026, 6, 1))
    with db.session() as s:
        result = recall.compute(s, as_of=date(2026, 6, 1), segments=["points_expiring"])
    assert soon == {half: (50, date(2026, 6, 10))}
    assert [(it.member_id, it.facts["points"]) for it in result.items] == [(half, 50)]


def test_a_backdated_deduction_corrects_an_expiry_already_written(db) -> None:
    (m,) = _members(db, "补记")
    with db.transaction() as c:
        points.grant(c, m, 100, expires_on=date(2026, 3, 1), at=at("2026-01-01"))
        points.grant(c, m, 100, expires_on=date(2027, 3, 1), at=at("2026-01-02"))
        assert points.expire(c, date(2026, 3, 2)).points == 100
        # A redemption from February, entered late: it used the first earning, so less of it expired.
        c.execute(insert(PointsEntry).values(member_id=m, ts=at("2026-02-01"), delta=-40, reason="兑换"))
        assert points.expire(c, date(2026, 3, 2), member_ids=[m]).points == -40  # +40 written back
        assert points.balance(c, m) == 100
        assert points.expire(c, date(2026, 3, 2), member_ids=[m]).points == 0
        assert points.expiring_within(c, 400, today=date(2026, 3, 2)) == {m: (100, date(2027, 3, 1))}
