"""Opening the database: engine, connection settings, migrations and the newer-schema guard.

SQLite-only SQL lives in this module and nowhere else (the section marked "SQLite-specific" below),
so the rest of ``core`` stays portable to PostgreSQL.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, exc, func, inspect, select
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from core import paths
from core.errors import UserError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000


class DatabaseError(UserError):
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


class DiskFullError(DatabaseError):
    """The disk (or the folder's quota) is full; the transaction was rolled back."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        where = f" holding {path.parent}" if path else ""
        super().__init__(
            f"The disk{where} is full. Nothing was changed: the last step was undone. "
            "Free some space (or choose another folder) and try again."
        )


class ReadOnlyError(DatabaseError):
    """The database or its folder cannot be written."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        folder = path.parent if path else "the data folder"
        super().__init__(
            f"Qunzhu cannot write to {path or folder}: the file or its folder {folder} is read-only, or you have "
            "no permission to change it. Nothing was changed. Move the database to a folder you can write "
            "(or change the permissions) and try again."
        )


class DatabaseBusyError(DatabaseError):
    def __init__(self, path: Path | None) -> None:
        self.path = path
        super().__init__(
            f"The database {path or ''} is busy: another program is writing to it. Nothing was changed; "
            "try again in a moment."
        )


class DamagedDatabaseError(DatabaseError):
    def __init__(self, path: Path | None, detail: str = "") -> None:
        self.path = path
        super().__init__(
            f"The database {path or ''} is damaged ({detail or 'malformed'}). Nothing more was written to it. "
            "Restart Qunzhu to restore it from a backup."
        )


class MigrationError(DatabaseError):
    """An upgrade of the schema failed and was rolled back."""

    def __init__(self, path: Path, current: str | None, backup: Path | None, detail: str) -> None:
        self.path = path
        self.backup = backup
        copy = f" A copy made just before the upgrade is {backup}." if backup else ""
        super().__init__(
            f"Upgrading the database {path} from schema {current or 'unversioned'} failed and was rolled back: "
            f"the database is as it was.{copy} Please report this problem ({detail})."
        )


def friendly_error(exc: BaseException, path: Path | None = None) -> DatabaseError | None:
    """The user-facing error for a storage failure (disk full, read-only, busy, damaged), or None.

    Callers re-raise the result ``from exc``; errors that are not storage failures get None and stay as they are.
    """
    if isinstance(exc, DatabaseError):
        return exc
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return DiskFullError(path)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return ReadOnlyError(path)
        return None
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "database or disk is full" in text or "disk is full" in text:
        return DiskFullError(path)
    if "readonly database" in text or "read-only" in text or "unable to open database file" in text:
        return ReadOnlyError(path)
    if "database is locked" in text or "database is busy" in text:
        return DatabaseBusyError(path)
    if "malformed" in text or "file is not a database" in text:
        return DamagedDatabaseError(path, text.split("\n")[0][:200])
    return None


@dataclass
class Database:
    """An open, migrated database."""

    path: Path
    engine: Engine

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return current_revision(conn)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction, all or nothing; storage failures become clear ``DatabaseError``s.

        Every bulk change (imports, bulk edits, merges, moves to the trash) runs inside one of these: a crash,
        a full disk or a read-only folder leaves the database as it was before.
        """
        try:
            with self.engine.begin() as conn:  # not write_transaction: see its note
                yield conn
        except (exc.OperationalError, exc.DatabaseError, sqlite3.Error, OSError) as error:
            friendly = friendly_error(error, self.path)
            if friendly is None:
                raise
            raise friendly from error


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


def retry_when_busy(fn: Callable[..., Any], *args: Any, attempts: int = 3, pause: float = 0.5, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` — a whole change in one transaction — run again when it failed as busy.

    For the app's own background upkeep (old trash emptied, points and tiers at start-up), which runs beside the
    pages' loads: a transaction that read and then wrote fails at once when one of them committed in between (see
    ``write_transaction``). A failed transaction changed nothing, so running it again is safe.
    """
    for attempt in range(1, attempts):
        try:
            return fn(*args, **kwargs)
        except DatabaseBusyError:
            time.sleep(pause * attempt)
    return fn(*args, **kwargs)


_IMMEDIATE = "qunzhu_begin_immediate"


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that takes the write lock when it begins (SQLite's ``BEGIN IMMEDIATE``), waiting up to the
    busy timeout for another writer to finish.

    A plain ``BEGIN`` only locks at the first write, and in WAL mode a transaction that has read and then writes
    fails at once ("database is locked", no waiting) when another connection committed in between: the start-up
    upkeep committing while the Today page's load was reading was enough (``recall.ensure_default_templates``
    now writes through this). Not used for every ``Database.transaction``: a reader that already holds a read
    snapshot and then writes also fails at once while *any* other connection holds the write lock, so taking
    the lock early in transactions that mostly read (the points panel's load) made those failures more frequent
    (measured by ``test_detail_dialog_tags_apply_at_once_and_say_why``). See docs/architecture.md, Gotchas.
    """
    with engine.connect() as conn:
        conn.execution_options(**{_IMMEDIATE: True})
        with conn.begin():
            yield conn


SPAN_TRIGGERS = ("membership_span_insert", "membership_span_update", "membership_span_delete")


def create_span_triggers(conn: Connection) -> None:
    """Triggers that note in ``member_span_dirty`` every member whose memberships are inserted, changed or deleted
    (also by a foreign-key cascade), whichever path writes them; ``core.activity.spans_current`` recounts those
    members' ``member_span`` rows before a reader uses them."""
    mark = "INSERT OR IGNORE INTO member_span_dirty (member_id) VALUES ({0}.member_id);"
    conn.exec_driver_sql(
        f"CREATE TRIGGER IF NOT EXISTS membership_span_insert AFTER INSERT ON membership BEGIN {mark.format('NEW')} END"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER IF NOT EXISTS membership_span_update "
        "AFTER UPDATE OF member_id, group_id, joined_at, left_at ON membership "
        f"BEGIN {mark.format('OLD')} {mark.format('NEW')} END"
    )
    conn.exec_driver_sql(
        f"CREATE TRIGGER IF NOT EXISTS membership_span_delete AFTER DELETE ON membership BEGIN {mark.format('OLD')} END"
    )


def drop_triggers(conn: Connection, names) -> None:
    for name in names:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def triggers_present(conn: Connection, names) -> bool:
    """All of ``names`` exist (a summary kept by triggers switches itself off when one is missing)."""
    present = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return set(names) <= present


def drop_span_triggers(conn: Connection) -> None:
    drop_triggers(conn, SPAN_TRIGGERS)


def span_triggers_present(conn: Connection) -> bool:
    return triggers_present(conn, SPAN_TRIGGERS)


WEEK_TRIGGERS = ("member_week_stat_insert", "member_week_stat_update", "member_week_stat_delete")


def create_week_triggers(conn: Connection) -> None:
    """Triggers that note in ``week_stat_dirty`` every week whose ``member_week`` rows are inserted, changed or
    deleted (also by a foreign-key cascade), whichever path writes them; ``core.activity.ensure_week_stats_current``
    recounts those weeks' ``week_stat`` rows before a reader uses them."""
    # Not INSERT OR IGNORE: the conflict policy of the statement that fires the trigger (an upsert into
    # member_week, a foreign key's cascade) would replace the IGNORE.
    mark = (
        "INSERT INTO week_stat_dirty (week_start) SELECT {0}.week_start "
        "WHERE NOT EXISTS (SELECT 1 FROM week_stat_dirty WHERE week_start = {0}.week_start);"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER IF NOT EXISTS member_week_stat_insert AFTER INSERT ON member_week "
        f"BEGIN {mark.format('NEW')} END"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER IF NOT EXISTS member_week_stat_update AFTER UPDATE ON member_week "
        f"BEGIN {mark.format('OLD')} {mark.format('NEW')} END"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER IF NOT EXISTS member_week_stat_delete AFTER DELETE ON member_week "
        f"BEGIN {mark.format('OLD')} END"
    )


def drop_week_triggers(conn: Connection) -> None:
    drop_triggers(conn, WEEK_TRIGGERS)


def week_triggers_present(conn: Connection) -> bool:
    return triggers_present(conn, WEEK_TRIGGERS)


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "rollback", _on_rollback)
    event.listen(engine, "rollback_savepoint", lambda conn, _name, _context: _on_rollback(conn))
    return engine


def _on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_IMMEDIATE) else "BEGIN")
    conn.connection.info["changes_at_begin"] = conn.connection.driver_connection.total_changes


def _on_rollback(conn: Connection) -> None:
    # Changes made and then rolled back: whatever was cached while they were visible is wrong now.
    try:
        record = conn.connection
        if record.driver_connection.total_changes != record.info.get("changes_at_begin"):
            _bump(conn.engine)
    except (exc.SQLAlchemyError, sqlite3.Error, AttributeError):
        _bump(conn.engine)


# Derived data kept in memory (the member table's sorted id lists and search text) is valid for one
# "generation" of the data: it changes whenever anything may have been written, by this process or another.
_generation_lock = threading.Lock()
_generations: weakref.WeakKeyDictionary[Engine, int] = weakref.WeakKeyDictionary()


def _bump(engine: Engine) -> None:
    with _generation_lock:
        _generations[engine] = _generations.get(engine, 0) + 1


def data_generation(conn: Connection) -> int:
    """A number that stays the same only as long as nothing was written to the database since the last call.

    Any commit by another connection (a worker thread, the command line in another process) changes SQLite's
    ``data_version`` of this one; changes made on this connection change its ``total_changes`` (counted also
    while uncommitted; a rollback of changes bumps the number too). Other databases: a new number every call.
    """
    engine = conn.engine
    if conn.dialect.name != "sqlite":
        _bump(engine)
        return _generations[engine]
    record = conn.connection
    driver = record.driver_connection
    seen = (driver.execute("PRAGMA data_version").fetchone()[0], driver.total_changes)
    with _generation_lock:
        if record.info.get("seen_version") != seen:  # a connection seen for the first time counts as changed
            record.info["seen_version"] = seen
            _generations[engine] = _generations.get(engine, 0) + 1
        return _generations.setdefault(engine, 0)


# The recall state (``core.recall_state``) must know every member whose segments may have changed since it was
# written. New rows of ``event``, ``points_entry`` and ``member`` are found by id (SQLite gives a new row an id
# above the largest one, so rows above the state's mark are the new ones: nothing runs per inserted row, the
# imports pay nothing). Updates and deletes are caught by these triggers, which mark the member in
# ``recall_dirty``; a delete also lowers the state's mark to the largest id left, so that an id freed at the
# top and handed out again is still seen as new. Adding or removing a group marks the whole state stale. The
# triggers do nothing while there is no state (no row in ``recall_state_info``).
_RECALL_MARK = (
    "UPDATE recall_state_info SET {mark} = (SELECT COALESCE(MAX(id), 0) FROM {table}) "
    "WHERE {mark} > (SELECT COALESCE(MAX(id), 0) FROM {table});"
)
# Not INSERT OR IGNORE: in a trigger fired by a foreign key's action the outer statement's conflict policy wins.
_RECALL_DIRTY = (
    "INSERT INTO recall_dirty (member_id) SELECT {ref} WHERE {ref} IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM recall_dirty WHERE member_id = {ref});"
)
_RECALL_WHEN = "WHEN EXISTS (SELECT 1 FROM recall_state_info)"
_RECALL_STALE = "UPDATE recall_state_info SET stale = 1;"
RECALL_TRIGGERS: dict[str, str] = {
    "recall_state_event_update": (
        f"AFTER UPDATE OF member_id, group_id, kind, ts ON event {_RECALL_WHEN} BEGIN "
        + _RECALL_DIRTY.format(ref="OLD.member_id")
        + _RECALL_DIRTY.format(ref="NEW.member_id")
        + " END"
    ),
    "recall_state_event_delete": (
        f"AFTER DELETE ON event {_RECALL_WHEN} BEGIN "
        + _RECALL_DIRTY.format(ref="OLD.member_id")
        + _RECALL_MARK.format(mark="event_mark", table="event")
        + " END"
    ),
    "recall_state_points_update": (
        f"AFTER UPDATE OF member_id, ts, delta, expires_on ON points_entry {_RECALL_WHEN} BEGIN "
        + _RECALL_DIRTY.format(ref="OLD.member_id")
        + _RECALL_DIRTY.format(ref="NEW.member_id")
        + " END"
    ),
    "recall_state_points_delete": (
        f"AFTER DELETE ON points_entry {_RECALL_WHEN} BEGIN "
        + _RECALL_DIRTY.format(ref="OLD.member_id")
        + _RECALL_MARK.format(mark="points_mark", table="points_entry")
        + " END"
    ),
    # The member's columns the segments and the default scope read (not name, phone, do-not-contact: read live).
    "recall_state_member_update": (
        f"AFTER UPDATE OF id, deleted_at, role, joined_at, birthday, left_at ON member {_RECALL_WHEN} BEGIN "
        + _RECALL_DIRTY.format(ref="OLD.id")
        + _RECALL_DIRTY.format(ref="NEW.id")
        + " END"
    ),
    "recall_state_member_delete": (
        f"AFTER DELETE ON member {_RECALL_WHEN} BEGIN "
        + _RECALL_DIRTY.format(ref="OLD.id")
        + _RECALL_MARK.format(mark="member_mark", table="member")
        + " END"
    ),
    **{
        f"recall_state_group_{what}": f"AFTER {on} ON chat_group {_RECALL_WHEN} BEGIN {_RECALL_STALE} END"
        for what, on in (("insert", "INSERT"), ("delete", "DELETE"), ("update", "UPDATE OF id"))
    },
}


def create_recall_triggers(conn: Connection) -> None:
    """Create the recall state's triggers (``RECALL_TRIGGERS``); SQLite only (elsewhere the state is not used)."""
    if conn.dialect.name != "sqlite":
        return
    for name, body in RECALL_TRIGGERS.items():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def recall_triggers_present(conn: Connection) -> bool:
    """True when every trigger the recall state relies on exists (a table rebuilt by a later migration would have
    lost them: the state is then not used)."""
    if conn.dialect.name != "sqlite":
        return False
    names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'recall_state_%'")
    return set(RECALL_TRIGGERS) <= {row[0] for row in names}


def wrote_in_transaction(conn: Connection) -> bool:
    """True when this connection's current transaction has written anything (SQLite; elsewhere: assume so)."""
    if conn.dialect.name != "sqlite":
        return True
    record = conn.connection
    return record.driver_connection.total_changes != record.info.get("changes_at_begin")


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise NotADatabaseError(path)


SQLITE_HEADER = b"SQLite format 3\x00"


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def _readonly_uri(path: Path) -> str:
    return Path(path).resolve().as_uri() + "?mode=ro"


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A driver connection that cannot change the file (for backups, restore candidates and ``check``).

    A WAL database needs its -shm file even to be read; in a read-only folder (a write-protected USB drive,
    a read-only file system) none can be made, and nothing can write the file either, so it is opened as
    immutable there.
    """
    conn = sqlite3.connect(_readonly_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError:
        if os.access(Path(path).resolve().parent, os.W_OK):
            return conn  # the caller meets the same error and reports it
        conn.close()
        conn = sqlite3.connect(_readonly_uri(path) + "&immutable=1", uri=True)
    except sqlite3.DatabaseError:
        pass  # not a database / damaged: the caller's first query reports it
    return conn


def readonly_engine(path: Path) -> Engine:
    """A SQLAlchemy engine over a file opened read-only: portable queries on backups and damaged files."""
    return create_engine("sqlite://", creator=lambda: connect_readonly(path), poolclass=NullPool)


def copy_database(source: Path, target: Path) -> None:
    """Copy a database with SQLite's online backup API (consistent even while it is written, safe with WAL).

    The copy is made self-contained (rollback journal, no -wal file beside it) and checked with
    ``integrity_check``; a copy that fails the check raises ``DatabaseError`` and is deleted. ``target`` must not
    exist: callers write to a temporary name and rename it once the copy is good.
    """
    src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.text_factory = lambda raw: raw.decode("utf-8", "replace")  # a damaged report may not be UTF-8
            try:
                problems = [r[0] for r in dst.execute("PRAGMA integrity_check(20)")]
            except UnicodeDecodeError:  # SQLite's error text quoted damaged bytes
                problems = ["the copy is damaged"]
        finally:
            dst.close()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    if problems != ["ok"]:
        target.unlink(missing_ok=True)
        raise DatabaseError(f"The copy of {source} failed its integrity check: {'; '.join(problems)}")


def copy_into(source: Path, target: Path) -> None:
    """Replace the content of the database ``target`` with ``source`` in one transaction (the backup API).

    A crash or an error midway leaves ``target`` as it was: SQLite writes the copy as one transaction on the
    target. No other connection may be using ``target``.
    """
    src = connect_readonly(source)
    try:
        dst = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def integrity_problems(path: Path, quick: bool = False, limit: int = 20) -> list[str]:
    """What SQLite's ``integrity_check`` (or the faster ``quick_check``) finds wrong with a file; [] if sound.

    Never raises for a damaged or foreign file: the reason it cannot be read is the problem reported.
    """
    if not path.exists():
        return [f"{path} does not exist"]
    if path.stat().st_size == 0:
        return []  # a new, empty database
    if not is_sqlite_file(path):
        return [f"{path} is not a SQLite database"]
    try:
        conn = connect_readonly(path)
        # A damaged page can put bytes that are not UTF-8 into the report: keep them readable, never raise.
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}({int(limit)})")]
        finally:
            conn.close()
    except sqlite3.Error as error:
        return [f"cannot be read: {error}"]
    except UnicodeDecodeError:  # SQLite's own error text quoted damaged, non-UTF-8 bytes
        return ["cannot be read: the file is damaged"]
    if rows == ["ok"]:
        return []
    # SQLite reports several findings in one row, one per line, under a "*** in database main ***" heading.
    lines = [line for row in rows for line in str(row).splitlines() if line and not line.startswith("***")]
    return lines[:limit]


def error_text(error: BaseException) -> str:
    """The driver's message without SQLAlchemy's statement and link (for users)."""
    return str(getattr(error, "orig", None) or error).splitlines()[0]


def foreign_key_problems(conn) -> list[tuple]:  # conn: a SQLAlchemy Connection
    return list(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())


def set_max_pages(conn: Connection, pages: int) -> None:
    """Cap the database size for this connection (tests simulate a full disk with it)."""
    conn.exec_driver_sql(f"PRAGMA max_page_count={int(pages)}")


def page_count(conn: Connection) -> int:
    return int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())


def set_foreign_keys(conn: Connection, on: bool) -> None:
    """Switch foreign keys on or off; SQLite ignores this inside a transaction, so none may be open."""
    if conn.in_transaction():
        raise RuntimeError("foreign keys can only be switched between transactions")
    conn.connection.driver_connection.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


@contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Foreign keys off and a 256 MiB page cache on this connection, restored after; call outside a transaction.

    Only for loads whose references the loader makes itself (the demo generator); the chat import turns them
    off the same way but checks the ids it wrote (``references_checked_by_caller``); other importers keep them
    on (``defer_foreign_keys``).
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


def set_cache_size(conn: Connection, mib: int) -> None:
    """This connection's page cache, in MiB (SQLite's default is 2 MiB). It also bounds the memory of each sorted
    run of CREATE INDEX (more, smaller runs merged: no slower, and far less memory than one big run)."""
    if conn.dialect.name == "sqlite":
        conn.connection.driver_connection.execute(f"PRAGMA cache_size=-{int(mib) * 1024}")


@contextmanager
def large_cache(conn: Connection, mib: int = 64) -> Iterator[None]:
    """A bigger page cache on this connection while importing: index inserts at random places (events by
    member) otherwise spill SQLite's 2 MB default and make each row cost a disk read."""
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.driver_connection
    driver.execute(f"PRAGMA cache_size=-{int(mib) * 1024}")
    # CREATE INDEX could sort on a second core, but SQLite only uses sorter threads when temporary files are
    # allowed, and connections keep them in memory (temp_store=MEMORY): as is, this has no effect.
    driver.execute("PRAGMA threads=2")
    try:
        yield
    finally:
        driver.execute("PRAGMA cache_size=-2000")  # SQLite's defaults
        driver.execute("PRAGMA threads=0")


@contextmanager
def sorts_in_temp_files(conn: Connection) -> Iterator[None]:
    """This connection's temporary data (the sorts of CREATE INDEX) in temporary files while a bulk writer runs,
    then in memory again; call outside a transaction (SQLite refuses the change inside one).

    Building the chat import's member index over a million events took ~20% less CPU this way than with
    ``temp_store=MEMORY`` (in-memory runs are kept in chunked journals that are copied as they grow; files go
    through the OS cache) and less memory. One core only (``threads=0``): sorter threads cost more CPU in all
    and gained no time on a shared machine. Changing ``temp_store`` drops the connection's temporary tables
    (``temp_ids`` makes them again when needed)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.driver_connection
    driver.execute("PRAGMA temp_store=FILE")
    driver.execute("PRAGMA threads=0")
    try:
        yield
    finally:
        driver.execute("PRAGMA temp_store=MEMORY")


@contextmanager
def references_checked_by_caller(conn: Connection) -> Iterator[None]:
    """Foreign keys off on this connection for the transaction the caller opens inside, then on again.

    SQLite looks up every parent of every inserted row even when the check is deferred: for the chat import's
    events (member, group, batch) that is three index searches per row, about as long as the insert itself.
    Only for bulk writers that hand out every id they write themselves and check them before committing
    (``missing_ids``), e.g. the chat import; call outside a transaction, and delete no parent row inside (no
    cascades run). Other importers keep foreign keys on (``defer_foreign_keys``).
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    set_foreign_keys(conn, False)
    try:
        yield
    finally:
        set_foreign_keys(conn, True)


def missing_ids(conn: Connection, table: Table, ids: Iterable[int]) -> list[int]:
    """The ids of ``ids`` that ``table`` (a table with an integer ``id`` primary key) does not have."""
    name = temp_ids(conn, "_ids_to_check", ids)
    t = table.name
    sql = f"SELECT c.id FROM {name} c WHERE NOT EXISTS (SELECT 1 FROM {t} WHERE {t}.id = c.id) ORDER BY c.id"
    return [int(r[0]) for r in conn.exec_driver_sql(sql)]


def drop_indexes(conn: Connection, table: Table, columns: Iterable[str]) -> Callable[[], None]:
    """Drop ``table``'s plain (not unique) indexes that start with one of ``columns``, for a bulk load; returns
    the function that creates them again, to be called before the transaction commits (a rollback brings them
    back by itself).

    Inserting 100,000 rows into a table with three text indexes costs one B-tree insert at a random place per
    row and index; building each index afterwards is one sort. (Indexes on columns the load leaves empty only
    get entries appended at their end: they are kept.) Other databases: nothing is dropped.
    """
    if conn.dialect.name != "sqlite":
        return lambda: None
    wanted = set(columns)
    names = [
        name
        for _seq, name, unique, origin, _partial in conn.exec_driver_sql(f'PRAGMA index_list("{table.name}")')
        if origin == "c" and not unique and conn.exec_driver_sql(f'PRAGMA index_info("{name}")').first()[2] in wanted
    ]
    statements = []
    for name in names:
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).scalar()
        if sql:
            statements.append(sql)
            conn.exec_driver_sql(f'DROP INDEX "{name}"')

    def create_again() -> None:
        for sql in statements:
            conn.exec_driver_sql(sql)

    return create_again


@contextmanager
def mapped_reads(conn: Connection, mib: int = 512) -> Iterator[None]:
    """Read the database file through a memory map on this connection while a report-sized read runs (the
    dashboard): pages come straight from the OS cache instead of a read() call each, which halves the time of
    queries that visit many scattered rows. Only reads use the map; writes go through the journal as always."""
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.driver_connection
    driver.execute(f"PRAGMA mmap_size={int(mib) * 1024 * 1024}")
    try:
        yield
    finally:
        driver.execute("PRAGMA mmap_size=0")


def from_purchases(stmt):
    """``stmt`` (a select of ``kind = 'purchase'`` events) reads the purchases' own index, ``ix_event_purchase``
    (covering: member, time, amount, group), even with a time range SQLite would otherwise serve from the (group,
    kind, time) index plus every purchase's row. Other databases ignore the hint."""
    from core.models import Event

    return stmt.with_hint(Event, "INDEXED BY ix_event_purchase", "sqlite")


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
    defaults: Mapping[str, int | str] | None = None,
    empty_is_null: bool = False,
) -> int:
    """Insert many rows at DB-API speed (importers and the demo generator; tens of thousands per call).

    ``constants`` are columns with the same value in every row, written into the statement once instead of
    bound per row. That matters: binding ``None`` (and any type but int, float and str) costs the sqlite3 module
    an adapter lookup per value, which made a 7-column event insert take twice as long as a 3-column one.
    ``defaults`` give a value for a column where a row has None (``COALESCE`` in the statement: no Python pass
    over the rows), for NOT NULL columns of imported data.
    ``empty_is_null``: an empty string stands for NULL (then for the default) in every column, so that rows can
    say "nothing" with "" instead of None: the driver adapts each None it binds (two failed attribute lookups,
    some 1,200 instructions), which was a twentieth of a member import.
    On SQLite this is one ``executemany``; on other databases it falls back to SQLAlchemy Core's executemany.
    """
    if not rows:
        return 0
    constants = dict(constants or {})
    defaults = dict(defaults or {})
    if conn.dialect.name != "sqlite":
        params = [constants | dict(zip(columns, row, strict=True)) for row in rows]
        for p in params:
            if empty_is_null:
                p.update({c: None for c, x in p.items() if x == "" and c in columns})
            for c, d in defaults.items():
                if p.get(c) is None:
                    p[c] = d
        conn.execute(table.insert(), params)
        return len(rows)
    literals = [_sql_literal(v) for v in constants.values()]
    names = ", ".join([*columns, *constants])
    mark = "NULLIF(?, '')" if empty_is_null else "?"
    marks = [f"COALESCE({mark}, {_sql_literal(defaults[c])})" if c in defaults else mark for c in columns]
    row_sql = "(" + ", ".join(marks + literals) + ")"
    _insert_many(conn, f"INSERT INTO {table.name} ({names}) VALUES ", row_sql, "", rows, len(columns))
    return len(rows)


def _insert_many(conn: Connection, head: str, row_sql: str, tail: str, rows: Sequence[tuple], width: int) -> None:
    """SQLite: ``head`` + several ``row_sql`` (each with ``width`` marks) + ``tail`` per statement, for all
    ``rows`` (``INSERT … VALUES (…), (…), … [ON CONFLICT …]``). The driver's work per executed statement (bind,
    step, reset, and the GIL let go and taken back around each step) then comes once per ``MULTI_ROWS`` rows
    instead of once per row, which halved the cost of writing a million chat events."""
    if width == 0 or set(map(len, rows)) != {width}:  # flattened below: a short row must not shift the others
        raise ValueError(f"{head.strip()}: every row must have {width} values")
    per_statement = max(1, min(MULTI_ROWS, MAX_BOUND // width))
    sql = head + ", ".join([row_sql] * per_statement) + tail
    step = per_statement * width
    for i in range(0, len(rows), DRIVER_CHUNK):
        flat = tuple(chain.from_iterable(rows[i : i + DRIVER_CHUNK]))  # tuples: what the driver call takes
        full = len(flat) - len(flat) % step
        if full:
            conn.exec_driver_sql(sql, [flat[j : j + step] for j in range(0, full, step)])
        if full < len(flat):
            conn.exec_driver_sql(head + ", ".join([row_sql] * ((len(flat) - full) // width)) + tail, flat[full:])


# Rows per INSERT statement in ``bulk_insert`` (SQLite), and the bound values one statement may hold: SQLite
# before 3.32 allowed 999 (SQLITE_MAX_VARIABLE_NUMBER), which is what a user's Python may bring.
MULTI_ROWS = 100
MAX_BOUND = 999


# Rows per executemany / fetchmany call. The driver releases the GIL around every row's step and takes it back at
# once, so in one long C-level loop a waiting thread (the UI) almost never gets it: a 50,000-row call held the UI
# for 100 ms and more. Between chunks Python code runs, which hands the GIL over when another thread has waited.
DRIVER_CHUNK = 2000


def bulk_add(conn: Connection, table: Table, keys: Sequence[str], value: str, rows: Sequence[tuple]) -> int:
    """Add counts into a summary table: each row is ``(*keys, n)``; a new key is inserted, an existing one gets
    ``value += n`` (an upsert, one ``executemany`` on SQLite). Rows must not repeat a key."""
    if not rows:
        return 0
    names = ", ".join([*keys, value])
    update = f"{value} = {table.name}.{value} + excluded.{value}"
    conflict = f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {update}"
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    marks = ", ".join([mark] * (len(keys) + 1))
    rows = list(rows)
    if conn.dialect.name == "sqlite":  # several rows per statement, as ``bulk_insert``
        _insert_many(
            conn, f"INSERT INTO {table.name} ({names}) VALUES ", f"({marks})", f" {conflict}", rows, len(keys) + 1
        )
        return len(rows)
    for i in range(0, len(rows), DRIVER_CHUNK):
        conn.exec_driver_sql(
            f"INSERT INTO {table.name} ({names}) VALUES ({marks}) {conflict}", rows[i : i + DRIVER_CHUNK]
        )
    return len(rows)


def _sql_literal(value: int | str | None) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"unsupported constant {value!r}")


def temp_table(conn: Connection, name: str, columns: str) -> str:
    """An empty temporary table on this connection (created once, emptied on each call); returns its name.

    For set-based work on many ids (bulk tagging, tag rules): joining a temp table beats 100,000 bound
    parameters in IN lists. ``columns`` is the column list, e.g. ``"id INTEGER PRIMARY KEY"``.
    """
    conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({columns})")
    conn.exec_driver_sql(f"DELETE FROM {name}")
    return name


def temp_ids(conn: Connection, name: str, ids: Iterable[int]) -> str:
    """A temporary table ``name(id INTEGER PRIMARY KEY)`` holding ``ids`` (duplicates dropped); returns its name."""
    temp_table(conn, name, "id INTEGER PRIMARY KEY")
    rows = [(int(i),) for i in ids]
    if rows:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"INSERT OR IGNORE INTO {name} (id) VALUES (?)", rows)
        else:
            conn.exec_driver_sql(f"INSERT INTO {name} (id) VALUES (%s) ON CONFLICT DO NOTHING", rows)
    return name


def days_between(later: str, earlier: str, dialect: str) -> str:
    """SQL for the days (fractional) from ``earlier`` to ``later``, two timestamp expressions."""
    if dialect == "sqlite":
        return f"(julianday({later}) - julianday({earlier}))"
    return f"(EXTRACT(EPOCH FROM ({later} - {earlier})) / 86400.0)"


def driver_sql(conn: Connection, stmt) -> tuple[str, list]:
    """A Core statement (``select`` or ``text`` with bound parameters) as SQL text and positional parameters."""
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})  # IN lists expanded
    return str(compiled), [compiled.params[name] for name in compiled.positiontup or ()]


def driver_rows(conn: Connection, stmt) -> list[tuple]:
    """Every row of a Core statement as plain tuples, read straight from the driver.

    For 100,000-row results (member id lists, recall rankings): SQLAlchemy's row objects cost more than the
    query itself.
    """
    if conn.dialect.name != "sqlite":
        return [tuple(row) for row in conn.execute(stmt)]
    sql, params = driver_sql(conn, stmt)
    try:
        cursor = conn.connection.driver_connection.execute(sql, params)
        rows: list = []
        while True:  # in chunks: see DRIVER_CHUNK
            chunk = cursor.fetchmany(DRIVER_CHUNK)
            rows.extend(chunk)
            if len(chunk) < DRIVER_CHUNK:
                return rows
    except sqlite3.Error as err:  # the same error type SQLAlchemy would raise, for callers that catch it
        raise exc.DatabaseError(sql, params, err) from err


_chunk_sql: dict[tuple, tuple[str, list]] = {}


def rows_for_ids(conn: Connection, stmt, ids: Sequence[int], chunk: int = 50) -> list[tuple]:
    """The rows of ``stmt`` (a Core statement with an expanding ``bindparam("ids")``) for ``ids``, as plain tuples.

    For the member table's pages: the statement is compiled once for an IN list of ``chunk`` ids (a short last
    chunk repeats an id) and run by the driver, which costs a fraction of SQLAlchemy's own execution and row
    objects. Values come as the driver gives them: timestamps stay text (``parse_timestamp``).
    """
    if conn.dialect.name != "sqlite":
        return [tuple(row) for row in conn.execute(stmt, {"ids": list(ids)})]
    key = (stmt, chunk)
    compiled = _chunk_sql.get(key)
    if compiled is None:
        state = stmt.compile(dialect=conn.dialect).construct_expanded_state({"ids": list(range(chunk))})
        names = list(state.positiontup or ())
        slots = [i for i, name in enumerate(names) if re.fullmatch(r"ids_\d+", name)]
        compiled = _chunk_sql[key] = (state.statement, (list(state.positional_parameters), slots))
    sql, (template, slots) = compiled
    if len(slots) != chunk:
        raise ValueError("rows_for_ids needs a statement with one expanding bindparam named 'ids'")
    driver = conn.connection.driver_connection
    out: list[tuple] = []
    for start in range(0, len(ids), chunk):
        part = list(ids[start : start + chunk])
        part += part[:1] * (chunk - len(part))
        params = list(template)
        for slot, value in zip(slots, part, strict=True):
            params[slot] = value
        out.extend(driver.execute(sql, params).fetchall())
    return out


def parse_timestamp(value: str | datetime | None) -> datetime | None:
    """A timestamp as ``rows_for_ids`` gives it (the text SQLAlchemy stored) as a datetime."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def scalar_list(conn: Connection, stmt) -> list:
    """The first column of every row of a Core statement, read straight from the driver."""
    return [row[0] for row in driver_rows(conn, stmt)]


def plain_value(column: str, dialect: str) -> str:
    """A column read as a plain value, for conditions evaluated on many rows (the recall rules).

    SQLite: ``+column``. A DATETIME column has NUMERIC affinity, so ``column < :param`` tries to turn the text
    parameter into a number on every row (~40% of the time of a 100,000-row rule); ``+column`` compares the
    stored text as it is, which gives the same answer for timestamps stored as text. It also keeps the planner
    from picking an index that does not narrow the rows (``deleted_at IS NULL``).
    """
    return f"+{column}" if dialect == "sqlite" else column


def computed_once(dialect: str) -> str:
    """Ends a subquery whose computed columns the outer query uses several times (``WHERE x … GROUP BY x``).

    SQLite flattens such a subquery into the outer query and then evaluates the expression once per use; a
    subquery with an OFFSET is not flattened (it runs as a co-routine), so each row's value is computed once.
    """
    return " LIMIT -1 OFFSET 0" if dialect == "sqlite" else " OFFSET 0"


def column_lists(conn: Connection, stmt, lower: bool = False) -> list[list]:
    """Every column of a Core ``select`` as one list per column, rows in the statement's order.

    For 100,000-row results (the member table's id lists and search text): on SQLite each column comes back as
    one JSON array (``json_group_array``) parsed by ``json.loads``, without a Python tuple per row: two to three
    times faster than ``driver_rows``. Values are what JSON holds (int, float, str, None; dates stay text).
    ``lower=True`` lower-cases the text values: the JSON text is lower-cased before parsing, which leaves its
    escapes intact (the only capitals in JSON syntax are the hex digits of ``\\uXXXX``, read either way).
    """
    columns = len(stmt.selected_columns)
    if conn.dialect.name == "sqlite":
        inner = stmt.subquery()  # an ORDER BY inside is kept: SQLite does not flatten it into an aggregate
        outer = select(*[func.json_group_array(column) for column in inner.c])
        try:
            row = driver_rows(conn, outer)[0]
        except exc.DatabaseError as error:
            if "json_group_array" not in str(error):  # an SQLite built without JSON: read rows instead
                raise
        else:
            return [json.loads(text.lower() if lower else text) for text in row]
    rows = driver_rows(conn, stmt)
    lists = [list(values) for values in zip(*rows, strict=True)] if rows else [[] for _ in range(columns)]
    if lower:
        lists = [[v.lower() if isinstance(v, str) else v for v in values] for values in lists]
    return lists


def week_start(ts: str, dialect: str) -> str:
    """SQL for the Monday ('YYYY-MM-DD') of the week of a timestamp expression (the message summaries' week)."""
    if dialect == "sqlite":
        return f"date(substr({ts}, 1, 10), 'weekday 0', '-6 days')"
    return f"CAST(date_trunc('week', {ts}) AS date)"


def day_of(ts: str, dialect: str) -> str:
    """SQL for the day ('YYYY-MM-DD') of a timestamp expression: the date written in it."""
    if dialect == "sqlite":
        return f"substr({ts}, 1, 10)"
    return f"CAST({ts} AS date)"


def hour_of(ts: str, dialect: str) -> str:
    """SQL for the hour (0–23, an integer) of a timestamp expression."""
    if dialect == "sqlite":
        return f"CAST(substr({ts}, 12, 2) AS INTEGER)"
    return f"CAST(EXTRACT(HOUR FROM {ts}) AS INTEGER)"


def month_day(column: str, dialect: str) -> str:
    """SQL for the 'MM-DD' of a date column (birthdays this week); the one dialect-specific date function."""
    if dialect == "sqlite":
        return f"strftime('%m-%d', {column})"
    return f"to_char({column}, 'MM-DD')"


# --- migrations ------------------------------------------------------------------------------------


# Alembic costs about a second to import: the app imports it only when a migration has to run. Which revisions
# exist and which is the head are read from the migration files themselves (tests check this against Alembic).
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*=\s*['\"]?([^'\"\s]+)['\"]?\s*$", re.MULTILINE)


def current_revision(conn: Connection) -> str | None:
    """The schema revision stored in the database (None for a new, empty or unversioned file)."""
    has = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    if has.first() is None:
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None


def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from core/migrations/versions/*.py."""
    graph: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            graph[found["revision"]] = None if down in (None, "None") else down
    return graph


def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    graph = _revision_graph()
    heads = sorted(set(graph) - set(graph.values()))
    assert len(heads) == 1, f"migrations must have one head, found {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph())


def _has_user_data(engine: Engine) -> bool:
    names = inspect(engine).get_table_names()
    return any(n != "alembic_version" for n in names)


def _check_writable(db_path: Path) -> None:
    # SQLite only notices a read-only file or folder at the first write (or, with WAL, at the first read):
    # say so before anything else happens.
    folder_ok = os.access(db_path.parent, os.W_OK | os.X_OK)
    file_ok = not db_path.exists() or os.access(db_path, os.W_OK)
    if not (folder_ok and file_ok):
        raise ReadOnlyError(db_path)


def open_database(path: Path | str | None = None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` and upgrade its schema to head.

    Refuses a database whose schema is newer than this version knows, a file that is not a database, and a
    file or folder it cannot write. Before migrating an existing database, a backup is written (see
    ``core.backup``); a failed migration is rolled back and the error names that backup.
    """
    db_path = Path(path) if path else paths.default_db_path()
    db_path = db_path.expanduser().resolve()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(f"Cannot create the folder {db_path.parent}: {error.strerror}") from error
    _check_is_sqlite(db_path)
    _check_writable(db_path)
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            current = current_revision(conn)
    except Exception as error:  # sqlite3.DatabaseError: file is not a database / malformed / cannot open
        engine.dispose()
        friendly = friendly_error(error, db_path)
        if isinstance(friendly, ReadOnlyError | DiskFullError | DatabaseBusyError):
            raise friendly from error
        raise NotADatabaseError(db_path) from error
    if current is not None and current not in known_revisions():
        engine.dispose()
        raise SchemaTooNewError(db_path, current)
    head = head_revision()
    if migrate and current != head:
        backup = None
        if _has_user_data(engine):
            from core import backup as backups  # core.backup builds on this module

            try:  # no upgrade without a good backup
                backup = backups.make_backup(db_path, f"pre-migration-{current or 'unversioned'}")
            except Exception:
                engine.dispose()
                raise
        try:
            from alembic import command

            command.upgrade(alembic_config(engine), "head")
        except Exception as error:
            engine.dispose()
            friendly = friendly_error(error, db_path)
            if isinstance(friendly, ReadOnlyError | DiskFullError | DatabaseBusyError):
                raise friendly from error
            log.exception("migration of %s from %s failed", db_path, current)
            raise MigrationError(db_path, current, backup, f"{type(error).__name__}: {error}") from error
        log.info("database %s migrated from %s to %s", db_path, current, head)
    return Database(path=db_path, engine=engine)
