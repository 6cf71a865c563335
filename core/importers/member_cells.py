"""Cells of a member list → the values the member table stores (part of ``core.importers.members``).

Each parser takes a raw cell (text from a CSV, or a number, date or text from XLSX) and returns the stored
value, or raises ``_RowError`` with a problem code. ``row_parser`` builds, for one import's column mapping,
the function that parses a whole row: it is where most of an import's Python time goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from core.custom_fields import FieldValueError, parse_date
from core.importers.senders import normalize_phone

TIER_NAMES = {
    "silver": "silver",
    "白银": "silver",
    "银": "silver",
    "白银会员": "silver",
    "gold": "gold",
    "黄金": "gold",
    "金": "gold",
    "黄金会员": "gold",
    "diamond": "diamond",
    "钻石": "diamond",
    "钻": "diamond",
    "钻石会员": "diamond",
}
_YES = {"是", "yes", "y", "true", "1", "√", "✓", "✔", "x", "勿扰", "免打扰", "on"}
_NO = {"否", "no", "n", "false", "0", "off", "不是"}
_SPLIT = re.compile(r"[,，、;；]")
_SCIENTIFIC = re.compile(r"[+-]?\d+(\.\d+)?[eE][+-]?\d+")
_PHONE = re.compile(r"\+?[\d\s\-()（）]{3,25}")
_FORMULA_PREFIX = ("=", "+", "-", "@", "\t", "\r")


# --- cells ----------------------------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A cell as text: numbers from Excel without a trailing .0 or an exponent, dates as YYYY-MM-DD."""
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e18:
            return str(int(value))
        return format(value, "f").rstrip("0").rstrip(".") if abs(value) >= 1e-4 else repr(value)
    if isinstance(value, datetime):
        return (
            value.isoformat(" ", "seconds")
            if (value.hour, value.minute, value.second) != (0, 0, 0)
            else (value.date().isoformat())
        )
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def unneutralise(text: str) -> str:
    """Undo the formula guard of our own export ('=…, '+86…): the apostrophe is not part of the value."""
    if len(text) > 1 and text[0] == "'" and text[1] in _FORMULA_PREFIX:
        return text[1:]
    return text


_DT = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:：](\d{1,2})(?:[:：](\d{1,2}))?)?")
_EXCEL_EPOCH = datetime(1899, 12, 30)


def parse_datetime(raw: Any) -> datetime:
    """A date and optional time as owners write them; raises ValueError."""
    if isinstance(raw, datetime):
        return raw.replace(microsecond=0)
    if isinstance(raw, date):
        return datetime(raw.year, raw.month, raw.day)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and 1 <= raw < 200000:
        return (_EXCEL_EPOCH + timedelta(days=float(raw))).replace(microsecond=0)
    text = str(raw).strip()
    m = _DT.fullmatch(text)
    if m:
        y, mo, d, h, mi, s = m.groups()
        return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
    if re.fullmatch(r"\d{5}\.\d+", text):
        return (_EXCEL_EPOCH + timedelta(days=float(text))).replace(microsecond=0)
    try:
        d = parse_date(text)
    except FieldValueError:
        raise ValueError(text) from None
    return datetime(d.year, d.month, d.day)


class _RowError(Exception):
    def __init__(self, code: str, value: str, detail: str = "", ref: str = "", column: str = "") -> None:
        self.code, self.value, self.detail, self.ref, self.column = code, value, detail, ref, column


def _clean(raw: Any) -> str:
    text = raw.strip() if type(raw) is str else cell_text(raw)
    if text and text[0] == "'":
        return unneutralise(text)
    return text


def _identifier(raw: Any) -> str | None:
    text = _clean(raw)
    if not text:
        return None
    if ("E" in text or "e" in text) and type(raw) is str and _SCIENTIFIC.fullmatch(text):
        raise _RowError("scientific", text)
    return text


def _phone(raw: Any) -> str | None:
    text = _identifier(raw)
    if text is None or "*" in text:  # a masked number (our own export without full phones) identifies no one
        return None
    if not text.isdigit() and not _PHONE.fullmatch(text):
        raise _RowError("bad_phone", text)
    return text


def phone_key(phone: str) -> str:
    """The digits that identify a phone number (13800138000 from "+86 138-0013-8000")."""
    if phone.isdigit() and len(phone) != 13:
        return phone
    return normalize_phone(phone) or phone


# Dates and times are kept as the text the member table stores (no datetime objects for the driver to adapt).
_date_cache: dict[str, str] = {}
_dt_cache: dict[str, str] = {}


def _date_text(d: date) -> str:
    return d.isoformat()


def _dt_text(d: datetime) -> str:
    return d.isoformat(" ", "microseconds")


def _date(raw: Any) -> str | None:
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    text = raw.strip() if type(raw) is str else cell_text(raw)
    if not text:
        return None
    hit = _date_cache.get(text)
    if hit is None:
        try:
            hit = parse_datetime(text).date().isoformat()
        except (ValueError, OverflowError):
            raise _RowError("bad_date", text) from None
        if len(_date_cache) < 100000:
            _date_cache[text] = hit
    return hit


_valid_days: dict[str, bool] = {}


def _fast_datetime(t: str) -> str | None:
    """2025-05-12 10:00 or 2025-05-12 10:00:00 without a regex (most spreadsheets); None for anything else."""
    n = len(t)
    if (n == 16 or n == 19) and t[10] == " " and t[13] == ":" and (n == 16 or t[16] == ":"):
        day = t[:10]
        ok = _valid_days.get(day)
        if ok is None:
            ok = False
            if day[4] == "-" and day[7] == "-":
                try:
                    date(int(day[0:4]), int(day[5:7]), int(day[8:10]))
                    ok = True
                except ValueError:
                    pass
            if len(_valid_days) < 100000:
                _valid_days[day] = ok
        if not ok:
            return None
        hh, mm, ss = t[11:13], t[14:16], (t[17:19] if n == 19 else "00")
        if hh.isdigit() and mm.isdigit() and ss.isdigit() and hh < "24" and mm < "60" and ss < "60":
            return f"{t[:16]}:{ss}.000000"
    return None


# The usual spelling, ASCII digits in range: one C call decides, and the text is what _fast_datetime makes of it.
_USUAL_DT = re.compile(r"(\d{4}-\d\d-\d\d) (?:[01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?", re.ASCII)


def _datetime(raw: Any) -> str | None:
    if type(raw) is not str:
        if raw is None or raw == "":
            return None
        try:
            return _dt_text(parse_datetime(raw))
        except (ValueError, OverflowError, TypeError):
            raise _RowError("bad_date", cell_text(raw)) from None
    text = raw.strip()
    if not text:
        return None
    usual = _USUAL_DT.fullmatch(text)
    if usual is not None and _valid_days.get(usual[1]):
        return f"{text[:16]}{usual[2] or ':00'}.000000"
    hit = _fast_datetime(text) or _dt_cache.get(text)
    if hit is None:
        try:
            hit = _dt_text(parse_datetime(text))
        except (ValueError, OverflowError):
            raise _RowError("bad_date", text) from None
        if len(_dt_cache) < 100000:
            _dt_cache[text] = hit
    return hit


def _tier(raw: Any) -> str | None:
    text = cell_text(raw)
    if not text:
        return None
    tier = TIER_NAMES.get(text.lower())
    if tier is None:
        raise _RowError("bad_tier", text)
    return tier


def _flag(raw: Any) -> int | None:
    text = cell_text(raw).lower()
    if not text:
        return None
    if text in _YES:
        return 1
    if text in _NO:
        return 0
    raise _RowError("bad_flag", text)


def _text(raw: Any) -> str | None:
    return _clean(raw) or None


def _split(raw: Any) -> list[str]:
    text = unneutralise(cell_text(raw))
    return [t.strip() for t in _SPLIT.split(text) if t.strip()] if text else []


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "display_name": _text,
    "wechat_id": _identifier,
    "phone": _phone,
    "other_contact": _text,
    "birthday": _date,
    "source_channel": _text,
    "joined_at": _datetime,
    "tier": _tier,
    "notes": _text,
    "do_not_contact": _flag,
}
MEMBER_COLUMNS = tuple(_PARSERS)  # the member table's own columns (tags and group are written elsewhere)


def _typed(column: str, stored: Any) -> Any:
    """A stored member value (text, as the driver returns it) as the Python value SQLAlchemy's types expect."""
    if stored is None:
        return None
    if column == "joined_at":
        return datetime.fromisoformat(stored)
    if column == "birthday":
        return date.fromisoformat(stored)
    if column == "do_not_contact":
        return bool(stored)
    return stored


# --- the import -----------------------------------------------------------------------------------------
