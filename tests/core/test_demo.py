from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest
from sqlalchemy import func, select, text

from core import activity, recall
from core.demo import DemoError, generate_demo
from core.models import Event, Member, MemberActivity
from core.stats import collect
from tests.conftest import DEMO_TODAY


def test_demo_fills_every_table(demo_db) -> None:
    s = collect(demo_db)
    assert s.members == 400
    assert s.groups == 5
    assert s.tags >= 12
    assert s.events > 400 * 10
    assert s.content_items >= 30 and s.plan_entries > 100


def test_demo_has_rare_characters_and_emoji_names(demo_db_path, tmp_path) -> None:
    from core.db import open_database

    big = open_database(tmp_path / "names.sqlite3")
    generate_demo(big, members=3000, seed=3, today=DEMO_TODAY)
    with big.session() as s:
        names = "".join(s.execute(select(Member.display_name)).scalars())
    big.close()
    for ch in "喆堃玥珺璟镕":
        assert ch in names, ch
    assert any(ord(c) > 0xFFFF for c in names)  # emoji


def test_demo_is_deterministic_for_a_seed(tmp_path) -> None:
    from core.db import open_database

    def fingerprint(path):
        d = open_database(path)
        generate_demo(d, members=150, seed=5, today=DEMO_TODAY)
        with d.engine.connect() as conn:
            rows = conn.execute(text("SELECT display_name, phone, joined_at FROM member ORDER BY id")).all()
            events = conn.execute(text("SELECT member_id, kind, ts FROM event ORDER BY id")).all()
        d.close()
        return rows, events

    assert fingerprint(tmp_path / "a.sqlite3") == fingerprint(tmp_path / "b.sqlite3")


def test_demo_refuses_a_database_with_data(demo_db) -> None:
    with pytest.raises(DemoError):
        generate_demo(demo_db, members=50)


def test_no_event_is_in_the_future(demo_db) -> None:
    with demo_db.session() as s:
        latest = s.execute(select(func.max(Event.ts))).scalar_one()
    assert latest < datetime.combine(DEMO_TODAY, datetime.min.time())


def _summaries(session) -> list[tuple]:
    rows = session.execute(select(MemberActivity).order_by(MemberActivity.member_id)).scalars().all()
    return [
        (
            a.member_id,
            a.first_message_at,
            a.last_message_at,
            a.messages,
            a.check_ins,
            a.purchases,
            round(a.spend, 2),
            a.last_purchase_at,
            a.first_purchase_at,
            a.invites,
        )
        for a in rows
    ]


def test_demo_summaries_equal_a_rebuild_from_events(demo_db) -> None:
    with demo_db.session() as s:
        before = _summaries(s)
        activity.rebuild_member_activity(s)
        s.expire_all()
        after = _summaries(s)
        s.rollback()
    assert len(before) == 400
    assert before == after


def test_demo_produces_every_kind_of_member(demo_db) -> None:
    with demo_db.session() as s:
        every = recall.compute(s, DEMO_TODAY, segments=["all"])
        counts = Counter(seg for item in every.items + every.excluded for seg in item.segments)
        kinds = set(s.execute(select(Event.kind).distinct()).scalars())
        inviters = s.execute(select(func.count(func.distinct(Member.inviter_id)))).scalar_one()
        repeat_buyers = s.execute(
            select(func.count()).select_from(MemberActivity).where(MemberActivity.purchases >= 2)
        ).scalar_one()
    for segment in ("active", "lurker", "freebie", "shallow_churn", "deep_churn", "repurchase_due", "left"):
        assert counts[segment] > 0, segment
    assert {"message", "join", "leave", "purchase", "check-in", "perk-claim", "invite", "click"} <= kinds
    assert inviters > 0 and repeat_buyers > 0


def test_demo_today_defaults_to_the_real_date(tmp_path) -> None:
    from core.db import open_database

    d = open_database(tmp_path / "today.sqlite3")
    generate_demo(d, members=20, seed=1)
    with d.session() as s:
        latest = s.execute(select(func.max(Event.ts))).scalar_one()
    d.close()
    assert latest.date() < date.today()


def test_demo_references_are_whole_and_foreign_keys_are_back_on(demo_db) -> None:
    # The generator loads with foreign keys off for speed; what it wrote must still pass the check.
    from core import db as dbmod

    with demo_db.engine.connect() as conn:
        assert dbmod.foreign_key_problems(conn) == []
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"


def test_a_failed_demo_leaves_the_database_empty_with_foreign_keys_on(db) -> None:
    def fail(fraction: float, _message: str) -> None:
        if fraction > 0.3:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        generate_demo(db, members=300, seed=1, today=DEMO_TODAY, progress=fail)
    assert collect(db).members == 0 and collect(db).events == 0
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_event_member_kind_ts" in names  # the dropped-for-load indexes came back with the rollback
