"""Export members to CSV (UTF-8 with BOM, so Excel opens it) or XLSX: the rows and columns the owner chose.

``export_members(session, member_ids, columns, path, full_phones=False)`` writes the given members in the
given order. Headers are the Chinese names the member importer recognises, so an exported file imports back
unchanged. Cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
get a leading apostrophe; phone numbers are masked (138****8000) unless ``full_phones``. Members are read a
chunk at a time, so 100,000 of them are fine.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from core.custom_fields import fields as custom_fields
from core.errors import UserError
from core.importers.members import TIER_LABELS
from core.members import mask_phone
from core.models import Group, Member, MemberFieldValue, Membership, MemberTag, Tag

# Column key → header. Custom fields are "custom:<name>" with the field's name as header.
COLUMNS: dict[str, str] = {
    "display_name": "昵称",
    "wechat_id": "微信号",
    "phone": "手机",
    "other_contact": "其他联系方式",
    "birthday": "生日",
    "source_channel": "来源",
    "joined_at": "入群时间",
    "tier": "等级",
    "notes": "备注",
    "tags": "标签",
    "group": "群名",
    "do_not_contact": "勿扰",
}
CUSTOM = "custom:"
FORMATS = (".csv", ".xlsx")
CHUNK = 1000
_FORMULA_PREFIX = ("=", "+", "-", "@", "\t", "\r")


class ExportError(UserError):
    """An export that cannot be written; ``str()`` is a message for the user."""


def neutralise(text: str) -> str:
    """A cell value that no spreadsheet runs as a formula (OWASP: prefix an apostrophe)."""
    return "'" + text if text and text.startswith(_FORMULA_PREFIX) else text


def default_columns(session: Session) -> list[str]:
    return [*COLUMNS, *(CUSTOM + f.name for f in custom_fields(session))]


def all_member_ids(session: Session) -> list[int]:
    """Every member not in the trash, in id order (the command line's default selection)."""
    return list(session.execute(select(Member.id).where(Member.deleted_at.is_(None)).order_by(Member.id)).scalars())


def _cell(key: str, value: object, full_phones: bool) -> str:
    if value is None:
        return ""
    if key == "phone":
        return str(value) if full_phones else mask_phone(str(value))
    if key == "tier":
        return TIER_LABELS.get(str(value), str(value))
    if key == "do_not_contact":
        return "是" if value else "否"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def iter_rows(
    session: Session, member_ids: Sequence[int], columns: Sequence[str], full_phones: bool = False
) -> Iterator[list[str]]:
    """The header, then one row of text cells per member (neutralised against formulas)."""
    defined = {f.name: f.id for f in custom_fields(session)}
    unknown = [c for c in columns if c not in COLUMNS and not (c.startswith(CUSTOM) and c[len(CUSTOM) :] in defined)]
    if unknown:
        raise ExportError(f"Unknown column(s): {', '.join(unknown)}. Columns: {', '.join(default_columns(session))}.")
    if not columns:
        raise ExportError("Choose at least one column to export.")
    yield [COLUMNS.get(c) or c[len(CUSTOM) :] for c in columns]
    plain = [c for c in columns if c in COLUMNS and c not in ("tags", "group")]
    field_ids = {c: defined[c[len(CUSTOM) :]] for c in columns if c.startswith(CUSTOM)}
    for start in range(0, len(member_ids), CHUNK):
        ids = list(member_ids[start : start + CHUNK])
        rows = {
            r[0]: dict(zip(plain, r[1:], strict=True))
            for r in session.execute(select(Member.id, *[getattr(Member, c) for c in plain]).where(Member.id.in_(ids)))
        }
        tags: dict[int, list[str]] = {}
        if "tags" in columns:
            stmt = (
                select(MemberTag.member_id, Tag.name)
                .join(Tag, Tag.id == MemberTag.tag_id)
                .where(MemberTag.member_id.in_(ids))
                .order_by(MemberTag.member_id, Tag.dimension_id, Tag.id)
            )
            for mid, name in session.execute(stmt):
                tags.setdefault(mid, []).append(name)
        groups: dict[int, list[str]] = {}
        if "group" in columns:
            stmt = (
                select(Membership.member_id, Group.name)
                .join(Group, Group.id == Membership.group_id)
                .where(Membership.member_id.in_(ids), Membership.left_at.is_(None))
                .order_by(Membership.member_id, Group.id)
            )
            for mid, name in session.execute(stmt):
                if name not in groups.setdefault(mid, []):
                    groups[mid].append(name)
        values: dict[tuple[int, int], str] = {}
        if field_ids:
            stmt = select(MemberFieldValue.member_id, MemberFieldValue.field_id, MemberFieldValue.value).where(
                MemberFieldValue.member_id.in_(ids), MemberFieldValue.field_id.in_(list(field_ids.values()))
            )
            values = {(m, f): v for m, f, v in session.execute(stmt)}
        for mid in ids:
            row = rows.get(mid)
            if row is None:
                continue  # deleted meanwhile
            out = []
            for c in columns:
                if c == "tags":
                    text = "、".join(tags.get(mid, ()))
                elif c == "group":
                    text = "、".join(groups.get(mid, ()))
                elif c in field_ids:
                    text = values.get((mid, field_ids[c]), "")
                else:
                    text = _cell(c, row[c], full_phones)
                out.append(neutralise(text))
            yield out


def export_members(
    session: Session,
    member_ids: Sequence[int],
    columns: Sequence[str] | None,
    path: Path | str,
    full_phones: bool = False,
    progress=None,
) -> int:
    """Write ``member_ids`` (in that order) with ``columns`` (None: all) to ``path``; returns the row count.

    The format follows the extension: .csv (UTF-8 with BOM) or .xlsx. The file is written next to the target
    and renamed at the end, so a failed export never leaves half a file under the chosen name.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"Export to .csv or .xlsx, not {path.suffix or 'a file without extension'}.")
    columns = list(columns) if columns else default_columns(session)
    rows = iter_rows(session, member_ids, columns, full_phones)
    tmp = path.with_name(path.name + ".part")
    total = max(1, len(member_ids))
    count = -1
    try:
        if suffix == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                for count, row in enumerate(rows):
                    writer.writerow(row)
                    if progress is not None and count % 2000 == 0:
                        progress(count / total, "")
        else:
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("会员")
            for count, row in enumerate(rows):
                ws.append(row)
                if progress is not None and count % 2000 == 0:
                    progress(count / total, "")
            wb.save(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return max(0, count)
