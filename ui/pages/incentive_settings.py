"""Settings › Points and tiers: check-in points, streak bonuses and 补签 limit; the tier definitions (会员等级)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from core import checkins, tiers
from core.db import Database
from ui import workers
from ui.labels import label

ERROR_STYLE = "color: #B91C1C;"
SAVED_STYLE = "color: #047857;"
NAME, POINTS, SPEND, DAYS, MATCH, BENEFITS = range(6)


def _recompute(_progress, db: Database):
    with db.transaction() as conn:
        return tiers.recompute(conn)


def tier_name(t: tiers.TierDef) -> str:
    return t.name or label(t.key)


class IncentiveSettings(QWidget):
    """Both editors; reads settings when shown (a handful of rows: instant), saves on the buttons."""

    changed = Signal()  # tiers were recomputed

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)

        box = QGroupBox(self.tr("Check-ins (签到)"))
        form = QFormLayout(box)
        self.points = QSpinBox()
        self.points.setRange(0, 10000)
        self.valid = QSpinBox()
        self.valid.setRange(0, 3650)
        self.valid.setSpecialValueText(self.tr("never expire"))
        self.valid.setSuffix(self.tr(" days"))
        self.makeups = QSpinBox()
        self.makeups.setRange(0, 31)
        self.bonuses = QLineEdit()
        self.bonuses.setPlaceholderText("7=30, 21=100")
        for w in (self.points, self.valid, self.makeups, self.bonuses):
            w.setMaximumWidth(220)
        form.addRow(self.tr("Points per check-in"), self.points)
        form.addRow(self.tr("Check-in points are valid for"), self.valid)
        form.addRow(self.tr("补签 make-ups allowed a month"), self.makeups)
        form.addRow(self.tr("Streak bonuses (days=points, …)"), self.bonuses)
        self.checkin_status = QLabel()
        save = QPushButton(self.tr("Save check-in settings"))
        save.clicked.connect(self.save_checkins)
        row = QHBoxLayout()
        row.addWidget(self.checkin_status, 1)
        row.addWidget(save)
        form.addRow(row)
        layout.addWidget(box)

        box = QGroupBox(self.tr("Tiers (会员等级), lowest first"))
        v = QVBoxLayout(box)
        hint = QLabel(
            self.tr("A member reaches a tier with enough points (balance) or spend in the window — or both, "
                    "when the tier needs all. Promotion is immediate; a member who falls below keeps the tier for "
                    "the grace period, then moves down.")
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6B7280;")
        v.addWidget(hint)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Min. points"),
                self.tr("Min. spend"),
                self.tr("Spend window (days)"),
                self.tr("Needs"),
                self.tr("Benefits"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BENEFITS, QHeaderView.ResizeMode.Stretch)
        v.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add tier"), self.add_tier),
            (self.tr("Remove"), self.remove_tier),
            (self.tr("Move up"), lambda: self.move(-1)),
            (self.tr("Move down"), lambda: self.move(1)),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Grace period before moving down")))
        self.grace = QSpinBox()
        self.grace.setRange(0, 3650)
        self.grace.setSuffix(self.tr(" days"))
        buttons.addWidget(self.grace)
        v.addLayout(buttons)
        row = QHBoxLayout()
        self.tier_status = QLabel()
        self.tier_status.setWordWrap(True)
        defaults = QPushButton(self.tr("Restore defaults"))
        defaults.clicked.connect(lambda: self._show_tiers(tiers.TierSettings()))
        save = QPushButton(self.tr("Save tiers"))
        save.clicked.connect(self.save_tiers)
        self.recompute_btn = QPushButton(self.tr("Recompute tiers now"))
        self.recompute_btn.clicked.connect(self.recompute)
        row.addWidget(self.tier_status, 1)
        row.addWidget(defaults)
        row.addWidget(save)
        row.addWidget(self.recompute_btn)
        v.addLayout(row)
        layout.addWidget(box, 1)
        self.keys: list[str] = []

    # -- loading
    def refresh(self) -> None:
        with self.db.engine.connect() as conn:
            c = checkins.CheckinSettings.load(conn)
            t = tiers.TierSettings.load(conn)
        self.points.setValue(c.points)
        self.valid.setValue(c.valid_days)
        self.makeups.setValue(c.makeup_per_month)
        self.bonuses.setText(", ".join(f"{n}={b}" for n, b in c.bonuses))
        self._show_tiers(t)

    def _show_tiers(self, settings: tiers.TierSettings) -> None:
        self.table.setRowCount(0)
        self.keys = []
        for t in settings.tiers:
            self._add_row(t)
        self.grace.setValue(settings.grace_days)

    def _add_row(self, t: tiers.TierDef) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.keys.append(t.key)
        name = QLineEdit(t.name)
        name.setPlaceholderText(label(t.key))
        self.table.setCellWidget(r, NAME, name)
        pts = QSpinBox()
        pts.setRange(-1, 10_000_000)
        pts.setSpecialValueText(self.tr("—"))
        pts.setValue(-1 if t.min_points is None else t.min_points)
        self.table.setCellWidget(r, POINTS, pts)
        spend = QDoubleSpinBox()
        spend.setRange(-1, 100_000_000)
        spend.setDecimals(0)
        spend.setSpecialValueText(self.tr("—"))
        spend.setValue(-1 if t.min_spend is None else t.min_spend)
        self.table.setCellWidget(r, SPEND, spend)
        days = QSpinBox()
        days.setRange(1, 3650)
        days.setValue(t.spend_days)
        self.table.setCellWidget(r, DAYS, days)
        match = QComboBox()
        match.addItem(self.tr("either"), "any")
        match.addItem(self.tr("both"), "all")
        match.setCurrentIndex(0 if t.match == "any" else 1)
        self.table.setCellWidget(r, MATCH, match)
        benefits = QLineEdit(t.benefits)
        self.table.setCellWidget(r, BENEFITS, benefits)
        self.table.setRowHeight(r, 30)

    def current_tiers(self) -> list[tiers.TierDef]:
        out = []
        for r, key in enumerate(self.keys):
            w = self.table.cellWidget
            pts, spend = w(r, POINTS).value(), w(r, SPEND).value()
            out.append(
                tiers.TierDef(
                    key=key,
                    name=w(r, NAME).text().strip(),
                    min_points=None if pts < 0 else pts,
                    min_spend=None if spend < 0 else float(spend),
                    spend_days=w(r, DAYS).value(),
                    match=w(r, MATCH).currentData(),
                    benefits=w(r, BENEFITS).text().strip(),
                )
            )
        return out

    # -- editing
    def add_tier(self) -> None:
        current = self.current_tiers()
        last = current[-1].min_points if current and current[-1].min_points is not None else 0
        self._add_row(tiers.TierDef(tiers.new_key(current), name=self.tr("New tier"), min_points=last * 2 or 100))

    def remove_tier(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        current = self.current_tiers()
        del current[r]
        self._show_tiers(tiers.TierSettings(current, self.grace.value()))

    def move(self, step: int) -> None:
        r = self.table.currentRow()
        current = self.current_tiers()
        if r < 0 or not 0 <= r + step < len(current):
            return
        current[r], current[r + step] = current[r + step], current[r]
        self._show_tiers(tiers.TierSettings(current, self.grace.value()))
        self.table.selectRow(r + step)

    # -- saving
    def _say(self, target: QLabel, text: str, ok: bool) -> None:
        target.setStyleSheet(SAVED_STYLE if ok else ERROR_STYLE)
        target.setText(text)

    def save_checkins(self) -> bool:
        bonuses = []
        for part in self.bonuses.text().replace("，", ",").split(","):
            if not part.strip():
                continue
            days, sep, pts = part.partition("=")
            try:
                if not sep or int(days) <= 0 or int(pts) < 0:
                    raise ValueError
                bonuses.append([int(days), int(pts)])
            except ValueError:
                self._say(
                    self.checkin_status,
                    self.tr("Write streak bonuses as days=points, e.g. 7=30, 21=100; nothing was saved."),
                    False,
                )
                return False
        s = checkins.CheckinSettings(self.points.value(), self.valid.value(), self.makeups.value(), sorted(bonuses))
        with self.db.transaction() as conn:
            s.save(conn)
        self._say(self.checkin_status, self.tr("Check-in settings saved."), True)
        return True

    def save_tiers(self) -> bool:
        settings = tiers.TierSettings(self.current_tiers(), self.grace.value())
        problem = self._problem(settings.tiers)
        if problem:
            self._say(self.tier_status, problem, False)
            return False
        with self.db.transaction() as conn:
            settings.save(conn)
        self._say(self.tier_status, self.tr("Tiers saved. Recompute to apply them to every member now."), True)
        return True

    def _problem(self, defs: list[tiers.TierDef]) -> str:
        if not defs:
            return self.tr("Define at least one tier; nothing was saved.")
        for t in defs:
            if t.min_points is None and t.min_spend is None:
                return self.tr("%1 needs a points or a spend threshold; nothing was saved.").replace("%1", tier_name(t))
        return ""

    def recompute(self) -> workers.Job | None:
        if not self.save_tiers():
            return None
        self.recompute_btn.setEnabled(False)
        job = workers.run_job(self.tr("Recomputing tiers"), _recompute, self.db, parent=self)
        job.succeeded.connect(self._recomputed)
        job.failed.connect(lambda message, _t: self._say(self.tier_status, message, False))
        job.finished.connect(lambda: self.recompute_btn.setEnabled(True))
        return job

    def _recomputed(self, r: tiers.TierResult) -> None:
        self._say(
            self.tier_status,
            self.tr("Tiers recomputed: %1 moved up, %2 moved down, %3 below their tier within the grace period.")
            .replace("%1", str(r.promoted))
            .replace("%2", str(r.demoted))
            .replace("%3", str(r.waiting)),
            True,
        )
        self.changed.emit()
