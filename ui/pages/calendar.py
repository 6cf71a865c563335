"""Calendar: the week's planned and posted content across groups, with previous/next week."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from core import plan
from core.db import Database
from ui.labels import label
from ui.pages.base import Page, hint_label, make_table, set_cell
from ui.pages.trash import TrashActions

STATUS_COLOURS = {
    "idea": "#9CA3AF",
    "draft": "#E69F00",
    "scheduled": "#0072B2",
    "posted": "#009E73",
    "skipped": "#D55E00",
}


def _load(progress, db: Database, start: date):
    with db.session() as s:
        return plan.entries_between(s, start, start + timedelta(days=7))


class CalendarPage(Page):
    def __init__(self, db: Database, parent=None, today: date | None = None) -> None:
        super().__init__(db, self.tr("Calendar"), parent)
        self.today = today or date.today()
        self.week = plan.week_start(self.today)
        bar = QHBoxLayout()
        self.prev_btn = QPushButton(self.tr("◀ Previous week"))
        self.this_btn = QPushButton(self.tr("This week"))
        self.next_btn = QPushButton(self.tr("Next week ▶"))
        self.week_label = QLabel()
        self.week_label.setStyleSheet("font-size: 15px; font-weight: bold; padding: 0 12px;")
        for w in (self.prev_btn, self.this_btn, self.next_btn):
            bar.addWidget(w)
        bar.addWidget(self.week_label)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.trash = TrashActions(self, "plan_entry", self.selected_ids, bar)
        self._rows: list[plan.PlanRow] = []
        self.table = make_table([self.tr("Day"), self.tr("Time"), self.tr("Group"), self.tr("Post"), self.tr("Status")])
        self.layout_.addWidget(self.table, 1)
        self.empty = hint_label(self.tr("Nothing is planned this week."))
        self.layout_.addWidget(self.empty)
        self.empty.hide()
        self.prev_btn.clicked.connect(lambda: self.go(-7))
        self.next_btn.clicked.connect(lambda: self.go(7))
        self.this_btn.clicked.connect(self.go_today)
        self.table.itemSelectionChanged.connect(self.trash.selection_changed)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self._rows[r].id for r in rows if 0 <= r < len(self._rows)]

    def go(self, days: int) -> None:
        self.week += timedelta(days=days)
        self.refresh()

    def go_today(self) -> None:
        self.week = plan.week_start(self.today)
        self.refresh()

    def refresh(self) -> None:
        end = self.week + timedelta(days=6)
        self.week_label.setText(f"{self.week:%Y-%m-%d} – {end:%Y-%m-%d}")
        self.run(self.tr("Loading calendar"), _load, self._show, self.db, self.week)

    def _show(self, rows: list[plan.PlanRow]) -> None:
        days = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        self._rows = rows
        self.table.setRowCount(len(rows))
        for r, e in enumerate(rows):
            set_cell(self.table, r, 0, f"{days[e.when.weekday()]} {e.when:%m-%d}")
            set_cell(self.table, r, 1, e.when.strftime("%H:%M"))
            set_cell(self.table, r, 2, e.group)
            set_cell(self.table, r, 3, e.title)
            item = set_cell(self.table, r, 4, label(e.status))
            item.setForeground(QBrush(QColor(STATUS_COLOURS.get(e.status, "#000000"))))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
