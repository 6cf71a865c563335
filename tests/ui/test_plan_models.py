"""The calendar's item models on their own: cells, colours, holiday headers, mime data; checked by qtmodeltester."""

from __future__ import annotations

import json
from datetime import date, datetime

from PySide6.QtCore import Qt

from core import plan_guide
from core.plan import PlanRow
from ui.widgets.plan_models import ENTRY_MIME, STATUS_BACKGROUNDS, MonthModel, WeekModel


def _row(id_: int, when: datetime, group_id: int, status: str = "scheduled") -> PlanRow:
    return PlanRow(id_, when, f"群{group_id}", f"标题{id_}", status, None, group_id)


def test_week_model_lanes_colours_and_holiday_headers(qtmodeltester) -> None:
    start = date(2026, 2, 9)  # the week before 春节 2026, with the 调休 Saturday 02-14
    rows = [
        _row(1, datetime(2026, 2, 9, 8, 0), 1, "posted"),
        _row(2, datetime(2026, 2, 9, 8, 30), 1),
        _row(3, datetime(2026, 2, 10, 20, 0), 2, "draft"),
        _row(4, datetime(2026, 2, 11, 3, 0), 3),  # before the first hour: shown in the first row
    ]
    model = WeekModel()
    notes = plan_guide.day_notes(start, date(2026, 2, 16))
    model.set_week(start, rows, [(1, "群1"), (2, "群2"), (3, "群3")], notes)
    qtmodeltester.check(model)
    assert model.columnCount() == 21 and model.rowCount() == 18
    cell = model.index(8 - 6, 0)
    assert model.data(cell, Qt.ItemDataRole.UserRole) == [1, 2]
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole).color().name().upper() == STATUS_BACKGROUNDS["posted"]
    assert model.data(model.index(20 - 6, 3 + 1), Qt.ItemDataRole.UserRole) == [3]  # Tuesday, lane 2
    assert model.data(model.index(0, 6 + 2), Qt.ItemDataRole.UserRole) == [4]
    saturday = model.headerData(5 * 3, Qt.Orientation.Horizontal)
    assert "02-14" in saturday
    assert "working day" in saturday and "群1" in saturday
    assert json.loads(bytes(model.mimeData([cell]).data(ENTRY_MIME))) == [1, 2]
    one_lane = WeekModel()
    one_lane.set_week(start, rows, [(None, "")], notes)
    assert one_lane.columnCount() == 7 and "群1·标题1" in one_lane.data(one_lane.index(2, 0))


def test_month_model_days_and_moves(qtmodeltester) -> None:
    model = MonthModel()
    rows = [_row(1, datetime(2026, 10, 1, 20), 1), _row(2, datetime(2026, 10, 31, 8), 2)]
    model.set_month(date(2026, 10, 1), rows, plan_guide.day_notes(date(2026, 9, 28), date(2026, 11, 9)))
    qtmodeltester.check(model)
    assert model.day_of(model.index(0, 0)) == date(2026, 9, 28)  # the Monday before the 1st
    first = model.index(0, 3)
    assert model.day_of(first) == date(2026, 10, 1) and "国庆节" in model.data(first)
    received = []
    model.entries_dropped.connect(lambda *args: received.append(args))
    model.dropMimeData(model.mimeData([first]), Qt.DropAction.MoveAction, -1, -1, model.index(1, 3))
    assert received == [([1], date(2026, 10, 8), None, None, False)]
