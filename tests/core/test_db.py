from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from core import db as dbmod
from core.db import NotADatabaseError, SchemaTooNewError, open_database


def test_new_database_is_migrated_to_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new" / "q.sqlite3")
    try:
        assert database.schema_revision() == dbmod.head_revision()
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == dbmod.BUSY_TIMEOUT_MS
    finally:
        database.close()


def test_migrations_match_the_models(db) -> None:
    """A model change without a migration would make this fail (alembic autogenerate finds a difference)."""
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_database_from_a_newer_version_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError) as err:
        open_database(path)
    assert "newer version of Qunzhu" in str(err.value)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "members.sqlite3"
    path.write_text("姓名,手机\n张三,13800138000\n", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        open_database(path)
    assert path.read_text(encoding="utf-8").startswith("姓名")


def test_existing_data_is_backed_up_before_a_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:  # a database from before versioning, holding data
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
    open_database(path).close()
    backups = list((tmp_path / "backups").glob("old-pre-migration-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT body FROM notes").fetchall() == [("keep me",)]
    with sqlite3.connect(path) as conn:  # and the migration did not drop it
        assert conn.execute("SELECT body FROM notes").fetchall() == [("keep me",)]


def test_bulk_insert_writes_datetimes_sqlalchemy_reads_back(db) -> None:
    from datetime import datetime

    from core.models import Event, Group

    with db.engine.begin() as conn:
        dbmod.bulk_insert(
            conn,
            Group.__table__,
            ("id", "name", "type", "stage", "platform", "notes", "archived"),
            [(1, "读书群", "perks", "growth", "wechat", "", False)],
        )
        dbmod.bulk_insert(
            conn, Event.__table__, ("group_id", "kind", "ts"), [(1, "message", datetime(2026, 5, 12, 20, 1, 5, 7))]
        )
    with db.session() as s:
        event = s.get(Event, 1)
    assert event.ts == datetime(2026, 5, 12, 20, 1, 5, 7)


def test_bulk_insert_many_rows_per_statement_keeps_order_values_and_refuses_ragged_rows(db) -> None:
    import pytest

    from core.models import Event, HourStat

    rows = [(f"r{i}", f"2026-01-01 00:00:{i % 60:02d}.000000", i * 3 if i % 7 else None) for i in range(1, 2346)]
    with db.engine.begin() as conn:
        columns = ("ref", "ts", "length")
        assert dbmod.bulk_insert(conn, Event.__table__, columns, rows, constants={"kind": "x"}) == 2345
        with pytest.raises(ValueError):
            dbmod.bulk_insert(conn, Event.__table__, columns, [("a", "2026-01-01", 2), ("b", "2026-01-01")])
        got = conn.exec_driver_sql("SELECT ref, ts, length, kind FROM event ORDER BY id").fetchall()
        assert [tuple(r[:3]) for r in got] == rows and {r[3] for r in got} == {"x"}
        hours = [(f"2026-01-{1 + h // 24:02d}", h % 24, 0, h) for h in range(1, 251)]
        dbmod.bulk_add(conn, HourStat.__table__, ("day", "hour", "group_id"), "messages", hours)
        dbmod.bulk_add(conn, HourStat.__table__, ("day", "hour", "group_id"), "messages", hours[:3])
        counts = conn.exec_driver_sql("SELECT messages FROM hour_stat ORDER BY day, hour").fetchall()
    assert [c[0] for c in counts[:4]] == [2, 4, 6, 4] and len(counts) == 250


def test_upgrade_from_the_first_revision_keeps_events_and_backs_up(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "v1.sqlite3"
    database = open_database(path)
    command.downgrade(dbmod.alembic_config(database.engine), "0001")
    with database.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO event (kind, ts) VALUES ('message', '2026-01-02 03:04:05.000000')")
    database.close()
    reopened = open_database(path)
    assert reopened.schema_revision() == dbmod.head_revision()
    with reopened.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT kind, ts FROM event").fetchall()
        assert rows == [("message", "2026-01-02 03:04:05.000000")]
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_event_kind_ts" not in names and "ix_event_group_kind_ts" in names
    reopened.close()
    assert list((tmp_path / "backups").glob("v1-pre-migration-0001*.sqlite3"))


def test_revisions_read_from_the_files_match_alembic() -> None:
    """The app reads head and known revisions from the migration files (Alembic is slow to import); same answer."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(dbmod.alembic_config())
    assert dbmod.head_revision() == script.get_current_head()
    assert dbmod.known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_opening_a_current_database_does_not_import_alembic(tmp_path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    dbmod.open_database(tmp_path / "x.sqlite3").close()
    code = (
        "import sys; from core.db import open_database; "
        f"open_database({str(tmp_path / 'x.sqlite3')!r}).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_column_lists_and_rows_for_ids_read_what_the_driver_reads(db) -> None:
    from datetime import datetime

    from sqlalchemy import bindparam, func, select

    from core.db import column_lists, driver_rows, parse_timestamp, rows_for_ids
    from core.models import Member

    names = ['Ä "quoted"\n', "\\back\\slash", "\u0001ctl", "张三", "ÉCOLE", None]
    with db.transaction() as conn:
        conn.execute(
            Member.__table__.insert(),
            [
                {"display_name": n or "", "wechat_id": n, "notes": "", "role": "member", "do_not_contact": False,
                 "created_at": datetime(2026, 1, 2, 3, 4, 5, 600)}
                for n in names
            ],
        )  # fmt: skip
    with db.session() as s:
        conn = s.connection()
        stmt = select(Member.id, Member.wechat_id, Member.created_at).order_by(Member.id.desc())
        ids, notes, created = column_lists(conn, stmt)
        assert [tuple(r) for r in zip(ids, notes, created, strict=True)] == driver_rows(conn, stmt)
        assert notes == list(reversed(names))
        assert column_lists(conn, select(Member.wechat_id).order_by(Member.id), lower=True)[0] == [
            n.lower() if n else n for n in names
        ]
        assert column_lists(conn, select(Member.id).where(Member.id < 0)) == [[]]
        assert parse_timestamp(created[0]) == datetime(2026, 1, 2, 3, 4, 5, 600)
        page = select(Member.id, func.length(Member.display_name)).where(
            Member.id.in_(bindparam("ids", expanding=True))
        )
        wanted = ids[:4]
        got = rows_for_ids(conn, page, wanted, chunk=3)  # two chunks, the second padded
        assert sorted(r[0] for r in got) == sorted(wanted)


def test_retry_when_busy_runs_a_busy_change_again_and_gives_up_in_the_end(monkeypatch) -> None:
    monkeypatch.setattr(dbmod.time, "sleep", lambda _s: None)
    calls: list[int] = []

    def busy_twice(value: int) -> int:
        calls.append(value)
        if len(calls) < 3:
            raise dbmod.DatabaseBusyError(None)
        return value * 2

    assert dbmod.retry_when_busy(busy_twice, 21) == 42 and calls == [21, 21, 21]

    def always_busy() -> None:
        calls.append(0)
        raise dbmod.DatabaseBusyError(None)

    calls.clear()
    with pytest.raises(dbmod.DatabaseBusyError):
        dbmod.retry_when_busy(always_busy, attempts=2)
    assert calls == [0, 0]
