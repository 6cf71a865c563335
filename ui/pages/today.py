"""Today: what is planned today across groups, and how each group did over the last 7 days."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton

from core import content, overview, plan, recall
from core.db import Database
from core.settings import get_threshold
from ui.dialogs.bulk_checkin import open_bulk_checkin
from ui.labels import label
from ui.pages.base import Page, hint_label, make_table, set_cell
from ui.pages.recall import segment_name
from ui.widgets.plan_models import STATUS_COLOURS


def _mark(progress, db: Database, ids: list[int], status: str):
    return plan.set_status(db, ids, status)


def _results(progress, db: Database, entry_id: int, values: dict):
    campaign = values.pop("campaign", None)
    plan.set_results(db, entry_id, campaign, **values)


def _load(progress, db: Database, today: date):
    progress(0.1, "")
    with db.session() as s:
        entries = plan.entries_between(s, today, today + timedelta(days=1))
        progress(0.4, "")
        figures = overview.group_figures(s, today, 7)
        healthy = get_threshold(s, "speaking_rate_healthy")
        progress(0.6, "")
        todo = recall.compute(s, today)
        sent = recall.sent_on(s, today)
    return entries, figures, healthy, todo, sent


class TodayPage(Page):
    def __init__(self, db: Database, parent=None, today: date | None = None) -> None:
        super().__init__(db, self.tr("Today"), parent)
        self.today = today or date.today()
        self.date_label = QLabel(self.today.strftime("%Y-%m-%d"))
        top = QHBoxLayout()
        top.addWidget(self.date_label, 1)
        self.checkin_btn = QPushButton(self.tr("Bulk check-in…"))
        self.checkin_btn.clicked.connect(lambda: open_bulk_checkin(self))
        top.addWidget(self.checkin_btn)
        self.layout_.addLayout(top)
        self.layout_.addWidget(QLabel(self.tr("<b>Planned for today</b>")))
        self.plan_table = make_table(
            [
                self.tr("Time"),
                self.tr("Group"),
                self.tr("Post"),
                self.tr("Status"),
                self.tr("Images"),
                self.tr("Results"),
            ]
        )
        self.plan_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        buttons = QHBoxLayout()
        self.copy_btn = QPushButton(self.tr("Copy text"))
        self.copy_btn.setToolTip(self.tr("Copies the text with {群名} and {日期} filled in, and shows its images"))
        self.posted_btn = QPushButton(self.tr("Mark posted"))
        self.skipped_btn = QPushButton(self.tr("Mark skipped"))
        self.results_btn = QPushButton(self.tr("Enter results…"))
        for b in (self.copy_btn, self.posted_btn, self.skipped_btn, self.results_btn):
            buttons.addWidget(b)
            b.setEnabled(False)
        buttons.addStretch(1)
        self.copied_label = QLabel()
        self.copied_label.setStyleSheet("color: #009E73;")
        buttons.addWidget(self.copied_label)
        self.layout_.addLayout(buttons)
        self.plan_empty = hint_label(self.tr("Nothing is planned for today. Plan posts on the Calendar page."))
        self.layout_.addWidget(self.plan_table, 2)
        self.layout_.addWidget(self.plan_empty)
        self.plan_empty.hide()
        self.layout_.addWidget(QLabel(self.tr("<b>Recall tasks</b>")))
        self.recall_label = QLabel()
        self.recall_label.setWordWrap(True)
        self.layout_.addWidget(self.recall_label)
        self.layout_.addWidget(QLabel(self.tr("<b>Groups, last 7 days</b>")))
        self.groups_table = make_table(
            [
                self.tr("Group"),
                self.tr("Type"),
                self.tr("Stage"),
                self.tr("Members"),
                self.tr("Messages"),
                self.tr("Speaking rate"),
                self.tr("Joined"),
                self.tr("Left"),
            ]
        )
        # The group name takes the spare width, not the last figure (a wide "Left" column read as a gap).
        header = self.groups_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups_empty = hint_label(
            self.tr("No groups yet. Import a chat export or start with the demo community to see figures here.")
        )
        self.layout_.addWidget(self.groups_table, 3)
        self.layout_.addWidget(self.groups_empty)
        self.groups_empty.hide()
        self._entries: list[plan.PlanRow] = []
        self.plan_table.itemSelectionChanged.connect(self._selection_changed)
        self.plan_table.cellDoubleClicked.connect(lambda *_a: self.copy_current())
        self.copy_btn.clicked.connect(self.copy_current)
        self.posted_btn.clicked.connect(lambda: self.mark("posted"))
        self.skipped_btn.clicked.connect(lambda: self.mark("skipped"))
        self.results_btn.clicked.connect(self.enter_results)

    def current_entry(self) -> plan.PlanRow | None:
        row = self.plan_table.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) and self.plan_table.selectedItems() else None

    def _selection_changed(self) -> None:
        e = self.current_entry()
        for b in (self.copy_btn, self.posted_btn, self.skipped_btn):
            b.setEnabled(e is not None)
        self.results_btn.setEnabled(e is not None and e.status == "posted")

    def copy_current(self) -> str:
        """Copy the entry's text with its variables filled; open the folder of its images."""
        e = self.current_entry()
        if e is None:
            return ""
        text = content.fill_variables(e.body or e.title, e.group, e.when)
        QGuiApplication.clipboard().setText(text)
        message = self.tr("Copied “%1”.").replace("%1", e.title)
        if e.images:
            paths = [content.image_path(self.db.path, name) for name in e.images]
            present = [p for p in paths if p.exists()]
            if present and not self.property("no_reveal"):
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(present[0].parent)))
            message += " " + self.tr("%n image(s) in the media folder.", "", len(present))
            if len(present) < len(paths):
                message += " " + self.tr("%n image(s) missing.", "", len(paths) - len(present))
        self.copied_label.setText(message)
        return text

    def mark(self, status: str) -> None:
        e = self.current_entry()
        if e is not None:
            self.run_change(self.tr("Marking"), _mark, lambda _r: self.refresh(), self.db, [e.id], status)

    def enter_results(self) -> None:
        from ui.dialogs.plan_dialogs import ResultsDialog

        e = self.current_entry()
        if e is None:
            return
        dialog = ResultsDialog(e, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.run_change(
                self.tr("Saving results"), _results, lambda _r: self.refresh(), self.db, e.id, dialog.values() or {}
            )

    def refresh(self) -> None:
        self.run(self.tr("Loading today"), _load, self._show, self.db, self.today)

    def _show(self, result) -> None:
        entries, figures, healthy, todo, sent = result
        top = [(n, k) for k, n in todo.counts.items() if n][:4]  # in priority order, most urgent first
        if todo.items:
            self.recall_label.setText(
                self.tr("%1 members to contact today (%2); %3 already sent. Open the Recall page to start.")
                .replace("%1", str(len(todo.items)))
                .replace("%2", self.tr(", ").join(f"{segment_name(k)} {n}" for n, k in top))
                .replace("%3", str(sent))
            )
        else:
            self.recall_label.setText(self.tr("Nobody to recall today; %1 message(s) sent.").replace("%1", str(sent)))
        self._entries = entries
        self.plan_table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            set_cell(self.plan_table, r, 0, e.when.strftime("%H:%M"))
            set_cell(self.plan_table, r, 1, e.group)
            set_cell(self.plan_table, r, 2, e.title)
            item = set_cell(self.plan_table, r, 3, label(e.status))
            item.setForeground(QBrush(QColor(STATUS_COLOURS.get(e.status, "#000000"))))
            if e.status == "posted" and e.posted_at:
                item.setToolTip(e.posted_at.strftime("%H:%M"))
            set_cell(self.plan_table, r, 4, str(len(e.images)) if e.images else "")
            results = ""
            if e.has_results:
                results = self.tr("reach %1 · clicks %2 · orders %3")
                for n, f in (("%1", "reach"), ("%2", "clicks"), ("%3", "orders")):
                    results = results.replace(n, "—" if e.results[f] is None else str(e.results[f]))
            set_cell(self.plan_table, r, 5, results)
        self._selection_changed()
        self.plan_table.setVisible(bool(entries))
        self.plan_empty.setVisible(not entries)
        self.groups_table.setRowCount(len(figures))
        for r, g in enumerate(figures):
            set_cell(self.groups_table, r, 0, g.name)
            set_cell(self.groups_table, r, 1, label(g.type))
            set_cell(self.groups_table, r, 2, label(g.stage))
            set_cell(self.groups_table, r, 3, str(g.members), right=True)
            set_cell(self.groups_table, r, 4, str(g.messages), right=True)
            rate = g.speaking_rate
            item = set_cell(self.groups_table, r, 5, "—" if rate is None else f"{rate:.1%}", right=True)
            if rate is not None:
                item.setForeground(QBrush(QColor("#009E73" if rate >= healthy else "#D55E00")))
                item.setToolTip(self.tr("Healthy at %1 or more").replace("%1", f"{healthy:.0%}"))
            set_cell(self.groups_table, r, 6, str(g.joins), right=True)
            set_cell(self.groups_table, r, 7, str(g.leaves), right=True)
        self.groups_table.setVisible(bool(figures))
        self.groups_empty.setVisible(not figures)
