"""Telegram Desktop chat exports (``result.json``), read as a stream: one message object at a time.

The file is ``{"name": …, "type": …, "id": …, "messages": [ … ]}``. Messages have ``type`` "message" or
"service", a local ``date`` (``2025-05-12T20:01:33``), ``from``/``from_id`` (``user123``), ``text`` as a
string or a list of strings and entity objects, and media fields (``photo``, ``media_type``, ``file``).
Service messages carry an ``action`` (invite_members, join_group_by_link, remove_members, create_group…)
with ``actor`` and ``members``. Message ids are unique in a chat, so they are the dedupe key.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from core.importers.base import (
    ImportError_,
    Person,
    PrivateChatError,
    SourceInfo,
    SystemEvent,
    TextReader,
    TruncatedFileError,
    clean_name,
    has_link,
)

PRIVATE_TYPES = {"personal_chat", "bot_chat", "saved_messages"}
_MEDIA = {
    "sticker": "sticker",
    "animation": "sticker",
    "voice_message": "voice",
    "audio_file": "voice",
    "video_file": "video",
    "video_message": "video",
}
_CHUNK = 1 << 20


class _Stream:
    """Just enough of a streaming JSON reader: the top-level object's keys, and an array item by item."""

    def __init__(self, reader: TextReader, path: Path) -> None:
        self.reader = reader
        self.path = path
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.decoder = json.JSONDecoder()

    def _fill(self, need: int = 1) -> bool:
        while len(self.buf) - self.pos < need and not self.eof:
            try:
                chunk = self.reader.text.read(_CHUNK)
            except UnicodeDecodeError as exc:
                from core.importers.base import encoding_error

                raise encoding_error(self.path, "Telegram export") from exc
            if not chunk:
                self.eof = True
                break
            self.buf = self.buf[self.pos :] + chunk
            self.pos = 0
        return len(self.buf) - self.pos >= need

    def peek(self) -> str:
        while True:
            if not self._fill(1):
                raise self.truncated()
            ch = self.buf[self.pos]
            if ch in " \t\r\n":
                self.pos += 1
                continue
            return ch

    def expect(self, ch: str) -> None:
        got = self.peek()
        if got != ch:
            raise ImportError_(f"{self.path.name} is not a valid Telegram export (expected {ch!r}, found {got!r}).")
        self.pos += 1

    def value(self):
        self.peek()
        need = 4096
        while True:
            self._fill(need)
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if not self.eof:  # probably cut at the buffer's end: read more and try again
                    need = (len(self.buf) - self.pos) * 2 + _CHUNK
                    continue
                if exc.pos >= len(self.buf) - 2 or exc.msg.startswith("Unterminated"):
                    raise self.truncated() from None
                raise ImportError_(f"{self.path.name} is not valid JSON ({exc.msg}, character {exc.pos}).") from None
            if end >= len(self.buf) and not self.eof:  # a number may go on in the next chunk
                need = len(self.buf) - self.pos + 1
                continue
            self.pos = end
            return value

    def truncated(self) -> TruncatedFileError:
        return TruncatedFileError(
            f"{self.path.name} ends in the middle (the export was interrupted or the file was cut). "
            "Export the chat again from Telegram Desktop and import the new result.json. Nothing was imported."
        )


class TelegramSource:
    format = "telegram"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.info = SourceInfo(format=self.format, platform="telegram")
        self.self_key = None
        self._header: dict = {}
        with TextReader(path, what="Telegram export") as reader:
            stream = _Stream(reader, path)
            if stream.peek() != "{":
                raise ImportError_(f"{path.name} is not a Telegram Desktop export (result.json): it is not JSON.")
            self._read_header(stream)

    @staticmethod
    def detect(head: str) -> float:
        start = head.lstrip()[:1]
        if start != "{":
            return 0.0
        if '"messages"' in head or ('"name"' in head and '"type"' in head and '"id"' in head):
            return 1.0
        return 0.2

    def _read_header(self, stream: _Stream) -> bool:
        """Read the top-level keys up to ``messages``; True if the messages array starts next."""
        stream.expect("{")
        while True:
            ch = stream.peek()
            if ch == "}":
                break
            if ch == ",":
                stream.pos += 1
                continue
            key = stream.value()
            stream.expect(":")
            if key == "messages":
                stream.expect("[")
                self._check_header()
                return True
            if key in ("chats", "personal_information", "left_chats", "contacts"):
                raise ImportError_(
                    f"{self.path.name} is a full Telegram account export. Export one group instead: open the "
                    "group in Telegram Desktop, ⋮ → Export chat history, format JSON."
                )
            self._header[key] = stream.value()
        self._check_header()
        return False

    def _check_header(self) -> None:
        if "type" not in self._header and "name" not in self._header:
            raise ImportError_(f"{self.path.name} is JSON but not a Telegram Desktop chat export (no name or type).")
        chat_type = self._header.get("type", "")
        self.info.group_name = self._header.get("name") or None
        if chat_type in PRIVATE_TYPES:
            self.info.chat_type = "private"
            raise PrivateChatError(
                f"{self.path.name} is a private chat with {self.info.group_name or 'someone'}, not a group. "
                "Export the group's chat history instead."
            )
        self.info.chat_type = "group" if chat_type else None

    def records(self, progress=None) -> Iterator:
        with TextReader(self.path, what="Telegram export") as reader:
            stream = _Stream(reader, self.path)
            self._header = {}
            if not self._read_header(stream):
                return
            n = 0
            while True:
                ch = stream.peek()
                if ch == "]":
                    stream.pos += 1
                    break
                if ch == ",":
                    stream.pos += 1
                    continue
                item = stream.value()
                n += 1
                if n % 2048 == 0 and progress is not None:
                    progress(reader.fraction(), "")
                if not isinstance(item, dict):
                    raise ImportError_(f"{self.path.name}: message {n} is not an object.")
                record = self._record(item, n)
                if record is not None:
                    yield record
            # the rest of the object must still be there: a file cut after the array is truncated too
            while True:
                ch = stream.peek()
                if ch == "}":
                    break
                if ch == ",":
                    stream.pos += 1
                    continue
                stream.value()
                stream.expect(":")
                stream.value()
        if progress is not None:
            progress(1.0, "")

    def _record(self, item: dict, n: int):
        date = item.get("date")
        if not isinstance(date, str) or len(date) < 16:
            raise ImportError_(f"{self.path.name}: message {n} has no readable date.")
        ts = date.replace("T", " ")[:19]
        if len(ts) == 16:
            ts += ":00"
        ts += ".000000"
        msg_id = str(item.get("id", ""))
        if item.get("type") == "service":
            return self._service(item, ts, msg_id)
        if item.get("type") != "message":
            return None
        name = clean_name(item.get("from") or "") or "Deleted Account"
        key = str(item.get("from_id") or name)
        text = _text(item.get("text", ""))
        if "photo" in item:
            kind = "image"
        elif item.get("media_type") in _MEDIA:
            kind = _MEDIA[item["media_type"]]
        elif "file" in item:
            kind = "file"
        elif "poll" in item or "location_information" in item or "contact_information" in item:
            kind = "other"
        elif _has_link_entity(item.get("text")) or has_link(text):
            kind = "link"
        else:
            kind = "text"
        return (ts, key, name, text, kind, msg_id or None, None, None)

    def _service(self, item: dict, ts: str, msg_id: str) -> SystemEvent | None:
        action = item.get("action")
        actor = Person(clean_name(item.get("actor") or ""), item.get("actor_id")) if item.get("actor") else None
        members = [Person(clean_name(m)) for m in item.get("members") or [] if isinstance(m, str) and m.strip()]
        raw = "id:" + msg_id
        if action in ("create_group", "invite_members", "migrate_from_group", "edit_group_title"):
            self.info.chat_type = "group"
        if action == "invite_members":
            if actor and len(members) == 1 and members[0].name == actor.name:
                return SystemEvent(ts, "join", [actor], None, "link", raw=raw)  # joined a public group
            members = [m for m in members if not (actor and m.name == actor.name)]
            return SystemEvent(ts, "join", members, actor, "invited", raw=raw) if members else None
        if action == "create_group":
            members = [m for m in members if not (actor and m.name == actor.name)]
            return SystemEvent(ts, "join", members, actor, "invited", raw=raw) if members else None
        if action in ("join_group_by_link", "join_group_by_request"):
            if actor is None:
                return None
            inviter = item.get("inviter")
            by = Person(clean_name(inviter)) if isinstance(inviter, str) and inviter != "Group" else None
            return SystemEvent(ts, "join", [actor], by, "link", raw=raw)
        if action == "remove_members":
            if actor and len(members) == 1 and members[0].name == actor.name:
                return SystemEvent(ts, "leave", [actor], None, raw=raw)
            return SystemEvent(ts, "removed", members, actor, raw=raw) if members else None
        return None


def _text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) for part in value)
    return ""


def _has_link_entity(value) -> bool:
    return isinstance(value, list) and any(
        isinstance(part, dict) and part.get("type") in ("link", "text_link") for part in value
    )
