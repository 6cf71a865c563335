"""The points, check-in and moderation panels, the bulk check-in dialog and the two settings editors."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, insert, select

from core import checkins, moderation, points, tiers
from core.models import Event, Group, Member, Membership, Setting
from ui import workers
from ui.dialogs.bulk_checkin import BulkCheckinDialog
from ui.pages.incentive_settings import IncentiveSettings
from ui.pages.ladder_settings import LadderSettings
from ui.widgets.checkin_panel import CheckinPanel
from ui.widgets.moderation_panel import ModerationPanel
from ui.widgets.points_panel import PointsPanel

TODAY = date(2026, 11, 22)


def _done(qtbot) -> None:
    """Wait for the jobs and for the jobs their results start (a write, then the reload it triggers)."""
    for _ in range(3):
        qtbot.waitUntil(lambda: workers.idle(50), timeout=30000)
        qtbot.wait(30)


@pytest.fixture
def shop(db):
    with db.transaction() as c:
        g = c.execute(insert(Group).values(name="福利群")).inserted_primary_key[0]
        ids = []
        for name in ("张三", "李四", "小美", "小美"):
            mid = c.execute(insert(Member).values(display_name=name, created_at=datetime(2026, 1, 1)))
            ids.append(mid.inserted_primary_key[0])
            c.execute(insert(Membership).values(member_id=ids[-1], group_id=g, joined_at=datetime(2026, 1, 1)))
        points.grant(c, ids[0], 50, "活动", date(2027, 1, 1), at=datetime(2026, 11, 1, 10))
    db.ids, db.gid = ids, g
    return db


def test_points_panel_grants_and_deducts(qtbot, shop, monkeypatch) -> None:
    panel = PointsPanel(shop, shop.ids[0], today=TODAY)
    qtbot.addWidget(panel)
    _done(qtbot)
    assert panel.balance_value == 50 and panel.table.rowCount() == 1
    assert "50" in panel.balance.text()
    panel.amount.setValue(30)
    panel.reason.setText("晒单奖励")
    panel.expiry.setDate(QDate(2026, 11, 30))
    panel.grant()
    _done(qtbot)
    assert panel.balance_value == 80 and panel.table.item(0, 2).text() == "晒单奖励"
    assert "30" in panel.expiring.text() and "2026-11-30" in panel.expiring.text()
    # More than the balance: asked first; "No" changes nothing, "Yes" forces it.
    panel.amount.setValue(100)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert panel.deduct() is None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.deduct()
    _done(qtbot)
    assert panel.balance_value == -20 and panel.table.item(0, 1).text() == "-100"


def test_points_panel_on_a_member_without_points(qtbot, shop) -> None:
    panel = PointsPanel(shop, shop.ids[1], today=TODAY)
    qtbot.addWidget(panel)
    panel.show()
    _done(qtbot)
    assert panel.balance_value == 0 and panel.empty.isVisible() and not panel.table.isVisible()


def test_checkin_panel_logs_today_and_makeups(qtbot, shop) -> None:
    with shop.transaction() as c:
        checkins.CheckinSettings(points=10, makeup_per_month=1, bonuses=[[2, 5]]).save(c)
    panel = CheckinPanel(shop, shop.ids[1], today=TODAY)
    qtbot.addWidget(panel)
    _done(qtbot)
    assert panel.today_btn.isEnabled()
    panel.check_in_today()
    _done(qtbot)
    assert not panel.today_btn.isEnabled() and "+10" in panel.message.text()
    panel.calendar.setSelectedDate(QDate(2026, 11, 21))
    assert panel.makeup_btn.isEnabled()
    panel.make_up()
    _done(qtbot)
    assert "+5" in panel.message.text()  # the make-up made a 2-day streak: the bonus
    assert panel.days == {date(2026, 11, 22): False, date(2026, 11, 21): True}
    assert "2" in panel.summary.text()
    panel.calendar.setSelectedDate(QDate(2026, 11, 10))
    panel.make_up()
    _done(qtbot)
    assert "2026-11" in panel.message.text() and "#B91C1C" in panel.message.styleSheet()  # the monthly limit
    with shop.engine.connect() as c:
        assert points.balance(c, shop.ids[1]) == 25


def test_moderation_panel_suggests_and_records(qtbot, shop, monkeypatch) -> None:
    panel = ModerationPanel(shop, shop.ids[0], today=TODAY)
    qtbot.addWidget(panel)
    _done(qtbot)
    assert panel.action.currentData() == "warning" and panel.empty.isVisibleTo(panel)
    panel.kind.setCurrentIndex(panel.kind.findData("advert"))
    panel.note.setText("发了外部链接")
    panel.record()
    _done(qtbot)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 4).text() == "发了外部链接"
    assert panel.action.currentData() == "mute"
    panel.action.setCurrentIndex(panel.action.findData("removal"))
    assert panel.remove.isEnabled()
    panel.remove.setChecked(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.record()
    _done(qtbot)
    with shop.engine.connect() as c:
        assert c.execute(select(Membership.left_at).where(Membership.member_id == shop.ids[0])).scalar() is not None
        assert [r.action for r in moderation.history(c, shop.ids[0])] == ["removal", "warning"]
    assert "（" in panel.group.currentText() or "(" in panel.group.currentText()  # shown as left


def test_bulk_checkin_dialog_matches_and_logs(qtbot, shop) -> None:
    dialog = BulkCheckinDialog(shop, today=TODAY)
    qtbot.addWidget(dialog)
    _done(qtbot)
    dialog.group.setCurrentIndex(dialog.group.findData(shop.gid))
    dialog.paste.setPlainText("@张三 @李四 @小美 @王五")
    dialog.match()
    _done(qtbot)
    assert dialog.matched_list.count() == 2 and dialog.unmatched_list.count() == 1
    assert len(dialog.ambiguous) == 1 and dialog.ambiguous[0].count() == 3
    dialog.ambiguous[0].setCurrentIndex(1)  # the first 小美
    assert dialog.chosen_ids() == [shop.ids[0], shop.ids[1], shop.ids[2]]
    with qtbot.waitSignal(dialog.logged, timeout=30000):
        dialog.log()
    assert "3" in dialog.result.text()
    with shop.engine.connect() as c:
        n = c.execute(select(func.count()).select_from(Event).where(Event.kind == "check-in")).scalar_one()
    assert n == 3


def test_incentive_settings_save_and_recompute(qtbot, shop) -> None:
    editor = IncentiveSettings(shop)
    qtbot.addWidget(editor)
    editor.refresh()
    assert editor.table.rowCount() == 3 and editor.bonuses.text() == "7=30, 21=100"
    editor.bonuses.setText("7=abc")
    assert not editor.save_checkins() and "#B91C1C" in editor.checkin_status.styleSheet()
    editor.bonuses.setText("5=20，10=50")
    editor.points.setValue(3)
    assert editor.save_checkins()
    editor.table.cellWidget(0, 1).setValue(40)  # silver at 40 points: 张三 (50) qualifies
    editor.table.cellWidget(0, 0).setText("银卡")
    editor.add_tier()
    editor.table.selectRow(3)
    editor.move(-1)
    assert [t.key for t in editor.current_tiers()] == ["silver", "gold", "tier4", "diamond"]
    editor.remove_tier()  # the selected row: tier4
    with qtbot.waitSignal(editor.changed, timeout=30000):
        editor.recompute()
    with shop.engine.connect() as c:
        s = checkins.CheckinSettings.load(c)
        assert (s.points, s.bonuses) == (3, [[5, 20], [10, 50]])
        saved = tiers.TierSettings.load(c)
        assert [(t.key, t.name, t.min_points) for t in saved.tiers][0] == ("silver", "银卡", 40)
        assert len(saved.tiers) == 3
        assert c.execute(select(Member.tier).where(Member.id == shop.ids[0])).scalar_one() == "silver"
    editor.table.cellWidget(0, 1).setValue(-1)
    editor.table.cellWidget(0, 2).setValue(-1)
    assert not editor.save_tiers() and "银卡" in editor.tier_status.text()


def test_ladder_settings_for_a_group(qtbot, shop) -> None:
    editor = LadderSettings(shop)
    qtbot.addWidget(editor)
    editor.refresh()
    editor.group.setCurrentIndex(editor.group.findData(shop.gid))
    assert not editor.reset_btn.isEnabled()
    editor.steps["mute"].setChecked(False)
    editor.window.setValue(30)
    assert editor.save() and editor.reset_btn.isEnabled()
    with shop.engine.connect() as c:
        assert moderation.Ladder.load(c, shop.gid) == moderation.Ladder(["warning", "removal"], 30)
        assert moderation.Ladder.load(c, None) == moderation.Ladder()
    for box in editor.steps.values():
        box.setChecked(False)
    assert not editor.save()
    editor.reset()
    with shop.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(Setting)).scalar_one() == 0


def test_settings_page_has_the_new_tabs_and_members_page_opens_bulk_checkin(qtbot, shop) -> None:
    from core.settings import AppPrefs
    from ui.pages.members import MembersPage
    from ui.pages.settings import SettingsPage

    page = SettingsPage(shop, AppPrefs())
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Points and tiers" in titles and "Community rules" in titles
    page.tabs.setCurrentWidget(page.incentives)
    assert page.incentives.table.rowCount() == 3
    members = MembersPage(shop)
    qtbot.addWidget(members)
    members.checkin_btn.click()
    dialogs = members.findChildren(BulkCheckinDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()
    _done(qtbot)


def test_points_panel_shows_the_tier_and_a_pending_demotion(qtbot, shop) -> None:
    with shop.transaction() as c:
        c.execute(Member.__table__.update().where(Member.id == shop.ids[0]).values(tier="gold"))
        tiers.recompute(c, date(2026, 11, 1), member_ids=[shop.ids[0]])  # 50 points: below gold, waiting
    panel = PointsPanel(shop, shop.ids[0], today=TODAY)
    qtbot.addWidget(panel)
    _done(qtbot)
    text = panel.tier.text()
    assert "Gold" in text and "专属优惠券" in text and "2026-11-01" in text and "2026-12-01" in text
