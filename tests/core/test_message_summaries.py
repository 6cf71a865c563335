"""The message summaries (member_week, hour_stat) stay exact through every path that writes, deletes or moves
message events, and the dashboard's figures read from them equal the figures computed straight from the events
(``dashboard_oracle``: the queries as they were before the summaries)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from core import activity, dashboard, member_actions, metrics, trash
from core.importers.batches import undo_batch
from core.importers.pipeline import ChatOptions, import_chat
from core.models import Event, Group, Member, Membership, MemberWeek
from core.settings import get_thresholds
from tests.conftest import DEMO_TODAY
from tests.core import dashboard_oracle as oracle

PERIODS = [
    metrics.parse_period("2026-11"),
    metrics.parse_period("2026-W46"),
    metrics.parse_period("2026-10-05..2026-10-21"),  # starts on a Monday, ends on a Wednesday
    metrics.parse_period("2026-09-03..2026-09-05"),  # shorter than a week
    metrics.parse_period("2026-Q3"),
]


def _summaries(conn) -> tuple[list, list]:
    weeks = conn.execute(text("SELECT * FROM member_week ORDER BY 1, 2, 3")).all()
    hours = conn.execute(text("SELECT * FROM hour_stat ORDER BY 1, 2, 3")).all()
    return [tuple(r) for r in weeks], [tuple(r) for r in hours]


def assert_summaries_exact(db) -> None:
    """The summaries hold exactly what a recount from the events gives (the recount is rolled back)."""
    with db.engine.connect() as conn:
        tx = conn.begin()
        try:
            assert activity.summaries_current(conn)
            # The weekly totals: once the weeks the triggers noted are recounted, equal to a recount of every week.
            activity.ensure_week_stats_current(conn)
            stats = conn.execute(text("SELECT * FROM week_stat ORDER BY 1, 2, 3")).all()
            activity.rebuild_week_stats(conn)
            assert conn.execute(text("SELECT * FROM week_stat ORDER BY 1, 2, 3")).all() == stats
            assert any(r[1] == -1 for r in stats) and any(r[1] > 0 for r in stats)
            kept = _summaries(conn)
            activity.rebuild_message_summaries(conn)
            assert _summaries(conn) == kept
            assert kept[0], "no member_week rows: the test data has no messages"
        finally:
            tx.rollback()


def assert_dashboard_like_events(db, periods=PERIODS, as_of: date = DEMO_TODAY) -> None:
    """Key figures, weekly figures and the member charts from the summaries equal those from the raw events."""
    with db.session() as s:
        groups = [None, *s.execute(select(Group.id).order_by(Group.id).limit(2)).scalars()]
        for gid in groups:
            t = get_thresholds(s, gid)
            for period in periods:
                assert metrics.figures(s, period, gid) == oracle.figures(s, period, gid), (period, gid)
                assert dashboard._heatmap(s, period, gid) == oracle._heatmap(s, period, gid), (period, gid)
                assert dashboard._cohorts(s, period.end, gid) == oracle._cohorts(s, period.end, gid), (period, gid)
                day = min(period.end - timedelta(days=1), as_of)
                assert dashboard._silence(s, day, gid, t) == oracle._silence(s, day, gid, t), (period, gid)
                data = dashboard.load(s, period, gid, as_of=day)
                old_tiers, old_moves, old_history = oracle._tiers(s, period, gid)
                assert (data.tiers, data.tier_moves, data.tier_history) == (old_tiers, old_moves, old_history)
            for today in (as_of, as_of - timedelta(days=40)):
                assert metrics.weekly(s, today, 12, gid, 3) == oracle.weekly(s, today, 12, gid, 3), (today, gid)


def _chat(path: Path, senders: list[str], start: date, days: int) -> Path:
    """A WhatsApp (Android) export: each sender posts a few times a day for ``days`` days from ``start``."""
    lines = [f'{start:%d/%m/%Y}, 08:00 - {senders[0]} created group "summaries"']
    for d in range(days):
        day = start + timedelta(days=d)
        for i, name in enumerate(senders):
            for k in range((d + i) % 4):
                lines.append(f"{day:%d/%m/%Y}, {7 + 3 * k + i:02d}:{(11 * d + k) % 60:02d} - {name}: 第{d}天 {k}")
    lines.append(f"{start + timedelta(days=2):%d/%m/%Y}, 21:00 - 新朋友 joined using this group's invite link")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_demo_writes_exact_summaries_and_the_dashboard_equals_the_event_figures(demo_db) -> None:
    assert_summaries_exact(demo_db)
    assert_dashboard_like_events(demo_db)


def test_import_merge_trash_and_undo_keep_the_summaries_exact(demo_db_copy, tmp_path: Path) -> None:
    db = demo_db_copy
    with db.session() as s:
        group = s.execute(select(Group.name).where(Group.id == 2)).scalar_one()
        before = metrics.figures(s, PERIODS[0])
    # A chat export into an existing group, spanning the end of October and November (whole and partial weeks).
    chat = _chat(
        tmp_path / "WhatsApp Chat with summaries.txt", ["王小明", "李小红", "Anna", "赵六"], date(2026, 10, 28), 20
    )
    summary = import_chat(db, chat, ChatOptions(group=group))
    assert summary.messages > 50
    assert_summaries_exact(db)
    assert_dashboard_like_events(db, PERIODS[:3])
    with db.session() as s:
        after = metrics.figures(s, PERIODS[0])
    assert after["messages"] > before["messages"] and after["speakers"] > before["speakers"]

    # Merge two members who both posted in the same weeks and group: their rows add up under the kept member.
    with db.session() as s:
        pair = s.execute(
            text(
                "SELECT a.member_id, b.member_id FROM member_week a JOIN member_week b ON a.week_start = b.week_start "
                "AND a.group_id = b.group_id AND a.member_id < b.member_id JOIN member ma ON ma.id = a.member_id "
                "JOIN member mb ON mb.id = b.member_id WHERE ma.role = 'member' AND mb.role = 'member' "
                "AND a.week_start >= '2026-10-01' LIMIT 1"
            )
        ).one()
    keep, gone = pair
    member_actions.merge(db, keep, gone)
    with db.session() as s:
        assert s.execute(select(MemberWeek).where(MemberWeek.member_id == gone)).first() is None
    assert_summaries_exact(db)
    assert_dashboard_like_events(db, PERIODS[:2])
    trash.undo_last(db)
    assert_summaries_exact(db)

    # Emptying the trash deletes members and, by cascade, their messages: both summaries follow.
    with db.session() as s:
        talkers = s.execute(
            text("SELECT member_id FROM member_week WHERE week_start >= '2026-11-01' AND group_id = 2 LIMIT 3")
        ).scalars()
        talkers = list(talkers)
    trash.move_to_trash(db, "member", talkers)
    assert_dashboard_like_events(db, PERIODS[:1])  # in the trash: not counted, summaries unchanged
    assert trash.empty_trash(db, "member") == len(talkers)
    assert_summaries_exact(db)
    assert_dashboard_like_events(db, PERIODS[:2])

    # Undoing the import takes its messages out again.
    undo_batch(db, summary.batch_id)
    assert_summaries_exact(db)
    assert_dashboard_like_events(db, PERIODS[:3])


def test_messages_written_without_the_summaries_are_folded_in_before_reading(db) -> None:
    with db.session() as s:
        s.add(Group(id=1, name="读书群"))
        for mid in (1, 2, 3):
            s.add(Member(id=mid, display_name=f"m{mid}", role="owner" if mid == 1 else "member"))
            s.flush()
            s.add(Membership(member_id=mid, group_id=1, joined_at=datetime(2026, 10, 1, 9)))
        for mid, ts in (
            (1, "2026-11-16 20:00"),
            (2, "2026-11-16 20:05"),
            (2, "2026-11-18 21:00"),
            (3, "2026-11-20 08:00"),
        ):
            s.add(Event(member_id=mid, group_id=1, kind="message", ts=datetime.fromisoformat(ts)))
        s.commit()
    with db.engine.connect() as conn:
        assert not activity.summaries_current(conn)  # an ORM insert does not keep them
    week = metrics.parse_period("2026-W47")
    with db.session() as s:
        f = metrics.figures(s, week)
        assert (f["messages"], f["speakers"], f["present"]) == (3, 2, 2)
        assert f == oracle.figures(s, week)
        s.commit()  # the catch-up happened in this transaction
    assert_summaries_exact(db)


def test_a_message_at_midnight_belongs_to_the_day_it_names(db) -> None:
    """Timestamps without fractions (Telegram) at 00:00:00 sit on the day they name, in the summaries and the
    period bounds alike (compared as text, '2026-11-16 00:00:00' once sorted before that day's midnight)."""
    with db.session() as s:
        s.add(Group(id=1, name="g"))
        s.add(Member(id=2, display_name="m2"))
        s.flush()
        s.add(Membership(member_id=2, group_id=1))
        s.commit()
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO event (member_id, group_id, kind, ts) VALUES (2, 1, 'message', :ts)"),
                     [{"ts": "2026-11-16 00:00:00"}, {"ts": "2026-11-15 23:59:59"}])  # fmt: skip
    with db.session() as s:
        assert metrics.figures(s, metrics.parse_period("2026-W47"))["messages"] == 1
        assert metrics.figures(s, metrics.parse_period("2026-W46"))["messages"] == 1
        assert metrics.figures(s, metrics.parse_period("2026-11-16..2026-11-16"))["messages"] == 1
        grid, _best = dashboard._heatmap(s, metrics.parse_period("2026-W47"), None)
        assert grid[0][0] == 1 and sum(map(sum, grid)) == 1


@pytest.mark.parametrize("gid", [None, 1])
def test_presence_is_exact_for_rejoins_several_stays_and_odd_dates(db, gid) -> None:
    """Members who left and came back within a week, were in three groups, or have a stay that ends before it
    starts: counted the same as the one-by-one definition, at every bound."""
    stays = {  # member: [(group, joined, left)]
        2: [(1, "2026-09-01 10:00", "2026-11-03 12:00"), (1, "2026-11-05 09:00", None)],  # gap inside a week
        3: [(1, "2026-09-01 10:00", "2026-10-01 00:00"), (2, "2026-10-20 10:00", None)],  # gap of weeks
        4: [(1, None, "2026-10-10 10:00"), (2, "2026-10-09 10:00", "2026-11-20 10:00"), (3, "2026-11-10 10:00", None)],
        5: [(1, "2026-11-12 10:00", "2026-11-11 10:00")],  # leaves before it joins (bad input)
        6: [(1, "2026-11-12 10:00", "2026-11-12 10:00"), (2, "2026-10-01 00:00", None)],
        7: [(1, None, None), (2, None, None)],
        8: [(1, "2026-11-30 23:00", None)],
        9: [(2, "2026-08-01 10:00", "2026-08-02 10:00"), (2, "2026-12-01 00:00", None)],
    }
    with db.session() as s:
        for g in (1, 2, 3):
            s.add(Group(id=g, name=f"g{g}"))
        for mid, rows in stays.items():
            s.add(Member(id=mid, display_name=f"m{mid}"))
            s.flush()
            for g, joined, left in rows:
                j = datetime.fromisoformat(joined) if joined else None
                lv = datetime.fromisoformat(left) if left else None
                s.add(Membership(member_id=mid, group_id=g, joined_at=j, left_at=lv))
        s.commit()
    with db.session() as s:
        for today in (date(2026, 11, 22), date(2026, 12, 3)):
            assert metrics.weekly(s, today, 12, gid) == oracle.weekly(s, today, 12, gid)
        for label in ("2026-11", "2026-W45", "2026-10-09..2026-10-10", "2026-11-11..2026-11-12", "2026-Q4"):
            period = metrics.parse_period(label)
            new, old = metrics.figures(s, period, gid), oracle.figures(s, period, gid)
            keys = ("members_start", "members_end", "present", "net")
            assert {k: new[k] for k in keys} == {k: old[k] for k in keys}, label
            # The silence and tier charts pick members from the same one-pass cells (three stays: one by one).
            t = get_thresholds(s, gid)
            for as_of in (date(2026, 11, 4), date(2026, 11, 11), period.end - timedelta(days=1)):
                if not period.start <= as_of < period.end:
                    continue
                data = dashboard.load(s, period, gid, as_of=as_of)
                assert data.silence == oracle._silence(s, as_of, gid, t), (label, as_of)
                assert data.tiers == oracle._tiers(s, period, gid)[0], label


def test_readers_bring_the_summaries_up_to_date_once(db) -> None:
    """The dashboard, the report and ``main.py metrics`` commit a catch-up before they read: done once."""
    with db.session() as s:
        s.add(Group(id=1, name="g"))
        s.add(Member(id=2, display_name="m2"))
        s.flush()
        s.add(Membership(member_id=2, group_id=1))
        s.add(Event(member_id=2, group_id=1, kind="message", ts=datetime(2026, 11, 17, 9)))
        s.commit()
    with db.engine.connect() as conn:
        assert not activity.summaries_current(conn)
    activity.bring_up_to_date(db)
    with db.engine.connect() as conn:
        assert activity.summaries_current(conn)
        assert conn.execute(select(MemberWeek.messages).where(MemberWeek.member_id == 2)).scalar_one() == 1


def test_week_stats_follow_every_change_to_member_week(demo_db_copy) -> None:
    """Each kind of write to member_week (an upsert's update, a delete, an insert: whichever path makes it) marks
    its week, and the recount of the marked weeks equals a recount of every week."""

    def stats(conn) -> list:
        return [tuple(r) for r in conn.execute(text("SELECT * FROM week_stat ORDER BY 1, 2, 3"))]

    def assert_exact(conn) -> None:
        assert not activity.week_stats_current(conn)  # the write was noted
        activity.ensure_week_stats_current(conn)
        recounted = stats(conn)
        activity.rebuild_week_stats(conn)
        assert stats(conn) == recounted

    with demo_db_copy.transaction() as conn:
        week, member, group = conn.execute(
            text("SELECT week_start, member_id, group_id FROM member_week WHERE group_id > 0 LIMIT 1")
        ).one()
        key = {"w": week, "m": member, "g": group}
        assert activity.week_stats_current(conn)  # the demo counted its weeks
        before = stats(conn)
        conn.execute(
            text(
                "UPDATE member_week SET messages = messages + 7 "
                "WHERE week_start = :w AND member_id = :m AND group_id = :g"
            ),
            key,
        )
        assert_exact(conn)
        assert stats(conn) != before
        conn.execute(text("DELETE FROM member_week WHERE week_start = :w AND member_id = :m AND group_id = :g"), key)
        assert_exact(conn)
        conn.execute(
            text(
                "INSERT INTO member_week (week_start, member_id, group_id, messages) VALUES ('2020-01-06', :m, :g, 3)"
            ),
            key,
        )
        assert_exact(conn)
        assert conn.execute(text("SELECT members FROM week_stat WHERE week_start = '2020-01-06' AND n = 3")).all() == [
            (1,),
            (1,),
        ]  # its group and all groups
