"""A member's moderation log (社区规则 警告 → 禁言 → 踢出): past violations, the suggested next step, a form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core import moderation
from core.db import Database
from core.models import MODERATION_ACTIONS, VIOLATION_KINDS
from ui import workers
from ui.labels import label
from ui.pages.base import hint_label, make_table, set_cell


def _load(_progress, db: Database, member_id: int, today: date):
    with db.engine.connect() as conn:
        groups = moderation.member_groups(conn, member_id)
        suggestions = {gid: moderation.suggest(conn, member_id, gid, today) for gid, _n, _in in groups}
        if not groups:
            suggestions[None] = moderation.suggest(conn, member_id, None, today)
        return moderation.history(conn, member_id), groups, suggestions


def _record(_progress, db: Database, member_id: int, group_id, kind: str, action: str, note: str, remove: bool):
    with db.transaction() as conn:
        return moderation.record(conn, member_id, group_id, kind, action, note, remove_from_group=remove)


class ModerationPanel(QWidget):
    changed = Signal()  # a violation was recorded (a removal may have changed the member's groups)

    def __init__(self, db: Database, member_id: int, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.db, self.member_id = db, member_id
        self.today = today or date.today()
        self.suggestions: dict = {}
        self.in_group: dict = {}
        self._job: workers.Job | None = None
        layout = QVBoxLayout(self)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setStyleSheet("QLabel { background: #FEF3C7; border-radius: 4px; padding: 6px 10px; }")
        self.suggestion.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.suggestion)
        self.table = make_table(
            [self.tr("Date"), self.tr("Group"), self.tr("Violation"), self.tr("Action"), self.tr("Note")]
        )
        self.empty = hint_label(self.tr("No violations recorded. The group rules: warning → mute → removal."))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.empty.hide()

        form = QFormLayout()
        self.group = QComboBox()
        self.group.currentIndexChanged.connect(self._group_changed)
        self.kind = QComboBox()
        for key in VIOLATION_KINDS:
            self.kind.addItem(label(key), key)
        self.action = QComboBox()
        for key in MODERATION_ACTIONS:
            self.action.addItem(label(key), key)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What happened, e.g. 发了外部链接"))
        self.remove = QCheckBox(self.tr("Also record that the member was removed from the group"))
        form.addRow(self.tr("Group"), self.group)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(QLabel(self.tr("Action")))
        row.addWidget(self.action)
        row.addStretch(1)
        form.addRow(self.tr("Violation"), row)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.remove)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.record_btn = QPushButton(self.tr("Record"))
        self.record_btn.clicked.connect(self.record)
        self.error = QLabel()
        self.error.setStyleSheet("color: #B91C1C;")
        self.error.setWordWrap(True)
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.record_btn)
        layout.addLayout(buttons)
        self._action_changed()
        self.reload()

    def reload(self) -> workers.Job:
        self._job = workers.run_job(
            self.tr("Loading the moderation log"), _load, self.db, self.member_id, self.today, parent=self
        )
        job = self._job
        job.succeeded.connect(lambda result: self._show(result) if job is self._job else None)
        job.failed.connect(lambda message, _t: self.error.setText(message))
        return job

    def _show(self, result) -> None:
        rows, groups, suggestions = result
        self.suggestions = suggestions
        self.in_group = {gid: inside for gid, _n, inside in groups}
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        for gid, name, inside in groups:
            self.group.addItem(name if inside else self.tr("%1 (left)").replace("%1", name), gid)
        if not groups:
            self.group.addItem(self.tr("No group"), None)
        self.group.setCurrentIndex(max(0, self.group.findData(current)))
        self.group.blockSignals(False)
        self._group_changed()
        self.table.setRowCount(len(rows))
        for r, v in enumerate(rows):
            set_cell(self.table, r, 0, v.ts.strftime("%Y-%m-%d %H:%M"))
            set_cell(self.table, r, 1, v.group or "")
            set_cell(self.table, r, 2, label(v.kind))
            set_cell(self.table, r, 3, label(v.action))
            set_cell(self.table, r, 4, v.note)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _group_changed(self) -> None:
        s = self.suggestions.get(self.group.currentData())
        if s is None:
            self.suggestion.setText("")
            return
        if s.taken:
            text = self.tr("Suggested next step: <b>%1</b> (%2 step(s) in the last %3 days, up to %4).")
            text = text.replace("%2", str(s.taken)).replace("%4", label(s.last_step))
        else:
            text = self.tr("Suggested next step: <b>%1</b> (nothing in the last %3 days).")
        self.suggestion.setText(text.replace("%1", label(s.action)).replace("%3", str(s.window_days)))
        self.action.setCurrentIndex(max(0, self.action.findData(s.action)))

    def _action_changed(self) -> None:
        can_remove = self.action.currentData() == "removal" and bool(self.in_group.get(self.group.currentData()))
        self.remove.setEnabled(can_remove)
        if not can_remove:
            self.remove.setChecked(False)

    def record(self) -> workers.Job | None:
        self.error.setText("")
        remove = self.remove.isChecked()
        if remove:
            answer = QMessageBox.question(
                self,
                self.tr("Remove from the group"),
                self.tr("Record that this member was removed from %1 today? Their stay in the group ends now.").replace(
                    "%1", self.group.currentText()
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        job = workers.run_job(
            self.tr("Recording a violation"),
            _record,
            self.db,
            self.member_id,
            self.group.currentData(),
            self.kind.currentData(),
            self.action.currentData(),
            self.note.text(),
            remove,
            parent=self,
        )
        job.succeeded.connect(lambda _r: (self.note.clear(), self.reload(), self.changed.emit()))
        job.failed.connect(lambda message, _t: self.error.setText(message))
        return job
