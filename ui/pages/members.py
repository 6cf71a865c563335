"""Members: a lazy table of every member with instant search, fast at 100,000 rows."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView

from core.db import Database
from ui.dialogs.bulk_checkin import open_bulk_checkin
from ui.models.member_table import MemberTableModel
from ui.pages.base import Page
from ui.pages.trash import TrashActions


class MembersPage(Page):
    import_requested = Signal()  # the main window opens the import centre

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(db, self.tr("Members"), parent)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, alias, WeChat ID, phone or notes…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.import_btn = QPushButton(self.tr("Import chats or orders…"))
        self.import_btn.clicked.connect(self.import_requested)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.import_btn)
        self.checkin_btn = QPushButton(self.tr("Bulk check-in…"))
        self.checkin_btn.clicked.connect(lambda: open_bulk_checkin(self))
        bar.addWidget(self.checkin_btn)
        self.layout_.addLayout(bar)
        self.only_bar = QHBoxLayout()
        self.only_label = QLabel()
        self.only_label.setStyleSheet("QLabel { background: #E8F1F8; border-radius: 4px; padding: 3px 8px; }")
        self.only_clear = QPushButton(self.tr("Show all members"))
        self.only_clear.clicked.connect(lambda: self.show_member_ids(None, ""))
        self.only_bar.addWidget(self.only_label)
        self.only_bar.addWidget(self.only_clear)
        self.only_bar.addStretch(1)
        self.layout_.addLayout(self.only_bar)
        self.only_label.hide()
        self.only_clear.hide()
        self.trash = TrashActions(self, "member", self.selected_ids, bar)

        self.model = MemberTableModel(db, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.layout_.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.model.modelReset.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.trash.selection_changed())
        self.model.modelReset.connect(self.trash.selection_changed)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.member_id(r) for r in rows]

    def refresh(self) -> None:
        self.model.reload()
        widths = (150, 200, 60, 95, 80, 75, 95, 90, 160, 110)
        for col, width in enumerate(widths):
            self.table.setColumnWidth(col, width)

    def show_member_ids(self, ids: list[int] | None, caption: str) -> None:
        """Show only ``ids`` (a click-through from a chart or list), with a caption saying what they are."""
        self._loaded = True  # the model loads now; activate() must not load again
        self.model.set_only(ids)
        shown = ids is not None
        self.only_label.setText(self.tr("Showing: %1").replace("%1", caption))
        self.only_label.setVisible(shown)
        self.only_clear.setVisible(shown)

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.search.text().strip():
            self.count.setText(self.tr("%n member(s) found", "", n))
        else:
            self.count.setText(self.tr("%n member(s)", "", n))
