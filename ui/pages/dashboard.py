"""Dashboard: the period's key figures against the seeds' thresholds, and every chart of issue 7.

matplotlib is imported only when this page is first shown (``ui.charts``); all chart data is computed in SQL on a
worker thread (``core.dashboard.load`` through ``Page.run``). Clicking a bar of members (a silence bucket, an
inviter) asks the Members page to show just them (``members_requested``).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import activity, metrics, texts
from core import dashboard as dash
from core.dashboard_charts import short  # matplotlib-free
from core.db import Database
from core.models import Group
from ui.pages.base import Page, hint_label, make_table, set_cell

_C = "Dashboard"
TIER_NAMES = {
    "silver": QT_TRANSLATE_NOOP("Dashboard", "Silver"),
    "gold": QT_TRANSLATE_NOOP("Dashboard", "Gold"),
    "diamond": QT_TRANSLATE_NOOP("Dashboard", "Diamond"),
    "none": QT_TRANSLATE_NOOP("Dashboard", "No tier"),
}


def ui_language() -> str:
    """The language the interface runs in, for the headless chart texts (core.texts)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def _load(
    progress,
    db: Database,
    today: date,
    period: metrics.Period | None = None,
    group_id: int | None = None,
    partial=None,
):
    period = period or default_period(today)
    activity.bring_up_to_date(db)  # cheap when the message summaries are current (always, unless a path missed them)
    with db.session() as s:
        return dash.load(s, period, group_id, as_of=today, progress=progress, partial=partial)


class _Relay(QObject):
    """Carries the first part of a load (key figures, weekly series) from the worker to the UI thread."""

    ready = Signal(object, object)  # load token, DashboardData


def default_period(today: date) -> metrics.Period:
    return metrics.month_period(today.year, today.month)


class DashboardPage(Page):
    def __init__(self, db: Database, parent=None, today: date | None = None) -> None:
        super().__init__(db, self.tr("Dashboard"), parent)
        self.today = today or date.today()
        self.charts: dict[str, object] = {}
        self.data: dash.DashboardData | None = None
        self._token: object | None = None  # the newest load; its first part may be shown early
        self._early: tuple[object, set[str]] | None = None  # (token, charts drawn from the first part)
        self._relay = _Relay(self)
        self._relay.ready.connect(self._show_first_part)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        for key, text in (("week", self.tr("Week")), ("month", self.tr("Month")), ("quarter", self.tr("Quarter")),
                          ("custom", self.tr("Custom"))):  # fmt: skip
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(1)
        self.which = QComboBox()
        self.which.setMinimumContentsLength(12)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.hide()
        self.start_edit.setDate(QDate(self.today.year, self.today.month, 1))
        self.end_edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.group = QComboBox()
        self.group.setMinimumContentsLength(10)
        self.group.setMaximumWidth(220)
        self.report_btn = QPushButton(self.tr("Weekly report…"))
        self.nps_btn = QPushButton(self.tr("NPS scores…"))
        self.help_btn = QPushButton(self.tr("Metric definitions"))
        self.card_btn = QPushButton(self.tr("Growth card…"))
        self.export_btn = QPushButton(self.tr("Export charts as PNG…"))
        self.export_btn.setEnabled(False)
        bar.addWidget(QLabel(self.tr("Period")))
        for w in (self.kind, self.which, self.start_edit, self.end_edit):
            bar.addWidget(w)
        bar.addWidget(QLabel(self.tr("Group")))
        bar.addWidget(self.group)
        bar.addStretch(1)
        for w in (self.report_btn, self.nps_btn, self.card_btn, self.help_btn, self.export_btn):
            bar.addWidget(w)
        self.layout_.addLayout(bar)
        # The key-figure cards: their row keeps its height while a load computes them (the first charts arrive
        # before them and must not move), and never makes the page wider: cards that do not fit go to a second
        # row (a wider page would lay the charts out again and render them a second time).
        from ui.widgets.flow_layout import FlowLayout

        cards_box = QWidget()
        self.cards = FlowLayout(cards_box)
        cards_box.setMinimumHeight(self.fontMetrics().height() * 3 + 14)
        self.layout_.addWidget(cards_box)
        self.empty = hint_label(
            self.tr("No activity in this period. Import chat history and orders, or choose another period.")
        )
        self.layout_.addWidget(self.empty, 1)  # an empty period: the hint takes the room, the cards keep their height
        self.empty.hide()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.scroll.setWidget(self.body)
        self.layout_.addWidget(self.scroll, 1)
        self.tier_table = make_table([self.tr("Tier"), self.tr("Moved up"), self.tr("Held"), self.tr("Moved down")])
        self.posts_table = make_table(
            [self.tr("Post"), self.tr("Group"), self.tr("Posted"), self.tr("Reach"), self.tr("Replies"),
             self.tr("Shares"), self.tr("Clicks"), self.tr("Orders")]
        )  # fmt: skip
        for table in (self.tier_table, self.posts_table):  # the names take the room, the numbers stay together
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fill_which()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.which.currentIndexChanged.connect(lambda _i: self.refresh() if self._loaded else None)
        self.start_edit.dateChanged.connect(lambda _d: self.refresh() if self._loaded else None)
        self.end_edit.dateChanged.connect(lambda _d: self.refresh() if self._loaded else None)
        self.group.currentIndexChanged.connect(lambda _i: self.refresh() if self._loaded else None)
        self.export_btn.clicked.connect(self._export)
        self.help_btn.clicked.connect(self.show_definitions)
        self.report_btn.clicked.connect(self._report)
        self.nps_btn.clicked.connect(self._nps)
        self.card_btn.clicked.connect(self._card)

    # ----- period and group ------------------------------------------------------------------------------------
    def _fill_which(self) -> None:
        kind = self.kind.currentData()
        self.which.blockSignals(True)
        self.which.clear()
        t = self.today
        if kind == "week":
            monday = t - timedelta(days=t.weekday())
            for i in range(26):
                p = metrics.week_period(*(monday - timedelta(days=7 * i)).isocalendar()[:2])
                self.which.addItem(f"{p.label}  ({p.start:%m-%d}–{p.end - timedelta(days=1):%m-%d})", p)
        elif kind == "month":
            y, m = t.year, t.month
            for _ in range(24):
                p = metrics.month_period(y, m)
                self.which.addItem(p.label, p)
                y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        elif kind == "quarter":
            y, q = t.year, (t.month - 1) // 3 + 1
            for _ in range(8):
                p = metrics.quarter_period(y, q)
                self.which.addItem(p.label, p)
                y, q = (y - 1, 4) if q == 1 else (y, q - 1)
        self.which.blockSignals(False)
        custom = kind == "custom"
        self.which.setVisible(not custom)
        self.start_edit.setVisible(custom)
        self.end_edit.setVisible(custom)

    def _kind_changed(self) -> None:
        self._fill_which()
        if self._loaded:
            self.refresh()

    def period(self) -> metrics.Period:
        if self.kind.currentData() == "custom":
            a, b = self.start_edit.date().toPython(), self.end_edit.date().toPython()
            a, b = min(a, b), max(a, b)
            return metrics.Period(a, b + timedelta(days=1), f"{a.isoformat()}..{b.isoformat()}")
        return self.which.currentData() or default_period(self.today)

    def _fill_groups(self) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All groups"), None)
        with self.db.session() as s:
            for gid, name in s.exec(__import__("sqlmodel").select(Group.id, Group.name).order_by(Group.id)):
                self.group.addItem(short(name, 16), gid)
                self.group.setItemData(self.group.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        index = self.group.findData(current)
        self.group.setCurrentIndex(max(index, 0))
        self.group.blockSignals(False)

    def refresh(self) -> None:
        if self.group.count() == 0:
            self._fill_groups()
        self._token = token = object()
        self._early = None
        relay = self._relay.ready

        def first_part(data: dash.DashboardData) -> None:  # called on the worker: queued to the UI thread
            relay.emit(token, data)

        self.run(self.tr("Computing dashboard"), _load, self._show, self.db, self.today, self.period(),
                 self.group.currentData(), first_part)  # fmt: skip

    def _show_first_part(self, token: object, data: dash.DashboardData) -> None:
        """A part of the first stage (the weekly charts, then the heatmap and funnel, then the key figures), while
        the worker computes the rest."""
        if token is not self._token:
            return  # a newer load started since
        self._show(data, partial=True)

    def invalidate(self) -> None:
        self.group.clear()
        super().invalidate()

    # ----- drawing ---------------------------------------------------------------------------------------------
    def _chart(self, key: str, row: int, col: int, height: float = 3.0, span: int = 1):
        if key not in self.charts:
            from ui.charts import ChartWidget

            chart = ChartWidget(self.body, height=height, name=key)
            chart.clicked.connect(self._clicked)
            chart.saved.connect(lambda p: self.status_message.emit(self.tr("Chart saved as %1").replace("%1", p)))
            self.grid.addWidget(chart, row, col, 1, span)
            self.charts[key] = chart
        return self.charts[key]

    def _fit_body(self) -> None:
        """Let the scroll area's body grow to what the charts need, so they scroll instead of overlapping."""
        self.grid.activate()
        self.body.setMinimumHeight(self.grid.minimumSize().height())

    def _clicked(self, payload) -> None:
        ids, caption = payload
        self.members_requested.emit(list(ids), caption)

    def _show(self, data: dash.DashboardData, partial: bool = False) -> None:
        """Show ``data``: everything, or (``partial``) what a part of the first stage holds (``data.ready``). What
        an earlier part of the same load showed is not drawn again."""
        early = self._early[1] if self._early is not None and self._early[0] is self._token else set()
        if not partial:
            self._early = None
            self.data = data  # the whole load: what export, the report dialog and tests read
        ready = set(data.ready or ()) if partial else None
        if partial:
            self._early = (self._token, early | ready)  # what this load has shown so far
        has = data.has_activity
        self.empty.setVisible(not has)
        self.scroll.setVisible(has)
        self.export_btn.setEnabled(has and not partial)
        if dash.CARDS not in early:
            if ready is None or dash.CARDS in ready:
                self._cards(data)
            elif not early:
                self._clear_cards()  # the last load's figures would stand beside this load's charts
        if not has:
            return
        from core.dashboard_charts import CHARTS

        t = texts.translator(ui_language())
        for i, (key, fn) in enumerate(CHARTS.items()):
            chart = self._chart(key, i // 2, i % 2)
            if key in early:
                continue
            if ready is None or key in ready:
                chart.draw(lambda fig, fn=fn, chart=chart: fn(fig, data, t, chart.tip))
            elif not early:
                chart.placeholder(t("Computing…"))  # filled by a later part or the second stage
        if partial:
            QTimer.singleShot(0, self._fit_body)
            return
        if self.tier_table.parent() is None:
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.addWidget(QLabel(self.tr("Tier movement in the period (Orbit-style)")))
            v.addWidget(self.tier_table)
            self.tier_note = QLabel()
            self.tier_note.setWordWrap(True)
            self.tier_note.setStyleSheet("color: #6B7280;")
            v.addWidget(self.tier_note)
            self.grid.addWidget(box, 6, 1)
            self.grid.addWidget(QLabel(self.tr("Top posts of the period")), 7, 0, 1, 2)
            self.grid.addWidget(self.posts_table, 8, 0, 1, 2)
            self.posts_table.setMinimumHeight(260)
            self.tier_table.setMinimumHeight(160)
        QTimer.singleShot(0, self._fit_body)  # new charts become visible (and count in the layout) a moment later
        self.tier_table.setRowCount(len(data.tier_moves))
        for r, (tier, up, held, down) in enumerate(data.tier_moves):
            set_cell(self.tier_table, r, 0, tr(TIER_NAMES[tier]))
            for c, v in enumerate((up, held, down), 1):
                set_cell(self.tier_table, r, c, str(v), right=True)
        self.tier_note.setText(
            "" if data.tier_history else
            self.tr("No tier changes recorded yet: 'held' is everyone at the tier now. Tier changes are recorded "
                    "from now on (event 'tier-change').")
        )  # fmt: skip
        self.posts_table.setRowCount(len(data.top_posts))
        for r, p in enumerate(data.top_posts):
            set_cell(self.posts_table, r, 0, p["title"])
            set_cell(self.posts_table, r, 1, p["group"])
            set_cell(self.posts_table, r, 2, p["posted"])
            for c, k in enumerate(("reach", "replies", "shares", "clicks", "orders"), 3):
                set_cell(self.posts_table, r, c, "" if p[k] is None else str(p[k]), right=True)

    def _clear_cards(self) -> None:
        while self.cards.count():
            w = self.cards.takeAt(0).widget()
            if w is not None:
                w.deleteLater()

    def _cards(self, data: dash.DashboardData) -> None:
        self._clear_cards()
        from core.report import key_figures

        for row in key_figures(data, texts.translator(ui_language())):
            label = QLabel(f"<div style='color:#6B7280'>{row.name}</div>"
                           f"<div style='font-size:18px;color:{row.colour}'><b>{row.value}</b></div>"
                           f"<div style='color:#6B7280;font-size:11px'>{row.change}</div>")  # fmt: skip
            label.setToolTip(row.hint)
            label.setStyleSheet("QLabel { background: #F5F7FA; border-radius: 6px; padding: 6px 10px; }")
            self.cards.addWidget(label)

    # ----- actions ---------------------------------------------------------------------------------------------
    def _export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the PNG files"))
        if folder:
            self.export_to(folder)
            self.status_message.emit(self.tr("Charts saved in %1").replace("%1", folder))

    def export_to(self, folder: str) -> list[Path]:
        paths = []
        for key, chart in self.charts.items():
            path = Path(folder) / f"{key}.png"
            chart.save_png(str(path))
            paths.append(path)
        return paths

    def show_definitions(self) -> None:
        from ui.dialogs.dashboard_dialogs import MetricHelpDialog

        MetricHelpDialog(self).exec()

    def _report(self) -> None:
        from ui.dialogs.dashboard_dialogs import ReportDialog

        name = self.group.itemData(self.group.currentIndex(), Qt.ItemDataRole.ToolTipRole)
        ReportDialog(self.db, self.today, name, self).exec()

    def _nps(self) -> None:
        from ui.dialogs.dashboard_dialogs import NpsDialog

        if NpsDialog(self.db, self.today, self).exec():
            self.data_changed.emit()
            self.refresh()

    def _card(self) -> None:
        from ui.dialogs.dashboard_dialogs import GrowthCardDialog

        GrowthCardDialog(self.db, self.today, self).exec()
