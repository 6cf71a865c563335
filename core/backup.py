"""Backups: taken with SQLite's online backup API, checked, named by time and reason, thinned, listed.

When: on close (if anything changed), at most every ``BackupSettings.every_hours`` while the app is open,
and always before a schema migration, a restore, a permanent delete, a merge or an import undo: features
that make such changes run them through ``guarded(db, reason)``, which backs up and then gives them one
transaction.

A backup is written under a temporary name and renamed only once ``integrity_check`` passes, so a crash or
a full disk during a backup never leaves a file that looks like a good backup. Names are
``<database stem>-<reason>-<YYYYmmdd-HHMMSS-ffffff>.sqlite3``; files that do not match are never touched.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, func, inspect, select

from core import db as dbmod
from core import paths
from core.db import Database, DatabaseError
from core.models import Member
from core.settings import AppPrefs, BackupSettings

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
_STAMP = re.compile(r"-(\d{8}-\d{6}-\d{6})\.sqlite3$")
_REASON = re.compile(r"[^a-z0-9]+")
REASONS = ("auto", "close", "manual")  # and "pre-<operation>", e.g. pre-migration-0002, pre-restore, pre-merge
_KNOWN_REASON = re.compile(r"^(auto|close|manual|pre-[a-z][a-z0-9-]*)$")


class BackupError(DatabaseError):
    """A backup could not be written or read; ``str()`` says why and what to do."""


@dataclass(frozen=True)
class BackupInfo:
    """A backup file found in the backups folder (cheap: from its name and size)."""

    path: Path
    created: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class BackupDetails:
    """What is inside a database file (opened read-only): for listing and for deciding whether to restore it."""

    path: Path
    revision: str | None
    members: int | None  # not in the trash; None when the file has no member table
    problems: tuple[str, ...]  # integrity problems; empty when sound

    @property
    def ok(self) -> bool:
        return not self.problems


def current_settings() -> BackupSettings:
    return AppPrefs.load().backup_settings()


def backup_folder(db_path: Path, settings: BackupSettings | None = None) -> Path:
    settings = settings or current_settings()
    if settings.folder.strip():
        return Path(settings.folder.strip()).expanduser()
    return paths.backups_dir_for(db_path)


def _clean_reason(reason: str) -> str:
    cleaned = _REASON.sub("-", reason.lower()).strip("-")
    if not _KNOWN_REASON.match(cleaned):
        raise ValueError(f"backup reason must be one of {REASONS} or pre-<operation>, not {reason!r}")
    return cleaned


def make_backup(
    db_path: Path,
    reason: str,
    settings: BackupSettings | None = None,
    *,
    out: Path | None = None,
    prune_after: bool = True,
) -> Path:
    """Back up the database at ``db_path`` and return the new file.

    Into the backups folder (thinned afterwards) or to ``out``, which must not exist yet. Raises
    ``BackupError`` with a clear message when the folder cannot be written, the disk is full or the copy fails
    its check; the database itself is never changed.
    """
    settings = settings or current_settings()
    db_path = Path(db_path)
    if not db_path.exists():
        raise BackupError(f"There is no database at {db_path} to back up.")
    if out is None:
        folder = backup_folder(db_path, settings)
        stamp = datetime.now().strftime(STAMP_FORMAT)
        target = folder / f"{db_path.stem}-{_clean_reason(reason)}-{stamp}{SUFFIX}"
    else:
        target = Path(out).expanduser().resolve()
        folder = target.parent
        if target.exists():
            raise BackupError(f"{target} already exists; choose a new file name (nothing was overwritten).")
    try:
        created = not folder.exists()
        folder.mkdir(parents=True, exist_ok=True)
        if created and out is None:
            paths.restrict_to_user(folder)
    except OSError as error:
        raise _backup_error(error, folder) from error
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    partial.unlink(missing_ok=True)
    try:
        dbmod.copy_database(db_path, partial)
        os.replace(partial, target)
    except DatabaseError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup of {db_path} could not be completed: {error}") from error
    except Exception as error:  # sqlite3.Error or OSError: a full disk, a removed USB drive …
        partial.unlink(missing_ok=True)
        raise _backup_error(error, folder) from error
    log.info("backup written: %s", target)
    if out is None and prune_after:
        try:
            prune(db_path, settings)
        except OSError as error:  # thinning is housekeeping: never fail a good backup because of it
            log.warning("could not thin the backups in %s: %s", folder, error)
    return target


def _backup_error(error: BaseException, folder: Path) -> BackupError:
    friendly = dbmod.friendly_error(error, folder / "x")
    if isinstance(friendly, dbmod.DiskFullError):
        return BackupError(
            f"There is not enough free space in {folder} for a backup. Nothing was changed; free some space "
            "or choose another backup folder in Settings."
        )
    if isinstance(friendly, dbmod.ReadOnlyError):
        return BackupError(
            f"Qunzhu cannot write backups to {folder} (read-only, missing or no permission). Nothing was changed; "
            "choose another backup folder in Settings, or reconnect the drive."
        )
    return BackupError(f"The backup in {folder} failed: {error}. Nothing was changed.")


def list_backups(db_path: Path, settings: BackupSettings | None = None) -> list[BackupInfo]:
    """The backups of ``db_path`` in its backups folder, newest first."""
    folder = backup_folder(db_path, settings)
    prefix = f"{Path(db_path).stem}-"
    out = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        name = path.name
        match = _STAMP.search(name)
        if not match or not name.startswith(prefix):
            continue
        reason = name[len(prefix) : match.start()]
        if not _KNOWN_REASON.match(reason):
            continue  # e.g. "shop-2-close-…" is a backup of "shop-2", not of "shop"
        try:
            created = datetime.strptime(match.group(1), STAMP_FORMAT)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        out.append(BackupInfo(path, created, reason, size))
    out.sort(key=lambda b: b.created, reverse=True)
    return out


def describe(path: Path, *, check: bool = False) -> BackupDetails:
    """Open a database file read-only and tell its schema revision and member count (and problems if ``check``)."""
    path = Path(path)
    problems = tuple(dbmod.integrity_problems(path)) if check else ()
    if not dbmod.is_sqlite_file(path):
        return BackupDetails(path, None, None, problems or ("not a SQLite database",))
    engine = dbmod.readonly_engine(path)
    try:
        with engine.connect() as conn:
            revision = dbmod.current_revision(conn)
            members = None
            if inspect(conn).has_table(Member.__tablename__):
                members = int(
                    conn.execute(
                        select(func.count()).select_from(Member).where(Member.deleted_at.is_(None))
                    ).scalar_one()
                )
    except Exception as error:  # a damaged file: reported, never raised
        return BackupDetails(path, None, None, problems or (f"cannot be read: {dbmod.error_text(error)}",))
    finally:
        engine.dispose()
    return BackupDetails(path, revision, members, problems)


# --- thinning ---------------------------------------------------------------------------------------


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def select_kept(backups: list[BackupInfo], settings: BackupSettings, now: datetime) -> set[Path]:
    """Which backups thinning keeps: the newest ``keep_last``, and the newest of each of the last ``keep_daily``
    days, ``keep_weekly`` weeks (Monday to Sunday) and ``keep_monthly`` months. Backups dated in the future
    (a clock that was wrong) are kept."""
    ordered = sorted(backups, key=lambda b: b.created, reverse=True)
    keep = {b.path for b in ordered[: settings.keep_last]}
    keep |= {b.path for b in ordered if b.created > now}
    today = now.date()
    this_monday = today - timedelta(days=today.weekday())
    rules = (
        (settings.keep_daily, lambda d: (today - d).days),
        (settings.keep_weekly, lambda d: (this_monday - (d - timedelta(days=d.weekday()))).days // 7),
        (settings.keep_monthly, lambda d: _month_index(today) - _month_index(d)),
    )
    for count, age in rules:
        seen: set[int] = set()
        for b in ordered:  # newest first: the first seen in a bucket is its newest
            bucket = age(b.created.date())
            if 0 <= bucket < count and bucket not in seen:
                seen.add(bucket)
                keep.add(b.path)
    return keep


def prune(db_path: Path, settings: BackupSettings | None = None, now: datetime | None = None) -> list[Path]:
    """Delete the backups thinning does not keep (and leftovers of interrupted backups); returns what went."""
    settings = settings or current_settings()
    backups = list_backups(db_path, settings)
    keep = select_kept(backups, settings, now or datetime.now())
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    folder = backup_folder(db_path, settings)
    for leftover in folder.glob(f"{Path(db_path).stem}-*{SUFFIX}{PARTIAL_SUFFIX}"):
        leftover.unlink(missing_ok=True)  # a backup interrupted by a crash: never a valid file
        removed.append(leftover)
    if removed:
        log.info("thinned backups in %s: removed %d", folder, len(removed))
    return removed


# --- when to back up --------------------------------------------------------------------------------


def last_change(db_path: Path) -> datetime | None:
    """When the database (or its write-ahead log) was last written, from the files' modification times."""
    times = []
    for p in (Path(db_path), Path(str(db_path) + "-wal")):
        try:
            st = p.stat()
        except OSError:
            continue
        if p.suffix != SUFFIX and st.st_size == 0:
            continue  # an empty -wal is created by merely opening the database
        times.append(datetime.fromtimestamp(st.st_mtime))
    return max(times) if times else None


def backup_due(db_path: Path, settings: BackupSettings, now: datetime | None = None) -> bool:
    """True when periodic backups are on, the last backup is older than ``every_hours`` and data changed since."""
    if settings.every_hours <= 0 or not Path(db_path).exists():
        return False
    now = now or datetime.now()
    backups = list_backups(db_path, settings)
    if not backups:
        return True
    newest = backups[0].created
    if now - newest < timedelta(hours=settings.every_hours):
        return False
    changed = last_change(db_path)
    return changed is None or changed > newest


def changed_since_last_backup(db_path: Path, settings: BackupSettings) -> bool:
    backups = list_backups(db_path, settings)
    changed = last_change(db_path)
    if changed is None:
        return False
    return not backups or changed > backups[0].created


def backup_if_due(db_path: Path, settings: BackupSettings | None = None) -> Path | None:
    settings = settings or current_settings()
    if backup_due(db_path, settings):
        return make_backup(db_path, "auto", settings)
    return None


def backup_on_close(db_path: Path, settings: BackupSettings | None = None) -> Path | None:
    """The backup taken when the app closes, skipped when nothing changed since the last backup."""
    settings = settings or current_settings()
    if Path(db_path).exists() and changed_since_last_backup(db_path, settings):
        return make_backup(db_path, "close", settings)
    return None


@contextmanager
def guarded(db: Database, reason: str, settings: BackupSettings | None = None) -> Iterator[Connection]:
    """Back up, then run the caller's changes in one transaction (all or nothing).

    For changes that cannot be undone from the trash: permanent deletes, merges, undoing an import::

        with backup.guarded(db, "merge") as conn:
            conn.execute(...)

    If the backup fails, nothing runs (``BackupError``); storage failures during the work roll it back and
    raise a clear ``DatabaseError`` (disk full, read-only).
    """
    make_backup(db.path, f"pre-{reason}", settings)
    with db.transaction() as conn:
        yield conn
