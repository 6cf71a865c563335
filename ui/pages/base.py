"""What every page shares: lazy first load, background queries through ``ui.workers``, status messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.db import Database
from ui import workers


class Page(QWidget):
    status_message = Signal(str)
    job_started = Signal(object)  # workers.Job
    data_changed = Signal()  # this page changed data other pages show (they reload when next shown)
    members_requested = Signal(list, str)  # click-through: show these member ids on the Members page, with a caption

    def __init__(self, db: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._loaded = False
        self._job: workers.Job | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 12)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setStyleSheet("#pageTitle { font-size: 20px; font-weight: bold; }")
        self.layout_.addWidget(heading)

    def activate(self) -> None:
        """Called when the page is shown; loads its data the first time."""
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        """Reload the page's data (subclasses)."""

    def invalidate(self) -> None:
        """Data changed elsewhere: reload now if shown, else when next shown."""
        self._loaded = False
        if self.isVisible():
            self.activate()

    def run_change(self, name: str, fn: Callable[..., Any], on_done: Callable[[Any], None], *args: Any) -> workers.Job:
        """Like ``run`` for work that changes data: failures are shown, other pages are told to reload."""
        job = workers.run_job(name, fn, *args, parent=self)
        job.succeeded.connect(on_done)
        job.succeeded.connect(lambda _r: self.data_changed.emit())
        job.failed.connect(lambda message, _t: QMessageBox.warning(self, name, message))
        self.job_started.emit(job)
        return job

    def run(self, name: str, fn: Callable[..., Any], on_done: Callable[[Any], None], *args: Any) -> workers.Job:
        """Run ``fn(progress, *args)`` in the background; ``on_done(result)`` runs on the UI thread."""
        if self._job is not None and self._job.running:
            self._job.cancel()
        job = workers.run_job(name, fn, *args, parent=self)
        # Only the newest job may update the page: an older one that finished anyway (it never looked at its
        # cancel flag) would otherwise overwrite newer results.
        job.succeeded.connect(lambda result: on_done(result) if job is self._job else None)
        self._job = job
        self.job_started.emit(job)
        return job


def hint_label(text: str) -> QLabel:
    """A centred, grey explanation for an empty view."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("color: #6B7280; font-size: 14px; padding: 24px;")
    return label


def make_table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def set_cell(table: QTableWidget, row: int, col: int, text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    table.setItem(row, col, item)
    return item
