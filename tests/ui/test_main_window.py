from __future__ import annotations

import subprocess
import sys

from core.settings import AppPrefs
from tests.conftest import ROOT
from ui import workers
from ui.main_window import MainWindow
from ui.pages.calendar import CalendarPage
from ui.pages.dashboard import DashboardPage
from ui.pages.members import MembersPage
from ui.pages.recall import RecallPage
from ui.pages.today import TodayPage


def _visit_all(qtbot, window: MainWindow) -> None:
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(lambda: workers.idle(50), timeout=20000)
        qtbot.wait(20)


def test_every_page_shows_the_demo_data(qtbot, demo_db) -> None:
    window = MainWindow(demo_db, AppPrefs())
    qtbot.addWidget(window)
    window.show()
    assert window.sidebar.count() == 8
    _visit_all(qtbot, window)
    members = window.page(MembersPage)
    assert members.model.rowCount() == 400
    today = window.page(TodayPage)
    qtbot.waitUntil(lambda: today.groups_table.rowCount() == 5, timeout=10000)
    assert "Recall" in today.recall_label.text() and "members to contact today" in today.recall_label.text()
    recall = window.page(RecallPage)
    qtbot.waitUntil(lambda: recall.result is not None, timeout=20000)
    assert recall.segment_list.count() == 13 and recall.table.rowCount() > 0
    dashboard = window.page(DashboardPage)
    qtbot.waitUntil(lambda: "growth" in dashboard.charts, timeout=60000)
    assert dashboard.export_btn.isEnabled()
    calendar = window.page(CalendarPage)
    calendar.go(-7)
    qtbot.waitUntil(lambda: calendar.table.rowCount() > 0, timeout=10000)
    window.close()


def test_empty_database_shows_hints_not_errors(qtbot, db) -> None:
    window = MainWindow(db, AppPrefs())
    qtbot.addWidget(window)
    window.show()
    _visit_all(qtbot, window)
    today = window.page(TodayPage)
    qtbot.waitUntil(lambda: not today.groups_empty.isHidden(), timeout=10000)
    assert today.recall_label.text().startswith("Nobody to recall today")
    recall = window.page(RecallPage)
    qtbot.waitUntil(lambda: not recall.empty.isHidden(), timeout=10000)
    dashboard = window.page(DashboardPage)
    qtbot.waitUntil(lambda: not dashboard.empty.isHidden(), timeout=10000)
    window.close()


def test_window_geometry_and_page_are_remembered(qtbot, db) -> None:
    window = MainWindow(db, AppPrefs())
    qtbot.addWidget(window)
    window.show()
    window.resize(1000, 700)
    window.sidebar.setCurrentRow(3)
    window.close()
    prefs = AppPrefs.load()
    assert prefs.window_geometry and prefs.last_page == 3
    again = MainWindow(db, prefs)
    qtbot.addWidget(again)
    assert again.sidebar.currentRow() == 3
    from PySide6.QtCore import QByteArray

    assert again.restoreGeometry(QByteArray.fromBase64(prefs.window_geometry.encode("ascii")))
    again.close()


def test_matplotlib_is_not_imported_until_the_dashboard_opens(demo_db_path) -> None:
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from core.db import open_database\nfrom core.settings import AppPrefs\n"
        "from ui.main_window import MainWindow\n"
        f"w = MainWindow(open_database({str(demo_db_path)!r}), AppPrefs()); w.show(); app.processEvents()\n"
        "print('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QUNZHU_HOME": str(demo_db_path.parent / "home")},
    )
    assert out.stdout.strip().splitlines()[-1] == "False", out.stdout + out.stderr
