"""留痕/MemoTrace exports of WeChat chats: the CSV (``localId,TalkerId,Type,…,Sender``) and the TXT.

CSV (utf-8-sig): one row per message. ``Type`` 1 text, 3 image, 34 voice, 43 video, 47 sticker, 49 app
messages (``SubType`` 5 link, 6 file, 57 quote…), 10000 system lines (invites, QR-code joins, removals,
recalls). ``Sender`` is the sender's wxid (stable across renames), ``Remark``/``NickName`` their names;
``IsSender`` 1 marks the person who made the export. ``localId`` is a row id of one local database shard, not
a message id (it repeats across MSG0.db, MSG1.db…), so messages are deduplicated by sender + time + content.

TXT: blocks of a ``StrTime Name`` line, the content lines and a blank line; system messages are a
``StrTime`` line followed by the text, or the text on the same line (older versions).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from core.importers.base import (
    SELF,
    BadRowError,
    ImportError_,
    Person,
    SourceInfo,
    SystemEvent,
    TextReader,
    clean_name,
    has_link,
)

CSV_COLUMNS = (
    "localId",
    "TalkerId",
    "Type",
    "SubType",
    "IsSender",
    "CreateTime",
    "Status",
    "StrContent",
    "StrTime",
    "Remark",
    "NickName",
    "Sender",
)
_TYPES = {1: "text", 3: "image", 34: "voice", 43: "video", 47: "sticker", 42: "other", 48: "other", 50: "other"}
_APP_SUBTYPES = {57: "text", 6: "file", 8: "sticker", 19: "other", 2000: "other", 2001: "other", 87: "text"}
_STRTIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$")
_TXT_HEADER = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(?: (.*))?$")
_PLACEHOLDERS = {
    "[图片]": "image",
    "[语音]": "voice",
    "[视频]": "video",
    "[表情包]": "sticker",
    "[动画表情]": "sticker",
    "[表情]": "sticker",
    "[文件]": "file",
    "[链接]": "link",
    "[音乐分享]": "link",
    "[小程序]": "link",
    "[视频号]": "link",
    "[位置分享]": "other",
    "[位置]": "other",
    "[名片]": "other",
    "[转账]": "other",
    "[红包]": "other",
    "[语音通话]": "other",
    "[视频通话]": "other",
    "[聊天记录]": "other",
}

# --- WeChat system lines ------------------------------------------------------------------------------
_Q = r'["“”]'
_NAME = r'([^"“”]+)'
_SYSTEM = [  # (pattern, action, channel, actor group, members group) — group numbers; "self" for 你
    (re.compile(rf"^{_Q}{_NAME}{_Q}邀请{_Q}{_NAME}{_Q}加入了群聊"), "join", "invited", 1, 2),
    (re.compile(rf"^你邀请{_Q}{_NAME}{_Q}加入了群聊"), "join", "invited", "self", 1),
    (re.compile(rf"^{_Q}{_NAME}{_Q}邀请你和{_Q}{_NAME}{_Q}加入了群聊"), "join", "invited", 1, 2),
    (re.compile(rf"^{_Q}{_NAME}{_Q}邀请你加入了群聊"), "join", "invited", 1, "self"),
    (re.compile(rf"^{_Q}{_NAME}{_Q}通过扫描{_Q}{_NAME}{_Q}分享的二维码加入群聊"), "join", "qr", 2, 1),
    (re.compile(rf"^{_Q}{_NAME}{_Q}通过扫描你分享的二维码加入群聊"), "join", "qr", "self", 1),
    (re.compile(rf"^{_Q}{_NAME}{_Q}通过{_Q}{_NAME}{_Q}分享的二维码加入群聊"), "join", "qr", 2, 1),
    (re.compile(rf"^{_Q}{_NAME}{_Q}通过扫描二维码加入群聊"), "join", "qr", None, 1),
    (re.compile(rf"^你通过扫描{_Q}{_NAME}{_Q}分享的二维码加入群聊"), "join", "qr", 1, "self"),
    (
        re.compile(rf"^{_Q}{_NAME}{_Q}通过{_Q}{_NAME}{_Q}(?:分享的|的)?(?:群聊)?(?:邀请)?链接加入(?:了)?群聊"),
        "join",
        "link",
        2,
        1,
    ),
    (re.compile(rf"^{_Q}{_NAME}{_Q}通过(?:群聊)?(?:邀请)?链接加入(?:了)?群聊"), "join", "link", None, 1),
    (re.compile(rf"^{_Q}{_NAME}{_Q}加入了群聊"), "join", None, None, 1),
    (re.compile(rf"^你将{_Q}{_NAME}{_Q}移出了群聊"), "removed", None, "self", 1),
    (re.compile(rf"^{_Q}{_NAME}{_Q}将{_Q}{_NAME}{_Q}移出了群聊"), "removed", None, 1, 2),
    (re.compile(rf"^你被{_Q}{_NAME}{_Q}移出群聊"), "removed", None, 1, "self"),
    (re.compile(rf"^{_Q}?{_NAME}{_Q}?退出了群聊"), "leave", None, None, 1),
]
_GROUP_MARK = re.compile(r"加入了?群聊|移出了?群聊|退出了群聊|修改群名为|群公告|群主|群聊邀请")
_RENAMED = re.compile(rf"修改群名为{_Q}(.+?){_Q}")
_TEMPLATE = re.compile(r"<template><!\[CDATA\[(.*?)\]\]></template>", re.S)
_LINK = re.compile(r'<link name="([^"]+)"[^>]*>(.*?)</link>', re.S)
_MEMBER = re.compile(
    r"<member>.*?<username><!\[CDATA\[(.*?)\]\]></username>.*?<nickname><!\[CDATA\[(.*?)\]\]></nickname>", re.S
)


def render_system(content: str) -> tuple[str, dict[str, str]]:
    """A system message as plain text, plus the wxids it names (newer WeChat writes an XML template)."""
    content = content.strip()
    ids: dict[str, str] = {}
    if content.startswith("<sysmsg") or "<template>" in content:
        m = _TEMPLATE.search(content)
        if not m:
            return "", ids
        text = m.group(1)
        for name, body in _LINK.findall(content):
            people = _MEMBER.findall(body)
            for username, nickname in people:
                ids[nickname] = username
            text = text.replace(f"${name}$", "、".join(nick for _u, nick in people))
        return text, ids
    content = content.replace("<![CDATA[", "").replace("]]>", "")
    content = re.sub(r"<a [^>]*>.*?</a>", "", content)
    return content.strip(), ids


def parse_system(ts: str, content: str, raw: str) -> tuple[SystemEvent | None, bool, str | None]:
    """(event or None, whether the line shows this is a group, a new group name or None)."""
    text, ids = render_system(content)
    is_group = bool(_GROUP_MARK.search(text))
    renamed = _RENAMED.search(text)
    new_name = renamed.group(1) if renamed else None
    for pattern, action, channel, actor_g, members_g in _SYSTEM:
        m = pattern.match(text)
        if not m:
            continue

        def people(g, m=m) -> list[Person]:
            if g == "self":
                return [Person(SELF, SELF)]
            if g is None:
                return []
            return [Person(n.strip(), ids.get(n.strip())) for n in m.group(g).split("、") if n.strip()]

        actors = people(actor_g)
        event = SystemEvent(
            ts=ts,
            action=action,
            members=people(members_g),
            actor=actors[0] if actors else None,
            channel=channel,
            raw=raw,
        )
        return event, True, new_name
    return None, is_group, new_name


def _group_from_filename(path: Path) -> str | None:
    stem = re.sub(r"(_utf8|_chat)$", "", path.stem)
    return stem or None


def _kind_of_text(text: str) -> str:
    first = text.split("\n", 1)[0].strip()
    kind = _PLACEHOLDERS.get(first)
    if kind is None and first.startswith("["):
        end = first.find("]")
        if end > 0:
            kind = _PLACEHOLDERS.get(first[: end + 1])
    if kind is not None:
        return kind
    return "link" if has_link(text) else "text"


class MemoTraceCsvSource:
    format = "memotrace-csv"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.info = SourceInfo(format=self.format, platform="wechat", group_name=_group_from_filename(path))
        self.self_key: str | None = None
        with TextReader(path, what="MemoTrace CSV export") as reader:
            header = next(csv.reader(reader.lines()), [])
        missing = [c for c in ("Type", "IsSender", "StrContent", "StrTime") if c not in header]
        if missing:
            raise ImportError_(
                f"{path.name} is not a MemoTrace (留痕) CSV export: the columns {', '.join(missing)} are missing "
                f"(found: {', '.join(header[:12]) or 'nothing'})."
            )

    @staticmethod
    def detect(head: str) -> float:
        first = head.split("\n", 1)[0]
        return 1.0 if all(c in first for c in ("localId", "StrContent", "StrTime", "IsSender")) else 0.0

    def records(self, progress=None) -> Iterator:
        with TextReader(self.path, what="MemoTrace CSV export") as reader:
            rows = csv.reader(reader.lines())
            header = next(rows)
            col = {name: i for i, name in enumerate(header)}
            i_type, i_sub, i_self = col["Type"], col.get("SubType"), col["IsSender"]
            i_time, i_text, i_created = col["StrTime"], col["StrContent"], col.get("CreateTime")
            i_remark, i_nick, i_sender = col.get("Remark"), col.get("NickName"), col.get("Sender")
            width = len(header)
            line = 1
            for row in rows:
                line += 1
                if not row or (len(row) == 1 and not row[0].strip()):
                    continue
                if len(row) < width:
                    raise BadRowError(line, f"expected {width} columns, found {len(row)}.")
                if line % 4096 == 0 and progress is not None:
                    progress(reader.fraction(), "")
                ts = self._ts(row[i_time], row[i_created] if i_created is not None else "", line)
                try:
                    mtype = int(row[i_type])
                    sub = int(row[i_sub] or 0) if i_sub is not None else 0
                except ValueError:
                    raise BadRowError(line, f"the message type {row[i_type]!r} is not a number.") from None
                content = raw = row[i_text]
                if mtype in (10000, 10002):
                    event, is_group, new_name = parse_system(ts, content, ts + content)
                    if is_group:
                        self.info.chat_type = "group"
                    if new_name:
                        self.info.notes.append(f"renamed:{new_name}")
                    if event is not None:
                        yield event
                    continue
                sender = row[i_sender].strip() if i_sender is not None else ""
                name = ""
                if i_remark is not None:
                    name = clean_name(row[i_remark])
                if not name and i_nick is not None:
                    name = clean_name(row[i_nick])
                name = name or sender
                key = sender or name
                if not key:
                    raise BadRowError(line, "the message has no sender (Sender, Remark and NickName are empty).")
                if row[i_self].strip() == "1" and self.self_key is None:
                    self.self_key = key
                if mtype == 49:
                    kind = _APP_SUBTYPES.get(sub, "link")
                else:
                    kind = _TYPES.get(mtype, "other")
                if kind == "text":
                    if content.lstrip().startswith("<"):
                        content = ""  # an XML payload (quotes): no readable text in this column
                    elif has_link(content):
                        kind = "link"
                elif kind != "link":
                    content = ""
                yield (ts, key, name, content, kind, None, None, f"{ts}{key}: {raw}")
        if progress is not None:
            progress(1.0, "")

    @staticmethod
    def _ts(strtime: str, created: str, line: int) -> str:
        m = _STRTIME.match(strtime.strip())
        if m:
            return strtime.strip() + ".000000"
        if created.strip().isdigit():
            return datetime.fromtimestamp(int(created)).isoformat(" ", "microseconds")
        raise BadRowError(line, f"cannot read the time {strtime!r} (expected YYYY-MM-DD HH:MM:SS).")


class MemoTraceTxtSource:
    format = "memotrace-txt"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.info = SourceInfo(format=self.format, platform="wechat", group_name=_group_from_filename(path))
        self.self_key = None
        with TextReader(path, what="MemoTrace TXT export") as reader:
            for line in reader.lines():
                if line.strip():
                    if not _TXT_HEADER.match(line.rstrip("\n")):
                        raise ImportError_(
                            f"{path.name} is not a MemoTrace (留痕) TXT export: it should start with a line like "
                            f"'2025-05-12 20:01:33 Name', not {line.strip()[:60]!r}."
                        )
                    break

    @staticmethod
    def detect(head: str) -> float:
        lines = [ln for ln in head.splitlines()[:60] if ln.strip()]
        if not lines or not _TXT_HEADER.match(lines[0]):
            return 0.0
        return 0.9 if sum(1 for ln in lines if _TXT_HEADER.match(ln)) >= 2 else 0.5

    def records(self, progress=None) -> Iterator:
        ts = rest = None
        body: list[str] = []
        n = 0
        with TextReader(self.path, what="MemoTrace TXT export") as reader:
            for line in reader.lines():
                line = line.rstrip("\n")
                m = _TXT_HEADER.match(line)
                if m is None:
                    if ts is not None:
                        body.append(line)
                    continue
                if ts is not None:
                    yield from self._block(ts, rest, body)
                ts, rest, body = m.group(1) + ".000000", m.group(2), []
                n += 1
                if n % 4096 == 0 and progress is not None:
                    progress(reader.fraction(), "")
            if ts is not None:
                yield from self._block(ts, rest, body)
        if progress is not None:
            progress(1.0, "")

    def _block(self, ts: str, rest: str | None, body: list[str]) -> Iterator:
        while body and not body[-1].strip():
            body.pop()
        while body and not body[0].strip():
            body.pop(0)
        if not rest or not body:  # a system message: alone on its line, or on the line after the time
            content = "\n".join(body) if not rest else rest
            event, is_group, _new = parse_system(ts, content, ts + content)
            if is_group:
                self.info.chat_type = "group"
            if event is not None:
                yield event
            return
        name = clean_name(rest)
        text = "\n".join(body)
        kind = _kind_of_text(text)
        yield (ts, name, name, text if kind in ("text", "link") else "", kind, None, None, ts + name + ": " + text)
