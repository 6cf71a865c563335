"""The main window: a thin frame with a sidebar of pages, a status bar and remembered geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from core.db import Database
from core.settings import AppPrefs
from ui import workers
from ui.dialogs.import_center import ImportCenter, dropped_file
from ui.pages.calendar import CalendarPage
from ui.pages.content import ContentPage
from ui.pages.dashboard import DashboardPage
from ui.pages.members import MembersPage
from ui.pages.recall import RecallPage
from ui.pages.settings import SettingsPage
from ui.pages.today import TodayPage
from ui.pages.trash import TrashPage


class MainWindow(QMainWindow):
    restore_requested = Signal(str)  # a backup file the user chose (and confirmed) to restore
    closed = Signal()

    def __init__(self, db: Database, prefs: AppPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.prefs = prefs
        self.setWindowTitle(self.tr("Qunzhu — community manager"))
        self.setMinimumSize(QSize(900, 600))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.pages = [
            (self.tr("Today"), TodayPage(db)),
            (self.tr("Members"), MembersPage(db)),
            (self.tr("Content"), ContentPage(db)),
            (self.tr("Calendar"), CalendarPage(db)),
            (self.tr("Recall"), RecallPage(db)),
            (self.tr("Dashboard"), DashboardPage(db)),
            (self.tr("Settings"), SettingsPage(db, prefs)),
            (self.tr("Trash"), TrashPage(db)),  # last: the pages before keep their place in saved preferences
        ]
        for title, page in self.pages:
            QListWidgetItem(title, self.sidebar)
            self.stack.addWidget(page)
            page.status_message.connect(self.show_status)
            page.job_started.connect(self.track_job)
            page.data_changed.connect(lambda source=page: self._data_changed(source))
            page.members_requested.connect(self.show_members)
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.page(SettingsPage).restore_requested.connect(self.restore_requested)

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
        self.db_label = QLabel(str(db.path))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)

        if prefs.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(prefs.window_geometry.encode("ascii")))
        else:
            self.resize(1200, 760)
        self.sidebar.setCurrentRow(min(max(prefs.last_page, 0), len(self.pages) - 1))
        self.import_center = None
        self.setAcceptDrops(True)  # drop an export anywhere on the window to import it
        self.page(MembersPage).import_requested.connect(self.open_import_center)

    def page(self, cls: type) -> QWidget:
        return next(p for _, p in self.pages if isinstance(p, cls))

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.pages[row][1].activate()

    def _data_changed(self, source: QWidget) -> None:
        for _title, page in self.pages:
            if page is not source:
                page.invalidate()

    def show_members(self, ids: list[int], caption: str) -> None:
        """Click-through from a chart or a list: the Members page showing just these members."""
        members = self.page(MembersPage)
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

        db = self.db
        job = workers.run_job(self.tr("Updating points and tiers"), lambda p: tiers.upkeep(db, progress=p), parent=self)
        self.track_job(job)
        job.finished.connect(self._invalidate_all)

    def _invalidate_all(self) -> None:
        for _title, page in self.pages:
            page.invalidate()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event)
        if path is not None:
            self.open_import_center(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_jobs()
        workers.wait_for_all(10000)
        self.prefs.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.prefs.last_page = self.sidebar.currentRow()
        self.prefs.save()
        super().closeEvent(event)
        self.closed.emit()
