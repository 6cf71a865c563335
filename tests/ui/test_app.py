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
