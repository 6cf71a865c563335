"""Deleting from the Members, Content and Calendar pages goes to the trash; the Trash page restores, empties, undoes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from core import db as dbmod
from core.stats import collect
from tests.helpers import copy_of
from ui import workers
from ui.pages.content import ContentPage
from ui.pages.members import MembersPage
from ui.pages.trash import TrashPage


@pytest.fixture
def shop(demo_db_path: Path, tmp_path: Path):
    database = dbmod.open_database(copy_of(demo_db_path, tmp_path / "shop.sqlite3"))
    yield database
    database.close()


def _done(qtbot) -> None:
    qtbot.waitUntil(lambda: workers.idle(50), timeout=30000)
    qtbot.wait(30)


def test_members_go_to_the_trash_and_come_back_with_undo(qtbot, shop) -> None:
    page = MembersPage(shop)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    _done(qtbot)
    assert page.model.rowCount() == 400 and not page.trash.delete_btn.isEnabled()
    selection = page.table.selectionModel()
    for row in (0, 1, 2):
        selection.select(
            page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    chosen = page.selected_ids()
    assert len(chosen) == 3 and page.trash.delete_btn.isEnabled()
    page.trash.delete_btn.click()
    _done(qtbot)
    assert page.model.rowCount() == 397 and collect(shop).members == 397
    assert "3" in page.trash.undo_btn.text() and page.trash.undo_btn.isEnabled()
    page.trash.undo_btn.click()
    _done(qtbot)
    assert page.model.rowCount() == 400
    assert not page.trash.undo_btn.isEnabled()


def test_trash_page_restores_and_empties(qtbot, shop, monkeypatch) -> None:
    from core import trash

    trash.move_to_trash(shop, "member", [10, 11, 12])
    trash.move_to_trash(shop, "content_item", [1])
    page = TrashPage(shop)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    _done(qtbot)
    assert page.table.rowCount() == 3
    assert page.kind.itemText(0).endswith("(3)") and page.kind.itemText(1).endswith("(1)")
    page.table.selectRow(0)
    page.restore_btn.click()
    _done(qtbot)
    assert page.table.rowCount() == 2 and collect(shop).members == 398
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.empty_btn.click()
    _done(qtbot)
    assert page.table.rowCount() == 0 and not page.empty.isHidden()
    with shop.session() as s:
        assert trash.trash_counts(s) == {"member": 0, "content_item": 0, "plan_entry": 0}
    assert collect(shop).members == 398


def test_content_page_moves_items_to_the_trash(qtbot, shop) -> None:
    page = ContentPage(shop)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    _done(qtbot)
    before = page.table.rowCount()
    page.table.selectRow(0)
    page.trash.delete_btn.click()
    _done(qtbot)
    # The move finishes, then the page reloads in a second job: on a busy machine that takes longer than _done's wait.
    qtbot.waitUntil(lambda: page.table.rowCount() == before - 1, timeout=10000)
