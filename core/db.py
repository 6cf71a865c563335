"""Opening the database: engine, connection settings, migrations and the newer-schema guard.

SQLite-only SQL lives in this module and nowhere else (the section marked "SQLite-specific" below),
so the rest of ``core`` stays portable to PostgreSQL.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, Table, create_engine, event, inspect
from sqlmodel import Session

from core import paths

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """A problem with the database file the user can act on; ``str()`` is a user-facing message."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer Qunzhu than this one."""

    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            f"The database {path} was created by a newer version of Qunzhu (schema {revision}). "
            "Please install the latest version of Qunzhu to open it; this version will not change it."
        )


class NotADatabaseError(DatabaseError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"The file {path} is not a Qunzhu database (or it is damaged). It was left unchanged.")


@dataclass
class Database:
    """An open, migrated database."""

    path: Path
    engine: Engine

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def close(self) -> None:
        self.engine.dispose()


# --- SQLite-specific -------------------------------------------------------------------------------


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not the driver, decide where transactions begin (see _on_begin): the driver's legacy
    # mode would run DDL and PRAGMAs outside the transaction, so a migration could be half-applied.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA temp_store=MEMORY")  # sorts for index builds and GROUP BY stay off the disk
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise NotADatabaseError(path)


def backup_file(db_path: Path, reason: str) -> Path:
    """Copy a database with SQLite's online backup API (safe with WAL) into its backups folder."""
    folder = paths.backups_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{reason}-{stamp}.sqlite3"
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if ok != "ok":
        raise DatabaseError(f"The backup {target} failed its integrity check: {ok}")
    log.info("backup written: %s", target)
    return target


def foreign_key_problems(conn) -> list[tuple]:  # conn: a SQLAlchemy Connection
    return list(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())


def set_foreign_keys(conn: Connection, on: bool) -> None:
    """Switch foreign keys on or off; SQLite ignores this inside a transaction, so none may be open."""
    if conn.in_transaction():
        raise RuntimeError("foreign keys can only be switched between transactions")
    conn.connection.driver_connection.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


@contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Foreign keys off and a 256 MiB page cache on this connection, restored after; call outside a transaction.

    Only for loads whose references the loader makes itself (the demo generator); importers of users' files
    keep foreign keys on (see ``defer_foreign_keys``).
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    set_foreign_keys(conn, False)
    driver = conn.connection.driver_connection
    driver.execute("PRAGMA cache_size=-262144")
    try:
        yield
    finally:
        driver.execute("PRAGMA cache_size=-2000")  # SQLite's default
        set_foreign_keys(conn, True)


@contextmanager
def large_cache(conn: Connection, mib: int = 64) -> Iterator[None]:
    """A bigger page cache on this connection while importing: index inserts at random places (events by
    member) otherwise spill SQLite's 2 MB default and make each row cost a disk read."""
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.driver_connection
    driver.execute(f"PRAGMA cache_size=-{int(mib) * 1024}")
    driver.execute("PRAGMA threads=2")  # CREATE INDEX may sort on a second core
    try:
        yield
    finally:
        driver.execute("PRAGMA cache_size=-2000")  # SQLite's defaults
        driver.execute("PRAGMA threads=0")


def defer_foreign_keys(conn: Connection) -> None:
    """Check foreign keys at commit instead of per row, for the rest of this transaction (bulk loads)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    else:
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")


def _sqlite_datetime(value: datetime) -> str:
    # The text form SQLAlchemy's SQLite DateTime type writes and reads back.
    return value.isoformat(sep=" ", timespec="microseconds")


# Only ``bulk_insert`` hands Python datetimes to the driver (SQLAlchemy converts its own first), so these
# adapters make the driver write exactly what SQLAlchemy would, without a Python loop over every value.
sqlite3.register_adapter(datetime, _sqlite_datetime)
sqlite3.register_adapter(date, date.isoformat)


def bulk_insert(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[tuple],
    constants: Mapping[str, int | str | None] | None = None,
) -> int:
    """Insert many rows at DB-API speed (importers and the demo generator; tens of thousands per call).

    ``constants`` are columns with the same value in every row, written into the statement once instead of
    bound per row. That matters: binding ``None`` (and any type but int, float and str) costs the sqlite3 module
    an adapter lookup per value, which made a 7-column event insert take twice as long as a 3-column one.
    On SQLite this is one ``executemany``; on other databases it falls back to SQLAlchemy Core's executemany.
    """
    if not rows:
        return 0
    constants = dict(constants or {})
    if conn.dialect.name != "sqlite":
        conn.execute(table.insert(), [constants | dict(zip(columns, row, strict=True)) for row in rows])
        return len(rows)
    literals = [_sql_literal(v) for v in constants.values()]
    names = ", ".join([*columns, *constants])
    values = ", ".join(["?"] * len(columns) + literals)
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({values})", rows)
    return len(rows)


def _sql_literal(value: int | str | None) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"unsupported constant {value!r}")


# --- migrations ------------------------------------------------------------------------------------


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"migrations must have one head, found {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _has_user_data(engine: Engine) -> bool:
    names = inspect(engine).get_table_names()
    return any(n != "alembic_version" for n in names)


def open_database(path: Path | str | None = None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` and upgrade its schema to head.

    Refuses a database whose schema is newer than this version knows, and a file that is not a
    database. Before migrating an existing database, a backup is written beside it.
    """
    db_path = Path(path) if path else paths.default_db_path()
    db_path = db_path.expanduser().resolve()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"Cannot create the folder {db_path.parent}: {exc.strerror}") from exc
    _check_is_sqlite(db_path)
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except Exception as exc:  # sqlite3.DatabaseError: file is not a database / malformed
        engine.dispose()
        raise NotADatabaseError(db_path) from exc
    if current is not None and current not in known_revisions():
        engine.dispose()
        raise SchemaTooNewError(db_path, current)
    head = head_revision()
    if migrate and current != head:
        if _has_user_data(engine):
            backup_file(db_path, f"pre-migration-{current or 'unversioned'}")
        command.upgrade(alembic_config(engine), "head")
        log.info("database %s migrated from %s to %s", db_path, current, head)
    return Database(path=db_path, engine=engine)
