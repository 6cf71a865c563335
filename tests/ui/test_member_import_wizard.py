"""The member-list wizard of the import centre and the Members page export, driven as a person would."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from ui import workers
from ui.dialogs.import_center import MEMBERS_TAB, ImportCenter
from ui.pages.members import MembersPage


def _settle(qtbot) -> None:
    qtbot.waitUntil(lambda: workers.idle(50), timeout=20000)
    qtbot.wait(30)


def _count(db, sql: str) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text(sql)).scalar()


CONTENT = (
    "会员名单\n昵称,微信号,手机,等级,标签\n"
    "小王,wx1,13800138000,黄金,宝妈\n"
    "小李,wx2,013912345678,,\n"
    "小张,wx1,13700000000,,\n"  # the same WeChat ID as 小王
)


def test_wizard_maps_previews_and_imports_the_good_rows_then_undoes(qtbot, db, tmp_path: Path) -> None:
    path = tmp_path / "会员.csv"
    path.write_text(CONTENT, encoding="gb18030")
    dialog = ImportCenter(db, path=path)  # a member list opens the member tab by itself
    qtbot.addWidget(dialog)
    _settle(qtbot)
    w = dialog.members
    assert dialog.tabs.currentIndex() == MEMBERS_TAB
    assert w.stack.currentWidget() is w.mapping_page
    assert w.mapping() == {
        "昵称": "display_name",
        "微信号": "wechat_id",
        "手机": "phone",
        "等级": "tier",
        "标签": "tags",
    }
    w._combos[1][1].setCurrentIndex(w._combos[1][1].findData("display_name"))  # a field chosen twice
    w.start_preview()
    assert not w.error.isHidden() and "昵称" in w.error.text() and w.stack.currentWidget() is w.mapping_page
    w._combos[1][1].setCurrentIndex(w._combos[1][1].findData("wechat_id"))
    w.start_preview()
    _settle(qtbot)
    assert w.stack.currentWidget() is w.preview_page
    assert w.problems.rowCount() == 1 and w.problems.item(0, 0).text() == "5"
    assert w.import_btn.isHidden() and not w.import_good_btn.isHidden()
    assert _count(db, "SELECT COUNT(*) FROM member") == 0  # the preview is a dry run
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        w.import_good_btn.click()
    _settle(qtbot)
    assert w.stack.currentWidget() is w.done_page
    assert _count(db, "SELECT COUNT(*) FROM member") == 2
    assert _count(db, "SELECT phone FROM member WHERE display_name = '小李'") == "013912345678"
    assert "会员.errors.csv" in w.report_link.text() and (tmp_path / "会员.errors.csv").exists()
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        w.undo_last()
    assert _count(db, "SELECT COUNT(*) FROM member") == 0


def test_wizard_asks_for_the_encoding_when_unsure(qtbot, db, tmp_path: Path) -> None:
    path = tmp_path / "big5.csv"
    path.write_bytes("姓名,手機\n陳大文,0912345678\n黃小姐,0987654321\n".encode("big5"))
    dialog = ImportCenter(db)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(MEMBERS_TAB)
    w = dialog.members
    w.open_file(path)
    _settle(qtbot)
    assert w.stack.currentWidget() is w.encoding_page
    big5 = next(b for b in w.encoding_buttons.buttons() if "Big5" in b.text())
    big5.setChecked(True)
    assert "陳大文" in w.encoding_preview.toPlainText()
    w._encoding_chosen()
    _settle(qtbot)
    assert w.stack.currentWidget() is w.mapping_page and w.encoding == "big5"


def test_binary_file_shows_a_clear_error(qtbot, db, tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    dialog = ImportCenter(db)
    qtbot.addWidget(dialog)
    dialog.members.open_file(path)
    _settle(qtbot)
    assert dialog.members.stack.currentWidget() is dialog.members.start_page
    assert "photo.csv" in dialog.members.error.text() and "CSV" in dialog.members.error.text()


def test_members_page_exports_the_shown_members(qtbot, db, tmp_path: Path) -> None:
    with db.engine.begin() as conn:
        for name, phone in (("小王", "13800138000"), ("=坏", "13900000000")):
            conn.execute(
                text(
                    "INSERT INTO member (display_name, phone, do_not_contact, role, notes, created_at) "
                    "VALUES (:n, :p, 0, 'member', '', '2025-01-01 00:00:00.000000')"
                ),
                {"n": name, "p": phone},
            )
    page = MembersPage(db)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.loaded, timeout=20000):
        page.refresh()
    ids = [page.model.member_id(r) for r in range(page.model.rowCount())]
    target = tmp_path / "out.csv"
    job = page.start_export(ids, target, full_phones=False)
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("昵称,微信号,手机")
    assert lines[1].startswith("小王,,138****8000") and lines[2].startswith("'=坏,,139****0000")
