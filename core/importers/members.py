"""Member lists from spreadsheets (CSV or XLSX) → members, upserted by a natural key, as one undoable batch.

Reading streams: a CSV is decoded line by line, an XLSX read with openpyxl's read-only mode; rows are
written in chunks while the file is read, inside one transaction, so a 50 MB file never sits in memory.
Nothing is committed until the end: bad rows make the whole import roll back unless the caller agreed to
import the good rows (``skip_bad``); ``dry_run`` always rolls back and reports what would change.

Steps, each usable on its own (the GUI wizard shows them one by one):

1. ``detect_encoding`` — UTF-8 (with or without BOM) or GB18030/GBK; when unsure, candidates with a preview
   (never Korean or Japanese guesses for Chinese text); binary files get a clear error.
2. ``inspect_file`` — the header row (also below a title row), sample rows and a suggested mapping
   (remembered per header set, else recognised Chinese/English headers; other columns become custom fields).
3. ``import_members`` — parse, check, match (WeChat ID, then phone, then exact name: configurable), write.
   Every row problem is collected as ``Problem(row, column, value, code, detail)`` and written to a CSV report.

Rows an import creates carry its ``batch_id`` (members, memberships); values it changes in existing members,
tags it adds to them, custom-field values it changes and tags/fields/groups it creates are logged in
``import_change`` so that ``batches.undo_batch`` puts everything back.

The cell parsers are in ``member_cells`` and the matching and writing in ``member_writer``.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlmodel import Session

from core import db as dbmod
from core.custom_fields import FieldDef, FieldValueError, normalise
from core.db import Database
from core.importers.base import FileEncodingError, ImportError_, ProgressFn, read_head
from core.importers.member_cells import (
    _FORMULA_PREFIX,
    _PARSERS,
    _SPLIT,  # noqa: F401 (used by the import wizard)
    MEMBER_COLUMNS,
    TIER_NAMES,  # noqa: F401 (part of this module's interface)
    _date,
    _flag,
    _identifier,
    _phone,
    _RowError,
    _split,
    _text,
    _tier,
    cell_text,
    parse_datetime,  # noqa: F401 (part of this module's interface)
    phone_key,
    unneutralise,
)
from core.importers.member_writer import DEFAULT_TAG_DIMENSION, _Writer
from core.models import (
    CustomField,
    ImportBatch,
    ImportChange,
)

KIND = "members"
FIELDS = (
    "display_name",
    "wechat_id",
    "phone",
    "other_contact",
    "birthday",
    "source_channel",
    "joined_at",
    "tier",
    "notes",
    "tags",
    "group",
    "do_not_contact",
)
IGNORE = "ignore"
CUSTOM = "custom:"  # a target "custom:<field name>" stores the column as a custom member field
KEYS = ("wechat_id", "phone", "name")
PREVIEW_ROWS = 50

SYNONYMS: dict[str, tuple[str, ...]] = {
    "display_name": (
        "昵称",
        "微信昵称",
        "群昵称",
        "姓名",
        "名字",
        "名称",
        "客户",
        "客户名称",
        "客户姓名",
        "会员",
        "会员名",
        "会员昵称",
        "会员姓名",
        "成员",
        "用户名",
        "用户",
        "称呼",
        "name",
        "nickname",
        "display name",
        "member",
        "customer",
        "customer name",
    ),
    "wechat_id": ("微信号", "微信", "微信id", "wxid", "微信账号", "wechat", "wechat id", "weixin"),
    "phone": (
        "手机",
        "手机号",
        "手机号码",
        "电话",
        "联系电话",
        "电话号码",
        "移动电话",
        "phone",
        "mobile",
        "tel",
        "telephone",
        "phone number",
        "mobile number",
        "cell",
    ),
    "other_contact": (
        "其他联系方式",
        "其它联系方式",
        "qq",
        "qq号",
        "邮箱",
        "email",
        "e-mail",
        "联系方式",
        "other contact",
        "whatsapp",
        "telegram",
    ),
    "birthday": ("生日", "出生日期", "生日日期", "birthday", "birth date", "date of birth", "dob"),
    "source_channel": ("来源", "来源渠道", "渠道", "入群渠道", "获客渠道", "source", "channel", "source channel"),
    "joined_at": (
        "入群时间",
        "入群日期",
        "加入时间",
        "加群时间",
        "加入日期",
        "注册时间",
        "首次入群",
        "joined",
        "joined at",
        "join date",
        "date joined",
    ),
    "tier": ("等级", "会员等级", "级别", "会员级别", "tier", "level"),
    "notes": ("备注", "说明", "备注信息", "notes", "note", "remark", "remarks", "comment"),
    "tags": ("标签", "客户标签", "会员标签", "tags", "tag", "labels"),
    "group": ("群", "群名", "群聊", "群名称", "所在群", "社群", "group", "group name", "groups", "chat"),
    "do_not_contact": ("勿扰", "免打扰", "请勿联系", "不联系", "do not contact", "dnc", "opt out"),
}
# Names for targets on the command line (--map "昵称=name,手机=phone").
TARGET_NAMES = {
    "name": "display_name",
    "nickname": "display_name",
    "display_name": "display_name",
    "wechat": "wechat_id",
    "wechat_id": "wechat_id",
    "wxid": "wechat_id",
    "phone": "phone",
    "mobile": "phone",
    "other": "other_contact",
    "other_contact": "other_contact",
    "birthday": "birthday",
    "source": "source_channel",
    "source_channel": "source_channel",
    "channel": "source_channel",
    "joined": "joined_at",
    "joined_at": "joined_at",
    "tier": "tier",
    "level": "tier",
    "notes": "notes",
    "note": "notes",
    "remark": "notes",
    "tags": "tags",
    "tag": "tags",
    "group": "group",
    "groups": "group",
    "dnc": "do_not_contact",
    "do_not_contact": "do_not_contact",
    "ignore": IGNORE,
    "skip": IGNORE,
    "-": IGNORE,
}
TIER_LABELS = {"silver": "白银", "gold": "黄金", "diamond": "钻石"}

# Problem codes → English text; ``ImportOptions.messages`` may replace them (the GUI passes translations).
MESSAGES = {
    "no_key": "The row has no name, WeChat ID or phone number.",
    "dup_wechat": "The same WeChat ID as row {ref} of this file; only the first is imported.",
    "dup_phone": "The same phone number as row {ref} of this file; only the first is imported.",
    "dup_name": "The same name as row {ref} of this file (and no WeChat ID or phone); only the first is imported.",
    "same_member": "Matches the same member as row {ref} of this file; only the first is imported.",
    "ambiguous_name": "{detail} members are named “{value}”; add a WeChat ID or phone number to tell which.",
    "scientific": "“{value}” is a number Excel shortened to scientific notation; the real digits are lost. "
    "Format the column as text in Excel and export again.",
    "bad_phone": "“{value}” is not a phone number.",
    "bad_date": "“{value}” is not a date (2025-05-12, 2025/5/12, 5月12日 or an Excel date).",
    "bad_tier": "“{value}” is not a tier (白银, 黄金 or 钻石).",
    "bad_flag": "“{value}” is not yes or no (是/否).",
    "bad_value": "{detail}",
    "bad_text": "This line is not valid {detail} text (a file with mixed encodings?).",
    "too_long": "The value is longer than {detail} characters.",
}


class EncodingChoiceRequired(FileEncodingError):
    """The text encoding is not clear: the user chooses one of ``candidates`` (each with a preview)."""

    def __init__(self, path: Path, candidates: list[EncodingCandidate]) -> None:
        self.candidates = candidates
        names = ", ".join(c.encoding for c in candidates)
        super().__init__(
            f"Cannot tell for sure how {path.name} is encoded. Choose one of: {names} "
            "(command line: --encoding NAME). Nothing was imported."
        )


class MappingError(ImportError_):
    """A column mapping that cannot be used (a column or a field mapped twice, an unknown column)."""


@dataclass(frozen=True)
class EncodingCandidate:
    encoding: str
    preview: str  # the first lines decoded this way


@dataclass(frozen=True)
class EncodingGuess:
    encoding: str | None  # None: not sure, choose from candidates
    candidates: tuple[EncodingCandidate, ...] = ()


@dataclass
class Problem:
    row: int  # the row number as a spreadsheet shows it (1 = the first line of the file)
    column: str
    value: str
    code: str
    detail: str = ""
    ref: str = ""  # the other row, for duplicates

    def text(self, messages: dict[str, str] | None = None) -> str:
        template = (messages or {}).get(self.code) or MESSAGES.get(self.code, self.code)
        return template.replace("{value}", self.value).replace("{detail}", self.detail).replace("{ref}", self.ref)


@dataclass
class ImportOptions:
    mapping: dict[str, str] | None = None  # column header → target (a field, "custom:NAME" or "ignore")
    keys: tuple[str, ...] = KEYS
    encoding: str | None = None
    tag_dimension: str = DEFAULT_TAG_DIMENSION
    tag_everyone: tuple[str, ...] = ()
    skip_bad: bool = False
    dry_run: bool = False
    report: Path | None = None  # where to write the error report (default: beside the file)
    remember: bool = True  # save the mapping for files with the same headers
    messages: dict[str, str] | None = None  # translated problem texts for the report


@dataclass
class ImportSummary:
    batch_id: int | None
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: int = 0  # rows with a problem (not imported)
    committed: bool = False
    dry_run: bool = False
    report: str | None = None
    problems: list[Problem] = field(default_factory=list)
    preview: list[dict] = field(default_factory=list)  # the first rows: {"row", "action", "name", …}

    def counts(self) -> dict[str, int]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged, "errors": self.errors}


@dataclass
class FileInfo:
    path: Path
    kind: str  # csv / xlsx
    encoding: str | None
    headers: list[str]
    header_row: int  # 1-based row number of the header
    samples: list[list[str]]  # the first rows under the header, as text
    mapping: dict[str, str]  # suggested (or remembered) column → target
    remembered: bool


class BadRowsError(ImportError_):
    """Rows have problems and the user has not agreed to import only the good ones; nothing was imported."""

    def __init__(self, summary: ImportSummary) -> None:
        self.summary = summary
        where = f" See the report {summary.report}." if summary.report else ""
        good = summary.created + summary.updated + summary.unchanged
        super().__init__(
            f"{summary.errors} row(s) have problems, so nothing was imported.{where} Fix them and import again, "
            f"or import the {good} good row(s) only (command line: --skip-bad)."
        )


# --- encodings and reading ------------------------------------------------------------------------------

_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive or an Excel workbook (.xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls)"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3", "a database file"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)


def _binary_error(path: Path, head: bytes) -> ImportError_ | None:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            hint = " Rename it to .xlsx if it is a workbook." if magic == b"PK\x03\x04" else ""
            if magic == b"\xd0\xcf\x11\xe0":
                hint = " Open it in Excel or WPS and save it as .xlsx or CSV."
            return ImportError_(f"{path.name} is not a text (CSV) file but {what}.{hint} Nothing was imported.")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text with a BOM
    sample = head[:8192]
    if b"\x00" in sample or sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) // 20:
        return ImportError_(
            f"{path.name} is not a text (CSV) file: it contains binary data. Export the list again as CSV or "
            "XLSX. Nothing was imported."
        )
    return None


def _gb2312_common_share(text: str) -> float:
    """The share of Chinese characters in ``text`` that are among GB2312's 3,755 most common ones."""
    common = total = 0
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            total += 1
            try:
                b = ch.encode("gb2312")
            except UnicodeEncodeError:
                continue
            if 0xB0 <= b[0] <= 0xD7:
                common += 1
    return common / total if total else 1.0


def _reads_as_chinese(text: str) -> bool:
    """Text decoded as GB18030 that reads as Chinese: no private-use characters, hardly any kana or small form
    variants (what Big5 or other bytes turn into), and mostly common characters (names may have rare ones)."""
    odd = total = 0
    for ch in text:
        o = ord(ch)
        if o < 128:
            continue
        total += 1
        if 0xE000 <= o <= 0xF8FF or o == 0xFFFD:
            return False
        if 0x3040 <= o <= 0x30FF or 0xFE50 <= o <= 0xFE6F:
            odd += 1
    if total and odd > 0.02 * total:
        return False
    return _gb2312_common_share(text) >= 0.6


def _decodes(head: bytes, encoding: str) -> str | None:
    try:
        return codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return None


def _preview(text: str, lines: int = 6) -> str:
    return "\n".join(text.removeprefix("\ufeff").splitlines()[:lines])


def detect_encoding(path: Path) -> EncodingGuess:
    """How a CSV file is encoded; ``encoding`` None with candidates when it is not clear. Binary files raise."""
    head = read_head(path)
    problem = _binary_error(path, head)
    if problem is not None:
        raise problem
    if head.startswith(b"\xef\xbb\xbf"):
        return EncodingGuess("utf-8-sig")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return EncodingGuess("utf-16")
    if _decodes(head, "utf-8") is not None:
        return EncodingGuess("utf-8")
    if _mixed_utf8_gb(head):
        return EncodingGuess("utf-8")  # lines saved as GBK among UTF-8 ones are read line by line (see _CsvSource)
    gb = _decodes(head, "gb18030")
    if gb is not None and _reads_as_chinese(gb):
        return EncodingGuess("gb18030")
    candidates = []
    for enc in ("gb18030", "big5", "utf-8"):
        text = _decodes(head, enc)
        if text is None:
            text = head.decode(enc, errors="replace")
        candidates.append(EncodingCandidate(enc, _preview(text)))
    return EncodingGuess(None, tuple(candidates))


def _gb_line(raw: bytes) -> str | None:
    """A line that is GB18030 text of common Chinese characters (as Excel on Chinese Windows saves it), else None."""
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return text if _reads_as_chinese(text) else None


def _mixed_utf8_gb(head: bytes) -> bool:
    """UTF-8 lines with non-ASCII text and GBK lines in one file (two exports pasted together)."""
    utf8 = gb = 0
    for raw in head.split(b"\n")[:-1]:
        if raw.isascii():
            continue
        try:
            raw.decode("utf-8")
            utf8 += 1
        except UnicodeDecodeError:
            if _gb_line(raw) is None:
                return False
            gb += 1
    return utf8 > 0 and gb > 0


def _python_encoding(encoding: str) -> str:
    low = encoding.lower().replace("_", "-")
    if low in ("utf-8", "utf8"):
        return "utf-8-sig"  # a BOM, if any, is not part of the first header
    if low in ("gbk", "gb2312", "cp936"):
        return "gb18030"  # a superset: the characters GBK lacks still decode
    return encoding


_MARKS = [0]  # bytes that did not decode, ever (a cheap flag: rows are only checked once it moves)
_MARK = "qunzhu-member-import"
_SURROGATE = re.compile("[\udc80-\udcff]")


def _mark_undecodable(error: UnicodeDecodeError) -> tuple[str, int]:
    _MARKS[0] += 1
    return codecs.lookup_error("surrogateescape")(error)


codecs.register_error(_MARK, _mark_undecodable)


class _CsvSource:
    """Rows of a CSV (or tab-separated) file, decoded line by line so one badly encoded line is one bad row."""

    def __init__(self, path: Path, encoding: str) -> None:
        self.path = path
        self.encoding = _python_encoding(encoding)
        self.size = max(1, path.stat().st_size)
        self.raw = path.open("rb")
        self.bad_lines: dict[int, str] = {}
        head = read_head(path, 8192).decode(self.encoding, errors="replace")
        first = head.removeprefix("\ufeff").split("\n", 1)[0]
        counts = {d: first.count(d) for d in (",", "\t", ";")}
        self.delimiter = max(counts, key=counts.get) if max(counts.values()) else ","

    def fraction(self) -> float:
        if self.raw.closed:  # read to the end (the text wrapper closes the file when it is done)
            return 1.0
        return min(1.0, self.raw.tell() / self.size)

    def rows(self) -> Iterator[tuple[int, list]]:
        """(line number where the row starts, cells).

        The file is decoded in chunks by the C codec; bytes that do not decode are kept as surrogates
        (``surrogateescape``) and counted, and only then are rows checked one by one: a line saved as GBK in a
        UTF-8 file is decoded as GBK, anything else makes its row a bad row (reported, never guessed).
        """
        text = io.TextIOWrapper(self.raw, encoding=self.encoding, errors=_MARK, newline="")
        reader = csv.reader(text, delimiter=self.delimiter)
        marks = _MARKS[0]
        checking = False
        end = 0
        try:
            for cells in reader:
                start, end = end + 1, reader.line_num
                if checking or _MARKS[0] != marks:
                    checking = True
                    if _SURROGATE.search("".join(cells)):
                        cells = self._recover(start, cells)
                yield start, cells
        except csv.Error as exc:
            raise ImportError_(f"{self.path.name} line {end + 1}: the CSV cannot be read ({exc}).") from exc

    def _recover(self, line: int, cells: list[str]) -> list[str]:
        out = []
        for cell in cells:
            if _SURROGATE.search(cell):
                raw = cell.encode(self.encoding.removesuffix("-sig"), "surrogateescape")
                fixed = _gb_line(raw) if self.encoding.startswith("utf-8") else None
                if fixed is None:
                    self.bad_lines[line] = self.encoding.removesuffix("-sig").upper()
                    fixed = raw.decode(self.encoding, errors="replace")
                cell = fixed
            out.append(cell)
        return out

    def close(self) -> None:
        self.raw.close()


class _XlsxSource:
    def __init__(self, path: Path) -> None:
        try:
            from openpyxl import load_workbook
        except ImportError as exc:  # pragma: no cover - a dependency
            raise ImportError_("Reading .xlsx needs openpyxl, which is missing from this installation.") from exc
        self.path = path
        self.bad_lines: dict[int, str] = {}
        self.fh = path.open("rb")  # a file object: a workbook renamed .csv is read all the same
        try:
            self.wb = load_workbook(self.fh, read_only=True, data_only=True)
        except Exception as exc:
            self.fh.close()
            raise ImportError_(
                f"{path.name} looks like an Excel workbook or a ZIP archive but cannot be read as a workbook ({exc}). "
                "Open it in Excel or WPS and save it as .xlsx or CSV. Nothing was imported."
            ) from exc
        self.ws = self.wb.worksheets[0]
        try:
            self.total = max(1, int(self.ws.max_row or 1))
        except (TypeError, ValueError):
            self.total = 1
        self.row_no = 0
        self.delimiter = ","

    def fraction(self) -> float:
        return min(1.0, self.row_no / self.total)

    def rows(self) -> Iterator[tuple[int, list]]:
        for number, row in enumerate(self.ws.iter_rows(values_only=True), start=1):
            self.row_no = number
            yield number, ["" if v is None else v for v in row]

    def close(self) -> None:
        self.wb.close()
        self.fh.close()


def _is_xlsx(path: Path) -> bool:
    return path.suffix.lower() in (".xlsx", ".xlsm") or read_head(path, 4) == b"PK\x03\x04"


def _open(path: Path, encoding: str | None):
    if not path.is_file():
        raise ImportError_(f"There is no file {path}.")
    if path.stat().st_size == 0:
        raise ImportError_(f"{path.name} is empty. Nothing was imported.")
    if _is_xlsx(path):
        return _XlsxSource(path), None
    if encoding is None:
        guess = detect_encoding(path)
        if guess.encoding is None:
            raise EncodingChoiceRequired(path, list(guess.candidates))
        encoding = guess.encoding
    else:
        problem = _binary_error(path, read_head(path))
        if problem is not None:
            raise problem
    return _CsvSource(path, encoding), encoding


# --- headers and mapping --------------------------------------------------------------------------------


def _norm(h: str) -> str:
    return re.sub(r"[\s:：*（）()]+", " ", str(h)).strip().lower().replace("_", " ")


_LOOKUP = {name: fld for fld, names in SYNONYMS.items() for name in names}


def suggest_target(header: str) -> str | None:
    """The member field a header names (昵称 → display_name), or None."""
    return _LOOKUP.get(_norm(header))


def auto_mapping(headers: list[str]) -> dict[str, str]:
    """Every column's suggested target: a recognised field (each at most once), else a custom field."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for h in headers:
        if not h:
            mapping[h] = IGNORE
            continue
        target = suggest_target(h)
        if target is not None and target not in used:
            mapping[h] = target
            used.add(target)
        else:
            mapping[h] = CUSTOM + h
    return mapping


def _unique_headers(cells: list) -> list[str]:
    out: list[str] = []
    seen: dict[str, int] = {}
    for c in cells:
        h = cell_text(c)
        if h in seen:
            seen[h] += 1
            h = f"{h} ({seen[h]})" if h else ""
        else:
            seen[h] = 1
        out.append(h)
    while out and not out[-1]:
        out.pop()
    return out


def _header_key(headers: list[str]) -> str:
    return "member_import.mapping." + hashlib.sha1("\x1f".join(headers).encode("utf-8")).hexdigest()[:16]


def remembered_mapping(session: Session, headers: list[str]) -> dict[str, str] | None:
    from core.settings import get_setting

    saved = get_setting(session, _header_key(headers))
    if isinstance(saved, dict) and set(saved) == set(headers):
        return {str(k): str(v) for k, v in saved.items()}
    return None


def remember_mapping(session: Session, headers: list[str], mapping: dict[str, str]) -> None:
    from core.settings import set_setting

    set_setting(session, _header_key(headers), {h: mapping.get(h, IGNORE) for h in headers})


def parse_map_text(text: str) -> dict[str, str]:
    """``昵称=name,手机=phone,问卷=custom:问卷`` → column → target; a column named twice is an error."""
    mapping: dict[str, str] = {}
    for part in re.split(r"[,，]", text or ""):
        if not part.strip():
            continue
        column, sep, target = part.rpartition("=")
        column, target = column.strip(), target.strip()
        if not sep or not column or not target:
            raise MappingError(f"Expected COLUMN=FIELD pairs separated by commas, not {part.strip()!r}.")
        if column in mapping:
            raise MappingError(f"The column “{column}” is mapped twice.")
        mapping[column] = resolve_target(target)
    return mapping


def resolve_target(name: str) -> str:
    if name.lower().startswith(CUSTOM):
        custom = name[len(CUSTOM) :].strip()
        if not custom:
            raise MappingError("A custom field needs a name: custom:NAME.")
        return CUSTOM + custom
    target = TARGET_NAMES.get(name.lower()) or (name if name in FIELDS else None) or suggest_target(name)
    if target is None:
        raise MappingError(
            f"Unknown member field “{name}”. Fields: {', '.join(sorted(set(TARGET_NAMES) - {'-'}))}, "
            "or custom:NAME for a custom field."
        )
    return target


def check_mapping(headers: list[str], mapping: dict[str, str]) -> None:
    """Raise MappingError for an unknown column, a field chosen for two columns, or nothing to identify rows."""
    unknown = [c for c in mapping if c not in headers]
    if unknown:
        raise MappingError(
            f"There is no column “{unknown[0]}” in the file. Columns: {', '.join(h for h in headers if h)}."
        )
    by_target: dict[str, str] = {}
    for column in headers:
        target = mapping.get(column, IGNORE)
        if target == IGNORE:
            continue
        if target in by_target:
            raise MappingError(
                f"The columns “{by_target[target]}” and “{column}” are both mapped to {target}; "
                "choose one (map the other to ignore or to a custom field)."
            )
        by_target[target] = column
    if not {"display_name", "wechat_id", "phone"} & set(by_target):
        raise MappingError("Map at least one column to the name, the WeChat ID or the phone number.")


def _find_header(rows: Iterator[tuple[int, list]]) -> tuple[list[str], int, list[tuple[int, list]]]:
    """The header row: the first of the first 10 non-empty rows naming two known fields, else the first one."""
    seen: list[tuple[int, list]] = []
    for line, cells in rows:
        if not any(cell_text(c) for c in cells):
            continue
        seen.append((line, cells))
        known = {suggest_target(cell_text(c)) for c in cells} - {None}
        if len(known) >= 2 or (len(known) == 1 and len(seen) == 1 and len([c for c in cells if cell_text(c)]) == 1):
            return _unique_headers(cells), line, []
        if len(seen) >= 10:
            break
    if not seen:
        raise ImportError_("The file has no rows. Nothing was imported.")
    line, cells = seen[0]
    return _unique_headers(cells), line, seen[1:]


def peek_headers(path: Path | str, encoding: str | None = None) -> list[str]:
    """The header row of a member list (to tell a member list from other spreadsheets)."""
    source, _enc = _open(Path(path), encoding)
    try:
        return _find_header(source.rows())[0]
    finally:
        source.close()


def inspect_file(db: Database, path: Path | str, encoding: str | None = None) -> FileInfo:
    """Headers, sample rows and the suggested mapping of a member list (for the mapping step)."""
    path = Path(path)
    source, encoding = _open(path, encoding)
    try:
        rows = source.rows()
        headers, header_row, pending = _find_header(rows)
        samples: list[list[str]] = []
        for _line, cells in _chain(pending, rows):
            if any(cell_text(c) for c in cells):
                samples.append([cell_text(c) for c in cells])
            if len(samples) >= 5:
                break
    finally:
        source.close()
    with db.session() as s:
        saved = remembered_mapping(s, headers)
    mapping = saved or auto_mapping(headers)
    return FileInfo(
        path, "xlsx" if encoding is None else "csv", encoding, headers, header_row, samples, mapping, saved is not None
    )


def _chain(first: list, rest: Iterator) -> Iterator:
    return itertools.chain(first, rest)


# --- values ---------------------------------------------------------------------------------------------


def _custom_fields(conn: Connection, mapping: dict[str, str]) -> tuple[dict[str, FieldDef], list[int]]:
    """column → custom field, defining text fields that do not exist yet (logged for undo by the caller)."""
    out: dict[str, FieldDef] = {}
    created: list[int] = []  # ids of the fields this import defined
    for column, target in mapping.items():
        if not target.startswith(CUSTOM):
            continue
        name = target[len(CUSTOM) :].strip()
        row = conn.execute(select(CustomField).where(CustomField.name == name)).first()
        if row is None:
            order = conn.execute(select(func.coalesce(func.max(CustomField.sort_order), 0))).scalar_one() + 1
            fid = conn.execute(
                CustomField.__table__.insert().values(name=name, kind="text", choices="[]", sort_order=order)
            ).inserted_primary_key[0]
            created.append(fid)
            out[column] = FieldDef(fid, name, "text", (), order)
        else:
            out[column] = FieldDef(row.id, row.name, row.kind, tuple(json.loads(row.choices or "[]")), row.sort_order)
    return out, created


def default_report_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.errors.csv")


def write_report(problems: list[Problem], target: Path, messages: dict[str, str] | None = None) -> Path:
    """The row-level error report: row number, column, value, reason (UTF-8 with BOM, so Excel opens it)."""
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["row 行号", "column 列", "value 值", "reason 原因"])
        for p in problems:
            w.writerow([p.row, p.column, _neutralise(p.value), p.text(messages)])
    return target


def _neutralise(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_PREFIX) else text


def _resolve_mapping(session: Session, headers: list[str], given: dict[str, str] | None) -> dict[str, str]:
    base = remembered_mapping(session, headers) or auto_mapping(headers)
    if not given:
        return base
    explicit = set(given.values()) - {IGNORE}
    mapping = {h: (t if t not in explicit else CUSTOM + h if h else IGNORE) for h, t in base.items()}
    mapping.update(given)
    return mapping


def import_members(
    db: Database, path: Path | str, options: ImportOptions | None = None, progress: ProgressFn | None = None
) -> ImportSummary:
    """Import a member list; see the module docstring. Raises ImportError_ (BadRowsError when rows are bad)."""
    options = options or ImportOptions()
    path = Path(path)
    report = progress or (lambda _f, _m: None)
    keys = tuple(options.keys)
    if not keys or any(k not in KEYS for k in keys) or len(set(keys)) != len(keys):
        raise ImportError_(f"The match keys must be some of {', '.join(KEYS)}, each once; not {','.join(keys)}.")
    source, _encoding = _open(path, options.encoding)
    summary = ImportSummary(batch_id=None, dry_run=options.dry_run)
    try:
        rows = source.rows()
        headers, header_row, pending = _find_header(rows)
        with db.session() as s:
            mapping = _resolve_mapping(s, headers, options.mapping)
        check_mapping(headers, mapping)
        summary = _run(db, path, source, headers, _chain(pending, rows), mapping, options, report)
    finally:
        source.close()
    if options.remember and not options.dry_run and summary.committed:
        with db.session() as s:
            remember_mapping(s, headers, mapping)
    if summary.problems:
        target = options.report or default_report_path(path)
        try:
            summary.report = str(write_report(summary.problems, target, options.messages))
        except OSError:
            summary.report = None
    if summary.errors and not options.skip_bad and not options.dry_run:
        raise BadRowsError(summary)
    report(1.0, "")
    return summary


class _Rollback(Exception):
    pass


def _run(db, path, source, headers, rows, mapping, options, report) -> ImportSummary:
    summary = ImportSummary(batch_id=None, dry_run=options.dry_run)
    columns = [(i, h, mapping.get(h, IGNORE)) for i, h in enumerate(headers) if mapping.get(h, IGNORE) != IGNORE]
    # Parsers whose common case is inlined in the loop below (0-2), or whose results repeat and are memoised (4).
    fast = {_text: 0, _identifier: 1, _phone: 2, _date: 4, _tier: 4, _flag: 4}
    plain = [(i, h, t, _PARSERS[t], fast.get(_PARSERS[t], 3), {}) for i, h, t in columns if t in _PARSERS]
    member_cols = [t for _i, _h, t, _p, _k, _m in plain]
    tag_col = next((i for i, _h, t in columns if t == "tags"), None)
    group_col = next((i for i, _h, t in columns if t == "group"), None)
    has_phone = "phone" in member_cols
    try:
        with db.transaction() as conn, dbmod.large_cache(conn):  # index inserts at random places stay in memory
            batch_id = conn.execute(
                ImportBatch.__table__.insert().values(
                    kind=KIND,
                    source=str(path),
                    format=source.__class__.__name__.strip("_").replace("Source", "").lower(),
                    created_at=datetime.now(),
                    summary="",
                )
            ).inserted_primary_key[0]
            summary.batch_id = batch_id
            custom_by_col, created_fields = _custom_fields(conn, mapping)
            for fid in created_fields:
                conn.execute(
                    ImportChange.__table__.insert().values(batch_id=batch_id, table_name="custom_field", row_id=fid)
                )
            custom = [(i, h, custom_by_col[h]) for i, h, t in columns if t.startswith(CUSTOM)]
            targets = {t for _i, _h, t in columns}
            writer = _Writer(
                conn,
                batch_id,
                options,
                summary,
                member_cols,
                {h: f for _i, h, f in custom},
                targets,
                rows_expected=lambda: summary.rows / max(source.fraction(), 1e-6),
            )
            problems = summary.problems
            bad_lines = source.bad_lines
            previewing = True
            n = 0
            for line, cells in rows:
                n += 1
                if n % 1000 == 0:
                    report(0.98 * source.fraction(), "")
                width = len(cells)
                try:
                    empty = not "".join(cells).strip()
                except TypeError:  # XLSX: numbers and dates among the cells
                    empty = not any(c != "" and (not isinstance(c, str) or c.strip()) for c in cells)
                if empty:
                    continue
                summary.rows += 1
                if line in bad_lines:
                    problems.append(Problem(line, "", "", "bad_text", bad_lines[line]))
                    summary.errors += 1
                    continue
                v: dict[str, Any] = {}
                row_bad = False
                for i, h, t, parse, kind, memo in plain:
                    raw = cells[i] if i < width else ""
                    if raw == "" or raw is None:
                        continue
                    if kind == 4:
                        hit = memo.get(raw)
                        if hit is not None:
                            v[t] = hit
                            continue
                        try:
                            hit = v[t] = parse(raw)
                        except _RowError as e:
                            problems.append(Problem(line, h, e.value, e.code, e.detail))
                            row_bad = True
                            continue
                        if hit is not None and len(memo) < 100000:
                            memo[raw] = hit
                        continue
                    if kind < 3 and type(raw) is str:  # the common cases inline: one call less per cell
                        x = raw.strip()
                        if not x:
                            continue
                        if x[0] != "'" and (
                            kind == 0 or (kind == 1 and "E" not in x and "e" not in x) or (kind == 2 and x.isdigit())
                        ):
                            v[t] = x
                            continue
                    try:
                        v[t] = parse(raw)
                    except _RowError as e:
                        problems.append(Problem(line, h, e.value, e.code, e.detail))
                        row_bad = True
                if tag_col is not None and tag_col < width:
                    v["tags"] = _split(cells[tag_col])
                if group_col is not None and group_col < width:
                    v["group"] = _split(cells[group_col])
                if custom:
                    vals = []
                    for i, h, f in custom:
                        raw = cells[i] if i < width else ""
                        if raw == "" or raw is None:
                            continue
                        try:
                            x = normalise(f, unneutralise(raw) if isinstance(raw, str) else raw)
                        except FieldValueError as e:
                            problems.append(Problem(line, h, cell_text(raw), "bad_value", str(e)))
                            row_bad = True
                            continue
                        if x is not None:
                            vals.append((f, x))
                    v["_custom"] = vals
                if row_bad:
                    summary.errors += 1
                    continue
                if has_phone:
                    phone = v.get("phone")
                    if phone:
                        v["_phone_key"] = phone if phone.isdigit() and len(phone) != 13 else phone_key(phone)
                if not (v.get("display_name") or v.get("wechat_id") or v.get("phone")):
                    problems.append(Problem(line, "", "", "no_key"))
                    summary.errors += 1
                    continue
                try:
                    created = writer.add(line, v)
                except _RowError as e:
                    column = next((h for _i, h, t in columns if t == e.column), "")
                    problems.append(Problem(line, column, e.value, e.code, e.detail, e.ref))
                    summary.errors += 1
                    continue
                if previewing and len(summary.preview) < PREVIEW_ROWS:
                    shown = {k: cell_text(x) for k, x in v.items() if k in MEMBER_COLUMNS}
                    summary.preview.append({"row": line, "new": created, **shown})
                    previewing = len(summary.preview) < PREVIEW_ROWS
            writer.finish()
            if summary.rows == 0:
                raise ImportError_(
                    f"{path.name} has a header row but no members under it. Nothing was imported."
                    if headers
                    else f"{path.name} has no rows. Nothing was imported."
                )
            conn.execute(
                update(ImportBatch)
                .where(ImportBatch.id == batch_id)
                .values(summary=json.dumps({**summary.counts(), "rows": summary.rows}, ensure_ascii=False))
            )
            if options.dry_run or (summary.errors and not options.skip_bad):
                raise _Rollback()
            if not summary.created and not summary.updated:
                summary.committed = True  # nothing to change: no empty batch in the history
                raise _Rollback()
            from core import tag_rules

            tag_rules.apply_rules(conn)  # rule tags for the new and changed members, in this transaction
            summary.committed = True
    except _Rollback:
        summary.batch_id = None
    return summary


def summary_json(summary: ImportSummary) -> dict:
    return {**summary.counts(), "batch_id": summary.batch_id, "report": summary.report, "dry_run": summary.dry_run}


__all__ = [
    "FIELDS",
    "BadRowsError",
    "EncodingChoiceRequired",
    "ImportOptions",
    "ImportSummary",
    "MappingError",
    "Problem",
    "asdict",
    "auto_mapping",
    "detect_encoding",
    "import_members",
    "inspect_file",
    "parse_map_text",
]
