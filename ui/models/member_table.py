"""A lazy table model over the members: it holds ordered ids and fetches rows a page at a time."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.exc import DBAPIError

from core import custom_fields
from core import members as member_queries
from core.db import Database
from ui.labels import label
from ui.widgets.tag_chips import CHIPS_ROLE

log = logging.getLogger(__name__)

PAGE = 100  # rows fetched together: a screenful or three
CACHE_PAGES = 40

# (key, header, sort key or None)
_C = "MemberTableModel"
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("MemberTableModel", "Name"), "name"),
    ("groups", QT_TRANSLATE_NOOP("MemberTableModel", "Groups"), None),
    ("tier", QT_TRANSLATE_NOOP("MemberTableModel", "Tier"), "tier"),
    ("last_active", QT_TRANSLATE_NOOP("MemberTableModel", "Last active"), "last_active"),
    ("days_silent", QT_TRANSLATE_NOOP("MemberTableModel", "Days silent"), "last_active"),
    ("messages", QT_TRANSLATE_NOOP("MemberTableModel", "Messages"), "messages"),
    ("joined", QT_TRANSLATE_NOOP("MemberTableModel", "Joined"), "joined"),
    ("source", QT_TRANSLATE_NOOP("MemberTableModel", "Source"), "source"),
    ("wechat_id", QT_TRANSLATE_NOOP("MemberTableModel", "WeChat ID"), "wechat_id"),
    ("phone", QT_TRANSLATE_NOOP("MemberTableModel", "Phone"), "phone"),
    ("points", QT_TRANSLATE_NOOP("MemberTableModel", "Points"), "points"),
    ("tags", QT_TRANSLATE_NOOP("MemberTableModel", "Tags"), None),
)
TAGS_ROLE = CHIPS_ROLE  # the tags column: a list of (name, colour) for ui.widgets.tag_chips


_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        TAGS_ROLE,
    )
)
_GREY, _RED, _AMBER = QBrush(QColor("#888888")), QBrush(QColor("#D55E00")), QBrush(QColor("#B8860B"))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class MemberTableModel(QAbstractTableModel):
    def __init__(self, db: Database, today: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today or date.today()
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, member_queries.MemberRow]] = OrderedDict()
        self._filter = member_queries.MemberFilter()
        self._fields: list[custom_fields.FieldDef] = []
        self._sort = "id"
        self._descending = False
        self._only: frozenset[int] | None = None  # click-through: just these members
        self._started = False  # nothing is read before the first reload (a view's setSortingEnabled sorts at once)

    # -- loading
    def reload(self) -> None:
        self._started = True
        try:
            with self.db.session() as s:
                fields = custom_fields.fields(s)
                ids = member_queries.search_ids(s, self._filter, self._sort, self._descending, self.today)
            if self._only is not None:
                ids = [i for i in ids if i in self._only]
        except DBAPIError:  # a damaged file: the start-up check offers a backup; show nothing meanwhile
            log.exception("cannot list members")
            ids, fields = [], self._fields
        self.beginResetModel()
        self._ids = ids
        self._fields = fields
        self._pages.clear()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        if text != self._filter.text:
            self._filter = replace(self._filter, text=text)
            self.reload()

    def set_filter(self, flt: member_queries.MemberFilter) -> None:
        self._filter = replace(flt)
        self.reload()

    def filter(self) -> member_queries.MemberFilter:
        return replace(self._filter)

    def ids(self) -> list[int]:
        """Every member id shown, in the table's order (for exports and "select all" bulk actions)."""
        return list(self._ids)

    def column_key(self, column: int) -> str:
        if column < len(COLUMNS):
            return COLUMNS[column][0]
        return f"field:{self._fields[column - len(COLUMNS)].id}"

    def invalidate_rows(self) -> None:
        """Rows changed (an edit): fetch them again as they are shown, keeping order and selection."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1))

    def set_only(self, ids: list[int] | None) -> None:
        """Restrict the table to these member ids (None: every member), keeping search and sort."""
        self._only = None if ids is None else frozenset(ids)
        self.reload()

    def member_id(self, row: int) -> int:
        return self._ids[row]

    def _row(self, row: int) -> member_queries.MemberRow | None:
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            ids = self._ids[page_no * PAGE : (page_no + 1) * PAGE]
            try:
                with self.db.session() as s:
                    page = member_queries.fetch_rows(s, ids)
            except DBAPIError:
                log.exception("cannot read members")
                return None
            self._pages[page_no] = page
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    # -- Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + len(self._fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return QCoreApplication.translate(_C, COLUMNS[section][1])
            if 0 <= section - len(COLUMNS) < len(self._fields):
                return self._fields[section - len(COLUMNS)].name
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # The view asks about ten roles per cell on every paint: answer the ones we never set at once.
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        key = self.column_key(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            r = self._row(index.row())
            return None if r is None else self._display(r, key)
        if role == TAGS_ROLE and key == "tags":
            r = self._row(index.row())
            return list(r.tags) if r else []
        if role == Qt.ItemDataRole.ToolTipRole and key in ("tags", "groups"):
            r = self._row(index.row())
            return None if r is None else self._display(r, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "name":
            r = self._row(index.row())
            if r is not None and r.do_not_contact:
                return _GREY
        if role == Qt.ItemDataRole.ForegroundRole and key == "days_silent":
            r = self._row(index.row())
            days = r.days_silent(self.today) if r else None
            if days is not None and days >= 60:
                return _RED
            if days is not None and days >= 30:
                return _AMBER
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("days_silent", "messages", "points"):
            return _RIGHT
        return None

    def _display(self, r: member_queries.MemberRow, key: str) -> str:
        if key == "name":
            return r.name
        if key == "groups":
            return "、".join(r.groups)
        if key == "tier":
            return label(r.tier)
        if key == "last_active":
            return r.last_active.strftime("%Y-%m-%d") if r.last_active else ""
        if key == "days_silent":
            days = r.days_silent(self.today)
            return "" if days is None else str(days)
        if key == "messages":
            return str(r.messages)
        if key == "joined":
            return r.joined_at.strftime("%Y-%m-%d") if r.joined_at else ""
        if key == "source":
            return r.source or ""
        if key == "wechat_id":
            return r.wechat_id or ""
        if key == "phone":
            return member_queries.mask_phone(r.phone)
        if key == "points":
            return str(r.points)
        if key == "tags":
            return "、".join(name for name, _colour in r.tags)
        if key.startswith("field:"):
            return r.fields.get(int(key[6:]), "")
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            key = COLUMNS[column][2]
        elif 0 <= column - len(COLUMNS) < len(self._fields):
            key = f"field:{self._fields[column - len(COLUMNS)].id}"
        else:
            return
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == "last_active" and COLUMNS[column][0] == "days_silent":
            descending = not descending  # most days silent = oldest activity
        self._sort, self._descending = key, descending
        if self._started:
            self.reload()
