"""The membership summary (member_span) stays equal to a recount through every path that writes memberships
(the triggers note the members whose stays change; readers recount them), and presence counts read from it
equal the one pass over the memberships they replace, for all groups (a member in two groups counted once) and
for single groups."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, text

from core import activity, member_actions, metrics, trash
from core.importers import members as mi
from core.importers.batches import undo_batch
from core.importers.pipeline import ChatOptions, import_chat
from core.models import Group, Member, Membership
from tests.conftest import DEMO_TODAY
from tests.core.test_message_summaries import _chat


def _spans(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute(text("SELECT * FROM member_span ORDER BY member_id, group_id"))]


def _cells(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute(text("SELECT * FROM span_cell ORDER BY 1, 2, 3, 4, 5"))]


def assert_spans_exact(db) -> None:
    """After the readers' catch-up, member_span holds exactly what a recount from the memberships gives."""
    activity.bring_up_to_date(db)
    with db.engine.connect() as conn:
        tx = conn.begin()
        try:
            assert activity.spans_current(conn)
            kept = _spans(conn)
            cells = _cells(conn)
            activity.rebuild_spans(conn)
            assert _spans(conn) == kept
            assert _cells(conn) == cells  # the cell counts kept along equal a recount
            assert kept, "no member_span rows: the test data has no memberships"
            assert cells and all(n > 0 for *_key, n in cells)
        finally:
            tx.rollback()


def assert_presence_like_the_pass(db, today: date = DEMO_TODAY) -> None:
    """Every count of the dashboard's presence, from the summary, equals the one pass over memberships."""
    days = metrics.week_starts(today, 12)
    month = metrics.month_period(today.year, today.month)
    moments = [*days, month.start, month.end, today + timedelta(days=1), date(2000, 1, 1)]
    spans = [*zip(days, days[1:], strict=False), (month.start, month.end), (days[0], days[-1])]
    with db.session() as s:
        scope = metrics.Scope(s)
        groups = [None, *s.execute(select(Group.id).order_by(Group.id)).scalars()]
        for gid in groups:
            new = metrics.presence(s, scope, gid, moments, spans)
            old = metrics._presence_pass(s, scope, gid, moments, spans)
            assert [new.at(d) for d in moments] == [old.at(d) for d in moments], gid
            assert [new.during(a, b) for a, b in spans] == [old.during(a, b) for a, b in spans], gid


def test_the_demo_writes_an_exact_summary_and_presence_equals_the_pass(demo_db) -> None:
    with demo_db.engine.connect() as conn:
        assert activity.spans_current(conn)  # the demo recounted after writing its memberships
    assert_spans_exact(demo_db)
    assert_presence_like_the_pass(demo_db)


def test_every_membership_writer_keeps_the_summary_exact(demo_db_copy, tmp_path: Path) -> None:
    db = demo_db_copy
    with db.session() as s:
        group = s.execute(select(Group.name).where(Group.id == 2)).scalar_one()
    # A chat import: joins of new and known members (memberships inserted by the pipeline).
    chat = _chat(tmp_path / "WhatsApp Chat with spans.txt", ["王小明", "李小红", "Anna"], date(2026, 10, 28), 10)
    chat_summary = import_chat(db, chat, ChatOptions(group=group))
    with db.engine.connect() as conn:
        assert not activity.spans_current(conn)  # noted by the triggers, recounted by the next reader
    assert_spans_exact(db)
    assert_presence_like_the_pass(db)

    # A member import: new members in a new group and in an existing one.
    csv = tmp_path / "会员.csv"
    csv.write_text(
        "昵称,微信号,入群时间,群名\n"
        f"新会员甲,wx_span_a,2026-11-03 10:00,{group}\n"
        "新会员乙,wx_span_b,2026-10-20 09:00,新群\n",
        encoding="utf-8",
    )
    member_summary = mi.import_members(db, csv)
    assert member_summary.counts()["created"] == 2
    assert_spans_exact(db)
    assert_presence_like_the_pass(db)

    # Merge two members who are in different groups (a member in two groups counts once), then undo it.
    with db.session() as s:
        keep, gone = s.execute(
            text(
                "SELECT a.member_id, b.member_id FROM membership a JOIN membership b ON a.group_id <> b.group_id "
                "AND a.member_id < b.member_id JOIN member ma ON ma.id = a.member_id JOIN member mb ON "
                "mb.id = b.member_id WHERE ma.role = 'member' AND mb.role = 'member' AND a.left_at IS NULL "
                "AND b.left_at IS NULL AND ma.deleted_at IS NULL AND mb.deleted_at IS NULL LIMIT 1"
            )
        ).one()
        before = metrics.figures(s, metrics.parse_period("2026-11"))
    member_actions.merge(db, keep, gone)
    assert_spans_exact(db)
    assert_presence_like_the_pass(db)
    with db.session() as s:
        merged = metrics.figures(s, metrics.parse_period("2026-11"))
    assert merged["members_end"] == before["members_end"] - 1  # the two are one member now
    trash.undo_last(db)
    assert_spans_exact(db)
    assert_presence_like_the_pass(db)

    # Moving members to a group (their stay elsewhere ends), the trash and its restore, emptying it (cascade).
    with db.session() as s:
        some = list(
            s.execute(
                select(Membership.member_id).where(Membership.group_id == 1, Membership.left_at.is_(None)).limit(5)
            ).scalars()
        )
    member_actions.move_to_group(db, some[:2], 2, when=datetime(2026, 11, 10, 12))
    assert_spans_exact(db)
    assert_presence_like_the_pass(db)
    trash.move_to_trash(db, "member", some)
    assert_presence_like_the_pass(db)  # in the trash: not counted (the summary keeps their rows)
    trash.restore_from_trash(db, "member", some[:2])
    assert_presence_like_the_pass(db)
    assert trash.empty_trash(db, "member") >= 3
    assert_spans_exact(db)
    assert_presence_like_the_pass(db)

    # Undoing the imports deletes their memberships again.
    undo_batch(db, member_summary.batch_id)
    undo_batch(db, chat_summary.batch_id)
    assert_spans_exact(db)
    assert_presence_like_the_pass(db)


def test_orm_writes_are_noted_and_counted_at_the_next_read(db) -> None:
    """Any path, even one that knows nothing of the summary, leaves the members it touched to be recounted."""
    with db.session() as s:
        s.add_all([Group(id=1, name="g1"), Group(id=2, name="g2")])
        s.add_all([Member(id=i, display_name=f"m{i}") for i in (1, 2, 3)])
        s.flush()
        s.add_all(
            [
                Membership(member_id=1, group_id=1, joined_at=datetime(2026, 10, 1, 9)),
                Membership(member_id=1, group_id=2, joined_at=datetime(2026, 10, 5, 9)),  # two groups: once
                Membership(member_id=2, group_id=1, joined_at=datetime(2026, 11, 2, 9)),
                Membership(member_id=3, group_id=2, joined_at=None, left_at=datetime(2026, 11, 4, 9)),
            ]
        )
        s.commit()
    week = metrics.parse_period("2026-W45")  # 2026-11-02 .. 11-08
    with db.session() as s:
        f = metrics.figures(s, week)
        assert (f["members_start"], f["members_end"], f["present"]) == (2, 2, 3)
        assert metrics.figures(s, week, 2)["members_start"] == 2 and metrics.figures(s, week, 2)["members_end"] == 1
        s.commit()
    with db.session() as s:
        s.execute(text("UPDATE membership SET left_at = '2026-11-03 10:00:00.000000' WHERE member_id = 2"))
        s.commit()
    with db.engine.connect() as conn:
        assert not activity.spans_current(conn)
    with db.session() as s:
        f = metrics.figures(s, week)
        assert (f["members_start"], f["members_end"], f["present"]) == (2, 1, 3)
        s.commit()
    assert_spans_exact(db)
