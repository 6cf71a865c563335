"""The materialised recall state (core.recall_state) stays exact through every kind of write.

After each write the state is brought up to date by the next list (member by member, not recomputed, unless the
day or the settings changed), and then every member's stored mask equals the old plain query's segments
(``recall_reference``), and the list read from the state equals the full computation: who, in which order, with
which guard rail, the counts and the held-back figure.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from core import member_actions, moderation, points, recall, recall_state, trash
from core.checkins import bulk_check_in, check_in
from core.importers.batches import undo_batch
from core.importers.pipeline import ChatOptions, import_chat
from core.models import Event, Group, Member, PointsEntry
from core.settings import get_thresholds, set_threshold
from tests.conftest import DEMO_TODAY
from tests.core.recall_reference import reference_segments
from tests.core.test_message_summaries import _chat

AS_OF = DEMO_TODAY + timedelta(days=1)


def listed(result: recall.RecallList):
    return (
        [it.member_id for it in result.items],
        [(it.member_id, it.excluded.key) for it in result.excluded],
        result.counts,
        result.held_back,
        [it.message for it in result.items],
    )


class Spy:
    """Counts full recomputations and member-by-member refreshes of the state."""

    def __init__(self, monkeypatch) -> None:
        self.rebuilds, self.refreshed = 0, []
        rebuild, refresh = recall_state.rebuild, recall_state.refresh

        def spy_rebuild(*a, **k):
            self.rebuilds += 1
            return rebuild(*a, **k)

        def spy_refresh(session, as_of, t, ids):
            self.refreshed.append(sorted(ids))
            return refresh(session, as_of, t, ids)

        monkeypatch.setattr(recall_state, "rebuild", spy_rebuild)
        monkeypatch.setattr(recall_state, "refresh", spy_refresh)


def assert_state_exact(db, as_of: date = AS_OF) -> None:
    with db.session() as s:
        from_state = listed(recall.compute(s, as_of, state=True))
    with db.session() as s:  # a new session: what the state path wrote was committed
        assert s.execute(text("SELECT day FROM recall_state_info")).scalar_one() == as_of.isoformat()
        assert s.execute(text("SELECT COUNT(*) FROM recall_dirty")).scalar_one() == 0
        stored = dict(s.execute(text("SELECT member_id, mask FROM recall_state")).all())
        expected = {}
        for mid, segments in reference_segments(s, as_of, None, get_thresholds(s)).items():
            mask = sum(recall.BIT[x] for x in segments)
            if mask:
                expected[mid] = mask
        assert stored == expected
        assert len(stored) > 20
        full = listed(recall.compute(s, as_of, state=False))
    assert from_state == full
    assert from_state[0], "an empty list proves little"


def _member_ids(db, n: int, where: str = "1 = 1") -> list[int]:
    with db.session() as s:
        return list(
            s.execute(
                text(f"SELECT id FROM member WHERE role = 'member' AND deleted_at IS NULL AND {where} ORDER BY id")
            ).scalars()
        )[:n]


def test_every_kind_of_write_keeps_the_state_exact(demo_db_copy, tmp_path: Path, monkeypatch) -> None:
    db = demo_db_copy
    spy = Spy(monkeypatch)
    monkeypatch.setattr(recall, "_SPARE_ROWS", 3)
    with db.session() as s:
        set_threshold(s, "recall_daily_cap", 15)
    assert_state_exact(db)
    assert spy.rebuilds == 1

    def step(expect_refresh: bool = True, expect_rebuild: bool = False) -> None:
        before = (spy.rebuilds, len(spy.refreshed))
        assert_state_exact(db)
        if expect_rebuild:
            assert spy.rebuilds == before[0] + 1
        elif expect_refresh:
            assert spy.rebuilds == before[0], "a small write recomputed everything"
            assert len(spy.refreshed) == before[1] + 1 and spy.refreshed[-1]

    # A chat export into an existing group (new messages, a new member, a join).
    with db.session() as s:
        group = s.execute(select(Group.name).where(Group.id == 2)).scalar_one()
    chat = _chat(
        tmp_path / "WhatsApp Chat with state.txt", ["王小明", "李小红", "Anna"], AS_OF - timedelta(days=12), 12
    )
    summary = import_chat(db, chat, ChatOptions(group=group))
    assert summary.messages > 20
    step()

    # Manual logging: a purchase, a click and an invite; a message dated in the future (ignored as of AS_OF).
    a, b, c, d = _member_ids(db, 4, "id > 20")
    with db.session() as s:
        for mid, kind, days in ((a, "purchase", 3), (b, "click", 4), (c, "invite", 1), (d, "message", -3)):
            s.add(Event(member_id=mid, group_id=2, kind=kind, ts=datetime.combine(AS_OF, datetime.min.time())
                        - timedelta(days=days), amount=20.0 if kind == "purchase" else None))  # fmt: skip
        s.commit()
    step()

    # Check-ins, one and in bulk.
    with db.engine.begin() as conn:
        check_in(conn, a, AS_OF, 2, today=AS_OF)
        bulk_check_in(conn, _member_ids(db, 5, "id > 40"), AS_OF, 2, today=AS_OF)
    step()

    # Points: granted (expiring soon), spent, expired.
    with db.engine.begin() as conn:
        points.grant(conn, b, 80, "活动", expires_on=AS_OF + timedelta(days=5), at=datetime(2026, 11, 1, 9))
        points.deduct(conn, b, 10, "兑换", at=datetime(2026, 11, 20, 9))
        points.expire(conn, AS_OF)
    step()

    # Member fields: birthday this week, join date, do-not-contact; the trash, restored and emptied.
    e, f, g, h = _member_ids(db, 4, "id > 60")
    with db.session() as s:
        s.execute(update(Member).where(Member.id == e).values(birthday=date(1990, AS_OF.month, AS_OF.day)))
        s.execute(update(Member).where(Member.id == f).values(joined_at=datetime(2026, 8, 23, 10)))
        s.execute(update(Member).where(Member.id == g).values(do_not_contact=True))
        s.commit()
    step()
    trash.move_to_trash(db, "member", [h])
    step()
    trash.restore_from_trash(db, "member", [h])
    step()
    trash.move_to_trash(db, "member", [h])
    trash.empty_trash(db, "member")
    step()

    # Memberships: a join, and a removal (the member leaves).
    i, j = _member_ids(db, 2, "id > 80")
    member_actions.add_to_group(db, [i], 1, when=datetime(2026, 11, 20, 9))
    with db.engine.begin() as conn:
        moderation.remove(conn, j, 2, datetime(2026, 11, 21, 9))
    step(expect_refresh=False)  # a removal may touch no column the state reads: then nothing is recomputed

    # Recall sent and taken back.
    with db.session() as s:
        result = recall.compute(s, AS_OF, state=True)
        sent = recall.mark_sent(s, result.items[0], when=datetime.combine(AS_OF, datetime.min.time()))
    step(expect_refresh=False)
    with db.session() as s:
        recall.undo_sent(s, sent)
    step()

    # Merging two members and taking it back.
    k, m = _member_ids(db, 2, "id IN (SELECT member_id FROM member_activity WHERE messages > 3)")
    member_actions.merge(db, k, m)
    step()
    trash.undo_last(db)
    step()

    # The newest event deleted, then a new one: the new row gets the freed id, and is still seen.
    with db.session() as s:
        top = s.execute(text("SELECT id, member_id FROM event ORDER BY id DESC LIMIT 1")).one()
        s.execute(text("DELETE FROM event WHERE id = :id"), {"id": top[0]})
        s.commit()
        other = s.execute(select(Member.id).where(Member.id != top[1], Member.role == "member").limit(1)).scalar_one()
        s.add(Event(id=None, member_id=other, group_id=1, kind="message", ts=datetime(2026, 11, 22, 10)))
        s.commit()
        assert s.execute(text("SELECT MAX(id) FROM event")).scalar_one() == top[0]
    step()

    # Undoing the chat import: it recounts every member's summary, so everything is recomputed.
    undo_batch(db, summary.batch_id)
    step(expect_rebuild=True)

    # Points entries edited and deleted directly.
    with db.session() as s:
        entry = s.execute(select(PointsEntry.id).where(PointsEntry.member_id == b).limit(1)).scalar_one()
        s.execute(update(PointsEntry).where(PointsEntry.id == entry).values(expires_on=AS_OF + timedelta(days=2)))
        s.commit()
    step()

    # The daily cap and the cool-down are read live: changing them recomputes nothing.
    rebuilds = spy.rebuilds
    with db.session() as s:
        set_threshold(s, "recall_daily_cap", 9)
        set_threshold(s, "recall_cooldown_days", 3)
    assert_state_exact(db)
    assert spy.rebuilds == rebuilds

    # Settings the rules use and the day: everything is recomputed.
    with db.session() as s:
        set_threshold(s, "silent_after_days", 10)
    assert_state_exact(db)
    assert spy.rebuilds == rebuilds + 1
    assert_state_exact(db, AS_OF + timedelta(days=1))
    assert spy.rebuilds == rebuilds + 2
    # A group override does not change the default scope (over all groups, the global thresholds).
    with db.session() as s:
        set_threshold(s, "active_messages_per_week", 1, group_id=1)
    assert_state_exact(db, AS_OF + timedelta(days=1))
    assert spy.rebuilds == rebuilds + 2


def test_a_new_or_removed_group_recomputes_everything(demo_db_copy, monkeypatch) -> None:
    db = demo_db_copy
    spy = Spy(monkeypatch)
    assert_state_exact(db)
    with db.session() as s:
        s.add(Group(name="新群"))
        s.commit()
    assert_state_exact(db)
    assert spy.rebuilds == 2
    with db.session() as s:
        s.execute(text("DELETE FROM chat_group WHERE id = 1"))
        s.commit()
    assert_state_exact(db)
    assert spy.rebuilds == 3


def test_without_changes_the_list_only_reads(demo_db_copy, monkeypatch) -> None:
    db = demo_db_copy
    assert_state_exact(db)
    spy = Spy(monkeypatch)
    with db.session() as s:
        recall.compute(s, AS_OF, state=True)
    assert (spy.rebuilds, spy.refreshed) == (0, [])


def test_a_caller_with_its_own_writes_keeps_them_uncommitted(demo_db_copy) -> None:
    db = demo_db_copy
    mid = _member_ids(db, 1)[0]
    with db.session() as s:
        recall.ensure_default_templates(s)  # commits when there are none: done first
    with db.session() as s:
        s.add(Event(member_id=mid, group_id=1, kind="message", ts=datetime(2026, 11, 22, 9)))
        s.flush()
        recall.compute(s, AS_OF, state=True)
        s.rollback()
    with db.session() as s:
        assert s.execute(text("SELECT COUNT(*) FROM recall_state_info")).scalar_one() == 0
        assert (
            s.execute(select(Event.id).where(Event.member_id == mid, Event.ts == datetime(2026, 11, 22, 9))).first()
            is None
        )
    assert_state_exact(db)


def test_other_days_groups_and_everyone_are_computed_in_full(demo_db_copy, monkeypatch) -> None:
    db = demo_db_copy
    spy = Spy(monkeypatch)
    with db.session() as s:
        gid = s.execute(select(Group.id)).scalars().first()
        recall.compute(s, AS_OF, group=gid, state=True)
        recall.compute(s, AS_OF, segments=["all"], state=True)
        recall.compute(s, AS_OF - timedelta(days=3))  # not today: the state is not used by default
    assert (spy.rebuilds, spy.refreshed) == (0, [])


@pytest.mark.parametrize("name", ["recall_state_event_delete", "recall_state_member_update"])
def test_a_missing_trigger_turns_the_state_off(demo_db_copy, monkeypatch, name) -> None:
    db = demo_db_copy
    with db.session() as s:
        s.execute(text(f"DROP TRIGGER {name}"))
        s.commit()
    spy = Spy(monkeypatch)
    with db.session() as s:
        recall.compute(s, AS_OF, state=True)
    assert (spy.rebuilds, spy.refreshed) == (0, [])


def test_a_member_import_is_seen_by_the_new_ids(demo_db_copy, tmp_path: Path, monkeypatch) -> None:
    from core.importers.members import import_members
    from tests.bench.rows import make_member_csv

    db = demo_db_copy
    assert_state_exact(db)
    spy = Spy(monkeypatch)
    path = tmp_path / "会员.csv"
    make_member_csv(path, 40)
    assert import_members(db, path).created == 40
    assert_state_exact(db)
    assert spy.rebuilds == 0 and len(spy.refreshed[0]) >= 40
