"""Backups: online copies that are checked, named, listed, thinned, and taken before risky changes."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from core import backup
from core import db as dbmod
from core.models import Member
from core.settings import AppPrefs, BackupSettings
from tests.helpers import copy_of, member_count


@pytest.fixture
def demo_copy(demo_db_path: Path, tmp_path: Path) -> Path:
    return copy_of(demo_db_path, tmp_path / "shop" / "qunzhu.sqlite3")


def test_backup_is_a_checked_self_contained_copy_named_by_reason_and_time(demo_copy: Path) -> None:
    before = datetime.now()
    path = backup.make_backup(demo_copy, "manual")
    assert path.parent == demo_copy.parent / "backups"
    assert path.name.startswith("qunzhu-manual-") and path.suffix == ".sqlite3"
    assert not list(path.parent.glob("*.partial"))
    [info] = backup.list_backups(demo_copy)
    assert info.path == path and info.reason == "manual" and info.size == path.stat().st_size
    assert before - timedelta(seconds=1) <= info.created <= datetime.now()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # no -wal file needed beside it
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert member_count(path) == member_count(demo_copy) == 400
    details = backup.describe(path, check=True)
    assert details.ok and details.members == 400 and details.revision == dbmod.head_revision()


def test_backup_of_a_database_being_written_holds_only_committed_data(demo_copy: Path) -> None:
    writer = sqlite3.connect(demo_copy, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("BEGIN")
    writer.execute("DELETE FROM member_tag")
    writer.execute("UPDATE member SET display_name = 'half-written'")
    try:
        path = backup.make_backup(demo_copy, "auto")  # while the write transaction is open
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM member WHERE display_name = 'half-written'").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM member_tag").fetchone()[0] > 0
    conn.close()


def test_out_file_is_written_and_never_overwritten(demo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "usb" / "copy.sqlite3"
    assert backup.make_backup(demo_copy, "manual", out=out) == out.resolve()
    assert member_count(out) == 400
    with pytest.raises(backup.BackupError, match="already exists"):
        backup.make_backup(demo_copy, "manual", out=out)


def test_a_backup_folder_that_cannot_be_written_gives_a_clear_message(demo_copy: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings = BackupSettings(folder=str(blocker / "backups"))
    with pytest.raises(backup.BackupError) as err:
        backup.make_backup(demo_copy, "manual", settings)
    assert str(blocker / "backups") in str(err.value) and "Nothing was changed" in str(err.value)
    assert member_count(demo_copy) == 400


def test_a_full_disk_during_a_backup_leaves_no_half_backup(demo_copy: Path, monkeypatch) -> None:
    def full(source: Path, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # what a half-written copy looks like
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(dbmod, "copy_database", full)
    with pytest.raises(backup.BackupError, match="not enough free space"):
        backup.make_backup(demo_copy, "auto")
    folder = demo_copy.parent / "backups"
    assert list(folder.iterdir()) == []
    assert backup.list_backups(demo_copy) == []


def test_listing_ignores_other_databases_and_foreign_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    names = [
        "shop-close-20260101-100000-000000.sqlite3",
        "shop-pre-migration-0001-20260102-100000-000000.sqlite3",
        "shop-2-close-20260103-100000-000000.sqlite3",  # a backup of "shop-2"
        "shop-close-20260104-100000-000000.sqlite3.partial",  # an interrupted backup
        "shop-notes.txt",
    ]
    for name in names:
        (folder / name).write_bytes(b"x")
    found = backup.list_backups(tmp_path / "shop.sqlite3")
    assert [(b.path.name, b.reason) for b in found] == [
        ("shop-pre-migration-0001-20260102-100000-000000.sqlite3", "pre-migration-0001"),
        ("shop-close-20260101-100000-000000.sqlite3", "close"),
    ]
    assert [b.reason for b in backup.list_backups(tmp_path / "shop-2.sqlite3")] == ["close"]


def _infos(stamps: list[datetime]) -> list[backup.BackupInfo]:
    return [backup.BackupInfo(Path(f"b{i}.sqlite3"), ts, "auto", 1) for i, ts in enumerate(stamps)]


def test_thinning_keeps_last_ten_then_one_a_day_a_week_a_month() -> None:
    now = datetime(2026, 11, 22, 18, 0)  # a Sunday
    stamps = [now - timedelta(hours=6 * i) for i in range(4 * 500)]  # every 6 hours for 500 days
    infos = _infos(stamps)
    settings = BackupSettings(keep_last=10, keep_daily=7, keep_weekly=8, keep_monthly=12)
    kept_paths = backup.select_kept(infos, settings, now)
    kept = [b for b in infos if b.path in kept_paths]
    by_path = {b.path: b.created for b in kept}
    assert all(b.path in by_path for b in infos[:10])
    for d in range(7):  # the newest of each of the last 7 days
        day = (now - timedelta(days=d)).date()
        newest = max(b.created for b in infos if b.created.date() == day)
        assert newest in by_path.values()
    monday = now.date() - timedelta(days=now.weekday())
    for w in range(8):
        start = monday - timedelta(weeks=w)
        assert any(start <= c.date() < start + timedelta(days=7) for c in by_path.values()), w
    for m in range(12):
        y, mo = divmod(now.year * 12 + now.month - 1 - m, 12)
        assert any((c.year, c.month) == (y, mo + 1) for c in by_path.values()), m
    oldest_kept = min(by_path.values())
    assert oldest_kept >= datetime(2025, 12, 1)  # nothing older than the 12th month back
    assert len(kept) <= 10 + 7 + 8 + 12
    assert len(kept) >= 12 + 8  # months and weeks overlap only a little


def test_thinning_never_drops_below_keep_last_or_future_backups() -> None:
    now = datetime(2026, 11, 22, 12)
    infos = _infos([now - timedelta(days=400 + i) for i in range(15)] + [now + timedelta(days=3)])
    kept = backup.select_kept(infos, BackupSettings(keep_last=3, keep_daily=0, keep_weekly=0, keep_monthly=0), now)
    assert kept == {infos[-1].path, infos[0].path, infos[1].path}


def test_prune_deletes_only_thinned_backups_of_this_database(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 22, 12)
    for i in range(30):
        stamp = (now - timedelta(days=i * 40)).strftime(backup.STAMP_FORMAT)
        (folder / f"db-auto-{stamp}.sqlite3").write_bytes(b"x")
    (folder / "other-auto-20200101-000000-000000.sqlite3").write_bytes(b"x")
    (folder / "db-auto-20200101-000000-000000.sqlite3.partial").write_bytes(b"x")
    (folder / "readme.txt").write_bytes(b"x")
    settings = BackupSettings(keep_last=5, keep_daily=7, keep_weekly=8, keep_monthly=12)
    removed = backup.prune(tmp_path / "db.sqlite3", settings, now)
    left = sorted(p.name for p in folder.iterdir())
    assert "other-auto-20200101-000000-000000.sqlite3" in left and "readme.txt" in left
    assert not any(n.endswith(".partial") for n in left)
    mine = {n for n in left if n.startswith("db-")}
    # 40 days apart: the newest 5, then those still within the last 12 calendar months (up to 320 days back)
    expected = {f"db-auto-{(now - timedelta(days=i * 40)).strftime(backup.STAMP_FORMAT)}.sqlite3" for i in range(9)}
    assert mine == expected
    assert len(removed) == 30 - 9 + 1


def test_backup_is_due_after_n_hours_only_when_data_changed(demo_copy: Path) -> None:
    settings = BackupSettings(every_hours=4)
    assert backup.backup_due(demo_copy, settings)  # never backed up
    made = backup.make_backup(demo_copy, "auto", settings)
    assert not backup.backup_due(demo_copy, settings)
    later = datetime.now() + timedelta(hours=5)
    assert not backup.backup_due(demo_copy, settings, now=later)  # five hours on, but nothing changed
    six_hours_ago = (datetime.now() - timedelta(hours=6)).strftime(backup.STAMP_FORMAT)
    made.rename(made.with_name(f"qunzhu-auto-{six_hours_ago}.sqlite3"))
    database = dbmod.open_database(demo_copy)
    with database.transaction() as conn:
        conn.execute(text("UPDATE member SET notes = 'changed' WHERE id = 5"))
    database.close()
    assert backup.backup_due(demo_copy, settings)
    assert not backup.backup_due(demo_copy, BackupSettings(every_hours=0))  # periodic backups off


def test_close_backup_is_skipped_when_nothing_changed(demo_copy: Path) -> None:
    settings = BackupSettings()
    dbmod.open_database(demo_copy).close()  # as the app leaves it: in WAL mode
    first = backup.backup_on_close(demo_copy, settings)
    assert first is not None
    database = dbmod.open_database(demo_copy)  # opened and read, not written
    with database.session() as s:
        s.execute(select(func.count()).select_from(Member)).scalar_one()
    database.close()
    assert backup.backup_on_close(demo_copy, settings) is None


def test_guarded_backs_up_first_and_is_all_or_nothing(demo_copy: Path) -> None:
    database = dbmod.open_database(demo_copy)
    try:
        with pytest.raises(RuntimeError):
            with backup.guarded(database, "merge") as conn:
                conn.execute(text("DELETE FROM member_tag"))
                conn.execute(text("UPDATE member SET tier = 'gold'"))
                raise RuntimeError("the merge found a problem half-way")
        [pre] = backup.list_backups(demo_copy)
        assert pre.reason == "pre-merge"
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM member_tag")).scalar_one() > 0
            assert conn.execute(text("SELECT COUNT(*) FROM member WHERE tier = 'gold'")).scalar_one() < 400
    finally:
        database.close()


def test_a_full_disk_during_a_bulk_change_loses_nothing(demo_copy: Path) -> None:
    database = dbmod.open_database(demo_copy)
    try:
        with database.engine.connect() as conn:
            before = conn.execute(text("SELECT COUNT(*), SUM(LENGTH(notes)) FROM member")).one()
        with pytest.raises(dbmod.DiskFullError) as err:
            with database.transaction() as conn:
                dbmod.set_max_pages(conn, dbmod.page_count(conn) + 2)  # the disk fills up two pages from now
                conn.execute(text("UPDATE member SET notes = printf('%.2000c', 'x')"))
        assert "full" in str(err.value) and "Nothing was changed" in str(err.value)
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*), SUM(LENGTH(notes)) FROM member")).one() == before
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        database.close()


def test_backup_settings_are_kept_in_the_preferences_and_clamped() -> None:
    prefs = AppPrefs.load()
    prefs.set_backup_settings(BackupSettings(folder="/media/usb/qunzhu", every_hours=2, keep_last=3))
    prefs.save()
    loaded = AppPrefs.load().backup_settings()
    assert (loaded.folder, loaded.every_hours, loaded.keep_last, loaded.keep_daily) == ("/media/usb/qunzhu", 2, 3, 7)
    odd = BackupSettings.from_dict({"every_hours": -5, "keep_last": 0, "keep_monthly": "many", "folder": 3})
    assert (odd.every_hours, odd.keep_last, odd.keep_monthly, odd.folder) == (0, 1, 12, "")
    assert backup.backup_folder(Path("/data/q.sqlite3"), loaded) == Path("/media/usb/qunzhu")
