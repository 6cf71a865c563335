"""A member's check-ins (签到): a calendar of the days, streaks, and buttons to log today or 补签 a past day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core import checkins, tiers
from core.db import Database
from ui import workers

CHECKED = "#BBF7D0"  # green: checked in that day
MAKEUP = "#FDE68A"  # amber: 补签


def _load(_progress, db: Database, member_id: int, today: date):
    with db.engine.connect() as conn:
        days = checkins.checkin_days(conn, member_id)
        settings = checkins.CheckinSettings.load(conn)
    return days, checkins.streaks(days, today), settings


def _log(_progress, db: Database, member_id: int, day: date, today: date):
    """Returns the result, or the ``MakeupLimitReached`` error as a value (the panel words it)."""
    try:
        with db.transaction() as conn:
            result = checkins.check_in(conn, member_id, day, today=today)
            if result.logged:
                tiers.recompute(conn, member_ids=[member_id])
            return result
    except checkins.MakeupLimitReached as exc:
        return exc


class CheckinPanel(QWidget):
    changed = Signal()  # a check-in was logged (points changed too)

    def __init__(self, db: Database, member_id: int, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.db, self.member_id = db, member_id
        self.today = today or date.today()
        self.days: dict[date, bool] = {}
        self._shown_once = False
        self._job: workers.Job | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 15px;")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumDate(QDate(self.today))
        self.calendar.setSelectedDate(QDate(self.today))
        self.calendar.selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.calendar, 1)
        legend = QLabel(
            self.tr("<span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span> checked in &nbsp; "
                    "<span style='background:%2'>&nbsp;&nbsp;&nbsp;&nbsp;</span> 补签 make-up")
            .replace("%1", CHECKED).replace("%2", MAKEUP)
        )  # fmt: skip
        legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(legend)
        buttons = QHBoxLayout()
        self.today_btn = QPushButton(self.tr("Check in today"))
        self.today_btn.clicked.connect(self.check_in_today)
        self.makeup_btn = QPushButton(self.tr("补签 the selected day"))
        self.makeup_btn.clicked.connect(self.make_up)
        buttons.addWidget(self.today_btn)
        buttons.addWidget(self.makeup_btn)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> workers.Job:
        self._job = workers.run_job(
            self.tr("Loading check-ins"), _load, self.db, self.member_id, self.today, parent=self
        )
        job = self._job
        job.succeeded.connect(lambda result: self._show(result) if job is self._job else None)
        job.failed.connect(lambda message, _t: self._say(message, error=True))
        return job

    def _show(self, result) -> None:
        days, streaks, settings = result
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear the old marks
        self.days = days
        for day, makeup in days.items():
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(QColor(MAKEUP if makeup else CHECKED)))
            fmt.setFontWeight(700)
            self.calendar.setDateTextFormat(QDate(day), fmt)
        text = self.tr("Current streak: %1 day(s) · longest: %2 · %3 check-in day(s)")
        self.summary.setText(
            text.replace("%1", str(streaks.current))
            .replace("%2", str(streaks.longest))
            .replace("%3", str(streaks.total))
        )
        self.makeup_btn.setToolTip(
            self.tr("At most %1 make-ups a month; each earns %2 points.")
            .replace("%1", str(settings.makeup_per_month))
            .replace("%2", str(settings.points))
        )
        self.today_btn.setEnabled(self.today not in days)
        if (
            streaks.last
            and not self._shown_once
            and (streaks.last.year, streaks.last.month)
            != (
                self.today.year,
                self.today.month,
            )
        ):  # nothing this month: open the calendar where the member last checked in
            self.calendar.setCurrentPage(streaks.last.year, streaks.last.month)
        self._shown_once = True
        if streaks.last:
            self.summary.setText(
                self.summary.text() + " · " + self.tr("last: %1").replace("%1", streaks.last.isoformat())
            )
        self._selection_changed()

    def _selection_changed(self) -> None:
        day = self.calendar.selectedDate().toPython()
        self.makeup_btn.setEnabled(day < self.today and day not in self.days)

    def check_in_today(self) -> workers.Job:
        return self._log(self.today)

    def make_up(self) -> workers.Job:
        return self._log(self.calendar.selectedDate().toPython())

    def _log(self, day: date) -> workers.Job:
        self._say("")
        job = workers.run_job(
            self.tr("Logging a check-in"), _log, self.db, self.member_id, day, self.today, parent=self
        )
        job.succeeded.connect(self._logged)
        job.failed.connect(lambda message, _t: self._say(message, error=True))
        return job

    def _logged(self, result) -> None:
        if isinstance(result, checkins.MakeupLimitReached):
            self._say(
                self.tr("No more make-ups in %1: the limit is %2 a month (Settings › Points and tiers).")
                .replace("%1", result.month)
                .replace("%2", str(result.limit)),
                error=True,
            )
            return
        if not result.logged:
            self._say(self.tr("Already checked in on %1.").replace("%1", result.day.isoformat()))
            return
        text = self.tr("Checked in on %1: +%2 points, streak %3 day(s).")
        text = text.replace("%1", result.day.isoformat()).replace("%2", str(result.points))
        text = text.replace("%3", str(result.streak))
        if result.bonus:
            text += " " + self.tr("Streak bonus: +%1 points!").replace("%1", str(result.bonus))
        self._say(text)
        self.reload()
        self.changed.emit()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #B91C1C;" if error else "color: #047857;")
        self.message.setText(text)
