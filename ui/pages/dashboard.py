"""Dashboard: weekly growth and speaking rate against the seed's healthy line (发言率 ≥ 20%).

matplotlib is imported only when this page is first shown; figures are computed on a worker thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton

from core import metrics
from core.db import Database
from core.settings import get_threshold
from ui.pages.base import Page, hint_label


def _load(progress, db: Database, today: date):
    with db.session() as s:
        weeks = metrics.weekly(s, today, 12)
        healthy = get_threshold(s, "speaking_rate_healthy")
    return weeks, healthy


class DashboardPage(Page):
    def __init__(self, db: Database, parent=None, today: date | None = None) -> None:
        super().__init__(db, self.tr("Dashboard"), parent)
        self.today = today or date.today()
        self.growth_chart = None
        self.rate_chart = None
        bar = QHBoxLayout()
        self.export_btn = QPushButton(self.tr("Export charts as PNG…"))
        self.export_btn.setEnabled(False)
        bar.addStretch(1)
        bar.addWidget(self.export_btn)
        self.layout_.addLayout(bar)
        self.empty = hint_label(self.tr("No activity in the last 12 weeks yet. Import chat history to see charts."))
        self.layout_.addWidget(self.empty)
        self.empty.hide()
        self.export_btn.clicked.connect(self._export)

    def _ensure_charts(self) -> None:
        if self.growth_chart is None:
            from ui.charts import ChartWidget

            self.growth_chart = ChartWidget(self)
            self.rate_chart = ChartWidget(self)
            self.layout_.addWidget(self.growth_chart, 1)
            self.layout_.addWidget(self.rate_chart, 1)

    def refresh(self) -> None:
        self.run(self.tr("Computing dashboard"), _load, self._show, self.db, self.today)

    def _show(self, result) -> None:
        weeks, healthy = result
        self._ensure_charts()
        has_data = any(w.messages or w.joins or w.leaves for w in weeks)
        self.empty.setVisible(not has_data)
        self.growth_chart.setVisible(has_data)
        self.rate_chart.setVisible(has_data)
        self.export_btn.setEnabled(has_data)
        if not has_data:
            return
        labels = [w.start.strftime("%m-%d") for w in weeks]
        joins_t, leaves_t = self.tr("Joined"), self.tr("Left")
        growth_t, rate_t = self.tr("Joins and leaves per week"), self.tr("Speaking rate per week")
        healthy_t = self.tr("Healthy (%1)").replace("%1", f"{healthy:.0%}")

        def growth(fig) -> None:
            ax = fig.add_subplot()
            x = range(len(weeks))
            ax.bar([i - 0.2 for i in x], [w.joins for w in weeks], width=0.4, label=joins_t)
            ax.bar([i + 0.2 for i in x], [w.leaves for w in weeks], width=0.4, label=leaves_t)
            ax.set_xticks(list(x), labels)
            ax.set_title(growth_t)
            ax.legend(frameon=False)

        def rate(fig) -> None:
            from core.chartstyle import HEALTHY, UNHEALTHY

            ax = fig.add_subplot()
            values = [(w.speaking_rate or 0) * 100 for w in weeks]
            colours = [HEALTHY if v >= healthy * 100 else UNHEALTHY for v in values]
            bars = ax.bar(range(len(weeks)), values, color=colours)
            ax.bar_label(bars, fmt="%.0f%%", fontsize=8)
            ax.axhline(healthy * 100, color="#555555", linestyle="--", linewidth=1, label=healthy_t)
            ax.set_xticks(range(len(weeks)), labels)
            ax.set_ylabel("%")
            ax.set_ylim(0, max(values + [healthy * 100]) * 1.3)  # room for the legend above the bars
            ax.set_title(rate_t)
            ax.legend(frameon=False, loc="upper right")

        self.growth_chart.draw(growth)
        self.rate_chart.draw(rate)

    def _export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the PNG files"))
        if folder:
            self.growth_chart.save_png(f"{folder}/joins_leaves.png")
            self.rate_chart.save_png(f"{folder}/speaking_rate.png")
            self.status_message.emit(self.tr("Charts saved in %1").replace("%1", folder))
