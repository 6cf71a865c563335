"""The points, checkin and tiers verbs of the command line."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert

from core.db import open_database
from core.models import Group, Member, Membership
from tests.core.test_cli import run_cli


def _world(path: Path) -> None:
    db = open_database(path)
    with db.transaction() as c:
        g = c.execute(insert(Group).values(name="福利群")).inserted_primary_key[0]
        for name in ("张三", "李四", "小美", "小美"):
            mid = c.execute(insert(Member).values(display_name=name, created_at=datetime(2026, 1, 1)))
            c.execute(insert(Membership).values(member_id=mid.inserted_primary_key[0], group_id=g))
    db.close()


def test_points_grant_deduct_balance_expire(tmp_path: Path, capsys) -> None:
    path = tmp_path / "p.sqlite3"
    _world(path)
    db = ["--db", str(path)]
    r = run_cli(capsys, *db, "points", "grant", "张三", "2", "--points", "120", "--reason", "活动", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"members": 2, "points": 120}
    r = run_cli(capsys, *db, "points", "deduct", "张三", "--points", "500")
    assert r.returncode == 1 and "张三 has 120 points" in r.stderr
    r = run_cli(capsys, *db, "points", "deduct", "张三", "--points", "20", "--json")
    assert json.loads(r.stdout) == {"member": 1, "balance": 100}
    r = run_cli(capsys, *db, "points", "grant", "小美", "--points", "5")
    assert r.returncode == 1 and "2 members are named “小美”" in r.stderr
    r = run_cli(capsys, *db, "points", "balance", "--json")
    assert [(x["name"], x["balance"]) for x in json.loads(r.stdout)] == [("李四", 120), ("张三", 100)]
    r = run_cli(capsys, *db, "points", "expire", "--json")
    assert json.loads(r.stdout) == {"members": 0, "points": 0}
    r = run_cli(capsys, *db, "tiers", "recompute", "--json")
    assert json.loads(r.stdout) == {"promoted": 0, "demoted": 0, "waiting": 0}  # grant already recomputed
    r = run_cli(capsys, *db, "points", "grant", "nobody", "--points", "5")
    assert r.returncode == 1 and "No member is named" in r.stderr


def test_checkin_from_a_pasted_list(tmp_path: Path, capsys) -> None:
    path = tmp_path / "c.sqlite3"
    _world(path)
    names = tmp_path / "names.txt"
    names.write_text("#接龙 今日打卡\n1. 张三\n2. 李四 打卡\n3. 小美\n4. 王五\n", encoding="utf-8")
    db = ["--db", str(path)]
    r = run_cli(capsys, *db, "checkin", "--group", "福利群", "--names", str(names), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert (out["names"], out["logged"], out["already"], out["unmatched"]) == (4, 2, 0, ["王五"])
    assert list(out["ambiguous"]) == ["小美"] and len(out["ambiguous"]["小美"]) == 2
    again = run_cli(capsys, *db, "checkin", "--group", "福利群", "--names", str(names))
    assert "0 check-ins logged, 2 already checked in" in again.stdout and "Not found: 王五" in again.stdout
    r = run_cli(capsys, *db, "checkin", "--group", "没有这个群", "--names", str(names))
    assert r.returncode == 1 and "no group named" in r.stderr
