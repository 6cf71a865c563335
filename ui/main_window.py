"""The main window: a thin frame with a sidebar of pages, a status bar and remembered geometry."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.settings import AppPrefs
from ui import workers

if TYPE_CHECKING:
    from core.db import Database
    from ui.dialogs.import_center import ImportCenter

# The pages in sidebar order: (module, class). Imported when the database is open (``attach``), not before the
# window first shows: together with the database layer they are most of the start-up time.
PAGES = (
    ("ui.pages.today", "TodayPage"),
    ("ui.pages.members", "MembersPage"),
    ("ui.pages.content", "ContentPage"),
    ("ui.pages.calendar", "CalendarPage"),
    ("ui.pages.recall", "RecallPage"),
    ("ui.pages.dashboard", "DashboardPage"),
    ("ui.pages.settings", "SettingsPage"),
    ("ui.pages.trash", "TrashPage"),  # last: the pages before keep their place in saved preferences
)


def page_class(name: str) -> type:
    """A page class by its class name (``"MembersPage"``), importing its module if needed."""
    module = next(m for m, cls in PAGES if cls == name)
    return getattr(import_module(module), name)


class MainWindow(QMainWindow):
    restore_requested = Signal(str)  # a backup file the user chose (and confirmed) to restore
    closed = Signal()
    first_painted = Signal()  # once, when the window has been painted for the first time

    def __init__(
        self, db: Database | None, prefs: AppPrefs, parent: QWidget | None = None, db_path: Path | None = None
    ) -> None:
        """Without ``db`` the window shows at once with an "opening" notice; ``attach`` adds the pages later."""
        super().__init__(parent)
        self.db = db
        self.prefs = prefs
        self.setWindowTitle(self.tr("Qunzhu — community manager"))
        self.setMinimumSize(QSize(900, 600))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.pages: list[tuple[str, QWidget]] = []
        titles = (
            self.tr("Today"),
            self.tr("Members"),
            self.tr("Content"),
            self.tr("Calendar"),
            self.tr("Recall"),
            self.tr("Dashboard"),
            self.tr("Settings"),
            self.tr("Trash"),
        )
        for title in titles:
            QListWidgetItem(title, self.sidebar)
        self.opening = _OpeningNotice(self.tr("Opening %1…").replace("%1", str(db.path if db else db_path)))
        self.stack.addWidget(self.opening)
        self.sidebar.currentRowChanged.connect(self._show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(
            "#sidebar { border: none; background: #F3F4F6; font-size: 15px; padding-top: 8px; }"
            "#sidebar::item { padding: 10px 16px; }"
            "#sidebar::item:selected { background: #0072B2; color: white; }"
        )

        self.job_label = QLabel()
        self.job_progress = QProgressBar()
        self.job_progress.setMaximumWidth(180)
        self.job_progress.setRange(0, 1000)
        self.job_cancel = QPushButton(self.tr("Cancel"))
        self._jobs: list[workers.Job] = []
        for w in (self.job_label, self.job_progress, self.job_cancel):
            self.statusBar().addPermanentWidget(w)
            w.hide()
        self.job_cancel.clicked.connect(self.cancel_jobs)
        self.db_label = QLabel(str(db.path if db else db_path or ""))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)

        if prefs.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(prefs.window_geometry.encode("ascii")))
        else:
            self.resize(1200, 760)
        self.sidebar.setCurrentRow(min(max(prefs.last_page, 0), len(titles) - 1))
        self.import_center: ImportCenter | None = None
        self.setAcceptDrops(True)  # drop an export anywhere on the window to import it
        self._painted = False
        if db is not None:
            self.attach(db)

    def attach(self, db: Database) -> None:
        """Build the pages over the open database and show the page the user was on last time."""
        self.db = db
        self.db_label.setText(str(db.path))
        for (module, name), title in zip(PAGES, (self.sidebar.item(i).text() for i in range(len(PAGES))), strict=True):
            cls = getattr(import_module(module), name)
            page = cls(db, self.prefs) if name == "SettingsPage" else cls(db)
            self.pages.append((title, page))
            self.stack.addWidget(page)
            page.status_message.connect(self.show_status)
            page.job_started.connect(self.track_job)
            page.data_changed.connect(lambda source=page: self._data_changed(source))
            page.members_requested.connect(self.show_members)
        self.page(page_class("SettingsPage")).restore_requested.connect(self.restore_requested)
        self.page(page_class("MembersPage")).import_requested.connect(self.open_import_center)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self._show_page(self.sidebar.currentRow())

    def page(self, cls: type) -> QWidget:
        return next(p for _, p in self.pages if isinstance(p, cls))

    def _show_page(self, row: int) -> None:
        if not self.pages:  # still opening: the row is remembered by the sidebar
            return
        self.stack.setCurrentIndex(row)
        self.pages[row][1].activate()

    def _data_changed(self, source: QWidget) -> None:
        for _title, page in self.pages:
            if page is not source:
                page.invalidate()

    def show_members(self, ids: list[int], caption: str) -> None:
        """Click-through from a chart or a list: the Members page showing just these members."""
        members = self.page(page_class("MembersPage"))
        self.sidebar.setCurrentRow(self.stack.indexOf(members))
        members.show_member_ids(ids, caption)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- background jobs in the status bar
    def track_job(self, job: workers.Job) -> None:
        self._jobs.append(job)
        self.job_label.setText(job.name)
        self.job_progress.setValue(0)
        for w in (self.job_label, self.job_progress, self.job_cancel):
            w.show()
        job.progressed.connect(self._job_progress)
        job.finished.connect(lambda j=job: self._job_finished(j))
        job.failed.connect(
            lambda message, _trace, j=job: self.show_status(
                self.tr("%1 failed: %2").replace("%1", j.name).replace("%2", message)
            )
        )

    def _job_progress(self, fraction: float, message: str) -> None:
        self.job_progress.setValue(int(fraction * 1000))

    def _job_finished(self, job: workers.Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        if not self._jobs:
            for w in (self.job_label, self.job_progress, self.job_cancel):
                w.hide()

    def cancel_jobs(self) -> None:
        for job in self._jobs:
            job.cancel()
        for _title, page in self.pages:
            if page._job is not None:
                page._job.cancel()

    # -- imports
    def open_import_center(self, path: Path | None = None) -> ImportCenter:
        from ui.dialogs.import_center import ImportCenter

        if self.import_center is None:
            self.import_center = ImportCenter(self.db, self)
            self.import_center.imported.connect(self._imported)
        if path is not None:
            self.import_center.tabs.setCurrentIndex(0)
            self.import_center.open_file(Path(path))
        self.import_center.show()
        return self.import_center

    def _imported(self) -> None:
        from core import tiers
        from core.db import retry_when_busy

        db = self.db
        job = workers.run_job(
            self.tr("Updating points and tiers"),
            lambda p: retry_when_busy(tiers.upkeep, db, progress=p),
            parent=self,
        )
        self.track_job(job)
        job.finished.connect(self._invalidate_all)

    def _invalidate_all(self) -> None:
        for _title, page in self.pages:
            page.invalidate()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.db is not None and _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is not None and self.db is not None:
            self.open_import_center(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_jobs()
        workers.wait_for_all(10000)
        self.prefs.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.prefs.last_page = self.sidebar.currentRow()
        self.prefs.save()
        super().closeEvent(event)
        self.closed.emit()


def _dropped_file(event) -> Path | None:
    from ui.dialogs.import_center import dropped_file

    return dropped_file(event)


class _OpeningNotice(QWidget):
    """What the window shows while the database opens: the file's name and a busy bar."""

    def __init__(self, text: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet("color: #555; font-size: 15px;")
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy
        bar.setMaximumWidth(240)
        bar.setTextVisible(False)
        layout.addWidget(label)
        layout.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
