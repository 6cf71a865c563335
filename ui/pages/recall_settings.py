"""The recall workspace's two editors: message templates (with the code pool) and the rules (thresholds, per-group
overrides, priority order). Both are small dialogs over ``core.recall`` and ``core.settings``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from core import recall
from core.db import Database
from core.models import Group
from core.settings import DEFAULT_THRESHOLDS, get_setting, get_threshold, set_threshold
from ui.pages.recall import segment_name

ERROR_STYLE = "color: #B91C1C;"
SAVED_STYLE = "color: #047857;"


class TemplatesDialog(QDialog):
    """Variants of the message for each segment, and the pool of discount codes for {优惠码}."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Recall messages"))
        self.resize(900, 560)
        with db.session() as s:
            recall.ensure_default_templates(s)
        self.segments = QListWidget()
        for key in recall.DEFAULT_PRIORITY:
            item = QListWidgetItem(segment_name(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.segments.addItem(item)
        self.segments.setMaximumWidth(200)
        self.variants = QListWidget()
        self.variants.setMaximumWidth(160)
        self.body = QPlainTextEdit()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        chips = QGridLayout()
        for i, name in enumerate(recall.VARIABLES):
            button = QPushButton("{" + name + "}")
            button.setToolTip(self.tr("Insert this variable at the cursor"))
            button.clicked.connect(lambda _c=False, n=name: self.body.insertPlainText("{" + n + "}"))
            chips.addWidget(button, i // 4, i % 4)
        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.clicked.connect(self.save)
        self.new_btn = QPushButton(self.tr("New variant"))
        self.new_btn.clicked.connect(self.new_variant)
        self.delete_btn = QPushButton(self.tr("Delete variant"))
        self.delete_btn.clicked.connect(self.delete_variant)
        editor = QVBoxLayout()
        editor.addWidget(
            QLabel(self.tr("Members of a segment get its variants in turn, so you can see which works better."))
        )
        editor.addWidget(self.body, 1)
        editor.addLayout(chips)
        editor.addWidget(self.error)
        row = QHBoxLayout()
        for b in (self.new_btn, self.delete_btn):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.save_btn)
        editor.addLayout(row)

        pool = QGroupBox(self.tr("Discount codes for {优惠码}"))
        pool_layout = QVBoxLayout(pool)
        self.codes = QPlainTextEdit()
        self.codes.setPlaceholderText(self.tr("Paste codes here, one a line"))
        self.codes.setMaximumHeight(80)
        self.pool_label = QLabel()
        add = QPushButton(self.tr("Add codes"))
        add.clicked.connect(self.add_codes)
        pool_row = QHBoxLayout()
        pool_row.addWidget(self.pool_label, 1)
        pool_row.addWidget(add)
        pool_layout.addWidget(self.codes)
        pool_layout.addLayout(pool_row)

        top = QHBoxLayout()
        top.addWidget(self.segments)
        top.addWidget(self.variants)
        top.addLayout(editor, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(pool)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.segments.currentRowChanged.connect(self._load_variants)
        self.variants.currentRowChanged.connect(self._show_variant)
        self.segments.setCurrentRow(0)
        self._update_pool()

    def segment(self) -> str:
        return self.segments.currentItem().data(Qt.ItemDataRole.UserRole)

    def _load_variants(self, _row: int = 0, select_id: int | None = None) -> None:
        with self.db.session() as s:
            rows = [(t.id, t.name, t.body) for t in recall.templates(s, self.segment())]
        self.variants.blockSignals(True)
        self.variants.clear()
        for tid, name, body in rows:
            item = QListWidgetItem(self.tr("Variant %1").replace("%1", name))
            item.setData(Qt.ItemDataRole.UserRole, (tid, body))
            self.variants.addItem(item)
        self.variants.blockSignals(False)
        ids = [r[0] for r in rows]
        self.variants.setCurrentRow(ids.index(select_id) if select_id in ids else (0 if rows else -1))
        self._show_variant(self.variants.currentRow())

    def _show_variant(self, row: int) -> None:
        self.error.clear()
        self.error.setStyleSheet(ERROR_STYLE)
        item = self.variants.item(row) if row >= 0 else None
        self.body.setPlainText(item.data(Qt.ItemDataRole.UserRole)[1] if item else "")
        self.delete_btn.setEnabled(item is not None)

    def _check(self, body: str) -> str | None:
        unknown = [v for v in recall.template_variables(body) if v not in recall.VARIABLES]
        if unknown:
            return self.tr("Unknown variable {%1}. Use one of the buttons below.").replace("%1", unknown[0])
        if not body.strip():
            return self.tr("A message cannot be empty.")
        return None

    def save(self) -> None:
        body = self.body.toPlainText()
        problem = self._check(body)
        if problem:
            self.error.setStyleSheet(ERROR_STYLE)
            self.error.setText(problem)
            return
        item = self.variants.currentItem()
        with self.db.session() as s:
            tid = recall.save_template(
                s, self.segment(), body, template_id=item.data(Qt.ItemDataRole.UserRole)[0] if item else None
            )
        self._load_variants(select_id=tid)
        self.error.setStyleSheet(SAVED_STYLE)
        self.error.setText(self.tr("Saved."))

    def new_variant(self) -> None:
        self.variants.setCurrentRow(-1)
        self.body.setPlainText("{昵称}，")
        self.body.setFocus()

    def delete_variant(self) -> None:
        item = self.variants.currentItem()
        if item is None:
            return
        with self.db.session() as s:
            recall.delete_template(s, item.data(Qt.ItemDataRole.UserRole)[0])
        self._load_variants()

    def add_codes(self) -> None:
        with self.db.session() as s:
            added = recall.add_codes(s, self.codes.toPlainText())
        self.codes.clear()
        self._update_pool(added)

    def _update_pool(self, added: int | None = None) -> None:
        with self.db.session() as s:
            unused = len(recall.unused_codes(s))
        text = self.tr("%n unused code(s) in the pool.", "", unused)
        if added is not None:
            text = self.tr("Added %n new code(s).", "", added) + " " + text
        self.pool_label.setText(text)


# The recall rules shown in the dialog: (key, label, maximum).
RULES = (
    "active_messages_per_week",
    "silent_after_days",
    "shallow_churn_days",
    "deep_churn_days",
    "was_active_messages",
    "lurker_max_messages",
    "lurker_min_days",
    "freebie_min_claims",
    "freebie_window_days",
    "early_warning_days",
    "early_warning_window_days",
    "points_expiring_days",
    "repurchase_min_orders",
    "repurchase_overdue_max_days",
    "resuming_gap_days",
    "koc_min_invites",
    "anniversary_window_days",
    "recall_cooldown_days",
    "recall_daily_cap",
    "recovery_days",
)


class RulesDialog(QDialog):
    """Thresholds of every segment (for the community or one group) and the priority order of the segments."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Recall rules"))
        self.resize(760, 640)
        self.names = names = {
            "active_messages_per_week": self.tr("Active: messages in the last 7 days, at least"),
            "silent_after_days": self.tr("Churn starts after this many silent days"),
            "shallow_churn_days": self.tr("Shallow churn: silent up to (days)"),
            "deep_churn_days": self.tr("Deep churn: silent at least (days)"),
            "was_active_messages": self.tr("Churn needs at least this many earlier messages"),
            "lurker_max_messages": self.tr("Lurker: at most this many messages since joining"),
            "lurker_min_days": self.tr("Lurker: in the group at least (days)"),
            "freebie_min_claims": self.tr("Freebie hunter: perks claimed, at least"),
            "freebie_window_days": self.tr("Freebie hunter: within (days), with no purchase"),
            "early_warning_days": self.tr("Early warning: silent after a click (days)"),
            "early_warning_window_days": self.tr("Early warning: clicks of the last (days)"),
            "points_expiring_days": self.tr("Points expiring within (days)"),
            "repurchase_min_orders": self.tr("Repurchase due: orders, at least"),
            "repurchase_overdue_max_days": self.tr("Repurchase due: overdue at most (days)"),
            "resuming_gap_days": self.tr("Resuming: back after a silence of (days)"),
            "koc_min_invites": self.tr("KOC candidate: invited at least"),
            "anniversary_window_days": self.tr("Anniversary (3, 6, 12 months): within the last (days)"),
            "recall_cooldown_days": self.tr("Cool-down: no second recall within (days)"),
            "recall_daily_cap": self.tr("Daily cap: messages a day, at most"),
            "recovery_days": self.tr("Recovered: posts within (days) of the message"),
        }
        self.scope = QComboBox()
        self.scope.addItem(self.tr("The whole community"), None)
        with db.session() as s:
            for gid, name in s.execute(select(Group.id, Group.name).where(Group.archived.is_(False))):
                self.scope.addItem(self.tr("Only %1").replace("%1", name), gid)
        self.scope.currentIndexChanged.connect(self._load)
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.addRow(self.tr("Rules for"), self.scope)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for key in RULES:
            spin = QDoubleSpinBox()
            spin.setDecimals(0)
            spin.setRange(0, 3650)
            self.spins[key] = spin
            form.addRow(names[key], spin)
        scroll = QScrollArea()
        scroll.setWidget(form_box)
        scroll.setWidgetResizable(True)
        self.priority = QListWidget()
        self.priority.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        with db.session() as s:
            order = recall.get_priority(s)
        for key in order:
            item = QListWidgetItem(segment_name(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.priority.addItem(item)
        prio_box = QGroupBox(self.tr("Priority (drag to reorder)"))
        QVBoxLayout(prio_box).addWidget(self.priority)
        prio_box.setToolTip(self.tr("A member in several segments gets the message of the highest one."))
        prio_box.setMaximumWidth(220)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        top = QHBoxLayout()
        top.addWidget(scroll, 1)
        top.addWidget(prio_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        gid = self.scope.currentData()
        with self.db.session() as s:
            for key, spin in self.spins.items():
                spin.setValue(get_threshold(s, key, gid))
                override = gid is not None and get_setting(s, f"group.{gid}.threshold.{key}") is not None
                font = spin.font()
                font.setBold(override)
                spin.setFont(font)
                spin.setToolTip(self.tr("Set for this group") if override else "")
        self.error.clear()

    def values(self) -> dict[str, float]:
        with self.db.session() as s:
            base = {k: get_threshold(s, k, self.scope.currentData()) for k in DEFAULT_THRESHOLDS}
        base.update({k: spin.value() for k, spin in self.spins.items()})
        return base

    def problems(self, t: dict[str, float]) -> list[str]:
        out = []
        if t["shallow_churn_days"] >= t["deep_churn_days"]:
            out.append(self.tr("Shallow churn must end before deep churn begins."))
        if t["silent_after_days"] >= t["shallow_churn_days"]:
            out.append(self.tr("Churn must start before shallow churn ends."))
        if t["early_warning_days"] > t["early_warning_window_days"]:
            out.append(self.tr("The early-warning silence cannot be longer than the window for clicks."))
        for key in ("active_messages_per_week", "recall_daily_cap", "freebie_min_claims", "repurchase_min_orders"):
            if t[key] < 1:
                out.append(self.tr("“%1” must be at least 1.").replace("%1", self.names[key]))
        return out

    def save(self) -> None:
        t = self.values()
        problems = self.problems(t)
        if problems or recall.validate_thresholds(t):
            self.error.setText(" ".join(problems) or " ".join(recall.validate_thresholds(t)))
            return
        gid = self.scope.currentData()
        with self.db.session() as s:
            for key in RULES:
                community = get_threshold(s, key)
                if gid is not None and t[key] == community:
                    set_threshold(s, key, None, gid)  # same as the community: no override
                else:
                    set_threshold(s, key, t[key], gid)
            order = [self.priority.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.priority.count())]
            recall.set_priority(s, order)
        self.accept()

    def restore_defaults(self) -> None:
        for key, spin in self.spins.items():
            spin.setValue(DEFAULT_THRESHOLDS[key])
        self.priority.clear()
        for key in recall.DEFAULT_PRIORITY:
            item = QListWidgetItem(segment_name(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.priority.addItem(item)
