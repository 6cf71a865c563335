"""The Members page's filter panel: tags, groups, tier, lifecycle state, last-active range, custom fields."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.members import STATES, FilterOptions, MemberFilter
from ui.labels import label

_C = "MemberFilterPanel"
STATE_NAMES = {
    "active": QT_TRANSLATE_NOOP("MemberFilterPanel", "Active"),
    "shallow_churn": QT_TRANSLATE_NOOP("MemberFilterPanel", "Shallow churn"),
    "drifting": QT_TRANSLATE_NOOP("MemberFilterPanel", "Between shallow and deep churn"),
    "deep_churn": QT_TRANSLATE_NOOP("MemberFilterPanel", "Deep churn"),
    "never_posted": QT_TRANSLATE_NOOP("MemberFilterPanel", "Never posted"),
    "left": QT_TRANSLATE_NOOP("MemberFilterPanel", "Left the group"),
}


def state_name(key: str) -> str:
    return QCoreApplication.translate(_C, STATE_NAMES[key])


def swatch(colour: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(colour))
    return QIcon(pix)


def _checked_list(height: int = 110) -> QListWidget:
    w = QListWidget()
    w.setMaximumHeight(height)
    return w


class MemberFilterPanel(QScrollArea):
    """Emits ``changed`` whenever a choice changes; ``current()`` is the filter (without the search text)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(270)
        self.setMaximumWidth(340)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 8, 4)
        self._quiet = False

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Filters</b>")))
        top.addStretch(1)
        self.clear_btn = QPushButton(self.tr("Clear"))
        self.clear_btn.clicked.connect(self.clear)
        top.addWidget(self.clear_btn)
        layout.addLayout(top)

        self.tags = QTreeWidget()
        self.tags.setHeaderHidden(True)
        self.tags.setFixedHeight(230)
        self.tags.itemChanged.connect(lambda *_: self._emit())
        layout.addWidget(self._box(self.tr("Tags (any within a dimension, all across)"), self.tags))

        self.groups = _checked_list()
        self.groups.itemChanged.connect(lambda *_: self._emit())
        layout.addWidget(self._box(self.tr("In group"), self.groups))

        self.tiers = _checked_list(100)
        self.tiers.itemChanged.connect(lambda *_: self._emit())
        layout.addWidget(self._box(self.tr("Tier"), self.tiers))

        self.states = _checked_list(150)
        for key in STATES:
            item = QListWidgetItem(state_name(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.states.addItem(item)
        self.states.itemChanged.connect(lambda *_: self._emit())
        layout.addWidget(self._box(self.tr("Lifecycle"), self.states))

        dates = QFormLayout()
        self.from_on, self.from_date = QCheckBox(self.tr("From")), QDateEdit()
        self.to_on, self.to_date = QCheckBox(self.tr("To")), QDateEdit()
        for check, edit in ((self.from_on, self.from_date), (self.to_on, self.to_date)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda *_: self._emit())
            edit.dateChanged.connect(lambda *_: self._emit())
            dates.addRow(check, edit)
        self.from_date.setDate(QDate.currentDate().addDays(-30))
        holder = QWidget()
        holder.setLayout(dates)
        layout.addWidget(self._box(self.tr("Last active"), holder))

        self.dnc = QComboBox()
        self.dnc.addItem(self.tr("Everyone"), None)
        self.dnc.addItem(self.tr("Only do-not-contact"), True)
        self.dnc.addItem(self.tr("Leave out do-not-contact"), False)
        self.dnc.currentIndexChanged.connect(lambda *_: self._emit())
        layout.addWidget(self._box(self.tr("Do not contact"), self.dnc))

        self.fields_form = QFormLayout()
        self.fields_box = QGroupBox(self.tr("Custom fields"))
        self.fields_box.setLayout(self.fields_form)
        layout.addWidget(self.fields_box)
        self._field_inputs: dict[int, QWidget] = {}
        layout.addStretch(1)

    def _box(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        v = QVBoxLayout(box)
        v.setContentsMargins(6, 4, 6, 6)
        v.addWidget(widget)
        return box

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()

    # -- options and state
    def set_options(self, options: FilterOptions) -> None:
        """Fill the lists (after data changed), keeping what was chosen where it still exists."""
        keep = self.current()
        self._quiet = True
        try:
            self.tags.clear()
            for dim_id, name, colour, tags in options.dimensions:
                top = QTreeWidgetItem([name])
                top.setIcon(0, swatch(colour))
                top.setData(0, Qt.ItemDataRole.UserRole, None)
                top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                for tag_id, tag in tags:
                    child = QTreeWidgetItem([tag])
                    child.setData(0, Qt.ItemDataRole.UserRole, (dim_id, tag_id))
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    child.setCheckState(0, Qt.CheckState.Unchecked)
                    top.addChild(child)
                self.tags.addTopLevelItem(top)
                top.setExpanded(len(options.dimensions) <= 4)
            self.groups.clear()
            for gid, name in options.groups:
                self._add_check(self.groups, name, gid)
            self.tiers.clear()
            self._add_check(self.tiers, self.tr("No tier yet"), "")
            for tier in options.tiers:
                self._add_check(self.tiers, label(tier), tier)
            while self.fields_form.rowCount():
                self.fields_form.removeRow(0)
            self._field_inputs.clear()
            for f in options.fields:
                if f.kind == "choice":
                    w = QComboBox()
                    w.addItem(self.tr("Any"), "")
                    for c in f.choices:
                        w.addItem(c, c)
                    w.currentIndexChanged.connect(lambda *_: self._emit())
                else:
                    w = QLineEdit()
                    w.setPlaceholderText(self.tr("contains…") if f.kind == "text" else self.tr("equals…"))
                    w.setClearButtonEnabled(True)
                    w.editingFinished.connect(self._emit)
                self._field_inputs[f.id] = w
                self.fields_form.addRow(f.name, w)
            self.fields_box.setVisible(bool(options.fields))
            for widget in (self.groups, self.tiers, self.states):
                widget.setFixedHeight(min(170, 22 * widget.count() + 8))
        finally:
            self._quiet = False
        self.set_current(keep, emit=False)

    def _add_check(self, widget: QListWidget, text: str, data) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)

    @staticmethod
    def _checked(widget: QListWidget) -> list:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def current(self) -> MemberFilter:
        tags: dict[int, list[int]] = {}
        for i in range(self.tags.topLevelItemCount()):
            top = self.tags.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                if child.checkState(0) == Qt.CheckState.Checked:
                    dim_id, tag_id = child.data(0, Qt.ItemDataRole.UserRole)
                    tags.setdefault(dim_id, []).append(tag_id)
        fields: dict[int, str] = {}
        for fid, w in self._field_inputs.items():
            value = w.currentData() if isinstance(w, QComboBox) else w.text().strip()
            if value:
                fields[fid] = value
        return MemberFilter(
            tags=tags,
            groups=self._checked(self.groups),
            tiers=self._checked(self.tiers),
            states=self._checked(self.states),
            active_from=self.from_date.date().toPython() if self.from_on.isChecked() else None,
            active_to=self.to_date.date().toPython() if self.to_on.isChecked() else None,
            fields=fields,
            do_not_contact=self.dnc.currentData(),
        )

    def set_current(self, flt: MemberFilter, emit: bool = True) -> None:
        self._quiet = True
        try:
            wanted = {(d, t) for d, ts in flt.tags.items() for t in ts}
            for i in range(self.tags.topLevelItemCount()):
                top = self.tags.topLevelItem(i)
                for j in range(top.childCount()):
                    child = top.child(j)
                    on = tuple(child.data(0, Qt.ItemDataRole.UserRole)) in wanted
                    child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                    if on:
                        top.setExpanded(True)
            for widget, chosen in ((self.groups, flt.groups), (self.tiers, flt.tiers), (self.states, flt.states)):
                for i in range(widget.count()):
                    item = widget.item(i)
                    on = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            for check, edit, value in (
                (self.from_on, self.from_date, flt.active_from),
                (self.to_on, self.to_date, flt.active_to),
            ):
                check.setChecked(value is not None)
                if value is not None:
                    edit.setDate(QDate(value.year, value.month, value.day))
            self.dnc.setCurrentIndex(max(0, self.dnc.findData(flt.do_not_contact)))
            for fid, w in self._field_inputs.items():
                value = flt.fields.get(fid, "")
                if isinstance(w, QComboBox):
                    w.setCurrentIndex(max(0, w.findData(value)))
                else:
                    w.setText(value)
        finally:
            self._quiet = False
        if emit:
            self.changed.emit()

    def clear(self) -> None:
        self.set_current(MemberFilter())

    def active_count(self) -> int:
        """How many kinds of filter are set (for the "Filters (3)" button)."""
        f = self.current()
        parts = [f.tags, f.groups, f.tiers, f.states, f.active_from or f.active_to, f.fields]
        return sum(1 for p in parts if p) + (f.do_not_contact is not None)
