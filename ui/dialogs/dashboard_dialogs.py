"""The dashboard's dialogs: metric definitions, the weekly report, NPS scores and the member growth card."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
)

from core import metrics
from core.db import Database
from ui import workers
from ui.pages.base import make_table, set_cell


def _lang() -> str:
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def metrics_doc() -> Path:
    from core import paths

    return paths.resources_dir().parent / "docs" / "metrics.md"


class MetricHelpDialog(QDialog):
    """docs/metrics.md, the one place where every figure is defined with its formula."""

    def __init__(self, parent=None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Metric definitions"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setOpenExternalLinks(True)
        path = path or metrics_doc()
        try:
            self.view.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.view.setPlainText(self.tr("The metric definitions (docs/metrics.md) are missing from this copy."))
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ReportDialog(QDialog):
    """Pick a week and a format; the report is written on a worker thread."""

    def __init__(self, db: Database, today: date, group_name: str | None, parent=None) -> None:
        super().__init__(parent)
        self.db, self.today, self.group_name = db, today, group_name
        self.setWindowTitle(self.tr("Weekly health report"))
        form = QFormLayout(self)
        self.week = QComboBox()
        monday = today - timedelta(days=today.weekday())
        for i in range(26):  # this week first (a Sunday-evening review), then the weeks before
            p = metrics.week_period(*(monday - timedelta(days=7 * i)).isocalendar()[:2])
            self.week.addItem(f"{p.label}  ({p.start:%m-%d}–{p.end - timedelta(days=1):%m-%d})", p.label)
        form.addRow(self.tr("Week"), self.week)
        form.addRow(self.tr("Group"), QLabel(group_name or self.tr("All groups")))
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.status)
        buttons = QDialogButtonBox()
        self.pdf_btn = buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.html_btn = buttons.addButton(self.tr("Save as HTML…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self.pdf_btn.clicked.connect(lambda: self._save(".pdf"))
        self.html_btn.clicked.connect(lambda: self._save(".html"))
        form.addRow(buttons)
        self.job: workers.Job | None = None

    def _save(self, suffix: str) -> None:
        week = self.week.currentData()
        name = f"社群健康度报告-{week}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), name, f"*{suffix}")
        if path:
            self.write(Path(path if path.endswith(suffix) else path + suffix), week)

    def write(self, out: Path, week: str) -> workers.Job:
        from core import report

        self.pdf_btn.setEnabled(False)
        self.html_btn.setEnabled(False)
        self.status.setText(self.tr("Writing the report…"))
        self.job = workers.run_job(
            "report",
            lambda _p: report.make_report(self.db, week, out, self.group_name, _lang(), self.today),
            parent=self,
        )
        self.job.succeeded.connect(lambda _r: self._done(self.tr("Saved: %1").replace("%1", str(out))))
        self.job.failed.connect(lambda message, _t: self._done(message))
        return self.job

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self.pdf_btn.setEnabled(True)
        self.html_btn.setEnabled(True)


class NpsDialog(QDialog):
    """Type in survey scores (0–10) or import a CSV of name/phone and score; the latest answers are listed."""

    def __init__(self, db: Database, today: date, parent=None) -> None:
        super().__init__(parent)
        self.db, self.today = db, today
        self.changed = False
        self.setWindowTitle(self.tr("NPS survey scores"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How likely is it that you would recommend us to a friend? 0–10. "
                                         "Promoters 9–10, passives 7–8, detractors 0–6.")))  # fmt: skip
        row = QHBoxLayout()
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("Name, WeChat ID or phone (empty: anonymous)"))
        self.score = QSpinBox()
        self.score.setRange(0, 10)
        self.score.setValue(9)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.add_btn = QPushButton(self.tr("Add"))
        for w in (self.who, self.score, self.day, self.add_btn):
            row.addWidget(w)
        layout.addLayout(row)
        self.import_btn = QPushButton(self.tr("Import CSV…"))
        layout.addWidget(self.import_btn)
        self.table = make_table([self.tr("Member"), self.tr("Score"), self.tr("Date")])
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self._close)
        layout.addWidget(buttons)
        self.add_btn.clicked.connect(self.add)
        self.import_btn.clicked.connect(self._import)
        self._reload()

    def _close(self) -> None:
        (self.accept if self.changed else self.reject)()

    def _reload(self) -> None:
        from core import nps

        with self.db.session() as s:
            rows = nps.recent(s)
        self.table.setRowCount(len(rows))
        for r, (_id, name, score, day) in enumerate(rows):
            set_cell(self.table, r, 0, name or self.tr("(anonymous)"))
            set_cell(self.table, r, 1, str(score), right=True)
            set_cell(self.table, r, 2, day)

    def add(self) -> bool:
        from core import nps

        who = self.who.text().strip()
        with self.db.session() as s:
            mid = nps.find_member(s, who) if who else None
            if who and mid is None:
                QMessageBox.warning(
                    self, self.windowTitle(), self.tr("No single member matches “%1”.").replace("%1", who)
                )
                return False
            nps.add_score(s, mid, self.score.value(), self.day.date().toPython())
        self.changed = True
        self.who.clear()
        self._reload()
        return True

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import NPS scores"), "", "CSV (*.csv *.txt)")
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        from core import nps

        try:
            with self.db.session() as s:
                result = nps.import_csv(s, path, self.day.date().toPython())
        except (nps.NpsError, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return False
        self.changed = True
        self._reload()
        QMessageBox.information(
            self, self.windowTitle(),
            self.tr("Imported %1 scores (%2 matched to members).").replace("%1", str(result.added))
            .replace("%2", str(result.matched)),
        )  # fmt: skip
        return True


class GrowthCardDialog(QDialog):
    """A member's yearly growth card (用户成长报告) as PNG."""

    def __init__(self, db: Database, today: date, parent=None) -> None:
        super().__init__(parent)
        self.db, self.today = db, today
        self.setWindowTitle(self.tr("Member growth card"))
        form = QFormLayout(self)
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("Name, WeChat ID or phone"))
        self.who.setMinimumWidth(260)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        form.addRow(self.tr("Member"), self.who)
        form.addRow(self.tr("Year"), self.year)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Save as PNG…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        save.clicked.connect(self._save)
        form.addRow(buttons)

    def _save(self) -> None:
        from core import nps

        with self.db.session() as s:
            mid = nps.find_member(s, self.who.text())
        if mid is None:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("No single member matches “%1”.").replace("%1", self.who.text()))  # fmt: skip
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save growth card"), f"成长报告-{self.year.value()}.png",
                                              "PNG (*.png)")  # fmt: skip
        if path:
            self.write(mid, Path(path))

    def write(self, member_id: int, out: Path) -> None:
        from core import growth_card

        try:
            with self.db.session() as s:
                growth_card.make_card(s, member_id, self.year.value(), out, self.today)
        except growth_card.CardError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()
