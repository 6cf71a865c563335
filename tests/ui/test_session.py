"""The GUI side of data safety: start-up check and recovery, restore from Settings, backups while open and on close."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from core import backup
from core import db as dbmod
from core.settings import AppPrefs, BackupSettings
from tests.helpers import copy_of, corrupt, member_count
from ui import workers
from ui.pages.settings import SettingsPage
from ui.session import Session


@pytest.fixture
def live(demo_db_path: Path, tmp_path: Path) -> Path:
    path = copy_of(demo_db_path, tmp_path / "live" / "qunzhu.sqlite3")
    dbmod.open_database(path).close()
    return path


@pytest.fixture
def answers(monkeypatch):
    """Every message box answers with its accept button (or Yes); what they said is recorded."""
    shown: list[str] = []

    def accept(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.informativeText())
        button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", accept)
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def sessions(qtbot):
    """Sessions made by a test, torn down in order while Qt is alive (not left to the interpreter's exit)."""
    made: list[Session] = []

    def make(path: Path, prefs: AppPrefs | None = None) -> Session:
        session = Session(path, prefs or AppPrefs())
        made.append(session)
        return session

    yield make
    workers.wait_for_all(30000)
    for session in made:
        session.timer.stop()
        if session.window is not None:
            session.window.closed.disconnect(session.closed)
            session.window.close()
            session.window.deleteLater()
        if session.db is not None:
            session.db.close()
        session.deleteLater()
    qtbot.wait(20)


def _finish(qtbot) -> None:
    qtbot.waitUntil(lambda: workers.idle(50), timeout=30000)
    qtbot.wait(50)


def test_a_database_that_cannot_be_opened_is_kept_aside_and_the_backup_restored(qtbot, live, answers, sessions) -> None:
    backup.make_backup(live, "close")
    with live.open("r+b") as fh:
        fh.write(b"\x00" * 4096)  # the header page is gone: SQLite cannot even open it
    damaged = live.read_bytes()
    session = sessions(live)
    assert session.open()
    try:
        assert "damaged" in answers[0] and "400 members" in answers[0]
        aside = list(live.parent.glob("qunzhu.damaged-*.sqlite3"))
        assert len(aside) == 1 and aside[0].read_bytes() == damaged
        assert member_count(live) == 400
    finally:
        session.db.close()
        session.db = None


def test_a_damaged_small_database_is_found_before_the_window_opens(qtbot, live, answers, sessions) -> None:
    backup.make_backup(live, "auto")
    corrupt(live)  # SQLite opens it, but quick_check fails
    session = sessions(live)
    assert session.open()
    assert session.window is None and "damaged" in answers[0]
    assert list(live.parent.glob("qunzhu.damaged-*")) and member_count(live) == 400


# The window queries the damaged file while the background check runs; Qt reports those errors, the app goes on.
@pytest.mark.qt_no_exception_capture
def test_a_big_database_is_checked_in_the_background_and_recovered(qtbot, live, answers, sessions, monkeypatch) -> None:
    from ui import session as session_mod

    monkeypatch.setattr(session_mod, "CHECK_BEFORE_START_BYTES", 0)
    backup.make_backup(live, "auto")
    corrupt(live)
    session = sessions(live)
    assert session.open()
    session.show_window()
    first = session.window
    qtbot.waitUntil(lambda: session.window is not first, timeout=30000)
    _finish(qtbot)
    assert any("damaged" in a for a in answers)
    assert list(live.parent.glob("qunzhu.damaged-*"))
    assert session.db is not None and dbmod.integrity_problems(live) == []
    assert member_count(live) == 400


def test_restore_from_the_settings_page_backs_up_and_reopens(qtbot, live, answers, sessions) -> None:
    good = backup.make_backup(live, "manual")
    with sqlite3.connect(live) as conn:
        conn.execute("DELETE FROM member WHERE id > 50")
    session = sessions(live)
    assert session.open()
    session.show_window()
    first = session.window
    _finish(qtbot)
    settings = first.page(SettingsPage)
    first.sidebar.setCurrentRow(first.pages.index(next(p for p in first.pages if p[1] is settings)))
    settings.tabs.setCurrentWidget(settings.backups)
    panel = settings.backups
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10000)
    assert panel.table.item(0, 3).text() == "400"
    panel.table.selectRow(0)
    assert panel.restore_btn.isEnabled()
    panel.restore_btn.click()
    qtbot.waitUntil(lambda: session.window is not first, timeout=30000)
    _finish(qtbot)
    assert member_count(live) == 400
    pre = [b for b in backup.list_backups(live) if b.reason == "pre-restore"]
    assert len(pre) == 1 and member_count(pre[0].path) == 50
    assert good.exists()


def test_periodic_and_closing_backups(qtbot, live, answers, sessions) -> None:
    prefs = AppPrefs()
    prefs.set_backup_settings(BackupSettings(every_hours=1))
    session = sessions(live, prefs)
    assert session.open()
    job = session.backup_if_due()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    assert [b.reason for b in backup.list_backups(live)] == ["auto"]
    assert session.backup_if_due() is None  # just backed up
    with session.db.transaction() as conn:
        conn.exec_driver_sql("UPDATE member SET notes = 'after the backup' WHERE id = 3")
    session.close()
    reasons = [b.reason for b in backup.list_backups(live)]
    assert reasons == ["close", "auto"]
    conn = sqlite3.connect(backup.list_backups(live)[0].path)
    assert conn.execute("SELECT notes FROM member WHERE id = 3").fetchone() == ("after the backup",)
    conn.close()


def test_backups_tab_saves_its_settings(qtbot, db) -> None:
    prefs = AppPrefs()
    page = SettingsPage(db, prefs)
    qtbot.addWidget(page)
    panel = page.backups
    panel.every.setValue(6)
    panel.keep["keep_monthly"].setValue(24)
    panel.folder.setText("/media/usb/qunzhu")
    panel.save_settings()
    saved = AppPrefs.load().backup_settings()
    assert (saved.every_hours, saved.keep_monthly, saved.folder) == (6, 24, "/media/usb/qunzhu")
    _finish(qtbot)


def test_old_trash_is_emptied_at_start(qtbot, live, answers, sessions) -> None:
    from datetime import datetime, timedelta

    from core import trash

    database = dbmod.open_database(live)
    trash.move_to_trash(database, "member", [5, 6], now=datetime.now() - timedelta(days=31))
    trash.move_to_trash(database, "member", [7], now=datetime.now() - timedelta(days=2))
    database.close()
    session = sessions(live)
    assert session.open()
    session.show_window()
    _finish(qtbot)
    conn = sqlite3.connect(live)
    assert conn.execute("SELECT id FROM member WHERE id IN (5, 6, 7)").fetchall() == [(7,)]
    conn.close()


# -- start-up: the window first, the database behind it ---------------------------------------------------------
def test_start_shows_the_window_at_once_and_fills_it_when_the_database_is_open(qtbot, live, answers, sessions) -> None:
    session = sessions(live, AppPrefs(last_page=1))
    ready: list[bool] = []
    session.ready.connect(lambda: ready.append(True))
    session.start()
    window = session.window
    assert window.isVisible() and window.pages == [] and session.db is None
    assert window.stack.currentWidget() is window.opening and str(live) in window.db_label.text()
    qtbot.waitUntil(lambda: bool(ready), timeout=30000)
    assert session.db is not None and session.window is window  # the same window, now with its pages
    assert len(window.pages) == window.sidebar.count() == 8
    assert window.stack.currentWidget() is window.pages[1][1]  # the Members page, where the user left off
    assert answers == [] and session.exit_code is None
    _finish(qtbot)


def test_start_on_a_damaged_database_offers_the_backup_then_opens_it(qtbot, live, answers, sessions) -> None:
    backup.make_backup(live, "auto")
    corrupt(live)
    session = sessions(live)
    ready: list[bool] = []
    session.ready.connect(lambda: ready.append(True))
    session.start()
    qtbot.waitUntil(lambda: bool(ready), timeout=30000)
    assert "damaged" in answers[0] and member_count(live) == 400
    assert list(live.parent.glob("qunzhu.damaged-*")) and len(session.window.pages) == 8
    _finish(qtbot)


def test_start_on_an_empty_database_asks_first_and_quitting_there_ends_the_session(
    qtbot, tmp_path, answers, sessions
) -> None:
    session = sessions(tmp_path / "new.sqlite3")
    asked, closed = [], []
    session.closed.connect(lambda: closed.append(True))
    session.start(when_empty=lambda db: asked.append(db.path) or False)
    qtbot.waitUntil(lambda: bool(closed), timeout=30000)
    assert asked == [tmp_path / "new.sqlite3"]
    assert session.exit_code == 0 and session.db is None and not session.window.isVisible()
    assert session.window.pages == []


def test_start_on_a_newer_database_explains_and_ends_with_an_error(qtbot, live, answers, sessions) -> None:
    with sqlite3.connect(live) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'abc999'")
    session = sessions(live)
    closed: list[bool] = []
    session.closed.connect(lambda: closed.append(True))
    session.start()
    qtbot.waitUntil(lambda: bool(closed), timeout=30000)
    assert session.exit_code == 1 and "newer version of Qunzhu" in answers[0]


def test_start_on_a_damaged_database_without_backup_starts_empty_and_offers_the_demo(
    qtbot, live, answers, sessions
) -> None:
    corrupt(live)  # no backup: the offer is an empty database
    session = sessions(live)
    asked, ready = [], []
    session.ready.connect(lambda: ready.append(True))
    session.start(when_empty=lambda db: asked.append(db.path) or True)
    qtbot.waitUntil(lambda: bool(ready), timeout=30000)
    assert "damaged" in answers[0] and asked == [live] and member_count(live) == 0
    _finish(qtbot)
