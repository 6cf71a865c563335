"""One open database in the GUI: opening (or recovering) it, the main window, backups while open and on close,
and replacing the data with a backup (restore), which reopens the window.

The work is done by ``core.backup`` and ``core.recovery``; this module only asks the user and shows progress.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from core.settings import AppPrefs
from ui import workers
from ui.errors import translate_error

if TYPE_CHECKING:  # the database layer is imported on a worker while the window first shows (see ``start``)
    from core.db import Database

log = logging.getLogger(__name__)

CHECK_BACKUP_EVERY_MS = 10 * 60 * 1000  # how often the timer asks core whether a periodic backup is due
# quick_check reads the whole file (~150 MB/s here): up to this size it runs before the window opens (≤ 0.2 s);
# a bigger database is checked in the background once the window shows, keeping start-up fast.
CHECK_BEFORE_START_BYTES = 32 * 1024 * 1024


class Session(QObject):
    """Owns the ``Database`` and the ``MainWindow`` for one database path.

    The app does not quit when its last window closes (dialogs come and go while the window is swapped after a
    restore); it quits on ``closed``, emitted when the user closes the main window.
    """

    closed = Signal()
    ready = Signal()  # after ``start``: the database is open and the pages are in the window

    def __init__(self, db_path: Path, prefs: AppPrefs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.prefs = prefs
        self.db: Database | None = None
        self.window = None
        self.check_job: workers.Job | None = None
        self.checked = False  # quick_check already ran before opening
        self.exit_code: int | None = None  # set when the session ended before the window was usable
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_BACKUP_EVERY_MS)
        self.timer.timeout.connect(self.backup_if_due)

    # -- opening -------------------------------------------------------------------------------------
    def start(self, when_empty: Callable[[Database], bool] | None = None) -> None:
        """Show the main window at once, open the database behind it, then fill the window.

        Importing the database layer and the pages, checking and (rarely) migrating the database take seconds:
        they run on a worker while the window shows "Opening …". ``when_empty(db)`` is asked on an empty
        database (the first-run offer); False quits. ``ready`` is emitted when the pages are in place; a failure
        is explained and ends the session (``exit_code`` 1).
        """
        from ui.main_window import MainWindow

        self.window = MainWindow(None, self.prefs, db_path=self.db_path)
        self.window.restore_requested.connect(self.restore)
        self.window.closed.connect(self.closed)
        started: list[workers.Job] = []

        def begin() -> None:
            if started:
                return
            job = workers.run_job(self.tr("Opening the database"), _open_in_background, self.db_path, parent=self)
            job.succeeded.connect(lambda outcome: self._opened(outcome, when_empty))
            job.failed.connect(lambda message, _trace: self._give_up(message))
            started.append(job)

        # The worker starts once the window is on screen: its imports would otherwise compete with the first
        # paint for the interpreter. The timer covers a window that is not painted (e.g. started minimised).
        self.window.first_painted.connect(begin)
        QTimer.singleShot(300, self, begin)
        self.window.show()

    def _opened(self, outcome: _Opened, when_empty: Callable[[Database], bool] | None) -> None:
        if outcome.error is not None:
            if not self._recover_from(outcome.error):
                self._end(1)
                return
            from core import stats

            empty = stats.is_empty(self.db)  # a restored backup, or the new empty database the user chose
        else:
            self.db, self.checked, empty = outcome.db, outcome.checked, outcome.empty
        if empty and when_empty is not None and not when_empty(self.db):
            self._end(0)
            return
        self.window.attach(self.db)
        self._after_show()
        self.ready.emit()

    def _give_up(self, message: str) -> None:
        QMessageBox.critical(self.window, self.tr("Cannot open the database"), message)
        self._end(1)

    def _end(self, code: int) -> None:
        """Opening did not lead to a usable window: close it (and the database) and end with ``code``."""
        self.exit_code = code
        if self.db is not None:
            self.db.close()
            self.db = None
        if self.window is not None:
            self.window.close()  # emits closed: the app quits

    def open(self) -> bool:
        """Open the database; if it is damaged, explain and offer the newest good backup. False: do not start."""
        from core.db import DatabaseError

        self.checked = False
        try:
            self.db, self.checked = _open(self.db_path)
            return True
        except DatabaseError as exc:
            return self._recover_from(exc)

    def _recover_from(self, exc: Exception) -> bool:
        """Opening failed with ``exc``: explain it; for a damaged file offer a backup. True: the database is open."""
        from core.db import DamagedDatabaseError, DatabaseError, NotADatabaseError, open_database

        if not isinstance(exc, NotADatabaseError | DamagedDatabaseError):
            QMessageBox.critical(self.window, self.tr("Cannot open the database"), translate_error(str(exc)))
            return False
        if not self.offer_recovery(translate_error(str(exc))):
            return False
        self.checked = True  # just restored from a checked backup
        try:
            self.db = open_database(self.db_path)
            return True
        except DatabaseError as exc:
            QMessageBox.critical(self.window, self.tr("Cannot open the database"), translate_error(str(exc)))
            return False

    def offer_recovery(self, problem: str) -> bool:
        """Explain that the database is damaged and offer to restore the newest good backup.

        The damaged file is never deleted: it is renamed with the date and time. Returns True when the
        database was replaced (by a backup, or by a new empty one), False when the user chose to quit.
        """
        from core import backup, recovery

        good = self._busy(self.tr("Looking for a good backup…"), recovery.newest_good_backup, self.db_path)
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The database is damaged"))
        box.setText(self.tr("Qunzhu cannot use the database %1: it is damaged.").replace("%1", str(self.db_path)))
        if isinstance(good, backup.BackupDetails):
            info = next((b for b in backup.list_backups(self.db_path) if b.path == good.path), None)
            when = info.created.strftime("%Y-%m-%d %H:%M") if info else good.path.name
            box.setInformativeText(
                self.tr(
                    "Qunzhu can put the damaged file aside (it is renamed, not deleted) and restore the newest good "
                    "backup, from %1, with %2 members. Changes made after that backup are not in it."
                )
                .replace("%1", when)
                .replace("%2", str(good.members))
            )
            go = box.addButton(self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setInformativeText(
                self.tr(
                    "There is no good backup of it. Qunzhu can put the damaged file aside (it is renamed, not "
                    "deleted) and start with an empty database, or quit and leave everything as it is."
                )
            )
            go = box.addButton(self.tr("Start with an empty database"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        box.setDetailedText(problem)
        box.exec()
        if box.clickedButton() is not go:
            return False
        result = self._busy(self.tr("Restoring the backup…"), recovery.recover, self.db_path)
        if isinstance(result, _JobError):
            QMessageBox.critical(None, self.tr("Restore failed"), str(result))
            return False
        moved = str(result.moved_aside) if result.moved_aside else "—"
        QMessageBox.information(
            None,
            self.tr("Database restored") if result.restored_from else self.tr("New database"),
            self.tr("The damaged file was kept as:\n%1").replace("%1", moved),
        )
        return True

    def show_window(self) -> None:
        from ui.main_window import MainWindow

        old = self.window
        self.window = MainWindow(self.db, self.prefs)
        self.window.restore_requested.connect(self.restore)
        self.window.closed.connect(self.closed)
        self.window.show()
        if old is not None:
            old.closed.disconnect(self.closed)
            old.close()
            old.deleteLater()
        self._after_show()

    def _after_show(self) -> None:
        self.timer.start()
        if self.checked:
            self.purge_trash()
            self.upkeep()
        else:
            self.start_quick_check()

    # -- while open ----------------------------------------------------------------------------------
    def start_quick_check(self) -> None:
        """SQLite's quick_check in the background (seconds on a big database, so not before the window shows)."""
        job = workers.run_job(self.tr("Checking the database"), _quick_check, self.db_path, parent=self)
        job.succeeded.connect(self._quick_check_done)
        self.check_job = job

    def purge_trash(self) -> workers.Job:
        """Delete for good what has been in the trash for 30 days (a backup first; nothing to do most days)."""
        from core import trash
        from core.db import retry_when_busy

        db = self.db
        job = workers.run_job(
            self.tr("Emptying old trash"), lambda _p: retry_when_busy(trash.purge_expired, db), parent=self
        )
        job.failed.connect(lambda message, _t: self.window and self.window.show_status(message))
        return job

    def upkeep(self) -> workers.Job:
        """Expired points written off and tiers recomputed (quick: only what changed since the last run)."""
        from core import tiers
        from core.db import retry_when_busy

        db = self.db
        job = workers.run_job(
            self.tr("Updating points and tiers"),
            lambda p: retry_when_busy(tiers.upkeep, db, progress=p),
            parent=self,
        )
        job.failed.connect(lambda message, _t: self.window and self.window.show_status(message))
        return job

    def _quick_check_done(self, problems: list[str]) -> None:
        if not problems:
            self.purge_trash()
            self.upkeep()
            return
        log.error("quick_check failed: %s", problems[:5])
        self._replace(lambda: self.offer_recovery("\n".join(problems[:20])))

    def backup_if_due(self) -> workers.Job | None:
        from core import backup

        settings = self.prefs.backup_settings()
        if not backup.backup_due(self.db_path, settings):
            return None
        job = workers.run_job(
            self.tr("Backing up"), lambda _p: backup.make_backup(self.db_path, "auto", settings), parent=self
        )
        if self.window is not None:
            self.window.track_job(job)
            job.succeeded.connect(lambda path: self.window and self.window.show_status(self.tr("Backup written.")))
        return job

    def restore(self, source: str) -> None:
        """Replace the data with the backup ``source`` (the user has confirmed), then reopen the window."""
        self._replace(lambda: self._restore_file(Path(source)))

    def _restore_file(self, source: Path) -> bool:
        from core import recovery

        result = self._busy(
            self.tr("Restoring the backup…"),
            recovery.restore,
            self.db_path,
            source,
            self.prefs.backup_settings(),
        )
        if isinstance(result, _JobError):
            QMessageBox.critical(self.window, self.tr("Restore failed"), str(result))
            return True  # the database is unchanged: reopen it as it was
        QMessageBox.information(
            self.window,
            self.tr("Backup restored"),
            self.tr("The backup was restored. The data as it was before is kept in the backup:\n%1").replace(
                "%1", str(result.safety_backup or "—")
            ),
        )
        return True

    def _replace(self, swap: Callable[[], bool]) -> None:
        """Close the database, let ``swap`` replace the file, then open it again in a new window."""
        self.timer.stop()
        if self.window is not None:
            self.window.hide()
            self.window.cancel_jobs()
        workers.wait_for_all(30000)
        if self.db is not None:
            self.db.close()
            self.db = None
        if not swap() or not self.open():
            self.closed.emit()
            return
        self.show_window()

    # -- closing -------------------------------------------------------------------------------------
    def close(self) -> None:
        """After the window closed: a backup if anything changed since the last one, then close the database."""
        self.timer.stop()
        workers.wait_for_all(30000)
        if self.db is None:
            return
        from core import backup

        self.db.close()
        self.db = None
        result = self._busy(
            self.tr("Backing up before closing…"),
            backup.backup_on_close,
            self.db_path,
            self.prefs.backup_settings(),
        )
        if isinstance(result, _JobError):
            QMessageBox.warning(None, self.tr("Backup failed"), str(result))

    # -- helpers -------------------------------------------------------------------------------------
    def _busy(self, text: str, fn: Callable[..., Any], *args: Any) -> Any:
        """Run ``fn(*args)`` off the UI thread behind a modal busy dialog; returns its result or its exception."""
        dialog = QProgressDialog(text, "", 0, 0, self.window if isinstance(self.window, QWidget) else None)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(500)
        outcome: dict[str, Any] = {}
        job = workers.run_job(text, lambda _p: fn(*args), parent=self)
        job.succeeded.connect(lambda value: outcome.setdefault("value", value))
        job.failed.connect(lambda message, _t: outcome.setdefault("error", _JobError(message)))
        loop = QEventLoop()
        job.finished.connect(loop.quit)
        if job.running:
            loop.exec()
        dialog.close()
        return outcome.get("error", outcome.get("value"))


class _JobError(Exception):
    pass


def _quick_check(_progress, db_path: Path) -> list[str]:
    from core import recovery

    return recovery.quick_problems(db_path)


def _open(db_path: Path) -> tuple[Database, bool]:
    """Open the database, running SQLite's quick_check first when the file is small; (db, whether checked)."""
    from core import recovery
    from core.db import DamagedDatabaseError, open_database

    checked = False
    if db_path.exists() and db_path.stat().st_size <= CHECK_BEFORE_START_BYTES:
        problems = recovery.quick_problems(db_path)
        checked = True
        if problems:
            raise DamagedDatabaseError(db_path, problems[0])
    return open_database(db_path), checked


@dataclass
class _Opened:
    db: Database | None = None
    checked: bool = False
    empty: bool = False
    error: Exception | None = None  # a DatabaseError: explained (and maybe recovered) on the UI thread


def _open_in_background(_progress, db_path: Path) -> _Opened:
    """``Session.start``'s worker: open the database and import the pages' modules while the window shows."""
    from core import stats
    from core.db import DatabaseError
    from ui.main_window import PAGES

    try:
        db, checked = _open(db_path)
    except DatabaseError as exc:
        return _Opened(error=exc)
    try:
        empty = stats.is_empty(db)
        for module, _name in PAGES:  # module imports only: widgets are made on the UI thread (attach)
            import_module(module)
    except BaseException:
        db.close()
        raise
    return _Opened(db=db, checked=checked, empty=empty)
