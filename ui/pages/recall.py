"""Recall workspace: who to talk to today, why, the message for each, copy-and-log, and what worked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from core import recall
from core.db import Database
from core.models import Group
from ui.labels import label
from ui.pages.base import Page, hint_label, make_table, set_cell

SEGMENT_NAMES = {
    "freebie": QT_TRANSLATE_NOOP("Labels", "Freebie hunter"),
    "early_warning": QT_TRANSLATE_NOOP("Labels", "Early warning"),
    "points_expiring": QT_TRANSLATE_NOOP("Labels", "Points expiring"),
    "repurchase_due": QT_TRANSLATE_NOOP("Labels", "Repurchase due"),
    "anniversary": QT_TRANSLATE_NOOP("Labels", "Join anniversary"),
    "birthday": QT_TRANSLATE_NOOP("Labels", "Birthday this week"),
    "resuming": QT_TRANSLATE_NOOP("Labels", "Resuming"),
    "koc_candidate": QT_TRANSLATE_NOOP("Labels", "KOC candidate"),
}

# The same keys and figures as core.recall.REASON_TEXT, in translatable form.
REASONS = {
    "active": QT_TRANSLATE_NOOP("RecallReasons", "{week} messages in the last 7 days"),
    "koc_candidate": QT_TRANSLATE_NOOP("RecallReasons", "active ({week} messages this week), invited {invites}"),
    "lurker": QT_TRANSLATE_NOOP("RecallReasons", "{messages} message(s) in {days} days in the group"),
    "freebie": QT_TRANSLATE_NOOP("RecallReasons", "claimed {claims} perk(s) in {window} days, bought nothing"),
    "shallow_churn": QT_TRANSLATE_NOOP(
        "RecallReasons", "silent {silent} days; {messages} messages before, last on {last}"
    ),
    "deep_churn": QT_TRANSLATE_NOOP(
        "RecallReasons", "silent {silent} days; {messages} messages before, last on {last}"
    ),
    "early_warning": QT_TRANSLATE_NOOP("RecallReasons", "clicked {ref} on {clicked}, silent {days} days since"),
    "points_expiring": QT_TRANSLATE_NOOP("RecallReasons", "{points} points expire on {expires}"),
    "repurchase_due": QT_TRANSLATE_NOOP(
        "RecallReasons", "{orders} orders, every {every} days; next was due {due} ({overdue} days ago)"
    ),
    "anniversary": QT_TRANSLATE_NOOP("RecallReasons", "joined {joined}: {months} months on {date}"),
    "birthday": QT_TRANSLATE_NOOP("RecallReasons", "birthday on {date}"),
    "resuming": QT_TRANSLATE_NOOP("RecallReasons", "back this week ({week} messages) after {gap} silent days"),
    "left": QT_TRANSLATE_NOOP("RecallReasons", "left the group on {date}"),
    "do_not_contact": QT_TRANSLATE_NOOP("RecallReasons", "marked do-not-contact"),
    "cooldown": QT_TRANSLATE_NOOP("RecallReasons", "already recalled on {date} (cool-down {days} days)"),
    "daily_cap": QT_TRANSLATE_NOOP("RecallReasons", "over today's cap of {cap} messages"),
}


def segment_name(key: str | None) -> str:
    source = SEGMENT_NAMES.get(key or "")
    return QCoreApplication.translate("Labels", source) if source else label(key)


def reason_text(reason: recall.Reason) -> str:
    return QCoreApplication.translate("RecallReasons", REASONS[reason.key]).format(**reason.params)


def _load(progress, db: Database, as_of: date, segments: list[str], group_id: int | None):
    with db.session() as s:
        result = recall.compute(s, as_of, segments=segments, group=group_id)
        outcomes = recall.outcomes(s, as_of)
    return result, outcomes


COL_MEMBER, COL_GROUP, COL_SEGMENT, COL_WHY, COL_STATUS, COL_MESSAGE = range(6)
WIDTHS = {COL_MEMBER: 120, COL_GROUP: 120, COL_SEGMENT: 120, COL_WHY: 340, COL_STATUS: 70}


class RecallPage(Page):
    def __init__(self, db: Database, parent=None, today: date | None = None) -> None:
        super().__init__(db, self.tr("Recall"), parent)
        self.today = today or date.today()
        self.result: recall.RecallList | None = None
        self.sent: dict[int, int] = {}  # row -> recall-sent event id
        self.undo_stack: list[int] = []

        bar = QHBoxLayout()
        self.group_box = QComboBox()
        self.group_box.currentIndexChanged.connect(lambda _i: self._loaded and self.refresh())
        bar.addWidget(QLabel(self.tr("Group")))
        bar.addWidget(self.group_box)
        bar.addStretch(1)
        self.copy_next_btn = QPushButton(self.tr("Copy next message"))
        self.copy_next_btn.setToolTip(self.tr("Copies the next person's message and marks it as sent"))
        self.copy_next_btn.clicked.connect(self.copy_next)
        self.undo_btn = QPushButton(self.tr("Undo"))
        self.undo_btn.clicked.connect(self.undo_last)
        self.replied_btn = QPushButton(self.tr("Mark replied"))
        self.replied_btn.clicked.connect(self.mark_replied)
        self.mention_btn = QPushButton(self.tr("Copy @-mentions"))
        self.mention_btn.setToolTip(self.tr("@name blocks for a group post, each short enough for one message"))
        self.mention_btn.clicked.connect(self.copy_mentions)
        self.export_btn = QPushButton(self.tr("Export…"))
        self.export_btn.clicked.connect(self.export_csv)
        self.templates_btn = QPushButton(self.tr("Messages…"))
        self.templates_btn.setToolTip(self.tr("Edit the message variants of each segment and the discount codes"))
        self.templates_btn.clicked.connect(self.edit_templates)
        self.rules_btn = QPushButton(self.tr("Rules…"))
        self.rules_btn.setToolTip(self.tr("Thresholds of the segments, per group, and their priority"))
        self.rules_btn.clicked.connect(self.edit_rules)
        bar.insertWidget(3, self.rules_btn)
        bar.insertWidget(3, self.templates_btn)
        for b in (self.copy_next_btn, self.undo_btn, self.replied_btn, self.mention_btn, self.export_btn):
            bar.addWidget(b)
        self.layout_.addLayout(bar)

        self.segment_list = QListWidget()
        self.segment_list.setMaximumWidth(230)
        for key in recall.DEFAULT_PRIORITY:
            item = QListWidgetItem(segment_name(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in recall.DEFAULT_SEGMENTS else Qt.CheckState.Unchecked)
            self.segment_list.addItem(item)
        self.segment_list.itemChanged.connect(lambda _i: self._loaded and self.refresh())

        self.table = make_table(
            [
                self.tr("Member"),
                self.tr("Group"),
                self.tr("Segment"),
                self.tr("Why"),
                self.tr("Sent"),
                self.tr("Message"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in WIDTHS.items():
            self.table.setColumnWidth(col, width)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(True)
        self.excluded_table = make_table([self.tr("Member"), self.tr("Segment"), self.tr("Held back because")])
        self.outcome_table = make_table(
            [
                self.tr("Month"),
                self.tr("Segment"),
                self.tr("Variant"),
                self.tr("Sent"),
                self.tr("Recovered"),
                self.tr("Rate"),
                self.tr("Replied"),
            ]
        )
        tabs = QTabWidget()
        today_tab = QWidget()
        tl = QVBoxLayout(today_tab)
        tl.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        tl.addWidget(self.summary)
        tl.addWidget(self.table, 1)
        self.empty = hint_label(self.tr("Nobody to recall today in the chosen segments."))
        tl.addWidget(self.empty)
        tabs.addTab(today_tab, self.tr("Today's list"))
        tabs.addTab(self.excluded_table, self.tr("Held back"))
        tabs.addTab(self.outcome_table, self.tr("What worked"))
        self.tabs = tabs
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.segment_list)
        split.addWidget(tabs)
        split.setSizes([220, 900])
        self.layout_.addWidget(split, 1)

    # -- loading
    def refresh(self) -> None:
        if self.group_box.count() == 0:
            self.group_box.blockSignals(True)
            self.group_box.addItem(self.tr("All groups"), None)
            with self.db.session() as s:  # a handful of rows
                for gid, name in s.execute(select(Group.id, Group.name).where(Group.archived.is_(False))):
                    self.group_box.addItem(name, gid)
            self.group_box.blockSignals(False)
        chosen = self.chosen_segments()
        if not chosen:
            self._show((recall.RecallList(self.today, [], [], {}), []))
            return
        self.run(
            self.tr("Computing the recall list"),
            _load,
            self._show,
            self.db,
            self.today,
            chosen,
            self.group_box.currentData(),
        )

    def chosen_segments(self) -> list[str]:
        out = []
        for i in range(self.segment_list.count()):
            item = self.segment_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def _show(self, loaded) -> None:
        self.result, outcomes = loaded
        result = self.result
        self.sent.clear()
        self.segment_list.blockSignals(True)
        for i in range(self.segment_list.count()):
            item = self.segment_list.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            n = result.counts.get(key)
            item.setText(segment_name(key) + (f"  ({n})" if n is not None else ""))
        self.segment_list.blockSignals(False)
        self.summary.setText(
            self.tr(
                "%1 to contact today; %2 held back by do-not-contact or the cool-down; %3 more wait for another day."
            )
            .replace("%1", str(len(result.items)))
            .replace("%2", str(len(result.excluded)))
            .replace("%3", str(result.held_back))
        )
        self.table.setRowCount(len(result.items))
        for r, it in enumerate(result.items):
            for col, text in (
                (COL_MEMBER, it.name),
                (COL_GROUP, it.group_name),
                (COL_SEGMENT, "\n".join(segment_name(s) for s in it.segments)),
                (COL_WHY, "\n".join(reason_text(it.reasons[s]) for s in it.segments)),
            ):
                cell = set_cell(self.table, r, col, text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            message = QTableWidgetItem(it.message)
            if not it.message:
                message.setText(self.tr("No message: %1").replace("%1", "; ".join(it.problems)))
                message.setForeground(Qt.GlobalColor.darkRed)
            self.table.setItem(r, COL_MESSAGE, message)
            status = set_cell(self.table, r, COL_STATUS, "")
            status.setFlags(status.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not result.items)
        self.table.setVisible(bool(result.items))
        self.excluded_table.setRowCount(len(result.excluded))
        for r, it in enumerate(result.excluded):
            set_cell(self.excluded_table, r, 0, it.name)
            set_cell(self.excluded_table, r, 1, segment_name(it.segment))
            set_cell(self.excluded_table, r, 2, reason_text(it.excluded))
        self.outcome_table.setRowCount(len(outcomes))
        for r, o in enumerate(outcomes):
            set_cell(self.outcome_table, r, 0, o.month)
            set_cell(self.outcome_table, r, 1, segment_name(o.segment))
            set_cell(self.outcome_table, r, 2, o.template_name or "—")
            set_cell(self.outcome_table, r, 3, str(o.sent), right=True)
            set_cell(self.outcome_table, r, 4, str(o.recovered), right=True)
            set_cell(self.outcome_table, r, 5, f"{o.rate:.0%}" if o.rate is not None else "—", right=True)
            set_cell(self.outcome_table, r, 6, str(o.replied), right=True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.result and self.result.items)
        self.copy_next_btn.setEnabled(has and self._next_row() is not None)
        self.undo_btn.setEnabled(bool(self.undo_stack))
        for b in (self.replied_btn, self.mention_btn, self.export_btn):
            b.setEnabled(has)

    # -- actions
    def _next_row(self) -> int | None:
        for r in range(self.table.rowCount()):
            if r not in self.sent and self.result.items[r].message:
                return r
        return None

    def copy_next(self) -> None:
        row = self._next_row()
        if row is None:
            return
        item = self.result.items[row]
        text = self.table.item(row, COL_MESSAGE).text()  # the owner may have edited it
        QGuiApplication.clipboard().setText(text)
        with self.db.session() as s:  # one small insert
            event_id = recall.mark_sent(s, item)
        self.sent[row] = event_id
        self.undo_stack.append(row)
        self.table.item(row, COL_STATUS).setText("✓")
        self.table.selectRow(row)
        self.status_message.emit(self.tr("Copied the message for %1 and marked it sent.").replace("%1", item.name))
        self._update_buttons()

    def undo_last(self) -> None:
        if not self.undo_stack:
            return
        row = self.undo_stack.pop()
        with self.db.session() as s:
            recall.undo_sent(s, self.sent.pop(row))
        self.table.item(row, COL_STATUS).setText("")
        self.status_message.emit(self.tr("Undone: %1 is not marked sent.").replace("%1", self.result.items[row].name))
        self._update_buttons()

    def mark_replied(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        with self.db.session() as s:
            for row in rows:
                it = self.result.items[row]
                recall.mark_replied(s, it.member_id, it.group_id)
                self.table.item(row, COL_STATUS).setText(self.tr("✓ replied"))
        self.status_message.emit(self.tr("Marked %n member(s) as replied.", "", len(rows)))

    def copy_mentions(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}) or range(self.table.rowCount())
        items = [self.result.items[r] for r in rows]
        blocks = recall.mention_blocks(items, recall.group_text(items[0]) if items else "")
        QGuiApplication.clipboard().setText("\n\n".join(blocks))
        self.status_message.emit(self.tr("Copied %n @-mention block(s).", "", len(blocks)))

    def export_csv(self) -> None:
        csv_filter, xlsx_filter = self.tr("CSV files (*.csv)"), self.tr("Excel workbooks (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export recall list"), f"recall-{self.today}.csv", f"{csv_filter};;{xlsx_filter}"
        )
        if not path:
            return
        try:
            if path.lower().endswith(".xlsx") or chosen == xlsx_filter:
                recall.to_xlsx(self.result.items, path if path.lower().endswith(".xlsx") else path + ".xlsx")
            else:
                with open(path, "w", encoding="utf-8-sig", newline="") as fh:
                    fh.write(recall.to_csv(self.result.items))
        except OSError as exc:
            self.status_message.emit(
                self.tr("Could not write %1: %2").replace("%1", path).replace("%2", exc.strerror or "")
            )
            return
        self.status_message.emit(
            self.tr("Exported %n member(s); phone numbers are masked.", "", len(self.result.items))
        )

    def edit_templates(self) -> None:
        from ui.pages.recall_settings import TemplatesDialog

        TemplatesDialog(self.db, self).exec()
        self.refresh()

    def edit_rules(self) -> None:
        from ui.pages.recall_settings import RulesDialog

        if RulesDialog(self.db, self).exec():
            self.refresh()
