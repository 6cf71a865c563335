from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import DEMO_TODAY
from ui.models.member_table import COLUMNS, MemberTableModel


def test_model_passes_qtmodeltester(qtmodeltester, demo_db, settle) -> None:
    model = MemberTableModel(demo_db, today=DEMO_TODAY)
    model.reload()
    settle()
    qtmodeltester.check(model, force_py=True)


def test_rows_sort_and_search(demo_db, settle) -> None:
    model = MemberTableModel(demo_db, today=DEMO_TODAY)
    model.reload()
    assert model.loading and model.rowCount() == 0  # the ids are read on a worker
    settle()
    assert not model.loading and model.rowCount() == 400
    name_col = [c[0] for c in COLUMNS].index("name")
    msg_col = [c[0] for c in COLUMNS].index("messages")
    model.sort(msg_col, Qt.SortOrder.DescendingOrder)
    settle()
    counts = [int(model.data(model.index(r, msg_col))) for r in range(20)]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    first_name = model.data(model.index(0, name_col))
    model.set_search(first_name)
    settle()
    assert 1 <= model.rowCount() < 400
    assert any(model.data(model.index(r, name_col)) == first_name for r in range(model.rowCount()))


def test_phone_numbers_are_masked(demo_db, settle) -> None:
    model = MemberTableModel(demo_db, today=DEMO_TODAY)
    model.reload()
    settle()
    phone_col = [c[0] for c in COLUMNS].index("phone")
    phones = [model.data(model.index(r, phone_col)) for r in range(model.rowCount())]
    shown = [p for p in phones if p]
    assert shown and all("****" in p for p in shown)


def test_only_the_newest_reload_is_shown(qtbot, demo_db, settle) -> None:
    """A search typed while an older one is still being read: the older result never replaces the newer."""
    model = MemberTableModel(demo_db, today=DEMO_TODAY)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    with qtbot.waitSignal(model.loaded, timeout=30000):
        model.reload()
    everyone = model.rowCount()
    name_col = [c[0] for c in COLUMNS].index("name")
    first_name = model.data(model.index(0, name_col))
    resets.clear()
    model.set_search("no such member 不存在")
    model.set_search(first_name)
    settle()
    assert resets == [model.rowCount()]  # one reset, with the newest search's rows
    assert 1 <= model.rowCount() < everyone
    assert any(model.data(model.index(r, name_col)) == first_name for r in range(model.rowCount()))


def test_click_through_shows_only_the_given_members(qtbot, demo_db, settle):
    from core.settings import AppPrefs
    from ui.main_window import MainWindow
    from ui.pages.members import MembersPage

    window = MainWindow(demo_db, AppPrefs())
    qtbot.addWidget(window)
    with demo_db.session() as s:
        from core.members import search_ids

        wanted = search_ids(s)[5:9]
    window.pages[0][1].members_requested.emit(wanted, "深度流失")
    page = window.page(MembersPage)
    assert window.stack.currentWidget() is page
    settle()
    assert sorted(page.model.member_id(r) for r in range(page.model.rowCount())) == sorted(wanted)
    assert "深度流失" in page.only_label.text()
    page.only_clear.click()
    settle()
    assert page.model.rowCount() > len(wanted)
