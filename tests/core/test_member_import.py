"""Member import and export with messy spreadsheets built here: encodings, keys, dates, phones, formulas, undo."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from core import cli, member_export
from core.db import open_database
from core.importers import batches
from core.importers import members as mi
from core.importers.base import ImportError_


@pytest.fixture(scope="module")
def _template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    open_database(path).close()  # migrated once; each test gets a copy (migrations take seconds)
    return path


@pytest.fixture
def db(_template: Path, tmp_path: Path):
    import shutil

    path = tmp_path / "test.sqlite3"
    shutil.copyfile(_template, path)
    database = open_database(path)
    yield database
    database.close()


HEADER = "昵称,微信号,手机,生日,来源,入群时间,等级,备注,标签,群名,宝宝年龄\n"
GOOD = (
    '小王,wx_wang,13800138000,2025/5/12,朋友圈,2025-05-12 10:00,黄金,老客户,"宝妈,高消费",读书会,3\n'
    "😀,,013912345678,5月12日,,45790,,,宝妈、新客,读书会,\n"
    "李四,wx_li,0755-12345678,2025-05-12,,,白银,,,,\n"
)


def write(tmp_path: Path, name: str, content: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


def q(db, sql: str):
    with db.engine.connect() as conn:
        return conn.execute(text(sql)).all()


def members(db) -> dict[str, tuple]:
    rows = q(db, "SELECT display_name, wechat_id, phone, birthday, joined_at, tier, notes FROM member ORDER BY id")
    return {r[0]: r[1:] for r in rows}


def test_import_creates_members_with_text_phones_dates_tags_groups_and_custom_fields(db, tmp_path) -> None:
    path = write(tmp_path, "会员.csv", HEADER + GOOD)
    s = mi.import_members(db, path)
    assert s.counts() == {"created": 3, "updated": 0, "unchanged": 0, "errors": 0}
    m = members(db)
    assert m["小王"] == ("wx_wang", "13800138000", "2025-05-12", "2025-05-12 10:00:00.000000", "gold", "老客户")
    assert m["😀"][1] == "013912345678"  # the leading zero survives; an emoji-only name is a name
    assert m["😀"][2] == f"{date.today().year}-05-12"  # 5月12日: this year
    assert m["😀"][3] == "2025-05-13 00:00:00.000000"  # an Excel serial day
    assert m["李四"][1] == "0755-12345678"
    tags = q(
        db,
        "SELECT m.display_name, t.name, d.name FROM member_tag mt JOIN member m ON m.id = mt.member_id "
        "JOIN tag t ON t.id = mt.tag_id JOIN tag_dimension d ON d.id = t.dimension_id ORDER BY 1, 2",
    )
    assert [(a, b) for a, b, _ in tags] == [("小王", "宝妈"), ("小王", "高消费"), ("😀", "宝妈"), ("😀", "新客")]
    assert {d for _, _, d in tags} == {mi.DEFAULT_TAG_DIMENSION}
    in_group = "SELECT COUNT(*) FROM membership m JOIN chat_group g ON g.id = m.group_id WHERE g.name = '读书会'"
    assert q(db, in_group) == [(2,)]
    assert q(db, "SELECT f.name, v.value FROM member_field_value v JOIN custom_field f ON f.id = v.field_id") == [
        ("宝宝年龄", "3")
    ]
    assert s.report is None and not default_report(path).exists()


def default_report(path: Path) -> Path:
    return mi.default_report_path(path)


def test_reimport_changes_nothing_then_an_edit_updates_and_undo_restores(db, tmp_path) -> None:
    path = write(tmp_path, "a.csv", HEADER + GOOD)
    first = mi.import_members(db, path)
    again = mi.import_members(db, path)
    assert again.counts() == {"created": 0, "updated": 0, "unchanged": 3, "errors": 0}
    assert again.batch_id is None  # nothing changed: no empty import in the history
    assert len(batches.list_batches(db)) == 1
    edited = write(tmp_path, "b.csv", HEADER + GOOD.replace("老客户", "VIP 老客户").replace("白银", "钻石")
                   + "新人,wx_new,,,,,,,宝妈,,\n")  # fmt: skip
    s = mi.import_members(db, edited, mi.ImportOptions(tag_everyone=("双十一",)))
    assert s.counts() == {"created": 1, "updated": 3, "unchanged": 0, "errors": 0}
    assert members(db)["小王"][5] == "VIP 老客户" and members(db)["李四"][4] == "diamond"
    assert q(db, "SELECT COUNT(*) FROM member_tag mt JOIN tag t ON t.id = mt.tag_id WHERE t.name = '双十一'") == [(4,)]
    batches.undo_batch(db, s.batch_id)
    m = members(db)
    assert "新人" not in m and m["小王"][5] == "老客户" and m["李四"][4] == "silver"
    assert q(db, "SELECT COUNT(*) FROM tag WHERE name = '双十一'") == [(0,)]
    assert q(db, "SELECT COUNT(*) FROM member_tag") == [(4,)]
    batches.undo_batch(db, first.batch_id)
    assert q(db, "SELECT COUNT(*) FROM member") == [(0,)]
    assert q(db, "SELECT COUNT(*) FROM chat_group") == [(0,)]
    assert q(db, "SELECT COUNT(*) FROM custom_field") == [(0,)]
    assert q(db, "SELECT COUNT(*) FROM tag_dimension") == [(0,)]


def test_custom_field_change_is_undone(db, tmp_path) -> None:
    mi.import_members(db, write(tmp_path, "a.csv", "昵称,微信号,宝宝年龄\n小王,wx1,3\n"))
    s = mi.import_members(db, write(tmp_path, "b.csv", "昵称,微信号,宝宝年龄\n小王,wx1,4\n"))
    assert s.updated == 1
    assert q(db, "SELECT value FROM member_field_value") == [("4",)]
    batches.undo_batch(db, s.batch_id)
    assert q(db, "SELECT value FROM member_field_value") == [("3",)]


def test_bad_rows_import_nothing_unless_skip_bad_and_always_write_a_report(db, tmp_path) -> None:
    content = (
        HEADER
        + GOOD
        + "小赵,wx_zhao,1.38E+10,,,,,,,,\n"  # Excel's scientific notation: digits lost
        + "小钱,wx_wang,13900000000,,,,,,,,\n"  # the same WeChat ID as row 2
        + "小孙,,,2025-13-45,,,,,,,\n"  # not a date
        + "小周,,,,,,铂金,,,,\n"  # not a tier
        + ",,,,,,,只有备注,,,\n"  # nothing to identify the row
    )
    path = write(tmp_path, "bad.csv", content)
    with pytest.raises(mi.BadRowsError) as info:
        mi.import_members(db, path)
    assert "5 row(s) have problems" in str(info.value)
    assert q(db, "SELECT COUNT(*) FROM member") == [(0,)]
    assert q(db, "SELECT COUNT(*) FROM import_batch") == [(0,)]
    with default_report(path).open(encoding="utf-8-sig") as fh:
        report = list(csv.reader(fh))
    assert report[0][0].startswith("row")
    by_row = {int(r[0]): r for r in report[1:]}
    assert sorted(by_row) == [5, 6, 7, 8, 9]
    assert by_row[5][1] == "手机" and "scientific notation" in by_row[5][3]
    assert by_row[6][1] == "微信号" and "row 2" in by_row[6][3]
    assert by_row[7][1] == "生日" and by_row[8][1] == "等级"
    s = mi.import_members(db, path, mi.ImportOptions(skip_bad=True, report=tmp_path / "elsewhere.csv"))
    assert s.counts() == {"created": 3, "updated": 0, "unchanged": 0, "errors": 5}
    assert (tmp_path / "elsewhere.csv").exists()
    assert q(db, "SELECT COUNT(*) FROM member") == [(3,)]


def test_dry_run_counts_and_changes_nothing(db, tmp_path) -> None:
    s = mi.import_members(db, write(tmp_path, "a.csv", HEADER + GOOD), mi.ImportOptions(dry_run=True))
    assert s.counts()["created"] == 3 and s.batch_id is None
    assert q(db, "SELECT COUNT(*) FROM member") == [(0,)]
    assert q(db, "SELECT COUNT(*) FROM tag") == [(0,)]


def test_gbk_and_bom_files_are_read(db, tmp_path) -> None:
    content = "姓名,手机号,备注\n张三,13800000001,老客户介绍的朋友\n李四,13800000002,喜欢读书\n"
    gbk = write(tmp_path, "gbk.csv", content, "gbk")
    assert mi.detect_encoding(gbk).encoding == "gb18030"
    bom = write(tmp_path, "bom.csv", "\ufeff昵称,微信号\n王五,wx5\n")
    assert mi.detect_encoding(bom).encoding == "utf-8-sig"
    assert mi.import_members(db, gbk).created == 2
    assert mi.import_members(db, bom).created == 1
    assert set(members(db)) == {"张三", "李四", "王五"}
    assert members(db)["张三"][5] == "老客户介绍的朋友"


def test_unclear_encoding_offers_candidates_never_korean(db, tmp_path) -> None:
    # Big5 (traditional Chinese) bytes: valid GB18030 too, but as GB they are rare characters.
    path = write(tmp_path, "big5.csv", "姓名,備註\n陳大文,喜歡讀書會\n黃小姐,購買過產品\n", "big5")
    guess = mi.detect_encoding(path)
    assert guess.encoding is None
    names = [c.encoding for c in guess.candidates]
    assert "big5" in names and not any("kr" in n or "949" in n for n in names)
    assert "陳大文" in next(c.preview for c in guess.candidates if c.encoding == "big5")
    with pytest.raises(mi.EncodingChoiceRequired):
        mi.import_members(db, path)
    assert mi.import_members(db, path, mi.ImportOptions(encoding="big5")).created == 2
    assert "陳大文" in members(db)


def test_mixed_encodings_are_read_line_by_line_and_undecodable_lines_are_bad_rows(db, tmp_path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("昵称,微信号\n小王,wx1\n".encode() + "小李,wx2\n".encode("gbk") + "小张,wx3\n".encode())
    assert mi.import_members(db, path).created == 3
    assert {"小王", "小李", "小张"} == set(members(db))
    bad = tmp_path / "bad.csv"
    bad.write_bytes("昵称,微信号\n小赵,wx4\n".encode() + b"\xff\xfe\xfd,wx5\n")
    with pytest.raises(mi.EncodingChoiceRequired):  # mostly UTF-8, one line neither: the user is asked
        mi.import_members(db, bad)
    s = mi.import_members(db, bad, mi.ImportOptions(skip_bad=True, encoding="utf-8"))
    assert s.counts() == {"created": 1, "updated": 0, "unchanged": 0, "errors": 1}
    assert s.problems[0].row == 3 and s.problems[0].code == "bad_text"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("header.csv", "昵称,微信号,手机\n".encode(), "no members under it"),
        ("blank.csv", b"\n\n  \n", "no rows"),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG image"),
        ("random.csv", bytes(range(256)) * 40, "binary data"),
        ("book.csv", b"PK\x03\x04" + b"\x00" * 100, "cannot be read as a workbook"),
    ],
)
def test_files_that_cannot_be_imported_say_why(db, tmp_path, name, content, message) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportError_) as info:
        mi.import_members(db, path)
    assert message.lower() in str(info.value).lower()
    assert q(db, "SELECT COUNT(*) FROM member") == [(0,)]


def test_header_below_a_title_row_and_auto_mapping(db, tmp_path) -> None:
    content = "会员名单 2025年5月\n\n序号,昵称,手机号码,Remark,入群日期,兴趣\n1,小王,13800000001,hi,2025/5/12,烘焙\n"
    path = write(tmp_path, "t.csv", content)
    info = mi.inspect_file(db, path)
    assert info.header_row == 3
    assert info.mapping == {
        "序号": "custom:序号",
        "昵称": "display_name",
        "手机号码": "phone",
        "Remark": "notes",
        "入群日期": "joined_at",
        "兴趣": "custom:兴趣",
    }
    assert info.samples[0][:2] == ["1", "小王"]


def test_mapping_from_the_command_line_is_remembered_and_checked(db, tmp_path) -> None:
    path = write(tmp_path, "m.csv", "客户名,联系,备用\n小王,13800000001,x\n")
    mapping = mi.parse_map_text("客户名=name，联系=phone,备用=ignore")
    assert mapping == {"客户名": "display_name", "联系": "phone", "备用": "ignore"}
    mi.import_members(db, path, mi.ImportOptions(mapping=mapping))
    assert members(db)["小王"][1] == "13800000001"
    assert q(db, "SELECT COUNT(*) FROM custom_field") == [(0,)]
    assert mi.inspect_file(db, path).mapping == mapping  # remembered for this header set
    assert mi.inspect_file(db, path).remembered
    with pytest.raises(mi.MappingError, match="mapped twice"):
        mi.parse_map_text("客户名=name,客户名=phone")
    with pytest.raises(mi.MappingError, match="both mapped to display_name"):
        mi.import_members(db, path, mi.ImportOptions(mapping={"客户名": "display_name", "联系": "display_name"}))
    with pytest.raises(mi.MappingError, match="no column"):
        mi.import_members(db, path, mi.ImportOptions(mapping={"电话": "phone"}))
    with pytest.raises(mi.MappingError, match="Unknown member field"):
        mi.parse_map_text("客户名=shoe size")


def test_match_order_and_name_matching(db, tmp_path) -> None:
    mi.import_members(db, write(tmp_path, "a.csv", "昵称,微信号,手机\n小王,wx1,13800000001\n小李,,\n"))
    # by phone (with +86 and spaces) when the WeChat ID is new; by exact name when there is nothing else
    content = "昵称,微信号,手机,备注\n王哥,wx9,+86 138 0000 0001,a\n小李,,,b\n"
    s = mi.import_members(db, write(tmp_path, "b.csv", content))
    assert s.counts() == {"created": 0, "updated": 2, "unchanged": 0, "errors": 0}
    assert members(db)["王哥"][:2] == ("wx9", "13800000001")
    # with names first, a row named 小李 with another WeChat ID is not the 小李 without one? It is: no conflict.
    s = mi.import_members(db, write(tmp_path, "c.csv", "昵称,微信号\n小李,wx_li\n"), mi.ImportOptions(keys=("name",)))
    assert s.updated == 1 and members(db)["小李"][0] == "wx_li"
    with pytest.raises(ImportError_, match="match keys"):
        mi.import_members(db, write(tmp_path, "d.csv", "昵称\nx\n"), mi.ImportOptions(keys=("email",)))


def test_duplicate_names_without_keys_and_ambiguous_names(db, tmp_path) -> None:
    s = mi.import_members(db, write(tmp_path, "a.csv", "昵称,微信号\n小王,\n小王,\n小王,wx1\n小王,wx2\n"),
                          mi.ImportOptions(skip_bad=True))  # fmt: skip
    assert s.counts() == {"created": 3, "updated": 0, "unchanged": 0, "errors": 1}
    assert s.problems[0].code == "dup_name" and s.problems[0].ref == "2"
    s = mi.import_members(db, write(tmp_path, "b.csv", "昵称,备注\n小王,?\n"), mi.ImportOptions(skip_bad=True))
    assert s.problems[0].code == "ambiguous_name"


def _xlsx(path: Path, rows: list[list]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_xlsx_numeric_cells_stay_digits(db, tmp_path) -> None:
    path = _xlsx(
        tmp_path / "m.xlsx",
        [
            ["昵称", "微信号", "手机", "生日", "入群时间", "勿扰"],
            ["小王", 12345678, 13800138000, datetime(1990, 5, 12), 45790.5, "是"],
            ["小李", "wx_li", 13800138001.0, 45790, datetime(2025, 5, 12, 9, 30), None],
            ["@小明", None, "'+8613800138002", None, None, "否"],
        ],
    )
    s = mi.import_members(db, path)
    assert s.counts()["created"] == 3
    m = members(db)
    assert m["小王"][:3] == ("12345678", "13800138000", "1990-05-12")
    assert m["小王"][3] == "2025-05-13 12:00:00.000000"
    assert m["小李"][1:4] == ("13800138001", "2025-05-13", "2025-05-12 09:30:00.000000")
    assert m["@小明"][1] == "+8613800138002"
    assert q(db, "SELECT display_name FROM member WHERE do_not_contact = 1") == [("小王",)]


def test_export_neutralises_formulas_masks_phones_and_round_trips(db, tmp_path) -> None:
    src = write(tmp_path, "a.csv", HEADER + GOOD + '=HYPERLINK("x"),wx_f,+8613900139000,,,,,@SUM(1),-负,,-5\n')
    mi.import_members(db, src)
    with db.session() as s:
        ids = member_export.all_member_ids(s)
        n = member_export.export_members(s, ids, None, tmp_path / "out.csv")
        member_export.export_members(s, ids, None, tmp_path / "full.csv", full_phones=True)
        member_export.export_members(s, ids, None, tmp_path / "full.xlsx", full_phones=True)
        member_export.export_members(s, ids[:1], ["display_name", "phone"], tmp_path / "two.csv")
    assert n == 4
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["昵称", "微信号", "手机"] and rows[0][-1] == "宝宝年龄"
    assert rows[1][2] == "138****8000"
    formula = rows[4]
    assert formula[0] == '\'=HYPERLINK("x")' and formula[2] == "'+86*******9000"
    assert formula[8] == "'@SUM(1)" and formula[9] == "'-负" and formula[12] == "'-5"
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for c in r)
    assert list(csv.reader((tmp_path / "two.csv").read_text("utf-8-sig").splitlines())) == [
        ["昵称", "手机"],
        ["小王", "138****8000"],
    ]
    for name in ("full.csv", "full.xlsx", "out.csv"):
        s = mi.import_members(db, tmp_path / name)
        assert s.counts() == {"created": 0, "updated": 0, "unchanged": 4, "errors": 0}, name


def test_export_errors(db, tmp_path) -> None:
    with db.session() as s, pytest.raises(member_export.ExportError, match=".csv or .xlsx"):
        member_export.export_members(s, [], None, tmp_path / "x.txt")
    with db.session() as s, pytest.raises(member_export.ExportError, match="Unknown column"):
        member_export.export_members(s, [], ["shoe"], tmp_path / "x.csv")


def test_cli_import_and_export_members(db, tmp_path, capsys) -> None:
    path = write(tmp_path, "a.csv", HEADER + GOOD + "坏,wx_wang,,,,,,,,,\n")
    base = ["--db", str(db.path)]
    code = cli.run(cli.parse([*base, "import", "members", str(path), "--json"]))
    assert code == cli.EXIT_ERROR
    assert json.loads(capsys.readouterr().out) == {"created": 3, "updated": 0, "unchanged": 0, "errors": 1}
    assert q(db, "SELECT COUNT(*) FROM member") == [(0,)]
    code = cli.run(cli.parse([*base, "import", "members", str(path), "--skip-bad", "--dry-run", "--json"]))
    assert code == 0 and q(db, "SELECT COUNT(*) FROM member") == [(0,)]
    capsys.readouterr()
    args = [*base, "import", "members", str(path), "--skip-bad", "--tag", "春季活动", "--map", "备注=ignore"]
    assert cli.run(cli.parse(args)) == 0
    out = capsys.readouterr().out
    assert "3 new members" in out
    assert q(db, "SELECT notes FROM member WHERE display_name = '小王'") == [("",)]
    tagged = "SELECT COUNT(*) FROM member_tag mt JOIN tag t ON t.id = mt.tag_id WHERE t.name = '春季活动'"
    assert q(db, tagged) == [(3,)]
    out_file = tmp_path / "export.xlsx"
    assert cli.run(cli.parse([*base, "export", "members", str(out_file), "--columns", "display_name,phone"])) == 0
    from openpyxl import load_workbook

    wb = load_workbook(out_file, read_only=True)
    values = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    wb.close()
    assert values[0] == ["昵称", "手机"] and ["小王", "138****8000"] in values
    assert cli.run(cli.parse([*base, "export", "members", str(tmp_path / "x.pdf")])) == cli.EXIT_ERROR


def test_cancel_through_progress_leaves_nothing(db, tmp_path) -> None:
    rows = "".join(f"成员{i},wx{i},138{i:08d}\n" for i in range(2500))
    path = write(tmp_path, "big.csv", "昵称,微信号,手机\n" + rows)
    seen = []

    class Stop(Exception):
        pass

    def progress(fraction: float, _message: str) -> None:
        seen.append(fraction)
        if len(seen) == 2:
            raise Stop

    with pytest.raises(Stop):
        mi.import_members(db, path, progress=progress)
    assert 0 < seen[0] <= seen[1] < 1
    assert q(db, "SELECT COUNT(*) FROM member") == [(0,)]
    assert q(db, "SELECT COUNT(*) FROM import_batch") == [(0,)]


def test_a_large_file_into_a_small_community_rebuilds_the_member_indexes(db, tmp_path, monkeypatch) -> None:
    """Member indexes are dropped for a big first import and built again in the same transaction: the same
    members, the same indexes afterwards, and a rolled-back import (bad rows, dry run) leaves them too."""
    from core.importers import member_writer

    def indexes() -> list[tuple]:
        return q(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'member' ORDER BY 1")

    before = indexes()
    assert len(before) >= 3
    monkeypatch.setattr(member_writer, "DROP_INDEXES_FROM", 2)  # "large" from two rows on
    dropped = []
    real = member_writer.dbmod.drop_indexes
    monkeypatch.setattr(member_writer.dbmod, "drop_indexes", lambda *a: dropped.append(1) or real(*a))
    bad = write(tmp_path, "bad.csv", HEADER + GOOD + "小周,,,,,,铂金,,,,\n")
    with pytest.raises(mi.BadRowsError):
        mi.import_members(db, bad)
    mi.import_members(db, bad, mi.ImportOptions(dry_run=True))
    assert indexes() == before and q(db, "SELECT COUNT(*) FROM member") == [(0,)]
    s = mi.import_members(db, write(tmp_path, "a.csv", HEADER + GOOD))
    assert dropped == [1, 1, 1]
    assert s.counts() == {"created": 3, "updated": 0, "unchanged": 0, "errors": 0}
    assert indexes() == before
    assert members(db)["小王"][:2] == ("wx_wang", "13800138000")
    plan = " ".join(r[3] for r in q(db, "EXPLAIN QUERY PLAN SELECT id FROM member WHERE phone = '13800138000'"))
    assert "ix_member_phone" in plan
    assert mi.import_members(db, write(tmp_path, "a.csv", HEADER + GOOD)).unchanged == 3  # nothing to insert
    assert dropped == [1, 1, 1]
