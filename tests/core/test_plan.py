"""The content calendar: entries, moves and copies, series, templates, guidance, exports and the plan CLI."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import icalendar
import pypdf
import pytest

from core import content, plan, plan_export, plan_guide, plan_templates
from core.cli import parse, run
from core.models import Group
from tests.conftest import DEMO_TODAY


@pytest.fixture
def groups3(db):
    with db.session() as s:
        for name, stage in (("福利群1", "mature"), ("读书群", "growth"), ("VIP群", "mature")):
            s.add(Group(name=name, type="perks", stage=stage))
        s.commit()
    return db


def test_variables_are_filled_and_unknown_ones_kept() -> None:
    text = content.fill_variables("{群名}的家人们，{日期}{星期} {未知}", "福利群1", datetime(2026, 11, 25, 20, 0))
    assert text == "福利群1的家人们，11月25日星期三 {未知}"


def test_item_save_duplicate_filter_and_bad_input(groups3, tmp_path) -> None:
    db = groups3
    pid = content.save_product(db, "有机米粉", 89.0, "hit")
    item = content.save_item(
        db, content.ItemData(title="辅食攻略", body="{群名}", kind="post", tags="宝妈，新人", product_ids=[pid])
    )
    faq = content.save_item(db, content.ItemData(title="FAQ：发货", body="48小时内", kind="faq"))
    copy = content.duplicate_item(db, item)
    with db.session() as s:
        assert content.load_item(s, copy).product_ids == [pid]
        assert content.load_item(s, item).tags == "宝妈,新人"
        assert [r.id for r in content.content_items(s, kind="faq")] == [faq]
        assert {r.id for r in content.content_items(s, product_id=pid)} == {item, copy}
        assert [r.id for r in content.content_items(s, text="新人")] == [item, copy]
    with pytest.raises(content.ContentError):
        content.save_item(db, content.ItemData(title=" "))
    with pytest.raises(content.ContentError):
        content.save_item(db, content.ItemData(title="x", core="nonsense"))
    with pytest.raises(content.ContentError, match="does not exist"):
        content.import_image(db.path, tmp_path / "missing.png")
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as f:
        f.truncate(content.MAX_IMAGE_BYTES + 1)
    with pytest.raises(content.ContentError, match="MB"):
        content.import_image(db.path, huge)
    small = tmp_path / "a.png"
    small.write_bytes(b"\x89PNG fake")
    name = content.import_image(db.path, small)
    assert content.image_path(db.path, name).read_bytes() == b"\x89PNG fake"
    assert content.import_image(db.path, small) == name  # stored once


def test_move_copy_status_results_and_same_slot(groups3) -> None:
    db = groups3
    when = datetime(2026, 11, 23, 20, 0)
    a, b = plan.add_entries(db, [plan.NewEntry(1, when, "A"), plan.NewEntry(1, when, "B")])
    with db.session() as s:
        assert plan.same_slot_conflicts(s, 1, when, exclude=a) == ["B"]
        rows = plan.entries_between(s, date(2026, 11, 23), date(2026, 11, 30))
        warnings = plan_guide.balance(s, rows, date(2026, 11, 23)).warnings
    assert any(w.code == "same_slot" for w in warnings)
    assert any(w.code == "empty_day" and w.args[1] == "读书群" for w in warnings)
    plan.move_entries(db, [a], days=2, group_id=2, minutes=-30)
    plan.set_status(db, [b], "posted", now=datetime(2026, 11, 23, 20, 5))
    plan.set_results(db, b, campaign="双11", reach=100, orders=3)
    with pytest.raises(plan.PlanError):
        plan.set_results(db, b, reach=-1)
    new = plan.copy_days(db, date(2026, 11, 23), 7, date(2026, 11, 30))
    with db.session() as s:
        rows = {r.id: r for r in plan.entries_between(s, date(2026, 11, 23), date(2026, 12, 7))}
    assert rows[a].when == datetime(2026, 11, 25, 19, 30) and rows[a].group_id == 2
    assert rows[b].posted_at == datetime(2026, 11, 23, 20, 5) and rows[b].results["orders"] == 3
    assert len(new) == 2 and all(rows[n].status == "scheduled" and not rows[n].has_results for n in new)


def test_series_end_count_edit_one_or_all_and_bad_end(groups3) -> None:
    db = groups3
    data = plan.SeriesData(1, "周三直播答疑", time(20), date(2026, 11, 23), weekdays=(2,), count=4)
    sid, n = plan.create_series(db, data)
    assert n == 4
    with db.session() as s:
        rows = [r for r in plan.entries_between(s, date(2026, 11, 1), date(2027, 3, 1)) if r.series_id == sid]
    assert [r.when for r in rows] == [datetime(2026, 11, 25, 20) + timedelta(days=7 * i) for i in range(4)]
    plan.update_entry(db, rows[1].id, "特别场", datetime(2026, 12, 2, 21), 1, "scheduled")  # this one alone
    plan.set_status(db, [rows[0].id], "posted")
    data.time_of_day = time(19, 30)
    plan.update_series(db, sid, data, date(2026, 11, 23))
    with db.session() as s:
        after = {r.when: r.title for r in plan.entries_between(s, date(2026, 11, 1), date(2027, 3, 1))}
    assert after[datetime(2026, 11, 25, 20)] == "周三直播答疑"  # posted: kept
    assert after[datetime(2026, 12, 2, 21)] == "特别场"  # edited alone: kept
    assert datetime(2026, 12, 9, 19, 30) in after and datetime(2026, 12, 9, 20) not in after
    with pytest.raises(plan.PlanError, match="before it starts"):
        plan.create_series(db, plan.SeriesData(1, "x", time(8), date(2026, 12, 1), end_on=date(2026, 11, 1)))
    daily = plan.SeriesData(2, "每日打卡", time(8), date(2026, 12, 30), end_on=date(2027, 1, 2))
    assert plan.create_series(db, daily)[1] == 4  # across the year end


def test_templates_keep_wall_clock_across_dst_and_year_end(groups3) -> None:
    db = groups3
    # 2027-03-14 is the US DST change, 2026-12-31 a year end: times are wall-clock, dates added as days.
    ids = plan_templates.apply_template(db, "flash", date(2026, 12, 30), 1, campaign="元旦快闪")
    ids2 = plan_templates.apply_template(db, "challenge21", date(2027, 3, 1), 2)
    with db.session() as s:
        rows = plan.entries_between(s, date(2026, 12, 1), date(2027, 4, 1))
    flash = [r for r in rows if r.id in ids]
    assert flash[-1].when == datetime(2027, 1, 3, 10) and {r.campaign for r in flash} == {"元旦快闪"}
    challenge = sorted(r.when for r in rows if r.id in ids2 and "第" in r.title)
    assert all(w.time() == time(7, 30) for w in challenge) and len(challenge) == 21
    tid = plan_templates.save_week_as_template(db, "我的快闪周", date(2026, 12, 28), 1)
    again = plan_templates.apply_template(db, f"user:{tid}", date(2027, 2, 1), 3)
    assert len(again) == len([r for r in flash if r.when.date() < date(2027, 1, 4)])


def test_china_calendar_data_has_holidays_workdays_terms_and_festivals() -> None:
    assert {2025, 2026, 2027} <= set(plan_guide.calendar_years())
    notes = plan_guide.day_notes(date(2025, 1, 1), date(2028, 1, 1))
    kinds = lambda d: {(n.name, n.kind) for n in notes.get(d, [])}  # noqa: E731
    assert ("春节", "holiday") in kinds(date(2026, 2, 17))
    assert ("春节", "workday") in kinds(date(2026, 2, 14))  # 调休: a Saturday at work
    assert ("国庆节", "workday") in kinds(date(2025, 9, 28))
    assert ("清明", "term") in kinds(date(2026, 4, 5)) and ("冬至", "term") in kinds(date(2027, 12, 22))
    for year in (2025, 2026, 2027):
        terms = [d for d, ns in notes.items() if d.year == year and any(n.kind == "term" for n in ns)]
        assert len(terms) == 24
        assert ("双11", "festival") in kinds(date(year, 11, 11)) and ("618", "festival") in kinds(date(year, 6, 18))
    assert ("七夕", "festival") in kinds(date(2026, 8, 19))


def test_learning_ranks_and_suggests_best_slot(demo_db) -> None:
    with demo_db.session() as s:
        by_content = plan_guide.results_by_content(s)
        by_slot = plan_guide.results_by_slot(s)
        ranked = content.content_items(s, rank=True)
        best = plan_guide.best_slot(s, DEMO_TODAY)
    assert by_content[0].score >= by_content[-1].score and by_content[0].posts > 0
    assert by_slot[0].key[1] == 20  # the demo's evenings reach more
    scores = [r.avg_score for r in ranked if r.avg_score is not None]
    assert scores == sorted(scores, reverse=True) and ranked[0].uses > 0
    assert best is not None and best.date() == DEMO_TODAY


def test_exports_text_csv_ics_pdf_and_cli(demo_db_copy, tmp_path, capsys) -> None:
    db = demo_db_copy
    week = plan.week_start(DEMO_TODAY)
    iso = week.isocalendar()
    arg = f"{iso.year}-W{iso.week:02d}"
    outs = {}
    for fmt in ("text", "csv", "ics", "pdf"):
        outs[fmt] = tmp_path / f"w.{fmt}"
        assert (
            run(
                parse(["--db", str(db.path), "plan", "export", "--week", arg, "--format", fmt, "--out", str(outs[fmt])])
            )
            == 0
        )
    with db.session() as s:
        rows = plan_export.week_rows(s, week)
    assert rows and rows[0].title in outs["text"].read_text(encoding="utf-8")
    assert outs["csv"].read_text(encoding="utf-8-sig").startswith("日期,时间,群,标题")
    raw = outs["ics"].read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(rows)
    assert not any(c.errors for c in cal.walk())  # nothing the parser had to skip or guess
    assert all("DTSTAMP" in e and "UID" in e and "DTSTART" in e for e in events)
    assert str(events[0]["UID"]) == plan_export.uid(rows[0].id)
    assert events[0].decoded("DTSTART") == rows[0].when and rows[0].group in str(events[0]["SUMMARY"])
    again = icalendar.Calendar.from_ical(plan_export.to_ics(rows).encode())
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == [str(e["UID"]) for e in events]  # stable
    reader = pypdf.PdfReader(outs["pdf"])
    text = reader.pages[0].extract_text()
    assert "内容排期" in text and rows[0].group in text
    fonts = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    cjk = [f for f in fonts if "Qunzhu" in f["/BaseFont"]]
    # core.pdfdoc embeds the glyphs as a Type 3 font (the outlines are in the file) with a ToUnicode map.
    assert cjk and cjk[0]["/Subtype"] == "/Type3" and "/CharProcs" in cjk[0] and "/ToUnicode" in cjk[0]
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "entries": [
                    {"group": "宝妈福利群1", "at": "2026-11-30 20:00", "title": "好"},
                    {"group": "没有这个群", "at": "2026-11-30 20:00", "title": "坏"},
                ]
            }
        )
    )
    assert run(parse(["--db", str(db.path), "plan", "add", "--json", str(bad)])) == 1
    assert "entry 2" in capsys.readouterr().err
    good = tmp_path / "good.json"
    good.write_text(json.dumps([{"group": "宝妈福利群1", "at": "2026-11-30T21:15", "item": "FAQ：怎么退换货？"}]))
    assert run(parse(["--db", str(db.path), "plan", "add", "--json", str(good)])) == 0
    with db.session() as s:
        added = [r for r in plan.entries_between(s, date(2026, 11, 30), date(2026, 12, 1)) if r.when.minute == 15]
    assert [r.title for r in added] == ["FAQ：怎么退换货？"]  # the bad file added nothing
