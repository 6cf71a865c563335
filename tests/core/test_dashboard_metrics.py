"""Figures of a small community worked out by hand for 2026-W47 (Mon 16 – Sun 22 November 2026).

Group 读书群: owner 1 (not counted); m2 in since 10-01, 3 messages, orders 10-10 (30), 11-17 (100), 11-20 (50), one
check-in, invited m3 and m6; m3 joined 11-18, 1 message; m4 in since 09-01, left 11-17, silent; m5 in since 10-01,
order 11-18 (200) refunded 50 on 11-19; m6 joined 11-20 with 1 message on 11-20; m7 joined 11-25 (after the week)
but posted on 11-21 (a join date after the first message); m8 in the trash (posts, not counted).
Group LONG (a very long Chinese name): only m10, in since 10-01, 2 messages. NPS answers 10 (m2), 9 (m3), 7 (m5),
3 (anonymous).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest

from core import cli, dashboard, metrics, nps, report
from core.activity import rebuild_member_activity
from core.models import Event, Group, Member, Membership, PlanEntry

LONG = "一个名字非常非常长的中文宝妈育儿交流与好物分享社群第二分群"
WEEK = metrics.parse_period("2026-W47")


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.fixture
def community(db):
    with db.session() as s:
        a, b = Group(id=1, name="读书群"), Group(id=2, name=LONG)
        s.add_all([a, b])
        s.flush()
        spec = {  # id: (group, joined, left, role, trashed)
            1: (1, "2026-09-01 09:00", None, "owner", False),
            2: (1, "2026-10-01 09:00", None, "member", False),
            3: (1, "2026-11-18 10:00", None, "member", False),
            4: (1, "2026-09-01 09:00", "2026-11-17 08:00", "member", False),
            5: (1, "2026-10-01 09:00", None, "member", False),
            6: (1, "2026-11-20 10:00", None, "member", False),
            7: (1, "2026-11-25 10:00", None, "member", False),
            8: (1, "2026-10-01 09:00", None, "member", True),
            10: (2, "2026-10-01 09:00", None, "member", False),
        }
        for mid, (gid, joined, left, role, trashed) in spec.items():
            s.add(Member(id=mid, display_name=f"成员{mid}", role=role, joined_at=_dt(joined),
                         left_at=_dt(left) if left else None, deleted_at=_dt("2026-11-21 00:00") if trashed else None,
                         tier="gold" if mid == 2 else None, phone=f"1380000000{mid % 10}"))  # fmt: skip
            s.flush()
            s.add(Membership(member_id=mid, group_id=gid, joined_at=_dt(joined), left_at=_dt(left) if left else None))
            s.add(Event(member_id=mid, group_id=gid, kind="join", ts=_dt(joined)))
            if left:
                s.add(Event(member_id=mid, group_id=gid, kind="leave", ts=_dt(left)))
        events = [
            (1, 1, "message", "2026-11-17 20:00", None),
            (1, 1, "message", "2026-11-18 20:00", None),
            (2, 1, "message", "2026-11-16 20:05", None),
            (2, 1, "message", "2026-11-17 20:10", None),
            (2, 1, "message", "2026-11-19 21:00", None),
            (2, 1, "message", "2026-11-10 21:00", None),  # the week before
            (3, 1, "message", "2026-11-18 20:30", None),
            (6, 1, "message", "2026-11-20 20:30", None),
            (7, 1, "message", "2026-11-21 20:30", None),
            (8, 1, "message", "2026-11-18 20:30", None),
            (10, 2, "message", "2026-11-18 08:00", None),
            (10, 2, "message", "2026-11-19 08:00", None),
            (2, 1, "check-in", "2026-11-18 07:00", None),
            (2, 1, "purchase", "2026-10-10 12:00", 30.0),
            (2, 1, "purchase", "2026-11-17 12:00", 100.0),
            (2, 1, "purchase", "2026-11-20 12:00", 50.0),
            (5, 1, "purchase", "2026-11-18 12:00", 200.0),
            (5, 1, "refund", "2026-11-19 12:00", 50.0),
            (2, 1, "invite", "2026-11-18 10:00", None),
            (2, 1, "invite", "2026-11-20 10:00", None),
            (8, 1, "check-in", "2026-11-18 07:30", None),  # the trashed member's: not counted
            (8, 1, "invite", "2026-11-19 10:00", None),
        ]
        for mid, gid, kind, ts, amount in events:
            s.add(Event(member_id=mid, group_id=gid, kind=kind, ts=_dt(ts), amount=amount))
        s.add(PlanEntry(group_id=1, title="双11预热：会员专享价", scheduled_at=_dt("2026-11-18 20:00"), status="posted",
                        posted_at=_dt("2026-11-18 20:01"), campaign="双11", reach=200, opens=130, replies=5, shares=1,
                        clicks=40, carts=4, orders=2))  # fmt: skip
        s.commit()
        rebuild_member_activity(s)
        s.commit()
        for mid, score in ((2, 10), (3, 9), (5, 7), (None, 3)):
            nps.add_score(s, mid, score, date(2026, 11, 19))
    return db


def test_figures_of_the_hand_computed_week(community) -> None:
    with community.session() as s:
        f = metrics.figures(s, WEEK)
    assert set(metrics.FIGURE_KEYS) == set(f)
    expected = {
        "members_start": 4,  # m2, m4, m5, m10
        "members_end": 5,  # m2, m3, m5, m6, m10
        "joins": 2,  # m3, m6
        "leaves": 1,  # m4
        "net": 1,
        "present": 7,  # m2 m3 m4 m5 m6 m10, and m7 who posted before the join date
        "messages": 8,  # 3 + 1 + 1 + 1 + 2 (owner and trashed member left out)
        "speakers": 5,  # m2 m3 m6 m7 m10
        "speaking_rate": round(5 / 7, 4),
        "check_ins": 1,
        "orders": 3,
        "refunds": 1,
        "revenue": 300.0,  # 100 + 50 + 200 − 50
        "buyers": 2,
        "repeat_buyers": 1,
        "repeat_purchase_rate": 0.5,
        "clv": 165.0,  # (30 + 100 + 50 + 200 − 50) / 2 paying members
        "avg_days_between_orders": 20.5,  # m2: 10-10 → 11-20 is 41 days over 2 gaps
        "nps": 25,  # (2 promoters − 1 detractor) / 4 answers
        "nps_responses": 4,
        "promoters": 2,
        "passives": 1,
        "detractors": 1,
        "invites": 2,
        "inviters": 1,
        "fission_coefficient": 2.0,
        "open_rate": 0.65,  # 130 opens of 200 reached
    }
    assert {k: f[k] for k in expected} == expected


def test_one_member_group_and_empty_period(community) -> None:
    with community.session() as s:
        gid = dashboard.group_id_for(s, LONG)
        f = metrics.figures(s, WEEK, gid, LONG)
        empty = metrics.figures(s, metrics.parse_period("2020-W01"))
        with pytest.raises(metrics.PeriodError, match="no group"):
            dashboard.group_id_for(s, "没有这个群")
    assert (f["members_start"], f["members_end"], f["present"], f["speakers"], f["messages"]) == (1, 1, 1, 1, 2)
    assert f["speaking_rate"] == 1.0 and f["orders"] == 0 and f["repeat_purchase_rate"] is None and f["nps"] is None
    assert empty["members_end"] == 0 and empty["messages"] == 0
    assert empty["speaking_rate"] is None and empty["nps"] is None and empty["fission_coefficient"] is None
    assert empty["clv"] is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026-W48", date(2026, 11, 23), date(2026, 11, 30)),
        ("2026-11", date(2026, 11, 1), date(2026, 12, 1)),
        ("2026-12", date(2026, 12, 1), date(2027, 1, 1)),
        ("2026-Q4", date(2026, 10, 1), date(2027, 1, 1)),
        ("2026-11-01..2026-11-30", date(2026, 11, 1), date(2026, 12, 1)),
    ],
)
def test_periods(text: str, start: date, end: date) -> None:
    p = metrics.parse_period(text)
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("bad", ["", "2026-W54", "2026-13", "2026-11-30..2026-11-01", "last week"])
def test_bad_periods_say_why(bad: str) -> None:
    with pytest.raises(metrics.PeriodError):
        metrics.parse_period(bad)


def test_dashboard_data_and_click_through_ids(community) -> None:
    with community.session() as s:
        d = dashboard.load(s, WEEK, None, as_of=date(2026, 11, 22))
    assert d.figures["speakers"] == 5 and d.previous["period"] == "2026-W46"
    assert d.weeks[-1].start == date(2026, 11, 16) and len(d.weeks) == 12
    assert d.heatmap[0][20] == 1 and sum(map(sum, d.heatmap)) == 8  # Monday 20:05 (m2)
    assert d.best_times == [(0, 20, 1), (1, 20, 1), (2, 8, 1)]  # one message per cell: ties in week order
    assert sorted(d.silence["never_spoke"]) == [5]  # m4 left, m7 joins later, m8 is in the trash
    assert sorted(d.silence["active"]) == [2, 3, 6, 10]
    assert d.top_inviters == [(2, "成员2", 2)]
    assert d.funnels == [("双11", [200, 40, 4, 2])]  # click → cart 10%: under the 15% flag
    assert [p["title"] for p in d.top_posts] == ["双11预热：会员专享价"] and d.top_posts[0]["score"] == 48
    assert d.tiers["gold"] == 1 and d.tier_history is False
    mix = d.weekly_mix[-1]
    assert mix[1:] == (1, 4, 1)  # m2 active (3 messages); m3 m6 m7 m10 occasional; m5 silent (present 6 at week end)


def test_metrics_cli_prints_the_documented_keys(community, capsys) -> None:
    code = cli.run(cli.parse(["--db", str(community.path), "metrics", "--period", "2026-W47", "--json"]))
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    for key in ("members_start", "members_end", "joins", "leaves", "messages", "speakers", "speaking_rate", "orders",
                "revenue", "repeat_purchase_rate", "nps", "fission_coefficient"):  # fmt: skip
        assert key in out
    assert out["revenue"] == 300.0 and out["nps"] == 25
    code = cli.run(cli.parse(["--db", str(community.path), "metrics", "--period", "2026-W99"]))
    assert code == 1 and "no ISO week 99" in capsys.readouterr().err


def test_report_pdf_text_and_html(community, tmp_path: Path) -> None:
    out = tmp_path / "周报.pdf"
    report.make_report(community, "2026-W47", out, today=date(2026, 11, 22))
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    for expected in ("社群健康度报告 2026-W47", "关键指标", "发言率", "71%", "营收", "300", "NPS", "25", "建议行动",
                     "本期邀请最多的成员：成员2", "召回效果", "点击→加购转化率 10%", "双11预热：会员专享价",
                     "消息打开率", "65%"):  # fmt: skip
        assert expected in text
    html = tmp_path / "r.html"
    report.make_report(community, "2026-W47", html, group=LONG, today=date(2026, 11, 22))
    page = html.read_text(encoding="utf-8")
    assert LONG in page and "data:image/png;base64," in page and "100%" in page
    with pytest.raises(report.ReportError, match=".pdf or .html"):
        report.make_report(community, "2026-W47", tmp_path / "r.docx")


def test_nps_csv_import_is_all_or_nothing(community, tmp_path: Path) -> None:
    good = tmp_path / "nps.csv"
    good.write_text("昵称,评分\n成员3,10\n陌生人,6\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("手机号,评分\n13800000003,11\n13800000005,8\n", encoding="gbk")
    with community.session() as s:
        with pytest.raises(nps.NpsError, match="row 2"):
            nps.import_csv(s, bad, date(2026, 11, 20))
        assert len(nps.recent(s)) == 4
        result = nps.import_csv(s, good, date(2026, 11, 20))
        assert (result.added, result.matched) == (2, 1)
        f = metrics.figures(s, WEEK)
    assert (f["nps_responses"], f["promoters"], f["detractors"]) == (6, 3, 2)


def test_growth_card(community, tmp_path: Path) -> None:
    from core import growth_card

    with community.session() as s:
        f = growth_card.make_card(s, 2, 2026, tmp_path / "card.png", today=date(2026, 11, 22))
        with pytest.raises(growth_card.CardError):
            growth_card.year_figures(s, 999, 2026)
    assert (f.messages, f.check_in_days, f.invites, f.orders, f.tier) == (4, 1, 2, 3, "gold")
    assert f.spend == 180.0 and (tmp_path / "card.png").read_bytes()[:4] == b"\x89PNG"
    assert "今年你在群里分享了 4 次" in growth_card.sentences(f)
    assert growth_card.longest_streak([date(2026, 1, d) for d in (1, 2, 3, 5, 6)]) == 3


def test_tier_movement_reads_tier_change_events(community) -> None:
    """Convention shared with the points module: kind 'tier-change', ref = new tier, subtype = old tier."""
    with community.session() as s:
        s.add(Event(member_id=2, kind="tier-change", ts=_dt("2026-11-18 09:00"), ref="gold", subtype="silver"))
        s.add(Event(member_id=5, kind="tier-change", ts=_dt("2026-11-19 09:00"), ref="silver", subtype="gold"))
        s.add(Event(member_id=3, kind="tier-change", ts=_dt("2026-12-01 09:00"), ref="silver", subtype=None))  # later
        s.commit()
        d = dashboard.load(s, WEEK, None, as_of=date(2026, 11, 22))
        in_long = dashboard.load(s, WEEK, dashboard.group_id_for(s, LONG), as_of=date(2026, 11, 22))
    assert d.tier_history
    # gold: m2 moved up into it, m5 moved down out of it; nobody else is gold now
    assert d.tier_moves == [("silver", 0, 0, 0), ("gold", 1, 0, 1), ("diamond", 0, 0, 0)]
    assert in_long.tier_moves == [("silver", 0, 0, 0), ("gold", 0, 0, 0), ("diamond", 0, 0, 0)]


def test_a_period_in_progress_is_compared_with_as_many_days_before(community) -> None:
    with community.session() as s:
        d = dashboard.load(s, metrics.parse_period("2026-11"), None, as_of=date(2026, 11, 22))
    assert d.previous["period"] == "2026-10-01..2026-10-22"
    assert d.previous["orders"] == 1  # m2's order of 10-10
