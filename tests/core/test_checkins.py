"""core/checkins.py: one check-in a day, 补签 with a monthly limit, streaks, points and bonuses, bulk check-in."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select

from core import checkins, points
from core.activity import rebuild_member_activity
from core.models import Event, Group, Member, MemberActivity, MemberAlias, Membership

TODAY = date(2026, 11, 22)


def _member(c, name: str, group: int | None = None, left: bool = False) -> int:
    mid = c.execute(insert(Member).values(display_name=name, created_at=datetime(2026, 1, 1))).inserted_primary_key[0]
    if group:
        c.execute(
            insert(Membership).values(member_id=mid, group_id=group, left_at=datetime(2026, 5, 1) if left else None)
        )
    return mid


def _settings(c, **kw) -> checkins.CheckinSettings:
    s = checkins.CheckinSettings(**kw)
    s.save(c)
    return s


def test_one_check_in_a_day_with_points(db) -> None:
    with db.transaction() as c:
        m = _member(c, "张三")
        _settings(c, points=10, bonuses=[])
        first = checkins.check_in(c, m, today=TODAY)
        second = checkins.check_in(c, m, today=TODAY)
        assert first.logged and first.points == 10 and first.streak == 1
        assert not second.logged and second.points == 0
        assert c.execute(select(func.count()).select_from(Event).where(Event.kind == "check-in")).scalar_one() == 1
        assert points.balance(c, m) == 10
        assert c.execute(select(MemberActivity.check_ins).where(MemberActivity.member_id == m)).scalar_one() == 1
        summary = {r.member_id: r.check_ins for r in c.execute(select(MemberActivity))}
        rebuild_member_activity(c)
        assert summary == {r.member_id: r.check_ins for r in c.execute(select(MemberActivity))}


def test_future_days_are_refused(db) -> None:
    with pytest.raises(checkins.CheckinError, match="future"), db.transaction() as c:
        m = _member(c, "未来")
        checkins.check_in(c, m, TODAY + timedelta(days=1), today=TODAY)


def test_makeup_is_marked_and_limited_per_month(db) -> None:
    with db.transaction() as c:
        m = _member(c, "补签")
        _settings(c, makeup_per_month=2, bonuses=[])
        for d in (3, 5):
            assert checkins.check_in(c, m, date(2026, 11, d), today=TODAY).logged
        assert checkins.checkin_days(c, m) == {date(2026, 11, 3): True, date(2026, 11, 5): True}
        with pytest.raises(checkins.MakeupLimitReached) as err:
            checkins.check_in(c, m, date(2026, 11, 7), today=TODAY)
        assert err.value.limit == 2 and err.value.month == "2026-11"
        assert checkins.check_in(c, m, date(2026, 10, 30), today=TODAY).logged  # another month
        assert checkins.check_in(c, m, today=TODAY).logged  # today is not a make-up
    with db.transaction() as c:
        subtypes = c.execute(select(Event.subtype).where(Event.kind == "check-in").order_by(Event.ts)).scalars().all()
    assert subtypes == ["makeup", "makeup", "makeup", None]


def test_streaks_current_and_longest() -> None:
    days = [date(2026, 11, d) for d in (1, 2, 3, 4, 10, 11, 20, 21)]
    s = checkins.streaks(days, date(2026, 11, 22))
    assert (s.current, s.longest, s.total, s.last) == (2, 4, 8, date(2026, 11, 21))
    assert checkins.streaks(days, date(2026, 11, 24)).current == 0
    assert checkins.streaks([], TODAY) == checkins.Streaks(0, 0, 0, None)


def test_streak_bonus_once_when_the_streak_reaches_its_length(db) -> None:
    with db.transaction() as c:
        m = _member(c, "连续")
        _settings(c, points=10, bonuses=[[3, 30]], makeup_per_month=5)
        results = [checkins.check_in(c, m, today=TODAY - timedelta(days=4 - i)) for i in range(5)]
        assert [r.bonus for r in results] == [0, 0, 30, 0, 0]
        assert [r.streak for r in results] == [1, 2, 3, 4, 5]
        assert points.balance(c, m) == 5 * 10 + 30
        # A make-up that joins two runs into one of 3 days earns the bonus too.
        n = _member(c, "补齐")
        for d in (10, 12):
            checkins.check_in(c, n, date(2026, 11, d), today=date(2026, 11, d))
        r = checkins.check_in(c, n, date(2026, 11, 11), today=TODAY)
        assert r.logged and r.streak == 3 and r.bonus == 30
        assert checkins.member_streaks(c, n, TODAY).longest == 3


def test_chat_import_duplicates_count_once(db) -> None:
    with db.transaction() as c:
        m = _member(c, "导入")
        for h in (8, 9):
            c.execute(insert(Event).values(member_id=m, kind="check-in", ts=datetime(2026, 11, 21, h)))
        assert checkins.member_streaks(c, m, TODAY).total == 1
        assert not checkins.check_in(c, m, date(2026, 11, 21), today=TODAY).logged


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("张三\n李四\n\n张三", ["张三", "李四"]),
        ("@张三 @李四\u2005@王 五", ["张三", "李四", "王 五"]),
        ("#接龙\n今日打卡\n\n1. 张三\n2、李四 已打卡\n3) 王五：打卡✅", ["张三", "李四", "王五"]),
        ("张三 打卡\n李四 签到\n打卡", ["张三", "李四"]),
        ("  \n", []),
    ],
)
def test_parse_names(text: str, names: list[str]) -> None:
    assert checkins.parse_names(text) == names


def test_match_names_in_a_group_with_aliases_and_namesakes(db) -> None:
    with db.transaction() as c:
        g = c.execute(insert(Group).values(name="福利群")).inserted_primary_key[0]
        other = c.execute(insert(Group).values(name="别的群")).inserted_primary_key[0]
        a = _member(c, "张三", g)
        b1, b2 = _member(c, "小美", g), _member(c, "小美", g)
        d = _member(c, "王五", g)
        c.execute(insert(MemberAlias).values(member_id=d, alias="Wang5", group_id=g))
        _member(c, "李四", other)
        _member(c, "赵六", g, left=True)
        found = checkins.match_names(c, ["张三", "小美", "Wang5", "李四", "赵六", "无名"], g)
        assert found.matched == [("张三", a), ("Wang5", d)]
        assert [(n, [m for m, _l in who]) for n, who in found.ambiguous] == [("小美", [b1, b2])]
        assert "#" in found.ambiguous[0][1][0][1]
        assert found.unmatched == ["李四", "赵六", "无名"]
        everywhere = checkins.match_names(c, ["李四"], None)
        assert len(everywhere.matched) == 1


def test_bulk_check_in_is_all_or_nothing(db) -> None:
    with db.transaction() as c:
        ids = [_member(c, n) for n in ("a", "b")]
        _settings(c, points=5, bonuses=[])
        checkins.check_in(c, ids[0], today=TODAY)
        r = checkins.bulk_check_in(c, ids, today=TODAY)
        assert (r.logged, r.already, r.points) == (1, 1, 5)
    with pytest.raises(checkins.CheckinError), db.transaction() as c:
        checkins.bulk_check_in(c, [ids[0], 9999], date(2026, 11, 20), today=TODAY)
    with db.transaction() as c:
        assert c.execute(select(func.count()).select_from(Event)).scalar_one() == 2


def test_damaged_settings_fall_back_to_defaults(db) -> None:
    from core.settings import set_setting_conn

    with db.transaction() as c:
        set_setting_conn(c, checkins.SETTING, {"points": "lots", "bonuses": "x", "makeup_per_month": 3})
        s = checkins.CheckinSettings.load(c)
    assert (s.points, s.makeup_per_month, s.bonuses) == (10, 3, [[7, 30], [21, 100]])
