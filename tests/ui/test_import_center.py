from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from sqlalchemy import text

from core.settings import AppPrefs
from tests.core import chat_fixtures as fx
from ui import workers
from ui.dialogs.import_center import ImportCenter
from ui.main_window import MainWindow
from ui.pages.members import MembersPage


def _settle(qtbot) -> None:
    qtbot.waitUntil(lambda: workers.idle(50), timeout=20000)
    qtbot.wait(30)


def _count(db, sql: str) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text(sql)).scalar()


def test_preview_confirm_import_and_undo(qtbot, db, tmp_path) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO member (display_name, do_not_contact, role, notes, created_at) "
                "VALUES ('李四妈妈', 0, 'member', '', '2025-01-01 00:00:00.000000')"
            )
        )
    path = fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID)
    dialog = ImportCenter(db, path=path)
    qtbot.addWidget(dialog)
    _settle(qtbot)
    assert dialog.stack.currentWidget() is dialog.preview_page
    assert dialog.group_combo.currentText() == "读书会"
    names = [dialog.people.item(r, 0).text() for r in range(dialog.people.rowCount())]
    assert names[0] == "李四" and set(names) == {"李四", "Dr: Who", "Anna", "Bob", "张三"}
    li_choice = dialog.people.cellWidget(0, 3)
    assert "李四妈妈" in li_choice.itemText(0)  # the suggestion is offered, "New member" is chosen
    assert li_choice.currentData() == ("create", None)
    li_choice.setCurrentIndex(0)  # the user confirms: 李四 is 李四妈妈
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.start_import()
    assert dialog.stack.currentWidget() is dialog.done_page
    assert _count(db, "SELECT COUNT(*) FROM member WHERE display_name = '李四'") == 0
    mama = "SELECT COUNT(*) FROM event e JOIN member m ON m.id = e.member_id WHERE m.display_name = '李四妈妈'"
    assert _count(db, mama + " AND e.kind = 'message'") == 4
    dialog.tabs.setCurrentIndex(1)
    assert dialog.history.rowCount() == 1
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.do_undo(dialog.last_batch)
    assert _count(db, "SELECT COUNT(*) FROM event") == 0
    assert dialog.history.item(0, 7).text() != ""  # shown as undone


def test_ambiguous_dates_ask_for_the_order(qtbot, db, tmp_path) -> None:
    path = fx.write(tmp_path, "WhatsApp Chat with x.txt", fx.WHATSAPP_AMBIGUOUS)
    dialog = ImportCenter(db, path=path)
    qtbot.addWidget(dialog)
    _settle(qtbot)
    assert not dialog.error.isHidden() and not dialog.date_order.isHidden()
    assert not dialog.import_btn.isEnabled()
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("dmy"))
    dialog.start_preview()
    _settle(qtbot)
    assert dialog.error.isHidden() and dialog.import_btn.isEnabled()
    assert dialog.preview.first_at.startswith("2025-04-03")


def test_cancel_writes_nothing(qtbot, db, tmp_path) -> None:
    lines = ['01/01/2025, 08:00 - A created group "大群"'] + [
        f"{1 + i // 1440 % 28:02d}/01/2025, {i % 1440 // 60:02d}:{i % 60:02d} - 成员{i % 50}: 消息 {i}"
        for i in range(30000)
    ]
    path = fx.write(tmp_path, "WhatsApp Chat with 大群.txt", "\n".join(lines) + "\n")
    dialog = ImportCenter(db, path=path)
    qtbot.addWidget(dialog)
    _settle(qtbot)
    dialog.start_import()
    with qtbot.waitSignal(dialog.job.cancelled, timeout=20000):
        dialog.cancel()
    assert not dialog.error.isHidden()
    assert _count(db, "SELECT COUNT(*) FROM event") == 0
    assert _count(db, "SELECT COUNT(*) FROM import_batch") == 0


def test_orders_file_is_recognised(qtbot, db, tmp_path) -> None:
    path = Path(tmp_path) / "orders.csv"
    path.write_text(
        "订单号,付款时间,买家昵称,实付金额,订单状态\nA1,2025-05-01 10:00,甲,10,交易成功\n", encoding="utf-8"
    )
    dialog = ImportCenter(db, path=path)
    qtbot.addWidget(dialog)
    _settle(qtbot)
    assert dialog.kind == "orders" and dialog.people.rowCount() == 1
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.start_import()
    assert _count(db, "SELECT SUM(amount) FROM event WHERE kind = 'purchase'") == 10


def test_dropping_a_file_on_the_window_opens_the_import_centre(qtbot, db, tmp_path) -> None:
    window = MainWindow(db, AppPrefs())
    qtbot.addWidget(window)
    window.show()
    path = fx.write_telegram(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    _settle(qtbot)
    center = window.import_center
    assert center is not None and center.isVisible()
    assert center.preview is not None and center.preview.format == "telegram"
    members = window.page(MembersPage)
    members.import_btn.click()  # the Members page reaches the same centre
    assert window.import_center is center
    window.close()
