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
