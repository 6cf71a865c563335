"""The calendar page: drag and drop through the models' mime data, and the Today page's copy and marking."""

from __future__ import annotations

import json
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from core import plan
from tests.conftest import DEMO_TODAY
from ui import workers
from ui.pages.calendar import CalendarPage
from ui.pages.today import TodayPage
from ui.widgets.plan_models import ENTRY_MIME, ITEM_MIME, make_mime


def _settle(qtbot) -> None:
    qtbot.waitUntil(lambda: workers.idle(50), timeout=20000)
    qtbot.wait(50)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: workers.idle(50), timeout=20000)
    qtbot.wait(50)


def test_drag_library_item_and_entry_in_week_and_month(qtbot, demo_db_copy) -> None:
    page = CalendarPage(demo_db_copy, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    _settle(qtbot)
    model = page.week_model
    assert model.columnCount() == 7 * len(model.lanes) and len(model.lanes) >= 3
    assert page.side.library.count() == 50
    mime = page.side.library.mimeData([page.side.library.item(0)])
    item_id = int(page.side.library.item(0).data(Qt.ItemDataRole.UserRole))
    target = model.index(20 - 6, 2 * len(model.lanes) + 1)  # Wednesday 20:00, second lane
    day, hour, group_id = model.slot_of(target)
    assert mime.hasFormat(ITEM_MIME) and model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    _settle(qtbot)
    with demo_db_copy.session() as s:
        rows = plan.entries_between(s, day, date.fromordinal(day.toordinal() + 1), [group_id])
    new = [
        r
        for r in rows
        if r.content_item_id == item_id and r.when == datetime.combine(day, datetime.min.time()).replace(hour=20)
    ]
    assert new, "the dropped library item is on the calendar"
    # Drag that entry to Friday 12:00 of the third lane (another group).
    cell = model.index(20 - 6, 2 * len(model.lanes) + 1)
    drag = model.mimeData([cell])
    assert json.loads(bytes(drag.data(ENTRY_MIME))) == [e.id for e in model.entries_at(cell)]
    to = model.index(12 - 6, 4 * len(model.lanes) + 2)
    model.dropMimeData(make_mime(ENTRY_MIME, [new[0].id]), Qt.DropAction.MoveAction, -1, -1, to)
    _settle(qtbot)
    fri, _h, other = model.slot_of(to)
    with demo_db_copy.session() as s:
        moved = [r for r in plan.entries_between(s, fri, date.fromordinal(fri.toordinal() + 1)) if r.id == new[0].id]
    assert moved and moved[0].group_id == other and moved[0].when.hour == 12
    # Month view: a drop on a day moves by days and keeps the time.
    page.set_view(1)
    _settle(qtbot)
    month = page.month_model
    index = next(
        month.index(r, c)
        for r in range(6)
        for c in range(7)
        if month.day_of(month.index(r, c)) == fri.replace(day=fri.day) and True
    )
    later = month.index(index.row() + 1, index.column())
    month.dropMimeData(make_mime(ENTRY_MIME, [new[0].id]), Qt.DropAction.MoveAction, -1, -1, later)
    _settle(qtbot)
    with demo_db_copy.session() as s:
        row = [
            r
            for r in plan.entries_between(
                s, month.day_of(later), month.day_of(later).fromordinal(month.day_of(later).toordinal() + 1)
            )
            if r.id == new[0].id
        ]
    assert row and row[0].when.hour == 12


def test_today_copies_text_with_variables_and_marks_posted(qtbot, demo_db_copy) -> None:
    page = TodayPage(demo_db_copy, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    _settle(qtbot)
    assert page.plan_table.rowCount() > 0
    page.plan_table.selectRow(0)
    entry = page.current_entry()
    text = page.copy_current()
    assert "{群名}" not in text and entry.group in text
    assert QGuiApplication.clipboard().text() == text
    page.mark("posted")
    _settle(qtbot)
    with demo_db_copy.session() as s:
        row = [
            r
            for r in plan.entries_between(s, DEMO_TODAY, date.fromordinal(DEMO_TODAY.toordinal() + 1))
            if r.id == entry.id
        ][0]
    assert row.status == "posted" and row.posted_at is not None


def test_today_enters_results_of_a_posted_entry(qtbot, demo_db_copy, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from ui.dialogs.plan_dialogs import ResultsDialog

    def fake_exec(dialog) -> QDialog.DialogCode:
        dialog.fields["reach"].setText("320")
        dialog.fields["orders"].setText("4")
        dialog.fields["clicks"].setText("abc")
        dialog.accept()  # refused: not a number
        assert dialog.error.text()
        dialog.fields["clicks"].setText("")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ResultsDialog, "exec", fake_exec)
    page = TodayPage(demo_db_copy, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    _settle(qtbot)
    page.plan_table.selectRow(0)
    entry = page.current_entry()
    page.mark("posted")
    qtbot.waitUntil(lambda: page.current_entry() is None or page._entries[0].status == "posted", timeout=20000)
    page.plan_table.selectRow(0)
    assert page.results_btn.isEnabled()
    page.enter_results()
    qtbot.waitUntil(lambda: page._entries[0].has_results, timeout=20000)
    assert page._entries[0].id == entry.id
    assert page._entries[0].results["reach"] == 320 and page._entries[0].results["clicks"] is None
    assert "320" in page.plan_table.item(0, 5).text()
