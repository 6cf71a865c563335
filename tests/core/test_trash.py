"""The trash, bulk edits and undo: nothing disappears until the trash is emptied, and the last bulk change undoes."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from core import backup, members, metrics, overview, plan, recall, trash
from core import db as dbmod
from core.models import ContentItem, Event, Member, PlanEntry
from core.stats import collect
from tests.conftest import DEMO_TODAY
from tests.helpers import copy_of


@pytest.fixture
def shop(demo_db_path: Path, tmp_path: Path):
    database = dbmod.open_database(copy_of(demo_db_path, tmp_path / "shop.sqlite3"))
    yield database
    database.close()


def _ids(database, n: int) -> list[int]:
    with database.session() as s:
        return list(s.execute(select(Member.id).where(Member.role == "member").order_by(Member.id).limit(n)).scalars())


def test_members_in_the_trash_leave_every_list_and_figure(shop) -> None:
    gone = _ids(shop, 60)
    with shop.session() as s:
        speakers_before = sum(g.speakers for g in overview.group_figures(s, DEMO_TODAY))
    assert trash.move_to_trash(shop, "member", gone) == 60
    assert collect(shop).members == 340
    with shop.session() as s:
        assert not set(gone) & set(members.search_ids(s))
        listed = recall.compute(s, DEMO_TODAY, segments=["all"])
        assert not set(gone) & {m.member_id for m in listed.items + listed.excluded}
        speakers_after = sum(g.speakers for g in overview.group_figures(s, DEMO_TODAY))
        weeks = metrics.weekly(s, DEMO_TODAY, weeks=2)
        assert [r.id for r in trash.trash_rows(s, "member")] == gone
        assert trash.trash_counts(s)["member"] == 60
        # nothing was deleted yet: their events are all still there
        assert s.execute(select(func.count()).select_from(Event).where(Event.member_id.in_(gone))).scalar_one() > 0
    assert speakers_after <= speakers_before and weeks
    assert [b.reason for b in backup.list_backups(shop.path)] == ["pre-bulk-delete"]  # 60 rows: backed up first


def test_undo_brings_back_the_last_move_to_the_trash_exactly(shop) -> None:
    first, second = _ids(shop, 10)[:5], _ids(shop, 10)[5:]
    trash.move_to_trash(shop, "member", first, now=datetime(2026, 11, 1, 9))
    trash.move_to_trash(shop, "member", second, now=datetime(2026, 11, 2, 9))
    with shop.session() as s:
        action = trash.last_action(s)
    assert action.kind == "trash" and action.rows == 5
    assert trash.undo_last(shop).id == action.id
    with shop.session() as s:
        assert {r.id for r in trash.trash_rows(s, "member")} == set(first)  # only the last action was undone
    trash.undo_last(shop)
    with shop.session() as s:
        assert trash.trash_rows(s, "member") == []
        assert trash.last_action(s) is None
    assert trash.undo_last(shop) is None


def test_bulk_edit_is_all_or_nothing_and_undoable(shop) -> None:
    ids = _ids(shop, 50)
    with shop.engine.connect() as conn:
        before = conn.execute(text("SELECT id, tier, do_not_contact FROM member ORDER BY id")).all()
    assert trash.bulk_edit(shop, "member", ids, {"tier": "diamond", "do_not_contact": True}) == 50
    with shop.engine.connect() as conn:
        assert (
            conn.execute(text("SELECT COUNT(*) FROM member WHERE tier = 'diamond' AND do_not_contact")).scalar() >= 50
        )
    trash.undo_last(shop)
    with shop.engine.connect() as conn:
        assert conn.execute(text("SELECT id, tier, do_not_contact FROM member ORDER BY id")).all() == before
    with pytest.raises(trash.TrashError):
        trash.bulk_edit(shop, "member", ids, {"display_name": "x"})


def test_a_bulk_edit_that_fails_half_way_changes_nothing(shop) -> None:
    ids = _ids(shop, 300)
    with shop.engine.connect() as conn:
        before = conn.execute(text("SELECT id, tier FROM member ORDER BY id")).all()
        pages = dbmod.page_count(conn)
    real = trash._log

    def full_disk(conn, *args, **kwargs):
        dbmod.set_max_pages(conn, pages)  # the disk is full by the time the undo log is written
        conn.execute(text("UPDATE member SET notes = printf('%.3000c', 'x')"))
        real(conn, *args, **kwargs)

    trash._log = full_disk
    try:
        with pytest.raises(dbmod.DiskFullError):
            trash.bulk_edit(shop, "member", ids, {"tier": "gold"})
    finally:
        trash._log = real
    with shop.engine.connect() as conn:
        assert conn.execute(text("SELECT id, tier FROM member ORDER BY id")).all() == before
        assert conn.execute(text("SELECT COUNT(*) FROM bulk_action")).scalar() == 0


def test_content_and_calendar_entries_have_a_trash_too(shop) -> None:
    with shop.session() as s:
        item = s.execute(select(ContentItem.id).order_by(ContentItem.id)).scalars().first()
        week = plan.entries_between(s, DEMO_TODAY - timedelta(days=7), DEMO_TODAY)
    trash.move_to_trash(shop, "content_item", [item])
    trash.move_to_trash(shop, "plan_entry", [week[0].id])
    with shop.session() as s:
        assert item not in {c.id for c in plan.content_items(s)}
        assert week[0].id not in {e.id for e in plan.entries_between(s, DEMO_TODAY - timedelta(days=7), DEMO_TODAY)}
    assert trash.restore_from_trash(shop, "plan_entry", [week[0].id]) == 1
    with shop.session() as s:
        assert week[0].id in {e.id for e in plan.entries_between(s, DEMO_TODAY - timedelta(days=7), DEMO_TODAY)}


def test_emptying_the_trash_deletes_for_good_after_a_backup(shop) -> None:
    gone = _ids(shop, 3)
    trash.move_to_trash(shop, "member", gone)
    assert trash.empty_trash(shop, "member") == 3
    with shop.session() as s:
        assert s.execute(select(func.count()).select_from(Member).where(Member.id.in_(gone))).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(Event).where(Event.member_id.in_(gone))).scalar_one() == 0
    [pre] = backup.list_backups(shop.path)
    assert pre.reason == "pre-empty-trash"
    restored = dbmod.open_database(pre.path, migrate=False)
    with restored.session() as s:  # the backup still has them
        assert s.execute(select(func.count()).select_from(Member).where(Member.id.in_(gone))).scalar_one() == 3
    restored.close()
    with shop.engine.connect() as conn:
        assert dbmod.foreign_key_problems(conn) == []


def test_the_trash_empties_itself_after_30_days(shop) -> None:
    now = datetime(2026, 11, 22, 12)
    old, recent = _ids(shop, 4)[:2], _ids(shop, 4)[2:]
    trash.move_to_trash(shop, "member", old, now=now - timedelta(days=31))
    trash.move_to_trash(shop, "member", recent, now=now - timedelta(days=29))
    with shop.session() as s:
        entry = s.execute(select(PlanEntry.id)).scalars().first()
    trash.move_to_trash(shop, "plan_entry", [entry], now=now - timedelta(days=40))
    assert trash.purge_expired(shop, now=now) == 3
    with shop.session() as s:
        assert [r.id for r in trash.trash_rows(s, "member")] == recent
        assert trash.trash_rows(s, "member")[0].days_left(now) == 1
    assert trash.purge_expired(shop, now=now) == 0
    assert [b.reason for b in backup.list_backups(shop.path)] == ["pre-purge-trash"]  # no second, empty backup


def test_undo_log_is_bounded(shop) -> None:
    ids = _ids(shop, trash.KEEP_ACTIONS + 5)
    for i in ids:
        trash.bulk_edit(shop, "member", [i], {"notes": "x"})
    with shop.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM bulk_action")).scalar() == trash.KEEP_ACTIONS
