"""Editing a library item (with its images and products) and the small product list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import content
from core.models import (
    CONTENT_CATEGORIES,
    CONTENT_CORES,
    CONTENT_FORMATS,
    CONTENT_KINDS,
    CONTENT_SOURCES,
    CONTENT_STATUSES,
    PRODUCT_ROLES,
)
from ui.labels import core_label, label

THUMB = 96


def thumbnail(path: Path, size: int = THUMB) -> QPixmap | None:
    """A small picture read at reduced size (a 20 MB photo is not decoded whole); None if missing or unreadable."""
    if not path.exists():
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and (full.width() > size or full.height() > size):
        reader.setScaledSize(full.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


def key_combo(keys: tuple[str, ...], current: str, name=label) -> QComboBox:
    combo = QComboBox()
    for k in keys:
        combo.addItem(name(k), k)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class ContentItemDialog(QDialog):
    """New or edited library item. Images are copied into the data folder when added (the original can go)."""

    def __init__(
        self,
        db_path: Path,
        data: content.ItemData,
        products: list[content.ProductRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.data_ = data
        self.setWindowTitle(self.tr("Edit content item") if data.id else self.tr("New content item"))
        form = QFormLayout()
        self.title = QLineEdit(data.title)
        self.body = QPlainTextEdit(data.body)
        self.body.setPlaceholderText(
            self.tr("Text of the post. {群名} {日期} {星期} {时间} are filled in when copied.")
        )
        self.body.setMinimumHeight(140)
        self.kind = key_combo(CONTENT_KINDS, data.kind)
        self.category = key_combo(CONTENT_CATEGORIES, data.category)
        self.core = key_combo(CONTENT_CORES, data.core, core_label)
        self.format = key_combo(CONTENT_FORMATS, data.format)
        self.source = key_combo(CONTENT_SOURCES, data.source)
        self.status = key_combo(CONTENT_STATUSES, data.status)
        self.tags = QLineEdit(data.tags)
        self.tags.setPlaceholderText(self.tr("target tags or segments, comma-separated, e.g. 宝妈, 新人"))
        self.products = QListWidget()
        self.products.setMaximumHeight(90)
        for p in products:
            item = QListWidgetItem(f"{p.name}（{label(p.role)}）")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in data.product_ids else Qt.CheckState.Unchecked)
            self.products.addItem(item)
        self.images = QListWidget()
        self.images.setViewMode(QListWidget.ViewMode.IconMode)
        self.images.setIconSize(QSize(THUMB, THUMB))
        self.images.setFixedHeight(THUMB + 40)
        self.images.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for name in data.images:
            self._add_thumb(name)
        add = QPushButton(self.tr("Add images…"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(self.add_images)
        remove.clicked.connect(lambda: [self.images.takeItem(self.images.row(i)) for i in self.images.selectedItems()])
        image_buttons = QHBoxLayout()
        image_buttons.addWidget(add)
        image_buttons.addWidget(remove)
        image_buttons.addStretch(1)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.body)
        kinds = QHBoxLayout()
        for w in (self.kind, self.category, self.core, self.format):
            kinds.addWidget(w)
        form.addRow(self.tr("Library, category, core, format"), kinds)
        more = QHBoxLayout()
        more.addWidget(self.source)
        more.addWidget(self.status)
        more.addStretch(1)
        form.addRow(self.tr("Source, status"), more)
        form.addRow(self.tr("Target"), self.tags)
        form.addRow(self.tr("Products"), self.products)
        form.addRow(self.tr("Images"), self.images)
        form.addRow("", image_buttons)
        self.error = QLabel()
        self.error.setStyleSheet("color: #D55E00;")
        self.error.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.resize(640, 0)

    def _add_thumb(self, name: str) -> None:
        pix = thumbnail(content.image_path(self.db_path, name))
        item = QListWidgetItem(self.tr("missing") if pix is None else "")
        if pix is not None:
            item.setIcon(QIcon(pix))
        item.setToolTip(name)
        item.setData(Qt.ItemDataRole.UserRole, name)
        self.images.addItem(item)

    def add_images(self, files: list[str] | None = None) -> list[str]:
        """Copy the chosen pictures into the data folder; problems (missing, too big) are shown, others added."""
        if files is None:
            files, _f = QFileDialog.getOpenFileNames(
                self, self.tr("Add images"), "", self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)")
            )
        errors = []
        added = []
        for f in files:
            try:
                name = content.import_image(self.db_path, Path(f))
            except (content.ContentError, OSError) as exc:
                errors.append(str(exc))
                continue
            added.append(name)
            self._add_thumb(name)
        self.error.setText("\n".join(errors))
        return added

    def accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("A content item needs a title."))
            return
        super().accept()

    def data(self) -> content.ItemData:
        products = [
            int(self.products.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.products.count())
            if self.products.item(i).checkState() == Qt.CheckState.Checked
        ]
        images = [self.images.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.images.count())]
        return content.ItemData(
            id=self.data_.id,
            title=self.title.text().strip(),
            body=self.body.toPlainText(),
            kind=self.kind.currentData(),
            category=self.category.currentData(),
            core=self.core.currentData(),
            format=self.format.currentData(),
            source=self.source.currentData(),
            status=self.status.currentData(),
            tags=self.tags.text(),
            images=images,
            product_ids=products,
        )


class ProductDialog(QDialog):
    """A product of the list items link to."""

    def __init__(self, product: content.ProductRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Product"))
        form = QFormLayout()
        self.name = QLineEdit(product.name if product else "")
        self.price = QDoubleSpinBox()
        self.price.setRange(0, 1_000_000)
        self.price.setDecimals(2)
        self.price.setPrefix("¥ ")
        self.price.setValue(product.price or 0 if product else 0)
        self.role = key_combo(PRODUCT_ROLES, product.role if product else "bestseller")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Price"), self.price)
        form.addRow(self.tr("Role"), self.role)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)

    def values(self) -> tuple[str, float | None, str]:
        return self.name.text().strip(), self.price.value() or None, self.role.currentData()


class ProductsDialog(QDialog):
    """The product list (选品: 爆款 / 热销 / 新品 / 秒杀): add, edit, remove. Changes are saved at once."""

    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Products"))
        self.list = QListWidget()
        add = QPushButton(self.tr("New…"))
        edit = QPushButton(self.tr("Edit…"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self.edit(None))
        edit.clicked.connect(lambda: self.edit(self.current()))
        remove.clicked.connect(self.remove)
        self.list.itemDoubleClicked.connect(lambda _i: self.edit(self.current()))
        buttons = QHBoxLayout()
        for b in (add, edit, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(420, 360)
        self.reload()

    def reload(self) -> None:
        with self.db.session() as s:
            self.rows = content.products(s)
        self.list.clear()
        for p in self.rows:
            price = "" if p.price is None else f"  ¥{p.price:g}"
            self.list.addItem(f"{p.name}（{label(p.role)}）{price}")

    def current(self) -> content.ProductRow | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def edit(self, product: content.ProductRow | None) -> None:
        dialog = ProductDialog(product, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, price, role = dialog.values()
            if name:  # small, indexed writes: done here, not in a worker
                content.save_product(self.db, name, price, role, product.id if product else None)
                self.reload()

    def remove(self) -> None:
        product = self.current()
        if product is not None:
            content.delete_product(self.db, product.id)
            self.reload()
