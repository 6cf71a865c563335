"""Dialogs of the calendar: an entry, a recurring SOP slot, a template, results of a post, copying days."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from core import plan
from core.content import RESULT_FIELDS
from core.models import PLAN_STATUSES
from ui.labels import label
from ui.widgets.plan_models import weekday_name


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def group_combo(groups: list[tuple], current: int | None = None) -> QComboBox:
    combo = QComboBox()
    for gid, name, *_rest in groups:
        combo.addItem(name, gid)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def status_combo(current: str = "scheduled") -> QComboBox:
    combo = QComboBox()
    for s in PLAN_STATUSES:
        combo.addItem(label(s), s)
    combo.setCurrentIndex(combo.findData(current))
    return combo


class EntryDialog(QDialog):
    """A new entry or an edited one; a series occurrence can be edited alone or with its whole series."""

    def __init__(
        self,
        groups: list[tuple],
        items: list[tuple[int, str]],
        row: plan.PlanRow | None = None,
        when: datetime | None = None,
        group_id: int | None = None,
        suggestion: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit entry") if row else self.tr("New entry"))
        form = QFormLayout()
        self.item = QComboBox()
        self.item.addItem(self.tr("(none — just a title)"), None)
        for item_id, title in items:
            self.item.addItem(title, item_id)
        self.title = QLineEdit(row.title if row else "")
        self.group = group_combo(groups, row.group_id if row else group_id)
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        start = row.when if row else when or datetime.now().replace(minute=0, second=0, microsecond=0)
        self.when.setDateTime(QDateTime(_qdate(start.date()), QTime(start.hour, start.minute)))
        self.status = status_combo(row.status if row else "scheduled")
        self.campaign = QLineEdit(row.campaign or "" if row else "")
        self.campaign.setPlaceholderText(self.tr("e.g. 双11大促 (groups entries into one funnel)"))
        form.addRow(self.tr("Library item"), self.item)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Time"), self.when)
        if suggestion is not None:
            hint = QLabel(
                self.tr("Best slot by past results: %1 %2")
                .replace("%1", weekday_name(suggestion.date()))
                .replace("%2", suggestion.strftime("%H:%M"))
            )
            hint.setStyleSheet("color: #009E73;")
            use = QLabel(f"<a href='#'>{self.tr('Use it')}</a>")
            use.linkActivated.connect(lambda _l: self.when.setTime(QTime(suggestion.hour, suggestion.minute)))
            line = QHBoxLayout()
            line.addWidget(hint)
            line.addWidget(use)
            line.addStretch(1)
            form.addRow("", line)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Campaign"), self.campaign)
        self.whole_series = QCheckBox(self.tr("Apply the time and title to the whole series from this day on"))
        if row and row.series_id:
            form.addRow("", self.whole_series)
        if row and row.content_item_id is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(row.content_item_id)))
        self.item.currentIndexChanged.connect(self._item_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #D55E00;")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        layout.addWidget(_buttons(self))
        self.resize(480, 0)

    def _item_changed(self) -> None:
        if self.item.currentData() is not None and not self.title.text().strip():
            self.title.setText(self.item.currentText())

    def values(self) -> dict:
        qdt = self.when.dateTime()
        when = datetime(qdt.date().year(), qdt.date().month(), qdt.date().day(), qdt.time().hour(), qdt.time().minute())
        return {
            "title": self.title.text().strip() or (self.item.currentText() if self.item.currentData() else ""),
            "when": when,
            "group_id": self.group.currentData(),
            "status": self.status.currentData(),
            "campaign": self.campaign.text(),
            "content_item_id": self.item.currentData(),
        }


class SeriesDialog(QDialog):
    """A recurring SOP slot: days of the week and a time, from a start day to an end date or for a count."""

    def __init__(
        self,
        groups: list[tuple],
        items: list[tuple[int, str]],
        start: date,
        data: plan.SeriesData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit recurring slot") if data else self.tr("New recurring slot"))
        form = QFormLayout()
        self.title = QLineEdit(data.title if data else "")
        self.title.setPlaceholderText(self.tr("e.g. 周三晚8点直播答疑"))
        self.item = QComboBox()
        self.item.addItem(self.tr("(none — just a title)"), None)
        for item_id, title in items:
            self.item.addItem(title, item_id)
        if data and data.content_item_id:
            self.item.setCurrentIndex(max(0, self.item.findData(data.content_item_id)))
        self.group = group_combo(groups, data.group_id if data else None)
        days = QHBoxLayout()
        self.days: list[QCheckBox] = []
        chosen = set(data.weekdays) if data else {start.weekday()}
        for i in range(7):
            box = QCheckBox(weekday_name(date(2024, 1, 1 + i)))
            box.setChecked(i in chosen)
            self.days.append(box)
            days.addWidget(box)
        self.at = QTimeEdit(QTime(20, 0) if not data else QTime(data.time_of_day.hour, data.time_of_day.minute))
        self.at.setDisplayFormat("HH:mm")
        self.start = QDateEdit(_qdate(data.start_on if data else start))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.no_end = QRadioButton(self.tr("No end (kept filled three months ahead)"))
        self.until = QRadioButton(self.tr("Until"))
        self.times = QRadioButton(self.tr("Number of times"))
        self.end = QDateEdit(_qdate(data.end_on if data and data.end_on else start))
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("yyyy-MM-dd")
        self.count = QSpinBox()
        self.count.setRange(1, plan.MAX_SERIES_OCCURRENCES)
        self.count.setValue(data.count if data and data.count else 10)
        (self.until if data and data.end_on else self.times if data and data.count else self.no_end).setChecked(True)
        ends = QVBoxLayout()
        ends.addWidget(self.no_end)
        for radio, field in ((self.until, self.end), (self.times, self.count)):
            line = QHBoxLayout()
            line.addWidget(radio)
            line.addWidget(field)
            line.addStretch(1)
            ends.addLayout(line)
        self.status = status_combo(data.status if data else "scheduled")
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Library item"), self.item)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Days"), days)
        form.addRow(self.tr("Time"), self.at)
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Ends"), ends)
        form.addRow(self.tr("Status"), self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def data(self) -> plan.SeriesData:
        t = self.at.time()
        return plan.SeriesData(
            group_id=self.group.currentData(),
            title=self.title.text().strip() or (self.item.currentText() if self.item.currentData() else ""),
            time_of_day=time(t.hour(), t.minute()),
            start_on=_pydate(self.start.date()),
            weekdays=tuple(i for i, b in enumerate(self.days) if b.isChecked()),
            end_on=_pydate(self.end.date()) if self.until.isChecked() else None,
            count=self.count.value() if self.times.isChecked() else None,
            content_item_id=self.item.currentData(),
            status=self.status.currentData(),
        )


class TemplateDialog(QDialog):
    """Apply a campaign or stage template (built in or the owner's own) to a group from a start day."""

    def __init__(self, templates: list, groups: list[tuple], start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan from a template"))
        form = QFormLayout()
        self.template = QComboBox()
        for t in templates:
            self.template.addItem(self.tr("%1 (%n entries)", "", len(t.entries)).replace("%1", t.name), t.key)
        self.group = group_combo(groups)
        self.start = QDateEdit(_qdate(start))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.campaign = QLineEdit()
        self.campaign.setPlaceholderText(self.tr("optional, e.g. 元旦快闪"))
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Campaign"), self.campaign)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> tuple[str, date, int, str | None]:
        return (
            self.template.currentData(),
            _pydate(self.start.date()),
            self.group.currentData(),
            self.campaign.text().strip() or None,
        )


class ResultsDialog(QDialog):
    """Results of a posted entry, entered by hand; an empty field means not known."""

    def __init__(self, row: plan.PlanRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Results of the post"))
        form = QFormLayout()
        form.addRow(QLabel(f"<b>{row.title}</b><br>{row.group} · {row.when:%Y-%m-%d %H:%M}"))
        self.fields: dict[str, QLineEdit] = {}
        names = {
            "reach": self.tr("Reach"),
            "opens": self.tr("Opens"),
            "replies": self.tr("Replies"),
            "shares": self.tr("Shares"),
            "clicks": self.tr("Clicks"),
            "carts": self.tr("Added to cart"),
            "orders": self.tr("Orders"),
        }
        for f in RESULT_FIELDS:
            edit = QLineEdit("" if row.results.get(f) is None else str(row.results[f]))
            edit.setPlaceholderText(self.tr("not known"))
            self.fields[f] = edit
            form.addRow(names[f], edit)
        self.campaign = QLineEdit(row.campaign or "")
        form.addRow(self.tr("Campaign"), self.campaign)
        self.error = QLabel()
        self.error.setStyleSheet("color: #D55E00;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.setMinimumWidth(340)

    def accept(self) -> None:
        if self.values() is None:
            self.error.setText(self.tr("Enter whole numbers of 0 or more, or leave a field empty."))
            return
        super().accept()

    def values(self) -> dict | None:
        out: dict = {}
        for f, edit in self.fields.items():
            text = edit.text().strip().replace(",", "")
            if not text:
                out[f] = None
            elif text.isdigit():
                out[f] = int(text)
            else:
                return None
        out["campaign"] = self.campaign.text()
        return out


class CopyDialog(QDialog):
    """Copy a day or a week of entries to another start day."""

    def __init__(self, source: date, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = days
        self.setWindowTitle(self.tr("Copy a week") if days == 7 else self.tr("Copy a day"))
        form = QFormLayout()
        self.source = QDateEdit(_qdate(source))
        self.target = QDateEdit(_qdate(source.fromordinal(source.toordinal() + days)))
        for edit in (self.source, self.target):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("From (first day)"), self.source)
        form.addRow(self.tr("To (first day)"), self.target)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Copies are plans: posted and skipped entries become scheduled again.")))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> tuple[date, date]:
        return _pydate(self.source.date()), _pydate(self.target.date())


class TargetsDialog(QDialog):
    """The mix the owner aims for (三核驱动: mostly practical value, little pure promotion)."""

    def __init__(self, current: dict[str, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Content targets"))
        form = QFormLayout()
        self.promotion = QSpinBox()
        self.promotion.setRange(0, 100)
        self.promotion.setSuffix(" %")
        self.promotion.setValue(round(current["max_promotion_share"] * 100))
        self.knowledge = QSpinBox()
        self.knowledge.setRange(0, 100)
        self.knowledge.setSuffix(" %")
        self.knowledge.setValue(round(current["min_knowledge_share"] * 100))
        self.in_row = QSpinBox()
        self.in_row.setRange(1, 20)
        self.in_row.setValue(int(current["max_promotions_in_row"]))
        form.addRow(self.tr("Promotion (推广) at most"), self.promotion)
        form.addRow(self.tr("Knowledge (知识核) at least"), self.knowledge)
        form.addRow(self.tr("Promotional posts in a row in one group, at most"), self.in_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> dict[str, float]:
        return {
            "max_promotion_share": self.promotion.value() / 100,
            "min_knowledge_share": self.knowledge.value() / 100,
            "max_promotions_in_row": float(self.in_row.value()),
        }
