"""Privacy: Qunzhu never touches the network, in a CLI run or a whole GUI session.

Two nets: the socket module's constructors are replaced by ones that fail the test, and an audit hook records
every socket event Python raises (``socket.__new__``, ``socket.connect``, ``socket.getaddrinfo`` …), which also
catches code that reaches the C ``_socket`` module directly. Qt's own networking (QtNetwork) must not be loaded.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

_events: list[str] = []
_watching = [False]


def _audit(event: str, _args: tuple) -> None:
    if _watching[0] and event.startswith("socket."):
        _events.append(event)


sys.addaudithook(_audit)  # cannot be removed; it records only while a test below watches


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(name):
        def fail(*args, **kwargs):
            attempts.append(name)
            raise AssertionError(f"network access attempted: socket.{name}{args!r}")

        return fail

    for name in ("socket", "create_connection", "getaddrinfo", "create_server", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    _events.clear()
    _watching[0] = True
    try:
        yield attempts
    finally:
        _watching[0] = False
    assert attempts == []
    assert _events == []


def test_a_command_line_session_opens_no_socket(no_network, tmp_path: Path, capsys) -> None:
    from core import cli

    db = tmp_path / "private.sqlite3"
    for args in (
        ["demo", "--members", "80", "--today", "2026-11-22"],
        ["stats", "--json"],
        ["backup"],
        ["backup", "--out", str(tmp_path / "copy.sqlite3")],
        ["check", "--json"],
        ["restore", str(tmp_path / "copy.sqlite3")],
    ):
        assert cli.run(cli.parse(["--db", str(db), *args])) == 0, args
    assert '"ok": true' in capsys.readouterr().out


def test_a_gui_session_opens_no_socket(no_network, qtbot, demo_db_path: Path, tmp_path: Path) -> None:
    from core import db as dbmod
    from core.settings import AppPrefs
    from tests.helpers import copy_of
    from ui import workers
    from ui.session import Session

    path = copy_of(demo_db_path, tmp_path / "gui.sqlite3")
    session = Session(path, AppPrefs())
    assert session.open()
    session.show_window()
    window = session.window
    for row in range(window.sidebar.count()):  # every page, the dashboard's charts included
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(lambda: workers.idle(50), timeout=30000)
        qtbot.wait(20)
    window.closed.disconnect(session.closed)
    window.close()
    session.close()
    window.deleteLater()
    session.deleteLater()
    qtbot.wait(20)
    assert "matplotlib" in sys.modules  # the dashboard really drew
    assert not [m for m in sys.modules if m.startswith("PySide6.QtNetwork")]
    assert dbmod.integrity_problems(path) == []
