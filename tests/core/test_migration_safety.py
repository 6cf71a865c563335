"""Upgrading keeps every row: a database made with the first schema (0001), filled by the demo generator, is
upgraded through every migration to head and compared table by table, row by row. A failing migration is
rolled back and names the backup taken before it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from core import activity, backup
from core import db as dbmod
from core.demo import generate_demo
from tests.conftest import DEMO_TODAY

SUMMARIES = ("member_week", "hour_stat")


def _order(conn: sqlite3.Connection, table: str) -> str:
    """``rowid``, or every column for a ``WITHOUT ROWID`` table (the summaries), whose key is its order."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    if "WITHOUT ROWID" in sql.upper():
        n = len(conn.execute(f'PRAGMA table_info("{table}")').fetchall())
        return ", ".join(str(i) for i in range(1, n + 1))
    return "rowid"


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'"
            )
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY {_order(conn, t)}').fetchall() for t in tables}
    finally:
        conn.close()


def _columns(path: Path, table: str) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _projection(path: Path, table: str, columns: list[str]) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        cols = ", ".join(f'"{c}"' for c in columns)
        return conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY {_order(conn, table)}').fetchall()


def _database_at(path: Path, revision: str, members: int = 300) -> None:
    """A database at an old ``revision`` holding a demo community: the demo is generated at head (the generator
    follows the current schema) and every column the old schema has is copied into it."""
    source = path.with_name(path.stem + "-head.sqlite3")
    full = dbmod.open_database(source)
    generate_demo(full, members=members, seed=21, today=DEMO_TODAY)
    full.close()
    database = dbmod.open_database(path)
    command.downgrade(dbmod.alembic_config(database.engine), revision)
    assert database.schema_revision() == revision
    database.close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS head", (str(source),))
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'"
            )
        ]
        for table in tables:
            mine = _columns(path, table)
            theirs = set(_columns(source, table))
            cols = ", ".join(f'"{c}"' for c in mine if c in theirs)
            conn.execute(f'INSERT INTO main."{table}" ({cols}) SELECT {cols} FROM head."{table}"')
        conn.commit()
        conn.execute("DETACH DATABASE head")
    finally:
        conn.close()
    source.unlink()


def test_a_first_schema_database_upgrades_to_head_with_every_row_kept(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    _database_at(path, "0001")
    before = _snapshot(path)
    assert len(before["member"]) == 300 and len(before["event"]) > 3000 and len(before["plan_entry"]) > 100

    database = dbmod.open_database(path)  # upgrades through every migration
    assert database.schema_revision() == dbmod.head_revision()
    with database.engine.connect() as conn:
        assert dbmod.foreign_key_problems(conn) == []
        # Migration 0014 filled the message summaries from the events: the same as a recount, and marked current.
        filled = [conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall() for t in SUMMARIES]
        assert filled[0] and filled[1] and activity.summaries_current(conn)
        activity.rebuild_message_summaries(conn)
        assert [conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall() for t in SUMMARIES] == filled
        # Migration 0015 filled the membership summary: the same as a recount, nothing left to recount.
        spans = conn.exec_driver_sql("SELECT * FROM member_span ORDER BY 1, 2").fetchall()
        assert spans and activity.spans_current(conn) and dbmod.span_triggers_present(conn)
        activity.rebuild_spans(conn)
        assert conn.exec_driver_sql("SELECT * FROM member_span ORDER BY 1, 2").fetchall() == spans
        conn.rollback()
    database.close()
    after = _snapshot(path)

    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        assert len(after[table]) == len(rows), table
        if after[table] != rows:  # a migration may add columns: the old ones must hold the same values
            pre_path = backup.list_backups(path)[0].path
            old_columns = _columns(pre_path, table)
            assert _projection(path, table, old_columns) == _projection(pre_path, table, old_columns), table
    sample = next(r for r in after["member"] if r[0] == 150)
    old_sample = next(r for r in before["member"] if r[0] == 150)
    assert sample[: len(old_sample)] == old_sample  # added columns come after the old ones
    [pre] = backup.list_backups(path)
    assert pre.reason == "pre-migration-0001" and _snapshot(pre.path) == before
    assert dbmod.integrity_problems(path) == []


def test_a_failing_migration_is_rolled_back_and_names_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite3"
    _database_at(path, "0002", members=60)
    with sqlite3.connect(path) as conn:  # something in the way of the next migration
        conn.execute("CREATE TABLE bulk_action (id INTEGER PRIMARY KEY, note TEXT)")
        conn.execute("INSERT INTO bulk_action (note) VALUES ('made by hand')")
    before = _snapshot(path)
    with pytest.raises(dbmod.MigrationError) as err:
        dbmod.open_database(path)
    [pre] = backup.list_backups(path)
    assert str(pre.path) in str(err.value) and "rolled back" in str(err.value)
    assert _snapshot(path) == before  # nothing half-done
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    conn.close()
    assert _snapshot(pre.path) == before
