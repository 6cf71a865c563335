"""WhatsApp "Export chat" .txt files (Android and iOS, any date order, 12- or 24-hour clock).

Android: ``12/05/2025, 20:01 - Name: text``; iOS: ``[12/05/2025, 20:01:33] Name: text``. The date order and
the clock follow the phone's locale, so the first lines are read once to learn them: a day above 12 settles
the order, and if nothing in the file does, the caller must say (``AmbiguousDateOrderError``) rather than
have us guess wrong. A message may span lines; system lines (joins, adds, leaves, removals) have no
``Name:`` on Android and a bidi mark after the group's name on iOS.

A sender name may itself contain ": ". Lines are split at the first ": " unless a longer candidate is a name
already known (from join lines, or aliases saved by an earlier import); when every message of a sender "A"
continues with the same "B: ", the sender is really "A: B" and the pipeline is told to fix it
(``sender_fixes``). The dedupe key hashes the whole ``Name: text`` remainder, so it does not depend on the split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from core.importers.base import (
    SELF,
    AmbiguousDateOrderError,
    ImportError_,
    Messages,
    MixedFormatError,
    Person,
    SourceInfo,
    SystemEvent,
    TextReader,
    clean_name,
    encoding_error,
    has_link,
)

FORMAT = "whatsapp"
DATE_ORDERS = ("dmy", "mdy", "ymd")

_DATE = r"(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
_TIME = (
    r"((?:上午|下午|凌晨|中午|晚上|早上)?\s?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:[\s\u202f\u00a0]?(?:[AaPp]\.?\s?[Mm]\.?|午前|午後))?)"
)
ANDROID = re.compile(r"^\u200e?" + _DATE + r",?\s" + _TIME + r"\s[-–]\s(.*)$")
IOS = re.compile(r"^\u200e?\[" + _DATE + r",?\s" + _TIME + r"\]\s(.*)$")
# Any line that starts like a message header of either style (to catch files mixing formats).
LOOSE = re.compile(r"^\u200e?\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s.{0,8}?\d{1,2}[:.]\d{2}")
_TIME_PARTS = re.compile(
    r"^(上午|下午|凌晨|中午|晚上|早上)?\s?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?"
    r"(?:[\s\u202f\u00a0]?([AaPp])\.?\s?[Mm]\.?|[\s\u202f\u00a0]?(午前|午後))?$"
)

_MEDIA = {
    "<Media omitted>": "other",
    "<media omitted>": "other",
    "<附件已省略>": "other",
    "<省略影音内容>": "other",
    "<Multimedia omitido>": "other",
    "<Médias omis>": "other",
    "<Medien ausgeschlossen>": "other",
    "image omitted": "image",
    "video omitted": "video",
    "audio omitted": "voice",
    "sticker omitted": "sticker",
    "GIF omitted": "sticker",
    "document omitted": "file",
    "Contact card omitted": "other",
    "图片已忽略": "image",
    "视频已忽略": "video",
    "音频已忽略": "voice",
    "贴图已忽略": "sticker",
    "文档已忽略": "file",
    "This message was deleted": "other",
    "This message was deleted.": "other",
    "You deleted this message.": "other",
    "You deleted this message": "other",
    "此消息已删除": "other",
    "你删除了此消息": "other",
    "null": "other",
}
_MEDIA_LONGEST = max(map(len, _MEDIA))
BATCH_LINES_MASK = 4095  # messages are handed to the pipeline in lists of up to 4,096 lines' worth
_ODD_START = ("\u200e", "<")  # attachments, bidi-marked iOS lines, edits: the slow path
_ODD_END = (")", ">")
_ATTACHED = {"IMG": "image", "PTT": "voice", "AUD": "voice", "VID": "video", "STK": "sticker", "DOC": "file"}
_EDITED = ("<This message was edited>", "<已编辑此消息>")  # a tuple: str.endswith takes it

_YOU = {"You", "you", "你", "您"}
_SPLIT_NAMES = re.compile(r",\s*|\s+and\s+|、|\s*和\s*")
# (pattern, action, channel); groups: actor and members, or just the member
_SYSTEM = [
    (re.compile(r"^(.+?) added (.+)$"), "join", "invited"),
    (re.compile(r"^(.+?) joined using this group's invite link$"), "join", "link"),
    (re.compile(r"^(.+?) joined using a group link$"), "join", "link"),
    (re.compile(r"^(.+?) joined via invite link$"), "join", "link"),
    (re.compile(r"^(.+?) joined from the community$"), "join", "link"),
    (re.compile(r"^(.+?) joined$"), "join", None),
    (re.compile(r"^(.+?) were added$"), "join", "invited"),
    (re.compile(r"^(.+?) was added$"), "join", "invited"),
    (re.compile(r"^(.+?) removed (.+)$"), "removed", None),
    (re.compile(r"^(.+?) left$"), "leave", None),
    (re.compile(r"^(.+?)\s?添加了\s?(.+)$"), "join", "invited"),
    (re.compile(r"^(.+?)\s?已通过此群组的邀请链接加入$"), "join", "link"),
    (re.compile(r"^(.+?)\s?通过此群组的邀请链接加入(?:了群组)?$"), "join", "link"),
    (re.compile(r"^(.+?)\s?已加入$"), "join", None),
    (re.compile(r"^(.+?)\s?移除了\s?(.+)$"), "removed", None),
    (re.compile(r"^(.+?)\s?(?:已退出|退出了群组|已离开)$"), "leave", None),
]
_GROUP_ONLY = re.compile(
    r"(?: created group | changed the subject | changed this group's | changed the group | added | removed |"
    r" left$| joined using this group's|创建了群组|更改了群组|添加了|移除了|已退出|邀请链接)"
)
_CREATED = re.compile(r'^(?:.+?) created group ["“](.+)["”]$|^(?:.+?)\s?创建了群组\s?["“「](.+)["”」]$')
_FILE_NAME = re.compile(
    r"^(?:WhatsApp Chat (?:with|mit|con|avec|com|met|-) |WhatsApp 聊天 - |与)(.+?)(?:的 ?WhatsApp 聊天)?$"
)


def detect(head: str) -> float:
    lines = [ln for ln in head.splitlines()[:40] if ln.strip()]
    if not lines:
        return 0.0
    hits = sum(1 for ln in lines if ANDROID.match(ln) or IOS.match(ln))
    return hits / len(lines) if hits >= 1 else 0.0


def _style(lines: Iterable[str]) -> re.Pattern:
    android = ios = 0
    for ln in lines:
        if ANDROID.match(ln):
            android += 1
        elif IOS.match(ln):
            ios += 1
    return IOS if ios > android else ANDROID


def _date_fields(text: str) -> tuple[int, int, int]:
    a, b, c = (int(x) for x in re.split(r"[./-]", text))
    return a, b, c


class WhatsAppSource:
    def __init__(self, path: Path, date_order: str | None = None, known_names: Iterable[str] = ()) -> None:
        if date_order is not None and date_order not in DATE_ORDERS:
            raise ImportError_(f"Unknown date order {date_order!r}: use one of {', '.join(DATE_ORDERS)}.")
        self.path = path
        self.known = {n for n in known_names if ": " in n}
        self.info = SourceInfo(format=FORMAT, platform="whatsapp")
        self.date_order = date_order
        self.fixes: list[tuple[str, str, int]] = []
        self._senders: dict[str, str] = {}
        self._prescan()

    # -- learning the locale ------------------------------------------------------------------------
    def _prescan(self) -> None:
        head: list[str] = []
        with TextReader(self.path, what="WhatsApp export") as reader:
            for line in reader.lines():
                head.append(line.rstrip("\n"))
                if len(head) >= 200:
                    break
            self.style = _style(head)
            if not any(self.style.match(ln) for ln in head):
                raise ImportError_(
                    f"{self.path.name} is not a WhatsApp chat export: no line looks like "
                    "'12/05/2025, 20:01 - Name: text' or '[12/05/2025, 20:01:33] Name: text'."
                )
            twelve = None
            for ln in head:
                m = self.style.match(ln)
                if m:
                    t = m.group(2)
                    twelve = bool(re.search(r"[AaPp]\.?\s?[Mm]|上午|下午|凌晨|中午|晚上|早上|午前|午後", t))
                    break
            self.twelve_hour = bool(twelve)
            self.fast = self._fast_pattern(head)
            if self.date_order is None:
                self.date_order = self._infer_order(head, reader)
        self.info.group_name = self._group_name(head)

    def _fast_pattern(self, head: list[str]) -> re.Pattern:
        """A narrower header pattern for this file's exact date separator and 24-hour clock (~20% faster to
        match a million lines); any other header shape then shows up as a mixed-format line. (Matching the
        header alone and slicing the rest off the line costs more than the pattern's ``(.*)$``: measured.)"""
        if self.twelve_hour:
            return self.style
        first = next(m for m in map(self.style.match, head) if m)
        sep = re.escape(next((c for c in first.group(1) if not c.isdigit()), "/"))
        date = rf"(\d{{1,4}}{sep}\d{{1,2}}{sep}\d{{1,4}})"
        clock = r"(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
        if self.style is IOS:
            return re.compile(r"^\u200e?\[" + date + r",?\s" + clock + r"\]\s(.*)$")
        return re.compile(r"^\u200e?" + date + r",?\s" + clock + r"\s[-–]\s(.*)$")

    def _infer_order(self, head: list[str], reader: TextReader) -> str:
        example = None

        def verdict(line: str) -> str | None:
            nonlocal example
            m = self.style.match(line)
            if not m:
                return None
            a, b, c = _date_fields(m.group(1))
            if a > 31:
                return "ymd"
            example = example or m.group(1)
            if a > 12 >= b:
                return "dmy"
            if b > 12 >= a:
                return "mdy"
            return None

        for ln in head:
            v = verdict(ln)
            if v:
                return v
        previous = ""
        for line in reader.lines():  # the rest of the file, only while still undecided
            start = line[:12]
            if start == previous:  # same date as the line before: nothing new to learn
                continue
            previous = start
            v = verdict(line)
            if v:
                return v
        raise AmbiguousDateOrderError(example or "?")

    def _group_name(self, head: list[str]) -> str | None:
        for ln in head:
            m = self.style.match(ln)
            if not m:
                continue
            rest = m.group(3)
            i = rest.find(": \u200e")
            if self.style is IOS and i > 0 and _GROUP_ONLY.search(rest[i + 3 :]):
                return clean_name(rest[:i])  # iOS attributes system lines to the group
            c = _CREATED.match(rest)
            if c:
                return (c.group(1) or c.group(2)).strip()
        stem = self.path.stem
        f = _FILE_NAME.match(stem)
        if f:
            return f.group(1).strip()
        return None if stem.lower() in ("_chat", "chat", "whatsapp") else stem

    # -- conversions (cached: a file has few distinct dates and times) --------------------------------
    def _date(self, text: str) -> str:
        a, b, c = _date_fields(text)
        if self.date_order == "ymd":
            y, mo, d = a, b, c
        elif self.date_order == "dmy":
            d, mo, y = a, b, c
        else:
            mo, d, y = a, b, c
        if y < 100:
            y += 2000
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            order = {"dmy": "day/month", "mdy": "month/day", "ymd": "year/month/day"}[self.date_order]
            raise ImportError_(
                f"The date {text!r} is not a valid {order} date. If the phone used another date order, "
                "choose it (command line: --date-order)."
            )
        return f"{y:04d}-{mo:02d}-{d:02d} "

    def _time(self, text: str, lineno: int) -> str:
        m = _TIME_PARTS.match(text.strip())
        if not m:
            raise ImportError_(f"Line {lineno}: cannot read the time {text!r}.")
        zh, h, mi, s, ap, ja = m.groups()
        h, mi = int(h), int(mi)
        marker = zh or ap or ja
        if bool(marker) != self.twelve_hour:
            raise MixedFormatError(
                f"Line {lineno}: the time {text!r} uses a different clock (12/24-hour) from the rest of the file. "
                "Is it two exports pasted together? Import them one by one."
            )
        if marker:
            pm = marker in ("p", "P", "下午", "晚上", "午後") or (marker == "中午" and h < 11)
            if h == 12:
                h = 0 if marker in ("a", "A", "午前", "凌晨", "上午", "早上") else 12
            elif pm:
                h += 12
        if h > 23 or mi > 59:
            raise ImportError_(f"Line {lineno}: {text!r} is not a valid time.")
        return f"{h:02d}:{mi:02d}:{int(s or 0):02d}.000000"

    # -- reading -------------------------------------------------------------------------------------
    def records(self, progress=None) -> Iterator:
        """Messages (tuples) and SystemEvents, in file order."""
        for item in self.batches(progress):
            if item.__class__ is Messages:
                yield from item.rows()
            else:
                yield item

    def batches(self, progress=None) -> Iterator:
        """The same records in file order, messages gathered in ``Messages`` columns (of up to 4,096 lines:
        ``BATCH_LINES_MASK``); a SystemEvent comes alone, after the messages before it."""
        with TextReader(self.path, what="WhatsApp export") as reader:
            try:
                yield from self._records(reader, progress)
            except UnicodeDecodeError as exc:
                raise encoding_error(self.path, "WhatsApp export") from exc
        if progress is not None:
            progress(1.0, "")

    def _records(self, reader: TextReader, progress) -> Iterator:
        # The hot loop of the 1M-message benchmark: single-line messages are finished here, inline.
        match = self.fast.match
        ios = self.style is IOS
        dates: dict[str, str] = {}
        times: dict[str, str] = {}
        known = self.known
        # senders with a message that has no further ": " → their sender key (one lookup a message for both)
        plain: dict[str, str] = {}
        plain_get = plain.get
        seconds: dict[str, dict[str, int]] = {}  # sender → first segment of messages that do → count
        message = self._message
        media_get = _MEDIA.get
        longest = _MEDIA_LONGEST  # longer texts are no media marker: not hashed for the look-up
        senders = self._senders  # name as written → sender key (cleaned, or SELF)
        ts = name = text = rest = sender = None
        last_d = last_t = None  # the date and time text of the last header: most lines repeat the minute
        colon = False
        extra: list[str] | None = None
        lineno = 0
        # the columns of ``Messages`` (a sender's name is their key here, no message has an id or a group)
        ts_l: list[str] = []
        key_l: list[str] = []
        text_l: list[str] = []
        kind_l: list[str] = []
        src_l: list[str] = []
        add_ts, add_key, add_text = ts_l.append, key_l.append, text_l.append
        add_kind, add_src = kind_l.append, src_l.append

        # The header's start (date, time, separator) of the last header line: a line that starts with the same
        # text is a header with the same date and time (the pattern can only match it that way), read without
        # the regex. Most lines of a chat repeat the minute of the line before.
        prefix = None
        plen = 0
        for line in reader.text:
            lineno += 1
            if line[:plen] == prefix:
                m = None
                new_rest = line[plen:-1] if line[-1] == "\n" else line[plen:]
            elif (m := match(line)) is None:
                if ts is None:
                    if line.strip():
                        raise ImportError_(f"Line {lineno} is not a WhatsApp message: {line.strip()[:60]!r}")
                    continue
                if LOOSE.match(line) and (" - " in line or "] " in line):
                    raise MixedFormatError(
                        f"Line {lineno} is a message header in another date or time format than the rest "
                        f"of the file: {line.strip()[:60]!r}. Is it two exports pasted together? "
                        "Import them one by one."
                    )
                if extra is None:
                    extra = []
                extra.append(line.rstrip("\n"))
                continue
            if name is not None:
                if extra is not None or colon:
                    rec = message(ts, name, text, extra, rest)
                    add_ts(rec[0])
                    add_key(rec[1])
                    add_text(rec[3])
                    add_kind(rec[4])
                    add_src(rec[7])
                else:
                    kind = media_get(text) if len(text) <= longest else None
                    if kind is None:
                        # = text.startswith(_ODD_START) or text.endswith(_ODD_END), without two method calls
                        # (their argument parsing alone costs ~700 instructions each) nor, mostly, slices
                        if ("<" in text or ")" in text or ">" in text or "\u200e" in text) and (
                            text[:1] in "<\u200e" or text[-1:] in ")>"
                        ):
                            rec = message(ts, name, text, None, rest)
                            add_ts(rec[0])
                            add_key(rec[1])
                            add_text(rec[3])
                            add_kind(rec[4])
                            add_src(rec[7])
                            name = None
                        elif ("http" in text or "www." in text) and has_link(text):
                            kind = "link"
                        else:
                            kind = "text"
                    if name is not None:  # ``sender`` was looked up with the line (a plain message)
                        add_ts(ts)
                        add_key(sender)
                        add_text(text)
                        add_kind(kind)
                        add_src(ts + rest)
                name = None
            extra = None
            if not lineno & BATCH_LINES_MASK:
                if ts_l:
                    yield Messages(ts_l, key_l, key_l, text_l, kind_l, None, None, src_l)
                    ts_l, key_l, text_l, kind_l, src_l = [], [], [], [], []
                    add_ts, add_key, add_text = ts_l.append, key_l.append, text_l.append
                    add_kind, add_src = kind_l.append, src_l.append
                if progress is not None and not lineno & 8191:
                    progress(reader.fraction(), "")
            if m is None:  # the same header start as the last header: the same ``ts``
                rest = new_rest
            else:
                d, t, rest = m.groups()
                plen = m.start(3)
                prefix = line[:plen]
                if t != last_t or d != last_d:  # else the same ``ts`` as the line before (one string for both)
                    day = dates.get(d)
                    if day is None:
                        day = dates[d] = self._date(d)
                    clock = times.get(t)
                    if clock is None:
                        clock = times[t] = self._time(t, lineno)
                    ts = day + clock
                    last_d, last_t = d, t
            name, sep, text = rest.partition(": ")  # one call (find + two slices cost three, and more)
            i = len(name) if sep else -1
            if i > 0 and '"' in name and not ios:
                if _system_with_colon(rest):
                    i = -1  # e.g. 'Alice created group "Book: Club"': a system line, not a message from 'Alice…"Book'
            if i < 0 or (ios and text[:1] == "\u200e" and _ios_system(text)):
                body = text if i >= 0 else rest
                name = None
                event = self._system(ts, body.strip("\u200e").strip(), rest)
                if event is not None:
                    for p in event.members:
                        if ": " in p.name:
                            known.add(p.name)
                    if ts_l:  # the messages before it first: the order of the file is kept
                        yield Messages(ts_l, key_l, key_l, text_l, kind_l, None, None, src_l)
                        ts_l, key_l, text_l, kind_l, src_l = [], [], [], [], []
                        add_ts, add_key, add_text = ts_l.append, key_l.append, text_l.append
                        add_kind, add_src = kind_l.append, src_l.append
                    yield event
                continue
            if known and rest.count(": ") > 1:
                j = rest.rfind(": ")
                while j > i:
                    if rest[:j] in known:
                        i = j
                        name = rest[:i]
                        text = rest[i + 2 :]
                        break
                    j = rest.rfind(": ", 0, j)
            colon = ": " in text
            if colon:
                second = text.split(": ", 1)[0]
                per = seconds.setdefault(name, {})
                per[second] = per.get(second, 0) + 1
            else:
                sender = plain_get(name)
                if sender is None:
                    sender = plain[name] = senders.get(name) or _sender(name, senders)
        if name is not None:
            rec = message(ts, name, text, extra, rest)
            add_ts(rec[0])
            add_key(rec[1])
            add_text(rec[3])
            add_kind(rec[4])
            add_src(rec[7])
        if ts_l:
            yield Messages(ts_l, key_l, key_l, text_l, kind_l, None, None, src_l)
        self._find_fixes(plain, seconds)

    def _message(self, ts: str, name: str, text: str, extra: list[str] | None, rest: str) -> tuple:
        if extra is not None:
            tail = "\n".join(extra)
            text = text + "\n" + tail
            rest = rest + "\n" + tail
        kind = _MEDIA.get(text)
        if kind is None:
            first, last = text[:1], text[-1:]
            if first == "\u200e" or first == "<" or last == ")" or last == ">" or ": " in text:
                kind = self._kind_slow(name, text)
                if text.endswith(_EDITED):
                    text = text[: text.rfind("<")].rstrip()
            elif ("http" in text or "www." in text) and has_link(text):
                kind = "link"
            else:
                kind = "text"
        sender = self._senders.get(name) or _sender(name, self._senders)
        return (ts, sender, sender, text, kind, None, None, ts + rest)

    def _kind_slow(self, name: str, text: str) -> str:
        for mark in _EDITED:
            if text.endswith(mark):
                text = text[: -len(mark)].rstrip()
        bare = text.strip("\u200e ")
        media = _MEDIA.get(bare)
        if media is not None:
            return media
        if bare.endswith("(file attached)") or bare.endswith("(文件附件)"):
            return _ATTACHED.get(bare[:3], "file")
        if ("http" in text or "www." in text) and has_link(text):
            return "link"
        if ": " in bare and name not in self.known:  # maybe "A: B: <Media omitted>" (a name with ': ')
            return _MEDIA.get(bare.split(": ", 1)[1].strip("\u200e "), "text")
        return "text"

    def _system(self, ts: str, text: str, raw: str) -> SystemEvent | None:
        if _GROUP_ONLY.search(" " + text + " ") or _CREATED.match(text):
            self.info.chat_type = "group"
        for pattern, action, channel in _SYSTEM:
            m = pattern.match(text)
            if not m:
                continue
            groups = m.groups()
            actor = _person(groups[0]) if len(groups) == 2 else None  # "A added B", "A removed B"
            members = [_person(n) for n in _SPLIT_NAMES.split(groups[-1]) if n.strip()]
            return SystemEvent(ts=ts, action=action, members=members, actor=actor, channel=channel, raw=ts + raw)
        return None

    def _find_fixes(self, plain: dict[str, str], seconds: dict[str, dict[str, int]]) -> None:
        for name, per in seconds.items():
            if name in plain or len(per) != 1:
                continue  # some of their messages do not continue with the same "B: "
            ((second, n),) = per.items()
            full = f"{name}: {second}"
            if (n >= 2 or full in self.known) and second.strip():
                self.fixes.append((name, full, len(second) + 2))

    def sender_fixes(self) -> list[tuple[str, str, int]]:
        """(name as split, real name, characters to take off each message's length): see the module doc."""
        return self.fixes


def _sender(name: str, cache: dict[str, str]) -> str:
    """The sender key of a name as the export writes it (export marks cleaned, "You" → SELF), cached."""
    sender = clean_name(name) if name[0] in "~\u200e " or name[-1] in "\u200e " else name
    cache[name] = sender = SELF if sender in _YOU else sender
    return sender


def _system_with_colon(rest: str) -> bool:
    return bool(_CREATED.match(rest) or _GROUP_ONLY.search(" " + rest + " "))


def _ios_system(text: str) -> bool:
    """iOS marks both system lines and attachments with a bidi mark after ``Name: ``; tell them apart."""
    bare = text.strip("\u200e ").rstrip(".")
    return not (bare in _MEDIA or bare.endswith(" omitted") or bare.startswith("<attached:") or "已忽略" in bare)


def _person(name: str) -> Person:
    name = clean_name(name)
    return Person(SELF if name in _YOU else name)
