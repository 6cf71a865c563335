"""The tag manager dialog, its rules tab and editor, and the tag chips, driven as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTableWidget, QTableWidgetItem

from core import tag_rules, tags
from ui import workers
from ui.dialogs.tag_manager import TagManagerDialog
from ui.dialogs.tag_rules import RuleEditDialog, reason_text, rule_text
from ui.widgets.tag_chips import CHIPS_ROLE, TagChipDelegate, TagChips, layout_one_line, text_colour


def _wait(qtbot) -> None:
    qtbot.waitUntil(lambda: workers.idle(50), timeout=30000)


def _item(dialog: TagManagerDialog, name: str):
    tree = dialog.tag_tab.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top.text(0) == name:
            return top
        for j in range(top.childCount()):
            if top.child(j).text(0) == name:
                return top.child(j)
    return None


def test_tree_shows_dimensions_tags_and_counts(qtbot, demo_db) -> None:
    dialog = TagManagerDialog(demo_db)
    qtbot.addWidget(dialog)
    with demo_db.session() as s:
        tree = tags.tag_tree(s)
    assert dialog.tag_tab.tree.topLevelItemCount() == len(tree)
    first = tree[0].tags[0]
    item = _item(dialog, first.name)
    assert item is not None and item.text(1) == f"{first.members:,}"
    assert not dialog.tag_tab.rename_button.isEnabled()  # nothing selected yet
    dialog.tag_tab.tree.setCurrentItem(item)
    assert dialog.tag_tab.rename_button.isEnabled() and dialog.tag_tab.move_button.isEnabled()


def test_create_rename_colour_and_delete_with_the_member_count(qtbot, demo_db_copy, monkeypatch) -> None:
    dialog = TagManagerDialog(demo_db_copy)
    qtbot.addWidget(dialog)
    changes = []
    dialog.tags_changed.connect(lambda: changes.append(1))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("宝宝月龄", True))
    dialog.tag_tab.new_dimension()
    assert _item(dialog, "宝宝月龄") is not None and changes
    dialog.tag_tab.tree.setCurrentItem(_item(dialog, "宝宝月龄"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("6月龄", True))
    dialog.tag_tab.new_tag()
    assert _item(dialog, "6月龄") is not None
    # A duplicate name is refused with a message; nothing changes.
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("6月龄", True))
    dialog.tag_tab.tree.setCurrentItem(_item(dialog, "宝宝月龄"))
    dialog.tag_tab.new_tag()
    assert warnings and "6月龄" in warnings[0]
    dialog.tag_tab.tree.setCurrentItem(_item(dialog, "6月龄"))
    dialog.tag_tab.set_colour("#D55E00")
    with demo_db_copy.session() as s:
        mine = next(t for t in tags.all_tags(s) if t.name == "6月龄")
    assert mine.own_color == "#D55E00"
    # Deleting a tag members carry states how many.
    with demo_db_copy.session() as s:
        used = next(t for d in tags.tag_tree(s) for t in d.tags if t.members > 0)
    asked = []

    def answer(_parent, _title, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.tag_tab.tree.setCurrentItem(_item(dialog, used.name))
    dialog.tag_tab.delete()
    assert str(used.members) in asked[0]
    assert _item(dialog, used.name) is None


def test_rules_tab_applies_on_a_worker_and_shows_the_result(qtbot, demo_db_copy) -> None:
    with demo_db_copy.transaction() as conn:
        tag = tags.ensure_tag(conn, "兴趣偏好", "绘本阅读")
        rule = tag_rules.save_rule(conn, "老朋友", tag, "joined_days", {"days": 30})
        expected = tag_rules.preview_rule(conn, "老朋友", tag, "joined_days", {"days": 30}, rule.id)
    dialog = TagManagerDialog(demo_db_copy)
    qtbot.addWidget(dialog)
    tab = dialog.rules_tab
    demo_rules = len(tab.rules)
    assert tab.table.rowCount() == demo_rules and tab.table.item(demo_rules - 1, 1).text() == "老朋友"
    tab.table.selectRow(demo_rules - 1)
    with qtbot.waitSignal(dialog.tags_changed, timeout=30000):
        tab.apply(only_selected=True)
        assert not dialog.tag_tab.isEnabled()  # no tag edits while the rules are written
    _wait(qtbot)
    assert dialog.tag_tab.isEnabled()
    assert f"{expected.tagged:,}" in tab.summary.text()
    with demo_db_copy.session() as s:
        assert tag_rules.get_rule(s, rule.id).last_result["tagged"] == expected.tagged


def test_rule_editor_saves_a_keyword_rule_and_previews(qtbot, demo_db_copy) -> None:
    dialog = RuleEditDialog(demo_db_copy, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("辅食兴趣")
    dialog.kind.setCurrentIndex(tag_rules.KINDS.index("keyword"))
    dialog.forms["keyword"]["keywords"].setText("辅食，米粉")
    dialog.preview()
    qtbot.waitUntil(lambda: "0" in dialog.preview_label.text() and dialog.preview_button.isEnabled(), timeout=30000)
    dialog.save()
    assert dialog.result() == RuleEditDialog.DialogCode.Accepted
    assert dialog.saved.params == {"keywords": ["辅食", "米粉"], "count": 1}
    assert rule_text(dialog.saved.kind, dialog.saved.params) == "messages containing 辅食 / 米粉 ≥ 1"


def test_explanations_are_worded_for_the_user(demo_db) -> None:
    with demo_db.session() as s:
        rule = next(r for r in tag_rules.list_rules(s) if r.kind == "spend")
        mid = s.execute(
            tags.select(tags.MemberTag.member_id).where(tags.MemberTag.source == f"rule:{rule.id}")
        ).scalar()
        reason = next(r for r in tags.explain(s, mid) if r.source == "rule")
    text = reason_text(reason)
    assert text.startswith(f"tagged by rule {rule.name}: spend in the last 90 days ≥ 500 (¥")


def test_chip_colours_and_fitting() -> None:
    assert text_colour(QColor("#000000")) == QColor("#FFFFFF")
    assert text_colour(QColor("#F0E442")) == QColor("#111111")  # yellow: dark text
    assert text_colour(QColor("#0072B2")) == QColor("#FFFFFF")
    metrics = QFontMetrics(QFont())
    chips = [("上海", "#0072B2"), ("高消费", "#E69F00"), ("辅食营养", "#009E73")]
    placed, rest = layout_one_line(metrics, chips, 10_000)
    assert [i for i, _w in placed] == [0, 1, 2] and rest == 0
    placed, rest = layout_one_line(metrics, chips, 90)
    assert len(placed) >= 1 and rest == 3 - len(placed) and rest > 0


def test_chip_delegate_and_flow_widget_paint(qtbot) -> None:
    table = QTableWidget(2, 1)
    qtbot.addWidget(table)
    table.setItemDelegateForColumn(0, TagChipDelegate(table))
    item = QTableWidgetItem()
    item.setData(CHIPS_ROLE, [("上海", "#0072B2"), ("高消费", "#F0E442")])
    table.setItem(0, 0, item)
    table.resize(300, 120)
    table.show()
    assert not table.grab().isNull()
    hint = table.itemDelegateForColumn(0).sizeHint(_option(table), table.model().index(0, 0))
    assert hint.width() > 40
    chips = TagChips([("上海", "#0072B2")] * 12)
    qtbot.addWidget(chips)
    one_line = chips.heightForWidth(10_000)
    assert chips.heightForWidth(120) > one_line  # wraps onto more lines when narrow
    chips.resize(120, chips.heightForWidth(120))
    assert not chips.grab().isNull()
    assert chips.chips()[0] == ("上海", "#0072B2")


def _option(table):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.font = table.font()
    option.rect = table.visualRect(table.model().index(0, 0))
    option.displayAlignment = Qt.AlignmentFlag.AlignLeft
    return option


def test_merge_asks_with_the_count_then_merges(qtbot, demo_db_copy, monkeypatch) -> None:
    with demo_db_copy.session() as s:
        dim = tags.tag_tree(s)[0]
    source, target = dim.tags[0], dim.tags[1]
    dialog = TagManagerDialog(demo_db_copy)
    qtbot.addWidget(dialog)
    dialog.tag_tab.tree.setCurrentItem(_item(dialog, source.name))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (f"{dim.name} / {target.name}", True))
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    dialog.tag_tab.merge()
    assert str(source.members) in asked[0]
    assert _item(dialog, source.name) is None
    with demo_db_copy.session() as s:
        merged = next(t for t in tags.all_tags(s) if t.id == target.id)
    assert source.members <= merged.members <= source.members + target.members
    assert merged.members > target.members
