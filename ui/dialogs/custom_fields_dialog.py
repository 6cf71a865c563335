"""Define the custom member fields (text, number, date, choice): where 入群问卷 answers live."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import custom_fields
from core.db import Database
from ui.errors import translate_error
from ui.pages.base import make_table, set_cell

KIND_NAMES = {
    "text": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Text"),
    "number": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Number"),
    "date": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Date"),
    "choice": QT_TRANSLATE_NOOP("CustomFieldsDialog", "Choice"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("CustomFieldsDialog", KIND_NAMES.get(kind, kind))


class FieldEditor(QDialog):
    def __init__(self, field: custom_fields.FieldDef | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Custom field"))
        form = QFormLayout(self)
        self.name = QLineEdit(field.name if field else "")
        self.name.setPlaceholderText(self.tr("e.g. 宝宝阶段"))
        self.kind = QComboBox()
        for k in custom_fields.KINDS:
            self.kind.addItem(kind_name(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(field.kind if field else "text")))
        self.choices = QPlainTextEdit("\n".join(field.choices) if field else "")
        self.choices.setPlaceholderText(self.tr("One choice per line, e.g.\n孕期\n0-1岁\n1-3岁"))
        self.choices.setMaximumHeight(120)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Choices"), self.choices)
        self.kind.currentIndexChanged.connect(lambda *_: self.choices.setEnabled(self.kind.currentData() == "choice"))
        self.choices.setEnabled(self.kind.currentData() == "choice")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, list[str]]:
        choices = [c for c in re.split(r"[\n,，、;；]", self.choices.toPlainText()) if c.strip()]
        return self.name.text(), self.kind.currentData(), choices


class CustomFieldsDialog(QDialog):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Custom fields"))
        self.resize(560, 380)
        v = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Fields you define appear on every member, in the member table's columns and in the filter panel. "
                "Use them for questionnaire answers (入群问卷), sizes, a baby's age and the like."
            )
        )
        intro.setWordWrap(True)
        v.addWidget(intro)
        self.table = make_table(
            [self.tr("Field"), self.tr("Kind"), self.tr("Choices"), self.tr("Members with a value")]
        )
        v.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("Add field…"))
        self.edit_btn = QPushButton(self.tr("Edit…"))
        self.delete_btn = QPushButton(self.tr("Delete"))
        self.add_btn.clicked.connect(lambda: self._edit(None))
        self.edit_btn.clicked.connect(lambda: self._edit(self._current()))
        self.delete_btn.clicked.connect(self._delete)
        self.table.cellDoubleClicked.connect(lambda *_: self._edit(self._current()))
        for w in (self.add_btn, self.edit_btn, self.delete_btn):
            row.addWidget(w)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        v.addLayout(row)
        self._fields: list[custom_fields.FieldDef] = []
        self.reload()

    def reload(self) -> None:
        with self.db.session() as s:
            self._fields = custom_fields.fields(s)
            usage = custom_fields.usage(s)
        self.table.setRowCount(len(self._fields))
        for r, f in enumerate(self._fields):
            set_cell(self.table, r, 0, f.name)
            set_cell(self.table, r, 1, kind_name(f.kind))
            set_cell(self.table, r, 2, "、".join(f.choices))
            set_cell(self.table, r, 3, str(usage.get(f.id, 0)), right=True)
        has = bool(self._fields)
        self.edit_btn.setEnabled(has)
        self.delete_btn.setEnabled(has)

    def _current(self) -> custom_fields.FieldDef | None:
        row = self.table.currentRow()
        return self._fields[row] if 0 <= row < len(self._fields) else None

    def _edit(self, field: custom_fields.FieldDef | None) -> None:
        editor = FieldEditor(field, self)
        while editor.exec():
            name, kind, choices = editor.values()
            try:
                with self.db.session() as s:
                    custom_fields.define(s, name, kind, choices, field_id=field.id if field else None)
                    s.commit()
            except custom_fields.FieldError as err:
                QMessageBox.warning(self, self.tr("Custom field"), translate_error(str(err)))
                continue
            self.reload()
            self.changed.emit()
            return

    def _delete(self) -> None:
        field = self._current()
        if field is None:
            return
        with self.db.session() as s:
            n = custom_fields.usage(s).get(field.id, 0)
        question = self.tr("Delete the field “%1”?").replace("%1", field.name)
        if n:
            question += "\n" + self.tr("%n member(s) have a value in it; those values are deleted too.", "", n)
        answer = QMessageBox.question(self, self.tr("Delete field"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.db.session() as s:
            custom_fields.remove(s, field.id)
            s.commit()
        self.reload()
        self.changed.emit()
