from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import func, select

from core.models import Event
from tests.conftest import DEMO_TODAY
from ui import workers
from ui.pages.recall import COL_MESSAGE, COL_STATUS, RecallPage


def _page(qtbot, db) -> RecallPage:
    page = RecallPage(db, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    return page


def _sent(db) -> int:
    with db.session() as s:
        return s.execute(select(func.count()).where(Event.kind == "recall-sent")).scalar_one()


def test_copy_next_logs_the_send_and_undo_takes_it_back(qtbot, demo_db_copy) -> None:
    demo_db = demo_db_copy
    page = _page(qtbot, demo_db)
    assert page.table.rowCount() > 0
    before = _sent(demo_db)
    page.table.item(0, COL_MESSAGE).setText("亲，好久不见～")  # the owner edits the first message
    page.copy_next()
    assert QGuiApplication.clipboard().text() == "亲，好久不见～"
    assert page.table.item(0, COL_STATUS).text() == "✓"
    assert _sent(demo_db) == before + 1
    page.copy_next()
    assert _sent(demo_db) == before + 2 and page.table.item(1, COL_STATUS).text() == "✓"
    page.undo_last()
    page.undo_last()
    assert _sent(demo_db) == before
    assert not page.undo_btn.isEnabled()


def test_choosing_segments_recomputes_the_list(qtbot, demo_db) -> None:
    page = _page(qtbot, demo_db)
    for i in range(page.segment_list.count()):
        item = page.segment_list.item(i)
        wanted = item.data(Qt.ItemDataRole.UserRole) == "deep_churn"
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: workers.idle(50), timeout=20000)
    qtbot.waitUntil(lambda: set(page.result.counts) == {"deep_churn"}, timeout=20000)
    assert page.result.items and all(it.segment == "deep_churn" for it in page.result.items)


def test_templates_dialog_refuses_unknown_variables_and_saves_variants(qtbot, db) -> None:
    from core import recall
    from ui.pages.recall_settings import TemplatesDialog

    dialog = TemplatesDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.variants.count() == 2  # the default variants of the first segment
    dialog.new_variant()
    dialog.body.setPlainText("{会员名}，你好")
    dialog.save()
    assert "{会员名}" in dialog.error.text()
    dialog.body.setPlainText("{昵称}，你好，{群名}想你啦")
    dialog.save()
    assert dialog.variants.count() == 3
    dialog.codes.setPlainText("A1\nA2\nA1")
    dialog.add_codes()
    with db.session() as s:
        segment = recall.DEFAULT_PRIORITY[0]
        assert [t.body for t in recall.templates(s, segment)][-1] == "{昵称}，你好，{群名}想你啦"
        assert recall.unused_codes(s) == ["A1", "A2"]


def test_rules_dialog_checks_thresholds_and_keeps_group_overrides(qtbot, demo_db_copy) -> None:
    demo_db = demo_db_copy
    from core.settings import get_threshold
    from ui.pages.recall_settings import RulesDialog

    dialog = RulesDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.spins["shallow_churn_days"].setValue(70)
    dialog.save()
    assert dialog.result() == 0 and dialog.error.text()  # refused: shallow would outlast deep (60)
    dialog.scope.setCurrentIndex(2)  # the second group only
    gid = dialog.scope.currentData()
    dialog.spins["shallow_churn_days"].setValue(45)
    dialog.save()
    with demo_db.session() as s:
        assert get_threshold(s, "shallow_churn_days", gid) == 45
        assert get_threshold(s, "shallow_churn_days") == 30
