"""Restore and recovery: a backup replaces the data only when it is sound, and nothing is ever deleted."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from core import backup, recovery
from core import db as dbmod
from core.check import check_database
from core.db import NotADatabaseError, SchemaTooNewError
from tests.helpers import copy_of, corrupt, member_count, table_counts


@pytest.fixture
def live(demo_db_path: Path, tmp_path: Path) -> Path:
    path = copy_of(demo_db_path, tmp_path / "live" / "qunzhu.sqlite3")
    dbmod.open_database(path).close()  # as the app leaves it (WAL mode)
    return path


def _change(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM member WHERE id > 100")
    conn.close()


def test_restore_replaces_the_data_after_backing_up_the_current_state(live: Path) -> None:
    good = backup.make_backup(live, "manual")
    _change(live)
    assert member_count(live) == 100
    result = recovery.restore(live, good)
    assert result.members == 400 and result.restored_from == good.resolve()
    assert member_count(live) == 400
    assert result.safety_backup is not None and result.safety_backup.name.startswith("qunzhu-pre-restore-")
    assert member_count(result.safety_backup) == 100  # the state before the restore is kept
    assert check_database(live).ok
    reopened = dbmod.open_database(live)
    reopened.close()


def test_restoring_an_older_schema_upgrades_it_when_opened(live: Path, tmp_path: Path) -> None:
    old = copy_of(live, tmp_path / "old.sqlite3")
    engine = dbmod.make_engine(old)
    command.downgrade(dbmod.alembic_config(engine), "0001")
    engine.dispose()
    recovery.restore(live, old)
    database = dbmod.open_database(live)
    assert database.schema_revision() == dbmod.head_revision()
    database.close()
    assert member_count(live) == 400


@pytest.mark.parametrize("kind", ["text", "empty-sqlite", "damaged", "newer", "itself"])
def test_restore_refuses_what_it_cannot_use_and_changes_nothing(live: Path, tmp_path: Path, kind: str) -> None:
    source = tmp_path / f"{kind}.sqlite3"
    expected: type[Exception] = recovery.RestoreError
    if kind == "text":
        source.write_text("姓名,手机\n张三,13800138000\n", encoding="utf-8")
        expected = NotADatabaseError
    elif kind == "empty-sqlite":
        conn = sqlite3.connect(source)
        conn.execute("CREATE TABLE notes (x)")
        conn.close()
    elif kind == "damaged":
        copy_of(live, source)
        corrupt(source)
    elif kind == "newer":
        copy_of(live, source)
        with sqlite3.connect(source) as conn:
            conn.execute("UPDATE alembic_version SET version_num = 'f00d9999'")
        expected = SchemaTooNewError
    else:
        source = live
    before = table_counts(live)
    with pytest.raises(expected) as err:
        recovery.restore(live, source)
    assert str(err.value)  # a message to show
    assert table_counts(live) == before
    assert backup.list_backups(live) == []  # refused before anything was written


def test_restore_is_refused_while_qunzhu_has_the_database_open(live: Path) -> None:
    good = backup.make_backup(live, "manual")
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        Path(str(live) + ".lock").write_text(f"{holder.pid}\nqunzhu\nhost\n")
        with pytest.raises(recovery.DatabaseInUseError, match="Close that window"):
            recovery.restore(live, good)
    finally:
        holder.kill()
        holder.wait()
    recovery.restore(live, good)  # the lock of a process that is gone is stale


def test_a_damaged_database_is_found_by_the_quick_check(live: Path) -> None:
    assert recovery.quick_problems(live) == []
    corrupt(live)
    assert recovery.quick_problems(live)
    report = check_database(live)
    assert not report.ok and report.integrity


def test_recover_keeps_the_damaged_file_and_restores_the_newest_good_backup(live: Path) -> None:
    older = backup.make_backup(live, "auto")
    _change(live)
    newest = backup.make_backup(live, "close")
    corrupt(newest)  # the newest backup went bad on the disk too: it must be skipped
    corrupt(live)
    damaged_bytes = live.read_bytes()
    result = recovery.recover(live)
    assert result.restored_from == older.resolve()
    assert result.moved_aside is not None and result.moved_aside.name.startswith("qunzhu.damaged-")
    assert result.moved_aside.read_bytes() == damaged_bytes  # kept aside, untouched
    assert not Path(str(live) + "-wal").exists()
    assert member_count(live) == 400
    assert check_database(live).ok


def test_recover_without_a_good_backup_moves_the_damaged_file_aside(live: Path) -> None:
    corrupt(live)
    result = recovery.recover(live)
    assert result.restored_from is None
    assert not live.exists() and result.moved_aside.exists()
    fresh = dbmod.open_database(live)  # a new, empty database can be started
    fresh.close()
    assert member_count(live) == 0


def test_move_aside_never_overwrites(tmp_path: Path) -> None:
    first = tmp_path / "q.sqlite3"
    names = set()
    for i in range(3):
        first.write_bytes(bytes([i]))
        names.add(recovery.move_aside(first).name)
    assert len(names) == 3
    assert sorted(p.read_bytes() for p in tmp_path.glob("q.damaged-*")) == [b"\x00", b"\x01", b"\x02"]


def test_check_reports_counts_and_broken_references(live: Path) -> None:
    report = check_database(live)
    assert report.ok and report.schema == "current"
    assert report.counts["member"] == 400 and report.counts["member_in_trash"] == 0
    conn = sqlite3.connect(live)
    conn.execute("PRAGMA foreign_keys=OFF")
    with conn:
        conn.execute("INSERT INTO membership (member_id, group_id) VALUES (99999, 1)")
    conn.close()
    report = check_database(live)
    assert not report.ok
    assert report.foreign_keys == [f"membership row {report.counts['membership']} refers to a missing member"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_is_private(isolated_home: Path) -> None:
    from core import paths

    for folder in (paths.data_dir(), paths.config_dir(), paths.log_dir()):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
