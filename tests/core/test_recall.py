"""Recall rules on a hand-built community whose right answers are worked out by hand for AS_OF."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from core import recall
from core.activity import rebuild_member_activity
from core.models import Event, Group, Member, Membership, PlanEntry, PointsEntry
from core.settings import set_threshold

AS_OF = date(2026, 11, 22)


def at(days_ago: int, hour: int = 20) -> datetime:
    return datetime.combine(AS_OF - timedelta(days=days_ago), datetime.min.time()).replace(hour=hour)


class Community:
    def __init__(self, session) -> None:
        self.s = session
        self.group = Group(name="宝妈福利群", type="perks", stage="growth")
        session.add(self.group)
        session.flush()

    def member(self, name: str, joined_days_ago: int = 200, **fields) -> int:
        m = Member(display_name=name, joined_at=at(joined_days_ago, 9), **fields)
        self.s.add(m)
        self.s.flush()
        self.s.add(Membership(member_id=m.id, group_id=self.group.id, joined_at=m.joined_at, left_at=m.left_at))
        return m.id

    def events(self, mid: int, kind: str, days_ago: list[int], **fields) -> None:
        for d in days_ago:
            self.s.add(Event(member_id=mid, group_id=self.group.id, kind=kind, ts=at(d), **fields))

    def done(self) -> None:
        self.s.flush()
        rebuild_member_activity(self.s)
        self.s.commit()


@pytest.fixture
def community(db):
    with db.session() as s:
        c = Community(s)
        ids = {}
        ids["active"] = c.member("活跃小王")
        c.events(ids["active"], "message", [1, 2, 3, 4, 40])
        ids["koc"] = c.member("邀请达人")
        c.events(ids["koc"], "message", [0, 1, 2])
        c.events(ids["koc"], "invite", [30], ref="99")
        ids["lurker"] = c.member("潜水的喆")  # joined 200 days ago, one message
        c.events(ids["lurker"], "message", [150])
        ids["new"] = c.member("新人", joined_days_ago=5)  # too new to be a lurker
        ids["shallow"] = c.member("浅流失")
        c.events(ids["shallow"], "message", [20, 25, 30, 35])
        ids["gap"] = c.member("沉默45天")  # between shallow (≤30) and deep (≥60): in neither
        c.events(ids["gap"], "message", [45, 50, 55])
        ids["deep"] = c.member("深流失")
        c.events(ids["deep"], "message", [70, 80, 90, 100])
        ids["warning"] = c.member("点了活动")
        c.events(ids["warning"], "message", [1, 2, 3, 15, 16])  # was active …
        c.events(ids["warning"], "click", [10], ref="双11预热")  # … clicked, then silent 10 days? no: posted 1 day ago
        ids["warning2"] = c.member("点完就走")
        c.events(ids["warning2"], "message", [12, 13, 14])
        c.events(ids["warning2"], "click", [10], ref="双11预热")
        ids["freebie"] = c.member("羊毛党")
        c.events(ids["freebie"], "perk-claim", [5, 20, 40], ref="新人券")
        c.events(ids["freebie"], "message", [5])
        ids["buyer"] = c.member("回购客")
        c.events(ids["buyer"], "message", [1, 2, 3])
        c.events(ids["buyer"], "purchase", [100, 70, 40], amount=99.0)  # every 30 days: due 10 days ago
        ids["resuming"] = c.member("回来了")
        c.events(ids["resuming"], "message", [2, 100, 101, 102])
        ids["anniversary"] = c.member("满三个月", joined_days_ago=(AS_OF - date(2026, 8, 20)).days)
        c.events(ids["anniversary"], "message", [1, 2, 3])
        ids["birthday"] = c.member("寿星", birthday=date(1990, 11, 25))
        c.events(ids["birthday"], "message", [1, 2, 3])
        ids["points"] = c.member("积分快过期")
        c.events(ids["points"], "message", [1, 2, 3])
        s.add(PointsEntry(member_id=ids["points"], ts=at(170), delta=120, expires_on=AS_OF + timedelta(days=10)))
        s.add(PointsEntry(member_id=ids["points"], ts=at(20), delta=-20))
        ids["left"] = c.member("已退群", left_at=at(10))
        c.events(ids["left"], "message", [30, 31, 32])
        ids["dnc"] = c.member("勿扰", do_not_contact=True)
        c.events(ids["dnc"], "message", [20, 21, 22])
        ids["cooled"] = c.member("刚召回过")
        c.events(ids["cooled"], "message", [20, 21, 22])
        c.events(ids["cooled"], "recall-sent", [3], ref="shallow_churn:")
        ids["future"] = c.member("未来的消息")  # events after AS_OF are ignored
        c.events(ids["future"], "message", [20, 21, 22, -3])
        ids["owner"] = c.member("群主本人", role="owner")
        c.events(ids["owner"], "message", [60, 70, 80])
        s.add(
            PlanEntry(group_id=c.group.id, title="秋季育儿讲座", scheduled_at=at(8), status="posted", posted_at=at(8))
        )
        s.add(PlanEntry(group_id=c.group.id, title="辅食直播", scheduled_at=at(4), status="posted", posted_at=at(4)))
        c.done()
    return db, ids


def segments_of(result: recall.RecallList) -> dict[int, list[str]]:
    return {it.member_id: it.segments for it in result.items + result.excluded}


def test_every_segment_by_hand(community) -> None:
    db, ids = community
    with db.session() as s:
        everyone = segments_of(recall.compute(s, AS_OF, segments=["all"]))
    assert "active" in everyone[ids["active"]] and "koc_candidate" not in everyone[ids["active"]]
    assert {"active", "koc_candidate"} <= set(everyone[ids["koc"]])
    assert everyone[ids["lurker"]] == ["lurker"]
    assert everyone[ids["new"]] == []
    assert everyone[ids["shallow"]] == ["shallow_churn"]
    assert everyone[ids["gap"]] == []  # 45 days silent: past shallow (30), not yet deep (60)
    assert everyone[ids["deep"]] == ["deep_churn"]
    assert "early_warning" not in everyone[ids["warning"]]  # posted after the click
    assert everyone[ids["warning2"]] == ["early_warning", "shallow_churn"]
    assert "freebie" in everyone[ids["freebie"]]
    assert "repurchase_due" in everyone[ids["buyer"]]
    assert "resuming" in everyone[ids["resuming"]]
    assert "anniversary" in everyone[ids["anniversary"]]
    assert "birthday" in everyone[ids["birthday"]]
    assert "points_expiring" in everyone[ids["points"]]
    assert everyone[ids["left"]] == ["left"]
    assert everyone[ids["future"]] == ["shallow_churn"]  # the message dated after AS_OF does not count
    assert ids["owner"] not in everyone  # the owner's own account is never on a list


def test_reasons_say_why(community) -> None:
    db, ids = community
    with db.session() as s:
        result = recall.compute(s, AS_OF, segments=["all"])
    items = {it.member_id: it for it in result.items + result.excluded}
    assert items[ids["shallow"]].reason_texts() == ["silent 20 days; 4 messages before, last on 2026-11-02"]
    assert items[ids["warning2"]].reason_texts()[0] == "clicked 双11预热 on 2026-11-12, silent 10 days since"
    assert "3 orders, every 30 days on average; next was due 2026-11-12" in items[ids["buyer"]].reason_texts()[0]
    assert "100 points expire on 2026-12-02" in items[ids["points"]].reason_texts()
    assert "joined 2026-08-20: 3 months on 2026-11-20" in items[ids["anniversary"]].reason_texts()


def test_guard_rails_and_priority(community) -> None:
    db, ids = community
    with db.session() as s:
        result = recall.compute(s, AS_OF, segments=["shallow_churn", "early_warning"])
    listed = [it.member_id for it in result.items]
    assert listed[0] == ids["warning2"]  # early warning outranks shallow churn
    assert listed[0] == ids["warning2"] and result.items[0].segment == "early_warning"
    assert ids["shallow"] in listed and ids["future"] in listed
    held = {it.member_id: it.excluded.key for it in result.excluded}
    assert held == {ids["dnc"]: "do_not_contact", ids["cooled"]: "cooldown"}
    assert result.counts["shallow_churn"] == 5  # shallow, warning2, future, dnc, cooled


def test_daily_cap_counts_todays_sends(community) -> None:
    db, ids = community
    with db.session() as s:
        set_threshold(s, "recall_daily_cap", 2)
        first = recall.compute(s, AS_OF, segments=["shallow_churn"])
        assert len(first.items) == 2 and first.held_back == 3  # the other three wait, whatever their guard rails
        recall.mark_sent(s, first.items[0], when=at(0, 10))
        second = recall.compute(s, AS_OF, segments=["shallow_churn"])
    assert len(second.items) == 1  # one of today's two already used; the sent member is now cooling down
    assert first.items[0].member_id in {it.member_id for it in second.excluded}


def test_messages_fill_variables_and_report_missing_data(community) -> None:
    db, ids = community
    with db.session() as s:
        recall.ensure_default_templates(s)
        for tpl in recall.templates(s, "shallow_churn"):
            recall.delete_template(s, tpl.id)
        recall.save_template(s, "shallow_churn", "{昵称}，{天数}天没见，错过了{错过的内容}，折扣码{优惠码}")
        assert recall.add_codes(s, "CODE1\nCODE1, CODE2") == 2
        result = recall.compute(s, AS_OF, segments=["shallow_churn"])
    # Most recently active first: 点完就走 (silent 12 days), then 浅流失 and 未来的消息 (both 20 days, by id).
    assert [it.member_id for it in result.items] == [ids["warning2"], ids["shallow"], ids["future"]]
    first, second, third = result.items
    assert first.message == "点完就走，12天没见，错过了《辅食直播》、《秋季育儿讲座》，折扣码CODE1"
    assert (first.code, second.code) == ("CODE1", "CODE2")
    assert third.message == "" and third.problems == ["{优惠码}: no discount code left in the pool"]
    with db.session() as s:
        recall.save_template(s, "shallow_churn", "{昵称}，好久不见，{群名}想你啦")  # a variant needing no code
        result = recall.compute(s, AS_OF, segments=["shallow_churn"])
    assert all(it.message for it in result.items)  # the third falls back to the variant it has data for
    assert result.items[2].message == "未来的消息，好久不见，宝妈福利群想你啦"


def test_sent_undo_and_outcomes(community) -> None:
    db, ids = community
    with db.session() as s:
        item = next(it for it in recall.compute(s, AS_OF).items if it.member_id == ids["deep"])
        event_id = recall.mark_sent(s, item, when=at(0, 9))
        deep = [o for o in recall.outcomes(s, AS_OF) if o.segment == "deep_churn"]
        assert [o.sent for o in deep] == [1]
        recall.undo_sent(s, event_id)
        assert [o for o in recall.outcomes(s, AS_OF) if o.segment == "deep_churn"] == []
        recall.mark_sent(s, item, when=at(10, 9))  # sent 10 days ago; the member posted 5 days later
        s.add(Event(member_id=ids["deep"], group_id=item.group_id, kind="message", ts=at(5)))
        s.commit()
        (outcome,) = [o for o in recall.outcomes(s, AS_OF) if o.segment == "deep_churn"]
    assert (outcome.month, outcome.segment, outcome.sent, outcome.recovered, outcome.rate) == (
        "2026-11",
        "deep_churn",
        1,
        1,
        1.0,
    )


def test_bad_rules_and_templates_are_refused(db) -> None:
    with db.session() as s:
        set_threshold(s, "shallow_churn_days", 90)
        with pytest.raises(recall.RecallError, match="Shallow churn"):
            recall.compute(s, AS_OF)
        with pytest.raises(recall.RecallError, match="未知变量|Unknown variable \\{会员名\\}"):
            recall.save_template(s, "lurker", "{会员名}你好")
        with pytest.raises(recall.RecallError, match="Unknown segment"):
            recall.compute(s, AS_OF, segments=["sleepy"])


def test_group_overrides_apply_to_that_group_only(community) -> None:
    db, ids = community
    with db.session() as s:
        gid = s.execute(select(Group.id)).scalar_one()
        set_threshold(s, "shallow_churn_days", 50, group_id=gid)
        in_group = segments_of(recall.compute(s, AS_OF, segments=["all"], group="宝妈福利群"))
        overall = segments_of(recall.compute(s, AS_OF, segments=["all"]))
        with pytest.raises(recall.RecallError, match="No group named"):
            recall.compute(s, AS_OF, group="不存在的群")
    assert in_group[ids["gap"]] == ["shallow_churn"] and overall[ids["gap"]] == []


def test_fast_and_exact_paths_agree_on_the_demo(demo_db, monkeypatch) -> None:
    from tests.conftest import DEMO_TODAY

    with demo_db.session() as s:
        fast = recall.compute(s, DEMO_TODAY, segments=["all"])
        monkeypatch.setattr(recall, "_summaries_cover", lambda *_: False)
        exact = recall.compute(s, DEMO_TODAY, segments=["all"])
    assert fast.counts == exact.counts
    assert segments_of(fast) == segments_of(exact)
    assert sum(fast.counts.values()) > 300


def test_mention_blocks_fit_one_message() -> None:
    items = [recall.RecallItem(i, f"成员{i:03d}", None, "", "lurker", ["lurker"], {}, {}) for i in range(200)]
    blocks = recall.mention_blocks(items, "本周精华已更新，快来看看～", limit=300)
    assert len(blocks) > 1 and all(len(b) <= 300 for b in blocks)
    assert sum(b.count("@") for b in blocks) == 200


def test_csv_export_masks_phones_and_defuses_formulas() -> None:
    item = recall.RecallItem(
        1,
        "=HYPERLINK(1)",
        None,
        "群",
        "lurker",
        ["lurker"],
        {"lurker": recall.Reason("lurker", {"messages": 0, "days": 30})},
        {},
        phone="13812345678",
    )
    text = recall.to_csv([item])
    assert "138****5678" in text and "13812345678" not in text
    assert "'=HYPERLINK(1)" in text


def test_xlsx_export_keeps_text_and_masks_phones(tmp_path) -> None:
    from openpyxl import load_workbook

    item = recall.RecallItem(
        7,
        "=1+1",
        None,
        "群",
        "lurker",
        ["lurker"],
        {"lurker": recall.Reason("lurker", {"messages": 0, "days": 30})},
        {},
        phone="13812345678",
        message="玥玥，你好",
    )
    path = tmp_path / "list.xlsx"
    recall.to_xlsx([item], path)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("member_id", "name", "group", "segment")
    assert rows[1][1] == "'=1+1" and rows[1][6] == "玥玥，你好" and rows[1][7] == "138****5678"


def test_a_load_that_read_first_still_gets_its_messages_when_another_writer_committed(community, monkeypatch) -> None:
    """``compute`` reads, then writes the default templates the first time: a commit by another job in between
    (the start-up upkeep while the Today page loads) used to make that write fail at once ("database is locked")."""
    db, _ids = community
    fill_groups = recall._fill_groups

    def meanwhile_another_job_commits(*args) -> None:
        fill_groups(*args)
        with db.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('written.by.another.job', '1')")

    monkeypatch.setattr(recall, "_fill_groups", meanwhile_another_job_commits)
    with db.session() as s:
        assert recall.templates(s) == []
        result = recall.compute(s, AS_OF)
        assert recall.templates(s)  # the defaults were written, and this session sees them
    assert result.items and all(it.message for it in result.items if not it.problems)
