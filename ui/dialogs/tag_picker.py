"""Choose tags (grouped by dimension) for a bulk action or a member, or a group to add or move members to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.db import Database
from core.members import filter_options
from ui.widgets.member_filter import swatch


class TagPicker(QDialog):
    def __init__(self, db: Database, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(360, 460)
        layout = QVBoxLayout(self)
        text = QLabel(prompt)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        layout.addWidget(self.tree, 1)
        with db.session() as s:
            options = filter_options(s)
        for _dim_id, name, colour, tags in options.dimensions:
            top = QTreeWidgetItem([name])
            top.setIcon(0, swatch(colour))
            for tag_id, tag in tags:
                child = QTreeWidgetItem([tag])
                child.setData(0, Qt.ItemDataRole.UserRole, tag_id)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.empty = QLabel(self.tr("There are no tags yet. Create them with “Manage tags…” on the Members page."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not options.dimensions)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).checkState(0) == Qt.CheckState.Checked:
                    out.append(top.child(j).data(0, Qt.ItemDataRole.UserRole))
        return out


class GroupPicker(QDialog):
    def __init__(self, db: Database, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(prompt)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.combo = QComboBox()
        with db.session() as s:
            for gid, name in filter_options(s).groups:
                self.combo.addItem(name, gid)
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.combo.count() > 0)
        layout.addWidget(buttons)

    def chosen(self) -> int | None:
        return self.combo.currentData()
