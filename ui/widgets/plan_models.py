"""Item models of the calendar: the week (hours × days, a lane per group or one for all) and the month grid.

Both drag and drop through mime data: calendar entries (``ENTRY_MIME``, moved or, with Ctrl, copied) and library items
(``ITEM_MIME``, dragged from the library list). The models never write: a drop is reported by a signal and the page
runs the change in the background, then reloads.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget

from core.plan import PlanRow
from core.plan_guide import DayNote
from ui.labels import core_label, label

ENTRY_MIME = "application/x-qunzhu-plan-entries"
ITEM_MIME = "application/x-qunzhu-content-items"
STATUS_COLOURS = {
    "idea": "#9CA3AF",
    "draft": "#E69F00",
    "scheduled": "#0072B2",
    "posted": "#009E73",
    "skipped": "#D55E00",
}
STATUS_BACKGROUNDS = {
    "idea": "#F3F4F6",
    "draft": "#FDF1DC",
    "scheduled": "#DCEBF7",
    "posted": "#D9F2EA",
    "skipped": "#F9E1D6",
}
NOTE_COLOURS = {"holiday": "#D55E00", "workday": "#6B7280", "term": "#009E73", "festival": "#CC79A7"}
FIRST_HOUR, LAST_HOUR = 6, 23
_ROOT = QModelIndex()


def weekday_name(day: date) -> str:
    names = (
        QCoreApplication.translate("Calendar", "Mon"),
        QCoreApplication.translate("Calendar", "Tue"),
        QCoreApplication.translate("Calendar", "Wed"),
        QCoreApplication.translate("Calendar", "Thu"),
        QCoreApplication.translate("Calendar", "Fri"),
        QCoreApplication.translate("Calendar", "Sat"),
        QCoreApplication.translate("Calendar", "Sun"),
    )
    return names[day.weekday()]


def note_text(notes: list[DayNote]) -> str:
    out = []
    for n in notes:
        if n.kind == "workday":
            out.append(QCoreApplication.translate("Calendar", "%1 (working day)").replace("%1", n.name))
        elif n.kind == "holiday":
            out.append(QCoreApplication.translate("Calendar", "%1 (day off)").replace("%1", n.name))
        else:
            out.append(n.name)
    return " · ".join(dict.fromkeys(out))


def entry_ids_from(mime: QMimeData, kind: str) -> list[int]:
    if not mime.hasFormat(kind):
        return []
    try:
        return [int(i) for i in json.loads(bytes(mime.data(kind)).decode("utf-8"))]
    except (ValueError, TypeError):
        return []


def make_mime(kind: str, ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(kind, json.dumps(ids).encode("utf-8"))
    return mime


def _entry_tooltip(e: PlanRow) -> str:
    parts = [f"{e.when:%m-%d %H:%M} {e.group}", e.title, label(e.status)]
    if e.category:
        parts.append(f"{label(e.category)} · {core_label(e.core)} · {label(e.format)}")
    if e.series_id:
        parts.append(QCoreApplication.translate("Calendar", "Recurring"))
    return "\n".join(parts)


class _PlanModel(QAbstractTableModel):
    entries_dropped = Signal(list, object, object, object, bool)  # ids, day (date), hour (int|None), group_id, copy
    items_dropped = Signal(list, object, object)  # item ids, when (datetime), group_id (None: the page chooses)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cells: dict[tuple[int, int], list[PlanRow]] = {}

    def entries_at(self, index: QModelIndex) -> list[PlanRow]:
        return self.cells.get((index.row(), index.column()), [])

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        flags = base | Qt.ItemFlag.ItemIsDropEnabled
        if self.entries_at(index):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME, ITEM_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids: list[int] = []
        for index in indexes:
            ids += [e.id for e in self.entries_at(index) if e.id not in ids]
        return make_mime(ENTRY_MIME, ids)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def _target(self, row: int, column: int, parent: QModelIndex) -> QModelIndex:
        """The cell dropped on: the view passes it as ``parent``, or as row/column near a cell's edge."""
        if parent.isValid():
            return parent
        return self.index(row, column) if row >= 0 and column >= 0 else QModelIndex()

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        target = self._target(row, column, parent)
        return target.isValid() and (data.hasFormat(ENTRY_MIME) or data.hasFormat(ITEM_MIME))

    def slot_of(self, index: QModelIndex) -> tuple[date, int | None, int | None]:
        """(day, hour or None, group id or None) of a cell."""
        raise NotImplementedError

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        day, hour, group_id = self.slot_of(self._target(row, column, parent))
        items = entry_ids_from(data, ITEM_MIME)
        if items:
            when = datetime.combine(day, datetime.min.time()).replace(hour=20 if hour is None else hour)
            self.items_dropped.emit(items, when, group_id)
            return True
        ids = entry_ids_from(data, ENTRY_MIME)
        if not ids:
            return False
        self.entries_dropped.emit(ids, day, hour, group_id, action == Qt.DropAction.CopyAction)
        # The page moves the entries and reloads; returning False keeps the view from removing the dragged cells.
        return False


class WeekModel(_PlanModel):
    """Rows are hours, columns are days × lanes (one lane per group, or a single lane for all groups)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.start = date.today()
        self.lanes: list[tuple[int | None, str]] = [(None, "")]
        self.notes: dict[date, list[DayNote]] = {}

    def set_week(
        self, start: date, rows: list[PlanRow], lanes: list[tuple[int | None, str]], notes: dict[date, list[DayNote]]
    ) -> None:
        self.beginResetModel()
        self.start, self.lanes, self.notes = start, lanes or [(None, "")], notes
        self.cells = {}
        lane_of = {gid: i for i, (gid, _n) in enumerate(self.lanes)}
        for e in rows:
            d = (e.when.date() - start).days
            if not 0 <= d < 7:
                continue
            lane = lane_of.get(e.group_id, 0 if self.lanes[0][0] is None else None)
            if lane is None:
                continue
            hour = min(max(e.when.hour, FIRST_HOUR), LAST_HOUR)
            self.cells.setdefault((hour - FIRST_HOUR, d * len(self.lanes) + lane), []).append(e)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else LAST_HOUR - FIRST_HOUR + 1

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 7 * len(self.lanes)

    def slot_of(self, index: QModelIndex) -> tuple[date, int | None, int | None]:
        day = self.start + timedelta(days=index.column() // len(self.lanes))
        return day, FIRST_HOUR + index.row(), self.lanes[index.column() % len(self.lanes)][0]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entries = self.entries_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            all_lane = self.lanes[0][0] is None
            return (
                "\n".join(f"{e.when:%H:%M} " + (f"{e.group}·" if all_lane else "") + e.title for e in entries) or None
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            if entries:
                return QBrush(QColor(STATUS_BACKGROUNDS.get(entries[0].status, "#FFFFFF")))
            if (index.column() // len(self.lanes)) % 2:  # every other day shaded, so the lanes of a day group
                return QBrush(QColor("#F5F6F8"))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and entries:
            return QBrush(QColor("#6B7280" if entries[0].status == "skipped" else "#111827"))
        if role == Qt.ItemDataRole.ToolTipRole and entries:
            return "\n\n".join(_entry_tooltip(e) for e in entries)
        if role == Qt.ItemDataRole.UserRole:
            return [e.id for e in entries]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{FIRST_HOUR + section:02d}:00"
            return None
        day = self.start + timedelta(days=section // len(self.lanes))
        lane = self.lanes[section % len(self.lanes)][1]
        notes = self.notes.get(day, [])
        first_lane = section % len(self.lanes) == 0
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{weekday_name(day)} {day:%m-%d}" if first_lane else ""
            if len(self.lanes) > 1 or notes:
                text += "\n" + (note_text(notes) if notes and first_lane else "")
            return text + (f"\n{lane}" if lane else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (f"{weekday_name(day)} {day:%Y-%m-%d}", lane, note_text(notes)) if t)
        if role == Qt.ItemDataRole.ForegroundRole and notes:
            return QBrush(QColor(NOTE_COLOURS.get(notes[0].kind, "#111827")))
        return None


class MonthModel(_PlanModel):
    """Six weeks of days from the Monday on or before the 1st; each cell lists the day's entries."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.month = date.today().replace(day=1)
        self.first = self.month - timedelta(days=self.month.weekday())
        self.notes: dict[date, list[DayNote]] = {}

    def set_month(self, month: date, rows: list[PlanRow], notes: dict[date, list[DayNote]]) -> None:
        self.beginResetModel()
        self.month = month.replace(day=1)
        self.first = self.month - timedelta(days=self.month.weekday())
        self.notes = notes
        self.cells = {}
        for e in rows:
            d = (e.when.date() - self.first).days
            if 0 <= d < 42:
                self.cells.setdefault((d // 7, d % 7), []).append(e)
        self.endResetModel()

    def range(self) -> tuple[date, date]:
        return self.first, self.first + timedelta(days=42)

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 7

    def day_of(self, index: QModelIndex) -> date:
        return self.first + timedelta(days=index.row() * 7 + index.column())

    def slot_of(self, index: QModelIndex) -> tuple[date, int | None, int | None]:
        return self.day_of(index), None, None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.day_of(index)
        entries = self.entries_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            head = str(day.day)
            notes = self.notes.get(day)
            if notes:
                head += " " + note_text(notes)
            lines = [head] + [f"{e.when:%H:%M} {e.title}" for e in entries[:4]]
            if len(entries) > 4:
                lines.append(QCoreApplication.translate("Calendar", "… %n more", "", len(entries) - 4))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole:
            if day.month != self.month.month:
                return QBrush(QColor("#9CA3AF"))
            notes = self.notes.get(day)
            if notes:
                return QBrush(QColor(NOTE_COLOURS.get(notes[0].kind, "#111827")))
        if role == Qt.ItemDataRole.BackgroundRole and entries:
            statuses = {e.status for e in entries}
            status = (
                "posted" if statuses == {"posted"} else "scheduled" if "scheduled" in statuses else entries[0].status
            )
            return QBrush(QColor(STATUS_BACKGROUNDS.get(status, "#FFFFFF")))
        if role == Qt.ItemDataRole.ToolTipRole and entries:
            return "\n".join(f"{e.when:%H:%M} {e.group} {e.title} ({label(e.status)})" for e in entries)
        if role == Qt.ItemDataRole.UserRole:
            return [e.id for e in entries]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return weekday_name(date(2024, 1, 1) + timedelta(days=section))
        return None


class LibraryList(QListWidget):
    """The library beside the calendar: items are dragged onto a slot (``ITEM_MIME`` with their ids)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def startDrag(self, supported_actions) -> None:
        # Only ever a copy: a "move" would let the view take the item out of the library list.
        super().startDrag(Qt.DropAction.CopyAction)

    def mimeData(self, items) -> QMimeData:
        return make_mime(ITEM_MIME, [int(i.data(Qt.ItemDataRole.UserRole)) for i in items])
