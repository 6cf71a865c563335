"""The chat import's two ways through a list of messages give the same database.

Runs of messages in time order, of one group and new to it, go through ``pipeline._Sorted`` a column at a time;
everything else message by message. Each file here is imported with the column path on and off, into fresh
databases, and every row of every table the import writes must be the same, ids included. The files mix what
sends messages down the other path: repeats, timestamps going backwards, system lines between messages, a
second import that overlaps the first, groups alternating line by line."""

from __future__ import annotations

import csv
import json
import random
import sqlite3
from pathlib import Path

import pytest

from core.db import open_database
from core.importers import pipeline
from core.importers.base import Messages, batched
from core.importers.pipeline import ChatOptions, import_chat

TABLES = ("event", "member", "member_alias", "membership", "member_week", "hour_stat", "member_activity", "chat_group")


def _whatsapp(path: Path, n: int, seed: int, start_day: int = 1) -> Path:
    rng = random.Random(seed)
    names = [f"成员{i}" for i in range(60)] + ["Dr: Who", "Anna", "~ Lily"]
    words = ["好的", "打卡 第3天", "今日签到", "https://shop.example.com/x", "<Media omitted>", "image omitted",
             "IMG-1.jpg (file attached)", "a: b", "嗯", "(笑)", "www.example.org"]  # fmt: skip
    lines = ['01/02/2025, 08:00 - 群主 created group "测试群"']
    # kinds first met in another order than the alphabet's: the order rows are written in must follow the file
    lines += [f"01/02/2025, 08:01 - Anna: {w}" for w in ("好的", "<Media omitted>", "https://a.example", "打卡")]
    lines.append("01/02/2025, 08:01 - You: 嗯")  # the exporter: no owner yet, so left out (the other path)
    minute = start_day * 1440
    for _ in range(n):
        minute += rng.random() < 0.4
        if rng.random() < 0.0005:
            minute -= 7  # goes backwards
        day, rest = divmod(minute, 1440)
        head = f"{1 + day % 28:02d}/{2 + day // 28:02d}/2025, {rest // 60:02d}:{rest % 60:02d} - "
        r = rng.random()
        if r < 0.001:
            lines.append(head + f"{rng.choice(names[:60])} joined using this group's invite link")
        elif r < 0.0015:
            lines.append(head + f"群主 removed {rng.choice(names[:60])}")
        else:
            line = head + f"{rng.choice(names)}: {rng.choice(words)}"
            if rng.random() < 0.03:
                line += "\nsecond line 打卡"
            lines.append(line)
            if rng.random() < 0.01:
                lines.append(line)  # the same message twice at the same time
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _telegram(path: Path, n: int) -> Path:
    rng = random.Random(5)
    messages = [
        {"id": 0, "type": "message", "date": "2025-04-30T23:00:00", "from": "U1", "from_id": "user1", "text": "hi"}
    ]
    for i in range(n):
        u = rng.randint(1, 40)
        date = f"2025-05-{1 + i // 2000:02d}T{i % 2000 // 100:02d}:{i % 100 // 2:02d}:00"
        if i % 700 == 3:
            messages.append({"id": i + 1, "type": "service", "date": date, "actor": f"U{u}", "actor_id": f"user{u}",
                             "action": "invite_members", "members": [f"U{u + 50}"], "text": ""})  # fmt: skip
        else:
            text = rng.choice(["hi", "签到", ["see ", {"type": "link", "text": "https://x.org"}], "打卡了"])
            messages.append({"id": i + 1, "type": "message", "date": date, "from": f"U{u}", "from_id": f"user{u}",
                             "text": text})  # fmt: skip
    data = {"name": "Big Club", "type": "private_supergroup", "id": 9, "messages": messages}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _csv_two_groups(path: Path, n: int) -> Path:
    rng = random.Random(3)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["时间", "发送者", "内容", "群名"])
        w.writerows([["2025-05-31 23:00:00", "人1", t, "甲群"] for t in ("好", "[图片]", "http://a.b")])
        for i in range(n):
            r = i + 3  # lists of 4,096 (``batched``): two of one group, one of the other, then they alternate
            group = "甲群" if r < 8192 else "乙群" if r < 12288 or r % 2 else "甲群"
            ts = f"2025-06-{1 + i // 5000:02d} {i % 5000 // 250:02d}:{i % 250 // 5:02d}:00"
            text = rng.choice(["好", "打卡", "[图片]", "http://a.b"])
            w.writerow([ts, f"人{rng.randint(0, 30)}", text, group])
    return path


def _rows(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in TABLES:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')") if r[1] != "created_at"]
            order = ", ".join(str(i + 1) for i in range(len(cols)))
            out[table] = conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}").fetchall()
        return out
    finally:
        conn.close()


def _import_all(tmp_path: Path, name: str, steps, columns: bool, monkeypatch) -> tuple[list, dict]:
    monkeypatch.setattr(pipeline, "COLUMNS", columns)
    # rows written every 1,000 (not 20,000): many writes, so the order rows take within one is tested often,
    # and lists of messages are cut where the writes fall
    monkeypatch.setattr(pipeline, "FLUSH_ROWS", 1000)
    path = tmp_path / f"{name}-{columns}.sqlite3"
    database = open_database(path)
    try:
        summaries = []
        for file, options in steps:
            s = import_chat(database, file, options).as_json()
            s.pop("batch_id")
            summaries.append(s)
    finally:
        database.close()
    return summaries, _rows(path)


@pytest.mark.parametrize("case", ["whatsapp", "whatsapp-overlap", "telegram", "csv-two-groups", "many-keywords"])
def test_columns_and_messages_give_the_same_rows(tmp_path: Path, monkeypatch, case: str) -> None:
    dmy = ChatOptions(date_order="dmy")
    files = tmp_path / "files"
    files.mkdir()
    if case == "whatsapp":
        steps = [(_whatsapp(files / "WhatsApp Chat with 测试群.txt", 9000, 1), dmy)]
    elif case == "whatsapp-overlap":
        first = _whatsapp(files / "WhatsApp Chat with 测试群.txt", 6000, 2)
        lines = first.read_text(encoding="utf-8").splitlines()
        later = files / "WhatsApp Chat with 测试群 (2).txt"  # the second half again, then new messages
        later.write_text("\n".join(lines[len(lines) // 2 :]) + "\n", encoding="utf-8")
        with later.open("a", encoding="utf-8") as fh:
            fh.write(_whatsapp(files / "more.txt", 5000, 3, start_day=60).read_text(encoding="utf-8"))
        steps = [(first, dmy), (later, dmy), (first, dmy)]
    elif case == "telegram":
        steps = [(_telegram(files / "result.json", 9000), ChatOptions())]
    elif case == "csv-two-groups":
        steps = [(_csv_two_groups(files / "groups.csv", 15000), ChatOptions())]
    else:
        words = ("打卡", "签到", "second", "https")  # more than three: the regular expression
        steps = [
            (
                _whatsapp(files / "WhatsApp Chat with 测试群.txt", 9000, 4),
                ChatOptions(date_order="dmy", checkin_keywords=words),
            )
        ]
    by_columns = _import_all(tmp_path, case, steps, True, monkeypatch)
    by_messages = _import_all(tmp_path, case, steps, False, monkeypatch)
    assert by_columns[0] == by_messages[0]  # the summaries
    assert by_columns[0][0]["messages"] > 5000 and by_columns[0][0]["check_ins"] > 0
    for table in TABLES:
        assert by_columns[1][table] == by_messages[1][table], table
    assert len(by_columns[1]["event"]) > 5000


def test_the_column_path_is_taken(tmp_path: Path, monkeypatch) -> None:
    """The comparison above means something only if both paths run: a file in time order without repeats goes
    through ``_Sorted`` as a whole."""
    rows = []
    original = pipeline._Sorted.add

    def counting(self, ts, *args):
        rows.append(len(ts))
        return original(self, ts, *args)

    monkeypatch.setattr(pipeline._Sorted, "add", counting)
    path = tmp_path / "WhatsApp Chat with 群.txt"
    lines = [
        f"{1 + i // 1440:02d}/05/2025, {i % 1440 // 60:02d}:{i % 60:02d} - 人{i % 7}: 第{i}条" for i in range(9000)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    database = open_database(tmp_path / "t.sqlite3")
    try:
        summary = import_chat(database, path, ChatOptions(date_order="dmy"))
    finally:
        database.close()
    assert summary.messages == 9000 and summary.events == 9000
    assert sum(rows) == 9000 and len(rows) >= 3  # in lists, several


def test_batched_keeps_the_order_of_messages_and_system_events() -> None:
    from core.importers.base import SystemEvent

    event = SystemEvent(ts="2025-01-01 00:00:00.000000", action="join", members=[])
    recs = [("t1", "a", "a", "x", "text", None, None, "s1"), event, ("t2", "b", "b", "y", "text", "7", "g", None)]
    recs += [(f"t{i}", "c", "c", "z", "text", None, None, f"s{i}") for i in range(3, 8)]
    out = list(batched(iter(recs), size=3))
    assert [type(o).__name__ for o in out] == ["Messages", "SystemEvent", "Messages", "Messages"]
    assert [len(o) for o in out if isinstance(o, Messages)] == [1, 3, 3]
    flat = [r for o in out if isinstance(o, Messages) for r in o.rows()]
    assert flat == [r for r in recs if isinstance(r, tuple)]
    columns = Messages(["t"], ["k"], ["k"], ["x"], ["text"])
    assert list(columns.rows()) == [("t", "k", "k", "x", "text", None, None, None)]
