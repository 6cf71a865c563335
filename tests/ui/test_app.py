"""Start-up behaviour: the lock against a second copy, refusing a newer database, the first-run offer."""

from __future__ import annotations

import argparse
import sqlite3

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from core.db import open_database
from ui import app as uiapp


def _args(db) -> argparse.Namespace:
    return argparse.Namespace(db=db, lang="en", self_test=False, command=None)


def test_a_second_copy_on_the_same_database_is_refused(qapp, tmp_path, monkeypatch) -> None:
    db = tmp_path / "shared.sqlite3"
    holder = QLockFile(str(db) + ".lock")
    assert holder.tryLock(100)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    try:
        assert uiapp.run(_args(db)) == 1
    finally:
        holder.unlock()
    assert shown and "already open" in shown[0]


def test_a_newer_database_is_refused_with_a_message(qapp, tmp_path, monkeypatch) -> None:
    db = tmp_path / "future.sqlite3"
    open_database(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'abc999'")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert uiapp.run(_args(db)) == 1
    assert shown and "newer version of Qunzhu" in shown[0]


def test_first_run_offers_the_demo_and_builds_it(qapp, tmp_path, monkeypatch) -> None:
    database = open_database(tmp_path / "first.sqlite3")
    monkeypatch.setattr(uiapp, "DEMO_MEMBERS", 120)

    def choose_demo(box: QMessageBox) -> int:
        demo = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        demo.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_demo)
    assert uiapp._first_run(database) is True
    from core.stats import collect

    assert collect(database).members == 120
    database.close()


def test_the_window_shows_before_the_database_layer_is_imported(demo_db_path, tmp_path) -> None:
    """Start-up speed by construction: the first paint needs neither SQLAlchemy nor the pages nor matplotlib."""
    import json
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.helpers import copy_of

    db = copy_of(demo_db_path, tmp_path / "start.sqlite3")
    report = tmp_path / "startup.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QUNZHU_HOME=str(tmp_path / "home"))
    env.update(QUNZHU_STARTUP_REPORT=str(report), QUNZHU_QUIT_WHEN_SHOWN="1")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--lang", "zh_CN"],
        env=env,
        timeout=120,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    first, ready = set(data["modules"]["painted_at"]), set(data["modules"]["ready_at"])
    assert data["painted_at"] < data["ready_at"]
    assert {"sqlalchemy", "sqlmodel", "core.models", "ui.pages.members", "matplotlib"}.isdisjoint(first)
    assert {"sqlalchemy", "core.models", "ui.pages.members", "ui.pages.dashboard"} <= ready
    assert "matplotlib" not in ready  # the charts library waits for the Dashboard page
