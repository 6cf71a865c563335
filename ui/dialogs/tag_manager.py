"""Manage tags (标签管理): dimensions and their tags with counts and colours, and the automatic tag rules.

``TagManagerDialog(db, parent)`` is opened from the Members page ("Manage tags…"); it emits ``tags_changed``
whenever it changed tags or members' tags, so the page can reload. Edits are small single statements and run
at once; applying rules (which touches up to every member) runs on a worker (see ``ui.dialogs.tag_rules``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import tags as tags_mod
from core.chartstyle import PALETTE
from core.db import Database
from core.tag_rules import RuleError
from core.tags import TagError

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PALETTE_NAMES = (
    QT_TRANSLATE_NOOP("TagManager", "Blue"),
    QT_TRANSLATE_NOOP("TagManager", "Orange"),
    QT_TRANSLATE_NOOP("TagManager", "Green"),
    QT_TRANSLATE_NOOP("TagManager", "Vermilion"),
    QT_TRANSLATE_NOOP("TagManager", "Purple"),
    QT_TRANSLATE_NOOP("TagManager", "Sky blue"),
    QT_TRANSLATE_NOOP("TagManager", "Yellow"),
    QT_TRANSLATE_NOOP("TagManager", "Black"),
)


def swatch(colour: str, size: int = 14) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(0, 0, 0, 60))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pix)


def error_text(exc: Exception) -> str:
    """A ``TagError`` or ``RuleError`` in the user's language."""
    d = getattr(exc, "details", {}) or {}
    texts = {
        "empty_name": QCoreApplication.translate("TagManager", "Please enter a name."),
        "long_name": QCoreApplication.translate("TagManager", "A name can have at most %1 characters.").replace(
            "%1", str(d.get("limit", ""))
        ),
        "bad_colour": QCoreApplication.translate("TagManager", "That is not a colour."),
        "dimension_exists": QCoreApplication.translate(
            "TagManager", "There is already a dimension named “%1”."
        ).replace("%1", str(d.get("name", ""))),
        "tag_exists": QCoreApplication.translate("TagManager", "“%1” already has a tag named “%2”.")
        .replace("%1", str(d.get("dimension", "")))
        .replace("%2", str(d.get("name", ""))),
        "tag_exists_merge": QCoreApplication.translate(
            "TagManager", "“%1” already has a tag named “%2”: merge the two tags instead."
        )
        .replace("%1", str(d.get("dimension", "")))
        .replace("%2", str(d.get("name", ""))),
        "same_tag": QCoreApplication.translate("TagManager", "A tag cannot be merged into itself."),
        "same_dimension": QCoreApplication.translate("TagManager", "A dimension cannot be merged into itself."),
        "no_tag": QCoreApplication.translate("TagManager", "Choose the tag the rule gives."),
        "no_dimension": QCoreApplication.translate("TagManager", "That dimension no longer exists."),
        "rule_exists": QCoreApplication.translate("TagManager", "There is already a rule named “%1”.").replace(
            "%1", str(d.get("name", ""))
        ),
        "bad_number": QCoreApplication.translate("TagManager", "Please enter a number."),
        "too_small": QCoreApplication.translate("TagManager", "The number must be at least %1.").replace(
            "%1", str(d.get("low", ""))
        ),
        "no_channel": QCoreApplication.translate("TagManager", "Choose the channel members joined through."),
        "no_keywords": QCoreApplication.translate("TagManager", "Enter at least one keyword."),
        "no_group": QCoreApplication.translate("TagManager", "Choose a group."),
        "no_field": QCoreApplication.translate("TagManager", "Choose a custom field."),
        "no_value": QCoreApplication.translate("TagManager", "Enter the value to look for."),
    }
    code = getattr(exc, "code", "")
    return texts.get(code, str(exc))


class TagTreeTab(QWidget):
    """Dimensions and tags as a tree: name with colour swatch, members; buttons to change them."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QHBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Dimension / tag"), self.tr("Members")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.rename())
        layout.addWidget(self.tree, 1)
        side = QVBoxLayout()
        self.new_dimension_button = self._button(side, self.tr("New dimension…"), self.new_dimension)
        self.new_tag_button = self._button(side, self.tr("New tag…"), self.new_tag)
        self.rename_button = self._button(side, self.tr("Rename…"), self.rename)
        self.colour_button = QToolButton()
        self.colour_button.setText(self.tr("Colour"))
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.colour_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.colour_button.setSizePolicy(self.rename_button.sizePolicy())
        self.colour_menu = QMenu(self)
        self.colour_menu.aboutToShow.connect(self._fill_colour_menu)
        self.colour_button.setMenu(self.colour_menu)
        side.addWidget(self.colour_button)
        self.merge_button = self._button(side, self.tr("Merge into…"), self.merge)
        self.move_button = self._button(side, self.tr("Move to dimension…"), self.move)
        self.up_button = self._button(side, self.tr("Move up"), lambda: self.reorder(-1))
        self.down_button = self._button(side, self.tr("Move down"), lambda: self.reorder(1))
        self.delete_button = self._button(side, self.tr("Delete…"), self.delete)
        side.addStretch(1)
        layout.addLayout(side)
        self.tree_data: list[tags_mod.DimensionInfo] = []
        self.reload()

    def _button(self, layout: QVBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- data
    def reload(self, select: tuple[str, int] | None = None) -> None:
        current = select or self.selected()
        with self.db.session() as s:
            self.tree_data = tags_mod.tag_tree(s)
        self.tree.clear()
        chosen = None
        for dim in self.tree_data:
            top = QTreeWidgetItem([dim.name, self.tr("%n tag(s)", "", len(dim.tags))])
            top.setIcon(0, swatch(dim.color))
            top.setData(0, KIND_ROLE, "dimension")
            top.setData(0, ID_ROLE, dim.id)
            top.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            if current == ("dimension", dim.id):
                chosen = top
            for tag in dim.tags:
                child = QTreeWidgetItem([tag.name, f"{tag.members:,}"])
                child.setIcon(0, swatch(tag.color))
                child.setData(0, KIND_ROLE, "tag")
                child.setData(0, ID_ROLE, tag.id)
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                top.addChild(child)
                if current == ("tag", tag.id):
                    chosen = child
        self.tree.expandAll()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._update_buttons()

    def selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        return item.data(0, KIND_ROLE), int(item.data(0, ID_ROLE))

    def _dimension(self, did: int) -> tags_mod.DimensionInfo | None:
        return next((d for d in self.tree_data if d.id == did), None)

    def _tag(self, tid: int) -> tags_mod.TagInfo | None:
        return next((t for d in self.tree_data for t in d.tags if t.id == tid), None)

    def _update_buttons(self) -> None:
        sel = self.selected()
        is_tag = sel is not None and sel[0] == "tag"
        for b in (self.rename_button, self.colour_button, self.merge_button, self.delete_button):
            b.setEnabled(sel is not None)
        self.up_button.setEnabled(sel is not None)
        self.down_button.setEnabled(sel is not None)
        self.move_button.setEnabled(is_tag)
        self.new_tag_button.setEnabled(bool(self.tree_data))

    def _change(self, fn, *args, select: tuple[str, int] | None = None):
        """Run one change in a transaction; errors are shown in the user's language. Returns fn's result."""
        try:
            with self.db.transaction() as conn:
                result = fn(conn, *args)
        except (TagError, RuleError) as exc:
            QMessageBox.warning(self, self.tr("Tags"), error_text(exc))
            return None
        self.reload(select)
        self.changed.emit()
        return result if result is not None else True

    # -- actions
    def new_dimension(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New dimension"), self.tr("Name of the dimension (e.g. 育儿阶段):")
        )
        if ok:
            did = self._change(tags_mod.create_dimension, name)
            if did:
                self.reload(("dimension", did))

    def new_tag(self) -> None:
        sel = self.selected()
        did = None
        if sel is not None:
            did = sel[1] if sel[0] == "dimension" else (self._tag(sel[1]).dimension_id if self._tag(sel[1]) else None)
        if did is None and self.tree_data:
            did = self.tree_data[0].id
        dim = self._dimension(did) if did is not None else None
        if dim is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("New tag"), self.tr("Name of the new tag in “%1”:").replace("%1", dim.name)
        )
        if ok:
            tid = self._change(tags_mod.create_tag, dim.id, name)
            if tid:
                self.reload(("tag", tid))

    def rename(self) -> None:
        sel = self.selected()
        if sel is None:
            return
        kind, xid = sel
        old = self._dimension(xid).name if kind == "dimension" else self._tag(xid).name
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name:"), text=old)
        if ok and name.strip() != old:
            fn = tags_mod.rename_dimension if kind == "dimension" else tags_mod.rename_tag
            self._change(fn, xid, name, select=sel)

    def _fill_colour_menu(self) -> None:
        menu = self.colour_menu
        menu.clear()
        sel = self.selected()
        if sel is None:
            return
        for colour, name in zip(PALETTE, PALETTE_NAMES, strict=True):
            action = QAction(swatch(colour), QCoreApplication.translate("TagManager", name), menu)
            action.triggered.connect(lambda _=False, c=colour: self.set_colour(c))
            menu.addAction(action)
        menu.addSeparator()
        other = menu.addAction(self.tr("Other colour…"))
        other.triggered.connect(self.pick_colour)
        if sel[0] == "tag":
            same = menu.addAction(self.tr("Use the dimension's colour"))
            same.triggered.connect(lambda: self.set_colour(None))

    def pick_colour(self) -> None:
        sel = self.selected()
        if sel is None:
            return
        current = self._dimension(sel[1]).color if sel[0] == "dimension" else self._tag(sel[1]).color
        colour = QColorDialog.getColor(QColor(current), self, self.tr("Choose a colour"))
        if colour.isValid():
            self.set_colour(colour.name())

    def set_colour(self, colour: str | None) -> None:
        sel = self.selected()
        if sel is None:
            return
        if sel[0] == "dimension":
            if colour is not None:
                self._change(tags_mod.set_dimension_color, sel[1], colour, select=sel)
        else:
            self._change(tags_mod.set_tag_color, sel[1], colour, select=sel)

    def merge(self) -> None:
        sel = self.selected()
        if sel is None:
            return
        kind, xid = sel
        if kind == "dimension":
            source = self._dimension(xid)
            targets = [(d.name, d.id) for d in self.tree_data if d.id != xid]
            question = self.tr("Merge the dimension “%1” into:").replace("%1", source.name)
        else:
            source = self._tag(xid)
            targets = [(f"{d.name} / {t.name}", t.id) for d in self.tree_data for t in d.tags if t.id != xid]
            question = self.tr("Merge the tag “%1” into (its members get that tag):").replace("%1", source.name)
        if not targets:
            QMessageBox.information(self, self.tr("Merge"), self.tr("There is nothing to merge it into yet."))
            return
        label, ok = QInputDialog.getItem(self, self.tr("Merge"), question, [t[0] for t in targets], 0, False)
        if not ok:
            return
        target = dict(targets)[label]
        with self.db.session() as s:
            members = tags_mod.dimension_usage(s, xid) if kind == "dimension" else tags_mod.usage(s, xid)
        text = self.tr("Merge “%1” into “%2”? “%1” is deleted afterwards.").replace("%1", source.name)
        text = text.replace("%2", label)
        if members:
            text += "\n" + self.tr("%n member(s) carry it; they keep the tag under its new name.", "", members)
        if QMessageBox.question(self, self.tr("Merge"), text) != QMessageBox.StandardButton.Yes:
            return
        if kind == "dimension":
            self._change(tags_mod.merge_dimensions, xid, target, select=("dimension", target))
        else:
            self._change(tags_mod.merge_tags, xid, target, select=("tag", target))

    def move(self) -> None:
        sel = self.selected()
        if sel is None or sel[0] != "tag":
            return
        tag = self._tag(sel[1])
        targets = [(d.name, d.id) for d in self.tree_data if d.id != tag.dimension_id]
        if not targets:
            QMessageBox.information(self, self.tr("Move"), self.tr("Create another dimension first."))
            return
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Move to dimension"),
            self.tr("Move the tag “%1” to:").replace("%1", tag.name),
            [t[0] for t in targets],
            0,
            False,
        )
        if ok:
            self._change(tags_mod.move_tag, sel[1], dict(targets)[label], select=sel)

    def reorder(self, step: int) -> None:
        sel = self.selected()
        if sel is None:
            return
        kind, xid = sel
        if kind == "dimension":
            ids = [d.id for d in self.tree_data]
            fn = tags_mod.reorder_dimensions
        else:
            dim = self._dimension(self._tag(xid).dimension_id)
            ids = [t.id for t in dim.tags]
            fn = tags_mod.reorder_tags
        i = ids.index(xid)
        j = i + step
        if not 0 <= j < len(ids):
            return
        ids[i], ids[j] = ids[j], ids[i]
        self._change(fn, ids, select=sel)

    def delete(self) -> None:
        sel = self.selected()
        if sel is None:
            return
        kind, xid = sel
        with self.db.session() as s:
            if kind == "dimension":
                name = self._dimension(xid).name
                members = tags_mod.dimension_usage(s, xid)
                rules = sum(tags_mod.rules_using(s, t.id) for t in self._dimension(xid).tags)
            else:
                name = self._tag(xid).name
                members = tags_mod.usage(s, xid)
                rules = tags_mod.rules_using(s, xid)
        if kind == "dimension":
            text = self.tr("Delete the dimension “%1” and all its tags?").replace("%1", name)
        else:
            text = self.tr("Delete the tag “%1”?").replace("%1", name)
        if members:
            text += "\n" + self.tr("%n member(s) carry it and will lose it.", "", members)
        if rules:
            text += "\n" + self.tr("%n automatic rule(s) giving it will be deleted too.", "", rules)
        answer = QMessageBox.question(self, self.tr("Delete"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        fn = tags_mod.delete_dimension if kind == "dimension" else tags_mod.delete_tag
        self._change(lambda conn, x: fn(conn, x, confirmed=True), xid)


class TagManagerDialog(QDialog):
    """Tag dimensions, tags and automatic tag rules."""

    tags_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.dialogs.tag_rules import RulesTab

        self.db = db
        self.setWindowTitle(self.tr("Manage tags"))
        self.resize(860, 580)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tags sit in dimensions (e.g. 育儿阶段, 消费能力, 兴趣偏好). Rules give tags automatically and take "
                "them back when a member no longer qualifies; tags given by hand are never removed by a rule."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #4B5563;")
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.tag_tab = TagTreeTab(db)
        self.rules_tab = RulesTab(db)
        self.tabs.addTab(self.tag_tab, self.tr("Tags"))
        self.tabs.addTab(self.rules_tab, self.tr("Automatic rules"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tag_tab.changed.connect(self.tags_changed)
        self.tag_tab.changed.connect(self.rules_tab.reload)
        self.rules_tab.changed.connect(self.tags_changed)
        self.rules_tab.changed.connect(lambda: self.tag_tab.reload())
        # While rules are applied (a write transaction on a worker) tags cannot be edited.
        self.rules_tab.busy_changed.connect(lambda busy: self.tag_tab.setEnabled(not busy))

    def reject(self) -> None:
        if self.rules_tab.busy():
            self.rules_tab.cancel()
        super().reject()
