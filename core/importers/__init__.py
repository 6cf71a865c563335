"""Importers of chat exports and shop orders (issue 4). Start at ``pipeline.import_chat`` and ``orders``.

Format modules: ``memotrace`` (留痕 CSV and TXT), ``whatsapp``, ``telegram``, ``generic_csv``; shared pieces in
``base`` (records, errors, reading), ``senders`` (matching people to members), ``batches`` (history, undo).
"""

from __future__ import annotations

from pathlib import Path

from core.importers import generic_csv, memotrace, telegram, whatsapp
from core.importers.base import (
    ImportError_,
    UnknownFormatError,
    decode_head,
    encoding_error,
    read_head,
)
from core.keys import CHAT_FORMATS  # noqa: F401  (re-exported)

_WHAT = {
    "memotrace-csv": "MemoTrace CSV export",
    "memotrace-txt": "MemoTrace TXT export",
    "whatsapp": "WhatsApp export",
    "telegram": "Telegram export",
    "csv": "CSV file",
}


def _scores(text: str) -> dict[str, float]:
    return {
        "telegram": telegram.TelegramSource.detect(text),
        "memotrace-csv": memotrace.MemoTraceCsvSource.detect(text),
        "whatsapp": whatsapp.detect(text),
        "memotrace-txt": memotrace.MemoTraceTxtSource.detect(text),
        "csv": generic_csv.detect(text),
    }


def detect_format(path: Path | str) -> str:
    """The chat format of a file, from its first 64 KiB; ``UnknownFormatError`` when it matches none."""
    path = Path(path)
    if not path.is_file():
        raise ImportError_(f"There is no file {path}.")
    head = read_head(path)
    if not head.strip():
        raise UnknownFormatError(f"{path.name} is empty.")
    text = decode_head(head, "utf-8")
    if text is None:
        alt = decode_head(head, "gb18030")
        if alt is not None:
            best, score = max(_scores(alt).items(), key=lambda kv: kv[1])
            if score >= 0.3 and best == "csv":
                return "csv"  # spreadsheets are often GBK: the generic importer reads it
            if score >= 0.5:
                raise encoding_error(path, _WHAT[best])
        raise UnknownFormatError(_unknown_message(path))
    best, score = max(_scores(text).items(), key=lambda kv: kv[1])
    if score < 0.3:
        raise UnknownFormatError(_unknown_message(path))
    return best


def _unknown_message(path: Path) -> str:
    return (
        f"Qunzhu cannot tell what kind of chat export {path.name} is. It reads MemoTrace (留痕) CSV or TXT "
        "exports of WeChat groups, WhatsApp “Export chat” .txt files, Telegram Desktop result.json files, and "
        "CSV files with time, sender and text columns. If you know the format, choose it explicitly."
    )


def open_source(
    path: Path | str,
    fmt: str = "auto",
    *,
    date_order: str | None = None,
    mapping: dict[str, str] | None = None,
    encoding: str | None = None,
    known_names: set[str] | None = None,
):
    """A reader for ``path`` in format ``fmt`` (``auto`` detects it); raises the format's own clear errors."""
    path = Path(path)
    if not path.is_file():
        raise ImportError_(f"There is no file {path}.")
    if fmt == "auto":
        fmt = detect_format(path)
    if fmt not in CHAT_FORMATS:
        raise ImportError_(f"Unknown format {fmt!r}; choose one of {', '.join(CHAT_FORMATS)}.")
    if fmt != "csv" and decode_head(read_head(path), "utf-8") is None:
        raise encoding_error(path, _WHAT[fmt])
    if fmt == "memotrace-csv":
        return memotrace.MemoTraceCsvSource(path)
    if fmt == "memotrace-txt":
        return memotrace.MemoTraceTxtSource(path)
    if fmt == "whatsapp":
        return whatsapp.WhatsAppSource(path, date_order=date_order, known_names=known_names or ())
    if fmt == "telegram":
        return telegram.TelegramSource(path)
    return generic_csv.GenericCsvSource(path, mapping=mapping, encoding=encoding, date_order=date_order)
