"""Content: the material library (素材库: posts, titles, FAQ/话术) with use count, best result and products."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core import content
from core.db import Database
from core.models import CONTENT_CATEGORIES, CONTENT_CORES, CONTENT_FORMATS, CONTENT_KINDS
from ui.dialogs.content_item import THUMB, ContentItemDialog, ProductsDialog, thumbnail
from ui.labels import core_label, label
from ui.pages.base import Page, hint_label, make_table, set_cell
from ui.pages.trash import TrashActions


def _load(progress, db: Database, text: str, filters: dict, rank: bool):
    with db.session() as s:
        return content.content_items(s, text, rank=rank, **filters), content.products(s)


def _save(progress, db: Database, data: content.ItemData) -> int:
    return content.save_item(db, data)


def _duplicate(progress, db: Database, ids: list[int]) -> list[int]:
    return [content.duplicate_item(db, i) for i in ids]


def _filter_combo(all_text: str, keys: tuple[str, ...], name=label) -> QComboBox:
    combo = QComboBox()
    combo.addItem(all_text, None)
    for k in keys:
        combo.addItem(name(k), k)
    return combo


class ContentPage(Page):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(db, self.tr("Content library"), parent)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, text and tags…"))
        self.search.setClearButtonEnabled(True)
        self.kind = _filter_combo(self.tr("All libraries"), CONTENT_KINDS)
        self.category = _filter_combo(self.tr("All categories"), CONTENT_CATEGORIES)
        self.core = _filter_combo(self.tr("All cores"), CONTENT_CORES, core_label)
        self.format = _filter_combo(self.tr("All formats"), CONTENT_FORMATS)
        self.product = QComboBox()
        self.product.addItem(self.tr("All products"), None)
        self.rank = QCheckBox(self.tr("Best results first"))
        self.count = QLabel()
        bar.addWidget(self.search, 1)
        for w in (self.kind, self.category, self.core, self.format, self.product, self.rank, self.count):
            bar.addWidget(w)
        self.layout_.addLayout(bar)
        actions = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("New item"))
        self.edit_btn = QPushButton(self.tr("Edit…"))
        self.duplicate_btn = QPushButton(self.tr("Duplicate"))
        self.product_btn = QPushButton(self.tr("Products…"))
        for w in (self.new_btn, self.edit_btn, self.duplicate_btn, self.product_btn):
            actions.addWidget(w)
        actions.addStretch(1)
        self.layout_.addLayout(actions)
        self.trash = TrashActions(self, "content_item", self.selected_ids, actions)
        self.table = make_table(
            [
                self.tr("Title"),
                self.tr("Library"),
                self.tr("Category"),
                self.tr("Core"),
                self.tr("Format"),
                self.tr("Times posted"),
                self.tr("Best result"),
                self.tr("Score"),
                self.tr("Last posted"),
            ]
        )
        self.preview = QTextBrowser()
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(THUMB, THUMB))
        self.thumbs.setFixedHeight(THUMB + 30)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.preview, 1)
        bottom_layout.addWidget(self.thumbs)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setSizes([420, 200])
        self.layout_.addWidget(split, 1)
        self.empty = hint_label(self.tr("The library is empty. Content items you write or import will be listed here."))
        self.layout_.addWidget(self.empty)
        self.empty.hide()
        self._rows: list[content.ContentRow] = []
        self._products: list[content.ProductRow] = []
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.kind, self.category, self.core, self.format, self.product):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.rank.toggled.connect(lambda _c: self.refresh())
        self.table.currentCellChanged.connect(lambda row, *_: self._preview(row))
        self.table.itemSelectionChanged.connect(self.trash.selection_changed)
        self.table.cellDoubleClicked.connect(lambda *_a: self.edit_item())
        self.new_btn.clicked.connect(lambda: self.edit_item(new=True))
        self.edit_btn.clicked.connect(lambda: self.edit_item())
        self.duplicate_btn.clicked.connect(self.duplicate)
        self.product_btn.clicked.connect(self.new_product)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self._rows[r].id for r in rows if 0 <= r < len(self._rows)]

    def filters(self) -> dict:
        return {
            "kind": self.kind.currentData(),
            "category": self.category.currentData(),
            "core": self.core.currentData(),
            "fmt": self.format.currentData(),
            "product_id": self.product.currentData(),
        }

    def refresh(self) -> None:
        self.run(
            self.tr("Loading content"),
            _load,
            self._show,
            self.db,
            self.search.text(),
            self.filters(),
            self.rank.isChecked(),
        )

    def _show(self, result) -> None:
        rows, products = result
        self._rows, self._products = rows, products
        if self.product.count() != len(products) + 1:
            self.product.blockSignals(True)
            self.product.clear()
            self.product.addItem(self.tr("All products"), None)
            for p in products:
                self.product.addItem(f"{p.name}（{label(p.role)}）", p.id)
            self.product.blockSignals(False)
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            set_cell(self.table, r, 0, c.title + ("  🖼" if c.images else ""))
            set_cell(self.table, r, 1, label(c.kind))
            set_cell(self.table, r, 2, label(c.category))
            set_cell(self.table, r, 3, core_label(c.core))
            set_cell(self.table, r, 4, label(c.format))
            set_cell(self.table, r, 5, str(c.uses), right=True)
            best = ""
            if c.best_orders or c.best_clicks:
                best = (
                    self.tr("%1 orders · %2 clicks")
                    .replace("%1", str(c.best_orders or 0))
                    .replace("%2", str(c.best_clicks or 0))
                )
            set_cell(self.table, r, 6, best)
            set_cell(self.table, r, 7, "" if c.avg_score is None else f"{c.avg_score:g}", right=True)
            set_cell(self.table, r, 8, c.last_used.strftime("%Y-%m-%d") if c.last_used else "")
        self.count.setText(self.tr("%n item(s)", "", len(rows)))
        filtering = bool(self.search.text().strip()) or any(v is not None for v in self.filters().values())
        self.empty.setVisible(not rows and not filtering)
        self.preview.clear()
        self.thumbs.clear()
        self.thumbs.hide()

    def _preview(self, row: int) -> None:
        self.thumbs.clear()
        if not 0 <= row < len(self._rows):
            return
        c = self._rows[row]
        self.preview.setPlainText(c.body if not c.tags else f"{c.body}\n\n# {c.tags}")
        for name in c.images:
            pix = thumbnail(content.image_path(self.db.path, name))
            item = QListWidgetItem(self.tr("missing") if pix is None else "")
            if pix is not None:
                item.setIcon(QIcon(pix))
            item.setToolTip(str(content.image_path(self.db.path, name)))
            self.thumbs.addItem(item)
        self.thumbs.setVisible(bool(c.images))

    def edit_item(self, new: bool = False) -> ContentItemDialog | None:
        ids = self.selected_ids()
        if new or not ids:
            data = content.ItemData(title="", kind=self.kind.currentData() or "post")
        else:
            with self.db.session() as s:
                data = content.load_item(s, ids[0])
        dialog = ContentItemDialog(self.db.path, data, self._products, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.run_change(self.tr("Saving the item"), _save, lambda _r: self.refresh(), self.db, dialog.data())
        return dialog

    def duplicate(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.run_change(self.tr("Duplicating"), _duplicate, lambda _r: self.refresh(), self.db, ids)

    def new_product(self) -> None:
        ProductsDialog(self.db, self).exec()
        self.data_changed.emit()
        self.refresh()
