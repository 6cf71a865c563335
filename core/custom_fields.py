"""Custom member fields the owner defines: text, number, date or choice (where 入群问卷 answers live).

Values are stored as text in ``member_field_value``: numbers as the owner typed them once normalised
(``12.5``), dates as ``YYYY-MM-DD``, choices as one of the field's choices. ``normalise`` checks and converts a
raw value and raises ``FieldValueError`` with a message fit for the user when it does not fit the field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlmodel import Session

from core.errors import UserError
from core.models import CustomField, MemberFieldValue

KINDS = ("text", "number", "date", "choice")


class FieldError(UserError, ValueError):
    """A field definition that cannot be saved (empty or duplicate name, unknown kind, no choices)."""


class FieldValueError(UserError, ValueError):
    """A value that does not fit its field (not a number, not a date, not one of the choices)."""


@dataclass(frozen=True)
class FieldDef:
    id: int
    name: str
    kind: str
    choices: tuple[str, ...]
    sort_order: int


def _to_def(row: CustomField) -> FieldDef:
    return FieldDef(row.id, row.name, row.kind, tuple(json.loads(row.choices or "[]")), row.sort_order)


def fields(session: Session) -> list[FieldDef]:
    """Every custom field, in the owner's order."""
    rows = session.execute(select(CustomField).order_by(CustomField.sort_order, CustomField.id)).scalars()
    return [_to_def(r) for r in rows]


def field_by_name(session: Session, name: str) -> FieldDef | None:
    row = session.execute(select(CustomField).where(CustomField.name == name.strip())).scalars().first()
    return _to_def(row) if row else None


def define(
    session: Session,
    name: str,
    kind: str = "text",
    choices: list[str] | tuple[str, ...] = (),
    field_id: int | None = None,
) -> FieldDef:
    """Create a field, or change one (``field_id``); values already stored are kept."""
    name = name.strip()
    if not name:
        raise FieldError("A field needs a name.")
    if kind not in KINDS:
        raise FieldError(f"Unknown field kind: {kind}")
    clean = [c.strip() for c in choices if c.strip()]
    if kind == "choice" and not clean:
        raise FieldError("A choice field needs at least one choice.")
    clash = session.execute(select(CustomField).where(CustomField.name == name)).scalars().first()
    if clash is not None and clash.id != field_id:
        raise FieldError(f"There is already a field named {name}.")
    if field_id is None:
        order = session.execute(select(func.coalesce(func.max(CustomField.sort_order), 0))).scalar_one() + 1
        row = CustomField(name=name, kind=kind, sort_order=order)
    else:
        row = session.get(CustomField, field_id)
    row.name, row.kind, row.choices = name, kind, json.dumps(list(dict.fromkeys(clean)), ensure_ascii=False)
    session.add(row)
    session.flush()
    return _to_def(row)


def remove(session: Session, field_id: int) -> int:
    """Delete a field and its values; returns how many members had a value."""
    n = session.execute(select(func.count()).where(MemberFieldValue.field_id == field_id)).scalar_one()
    session.execute(delete(MemberFieldValue).where(MemberFieldValue.field_id == field_id))
    row = session.get(CustomField, field_id)
    if row is not None:
        session.delete(row)
    session.flush()
    return n


def usage(session: Session) -> dict[int, int]:
    """Field id → number of members with a value."""
    stmt = select(MemberFieldValue.field_id, func.count()).group_by(MemberFieldValue.field_id)
    return dict(session.execute(stmt).all())


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日", "%d/%m/%Y")
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(raw: str, today: date | None = None) -> date:
    """A date from the ways owners write them: 2025-05-12, 2025/5/12, 2025年5月12日, 5月12日, an Excel serial."""
    text = raw.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    m = re.fullmatch(r"(\d{1,2})月(\d{1,2})[日号]?", text)
    if m:
        year = (today or date.today()).year
        return date(year, int(m.group(1)), int(m.group(2)))
    if re.fullmatch(r"\d{5}(\.0+)?", text):  # an Excel serial day number (1900 date system)
        return _EXCEL_EPOCH + timedelta(days=int(float(text)))
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise FieldValueError(f"Not a date: {raw}")


def normalise(field: FieldDef, raw: object) -> str | None:
    """The stored text for ``raw`` in ``field``; None for an empty value. Raises FieldValueError."""
    if raw is None:
        return None
    if isinstance(raw, (datetime, date)):
        text = (raw.date() if isinstance(raw, datetime) else raw).isoformat()
    else:
        text = str(raw).strip()
    if not text:
        return None
    if field.kind == "number":
        cleaned = text.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
        try:
            value = float(cleaned)
        except ValueError:
            raise FieldValueError(f"Not a number: {text}") from None
        return str(int(value)) if value.is_integer() else repr(value)
    if field.kind == "date":
        return parse_date(text).isoformat()
    if field.kind == "choice":
        if text not in field.choices:
            raise FieldValueError(f"Not one of the choices ({'/'.join(field.choices)}): {text}")
    return text


def values_for(session: Session, member_id: int) -> dict[int, str]:
    """Field id → stored value for one member."""
    stmt = select(MemberFieldValue.field_id, MemberFieldValue.value).where(MemberFieldValue.member_id == member_id)
    return dict(session.execute(stmt).all())


def set_value(session: Session, member_id: int, field: FieldDef, raw: object) -> str | None:
    """Store (or clear, for an empty value) one member's value; returns the stored text."""
    value = normalise(field, raw)
    row = session.get(MemberFieldValue, (member_id, field.id))
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(MemberFieldValue(member_id=member_id, field_id=field.id, value=value))
    else:
        row.value = value
        session.add(row)
    session.flush()
    return value
