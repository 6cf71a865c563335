"""Content: the material library (素材库) with how often each item was posted."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QTextBrowser

from core import plan
from core.db import Database
from ui.labels import label
from ui.pages.base import Page, hint_label, make_table, set_cell
from ui.pages.trash import TrashActions


def _load(progress, db: Database, text: str):
    with db.session() as s:
        return plan.content_items(s, text)


class ContentPage(Page):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(db, self.tr("Content library"), parent)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles and text…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        self.layout_.addLayout(bar)
        self.trash = TrashActions(self, "content_item", self.selected_ids, bar)
        self.table = make_table(
            [
                self.tr("Title"),
                self.tr("Category"),
                self.tr("Core"),
                self.tr("Format"),
                self.tr("Times posted"),
                self.tr("Last posted"),
            ]
        )
        self.preview = QTextBrowser()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setSizes([420, 160])
        self.layout_.addWidget(split, 1)
        self.empty = hint_label(self.tr("The library is empty. Content items you write or import will be listed here."))
        self.layout_.addWidget(self.empty)
        self.empty.hide()
        self._rows: list[plan.ContentRow] = []
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.table.currentCellChanged.connect(lambda row, *_: self._preview(row))
        self.table.itemSelectionChanged.connect(self.trash.selection_changed)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self._rows[r].id for r in rows if 0 <= r < len(self._rows)]

    def refresh(self) -> None:
        self.run(self.tr("Loading content"), _load, self._show, self.db, self.search.text())

    def _show(self, rows: list[plan.ContentRow]) -> None:
        self._rows = rows
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            set_cell(self.table, r, 0, c.title)
            set_cell(self.table, r, 1, label(c.category))
            set_cell(self.table, r, 2, label(c.core))
            set_cell(self.table, r, 3, label(c.format))
            set_cell(self.table, r, 4, str(c.uses), right=True)
            set_cell(self.table, r, 5, c.last_used.strftime("%Y-%m-%d") if c.last_used else "")
        self.count.setText(self.tr("%n item(s)", "", len(rows)))
        searching = bool(self.search.text().strip())
        self.empty.setVisible(not rows and not searching)
        self.preview.clear()

    def _preview(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.preview.setPlainText(self._rows[row].body)
