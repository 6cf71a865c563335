"""Bulk check-in: paste the names from a chat (a 接龙 list, @-mentions, one per line), check the matches, log.

Names are matched exactly (name or alias) among the chosen group's current members; namesakes are listed for the
owner to pick one (or skip), and names that match nobody are shown so that nothing is silently lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from core import checkins, tiers
from core.db import Database
from core.models import Group
from ui import workers


def _groups(_progress, db: Database) -> list[tuple[int, str]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(select(Group.id, Group.name).where(Group.archived.is_(False)).order_by(Group.name))
        ]


def _match(_progress, db: Database, text: str, group_id: int | None):
    names = checkins.parse_names(text)
    with db.engine.connect() as conn:
        return names, checkins.match_names(conn, names, group_id)


def _log(_progress, db: Database, member_ids: list[int], day: date, group_id: int | None, today: date):
    with db.transaction() as conn:  # all or nothing
        result = checkins.bulk_check_in(conn, member_ids, day, group_id, today=today)
        tiers.recompute(conn, member_ids=member_ids)
    return result


class BulkCheckinDialog(QDialog):
    logged = Signal()  # check-ins were written

    def __init__(self, db: Database, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Bulk check-in"))
        self.resize(760, 620)
        self._job: workers.Job | None = None
        self.matched: list[tuple[str, int]] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.group = QComboBox()
        self.group.addItem(self.tr("All groups"), None)
        self.day = QDateEdit(QDate(self.today))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate(self.today))
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Day"), self.day)
        layout.addLayout(form)
        self.paste = QPlainTextEdit()
        self.paste.setPlaceholderText(
            self.tr("Paste the names from the chat, for example:\n1. 张三\n2. 李四 打卡\n@王五 @赵六")
        )
        layout.addWidget(self.paste, 2)
        self.match_btn = QPushButton(self.tr("Match names"))
        self.match_btn.clicked.connect(self.match)
        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        row.addWidget(self.match_btn)
        layout.addLayout(row)

        results = QHBoxLayout()
        box = QGroupBox(self.tr("Matched"))
        bl = QVBoxLayout(box)
        self.matched_list = QListWidget()
        bl.addWidget(self.matched_list)
        results.addWidget(box, 2)
        box = QGroupBox(self.tr("Several members with this name: pick one"))
        bl = QVBoxLayout(box)
        self.ambiguous_area = QWidget()
        self.ambiguous_form = QFormLayout(self.ambiguous_area)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.ambiguous_area)
        bl.addWidget(scroll)
        results.addWidget(box, 3)
        box = QGroupBox(self.tr("Not found"))
        bl = QVBoxLayout(box)
        self.unmatched_list = QListWidget()
        self.unmatched_list.setToolTip(self.tr("No member of the group has this name or alias."))
        bl.addWidget(self.unmatched_list)
        results.addWidget(box, 2)
        layout.addLayout(results, 3)
        self.ambiguous: list[QComboBox] = []

        bottom = QHBoxLayout()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.log_btn = QPushButton(self.tr("Log check-ins"))
        self.log_btn.setEnabled(False)
        self.log_btn.clicked.connect(self.log)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom.addWidget(self.result, 1)
        bottom.addWidget(self.log_btn)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.groups_job = workers.run_job(self.tr("Loading groups"), _groups, db, parent=self)
        self.groups_job.succeeded.connect(self._groups_loaded)
        self.group.currentIndexChanged.connect(lambda _i: self._clear())
        self.paste.textChanged.connect(self._clear)

    def _groups_loaded(self, groups: list[tuple[int, str]]) -> None:
        for gid, name in groups:
            self.group.addItem(name, gid)

    def _clear(self) -> None:
        self.matched = []
        self.matched_list.clear()
        self.unmatched_list.clear()
        while self.ambiguous_form.rowCount():
            self.ambiguous_form.removeRow(0)
        self.ambiguous = []
        self.log_btn.setEnabled(False)
        self.summary.setText("")

    def match(self) -> workers.Job:
        self._clear()
        self.result.setText("")
        job = workers.run_job(
            self.tr("Matching names"), _match, self.db, self.paste.toPlainText(), self.group.currentData(), parent=self
        )
        job.succeeded.connect(self._matched)
        job.failed.connect(lambda message, _t: self.result.setText(message))
        self._job = job
        return job

    def _matched(self, result) -> None:
        names, found = result
        self.matched = list(found.matched)
        for name, _mid in found.matched:
            self.matched_list.addItem(QListWidgetItem(name))
        for name in found.unmatched:
            self.unmatched_list.addItem(QListWidgetItem(name))
        for name, candidates in found.ambiguous:
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.addItem(self.tr("Skip"), None)
            for mid, text in candidates:
                combo.addItem(text, mid)
            combo.currentIndexChanged.connect(lambda _i: self._update_count())
            self.ambiguous.append(combo)
            self.ambiguous_form.addRow(name, combo)
        if not names:
            self.summary.setText(self.tr("No names found in the pasted text."))
        else:
            self.summary.setText(
                self.tr("%1 names: %2 matched, %3 with namesakes, %4 not found.")
                .replace("%1", str(len(names)))
                .replace("%2", str(len(found.matched)))
                .replace("%3", str(len(found.ambiguous)))
                .replace("%4", str(len(found.unmatched)))
            )
        self._update_count()

    def chosen_ids(self) -> list[int]:
        ids = [mid for _name, mid in self.matched]
        ids += [c.currentData() for c in self.ambiguous if c.currentData() is not None]
        return list(dict.fromkeys(ids))

    def _update_count(self) -> None:
        n = len(self.chosen_ids())
        self.log_btn.setEnabled(n > 0)
        self.log_btn.setText(self.tr("Log %n check-in(s)", "", n) if n else self.tr("Log check-ins"))

    def log(self) -> workers.Job:
        self.log_btn.setEnabled(False)
        job = workers.run_job(
            self.tr("Logging check-ins"),
            _log,
            self.db,
            self.chosen_ids(),
            self.day.date().toPython(),
            self.group.currentData(),
            self.today,
            parent=self,
        )
        job.succeeded.connect(self._logged)
        job.failed.connect(lambda message, _t: (self.result.setText(message), self._update_count()))
        return job

    def _logged(self, r) -> None:
        self.result.setText(
            self.tr("%1 check-ins logged, %2 already checked in that day, %3 points given.")
            .replace("%1", str(r.logged))
            .replace("%2", str(r.already))
            .replace("%3", str(r.points))
        )
        self.result.setStyleSheet("color: #047857;")
        self.logged.emit()


def open_bulk_checkin(page) -> BulkCheckinDialog:  # page: ui.pages.base.Page
    """Open the dialog over a page; other pages reload after check-ins are logged."""
    dialog = BulkCheckinDialog(page.db, page)
    dialog.logged.connect(page.data_changed)
    dialog.show()
    return dialog
