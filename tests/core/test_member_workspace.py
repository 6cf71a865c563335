"""The member workspace's core: filters and saved views, bulk tag and group changes, merging, and undo."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core import custom_fields, member_actions, trash
from core.activity import rebuild_member_activity
from core.members import MemberFilter, delete_view, fetch_rows, save_view, search_ids, view, views
from core.models import (
    Event,
    Group,
    Member,
    MemberActivity,
    MemberAlias,
    Membership,
    MemberTag,
    PointsEntry,
    Tag,
    TagDimension,
)

TODAY = date(2026, 11, 22)


def at(day: str) -> datetime:
    return datetime.fromisoformat(day + " 10:00:00")


@pytest.fixture
def community(db):
    """Six members in two groups with tags, messages at known dates, points and a custom field."""
    with db.session() as s:
        g1, g2 = Group(name="福利群1"), Group(name="读书群")
        interest, source = TagDimension(name="兴趣", color="#0072B2"), TagDimension(name="来源", color="#E69F00")
        s.add_all([g1, g2, interest, source])
        s.flush()
        tags = {n: Tag(dimension_id=interest.id, name=n) for n in ("母婴", "美妆")}
        tags["扫码"] = Tag(dimension_id=source.id, name="扫码")
        s.add_all(tags.values())
        names = ["张三", "李四", "王五", "赵六", "小乐乐", "老陈"]
        people = {n: Member(display_name=n, joined_at=at("2026-01-05")) for n in names}
        people["李四"].tier = "gold"
        people["王五"].notes = "喜欢乐高"
        people["老陈"].do_not_contact = True
        s.add_all(people.values())
        s.flush()
        ids = {n: m.id for n, m in people.items()}
        # groups: 张三 李四 王五 in 福利群1; 赵六 小乐乐 in 读书群; 老陈 left 福利群1
        for n in ("张三", "李四", "王五"):
            s.add(Membership(member_id=ids[n], group_id=g1.id, joined_at=at("2026-01-05")))
        for n in ("赵六", "小乐乐"):
            s.add(Membership(member_id=ids[n], group_id=g2.id, joined_at=at("2026-01-05")))
        s.add(Membership(member_id=ids["老陈"], group_id=g1.id, joined_at=at("2026-01-05"), left_at=at("2026-06-01")))
        # last messages: 张三 today-2 (active), 李四 today-20 (shallow), 王五 today-45 (between), 赵六 today-90 (deep)
        for n, day in (("张三", "2026-11-20"), ("李四", "2026-11-02"), ("王五", "2026-10-08"), ("赵六", "2026-08-24")):
            s.add(Event(member_id=ids[n], group_id=g1.id, kind="message", ts=at(day)))
        s.add(MemberAlias(member_id=ids["小乐乐"], alias="lele_mama"))
        for n, t in (("张三", "母婴"), ("李四", "母婴"), ("李四", "扫码"), ("王五", "美妆"), ("赵六", "扫码")):
            s.add(MemberTag(member_id=ids[n], tag_id=tags[t].id))
        s.add(PointsEntry(member_id=ids["张三"], ts=at("2026-11-01"), delta=120, reason="签到"))
        s.add(PointsEntry(member_id=ids["张三"], ts=at("2026-11-02"), delta=-20, reason="兑换"))
        stage = custom_fields.define(s, "宝宝阶段", "choice", ["孕期", "0-1岁"])
        custom_fields.set_value(s, ids["张三"], stage, "0-1岁")
        custom_fields.set_value(s, ids["李四"], stage, "孕期")
        rebuild_member_activity(s)
        s.commit()
        return {
            "ids": ids,
            "tags": {n: t.id for n, t in tags.items()},
            "dims": (interest.id, source.id),
            "groups": (g1.id, g2.id),
            "stage": stage.id,
        }


def names(db, ids):
    with db.session() as s:
        return sorted(s.get(Member, i).display_name for i in ids)


def find(db, **kw):
    kw.setdefault("today", TODAY)
    today = kw.pop("today")
    sort = kw.pop("sort", "id")
    with db.session() as s:
        return names(db, search_ids(s, MemberFilter(**kw), sort=sort, today=today))


def test_tags_are_or_within_a_dimension_and_and_across(db, community):
    interest, source = community["dims"]
    t = community["tags"]
    assert find(db, tags={interest: [t["母婴"], t["美妆"]]}) == ["张三", "李四", "王五"]
    assert find(db, tags={interest: [t["母婴"]], source: [t["扫码"]]}) == ["李四"]


def test_groups_tiers_text_fields_and_do_not_contact(db, community):
    g1, g2 = community["groups"]
    assert find(db, groups=[g1]) == ["张三", "李四", "王五"]  # 老陈 left
    assert find(db, tiers=["gold"]) == ["李四"]
    assert find(db, tiers=[""]) == ["小乐乐", "张三", "王五", "老陈", "赵六"]
    assert find(db, text="乐") == ["小乐乐", "王五"]  # name, and notes 喜欢乐高
    assert find(db, text="lele") == ["小乐乐"]  # alias
    assert find(db, fields={community["stage"]: "孕期"}) == ["李四"]
    assert find(db, do_not_contact=True) == ["老陈"]
    assert find(db, groups=[g2], text="赵") == ["赵六"]


def test_lifecycle_states_follow_the_churn_thresholds(db, community):
    assert find(db, states=["active"]) == ["张三"]
    assert find(db, states=["shallow_churn"]) == ["李四"]
    assert find(db, states=["drifting"]) == ["王五"]
    assert find(db, states=["deep_churn"]) == ["赵六"]
    assert find(db, states=["never_posted"]) == ["小乐乐"]
    assert find(db, states=["left"]) == ["老陈"]
    assert find(db, states=["active", "deep_churn"]) == ["张三", "赵六"]


def test_last_active_range_and_sorting(db, community):
    assert find(db, active_from=date(2026, 10, 1), active_to=date(2026, 11, 2)) == ["李四", "王五"]
    with db.session() as s:
        order = search_ids(s, MemberFilter(), sort="last_active", descending=True)
        assert names(db, order[:1]) == ["张三"]
        assert [s.get(Member, i).display_name for i in order[:4]] == ["张三", "李四", "王五", "赵六"]
        by_points = search_ids(s, MemberFilter(), sort="points", descending=True)
        assert s.get(Member, by_points[0]).display_name == "张三"
        by_field = search_ids(s, MemberFilter(), sort=f"field:{community['stage']}")
        assert [s.get(Member, i).display_name for i in by_field[:2]] == ["张三", "李四"]  # 0-1岁 < 孕期


def test_rows_carry_points_tags_and_fields(db, community):
    ids = community["ids"]
    with db.session() as s:
        rows = fetch_rows(s, [ids["张三"], ids["李四"]])
    assert rows[ids["张三"]].points == 100
    assert rows[ids["李四"]].tags == (("母婴", "#0072B2"), ("扫码", "#E69F00"))
    assert rows[ids["张三"]].fields == {community["stage"]: "0-1岁"}


def test_saved_views_round_trip(db, community):
    interest, _ = community["dims"]
    flt = MemberFilter(text="张", tags={interest: [community["tags"]["母婴"]]}, states=["active"], active_to=TODAY)
    with db.session() as s:
        save_view(s, "活跃妈妈", flt)
        assert view(s, "活跃妈妈") == flt
        assert list(views(s)) == ["活跃妈妈"]
        delete_view(s, "活跃妈妈")
        with pytest.raises(LookupError, match="活跃妈妈"):
            view(s, "活跃妈妈")


def member_tags(db, member_id):
    with db.session() as s:
        return sorted(
            s.get(Tag, t).name
            for (t,) in s.execute(
                MemberTag.__table__.select().with_only_columns(MemberTag.tag_id).where(MemberTag.member_id == member_id)
            )
        )


def test_bulk_tags_and_undo(db, community):
    ids, t = community["ids"], community["tags"]
    everyone = list(ids.values())
    assert member_actions.add_tags(db, everyone, [t["美妆"]]) == 5  # 王五 had it already
    assert member_tags(db, ids["张三"]) == ["母婴", "美妆"]
    trash.undo_last(db)
    assert member_tags(db, ids["张三"]) == ["母婴"]
    assert member_tags(db, ids["王五"]) == ["美妆"]  # untouched by the undo
    with db.session() as s:  # a rule's tag becomes a hand-set one when added by hand; Undo gives it back to the rule
        s.execute(MemberTag.__table__.update().where(MemberTag.member_id == ids["王五"]).values(source="rule:7"))
        s.commit()
    member_actions.add_tags(db, [ids["王五"]], [t["美妆"]])
    source = MemberTag.__table__.select().with_only_columns(MemberTag.source).where(MemberTag.member_id == ids["王五"])
    with db.session() as s:
        assert s.execute(source).scalar_one() == "manual"
    trash.undo_last(db)
    with db.session() as s:
        assert s.execute(source).scalar_one() == "rule:7"
    assert member_actions.remove_tags(db, everyone, [t["扫码"]]) == 2
    assert member_tags(db, ids["李四"]) == ["母婴"]
    trash.undo_last(db)
    assert member_tags(db, ids["李四"]) == ["扫码", "母婴"]


def current_groups(db, member_id):
    with db.session() as s:
        rows = s.execute(
            Membership.__table__.select()
            .with_only_columns(Membership.group_id)
            .where(Membership.member_id == member_id, Membership.left_at.is_(None))
        )
        return sorted(s.get(Group, g).name for (g,) in rows)


def test_add_and_move_to_group_and_undo(db, community):
    ids = community["ids"]
    g1, g2 = community["groups"]
    assert member_actions.add_to_group(db, [ids["张三"], ids["赵六"]], g2) == 1  # 赵六 is in 读书群 already
    assert current_groups(db, ids["张三"]) == ["福利群1", "读书群"]
    trash.undo_last(db)
    assert current_groups(db, ids["张三"]) == ["福利群1"]
    assert member_actions.move_to_group(db, [ids["张三"], ids["赵六"]], g1) == 1  # 张三 is only in 福利群1
    assert current_groups(db, ids["赵六"]) == ["福利群1"]
    assert current_groups(db, ids["张三"]) == ["福利群1"]
    trash.undo_last(db)
    assert current_groups(db, ids["赵六"]) == ["读书群"]


def test_merge_moves_everything_and_undo_puts_it_back(db, community):
    ids, t = community["ids"], community["tags"]
    keep, gone = ids["张三"], ids["李四"]
    with db.session() as s:
        s.get(Member, gone).wechat_id = "lisi_wx"
        s.add(MemberAlias(member_id=gone, alias="四哥"))
        s.commit()
    member_actions.merge(db, keep, gone)
    with db.session() as s:
        kept = s.get(Member, keep)
        assert kept.wechat_id == "lisi_wx"
        assert kept.tier == "gold"
        assert s.get(Member, gone).merged_into_id == keep
        aliases = {a.alias for a in s.exec(MemberAlias.__table__.select().where(MemberAlias.member_id == keep))}
        assert {"四哥", "李四"} <= aliases
        assert s.get(MemberActivity, keep).messages == 2
        assert gone not in search_ids(s)
        assert trash.trash_rows(s, "member") == []  # a merged member is not offered in the trash
    assert member_tags(db, keep) == ["扫码", "母婴"]
    assert custom_fields.values_for(db.session(), keep)[community["stage"]] == "0-1岁"  # the kept value wins

    trash.undo_last(db)
    with db.session() as s:
        assert s.get(Member, keep).wechat_id is None
        assert s.get(Member, keep).tier is None
        assert s.get(Member, gone).deleted_at is None
        assert s.get(MemberActivity, keep).messages == 1
        assert s.get(MemberActivity, gone).messages == 1
        aliases = {a.alias for a in s.exec(MemberAlias.__table__.select().where(MemberAlias.member_id == keep))}
        assert aliases == set()
    assert member_tags(db, gone) == ["扫码", "母婴"]
    assert member_tags(db, keep) == ["母婴"]
    assert t["扫码"]


def test_merge_refuses_nonsense(db, community):
    ids = community["ids"]
    with pytest.raises(member_actions.MemberActionError):
        member_actions.merge(db, ids["张三"], ids["张三"])
    trash.move_to_trash(db, "member", [ids["李四"]])
    with pytest.raises(member_actions.MemberActionError):
        member_actions.merge(db, ids["张三"], ids["李四"])
