"""core/moderation.py: the violation log, the rule ladder per group and the suggested next step, removals."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import insert, select

from core import moderation
from core.models import Event, Group, Member, Membership

TODAY = date(2026, 11, 22)


def _world(c) -> tuple[int, int, int]:
    g = c.execute(insert(Group).values(name="福利群")).inserted_primary_key[0]
    h = c.execute(insert(Group).values(name="快闪群")).inserted_primary_key[0]
    m = c.execute(insert(Member).values(display_name="广告哥", created_at=datetime(2026, 1, 1))).inserted_primary_key[0]
    c.execute(insert(Membership).values(member_id=m, group_id=g, joined_at=datetime(2026, 1, 1)))
    c.execute(insert(Membership).values(member_id=m, group_id=h, joined_at=datetime(2026, 1, 1)))
    return g, h, m


def test_the_ladder_suggests_warning_then_mute_then_removal(db) -> None:
    with db.transaction() as c:
        g, h, m = _world(c)
        assert moderation.suggest(c, m, g, TODAY).action == "warning"
        moderation.record(c, m, g, "advert", "warning", "发广告", at=datetime(2026, 11, 1))
        s = moderation.suggest(c, m, g, TODAY)
        assert (s.action, s.taken, s.last_step, s.window_days) == ("mute", 1, "warning", 90)
        moderation.record(c, m, g, "spam", "none", at=datetime(2026, 11, 2))  # let off: not a step
        assert moderation.suggest(c, m, g, TODAY).action == "mute"
        moderation.record(c, m, g, "spam", "mute", at=datetime(2026, 11, 3))
        assert moderation.suggest(c, m, g, TODAY).action == "removal"
        assert moderation.suggest(c, m, h, TODAY).action == "warning"  # another group's ladder starts over
        # Outside the 90-day window, the steps no longer count.
        assert moderation.suggest(c, m, g, date(2027, 3, 1)).action == "warning"
        rows = moderation.history(c, m)
        assert [(r.kind, r.action, r.group) for r in rows] == [
            ("spam", "mute", "福利群"), ("spam", "none", "福利群"), ("advert", "warning", "福利群"),
        ]  # fmt: skip


def test_a_group_ladder_overrides_the_community_one(db) -> None:
    with db.transaction() as c:
        g, h, m = _world(c)
        moderation.Ladder(["warning", "removal"], 30).save(c, g)  # 违规首次警告，二次清退
        moderation.record(c, m, g, "advert", "warning", at=datetime(2026, 11, 20))
        moderation.record(c, m, h, "advert", "warning", at=datetime(2026, 11, 20))
        assert moderation.suggest(c, m, g, TODAY).action == "removal"
        assert moderation.suggest(c, m, h, TODAY).action == "mute"
        assert moderation.Ladder.has_own(c, g) and not moderation.Ladder.has_own(c, h)
        moderation.Ladder.clear(c, g)
        assert moderation.Ladder.load(c, g) == moderation.Ladder()
        with pytest.raises(moderation.ModerationError):
            moderation.Ladder(["ban"], 30).save(c)
        with pytest.raises(moderation.ModerationError):
            moderation.Ladder([], 30).save(c)


def test_a_removal_can_record_leaving_the_group(db) -> None:
    with db.transaction() as c:
        g, h, m = _world(c)
        at = datetime(2026, 11, 21, 20)
        moderation.record(c, m, g, "abuse", "removal", "骂人", at=at, remove_from_group=True)
        stays = dict(c.execute(select(Membership.group_id, Membership.left_at)).all())
        assert stays == {g: at, h: None}
        assert c.execute(select(Member.left_at)).scalar_one() is None  # still in the other group
        removed = c.execute(select(Event.member_id, Event.group_id, Event.kind, Event.ts)).all()
        assert removed == [(m, g, "removed", at)]
        moderation.record(c, m, h, "abuse", "removal", at=at, remove_from_group=True)
        assert c.execute(select(Member.left_at, Member.exit_reason)).one() == (at, "removed")
        assert moderation.member_groups(c, m) == [(h, "快闪群", False), (g, "福利群", False)]


def test_bad_input_is_refused(db) -> None:
    with db.transaction() as c:
        g, _h, m = _world(c)
        for kind, action, extra in (
            ("bribe", "none", {}),
            ("spam", "ban", {}),
            ("spam", "mute", {"remove_from_group": True}),
        ):
            with pytest.raises(moderation.ModerationError):
                moderation.record(c, m, g, kind, action, **extra)
        with pytest.raises(moderation.ModerationError):
            moderation.record(c, 999, g, "spam", "none")
