"""The Members page as a person uses it: filters, saved views, columns, bulk actions, the detail dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core import custom_fields
from core.members import MemberFilter, fetch_rows, search_ids
from core.models import Member, MemberTag, Tag
from tests.conftest import DEMO_TODAY
from ui import workers
from ui.pages.members import MembersPage


def make_page(qtbot, db) -> MembersPage:
    page = MembersPage(db)
    page.model.today = DEMO_TODAY
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.activate()
    settle(qtbot)
    return page


def settle(qtbot) -> None:
    """The page's reloads and the table's ids are read in the background: wait until they are in place."""
    qtbot.waitUntil(lambda: workers.idle(50), timeout=30000)


def shown_ids(page) -> list[int]:
    return [page.model.member_id(r) for r in range(page.model.rowCount())]


def test_members_come_in_the_order_they_were_added_until_a_column_is_clicked(qtbot, demo_db_copy):
    page = make_page(qtbot, demo_db_copy)
    assert shown_ids(page)[:50] == sorted(shown_ids(page))[:50]
    assert page.table.horizontalHeader().sortIndicatorSection() == -1
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # a click on 昵称
    settle(qtbot)
    with demo_db_copy.session() as s:
        assert shown_ids(page) == search_ids(s, MemberFilter(), sort="name", today=DEMO_TODAY)


def test_filter_panel_and_search_narrow_the_table(qtbot, demo_db_copy):
    page = make_page(qtbot, demo_db_copy)
    everyone = page.model.rowCount()
    assert everyone == 400
    # tick the first tag of the first dimension in the panel, as a person would
    top = page.panel.tags.topLevelItem(0)
    top.child(0).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.model.rowCount() < everyone, timeout=30000)
    settle(qtbot)
    dim_id, tag_id = top.child(0).data(0, Qt.ItemDataRole.UserRole)
    with demo_db_copy.session() as s:
        expected = search_ids(s, MemberFilter(tags={dim_id: [tag_id]}), today=DEMO_TODAY)
    assert sorted(shown_ids(page)) == sorted(expected)
    assert page.filter_btn.text() != "Filters"  # shows how many filters are set
    # lifecycle: deep churn only
    page.panel.clear()
    page.panel.states.item(3).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.model.filter().states == ["deep_churn"], timeout=3000)
    settle(qtbot)
    with demo_db_copy.session() as s:
        expected = search_ids(s, MemberFilter(states=["deep_churn"]), today=DEMO_TODAY)
    assert sorted(shown_ids(page)) == sorted(expected) and 0 < len(expected) < everyone


def test_saved_view_round_trip(qtbot, demo_db_copy, monkeypatch):
    page = make_page(qtbot, demo_db_copy)
    page.search.setText("小")
    page.panel.states.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.model.filter().text == "小", timeout=3000)
    settle(qtbot)
    wanted = shown_ids(page)
    monkeypatch.setattr("ui.pages.members.QInputDialog.getText", lambda *a, **k: ("活跃的小", True))
    page.save_view()
    assert page.views.currentData() == "活跃的小"
    page.views.setCurrentIndex(0)
    page._view_chosen(0)
    settle(qtbot)
    assert page.model.rowCount() == 400 and page.search.text() == ""
    page.views.setCurrentIndex(page.views.findData("活跃的小"))
    page._view_chosen(page.views.currentIndex())
    settle(qtbot)
    assert shown_ids(page) == wanted
    assert page.panel.states.item(0).checkState() == Qt.CheckState.Checked


def test_columns_can_be_hidden_and_are_remembered(qtbot, demo_db_copy):
    page = make_page(qtbot, demo_db_copy)
    tags_col = next(c for c in range(page.model.columnCount()) if page.model.column_key(c) == "tags")
    assert not page.table.isColumnHidden(tags_col)
    page.set_column_visible("tags", False)
    assert page.table.isColumnHidden(tags_col)
    again = make_page(qtbot, demo_db_copy)
    assert again.table.isColumnHidden(tags_col)


def test_bulk_tier_and_tags_through_the_page(qtbot, demo_db_copy):
    page = make_page(qtbot, demo_db_copy)
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows,
    )
    ids = page.selected_ids()
    assert len(ids) == 2 and page.merge_btn.isEnabled() and not page.details_btn.isEnabled()
    page.bulk_edit({"tier": "diamond"})
    workers.wait_for_all(5000)
    qtbot.waitUntil(lambda: page.trash.undo_btn.isEnabled(), timeout=3000)
    with demo_db_copy.session() as s:
        assert {s.get(Member, i).tier for i in ids} == {"diamond"}
        assert [r.tier for r in fetch_rows(s, ids).values()] == ["diamond", "diamond"]


def test_detail_dialog_edits_fields_custom_fields_and_groups(qtbot, demo_db_copy):
    with demo_db_copy.session() as s:
        stage = custom_fields.define(s, "宝宝阶段", "choice", ["孕期", "0-1岁"])
        size = custom_fields.define(s, "鞋码", "number")
        s.commit()
    page = make_page(qtbot, demo_db_copy)
    member_id = page.model.member_id(0)
    dialog = page.open_detail(member_id)
    qtbot.waitUntil(lambda: dialog.timeline.rowCount() > 0 or not dialog._timeline_job.running, timeout=5000)
    dialog.name.setText("  新名字  ")
    dialog.notes.setPlainText("喜欢绘本")
    dialog.field_inputs[stage.id].setCurrentIndex(dialog.field_inputs[stage.id].findData("孕期"))
    dialog.field_inputs[size.id].setText("大码")  # not a number: refused, nothing saved
    dialog.save()
    assert dialog.error.isVisible() and "鞋码" in dialog.error.text()
    with demo_db_copy.session() as s:
        assert s.get(Member, member_id).display_name != "新名字"
    dialog.field_inputs[size.id].setText("36")
    groups_before = len(dialog.stays)
    dialog.group_combo.setCurrentIndex(dialog.group_combo.count() - 1)
    dialog._add_stay()
    dialog.save()
    with demo_db_copy.session() as s:
        m = s.get(Member, member_id)
        assert (m.display_name, m.notes) == ("新名字", "喜欢绘本")
        assert custom_fields.values_for(s, member_id) == {stage.id: "孕期", size.id: "36"}
        again = page.open_detail(member_id)
        assert len(again.stays) == groups_before + 1
    # the table shows the edit without a reload of the id list
    name_col = 0
    assert page.model.data(page.model.index(0, name_col)) == "新名字"
    workers.wait_for_all(5000)


def test_detail_dialog_tags_apply_at_once_and_say_why(qtbot, demo_db_copy):
    page = make_page(qtbot, demo_db_copy)
    member_id = page.model.member_id(3)
    dialog = page.open_detail(member_id)
    with demo_db_copy.session() as s:
        tag = s.execute(Tag.__table__.select().limit(1)).first()
        s.execute(MemberTag.__table__.delete().where(MemberTag.member_id == member_id))
        s.commit()
    from core import member_actions

    member_actions.add_tags(demo_db_copy, [member_id], [tag.id])
    dialog._reload_tags()
    texts = [dialog.tag_list.item(i).text() for i in range(dialog.tag_list.count())]
    assert any(tag.name in t for t in texts)
    assert any("手动" in t or "by hand" in t for t in texts)
    dialog.tag_list.item(0).setSelected(True)
    dialog._remove_tags()
    with demo_db_copy.session() as s:
        assert s.execute(MemberTag.__table__.select().where(MemberTag.member_id == member_id)).first() is None
    workers.wait_for_all(5000)
