"""Tag dimensions and tags: counts, editing, merging, moving, deleting, bulk tagging and explanations."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select, text

from core import tags
from core.models import MemberTag, TagRule
from core.tags import TagError, TagInUseError


def _members(conn, n: int, deleted: tuple[int, ...] = ()) -> list[int]:
    ids = []
    for i in range(n):
        ids.append(
            conn.execute(
                text(
                    "INSERT INTO member (display_name, do_not_contact, role, notes, created_at, deleted_at) "
                    "VALUES (:n, 0, 'member', '', '2025-01-01 00:00:00.000000', :d) RETURNING id"
                ),
                {"n": f"成员{i}", "d": "2025-06-01 00:00:00.000000" if i in deleted else None},
            ).scalar()
        )
    return ids


def _rows(conn, tag_id: int) -> dict[int, tuple[str, datetime]]:
    mt = MemberTag.__table__
    rows = conn.execute(select(mt.c.member_id, mt.c.source, mt.c.created_at).where(mt.c.tag_id == tag_id))
    return {m: (s, c) for m, s, c in rows}


def test_tree_counts_members_outside_the_trash_in_order(db) -> None:
    with db.transaction() as conn:
        ids = _members(conn, 5, deleted=(4,))
        stage = tags.create_dimension(conn, "育儿阶段")
        spend = tags.create_dimension(conn, " 消费能力 ", "#e69f00")
        a = tags.create_tag(conn, stage, "0-1岁")
        b = tags.create_tag(conn, stage, "1-3岁", "#009E73")
        c = tags.create_tag(conn, spend, "高消费")
        assert tags.add_tags(conn, ids, [a]) == 5
        assert tags.add_tags(conn, ids[:2], [b, c]) == 4
        tags.reorder_tags(conn, [b, a])
        tags.reorder_dimensions(conn, [spend, stage])
        tree = tags.tag_tree(conn)
    assert [d.name for d in tree] == ["消费能力", "育儿阶段"]
    assert tree[0].color == "#E69F00"  # normalised
    assert [(t.name, t.members, t.color) for t in tree[1].tags] == [
        ("1-3岁", 2, "#009E73"),
        ("0-1岁", 4, tree[1].color),  # the fifth member is in the trash; no own colour: the dimension's
    ]
    assert tree[0].tags[0].members == 2


def test_names_must_be_unique_and_clear(db) -> None:
    with db.transaction() as conn:
        d = tags.create_dimension(conn, "兴趣偏好")
        t = tags.create_tag(conn, d, "辅食营养")
        with pytest.raises(TagError) as err:
            tags.create_dimension(conn, "兴趣偏好")
        assert err.value.code == "dimension_exists" and "兴趣偏好" in str(err.value)
        with pytest.raises(TagError) as err:
            tags.create_tag(conn, d, " 辅食营养 ")
        assert err.value.code == "tag_exists"
        with pytest.raises(TagError) as err:
            tags.create_tag(conn, d, "   ")
        assert err.value.code == "empty_name"
        with pytest.raises(TagError) as err:
            tags.set_tag_color(conn, t, "red")
        assert err.value.code == "bad_colour"
        other = tags.create_tag(conn, d, "早教启蒙")
        with pytest.raises(TagError):
            tags.rename_tag(conn, other, "辅食营养")
        tags.rename_tag(conn, t, "辅食")
        tags.rename_dimension(conn, d, "兴趣")
        assert [(x.name, [y.name for y in x.tags]) for x in tags.tag_tree(conn)] == [("兴趣", ["辅食", "早教启蒙"])]


def test_merge_tags_keeps_one_row_with_the_earliest_date_and_a_hand_set_source(db) -> None:
    with db.transaction() as conn:
        m = _members(conn, 4)
        d = tags.create_dimension(conn, "消费能力")
        src = tags.create_tag(conn, d, "高消费A")
        dst = tags.create_tag(conn, d, "高消费")
        rule = conn.execute(
            TagRule.__table__.insert().values(
                name="r", tag_id=src, kind="spend", params="{}", enabled=True, created_at=datetime.now(), last_result=""
            )
        ).inserted_primary_key[0]
        mt = MemberTag.__table__
        early, late = datetime(2025, 1, 1), datetime(2025, 6, 1)
        conn.execute(
            mt.insert(),
            [
                {"member_id": m[0], "tag_id": src, "source": "manual", "created_at": early},
                {"member_id": m[0], "tag_id": dst, "source": "rule:9", "created_at": late},
                {"member_id": m[1], "tag_id": src, "source": "import", "created_at": late},
                {"member_id": m[2], "tag_id": dst, "source": "manual", "created_at": late},
            ],
        )
        assert tags.merge_tags(conn, src, dst) == 1  # m[1] gained it; m[0] had both
        rows = _rows(conn, dst)
        assert rows == {m[0]: ("manual", early), m[1]: ("import", late), m[2]: ("manual", late)}
        assert _rows(conn, src) == {}
        assert conn.execute(select(TagRule.tag_id).where(TagRule.id == rule)).scalar_one() == dst
        assert [t.name for t in tags.all_tags(conn)] == ["高消费"]
        with pytest.raises(TagError):
            tags.merge_tags(conn, dst, dst)


def test_move_merge_and_delete_dimensions(db) -> None:
    with db.transaction() as conn:
        m = _members(conn, 3)
        a = tags.create_dimension(conn, "兴趣")
        b = tags.create_dimension(conn, "兴趣偏好")
        t1 = tags.create_tag(conn, a, "绘本阅读")
        t2 = tags.create_tag(conn, a, "亲子出游")
        t3 = tags.create_tag(conn, b, "绘本阅读")
        tags.add_tags(conn, m[:2], [t1])
        tags.add_tags(conn, m[1:], [t3])
        with pytest.raises(TagError) as err:
            tags.move_tag(conn, t1, b)  # a tag of that name is already there
        assert err.value.code == "tag_exists_merge"
        assert tags.merge_dimensions(conn, a, b) == 2
        tree = tags.tag_tree(conn)
        assert [(d.name, [(t.name, t.members) for t in d.tags]) for d in tree] == [
            ("兴趣偏好", [("绘本阅读", 3), ("亲子出游", 0)])
        ]
        c = tags.create_dimension(conn, "其他")
        tags.move_tag(conn, t2, c)
        assert [t.name for t in tags.tag_tree(conn)[1].tags] == ["亲子出游"]
        with pytest.raises(TagInUseError) as err:
            tags.delete_dimension(conn, b)
        assert err.value.members == 3
        assert tags.delete_dimension(conn, b, confirmed=True) == 3
        assert conn.execute(select(MemberTag.member_id).where(MemberTag.tag_id == t3)).all() == []
        assert [d.name for d in tags.tag_tree(conn)] == ["其他"]


def test_delete_tag_in_use_needs_confirmation(db) -> None:
    with db.transaction() as conn:
        m = _members(conn, 3)
        d = tags.create_dimension(conn, "城市")
        t = tags.create_tag(conn, d, "上海")
        tags.add_tags(conn, m, [t])
        with pytest.raises(TagInUseError) as err:
            tags.delete_tag(conn, t)
        assert err.value.members == 3
        assert tags.usage(conn, t) == 3  # nothing happened
        assert tags.delete_tag(conn, t, confirmed=True) == 3
        assert tags.all_tags(conn) == []
        unused = tags.create_tag(conn, d, "杭州")
        assert tags.delete_tag(conn, unused) == 0


def test_bulk_add_and_remove_are_set_based_and_idempotent(db) -> None:
    with db.transaction() as conn:
        m = _members(conn, 50)
        d = tags.create_dimension(conn, "活跃度")
        t1, t2 = tags.create_tag(conn, d, "活跃型"), tags.create_tag(conn, d, "潜水型")
        conn.execute(
            MemberTag.__table__.insert().values(member_id=m[0], tag_id=t1, source="rule:3", created_at=datetime.now())
        )
        assert tags.add_tags(conn, [*m, *m, 999_999], [t1, t2]) == 99  # duplicates and unknown ids ignored
        assert _rows(conn, t1)[m[0]][0] == "manual"  # adding by hand makes a rule's tag a hand-set one
        assert tags.add_tags(conn, m, [t1, t2]) == 0
        assert tags.remove_tags(conn, m[:10], [t1]) == 10
        assert tags.usage(conn, t1) == 40 and tags.usage(conn, t2) == 50
        assert tags.member_tags(conn, [m[0], m[20]]) == {
            m[0]: [("潜水型", "#0072B2")],
            m[20]: [
                ("活跃型", "#0072B2"),
                ("潜水型", "#0072B2"),
            ],
        }


def test_ensure_tag_creates_on_demand_once(db) -> None:
    with db.transaction() as conn:
        t = tags.ensure_tag(conn, "来源渠道", "小红书")
        assert tags.ensure_tag(conn, " 来源渠道", "小红书 ") == t
        other = tags.ensure_tag(conn, "来源渠道", "抖音")
        assert other != t
        assert [(d.name, len(d.tags)) for d in tags.tag_tree(conn)] == [("来源渠道", 2)]


def test_explain_says_manual_import_file_and_rule(db) -> None:
    with db.transaction() as conn:
        (mid,) = _members(conn, 1)
        batch = conn.execute(
            text("INSERT INTO import_batch (kind, source, created_at, summary) VALUES ('members', :s, :c, '')"),
            {"s": "/home/店主/会员名单.xlsx", "c": "2025-01-01 00:00:00.000000"},
        ).lastrowid
        d = tags.create_dimension(conn, "城市")
        manual, imported = tags.create_tag(conn, d, "上海"), tags.create_tag(conn, d, "杭州")
        tags.add_tags(conn, [mid], [manual])
        tags.add_tags(conn, [mid], [imported], source=f"import:{batch}")
        reasons = tags.explain(conn, mid)
    assert [(r.tag, r.source, r.text) for r in reasons] == [
        ("上海", "manual", "added by hand"),
        ("杭州", "import", "imported from 会员名单.xlsx"),
    ]
