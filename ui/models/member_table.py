"""A lazy table model over the members: it holds ordered ids and fetches rows a page at a time.

The ids of a search, filter or sort are read on a worker (``ui.workers``): the first read after a change of the
data builds the in-memory sort orders and search texts of ``core.members`` (up to a second or two at 100,000
members), which the UI thread must not wait for. Until they arrive the old rows stay in place; ``loaded`` fires
when the new ones are.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.exc import DBAPIError

from core import custom_fields
from core import members as member_queries
from core.db import Database
from ui import workers
from ui.labels import label
from ui.widgets.tag_chips import CHIPS_ROLE

log = logging.getLogger(__name__)

PAGE = 50  # rows fetched together: a screenful or two (the first paint waits for one page)
CACHE_PAGES = 80

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


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CHIPS = int(TAGS_ROLE)
_ROLES = frozenset((_TOOLTIP, _FOREGROUND, _ALIGNMENT, _CHIPS))
_GREY, _RED, _AMBER = QBrush(QColor("#888888")), QBrush(QColor("#D55E00")), QBrush(QColor("#B8860B"))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_ALIGNED = frozenset(i for i, c in enumerate(COLUMNS) if c[0] in ("days_silent", "messages", "points"))
_NAME, _DAYS, _GROUPS, _TAGS = (
    next(i for i, c in enumerate(COLUMNS) if c[0] == k) for k in ("name", "days_silent", "groups", "tags")
)


class _Line(NamedTuple):
    """One member's row as the view asks for it: every cell's text worked out once, when its page is read."""

    cells: tuple[str, ...]
    name_brush: QBrush | None
    days_brush: QBrush | None
    chips: tuple[tuple[str, str], ...]


def _list_ids(
    _progress,
    db: Database,
    flt: member_queries.MemberFilter,
    sort: str,
    descending: bool,
    today: date,
    only: frozenset[int] | None,
) -> tuple[list[int], list[custom_fields.FieldDef]] | None:
    """The worker's part of a reload: the ids to show, in order, and the custom fields (None: unreadable)."""
    try:
        with db.session() as s:
            fields = custom_fields.fields(s)
            ids = member_queries.search_ids(s, flt, sort, descending, today)
    except DBAPIError:  # a damaged file: the start-up check offers a backup; show nothing meanwhile
        log.exception("cannot list members")
        return None
    if only is not None:
        ids = [i for i in ids if i in only]
    return ids, fields


class MemberTableModel(QAbstractTableModel):
    loaded = Signal()  # the ids of the latest reload are in place (after the model's reset)

    def __init__(self, db: Database, today: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today or date.today()
        self._ids: list[int] = []
        self._pages: dict[int, list[_Line | None]] = {}  # page number -> lines (oldest page first)
        self._filter = member_queries.MemberFilter()
        self._fields: list[custom_fields.FieldDef] = []
        self._sort = "id"
        self._descending = False
        self._only: frozenset[int] | None = None  # click-through: just these members
        self._started = False  # nothing is read before the first reload (a view's setSortingEnabled sorts at once)
        self._asked = 0  # reloads asked for; only the newest one's ids are shown
        self._shown = 0  # the reload whose ids are in place

    # -- loading
    def reload(self) -> None:
        """Read the ids for the current search, filter and sort in the background (see the module's note)."""
        self._started = True
        self._asked += 1
        job = workers.run_job(
            "member list",
            _list_ids,
            self.db,
            replace(self._filter),
            self._sort,
            self._descending,
            self.today,
            self._only,
            parent=self,
        )
        job.succeeded.connect(partial(self._arrived, self._asked))
        job.failed.connect(partial(self._failed, self._asked))  # the job logged the error

    @property
    def loading(self) -> bool:
        """True while a reload's ids have not arrived yet."""
        return self._shown != self._asked

    def _failed(self, request: int, _message: str, _trace: str) -> None:
        self._arrived(request, None)

    def _arrived(self, request: int, result: tuple[list[int], list[custom_fields.FieldDef]] | None) -> None:
        if request != self._asked:  # a newer search or sort was asked for meanwhile: wait for that one
            return
        ids, fields = ([], self._fields) if result is None else result
        self.beginResetModel()
        self._ids = ids
        self._fields = fields
        self._pages.clear()
        self._shown = request
        self.endResetModel()
        self.loaded.emit()

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

    def _line(self, row: int) -> _Line | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no, offset = divmod(row, PAGE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._pages[page_no] = self._read_page(page_no)
            while len(self._pages) > CACHE_PAGES:
                del self._pages[next(iter(self._pages))]
        return page[offset]

    def _read_page(self, page_no: int) -> list[_Line | None]:
        ids = self._ids[page_no * PAGE : (page_no + 1) * PAGE]
        try:
            with self.db.session() as s:
                rows = member_queries.fetch_rows(s, ids)
        except DBAPIError:
            log.exception("cannot read members")
            return [None] * len(ids)
        keys = [self.column_key(c) for c in range(self.columnCount())]
        lines: list[_Line | None] = []
        for member_id in ids:
            r = rows.get(member_id)
            if r is None:
                lines.append(None)
                continue
            days = r.days_silent(self.today)
            lines.append(
                _Line(
                    cells=tuple(self._display(r, key) for key in keys),
                    name_brush=_GREY if r.do_not_contact else None,
                    days_brush=_RED
                    if days is not None and days >= 60
                    else _AMBER
                    if days is not None and days >= 30
                    else None,
                    chips=r.tags,
                )
            )
        return lines

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

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        # The view asks for seven roles of each cell on every paint (some 2,500 calls a screen): the text is
        # looked up in the page's ready-made cells (``_Line``), and the roles never set are answered at once.
        # (Overriding ``multiData`` to answer the seven in one call was slower in PySide6: 49 vs 46 ms a paint.)
        if role == _DISPLAY:
            line = self._line(index.row())
            return None if line is None else line.cells[index.column()]
        if role not in _ROLES:
            return None
        return self._value(self._line(index.row()), index.column(), role)

    def _value(self, line: _Line | None, column: int, role: int):
        if line is None:
            return [] if role == _CHIPS else None
        if role == _DISPLAY:
            return line.cells[column]
        if role == _ALIGNMENT:
            return _RIGHT if column in _RIGHT_ALIGNED else None
        if role == _FOREGROUND:
            return line.name_brush if column == _NAME else line.days_brush if column == _DAYS else None
        if role == _CHIPS:
            return list(line.chips) if column == _TAGS else None
        if role == _TOOLTIP and (column == _TAGS or column == _GROUPS):  # the whole list, when the cell is narrow
            return line.cells[column]
        return None

    def _display(self, r: member_queries.MemberRow, key: str) -> str:
        if key == "name":
            return r.name
        if key == "groups":
            return "、".join(r.groups)
        if key == "tier":
            return label(r.tier)
        if key == "last_active":
            return r.last_active.date().isoformat() if r.last_active else ""  # strftime costs 5× as much
        if key == "days_silent":
            days = r.days_silent(self.today)
            return "" if days is None else str(days)
        if key == "messages":
            return str(r.messages)
        if key == "joined":
            return r.joined_at.date().isoformat() if r.joined_at else ""
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
