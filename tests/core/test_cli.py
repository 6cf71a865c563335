"""The command line, run as a user runs it: a separate process."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from core import db as dbmod
from tests.conftest import ROOT


def qunzhu(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def run_cli(capsys, *args: str) -> subprocess.CompletedProcess:
    """The command line in this process (the same code path as ``main.py``, a second faster)."""
    from core import cli

    capsys.readouterr()
    code = cli.run(cli.parse(list(args)))
    out = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, out.out, out.err)


def test_demo_then_stats_json(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    made = qunzhu("--db", str(db), "demo", "--members", "300", "--today", "2026-11-22")
    assert made.returncode == 0, made.stderr
    out = qunzhu("--db", str(db), "stats", "--json")
    assert out.returncode == 0, out.stderr
    stats = json.loads(out.stdout)
    assert {"members", "groups", "tags", "events", "schema_revision"} <= set(stats)
    assert stats["members"] == 300
    assert stats["groups"] == 5
    assert stats["events"] > 3000
    assert stats["schema_revision"] == dbmod.head_revision()


def test_stats_on_a_new_path_creates_and_migrates_it(tmp_path: Path) -> None:
    db = tmp_path / "nested" / "fresh.sqlite3"
    out = qunzhu("--db", str(db), "stats", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["members"] == 0
    assert db.exists()


def test_bad_arguments_print_usage_and_exit_2(tmp_path: Path) -> None:
    for args in (["frobnicate"], ["demo", "--members", "lots"], ["demo", "--members", "0"], ["--nope"]):
        out = qunzhu("--db", str(tmp_path / "b.sqlite3"), *args)
        assert out.returncode == 2, args
        assert "usage:" in out.stderr


def test_version() -> None:
    from core import __version__

    out = qunzhu("--version")
    assert out.returncode == 0
    assert __version__ in out.stdout


def test_newer_schema_is_refused_with_a_message(tmp_path: Path) -> None:
    db = tmp_path / "future.sqlite3"
    assert qunzhu("--db", str(db), "stats").returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999future'")
    out = qunzhu("--db", str(db), "stats")
    assert out.returncode == 1
    assert "newer version of Qunzhu" in out.stderr


def test_demo_on_a_database_with_data_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "twice.sqlite3"
    assert qunzhu("--db", str(db), "demo", "--members", "50").returncode == 0
    again = qunzhu("--db", str(db), "demo", "--members", "50")
    assert again.returncode == 1
    assert "already has members" in again.stderr


def test_version_matches_pyproject() -> None:
    import tomllib

    from core import __version__

    with open(ROOT / "pyproject.toml", "rb") as fh:
        assert tomllib.load(fh)["project"]["version"] == __version__


def test_backup_restore_and_check_from_the_command_line(tmp_path: Path, capsys) -> None:
    db = tmp_path / "shop.sqlite3"
    assert run_cli(capsys, "--db", str(db), "demo", "--members", "120", "--today", "2026-11-22").returncode == 0
    out = run_cli(capsys, "--db", str(db), "backup", "--json")
    assert out.returncode == 0, out.stderr
    made = Path(json.loads(out.stdout)["backup"])
    assert made.parent == tmp_path / "backups" and made.exists()
    copy = tmp_path / "usb" / "copy.sqlite3"
    assert run_cli(capsys, "--db", str(db), "backup", "--out", str(copy)).returncode == 0
    listed = json.loads(run_cli(capsys, "--db", str(db), "backup", "--list", "--json").stdout)
    assert [(b["reason"], b["members"]) for b in listed] == [("manual", 120)]

    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM member WHERE id > 10")
    restored = run_cli(capsys, "--db", str(db), "restore", str(copy), "--json")
    assert restored.returncode == 0, restored.stderr
    result = json.loads(restored.stdout)
    assert result["members"] == 120 and "pre-restore" in result["safety_backup"]
    checked = run_cli(capsys, "--db", str(db), "check", "--json")
    assert checked.returncode == 0, checked.stdout
    report = json.loads(checked.stdout)
    assert report["ok"] and report["counts"]["member"] == 120 and report["schema_revision"] == dbmod.head_revision()


def test_check_and_restore_fail_with_a_message_and_exit_1(tmp_path: Path, capsys) -> None:
    from tests.helpers import corrupt

    db = tmp_path / "shop.sqlite3"
    assert run_cli(capsys, "--db", str(db), "demo", "--members", "120").returncode == 0
    text = tmp_path / "members.csv"
    text.write_text("姓名,手机\n张三,13800138000\n", encoding="utf-8")
    refused = run_cli(capsys, "--db", str(db), "restore", str(text))
    assert refused.returncode == 1 and "not a Qunzhu database" in refused.stderr
    corrupt(db)
    checked = run_cli(capsys, "--db", str(db), "check")
    assert checked.returncode == 1
    assert "PROBLEMS" in checked.stdout and "integrity_check failed" in checked.stdout
    assert run_cli(capsys, "--db", str(tmp_path / "missing.sqlite3"), "check").returncode == 1


def test_import_chat_json_twice_list_and_undo(tmp_path: Path) -> None:
    from tests.core import chat_fixtures as fx

    db = str(tmp_path / "i.sqlite3")
    export = fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID)
    first = qunzhu("--db", db, "import", "chat", str(export), "--json")
    assert first.returncode == 0, first.stderr
    counts = json.loads(first.stdout)
    keys = ("messages", "events", "members_created", "aliases_matched", "joins", "leaves", "duplicates_skipped")
    assert tuple(counts) == keys
    assert (counts["messages"], counts["joins"], counts["leaves"]) == (9, 3, 2)
    again = json.loads(qunzhu("--db", db, "import", "chat", str(export), "--json").stdout)
    assert again["events"] == 0 and again["messages"] == 9 and again["duplicates_skipped"] > 0
    history = json.loads(qunzhu("--db", db, "import", "list", "--json").stdout)
    assert [b["id"] for b in history] == [2, 1] and history[1]["group"] == "读书会"
    undone = qunzhu("--db", db, "import", "undo", "1", "--json")
    assert undone.returncode == 0, undone.stderr
    assert json.loads(undone.stdout)["events_deleted"] == counts["events"]
    assert json.loads(qunzhu("--db", db, "stats", "--json").stdout)["events"] == 0


def test_import_errors_exit_1_and_write_nothing(tmp_path: Path) -> None:
    from tests.core import chat_fixtures as fx

    db = str(tmp_path / "e.sqlite3")
    truncated = fx.write_telegram(tmp_path, cut=0.5)
    out = qunzhu("--db", db, "import", "chat", str(truncated), "--json")
    assert out.returncode == 1 and "ends in the middle" in out.stderr and out.stdout == ""
    ambiguous = fx.write(tmp_path, "WhatsApp Chat with x.txt", fx.WHATSAPP_AMBIGUOUS)
    out = qunzhu("--db", db, "import", "chat", str(ambiguous))
    assert out.returncode == 1 and "--date-order" in out.stderr
    assert qunzhu("--db", db, "import", "chat", str(ambiguous), "--date-order", "dmy").returncode == 0
    out = qunzhu("--db", db, "import", "undo", "99")
    assert out.returncode == 1 and "no import number 99" in out.stderr
    stats = json.loads(qunzhu("--db", db, "stats", "--json").stdout)
    assert stats["events"] == 3  # only the import that worked


def test_import_no_create_and_orders(tmp_path: Path) -> None:
    from tests.core import chat_fixtures as fx

    db = str(tmp_path / "o.sqlite3")
    export = fx.write_memotrace_csv(tmp_path)
    out = json.loads(qunzhu("--db", db, "import", "chat", str(export), "--no-create", "--json").stdout)
    assert out["members_created"] == 0 and out["events"] == 0
    orders = tmp_path / "orders.csv"
    rows = [
        "订单号,付款时间,买家昵称,手机号,实付金额,订单状态",
        "A1,2025-05-01 10:00,李四,13800138000,10,交易成功",
        "A2,2025-05-02 10:00,李四,13800138000,5,已退款",
    ]
    orders.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = qunzhu("--db", db, "import", "orders", str(orders), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["orders"], summary["events"], summary["excluded"], summary["spend"]) == (2, 1, 1, 10.0)


def test_export_members_of_a_saved_view(capsys, demo_db_copy, tmp_path) -> None:
    import csv

    from core.members import MemberFilter, save_view, search_ids

    with demo_db_copy.session() as s:
        save_view(s, "深流失", MemberFilter(states=["deep_churn"]))
        expected = len(search_ids(s, MemberFilter(states=["deep_churn"])))
    out = tmp_path / "deep.csv"
    db = str(demo_db_copy.path)
    done = run_cli(capsys, "--db", db, "export", "members", str(out), "--filter", "深流失", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["members"] == expected
    with out.open(encoding="utf-8-sig") as fh:
        assert sum(1 for _ in csv.reader(fh)) == expected + 1
    done = run_cli(capsys, "--db", db, "export", "members", str(out), "--filter", "没有这个视图")
    assert done.returncode == 1 and "没有这个视图" in done.stderr and "深流失" in done.stderr
