"""Restoring backups and recovering from a damaged database.

- ``restore(db_path, source)``: replace the data with a backup (or any Qunzhu database file), after backing up
  the current state. The copy is one SQLite transaction on the live file (the online backup API), so a crash
  midway leaves the database as it was. Refuses files that are not Qunzhu databases, are damaged, or were made
  by a newer Qunzhu.
- ``recover(db_path)``: when the database itself is damaged (it fails ``quick_check`` or cannot be opened), move
  it aside under a dated name, never deleting it, and put the newest good backup in its place.

Nothing here may run while the database is open in this process: callers close their ``Database`` first.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core import backup as backups
from core import db as dbmod
from core.db import DatabaseError, NotADatabaseError, SchemaTooNewError
from core.settings import BackupSettings

log = logging.getLogger(__name__)

SIDE_FILES = ("-wal", "-shm", "-journal")


class RestoreError(DatabaseError):
    """A restore was refused or failed; the current database is unchanged. ``str()`` says why."""


class DatabaseInUseError(RestoreError):
    def __init__(self, path: Path, pid: int) -> None:
        self.path = path
        super().__init__(
            f"The database {path} is open in Qunzhu (process {pid}). Close that window first; nothing was changed."
        )


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None  # the state before the restore
    members: int | None


@dataclass(frozen=True)
class RecoveryResult:
    moved_aside: Path | None  # where the damaged database now is
    restored_from: Path | None  # None: no good backup, an empty database will be created


def validate_source(source: Path) -> backups.BackupDetails:
    """Check that ``source`` can be restored: a sound Qunzhu database this version can open."""
    source = Path(source)
    if not source.is_file():
        raise RestoreError(f"There is no file {source}.")
    if not dbmod.is_sqlite_file(source):
        raise NotADatabaseError(source)
    details = backups.describe(source, check=True)
    if details.problems:
        raise RestoreError(
            f"The file {source} is damaged ({details.problems[0]}) and cannot be restored. "
            "Choose another backup; the current database was not changed."
        )
    if details.revision is None or details.members is None:
        raise RestoreError(
            f"The file {source} is a SQLite database but not one made by Qunzhu. The current database was not changed."
        )
    if details.revision not in dbmod.known_revisions():
        raise SchemaTooNewError(source, details.revision)
    return details


def lock_holder(db_path: Path) -> int | None:
    """The process id of a running Qunzhu window holding ``db_path`` open (its QLockFile), or None.

    Qt's lock file holds the owner's process id on its first line; a lock left by a crashed copy names a dead
    process and is ignored, as Qt itself does.
    """
    lock = Path(str(db_path) + ".lock")
    try:
        first = lock.read_text(encoding="utf-8", errors="replace").splitlines()[0]
        pid = int(first.strip())
    except (OSError, ValueError, IndexError):
        return None
    if pid == os.getpid():
        return None
    if os.name == "nt":  # Qt keeps the lock open without delete sharing while it holds it
        try:
            with lock.open("a"):
                pass
            return None if not _pid_alive(pid) else pid
        except OSError:
            return pid
    return pid if _pid_alive(pid) else None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        return True  # without a process API, trust the lock file's state (checked above)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def restore(db_path: Path, source: Path, settings: BackupSettings | None = None) -> RestoreResult:
    """Replace the database at ``db_path`` with ``source``, after backing up the current state.

    The database must not be open in this process. An older-schema backup is upgraded when it is next opened.
    """
    db_path, source = Path(db_path).resolve(), Path(source).resolve()
    settings = settings or backups.current_settings()
    if source == db_path:
        raise RestoreError("That file is the database itself; choose a backup to restore.")
    pid = lock_holder(db_path)
    if pid is not None:
        raise DatabaseInUseError(db_path, pid)
    details = validate_source(source)
    safety = None
    if db_path.exists() and db_path.stat().st_size > 0:
        if dbmod.integrity_problems(db_path, quick=True):
            moved = move_aside(db_path)  # damaged: keep it, but do not try to copy it
            log.warning("damaged database moved to %s before restore", moved)
            return _restore_into_new(db_path, source, details)
        safety = backups.make_backup(db_path, "pre-restore", settings)
        try:
            dbmod.copy_into(source, db_path)
        except Exception as error:
            friendly = dbmod.friendly_error(error, db_path)
            raise RestoreError(
                f"Restoring {source} failed: {friendly or error}. The database was not changed "
                f"(a copy of it is {safety})."
            ) from error
    else:
        return _restore_into_new(db_path, source, details)
    log.info("restored %s from %s (safety backup %s)", db_path, source, safety)
    return RestoreResult(source, safety, details.members)


def _restore_into_new(db_path: Path, source: Path, details: backups.BackupDetails) -> RestoreResult:
    temp = db_path.with_name(db_path.name + ".restoring")
    temp.unlink(missing_ok=True)
    try:
        dbmod.copy_database(source, temp)
    except Exception as error:
        temp.unlink(missing_ok=True)
        friendly = dbmod.friendly_error(error, db_path)
        raise RestoreError(f"Restoring {source} failed: {friendly or error}") from error
    for side in SIDE_FILES:
        Path(str(db_path) + side).unlink(missing_ok=True)
    os.replace(temp, db_path)
    return RestoreResult(source, None, details.members)


def move_aside(db_path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm files) to ``<stem>.damaged-<time><suffix>``; never delete."""
    db_path = Path(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = db_path.with_name(f"{db_path.stem}.damaged-{stamp}-{n}{db_path.suffix}")
    for side in SIDE_FILES:  # the log first: a -wal left beside a new file would be replayed into it
        src = Path(str(db_path) + side)
        if src.exists():
            os.replace(src, Path(str(target) + side))
    if db_path.exists():
        os.replace(db_path, target)
    return target


def quick_problems(db_path: Path) -> list[str]:
    """The start-up check: SQLite's ``quick_check`` (seconds at 100k members, not minutes)."""
    return dbmod.integrity_problems(Path(db_path), quick=True)


def newest_good_backup(db_path: Path, settings: BackupSettings | None = None) -> backups.BackupDetails | None:
    """The newest backup that passes its checks and that this version can open."""
    for info in backups.list_backups(db_path, settings):
        try:
            return validate_source(info.path)
        except DatabaseError as error:
            log.warning("backup %s skipped: %s", info.path, error)
    return None


def recover(db_path: Path, settings: BackupSettings | None = None) -> RecoveryResult:
    """Keep the damaged database aside and put the newest good backup in its place (or nothing: a new start)."""
    db_path = Path(db_path).resolve()
    pid = lock_holder(db_path)
    if pid is not None:
        raise DatabaseInUseError(db_path, pid)
    good = newest_good_backup(db_path, settings)
    if good is None:
        moved = move_aside(db_path) if db_path.exists() else None
        return RecoveryResult(moved, None)
    temp = db_path.with_name(db_path.name + ".restoring")
    temp.unlink(missing_ok=True)
    try:
        dbmod.copy_database(good.path, temp)  # first the good copy, then the swap: no moment without a database
    except Exception as error:
        temp.unlink(missing_ok=True)
        friendly = dbmod.friendly_error(error, db_path)
        raise RestoreError(f"Restoring {good.path} failed: {friendly or error}. Nothing was changed.") from error
    moved = move_aside(db_path) if db_path.exists() else None
    os.replace(temp, db_path)
    log.warning("damaged database moved to %s; restored %s", moved, good.path)
    return RecoveryResult(moved, good.path)
