from __future__ import annotations

from core.members import fetch_rows, mask_phone, search_ids


def test_mask_phone() -> None:
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone(None) == ""
    assert mask_phone("12345") == "1****"


def test_search_finds_chinese_substrings_and_ids(demo_db) -> None:
    with demo_db.session() as s:
        everyone = search_ids(s)
        rows = fetch_rows(s, everyone[:50])
        name = next(r.name for r in rows.values() if len(r.name) >= 3 and r.name.isalpha())
        hits = search_ids(s, name[1:3])
        assert everyone and len(everyone) == 400
        assert any(rows[i].name == name for i in hits if i in rows)
        assert len(hits) < len(everyone)
        assert search_ids(s, "没有这个人zzz") == []
        assert search_ids(s, "%") == []  # LIKE wildcards are matched literally


def test_sort_by_last_active_puts_never_active_last(demo_db) -> None:
    with demo_db.session() as s:
        ids = search_ids(s, sort="last_active", descending=True)
        rows = fetch_rows(s, ids[:5] + ids[-5:])
    first = [rows[i].last_active for i in ids[:5]]
    assert all(first) and first == sorted(first, reverse=True)
    assert all(rows[i].last_active is None for i in ids[-5:])


def test_cached_orders_and_search_text_follow_every_write(db) -> None:
    """The member index kept in memory is dropped by any change: a commit in this process, changes rolled
    back after a search saw them, and a commit by another program on the same file."""
    import sqlite3

    from core.models import Member, MemberAlias

    with db.session() as s:
        s.add_all([Member(display_name=n) for n in ("张三", "李四", "王五")])
        s.commit()
    with db.session() as s:
        assert len(search_ids(s, "李")) == 1
        assert len(search_ids(s, sort="name")) == 3
    with db.session() as s:  # committed elsewhere in this process
        s.add(Member(display_name="李小龙"))
        s.commit()
    with db.session() as s:
        assert len(search_ids(s, "李")) == 2
        assert len(search_ids(s, sort="name")) == 4
    with db.session() as s:  # seen while uncommitted, then rolled back
        lee = s.execute(Member.__table__.select().where(Member.display_name == "李四")).first()
        s.add(MemberAlias(member_id=lee.id, alias="Bruce"))
        s.flush()
        assert search_ids(s, "bruce") == [lee.id]  # aliases, case-insensitive
        s.rollback()
    with db.session() as s:
        assert search_ids(s, "bruce") == []
    raw = sqlite3.connect(db.path)  # another program
    raw.execute("UPDATE member SET notes = 'VIP 老客' WHERE display_name = '王五'")
    raw.commit()
    raw.close()
    with db.session() as s:
        assert len(search_ids(s, "vip")) == 1
        assert len(search_ids(s, "老客")) == 1


def test_filters_and_search_keep_the_sort_order(demo_db) -> None:
    """Matches are taken from the cached order: the same ids, in the same order, as sorting the matches alone."""
    from core.members import MemberFilter

    with demo_db.session() as s:
        everyone = search_ids(s, sort="name", descending=True)
        rows = fetch_rows(s, everyone)
        for text in ("小", "妈", "a"):  # few and many matches (two ways of ordering them)
            hits = search_ids(s, MemberFilter(text=text), sort="name", descending=True)
            assert hits == [i for i in everyone if i in set(hits)]
            assert {i for i in everyone if text in rows[i].name.lower()} <= set(hits)
        by_name = [rows[i].name for i in everyone]
        assert by_name == sorted(by_name, reverse=True)
