"""Settings › Community rules: the rule ladder (警告 → 禁言 → 踢出) for all groups, or one group's own."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from core import moderation
from core.db import Database
from core.models import Group
from ui.labels import label


class LadderSettings(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Rule ladder (社区规则)"))
        form = QFormLayout(box)
        hint = QLabel(
            self.tr("Each violation is answered with the next step of the ladder, counting the steps already taken "
                    "against the member in that group within the window. Untick a step to skip it (e.g. 违规首次警告，"
                    "二次清退: warning, then removal).")
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6B7280;")
        form.addRow(hint)
        self.group = QComboBox()
        self.group.setMinimumWidth(240)
        self.group.currentIndexChanged.connect(self._load)
        form.addRow(self.tr("For"), self.group)
        steps = QHBoxLayout()
        self.steps: dict[str, QCheckBox] = {}
        for i, key in enumerate(moderation.LADDER_STEPS):
            if i:
                steps.addWidget(QLabel("→"))
            box_ = QCheckBox(label(key))
            self.steps[key] = box_
            steps.addWidget(box_)
        steps.addStretch(1)
        form.addRow(self.tr("Steps"), steps)
        self.window = QSpinBox()
        self.window.setRange(1, 3650)
        self.window.setSuffix(self.tr(" days"))
        self.window.setMaximumWidth(160)
        form.addRow(self.tr("Count violations in the last"), self.window)
        self.own = QLabel()
        self.own.setStyleSheet("color: #6B7280;")
        form.addRow("", self.own)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.reset_btn = QPushButton(self.tr("Use the rules of all groups"))
        self.reset_btn.clicked.connect(self.reset)
        save = QPushButton(self.tr("Save rules"))
        save.clicked.connect(self.save)
        row.addWidget(self.status, 1)
        row.addWidget(self.reset_btn)
        row.addWidget(save)
        form.addRow(row)
        layout.addWidget(box)
        layout.addStretch(1)

    def refresh(self) -> None:
        current = self.group.currentData()
        with self.db.engine.connect() as conn:
            groups = conn.execute(select(Group.id, Group.name).order_by(Group.name)).all()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All groups (default)"), None)
        for gid, name in groups:
            self.group.addItem(name, gid)
        self.group.setCurrentIndex(max(0, self.group.findData(current)))
        self.group.blockSignals(False)
        self._load()

    def _load(self) -> None:
        gid = self.group.currentData()
        with self.db.engine.connect() as conn:
            ladder = moderation.Ladder.load(conn, gid)
            own = gid is not None and moderation.Ladder.has_own(conn, gid)
        for key, box in self.steps.items():
            box.setChecked(key in ladder.steps)
        self.window.setValue(ladder.window_days)
        self.reset_btn.setVisible(gid is not None)
        self.reset_btn.setEnabled(own)
        if gid is None:
            self.own.setText("")
        else:
            self.own.setText(
                self.tr("This group has its own rules.") if own else self.tr("Follows the rules of all groups.")
            )
        self.status.setText("")

    def save(self) -> bool:
        steps = [k for k in moderation.LADDER_STEPS if self.steps[k].isChecked()]
        if not steps:
            self.status.setStyleSheet("color: #B91C1C;")
            self.status.setText(self.tr("Tick at least one step; nothing was saved."))
            return False
        with self.db.transaction() as conn:
            moderation.Ladder(steps, self.window.value()).save(conn, self.group.currentData())
        self._load()
        self.status.setStyleSheet("color: #047857;")
        self.status.setText(self.tr("Rules saved."))
        return True

    def reset(self) -> None:
        gid = self.group.currentData()
        if gid is None:
            return
        with self.db.transaction() as conn:
            moderation.Ladder.clear(conn, gid)
        self._load()
        self.status.setStyleSheet("color: #047857;")
        self.status.setText(self.tr("This group follows the rules of all groups again."))
