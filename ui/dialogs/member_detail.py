"""One member in full: edit every field and custom field, aliases, tags (with why), group stays, the timeline.

Field, alias and group changes are saved together with "Save" (one transaction); tag changes apply at once
and can be undone like any bulk change. The timeline loads on a worker.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import custom_fields, member_actions, member_profile, tags
from core.db import Database
from core.members import filter_options, mask_phone
from core.models import MEMBER_ROLES, PLATFORMS, TIERS
from ui import workers
from ui.errors import translate_error
from ui.labels import label
from ui.pages.base import make_table, set_cell
from ui.widgets.member_filter import swatch


def _fmt_day(value) -> str:
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d")


def _parse_day(text: str):
    text = text.strip()
    return custom_fields.parse_date(text) if text else None


class MemberDetailDialog(QDialog):
    saved = Signal()  # data changed: the Members page reloads its rows

    def __init__(self, db: Database, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.member_id = member_id
        self.resize(760, 620)
        with db.session() as s:
            self.profile = member_profile.load(s, member_id)
            self.options = filter_options(s)
            self.source_note = member_profile.imported_from(s, member_id)
        self.setWindowTitle(self.tr("Member: %1").replace("%1", str(self.profile.values["display_name"])))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("QLabel { color: #444; }")
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_profile()
        self._build_fields()
        self._build_tags()
        self._build_groups()
        self._build_aliases()
        self._build_timeline()
        self.extra_tabs: list[QWidget] = []
        self._build_panels()
        self.error = QLabel()
        self.error.setStyleSheet("QLabel { color: #D55E00; }")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_summary()
        self._timeline_job = workers.run_job(
            self.tr("Loading the timeline"), self._load_timeline, self.db, member_id, parent=self
        )
        self._timeline_job.succeeded.connect(self._show_timeline)

    # -- summary
    def _show_summary(self) -> None:
        a = self.profile.activity
        parts = []
        if a:
            last = a.get("last_message_at")
            parts.append(self.tr("%n message(s)", "", int(a.get("messages") or 0)))
            parts.append(self.tr("last active %1").replace("%1", _fmt_day(last)) if last else self.tr("never posted"))
            parts.append(self.tr("%n check-in(s)", "", int(a.get("check_ins") or 0)))
            parts.append(
                self.tr("%n order(s), ¥%1", "", int(a.get("purchases") or 0)).replace(
                    "%1", f"{float(a.get('spend') or 0):,.0f}"
                )
            )
        if self.profile.invited:
            parts.append(self.tr("invited %n member(s)", "", self.profile.invited))
        if self.profile.inviter:
            parts.append(self.tr("invited by %1").replace("%1", self.profile.inviter))
        if self.source_note:
            parts.append(self.tr("imported from %1").replace("%1", self.source_note))
        self.summary.setText(" · ".join(parts) or self.tr("No activity recorded yet."))

    # -- profile tab
    def _build_profile(self) -> None:
        v = self.profile.values
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit(str(v["display_name"] or ""))
        self.wechat = QLineEdit(v["wechat_id"] or "")
        self.phone = QLineEdit(v["phone"] or "")
        self.phone.setPlaceholderText(mask_phone("13800138000"))
        self.other = QLineEdit(v["other_contact"] or "")
        self.birthday = QLineEdit(_fmt_day(v["birthday"]))
        self.joined = QLineEdit(_fmt_day(v["joined_at"]))
        for w in (self.birthday, self.joined):
            w.setPlaceholderText(self.tr("e.g. 2025-05-12 or 5月12日"))
        self.source = QLineEdit(v["source_channel"] or "")
        self.tier = QComboBox()
        self.tier.addItem(self.tr("No tier yet"), None)
        tiers = list(TIERS) + [t for t in self.options.tiers if t not in TIERS]
        for t in tiers:
            self.tier.addItem(label(t), t)
        self.tier.setCurrentIndex(max(0, self.tier.findData(v["tier"])))
        self.role = QComboBox()
        for r in MEMBER_ROLES:
            self.role.addItem(label(r), r)
        self.role.setCurrentIndex(max(0, self.role.findData(v["role"])))
        self.dnc = QCheckBox(self.tr("Do not contact (left out of recall lists)"))
        self.dnc.setChecked(bool(v["do_not_contact"]))
        self.notes = QPlainTextEdit(v["notes"] or "")
        self.notes.setMaximumHeight(110)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("WeChat ID"), self.wechat)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Other contact"), self.other)
        form.addRow(self.tr("Birthday"), self.birthday)
        form.addRow(self.tr("Joined"), self.joined)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.dnc)
        form.addRow(self.tr("Notes"), self.notes)
        self.tabs.addTab(page, self.tr("Profile"))

    # -- custom fields tab
    def _build_fields(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        self.fields_form = QFormLayout()
        outer.addLayout(self.fields_form)
        self.field_inputs: dict[int, QWidget] = {}
        for f in self.options.fields:
            value = self.profile.fields.get(f.id, "")
            if f.kind == "choice":
                w = QComboBox()
                w.addItem("", "")
                for c in f.choices:
                    w.addItem(c, c)
                if value and w.findData(value) < 0:
                    w.addItem(value, value)  # a value from before the choices changed is kept
                w.setCurrentIndex(max(0, w.findData(value)))
            else:
                w = QLineEdit(value)
                if f.kind == "date":
                    w.setPlaceholderText("2025-05-12")
                elif f.kind == "number":
                    w.setPlaceholderText("0")
            self.field_inputs[f.id] = w
            self.fields_form.addRow(f.name, w)
        if not self.options.fields:
            hint = QLabel(
                self.tr(
                    "No custom fields yet. Define fields such as questionnaire answers (入群问卷) "
                    "with “Custom fields…” on the Members page."
                )
            )
            hint.setWordWrap(True)
            outer.addWidget(hint)
        outer.addStretch(1)
        self.tabs.addTab(page, self.tr("Custom fields"))

    # -- tags tab
    def _build_tags(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.tag_list = QListWidget()
        self.tag_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        v.addWidget(self.tag_list, 1)
        row = QHBoxLayout()
        self.add_tag_btn = QPushButton(self.tr("Add tags…"))
        self.remove_tag_btn = QPushButton(self.tr("Remove selected tags"))
        self.add_tag_btn.clicked.connect(self._add_tags)
        self.remove_tag_btn.clicked.connect(self._remove_tags)
        row.addWidget(self.add_tag_btn)
        row.addWidget(self.remove_tag_btn)
        row.addStretch(1)
        v.addLayout(row)
        self._load_reasons()
        self._fill_tags()
        self.tabs.addTab(page, self.tr("Tags"))

    def _fill_tags(self) -> None:
        from ui.dialogs.tag_rules import reason_text

        self.tag_list.clear()
        for reason in self.reasons:
            item = QListWidgetItem(
                swatch(reason.color), f"{reason.dimension} · {reason.tag}    ({reason_text(reason)})"
            )
            item.setData(Qt.ItemDataRole.UserRole, reason.tag_id)
            self.tag_list.addItem(item)
        if not self.reasons:
            item = QListWidgetItem(self.tr("No tags yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tag_list.addItem(item)

    def _load_reasons(self) -> None:
        with self.db.session() as s:
            self.reasons = tags.explain(s, self.member_id)

    def _reload_tags(self) -> None:
        self._load_reasons()
        self._fill_tags()
        self.saved.emit()

    def _add_tags(self) -> None:
        from ui.dialogs.tag_picker import TagPicker

        picker = TagPicker(self.db, self.tr("Add tags"), self.tr("Tags to give this member:"), self)
        if picker.exec() and picker.chosen():
            member_actions.add_tags(self.db, [self.member_id], picker.chosen())
            self._reload_tags()

    def _remove_tags(self) -> None:
        ids = [i.data(Qt.ItemDataRole.UserRole) for i in self.tag_list.selectedItems()]
        ids = [i for i in ids if i is not None]
        if ids:
            member_actions.remove_tags(self.db, [self.member_id], ids)
            self._reload_tags()

    # -- groups tab
    def _build_groups(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.stays_table = make_table([self.tr("Group"), self.tr("Joined"), self.tr("Left"), self.tr("Reason")])
        self.stays_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.stays_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        v.addWidget(self.stays_table, 1)
        row = QHBoxLayout()
        self.group_combo = QComboBox()
        for gid, name in self.options.groups:
            self.group_combo.addItem(name, gid)
        self.add_stay_btn = QPushButton(self.tr("Add to group"))
        self.leave_btn = QPushButton(self.tr("Left today"))
        self.remove_stay_btn = QPushButton(self.tr("Delete this stay"))
        self.add_stay_btn.clicked.connect(self._add_stay)
        self.leave_btn.clicked.connect(self._leave_today)
        self.remove_stay_btn.clicked.connect(self._remove_stay)
        for w in (self.group_combo, self.add_stay_btn, self.leave_btn, self.remove_stay_btn):
            row.addWidget(w)
        row.addStretch(1)
        v.addLayout(row)
        hint = QLabel(self.tr("Dates as 2025-05-12; leave “Left” empty while the member is still in the group."))
        hint.setStyleSheet("QLabel { color: #666; }")
        v.addWidget(hint)
        self.stays = list(self.profile.stays)
        self._fill_stays()
        self.tabs.addTab(page, self.tr("Groups"))

    def _fill_stays(self) -> None:
        t = self.stays_table
        t.setRowCount(len(self.stays))
        for r, s in enumerate(self.stays):
            set_cell(t, r, 0, s.group)
            t.item(r, 0).setFlags(t.item(r, 0).flags() & ~Qt.ItemFlag.ItemIsEditable)
            set_cell(t, r, 1, _fmt_day(s.joined_at))
            set_cell(t, r, 2, _fmt_day(s.left_at))
            set_cell(t, r, 3, s.exit_reason or "")
            for c in (1, 2, 3):
                t.item(r, c).setFlags(t.item(r, c).flags() | Qt.ItemFlag.ItemIsEditable)
            if s.left_at is None:
                t.item(r, 0).setForeground(QColor("#009E73"))

    def _read_stays(self) -> list[member_profile.Stay]:
        out = []
        for r, s in enumerate(self.stays):
            joined = _parse_day(self.stays_table.item(r, 1).text())
            left = _parse_day(self.stays_table.item(r, 2).text())
            reason = self.stays_table.item(r, 3).text().strip() or None
            out.append(
                member_profile.Stay(
                    s.id,
                    s.group_id,
                    s.group,
                    member_profile.as_datetime(joined) if joined else None,
                    member_profile.as_datetime(left) if left else None,
                    reason,
                )
            )
        return out

    def _add_stay(self) -> None:
        if self.group_combo.currentData() is None:
            return
        self.stays = self._read_stays()
        now = datetime.now().replace(microsecond=0)
        self.stays.append(
            member_profile.Stay(None, self.group_combo.currentData(), self.group_combo.currentText(), now, None)
        )
        self._fill_stays()

    def _leave_today(self) -> None:
        row = self.stays_table.currentRow()
        if 0 <= row < len(self.stays):
            self.stays = self._read_stays()
            self.stays[row].left_at = datetime.now().replace(microsecond=0)
            self._fill_stays()

    def _remove_stay(self) -> None:
        row = self.stays_table.currentRow()
        if 0 <= row < len(self.stays):
            self.stays = self._read_stays()
            del self.stays[row]
            self._fill_stays()

    # -- aliases tab
    def _build_aliases(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        hint = QLabel(self.tr("Names and IDs under which this member appears in chat exports; imports match by them."))
        hint.setWordWrap(True)
        v.addWidget(hint)
        self.alias_list = QListWidget()
        v.addWidget(self.alias_list, 1)
        row = QHBoxLayout()
        self.alias_platform = QComboBox()
        for p in PLATFORMS:
            self.alias_platform.addItem(p, p)
        self.alias_edit = QLineEdit()
        self.alias_edit.setPlaceholderText(self.tr("New alias"))
        add = QPushButton(self.tr("Add"))
        remove = QPushButton(self.tr("Remove selected"))
        add.clicked.connect(self._add_alias)
        self.alias_edit.returnPressed.connect(self._add_alias)
        remove.clicked.connect(
            lambda: [self.alias_list.takeItem(self.alias_list.row(i)) for i in self.alias_list.selectedItems()]
        )
        for w in (self.alias_platform, self.alias_edit, add, remove):
            row.addWidget(w)
        v.addLayout(row)
        for alias_id, platform, alias in self.profile.aliases:
            self._alias_item(alias_id, platform, alias)
        self.tabs.addTab(page, self.tr("Aliases"))

    def _alias_item(self, alias_id, platform: str, alias: str) -> None:
        item = QListWidgetItem(f"{alias}    ({platform})")
        item.setData(Qt.ItemDataRole.UserRole, (alias_id, platform, alias))
        self.alias_list.addItem(item)

    def _add_alias(self) -> None:
        text = self.alias_edit.text().strip()
        if text:
            self._alias_item(None, self.alias_platform.currentData(), text)
            self.alias_edit.clear()

    # -- timeline tab
    def _build_timeline(self) -> None:
        self.timeline = make_table([self.tr("When"), self.tr("What"), self.tr("Group"), self.tr("Detail")])
        self.timeline_tab = self.tabs.addTab(self.timeline, self.tr("Timeline"))

    @staticmethod
    def _load_timeline(progress, db: Database, member_id: int):
        with db.session() as s:
            return member_profile.timeline(s, member_id), member_profile.event_count(s, member_id)

    def _show_timeline(self, result) -> None:
        rows, total = result
        t = self.timeline
        t.setRowCount(len(rows))
        for r, e in enumerate(rows):
            set_cell(t, r, 0, e.ts.strftime("%Y-%m-%d %H:%M"))
            set_cell(t, r, 1, label(e.kind))
            set_cell(t, r, 2, e.group or "")
            set_cell(t, r, 3, self._detail(e))
        title = self.tr("Timeline (%1)").replace("%1", f"{total:,}")
        self.tabs.setTabText(self.timeline_tab, title)

    def _detail(self, e: member_profile.TimelineRow) -> str:
        parts = []
        if e.amount is not None:
            parts.append(f"¥{e.amount:,.2f}")
        if e.subtype and e.subtype != "text":
            parts.append(label(e.subtype))
        if e.ref and e.kind not in ("message",):
            parts.append(e.ref)
        if e.body:
            parts.append(e.body if len(e.body) <= 80 else e.body[:79] + "…")
        elif e.length:
            parts.append(self.tr("%n character(s)", "", e.length))
        return " · ".join(parts)

    # -- points, check-ins and the moderation log: panels that save their own changes at once
    def _build_panels(self) -> None:
        from ui.widgets.checkin_panel import CheckinPanel
        from ui.widgets.moderation_panel import ModerationPanel
        from ui.widgets.points_panel import PointsPanel

        self.points_panel = PointsPanel(self.db, self.member_id, self)
        self.checkin_panel = CheckinPanel(self.db, self.member_id, self)
        self.moderation_panel = ModerationPanel(self.db, self.member_id, self)
        self.checkin_panel.changed.connect(self.points_panel.reload)  # a check-in may earn points
        for panel, title in (
            (self.points_panel, self.tr("Points")),
            (self.checkin_panel, self.tr("Check-ins")),
            (self.moderation_panel, self.tr("Moderation")),
        ):
            panel.changed.connect(self.saved.emit)
            self.add_panel(panel, title)

    def add_panel(self, widget: QWidget, title: str) -> None:
        self.extra_tabs.append(widget)
        self.tabs.addTab(widget, title)

    # -- save
    def collect(self) -> tuple[dict, dict, list, list]:
        values = {
            "display_name": self.name.text().strip(),
            "wechat_id": self.wechat.text().strip() or None,
            "phone": self.phone.text().strip() or None,
            "other_contact": self.other.text().strip() or None,
            "birthday": _parse_day(self.birthday.text()),
            "source_channel": self.source.text().strip() or None,
            "joined_at": member_profile.as_datetime(_parse_day(self.joined.text())),
            "tier": self.tier.currentData(),
            "do_not_contact": self.dnc.isChecked(),
            "role": self.role.currentData(),
            "notes": self.notes.toPlainText().strip(),
        }
        fields = {
            fid: (w.currentData() if isinstance(w, QComboBox) else w.text()) for fid, w in self.field_inputs.items()
        }
        aliases = [self.alias_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.alias_list.count())]
        return values, fields, aliases, self._read_stays()

    def save(self) -> None:
        try:
            values, fields, aliases, stays = self.collect()
            member_profile.save(self.db, self.member_id, values, fields, aliases, stays)
        except (member_profile.ProfileError, custom_fields.FieldValueError) as err:
            self.error.setText(self.tr("Not saved: %1").replace("%1", translate_error(str(err))))
            self.error.show()
            return
        except Exception as err:  # a storage failure: say so, keep the dialog open with the edits
            QMessageBox.warning(self, self.tr("Not saved"), translate_error(str(err)))
            return
        self.saved.emit()
        self.accept()
