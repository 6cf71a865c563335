"""What every chat importer shares: the record shapes, the errors, reading files as text, message kinds.

A format module turns a file into a stream of records, never holding the whole file:

- a message is a plain tuple ``(ts, sender_key, sender_name, text, kind, msg_id, group)`` (a tuple, not an
  object, because a million of them go through the pipeline): ``ts`` is the stored text form
  ``YYYY-MM-DD HH:MM:SS.ffffff``; ``sender_key`` is the sender's stable platform id when the format has one
  (WeChat wxid, Telegram ``user123``), else the name; ``kind`` one of ``MESSAGE_KINDS``; ``msg_id`` the
  platform message id or None; ``group`` a group name for formats that mix groups (generic CSV), else None.
- a membership change is a ``SystemEvent`` (joins, leaves, removals: few, so an object).

``records()`` yields these one by one. The pipeline reads ``batches()`` when a format has it (WhatsApp): runs of
messages as ``Messages`` columns, each SystemEvent alone between them, in file order; ``batched`` makes the
same from ``records()`` for the other formats.

The pipeline (``core.importers.pipeline``) resolves senders to members and writes events.
"""

from __future__ import annotations

import codecs
import gc
import hashlib
import io
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import BinaryIO

from core.errors import UserError

ProgressFn = Callable[[float, str], None]  # (fraction 0..1, message); may raise to cancel

MESSAGE_KINDS = ("text", "image", "voice", "video", "sticker", "link", "file", "other")
JOIN_CHANNELS = ("invited", "qr", "link")
SELF = "\x00self"  # sender key of the person who made the export ("You", "你") when the format does not name them

Message = tuple  # (ts, sender_key, sender_name, text, kind, msg_id, group)


@dataclass
class Person:
    name: str
    key: str | None = None  # a stable platform id when the format gives one


@dataclass
class SystemEvent:
    """A join, leave or removal read from a system line."""

    ts: str
    action: str  # join / leave / removed
    members: list[Person]
    actor: Person | None = None  # the inviter (join) or who removed them (removed)
    channel: str | None = None  # join channel: invited / qr / link
    group: str | None = None
    raw: str = ""  # the line, for hashing and error reports


@dataclass
class SourceInfo:
    """What a format learned about the file before or while reading it."""

    format: str
    platform: str
    group_name: str | None = None  # from the file (Telegram name, file name…), None if unknown
    chat_type: str | None = None  # group / private / None = unknown (decided from the content)
    notes: list[str] = field(default_factory=list)


# --- errors -------------------------------------------------------------------------------------------


class ImportError_(UserError):  # noqa: N801  (ImportError is a builtin)
    """A problem with the file the user can act on; ``str()`` is a user-facing message. Nothing was written."""


class UnknownFormatError(ImportError_):
    pass


class FileEncodingError(ImportError_):
    pass


class TruncatedFileError(ImportError_):
    pass


class AmbiguousDateOrderError(ImportError_):
    """The dates could be day/month or month/day; the caller must say which (``date_order``)."""

    def __init__(self, example: str) -> None:
        self.example = example
        super().__init__(
            f"The dates in this export could be read as day/month or as month/day (for example {example!r}), "
            "and nothing in the file tells which. Choose the date order of the phone that made the export "
            "(command line: --date-order dmy or --date-order mdy)."
        )


class MixedFormatError(ImportError_):
    pass


class PrivateChatError(ImportError_):
    pass


class MappingRequiredError(ImportError_):
    """A generic CSV whose columns could not all be recognised: the user maps them."""

    def __init__(self, headers: list[str], missing: list[str]) -> None:
        self.headers = headers
        self.missing = missing
        super().__init__(
            f"Cannot tell which column holds the {', '.join(missing)}. Columns found: {', '.join(headers)}. "
            "Map them (command line: --map time=COLUMN,sender=COLUMN,text=COLUMN[,group=COLUMN])."
        )


class BadRowError(ImportError_):
    def __init__(self, line: int, message: str) -> None:
        self.line = line
        super().__init__(f"Line {line}: {message}")


# --- reading ------------------------------------------------------------------------------------------

HEAD_BYTES = 64 * 1024


def read_head(path: Path, size: int = HEAD_BYTES) -> bytes:
    with path.open("rb") as fh:
        return fh.read(size)


def decode_head(head: bytes, encoding: str = "utf-8") -> str | None:
    """The head of a file as text, tolerating a multi-byte character cut at the end; None if not decodable."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        text = decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return None
    return text.removeprefix("\ufeff")


def looks_like_gbk(head: bytes) -> bool:
    return decode_head(head, "utf-8") is None and decode_head(head, "gb18030") is not None


class TextReader:
    """A UTF-8 (or given) text stream over a file, with the byte position for progress and clear errors."""

    def __init__(self, path: Path, encoding: str = "utf-8", what: str = "export") -> None:
        self.path = path
        self.size = max(1, path.stat().st_size)
        self.raw: BinaryIO = path.open("rb")
        self.encoding = encoding
        self.what = what
        enc = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
        self.text = io.TextIOWrapper(self.raw, encoding=enc, newline=None)

    def fraction(self) -> float:
        return min(1.0, self.raw.tell() / self.size)

    def lines(self) -> Iterator[str]:
        try:
            for line in self.text:  # noqa: UP028 (``yield from`` would close the file with this generator)
                yield line
        except UnicodeDecodeError as exc:
            raise encoding_error(self.path, self.what, self.encoding) from exc

    def close(self) -> None:
        self.text.close()

    def __enter__(self) -> TextReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def encoding_error(path: Path, what: str, encoding: str = "utf-8") -> FileEncodingError:
    hint = ""
    try:
        if looks_like_gbk(read_head(path)):
            hint = " It looks like GBK (Chinese Windows) text, as Excel saves it."
    except OSError:
        pass
    return FileEncodingError(
        f"{path.name} is not {encoding.upper()} text, which a {what} always is.{hint} "
        "Export it again from the original app (or save it as UTF-8) and import that file. Nothing was imported."
    )


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector off while a file is read and written, back on after (if it was on).

    A chat import makes a few tuples per message, all freed by reference counting, yet each thousand of them
    triggers a collection, and every few batches of buffered rows a full one over all of SQLAlchemy's objects:
    ~5% of a million-message import. Nothing the import makes needs the collector. Process-wide, so another
    thread's garbage cycles wait for the end of the import (the UI thread makes few while it shows progress).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class Messages:
    """A run of messages as columns, what a format's ``batches`` yields between SystemEvents: equally long
    lists ``ts``, ``key``, ``name``, ``text``, ``kind``, ``msg_id``, ``group``, ``src`` (the fields of the message
    tuple, in its order). ``name`` may be the ``key`` list itself; ``msg_id``, ``group`` and ``src`` may be None
    when no message has one. Columns let the pipeline work on a whole run at once (``rows`` gives the tuples)."""

    __slots__ = ("ts", "key", "name", "text", "kind", "msg_id", "group", "src")

    def __init__(self, ts, key, name, text, kind, msg_id=None, group=None, src=None) -> None:
        self.ts, self.key, self.name, self.text, self.kind = ts, key, name, text, kind
        self.msg_id, self.group, self.src = msg_id, group, src

    def __len__(self) -> int:
        return len(self.ts)

    def rows(self) -> Iterator[tuple]:
        n = len(self.ts)
        msg_id, group, src = (repeat(None, n) if c is None else c for c in (self.msg_id, self.group, self.src))
        return zip(self.ts, self.key, self.name, self.text, self.kind, msg_id, group, src, strict=True)


def batched(records: Iterator, size: int = 4096) -> Iterator:
    """A format's ``records`` as the pipeline reads them (formats without a ``batches`` method of their own):
    runs of up to ``size`` messages as ``Messages``, each SystemEvent alone, in file order."""
    batch: list[tuple] = []
    for rec in records:
        if rec.__class__ is tuple:
            batch.append(rec)
            if len(batch) >= size:
                yield Messages(*zip(*batch, strict=True))
                batch = []
        else:
            if batch:
                yield Messages(*zip(*batch, strict=True))
                batch = []
            yield rec
    if batch:
        yield Messages(*zip(*batch, strict=True))


# --- message details ----------------------------------------------------------------------------------

_URL = re.compile(r"https?://|www\.", re.IGNORECASE)


def has_link(text: str) -> bool:
    return ("http" in text or "www." in text) and _URL.search(text) is not None


def dedupe_key(source: str) -> int:
    """A stable signed 64-bit hash (SQLite INTEGER) of a message's identity."""
    return int.from_bytes(hashlib.blake2b(source.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def ts_text(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> str:
    return f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d}.000000"


def clean_name(name: str) -> str:
    """A display name without the marks exports add: bidi marks, WhatsApp's "~ " for unsaved contacts."""
    name = name.strip().strip("\u200e\u200f\u202a\u202c\u2068\u2069").strip()
    if name.startswith("~"):
        name = name[1:].lstrip(" \u202f\u00a0")
    return name
