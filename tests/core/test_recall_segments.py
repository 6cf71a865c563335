"""The fast segment statements (core.recall_sql) give the same answers as the old, plain query.

``tests/core/recall_reference.py`` keeps the statement recall used before it was made fast: one row per member,
every figure, one flag per segment. Here both run over the demo community and a hand-built one, on several
dates (so both the summary and the exact path), per group, with guard rails, small caps and every segment
first in the priority order; every member's segments, the counts, the order of the list, who is held back and
why must be the same.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from core import recall
from core.models import Event, Group, Member, PointsEntry
from core.settings import get_thresholds, set_threshold
from tests.conftest import DEMO_TODAY
from tests.core.recall_reference import reference_list, reference_segments
from tests.core.test_recall import AS_OF, Community, at


def segments_of(result: recall.RecallList) -> dict[int, set[str]]:
    return {it.member_id: set(it.segments) for it in result.items + result.excluded}


def listed(result: recall.RecallList) -> tuple[list[int], list[tuple[int, str]]]:
    """Who gets a message, in order, and who a guard rail held back (and which), in order."""
    return [it.member_id for it in result.items], [(it.member_id, it.excluded.key) for it in result.excluded]


def expected(picked: list[tuple[int, str | None]]) -> tuple[list[int], list[tuple[int, str]]]:
    return [mid for mid, why in picked if why is None], [(mid, why) for mid, why in picked if why]


def groups(session) -> list[int | None]:
    return [None, *session.execute(select(Group.id).order_by(Group.id)).scalars()]


def assert_same_segments(session, as_of: date, gid: int | None) -> int:
    """Compares; returns how many (member, segment) pairs there were."""
    t = get_thresholds(session, gid)
    expected = reference_segments(session, as_of, gid, t)
    got = segments_of(recall.compute(session, as_of, segments=["all"], group=gid))
    assert got == expected, (as_of, gid)
    return sum(len(v) for v in expected.values())


@pytest.mark.parametrize("days_back", [0, 3, 17, 45])
def test_every_member_is_in_the_same_segments_as_with_the_old_query(demo_db, days_back) -> None:
    # days_back 0: the summaries path; earlier dates: the exact path (events after as_of exist)
    as_of = DEMO_TODAY - timedelta(days=days_back)
    with demo_db.session() as s:
        pairs = [assert_same_segments(s, as_of, gid) for gid in groups(s)]
    assert pairs[0] > 100 and all(pairs[1:3])


def test_the_exact_path_agrees_with_the_old_query_as_of_today(demo_db, monkeypatch) -> None:
    monkeypatch.setattr(recall, "_summaries_cover", lambda *_: False)
    with demo_db.session() as s:
        t = get_thresholds(s)
        expected = reference_segments(s, DEMO_TODAY, None, t, exact=True)
        assert segments_of(recall.compute(s, DEMO_TODAY, segments=["all"])) == expected


def _guard_rails(session) -> None:
    """Some members do-not-contact, some recalled within the cool-down: the list must skip them in order."""
    ids = list(session.execute(select(Member.id).order_by(Member.id)).scalars())
    session.execute(update(Member).where(Member.id.in_(ids[::7])).values(do_not_contact=True))
    for mid in ids[3::11]:
        session.add(Event(member_id=mid, kind="recall-sent", ts=datetime.combine(DEMO_TODAY, datetime.min.time())))
    session.commit()


@pytest.mark.parametrize(("cap", "sent_today"), [(1, 0), (9, 0), (60, 0), (10_000, 0), (5, 2), (3, 3)])
def test_the_list_has_the_old_order_guard_rails_counts_and_held_back(demo_db_copy, monkeypatch, cap, sent_today):
    monkeypatch.setattr(recall, "_SPARE_ROWS", 2)  # small pages: the list is read in several steps
    with demo_db_copy.session() as s:
        _guard_rails(s)  # recall-sent events dated DEMO_TODAY: as_of is the day after, with its own sends
        as_of = DEMO_TODAY + timedelta(days=1)
        for _ in range(sent_today):
            s.add(Event(member_id=None, kind="recall-sent", ts=datetime.combine(as_of, datetime.min.time())))
        set_threshold(s, "recall_daily_cap", cap)
        t = get_thresholds(s)
        priority = [x for x in recall.get_priority(s) if x in recall.DEFAULT_SEGMENTS]
        picked, counts, held_back = reference_list(s, as_of, None, t, priority, room=cap - sent_today)
        result = recall.compute(s, as_of)
    assert listed(result) == expected(picked)
    assert result.counts == counts
    assert result.held_back == held_back
    assert sum(counts.values()) > 0


@pytest.mark.parametrize("first", recall.SEGMENTS)
def test_each_segment_first_in_the_priority_order(demo_db_copy, monkeypatch, first) -> None:
    # The head of the list is read through the first segment's own candidates (core.recall_sql._candidates).
    monkeypatch.setattr(recall, "_SPARE_ROWS", 3)
    with demo_db_copy.session() as s:
        _guard_rails(s)
        set_threshold(s, "recall_daily_cap", 12)
        recall.set_priority(s, [first, *(x for x in recall.DEFAULT_PRIORITY if x != first)])
        s.commit()
        as_of = DEMO_TODAY + timedelta(days=1)
        for gid in groups(s)[:2]:
            t = get_thresholds(s, gid)
            priority = recall.get_priority(s)  # every segment chosen
            picked, counts, held_back = reference_list(s, as_of, gid, t, priority, room=12)
            result = recall.compute(s, as_of, segments=list(recall.SEGMENTS), group=gid)
            assert listed(result) == expected(picked), (first, gid)
            assert result.counts == counts
            assert result.held_back == held_back


def test_everyone_lists_every_member_in_the_old_order(demo_db_copy) -> None:
    with demo_db_copy.session() as s:
        _guard_rails(s)
        set_threshold(s, "recall_daily_cap", 25)
        as_of = DEMO_TODAY + timedelta(days=1)
        t = get_thresholds(s)
        priority = recall.get_priority(s)
        picked, counts, _held = reference_list(s, as_of, None, t, priority, room=25, everyone=True)
        result = recall.compute(s, as_of, segments=["all"])
    assert listed(result) == expected(picked)
    assert result.counts == counts


@pytest.fixture
def edges(db):
    """Members on the edges of the rules that the fast statements word differently from the old query."""
    with db.session() as s:
        c = Community(s)
        ids = {}
        # freebie: "no purchase in the window" is read from the last purchase
        ids["claims_bought_in_window"] = c.member("领券也买了")
        c.events(ids["claims_bought_in_window"], "perk-claim", [5, 9])
        c.events(ids["claims_bought_in_window"], "purchase", [60], amount=10.0)
        ids["claims_bought_before"] = c.member("很久前买过")
        c.events(ids["claims_bought_before"], "perk-claim", [5, 9])
        c.events(ids["claims_bought_before"], "purchase", [95], amount=10.0)
        ids["claims_buys_later"] = c.member("之后才买")  # a purchase after as_of does not count
        c.events(ids["claims_buys_later"], "perk-claim", [5, 9])
        c.events(ids["claims_buys_later"], "purchase", [-2], amount=10.0)
        ids["claims_edge_out"] = c.member("一次在窗口外")  # day 89 is the window's first day (90 days with as_of)
        c.events(ids["claims_edge_out"], "perk-claim", [89, 90])
        ids["claims_edge_in"] = c.member("都在窗口内")
        c.events(ids["claims_edge_in"], "perk-claim", [88, 89])
        ids["bought_at_window_start"] = c.member("窗口第一刻买的")  # at midnight: inside the window
        c.events(ids["bought_at_window_start"], "perk-claim", [3, 4])
        s.add(Event(member_id=ids["bought_at_window_start"], group_id=c.group.id, kind="purchase", ts=at(89, 0)))
        # resuming: quiet since before the gap, with or without an earlier message
        ids["back_after_gap"] = c.member("隔了很久")
        c.events(ids["back_after_gap"], "message", [1, 36])
        ids["back_just_inside_gap"] = c.member("刚好不够久")
        c.events(ids["back_just_inside_gap"], "message", [1, 35])
        ids["first_message_old_member"] = c.member("老成员第一次说话", joined_days_ago=60)
        c.events(ids["first_message_old_member"], "message", [2])
        ids["first_message_new_member"] = c.member("新成员第一次说话", joined_days_ago=20)
        c.events(ids["first_message_new_member"], "message", [2])
        # early warning: silent since the click, or not
        ids["clicked_silent"] = c.member("点了没说话")
        c.events(ids["clicked_silent"], "message", [20])
        c.events(ids["clicked_silent"], "click", [8], ref="秒杀")
        ids["clicked_then_talked"] = c.member("点了又说话")
        c.events(ids["clicked_then_talked"], "message", [6])
        c.events(ids["clicked_then_talked"], "click", [8], ref="秒杀")
        ids["clicked_again_lately"] = c.member("最近又点了")
        c.events(ids["clicked_again_lately"], "click", [8, 2], ref="秒杀")
        # points expiring, with part of them spent (30 of the first 50 are left, expiring in 3 days)
        ids["points"] = c.member("积分")
        s.add(PointsEntry(member_id=ids["points"], ts=at(100), delta=50, expires_on=AS_OF + timedelta(days=3)))
        s.add(PointsEntry(member_id=ids["points"], ts=at(50), delta=30, expires_on=AS_OF + timedelta(days=40)))
        s.add(PointsEntry(member_id=ids["points"], ts=at(10), delta=-20))  # FIFO: spent from the first 50
        # churn edges
        for days in (7, 8, 30, 31, 59, 60):
            ids[f"silent_{days}"] = c.member(f"沉默{days}天")
            c.events(ids[f"silent_{days}"], "message", [days, days + 1, days + 2])
        c.done()
    return db, ids


@pytest.mark.parametrize("shift", [-1, 0, 1, 2, 30])
def test_edges_match_the_old_query(edges, shift) -> None:
    db, ids = edges
    as_of = AS_OF + timedelta(days=shift)
    with db.session() as s:
        gid = s.execute(select(Group.id)).scalar_one()
        assert assert_same_segments(s, as_of, None) > 10
        assert assert_same_segments(s, as_of, gid) > 10


def test_edges_by_hand(edges) -> None:
    db, ids = edges
    with db.session() as s:
        got = segments_of(recall.compute(s, AS_OF, segments=["all"]))
    assert "freebie" not in got[ids["claims_bought_in_window"]]
    assert "freebie" in got[ids["claims_bought_before"]]
    assert "freebie" in got[ids["claims_buys_later"]]
    assert "freebie" not in got[ids["claims_edge_out"]] and "freebie" in got[ids["claims_edge_in"]]
    assert "freebie" not in got[ids["bought_at_window_start"]]
    assert "resuming" in got[ids["back_after_gap"]]
    assert "resuming" not in got[ids["back_just_inside_gap"]]
    assert "resuming" in got[ids["first_message_old_member"]]
    assert "resuming" not in got[ids["first_message_new_member"]]
    assert "early_warning" in got[ids["clicked_silent"]]
    assert "early_warning" not in got[ids["clicked_then_talked"]]
    assert "early_warning" not in got[ids["clicked_again_lately"]]
    assert "points_expiring" in got[ids["points"]]
    assert "shallow_churn" in got[ids["silent_8"]] and "shallow_churn" not in got[ids["silent_7"]]
    assert "shallow_churn" in got[ids["silent_30"]] and "shallow_churn" not in got[ids["silent_31"]]
    assert "deep_churn" in got[ids["silent_60"]] and "deep_churn" not in got[ids["silent_59"]]
