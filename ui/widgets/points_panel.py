"""A member's points (积分): balance, the ledger, and a form to grant or deduct. Embedded in the member dialog."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from core import points, tiers
from core.db import Database
from core.models import Member
from core.settings import DEFAULT_THRESHOLDS, get_setting_conn
from ui import workers
from ui.labels import label
from ui.pages.base import hint_label, make_table, set_cell

ERROR_STYLE = "color: #B91C1C;"


def _load(_progress, db: Database, member_id: int, today: date):
    with db.transaction() as conn:  # write off what expired first, so the balance is exact
        points.expire(conn, today, member_ids=[member_id])
        days = int(get_setting_conn(conn, "threshold.points_expiring_days", DEFAULT_THRESHOLDS["points_expiring_days"]))
        tier = conn.execute(select(Member.tier).where(Member.id == member_id)).scalar_one_or_none()
        settings = tiers.TierSettings.load(conn)
        return (
            points.balance(conn, member_id),
            points.ledger(conn, member_id),
            points.expiring_within(conn, days, today, member_ids=[member_id]).get(member_id),
            days,
            (tier, settings.by_key().get(tier), tiers.waiting_since(conn, member_id), settings.grace_days),
        )


def _change(_progress, db: Database, member_id: int, amount: int, reason: str, expires: date | None, force: bool):
    with db.transaction() as conn:
        if amount > 0:
            points.grant(conn, member_id, amount, reason, expires)
        else:
            points.deduct(conn, member_id, -amount, reason, force=force)
        tiers.recompute(conn, member_ids=[member_id])


def reason_text(reason: str) -> str:
    """Reasons the app writes (expired, check-in, streak bonus) translated; the owner's own as written."""
    return label(reason) if reason in ("expired", "check-in", "streak-bonus") else reason


class PointsPanel(QWidget):
    changed = Signal()  # points were granted or deducted

    def __init__(self, db: Database, member_id: int, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.db, self.member_id = db, member_id
        self.today = today or date.today()
        self.balance_value = 0
        self._job: workers.Job | None = None
        layout = QVBoxLayout(self)
        self.balance = QLabel()
        self.balance.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.expiring = QLabel()
        self.expiring.setStyleSheet("color: #B45309;")
        top = QHBoxLayout()
        top.addWidget(self.balance)
        top.addWidget(self.expiring, 1)
        layout.addLayout(top)
        self.tier = QLabel()
        self.tier.setWordWrap(True)
        self.tier.setStyleSheet("color: #374151;")
        layout.addWidget(self.tier)
        self.table = make_table(
            [self.tr("Date"), self.tr("Change"), self.tr("Reason"), self.tr("Expires"), self.tr("Balance")]
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = hint_label(self.tr("No points yet. Grant some below, or log a check-in."))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.empty.hide()

        form = QHBoxLayout()
        self.amount = QSpinBox()
        self.amount.setRange(1, 1_000_000)
        self.amount.setValue(10)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason, e.g. 晒单奖励 or 兑换礼品"))
        self.expires_on = QCheckBox(self.tr("Expires on"))
        self.expires_on.setChecked(True)
        self.expiry = QDateEdit()
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("yyyy-MM-dd")
        self.expiry.setMinimumDate(QDate(self.today + timedelta(days=1)))
        self.expiry.setDate(QDate(self.today + timedelta(days=365)))
        self.expires_on.toggled.connect(self.expiry.setEnabled)
        self.grant_btn = QPushButton(self.tr("Grant"))
        self.deduct_btn = QPushButton(self.tr("Deduct"))
        self.grant_btn.clicked.connect(self.grant)
        self.deduct_btn.clicked.connect(self.deduct)
        form.addWidget(QLabel(self.tr("Points")))
        form.addWidget(self.amount)
        form.addWidget(self.reason, 1)
        form.addWidget(self.expires_on)
        form.addWidget(self.expiry)
        form.addWidget(self.grant_btn)
        form.addWidget(self.deduct_btn)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.reload()

    def reload(self) -> workers.Job:
        self._job = workers.run_job(self.tr("Loading points"), _load, self.db, self.member_id, self.today, parent=self)
        job = self._job
        job.succeeded.connect(lambda result: self._show(result) if job is self._job else None)
        job.failed.connect(lambda message, _t: self.error.setText(message))
        return job

    def _show(self, result) -> None:
        balance, rows, soon, days, (tier, tier_def, waiting, grace) = result
        if tier:
            text = self.tr("Tier: %1").replace("%1", (tier_def.name if tier_def and tier_def.name else label(tier)))
            if tier_def and tier_def.benefits:
                text += " · " + self.tr("benefits: %1").replace("%1", tier_def.benefits)
            if waiting:
                text += " · " + self.tr(
                    "below its threshold since %1; moves down on %2 unless it qualifies again"
                ).replace("%1", waiting.isoformat()).replace("%2", (waiting + timedelta(days=grace)).isoformat())
        else:
            text = self.tr("No tier yet.")
        self.tier.setText(text)
        self.balance_value = balance
        self.balance.setText(self.tr("Balance: %1 points").replace("%1", str(balance)))
        if soon:
            self.expiring.setText(
                self.tr("%1 expire on %2").replace("%1", str(soon[0])).replace("%2", soon[1].isoformat())
            )
        else:
            self.expiring.setText("")
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            set_cell(self.table, r, 0, row.ts.strftime("%Y-%m-%d %H:%M"))
            item = set_cell(self.table, r, 1, f"{row.delta:+d}", right=True)
            item.setForeground(QBrush(QColor("#047857" if row.delta > 0 else "#B91C1C")))
            set_cell(self.table, r, 2, reason_text(row.reason))
            set_cell(self.table, r, 3, row.expires_on.isoformat() if row.expires_on and row.delta > 0 else "")
            set_cell(self.table, r, 4, str(row.balance), right=True)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def grant(self) -> workers.Job:
        expires = self.expiry.date().toPython() if self.expires_on.isChecked() else None
        return self._run(self.amount.value(), expires, False)

    def deduct(self) -> workers.Job | None:
        amount = self.amount.value()
        force = False
        if amount > self.balance_value:
            answer = QMessageBox.question(
                self,
                self.tr("Deduct points"),
                self.tr("The balance is %1 points; deducting %2 leaves %3. Deduct anyway?")
                .replace("%1", str(self.balance_value))
                .replace("%2", str(amount))
                .replace("%3", str(self.balance_value - amount)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            force = True
        return self._run(-amount, None, force)

    def _run(self, amount: int, expires: date | None, force: bool) -> workers.Job:
        self.error.setText("")
        reason = self.reason.text().strip()
        job = workers.run_job(
            self.tr("Changing points"), _change, self.db, self.member_id, amount, reason, expires, force, parent=self
        )
        job.succeeded.connect(lambda _r: (self.reason.clear(), self.reload(), self.changed.emit()))
        job.failed.connect(lambda message, _t: self.error.setText(message))
        return job
