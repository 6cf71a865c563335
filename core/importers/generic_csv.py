"""A chat history in any CSV (or tab-separated) file, through a column mapping.

Required columns: time, sender, text; optional: group, sender_id, message_id, kind. Headers in Chinese or
English are recognised (``auto_mapping``); anything else is mapped by the user (GUI) or ``--map`` (CLI).
Encoding: UTF-8 (with or without BOM) or GBK/GB18030, as Chinese Excel saves CSV.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from core.importers.base import (
    BadRowError,
    ImportError_,
    MappingRequiredError,
    SourceInfo,
    TextReader,
    clean_name,
    decode_head,
    has_link,
    read_head,
)
from core.importers.memotrace import _kind_of_text
from core.importers.timeparse import TimeColumn

FORMAT = "csv"
FIELDS = ("time", "sender", "text", "group", "sender_id", "message_id", "kind")
REQUIRED = ("time", "sender", "text")
SYNONYMS = {
    "time": (
        "time",
        "timestamp",
        "datetime",
        "date",
        "sent",
        "sent at",
        "时间",
        "发送时间",
        "消息时间",
        "日期时间",
        "日期",
        "strtime",
        "createtime",
    ),
    "sender": (
        "sender",
        "from",
        "author",
        "name",
        "user",
        "nickname",
        "发送者",
        "发送人",
        "发言人",
        "昵称",
        "用户",
        "群昵称",
        "成员",
        "姓名",
        "用户名",
    ),
    "text": ("text", "message", "content", "body", "消息", "内容", "消息内容", "聊天内容", "发言内容", "文本"),
    "group": ("group", "chat", "group name", "群", "群名", "群聊", "群名称", "群组", "社群"),
    "sender_id": ("sender id", "sender_id", "user id", "user_id", "wxid", "微信号", "发送者id", "用户id"),
    "message_id": ("message id", "message_id", "msg id", "msgid", "消息id", "消息编号"),
    "kind": ("kind", "type", "message type", "类型", "消息类型"),
}
_KINDS = {
    "text": "text", "文本": "text", "文字": "text",
    "image": "image", "photo": "image", "图片": "image",
    "voice": "voice", "audio": "voice", "语音": "voice",
    "video": "video", "视频": "video",
    "sticker": "sticker", "emoji": "sticker", "表情": "sticker", "表情包": "sticker",
    "link": "link", "链接": "link", "file": "file", "文件": "file",
}  # fmt: skip


def sniff_encoding(path: Path) -> str:
    head = read_head(path)
    if decode_head(head, "utf-8") is not None:
        return "utf-8"
    if decode_head(head, "gb18030") is not None:
        return "gb18030"
    raise ImportError_(f"{path.name} is neither UTF-8 nor GBK text; save it as CSV UTF-8 and try again.")


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample.split("\n", 20)[0] if sample else ",", delimiters=",\t;")
    except csv.Error:
        return csv.excel


def auto_mapping(headers: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    lowered = {h: h.strip().lower().replace("_", " ") for h in headers}
    for field, names in SYNONYMS.items():
        for name in names:
            hit = next((h for h, low in lowered.items() if low == name.replace("_", " ")), None)
            if hit is not None and hit not in found.values():
                found[field] = hit
                break
    return found


def read_headers(path: Path, encoding: str | None = None) -> list[str]:
    encoding = encoding or sniff_encoding(path)
    with TextReader(path, encoding, what="CSV file") as reader:
        sample = decode_head(read_head(path), encoding) or ""
        return [h.strip() for h in next(csv.reader(reader.lines(), _dialect(sample)), [])]


def detect(head: str) -> float:
    first = head.split("\n", 1)[0]
    if first.count(",") >= 2 or first.count("\t") >= 2:
        headers = next(csv.reader([first], delimiter="\t" if first.count("\t") >= 2 else ","), [])
        mapping = auto_mapping(headers)
        return 0.6 if all(f in mapping for f in REQUIRED) else 0.3
    return 0.0


class GenericCsvSource:
    format = FORMAT

    def __init__(
        self,
        path: Path,
        mapping: dict[str, str] | None = None,
        encoding: str | None = None,
        date_order: str | None = None,
    ) -> None:
        self.path = path
        self.encoding = encoding or sniff_encoding(path)
        self.info = SourceInfo(format=FORMAT, platform="other", group_name=path.stem)
        self.self_key = None
        self.headers = read_headers(path, self.encoding)
        if len(self.headers) < 2:
            raise ImportError_(f"{path.name} does not look like a CSV file with a header row.")
        self.mapping = dict(mapping) if mapping else auto_mapping(self.headers)
        unknown = [c for c in self.mapping.values() if c not in self.headers]
        if unknown:
            raise ImportError_(f"{path.name} has no column named {', '.join(map(repr, unknown))}.")
        missing = [f for f in REQUIRED if f not in self.mapping]
        if missing:
            raise MappingRequiredError(self.headers, missing)
        self.date_order = date_order
        self._time = TimeColumn(date_order)
        if date_order is None:
            self._time.learn_order(self._column_values("time"))

    def _rows(self, reader: TextReader) -> Iterator[list[str]]:
        sample = decode_head(read_head(self.path), self.encoding) or ""
        rows = csv.reader(reader.lines(), _dialect(sample))
        next(rows, None)
        return rows

    def _column_values(self, field: str) -> Iterator[str]:
        i = self.headers.index(self.mapping[field])
        with TextReader(self.path, self.encoding, what="CSV file") as reader:
            for row in self._rows(reader):
                if len(row) > i:
                    yield row[i]

    def records(self, progress=None) -> Iterator:
        idx = {f: self.headers.index(c) for f, c in self.mapping.items()}
        i_time, i_sender, i_text = idx["time"], idx["sender"], idx["text"]
        i_group, i_sid, i_mid, i_kind = (idx.get(f) for f in ("group", "sender_id", "message_id", "kind"))
        need = max(idx.values()) + 1
        with TextReader(self.path, self.encoding, what="CSV file") as reader:
            row_no = 1
            for row in self._rows(reader):
                row_no += 1
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) < need:
                    raise BadRowError(row_no, f"expected at least {need} columns, found {len(row)}.")
                if row_no % 4096 == 0 and progress is not None:
                    progress(reader.fraction(), "")
                ts = self._time.parse(row[i_time], row_no)
                name = clean_name(row[i_sender])
                if not name:
                    raise BadRowError(row_no, "the sender is empty.")
                key = (row[i_sid].strip() if i_sid is not None else "") or name
                text = row[i_text]
                kind = None
                if i_kind is not None:
                    kind = _KINDS.get(row[i_kind].strip().lower())
                if kind is None:
                    kind = _kind_of_text(text) if text.startswith("[") else ("link" if has_link(text) else "text")
                if kind not in ("text", "link"):
                    text = ""
                group = row[i_group].strip() if i_group is not None and row[i_group].strip() else None
                msg_id = row[i_mid].strip() if i_mid is not None and row[i_mid].strip() else None
                yield (ts, key, name, text, kind, msg_id, group, None)
        if progress is not None:
            progress(1.0, "")
