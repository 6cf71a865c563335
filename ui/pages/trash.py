"""Trash: deleted members, content items and calendar entries; restore them, empty the trash, undo.

``TrashActions`` is the "Move to trash" and "Undo" pair the Members, Content and Calendar pages put in their bars.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton

from core import trash
from core.db import Database
from ui.pages.base import Page, hint_label, make_table, set_cell


def _load(_progress, db: Database, kind: str):
    with db.session() as s:
        return trash.trash_rows(s, kind), trash.trash_counts(s), trash.last_action(s)


class UndoLabel(QObject):
    """The label of an Undo button for the last bulk change (shared by the pages that offer it)."""

    def text(self, action: trash.Action | None) -> str:
        if action is None:
            return self.tr("Undo")
        if action.kind == "trash":
            return self.tr("Undo: %n moved to the trash", "", action.rows)
        if action.kind == "tags-add":
            return self.tr("Undo: tags added to %n member(s)", "", action.rows)
        if action.kind == "tags-remove":
            return self.tr("Undo: %n tag(s) removed", "", action.rows)
        if action.kind == "groups":
            return self.tr("Undo: %n member(s) regrouped", "", action.rows)
        if action.kind == "merge":
            return self.tr("Undo: merge of two members")
        return self.tr("Undo: %n edited", "", action.rows)


def undo_text(action: trash.Action | None) -> str:
    return UndoLabel().text(action)


class TrashPage(Page):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(db, self.tr("Trash"), parent)
        self.kinds = (
            ("member", self.tr("Members")),
            ("content_item", self.tr("Content items")),
            ("plan_entry", self.tr("Calendar entries")),
        )
        bar = QHBoxLayout()
        self.kind = QComboBox()
        for key, text in self.kinds:
            self.kind.addItem(text, key)
        self.restore_btn = QPushButton(self.tr("Restore selected"))
        self.delete_btn = QPushButton(self.tr("Delete selected for good…"))
        self.empty_btn = QPushButton(self.tr("Empty the trash…"))
        self.undo_btn = QPushButton(self.tr("Undo"))
        bar.addWidget(self.kind)
        for w in (self.restore_btn, self.delete_btn, self.empty_btn):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.undo_btn)
        self.layout_.addLayout(bar)
        self.note = QLabel(
            self.tr(
                "Deleted items stay here for %1 days, then are deleted for good (a backup is taken first)."
            ).replace("%1", str(trash.TRASH_DAYS))
        )
        self.note.setStyleSheet("color: #6B7280;")
        self.layout_.addWidget(self.note)
        self.table = make_table([self.tr("Name"), self.tr("Deleted"), self.tr("Days left")])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.layout_.addWidget(self.table, 1)
        self.empty = hint_label(self.tr("The trash is empty."))
        self.layout_.addWidget(self.empty, 1)
        self.empty.hide()
        self._rows: list[trash.TrashRow] = []
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.restore_btn.clicked.connect(self.restore_selected)
        self.delete_btn.clicked.connect(self.delete_selected)
        self.empty_btn.clicked.connect(self.empty_trash)
        self.undo_btn.clicked.connect(self.undo)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def current_kind(self) -> str:
        return self.kind.currentData()

    def refresh(self) -> None:
        self.run(self.tr("Loading the trash"), _load, self._show, self.db, self.current_kind())

    def invalidate(self) -> None:
        self._loaded = False
        if self.isVisible():
            self.activate()

    def _show(self, result) -> None:
        rows, counts, action = result
        self._rows = rows
        now = datetime.now()
        for i, (key, text) in enumerate(self.kinds):
            self.kind.setItemText(i, f"{text} ({counts.get(key, 0)})")
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            set_cell(self.table, r, 0, row.name)
            set_cell(self.table, r, 1, row.deleted_at.strftime("%Y-%m-%d %H:%M"))
            set_cell(self.table, r, 2, str(row.days_left(now)), right=True)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.undo_btn.setText(undo_text(action))
        self.undo_btn.setEnabled(action is not None)
        self.empty_btn.setEnabled(any(counts.values()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.selected_ids())
        self.restore_btn.setEnabled(selected)
        self.delete_btn.setEnabled(selected)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self._rows[r].id for r in rows if 0 <= r < len(self._rows)]

    def _changed(self, message: str) -> None:
        self.status_message.emit(message)
        self.refresh()

    def restore_selected(self) -> None:
        ids, kind = self.selected_ids(), self.current_kind()
        self.run_change(
            self.tr("Restoring"),
            lambda _p: trash.restore_from_trash(self.db, kind, ids),
            lambda n: self._changed(self.tr("%n restored from the trash.", "", n)),
        )

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete for good"), text)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        ids, kind = self.selected_ids(), self.current_kind()
        if not ids or not self._confirm(
            self.tr("Delete %n item(s) for good? A backup is taken first; this cannot be undone here.", "", len(ids))
        ):
            return
        self.run_change(
            self.tr("Deleting"),
            lambda _p: trash.empty_trash(self.db, kind, ids=ids),
            lambda n: self._changed(self.tr("%n deleted for good.", "", n)),
        )

    def empty_trash(self) -> None:
        if not self._confirm(self.tr("Empty the whole trash? A backup is taken first; this cannot be undone here.")):
            return
        self.run_change(
            self.tr("Emptying the trash"),
            lambda _p: trash.empty_trash(self.db),
            lambda n: self._changed(self.tr("%n deleted for good.", "", n)),
        )

    def undo(self) -> None:
        self.run_change(
            self.tr("Undo"),
            lambda _p: trash.undo_last(self.db),
            lambda action: self._changed(self.tr("Undone.") if action else self.tr("Nothing to undo.")),
        )


class TrashActions(QObject):
    """ "Move to trash" and "Undo" buttons for a page with a selection of ``kind`` rows."""

    def __init__(self, page: Page, kind: str, selected_ids: Callable[[], list[int]], bar: QHBoxLayout) -> None:
        super().__init__(page)
        self.page, self.kind, self.selected_ids = page, kind, selected_ids
        self.delete_btn = QPushButton(self.tr("Move to trash"))
        self.undo_btn = QPushButton(self.tr("Undo"))
        self.delete_btn.setEnabled(False)
        bar.addWidget(self.delete_btn)
        bar.addWidget(self.undo_btn)
        self.delete_btn.clicked.connect(self.move_to_trash)
        self.undo_btn.clicked.connect(self.undo)
        self.update_undo()

    def selection_changed(self) -> None:
        self.delete_btn.setEnabled(bool(self.selected_ids()))

    def update_undo(self) -> None:
        with self.page.db.session() as s:  # one indexed row: instant
            action = trash.last_action(s)
        self.undo_btn.setText(undo_text(action))
        self.undo_btn.setEnabled(action is not None)

    def move_to_trash(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.delete_btn.setEnabled(False)
        self.page.run_change(
            self.tr("Moving to the trash"),
            lambda _p: trash.move_to_trash(self.page.db, self.kind, ids),
            self._done,
        )

    def undo(self) -> None:
        self.page.run_change(self.tr("Undo"), lambda _p: trash.undo_last(self.page.db), self._undone)

    def _done(self, n: int) -> None:
        self.page.status_message.emit(self.tr("%n moved to the trash. Undo or restore from the Trash page.", "", n))
        self.page.refresh()
        self.update_undo()

    def _undone(self, action) -> None:
        self.page.status_message.emit(self.tr("Undone.") if action else self.tr("Nothing to undo."))
        self.page.refresh()
        self.update_undo()
