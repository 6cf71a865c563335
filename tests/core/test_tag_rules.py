"""Automatic tag rules: each kind, preview, idempotent apply, untagging only the rule's own rows, keyword hits
counted by chat imports, rules applied after imports and after an undo."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text

from core import tag_rules, tags
from core.importers.batches import undo_batch
from core.importers.pipeline import ChatOptions, import_chat
from core.models import MemberKeywordHit, MemberTag
from core.tag_rules import RuleError

NOW = datetime(2026, 11, 22, 12, 0)


def _member(conn, name: str, **cols) -> int:
    values = {"n": name, "src": cols.get("source_channel"), "j": cols.get("joined_at"), "d": cols.get("deleted_at")}
    return conn.execute(
        text(
            "INSERT INTO member (display_name, source_channel, joined_at, deleted_at, do_not_contact, role, notes, "
            "created_at) VALUES (:n, :src, :j, :d, 0, 'member', '', '2025-01-01 00:00:00.000000') RETURNING id"
        ),
        values,
    ).scalar()


def _event(conn, mid: int, kind: str, days_ago: float, amount=None, subtype=None) -> None:
    conn.execute(
        text("INSERT INTO event (member_id, kind, ts, amount, subtype) VALUES (:m, :k, :ts, :a, :s)"),
        {"m": mid, "k": kind, "ts": NOW - timedelta(days=days_ago), "a": amount, "s": subtype},
    )


def _tagged(conn, tag_id: int) -> dict[int, str]:
    mt = MemberTag.__table__
    return dict(conn.execute(select(mt.c.member_id, mt.c.source).where(mt.c.tag_id == tag_id)).all())


def test_spend_rule_preview_apply_idempotent_and_untag_only_its_own(db) -> None:
    with db.transaction() as conn:
        big = _member(conn, "大客户")
        refunded = _member(conn, "退款")
        old = _member(conn, "老客户")
        manual = _member(conn, "手动")
        trashed = _member(conn, "回收站", deleted_at=NOW)
        _event(conn, big, "purchase", 10, 300)
        _event(conn, big, "purchase", 80, 212)
        _event(conn, refunded, "purchase", 5, 600)
        _event(conn, refunded, "purchase", 4, 200, subtype="refund")
        _event(conn, old, "purchase", 120, 900)  # outside the 90 days
        _event(conn, trashed, "purchase", 1, 900)
        tag = tags.ensure_tag(conn, "消费能力", "高消费")
        tags.add_tags(conn, [manual], [tag])  # by hand: no rule may take it away
        rule = tag_rules.save_rule(conn, "高消费", tag, "spend", {"days": "90", "amount": "500"})
        assert rule.params == {"days": 90, "amount": 500.0}
        (preview,) = tag_rules.apply_rules(conn, dry_run=True, as_of=NOW)
        assert (preview.matched, preview.tagged, preview.untagged) == (1, 1, 0)
        assert _tagged(conn, tag) == {manual: "manual"}  # a preview writes nothing
        (done,) = tag_rules.apply_rules(conn, as_of=NOW)
        assert (done.matched, done.tagged, done.untagged) == (1, 1, 0)
        assert _tagged(conn, tag) == {manual: "manual", big: f"rule:{rule.id}"}
        (again,) = tag_rules.apply_rules(conn, as_of=NOW)
        assert (again.tagged, again.untagged) == (0, 0)
        # Time passes: the 300 falls out of the window; the rule's tag goes, the hand-set one stays.
        (later,) = tag_rules.apply_rules(conn, as_of=NOW + timedelta(days=20))
        assert (later.matched, later.tagged, later.untagged) == (0, 0, 1)
        assert _tagged(conn, tag) == {manual: "manual"}
        info = tag_rules.get_rule(conn, rule.id)
        assert info.last_run_at is not None and info.last_result["untagged"] == 1


def test_each_kind_matches_the_right_members(db) -> None:
    with db.transaction() as conn:
        gid = conn.execute(
            text(
                "INSERT INTO chat_group (name, type, stage, platform, notes, archived) VALUES ('福利群', 'perks', "
                "'growth', 'wechat', '', 0) RETURNING id"
            )  # fmt: skip
        ).scalar()
        a = _member(conn, "甲", source_channel="门店扫码", joined_at=NOW - timedelta(days=400))
        b = _member(conn, "乙", joined_at=NOW - timedelta(days=10))
        c = _member(conn, "丙")
        _event(conn, b, "join", 10, subtype="qr")
        for d in (1, 2, 3):
            _event(conn, c, "message", d)
            _event(conn, a, "purchase", d * 20, 50)
        _event(conn, b, "message", 1)
        conn.execute(
            text("INSERT INTO membership (member_id, group_id, joined_at) VALUES (:m, :g, NULL), (:n, :g, NULL)"),
            {"m": a, "n": c, "g": gid},
        )
        conn.execute(
            text("UPDATE membership SET left_at = :t WHERE member_id = :c"), {"t": NOW - timedelta(days=1), "c": c}
        )
        size_id = conn.execute(
            text(
                "INSERT INTO custom_field (name, kind, choices, sort_order) VALUES ('鞋码', 'number', '[]', 1) "
                "RETURNING id"
            )  # fmt: skip
        ).scalar()
        stage_id = conn.execute(
            text(
                "INSERT INTO custom_field (name, kind, choices, sort_order) VALUES ('育儿阶段', 'choice', '[]', 2) "
                "RETURNING id"
            )  # fmt: skip
        ).scalar()
        conn.execute(
            text(
                "INSERT INTO member_field_value (member_id, field_id, value) VALUES (:a, :f, '38'), (:b, :f, '36'), "
                "(:a, :g, '孕期'), (:c, :g, '1-3岁')"
            ),  # fmt: skip
            {"a": a, "b": b, "c": c, "f": size_id, "g": stage_id},
        )
        t = tags.ensure_tag(conn, "测试", "t")
        cases = {
            "orders": ({"days": 90, "count": 3}, {a}),
            "channel": ({"channel": "门店扫码"}, {a}),
            "messages": ({"days": 7, "count": 3}, {c}),
            "joined_days": ({"days": 365}, {a}),
            "group": ({"group_id": gid}, {a}),  # 丙 left the group
            "field": ({"field_id": size_id, "op": "gte", "value": "37"}, {a}),
        }
        for kind, (params, expected) in cases.items():
            rule = tag_rules.save_rule(conn, kind, t, kind, params)
            tag_rules.apply_rules(conn, [rule.id], as_of=NOW)
            assert set(_tagged(conn, t)) == expected, kind
            tag_rules.delete_rule(conn, rule.id)
            assert _tagged(conn, t) == {}, kind  # deleting a rule takes its tags back
        qr = tag_rules.save_rule(conn, "扫码", t, "channel", {"channel": "qr"})
        assert tag_rules.preview_rule(conn, "扫码", t, "channel", {"channel": "qr"}, qr.id).matched == 1
        one_of = tag_rules.preview_rule(
            conn, "x", t, "field", {"field_id": stage_id, "op": "in", "value": ["孕期", "1-3岁"]}
        )
        assert one_of.matched == 2
        assert tag_rules.describe("spend", {"days": 90, "amount": 500}) == "spend in the last 90 days ≥ 500"


def test_bad_rules_are_refused_with_clear_errors(db) -> None:
    with db.transaction() as conn:
        t = tags.ensure_tag(conn, "消费能力", "高消费")
        with pytest.raises(RuleError) as err:
            tag_rules.save_rule(conn, "r", t, "spend", {"days": 0, "amount": 5})
        assert err.value.code == "too_small"
        with pytest.raises(RuleError) as err:
            tag_rules.save_rule(conn, "r", t, "spend", {"days": 9, "amount": "很多"})
        assert err.value.code == "bad_number"
        with pytest.raises(RuleError) as err:
            tag_rules.save_rule(conn, "r", t, "keyword", {"keywords": " ，、 "})
        assert err.value.code == "no_keywords"
        with pytest.raises(RuleError) as err:
            tag_rules.save_rule(conn, "r", t, "group", {"group_id": 42})
        assert err.value.code == "no_group"
        tag_rules.save_rule(conn, "r", t, "orders", {"days": 30, "count": 2})
        with pytest.raises(RuleError) as err:
            tag_rules.save_rule(conn, "r", t, "orders", {"days": 30, "count": 2})
        assert err.value.code == "rule_exists"


MEMOTRACE = """localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender
1,g1@chatroom,1,0,0,1,2,宝宝辅食怎么加？,2026-11-20 10:00:00,,张三,wxid_a
2,g1@chatroom,1,0,0,2,2,米粉和辅食哪个先,2026-11-20 10:01:00,,张三,wxid_a
3,g1@chatroom,1,0,0,3,2,今天天气不错,2026-11-20 10:02:00,,李四,wxid_b
4,g1@chatroom,1,0,0,4,2,米粉推荐一下,2026-11-20 10:03:00,,李四,wxid_b
5,g1@chatroom,1,0,0,5,2,Hello 大家好,2026-11-20 10:04:00,,王五,wxid_c
"""


def test_keyword_rule_counts_hits_at_import_and_undo_takes_them_back(db, tmp_path) -> None:
    with db.transaction() as conn:
        tag = tags.ensure_tag(conn, "兴趣偏好", "辅食营养")
        rule = tag_rules.save_rule(conn, "辅食", tag, "keyword", {"keywords": "辅食，米粉", "count": 2})
    path = tmp_path / "宝妈群.csv"
    path.write_text(MEMOTRACE, encoding="utf-8-sig")
    summary = import_chat(db, path, ChatOptions(group="宝妈群"))
    with db.engine.connect() as conn:
        hits = conn.execute(
            select(MemberKeywordHit.keyword, MemberKeywordHit.hits).order_by(MemberKeywordHit.hits.desc())
        ).all()
        assert sorted(hits) == [("米粉", 1), ("米粉", 1), ("辅食", 2)]
        tagged = _tagged(conn, tag)
        assert list(tagged.values()) == [f"rule:{rule.id}"]  # 张三 has 3 hits; 李四 only 1
        (zhang,) = tagged
        (reason,) = tags.explain(conn, zhang)
        assert reason.rule_name == "辅食" and reason.value == 3
        assert reason.text == "tagged by rule 辅食: messages containing 辅食 / 米粉 ≥ 2 (3)"
    undo_batch(db, summary.batch_id)
    with db.engine.connect() as conn:
        assert conn.execute(select(MemberKeywordHit.id)).all() == []
        assert _tagged(conn, tag) == {}


def test_keyword_rule_counts_text_already_stored(db, tmp_path) -> None:
    path = tmp_path / "宝妈群.csv"
    path.write_text(MEMOTRACE, encoding="utf-8-sig")
    import_chat(db, path, ChatOptions(group="宝妈群", store_text=True))  # no rule yet: nothing counted
    with db.transaction() as conn:
        assert conn.execute(select(MemberKeywordHit.id)).all() == []
        tag = tags.ensure_tag(conn, "兴趣偏好", "辅食营养")
        rule = tag_rules.save_rule(conn, "米粉", tag, "keyword", {"keywords": ["米粉"]})
        (outcome,) = tag_rules.apply_rules(conn, [rule.id])
    assert outcome.tagged == 2


def test_order_import_applies_rules_in_its_transaction(db, tmp_path) -> None:
    when = (datetime.now() - timedelta(days=3)).strftime("%Y-%m-%d %H:%M:%S")
    path = tmp_path / "orders.csv"
    path.write_text(
        f"订单号,下单时间,买家昵称,手机号,实付金额,订单状态\nB1,{when},王五,13900139000,620,交易成功\n"
        f"B2,{when},赵六,13700137000,80,交易成功\n",
        encoding="utf-8",
    )
    with db.transaction() as conn:
        tag = tags.ensure_tag(conn, "消费能力", "高消费")
        tag_rules.save_rule(conn, "高消费", tag, "spend", {"days": 90, "amount": 500})
    from core.importers.orders import import_orders

    import_orders(db, path)
    with db.engine.connect() as conn:
        names = conn.execute(
            text("SELECT m.display_name FROM member_tag mt JOIN member m ON m.id = mt.member_id WHERE mt.tag_id = :t"),
            {"t": tag},
        ).scalars()
        assert list(names) == ["王五"]


def test_command_line_lists_tags_and_applies_rules(db, capsys) -> None:
    import json

    from core import cli

    with db.transaction() as conn:
        mid = _member(conn, "甲", source_channel="门店扫码")
        _member(conn, "乙")
        tag = tags.ensure_tag(conn, "来源渠道", "门店扫码")
        tag_rules.save_rule(conn, "门店", tag, "channel", {"channel": "门店扫码"})
    path = str(db.path)

    def run(*args: str):
        capsys.readouterr()
        code = cli.run(cli.parse(["--db", path, *args]))
        return code, capsys.readouterr().out

    code, out = run("tags", "apply-rules", "--dry-run", "--json")
    assert code == 0 and json.loads(out) == [
        {"rule": "门店", "tag": "门店扫码", "matched": 1, "tagged": 1, "untagged": 0}
    ]
    with db.engine.connect() as conn:
        assert _tagged(conn, tag) == {}  # a dry run changes nothing
    code, out = run("tags", "apply-rules")
    assert code == 0 and "门店 → 门店扫码: 1 members qualify, tagged 1, untagged 0." in out
    with db.engine.connect() as conn:
        assert list(_tagged(conn, tag)) == [mid]
    code, out = run("tags", "list", "--json")
    data = json.loads(out)
    assert data["dimensions"][0]["tags"] == [{"name": "门店扫码", "color": "#0072B2", "members": 1}]
    assert data["rules"][0]["condition"] == "joined via 门店扫码" and data["rules"][0]["last_result"]["tagged"] == 1
