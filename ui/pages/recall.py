"""Recall: who is active, drifting away or gone, by the seed thresholds, with the reason for each member."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter

from core import segments
from core.db import Database
from core.settings import get_threshold
from ui.labels import label
from ui.pages.base import Page, hint_label, make_table, set_cell

SHOW_AT_MOST = 2000


def _load(progress, db: Database, today: date):
    with db.session() as s:
        members = segments.classify(s, today)
        thresholds = {
            k: get_threshold(s, k) for k in ("active_messages_per_week", "shallow_churn_days", "deep_churn_days")
        }
    return members, thresholds


class RecallPage(Page):
    def __init__(self, db: Database, parent=None, today: date | None = None) -> None:
        super().__init__(db, self.tr("Recall"), parent)
        self.today = today or date.today()
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.layout_.addWidget(self.explain)
        self.segment_list = QListWidget()
        self.segment_list.setMaximumWidth(220)
        self.table = make_table([self.tr("Member"), self.tr("Why")])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.segment_list)
        split.addWidget(self.table)
        split.setSizes([200, 800])
        self.layout_.addWidget(split, 1)
        self.empty = hint_label(self.tr("No members yet, so nobody to recall."))
        self.layout_.addWidget(self.empty)
        self.empty.hide()
        self._members: list[segments.SegmentMember] = []
        self.segment_list.currentRowChanged.connect(self._show_segment)

    def refresh(self) -> None:
        self.run(self.tr("Computing segments"), _load, self._show, self.db, self.today)

    def _show(self, result) -> None:
        self._members, t = result
        self.explain.setText(
            self.tr(
                "Active: at least %1 messages in the last 7 days. Shallow churn: silent 8 to %2 days. "
                "Deep churn: silent %3 days or more. Lurker: never posted. Thresholds are in Settings."
            )
            .replace("%1", f"{t['active_messages_per_week']:g}")
            .replace("%2", f"{t['shallow_churn_days']:g}")
            .replace("%3", f"{t['deep_churn_days']:g}")
        )
        counts = Counter(m.segment for m in self._members)
        self.segment_list.clear()
        for key in segments.SEGMENTS:
            item = QListWidgetItem(f"{label(key)}  ({counts.get(key, 0)})")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.segment_list.addItem(item)
        has = bool(self._members)
        self.empty.setVisible(not has)
        self.segment_list.parentWidget().setVisible(has)
        if has:
            self.segment_list.setCurrentRow(segments.SEGMENTS.index("shallow_churn"))

    def _show_segment(self, row: int) -> None:
        if row < 0:
            return
        key = self.segment_list.item(row).data(Qt.ItemDataRole.UserRole)
        chosen = [m for m in self._members if m.segment == key]
        chosen.sort(key=lambda m: (m.days_silent is None, m.days_silent or 0))
        shown = chosen[:SHOW_AT_MOST]
        self.table.setRowCount(len(shown))
        for r, m in enumerate(shown):
            set_cell(self.table, r, 0, m.name)
            set_cell(self.table, r, 1, self._why(m))
        if len(chosen) > SHOW_AT_MOST:
            self.status_message.emit(
                self.tr("Showing the first %1 of %2 members.")
                .replace("%1", str(SHOW_AT_MOST))
                .replace("%2", str(len(chosen)))
            )

    def _why(self, m: segments.SegmentMember) -> str:
        if m.segment == "lurker":
            return self.tr("In the group, has never posted")
        if m.segment == "left":
            return self.tr("Left the group")
        if m.segment == "active":
            return self.tr("%n message(s) in the last 7 days", "", m.recent_messages)
        why = self.tr("Silent for %n day(s)", "", m.days_silent or 0)
        if m.last_active:
            why += " · " + self.tr("last message on %1").replace("%1", f"{m.last_active:%Y-%m-%d}")
        return why
