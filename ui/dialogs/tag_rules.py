"""The "Automatic rules" tab of the tag manager, the rule editor, and rule wording in the user's language.

Previews and applying run on a worker (``ui.workers.run_job``) with progress and cancel: at 100,000 members a
rule's query takes long enough to be felt. ``reason_text`` words ``core.tags.explain`` results for the member
detail ("tagged by rule 高消费: spend in the last 90 days ≥ 500 (¥812)").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import custom_fields, tag_rules, tags
from core.db import Database
from core.tag_rules import RuleError, RuleInfo, RuleOutcome
from ui import workers
from ui.dialogs.tag_manager import error_text, swatch

KIND_NAMES = {
    "spend": QT_TRANSLATE_NOOP("TagRules", "Spend in the last N days"),
    "orders": QT_TRANSLATE_NOOP("TagRules", "Orders in the last N days"),
    "channel": QT_TRANSLATE_NOOP("TagRules", "Joined via a channel"),
    "keyword": QT_TRANSLATE_NOOP("TagRules", "Messages containing keywords"),
    "messages": QT_TRANSLATE_NOOP("TagRules", "Messages in the last N days (active)"),
    "joined_days": QT_TRANSLATE_NOOP("TagRules", "Days since joining"),
    "group": QT_TRANSLATE_NOOP("TagRules", "Member of a group"),
    "field": QT_TRANSLATE_NOOP("TagRules", "Custom field value"),
}
CHANNEL_NAMES = {
    "qr": QT_TRANSLATE_NOOP("TagRules", "QR code"),
    "link": QT_TRANSLATE_NOOP("TagRules", "Invite link"),
    "invited": QT_TRANSLATE_NOOP("TagRules", "Invited by a member"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TagRules", text)


def channel_name(channel: str) -> str:
    return _tr(CHANNEL_NAMES[channel]) if channel in CHANNEL_NAMES else channel


def _num(value: float) -> str:
    return f"{value:,.0f}" if float(value) == int(value) else f"{value:,.2f}"


def rule_text(kind: str, p: dict, target: str = "") -> str:
    """The rule's condition in the user's language."""
    if kind == "spend":
        return (
            QCoreApplication.translate("TagRules", "spend in the last %1 days ≥ %2")
            .replace("%1", str(p["days"]))
            .replace("%2", _num(p["amount"]))
        )
    if kind == "orders":
        return (
            QCoreApplication.translate("TagRules", "orders in the last %1 days ≥ %2")
            .replace("%1", str(p["days"]))
            .replace("%2", str(p["count"]))
        )
    if kind == "messages":
        return (
            QCoreApplication.translate("TagRules", "messages in the last %1 days ≥ %2")
            .replace("%1", str(p["days"]))
            .replace("%2", str(p["count"]))
        )
    if kind == "channel":
        return QCoreApplication.translate("TagRules", "joined via %1").replace("%1", channel_name(p["channel"]))
    if kind == "keyword":
        words = " / ".join(p["keywords"])
        return (
            QCoreApplication.translate("TagRules", "messages containing %1 ≥ %2")
            .replace("%1", words)
            .replace("%2", str(p["count"]))
        )
    if kind == "joined_days":
        return QCoreApplication.translate("TagRules", "joined at least %1 days ago").replace("%1", str(p["days"]))
    if kind == "group":
        return QCoreApplication.translate("TagRules", "member of the group %1").replace(
            "%1", target or str(p["group_id"])
        )
    if kind == "field":
        value = p["value"]
        shown = " / ".join(value) if isinstance(value, list) else (_num(value) if p["op"] == "gte" else value)
        template = {
            "eq": QCoreApplication.translate("TagRules", "%1 is %2"),
            "in": QCoreApplication.translate("TagRules", "%1 is one of %2"),
            "gte": QCoreApplication.translate("TagRules", "%1 ≥ %2"),
        }[p["op"]]
        return template.replace("%1", target or "?").replace("%2", str(shown))
    return kind


def value_text(kind: str, value: object) -> str:
    if value is None:
        return ""
    if kind == "spend":
        return f"¥{float(value):,.0f}"
    if kind in ("orders", "messages", "keyword"):
        return (
            QCoreApplication.translate("TagRules", "%1 times").replace("%1", str(value))
            if kind == "keyword"
            else str(value)
        )
    if kind == "joined_days":
        return QCoreApplication.translate("TagRules", "%1 days").replace("%1", str(value))
    return str(value)


def reason_text(reason: tags.TagReason) -> str:
    """Why a member has a tag, in the user's language (member detail, tooltips)."""
    if reason.source == "manual":
        return QCoreApplication.translate("TagRules", "added by hand")
    if reason.source == "import":
        return (
            QCoreApplication.translate("TagRules", "imported from %1").replace("%1", reason.file)
            if reason.file
            else QCoreApplication.translate("TagRules", "imported")
        )
    if reason.source == "rule":
        if reason.rule_id is None:
            return QCoreApplication.translate("TagRules", "tagged by a rule that was deleted since")
        cond = rule_text(reason.rule_kind, reason.rule_params, reason.rule_target)
        text = (
            QCoreApplication.translate("TagRules", "tagged by rule %1: %2")
            .replace("%1", reason.rule_name)
            .replace("%2", cond)
        )
        value = value_text(reason.rule_kind, reason.value)
        return (
            QCoreApplication.translate("TagRules", "%1 (%2)").replace("%1", text).replace("%2", value)
            if value
            else text
        )
    return reason.text


def outcome_text(o: RuleOutcome, preview: bool) -> str:
    if preview:
        text = QCoreApplication.translate("TagRules", "%1: %2 members qualify; would tag %3, untag %4")
    else:
        text = QCoreApplication.translate("TagRules", "%1: %2 members qualify; tagged %3, untagged %4")
    return (
        text.replace("%1", o.name or QCoreApplication.translate("TagRules", "this rule"))
        .replace("%2", f"{o.matched:,}")
        .replace("%3", f"{o.tagged:,}")
        .replace("%4", f"{o.untagged:,}")
    )


# --- jobs (worker thread) ------------------------------------------------------------------------------


def _apply_job(progress, db: Database, rule_ids: list[int] | None, dry_run: bool) -> list[RuleOutcome]:
    with db.transaction() as conn:
        return tag_rules.apply_rules(conn, rule_ids, dry_run=dry_run, progress=progress)


def _preview_job(progress, db: Database, name: str, tag_id: int, kind: str, params: dict, rule_id: int | None):
    try:
        with db.engine.connect() as conn, conn.begin():
            outcome = tag_rules.preview_rule(conn, name, tag_id, kind, params, rule_id)
            conn.rollback()
    except RuleError as exc:  # shown in the user's language by the dialog
        return exc
    progress(1.0, "")
    return outcome


# --- the rules tab ------------------------------------------------------------------------------------------


class RulesTab(QWidget):
    changed = Signal()
    busy_changed = Signal(bool)  # a preview or apply job started (True) or ended (False)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rules: list[RuleInfo] = []
        self.job: workers.Job | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("On"), self.tr("Rule"), self.tr("Condition"), self.tr("Gives tag"), self.tr("Last run")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._toggled)
        self.table.itemDoubleClicked.connect(lambda *_: self.edit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self._show_selected)
        row.addWidget(self.table, 1)
        side = QVBoxLayout()
        self.add_button = self._button(side, self.tr("Add rule…"), self.add)
        self.edit_button = self._button(side, self.tr("Edit…"), self.edit)
        self.delete_button = self._button(side, self.tr("Delete…"), self.delete)
        side.addSpacing(12)
        self.preview_button = self._button(side, self.tr("Preview all"), lambda: self.apply(dry_run=True))
        self.apply_one_button = self._button(side, self.tr("Apply this rule"), lambda: self.apply(only_selected=True))
        self.apply_button = self._button(side, self.tr("Apply all now"), lambda: self.apply())
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row, 1)
        self.empty = QLabel(
            self.tr(
                "No rules yet. A rule tags members automatically, e.g. spend in the last 90 days ≥ 500 → 高消费, "
                "joined via QR code → a source tag, a message mentioning 辅食 → an interest tag."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #6B7280;")
        layout.addWidget(self.empty)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.reload()

    def _button(self, layout: QVBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def reload(self) -> None:
        keep = self.selected()
        with self.db.session() as s:
            self.rules = tag_rules.list_rules(s)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rules))
        for i, rule in enumerate(self.rules):
            on = QTableWidgetItem()
            on.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            on.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            self.table.setItem(i, 0, on)
            self.table.setItem(i, 1, QTableWidgetItem(rule.name))
            self.table.setItem(i, 2, QTableWidgetItem(rule_text(rule.kind, rule.params, rule.target)))
            tag = QTableWidgetItem(f"{rule.dimension} / {rule.tag}")
            tag.setIcon(swatch(rule.color))
            self.table.setItem(i, 3, tag)
            last = QTableWidgetItem(self._last_run(rule))
            last.setToolTip(self._last_run_tip(rule))
            self.table.item(i, 2).setToolTip(self.table.item(i, 2).text())
            self.table.setItem(i, 4, last)
            if keep is not None and rule.id == keep.id:
                self.table.selectRow(i)
        self.table.blockSignals(False)
        self.table.setVisible(bool(self.rules))
        self.empty.setVisible(not self.rules)
        self._update_buttons()

    def _last_run(self, rule: RuleInfo) -> str:
        if rule.last_run_at is None:
            return self.tr("never")
        r = rule.last_result or {}
        return (
            self.tr("%1 · %2 qualify")
            .replace("%1", f"{rule.last_run_at:%m-%d %H:%M}")
            .replace("%2", f"{r.get('matched', 0):,}")
        )

    def _last_run_tip(self, rule: RuleInfo) -> str:
        if rule.last_run_at is None:
            return ""
        r = rule.last_result or {}
        return (
            self.tr("Last run %1: %2 members qualified, %3 tagged, %4 untagged.")
            .replace("%1", f"{rule.last_run_at:%Y-%m-%d %H:%M}")
            .replace("%2", f"{r.get('matched', 0):,}")
            .replace("%3", f"{r.get('tagged', 0):,}")
            .replace("%4", f"{r.get('untagged', 0):,}")
        )

    def _show_selected(self) -> None:
        rule = self.selected()
        if rule is not None and not self.busy():
            text = rule_text(rule.kind, rule.params, rule.target)
            tip = self._last_run_tip(rule) or self.tr("Not applied yet.")
            line = self.tr("%1: %2 → %3").replace("%1", rule.name).replace("%2", text)
            self.summary.setText(line.replace("%3", f"{rule.dimension} / {rule.tag}") + "\n" + tip)

    def selected(self) -> RuleInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rules):
            return None
        return self.rules[rows[0].row()]

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        idle = not self.busy()
        self.edit_button.setEnabled(has and idle)
        self.delete_button.setEnabled(has and idle)
        self.apply_one_button.setEnabled(has and idle)
        self.add_button.setEnabled(idle)
        self.preview_button.setEnabled(bool(self.rules) and idle)
        self.apply_button.setEnabled(bool(self.rules) and idle)

    def _toggled(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or item.row() >= len(self.rules):
            return
        rule = self.rules[item.row()]
        with self.db.transaction() as conn:
            tag_rules.set_enabled(conn, rule.id, item.checkState() == Qt.CheckState.Checked)
        self.reload()

    def add(self) -> None:
        dialog = RuleEditDialog(self.db, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.summary.setText(self.tr("Rule saved. Apply it to tag members now."))

    def edit(self) -> None:
        rule = self.selected()
        if rule is None or self.busy():
            return
        dialog = RuleEditDialog(self.db, rule, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    def delete(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete rule"),
            self.tr("Delete the rule “%1”? Members it tagged lose the tag “%2” (tags given by hand stay).")
            .replace("%1", rule.name)
            .replace("%2", rule.tag),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.db.transaction() as conn:
            tag_rules.delete_rule(conn, rule.id)
        self.reload()
        self.changed.emit()

    def apply(self, dry_run: bool = False, only_selected: bool = False) -> None:
        if self.busy():
            return
        ids = None
        if only_selected:
            rule = self.selected()
            if rule is None:
                return
            ids = [rule.id]
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.summary.setText(self.tr("Previewing…") if dry_run else self.tr("Applying rules…"))
        name = self.tr("Preview tag rules") if dry_run else self.tr("Apply tag rules")
        self.job = workers.run_job(name, _apply_job, self.db, ids, dry_run, parent=self)
        self.job.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 100)))
        self.job.succeeded.connect(lambda result: self._applied(result, dry_run))
        self.job.failed.connect(lambda message, _t: self.summary.setText(self.tr("Failed: %1").replace("%1", message)))
        self.job.cancelled.connect(lambda: self.summary.setText(self.tr("Cancelled; nothing was changed.")))
        self.job.finished.connect(self._job_done)
        self._update_buttons()
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _job_done(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()
        self.busy_changed.emit(False)

    def _applied(self, outcomes: list[RuleOutcome], dry_run: bool) -> None:
        if not outcomes:
            self.summary.setText(self.tr("No rule is switched on."))
            return
        self.summary.setText("\n".join(outcome_text(o, dry_run) for o in outcomes))
        if not dry_run:
            self.reload()
            self.changed.emit()


# --- the rule editor ------------------------------------------------------------------------------------------


class RuleEditDialog(QDialog):
    """Add or change one rule: name, the tag it gives, its kind with a form per kind, a live preview."""

    def __init__(self, db: Database, rule: RuleInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rule = rule
        self.job: workers.Job | None = None
        self.saved: RuleInfo | None = None
        self.setWindowTitle(self.tr("Edit rule") if rule else self.tr("New rule"))
        self.setMinimumWidth(520)
        with db.session() as s:
            self.all_tags = [(f"{d.name} / {t.name}", t.id, t.color) for d in tags.tag_tree(s) for t in d.tags]
            self.channels = tag_rules.known_channels(s)
            self.groups = tag_rules.groups(s)
            self.fields = custom_fields.fields(s)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(rule.name if rule else "")
        self.name.setPlaceholderText(self.tr("e.g. 高消费"))
        form.addRow(self.tr("Name:"), self.name)
        self.tag = QComboBox()
        for label, tid, colour in self.all_tags:
            self.tag.addItem(swatch(colour), label, tid)
        if rule:
            self.tag.setCurrentIndex(max(0, self.tag.findData(rule.tag_id)))
        form.addRow(self.tr("Gives the tag:"), self.tag)
        self.kind = QComboBox()
        for key in tag_rules.KINDS:
            self.kind.addItem(_tr(KIND_NAMES[key]), key)
        form.addRow(self.tr("Condition:"), self.kind)
        layout.addLayout(form)
        self.stack = QStackedWidget()
        self.forms: dict[str, dict[str, QWidget]] = {}
        for key in tag_rules.KINDS:
            self.stack.addWidget(self._form(key))
        layout.addWidget(self.stack)
        self.enabled = QCheckBox(self.tr("Switched on (applied after every chat or order import)"))
        self.enabled.setChecked(rule.enabled if rule else True)
        layout.addWidget(self.enabled)
        preview_row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.preview_label = QLabel(self.tr("Preview: how many members the rule would tag now."))
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet("color: #4B5563;")
        preview_row.addWidget(self.preview_button)
        preview_row.addWidget(self.preview_label, 1)
        layout.addLayout(preview_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self.stack.setCurrentIndex)
        if rule:
            self.kind.setCurrentIndex(tag_rules.KINDS.index(rule.kind))
            self._load(rule.kind, rule.params)
        if not self.all_tags:
            self.preview_label.setText(self.tr("Create a tag first (Tags tab): a rule gives one tag."))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.preview_button.setEnabled(False)

    def _spin(self, low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setGroupSeparatorShown(True)
        return spin

    def _form(self, kind: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        w: dict[str, QWidget] = {}
        days = self.tr(" days")
        if kind in ("spend", "orders", "messages"):
            w["days"] = self._spin(1, 3650, 7 if kind == "messages" else 90, days)
            form.addRow(self.tr("In the last:"), w["days"])
            if kind == "spend":
                amount = QDoubleSpinBox()
                amount.setRange(0, 10_000_000)
                amount.setDecimals(2)
                amount.setValue(500)
                amount.setPrefix("¥")
                amount.setGroupSeparatorShown(True)
                w["amount"] = amount
                form.addRow(self.tr("Spent at least:"), amount)
            else:
                w["count"] = self._spin(1, 100_000, 3 if kind == "messages" else 2)
                label = self.tr("Orders, at least:") if kind == "orders" else self.tr("Messages, at least:")
                form.addRow(label, w["count"])
        elif kind == "joined_days":
            w["days"] = self._spin(0, 36500, 180, days)
            form.addRow(self.tr("Joined at least:"), w["days"])
        elif kind == "channel":
            combo = QComboBox()
            combo.setEditable(True)
            for ch in self.channels:
                combo.addItem(channel_name(ch), ch)
            w["channel"] = combo
            form.addRow(self.tr("Joined via:"), combo)
            hint = QLabel(self.tr("The member's source channel, or how a chat import saw them join."))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #6B7280;")
            form.addRow(hint)
        elif kind == "keyword":
            w["keywords"] = QLineEdit()
            w["keywords"].setPlaceholderText(self.tr("e.g. 辅食, 米粉, 过敏"))
            form.addRow(self.tr("Keywords (any of):"), w["keywords"])
            w["count"] = self._spin(1, 100_000, 1)
            form.addRow(self.tr("Messages, at least:"), w["count"])
            hint = QLabel(
                self.tr(
                    "Message text is not kept unless you chose to store it, so keywords are counted as chats are "
                    "imported: from the next import on, plus any message text you chose to store."
                )
            )
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #6B7280;")
            form.addRow(hint)
        elif kind == "group":
            combo = QComboBox()
            for gid, name in self.groups:
                combo.addItem(name, gid)
            w["group_id"] = combo
            form.addRow(self.tr("Group:"), combo)
        elif kind == "field":
            combo = QComboBox()
            for f in self.fields:
                combo.addItem(f.name, f.id)
            w["field_id"] = combo
            form.addRow(self.tr("Field:"), combo)
            op = QComboBox()
            op.addItem(self.tr("is"), "eq")
            op.addItem(self.tr("is one of (separate with commas)"), "in")
            op.addItem(self.tr("is at least (numbers)"), "gte")
            w["op"] = op
            form.addRow(self.tr("Comparison:"), op)
            w["value"] = QLineEdit()
            form.addRow(self.tr("Value:"), w["value"])
            if not self.fields:
                form.addRow(QLabel(self.tr("No custom fields yet: define them on the Members page.")))
        self.forms[kind] = w
        return page

    def _load(self, kind: str, p: dict) -> None:
        w = self.forms[kind]
        for key in ("days", "count"):
            if key in w and key in p:
                w[key].setValue(int(p[key]))
        if "amount" in w:
            w["amount"].setValue(float(p.get("amount", 0)))
        if kind == "channel":
            i = w["channel"].findData(p["channel"])
            if i < 0:
                w["channel"].addItem(channel_name(p["channel"]), p["channel"])
                i = w["channel"].count() - 1
            w["channel"].setCurrentIndex(i)
        if kind == "keyword":
            w["keywords"].setText("，".join(p["keywords"]))
        if kind == "group":
            w["group_id"].setCurrentIndex(max(0, w["group_id"].findData(p["group_id"])))
        if kind == "field":
            w["field_id"].setCurrentIndex(max(0, w["field_id"].findData(p["field_id"])))
            w["op"].setCurrentIndex(max(0, w["op"].findData(p["op"])))
            value = p["value"]
            w["value"].setText(
                "，".join(value) if isinstance(value, list) else (_num(value) if p["op"] == "gte" else value)
            )

    def params(self) -> tuple[str, dict]:
        kind = self.kind.currentData()
        w = self.forms[kind]
        p: dict = {}
        for key in ("days", "count"):
            if key in w:
                p[key] = w[key].value()
        if "amount" in w:
            p["amount"] = w["amount"].value()
        if kind == "channel":
            combo = w["channel"]
            text = combo.currentText().strip()
            data = combo.currentData()
            p["channel"] = data if data is not None and combo.itemText(combo.currentIndex()) == text else text
        elif kind == "keyword":
            p["keywords"] = w["keywords"].text()
        elif kind == "group":
            p["group_id"] = w["group_id"].currentData()
        elif kind == "field":
            p["field_id"] = w["field_id"].currentData()
            p["op"] = w["op"].currentData()
            text = w["value"].text().strip()
            p["value"] = [v for v in text.replace("，", ",").replace("、", ",").split(",")] if p["op"] == "in" else text
        return kind, p

    def preview(self) -> None:
        if self.job is not None and self.job.running:
            return
        kind, params = self.params()
        self.preview_label.setText(self.tr("Counting…"))
        self.preview_button.setEnabled(False)
        rule_id = self.rule.id if self.rule else None
        self.job = workers.run_job(
            self.tr("Preview rule"),
            _preview_job,
            self.db,
            self.name.text(),
            self.tag.currentData(),
            kind,
            params,
            rule_id,
            parent=self,
        )
        self.job.succeeded.connect(self._previewed)
        self.job.failed.connect(self._preview_failed)
        self.job.finished.connect(lambda: self.preview_button.setEnabled(True))

    def _previewed(self, outcome: RuleOutcome | RuleError) -> None:
        if isinstance(outcome, RuleError):
            self.preview_label.setText(error_text(outcome))
            return
        self.preview_label.setText(
            self.tr("Would tag %1 members, untag %2 (%3 qualify).")
            .replace("%1", f"{outcome.tagged:,}")
            .replace("%2", f"{outcome.untagged:,}")
            .replace("%3", f"{outcome.matched:,}")
        )

    def _preview_failed(self, message: str, _trace: str) -> None:
        self.preview_label.setText(message)

    def save(self) -> None:
        kind, params = self.params()
        rule_id = self.rule.id if self.rule else None
        try:
            with self.db.transaction() as conn:
                self.saved = tag_rules.save_rule(
                    conn, self.name.text(), self.tag.currentData(), kind, params, self.enabled.isChecked(), rule_id
                )
        except RuleError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.accept()
