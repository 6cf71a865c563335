"""Test set-up: headless Qt, and every data path in a temporary folder (nothing touches the user's data)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest  # noqa: E402

from core.db import open_database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEMO_TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("QUNZHU_HOME", str(home))
    return home


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo community, generated once per test run (treat it as read-only)."""
    from core.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    generate_demo(database, members=400, seed=11, today=DEMO_TODAY)
    database.close()
    return path


@pytest.fixture
def demo_db(demo_db_path: Path):
    database = open_database(demo_db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db_copy(demo_db_path: Path, tmp_path: Path):
    """A private copy of the demo community, for tests that change it."""
    import shutil

    path = tmp_path / "demo-copy.sqlite3"
    shutil.copyfile(demo_db_path, path)  # closed database: the WAL is already checkpointed into it
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def settle(qtbot):
    """``settle()`` waits until every background job has ended and its result reached the UI thread (a page's
    reload, the member table's ids …): call it after an action, before looking at what it shows."""
    from ui import workers

    def wait(timeout: int = 30000) -> None:
        qtbot.waitUntil(lambda: workers.idle(50), timeout=timeout)

    return wait
