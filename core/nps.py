"""NPS survey scores (净推荐值): one ``nps`` event per answer, ``amount`` = the score 0–10, ``ts`` = the day asked.

NPS = % promoters (9–10) − % detractors (0–6) of the answers in a period (docs/metrics.md). Scores are typed in
(the dashboard's "NPS scores…" dialog) or imported from a CSV of name or phone and score; an import is one
transaction and adds nothing if any row is bad.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlmodel import Session

from core.errors import UserError
from core.models import Event, ImportBatch, Member

KIND = "nps"


class NpsError(UserError):
    """Bad scores or an unreadable file; ``str()`` lists what to fix (row numbers count the header as row 1)."""


def _score(value: str | float | int) -> int:
    try:
        score = float(str(value).strip())
    except ValueError:
        raise NpsError(f"not a score: {value!r} (a whole number from 0 to 10)") from None
    if score != int(score) or not 0 <= score <= 10:
        raise NpsError(f"not a score: {value!r} (a whole number from 0 to 10)")
    return int(score)


def add_score(session: Session, member_id: int | None, score: int, day: date, commit: bool = True) -> int:
    """Record one answer (``member_id`` None: anonymous); returns the event id."""
    s = _score(score)
    ev = Event(member_id=member_id, group_id=None, kind=KIND, ts=datetime.combine(day, time(12)), amount=float(s))
    session.add(ev)
    if commit:
        session.commit()
    return int(ev.id) if ev.id is not None else 0


def find_member(session: Session, who: str) -> int | None:
    """A member by phone (digits), WeChat ID or exact display name; None if nobody or several match."""
    who = who.strip()
    if not who:
        return None
    digits = "".join(ch for ch in who if ch.isdigit())
    conds = [Member.display_name == who, Member.wechat_id == who]
    if digits and len(digits) >= 6:
        conds.append(Member.phone == digits)
    ids = session.execute(
        select(Member.id).where(or_(*conds), Member.deleted_at.is_(None)).limit(2)
    ).scalars().all()  # fmt: skip
    return int(ids[0]) if len(ids) == 1 else None


@dataclass
class NpsImport:
    added: int
    matched: int  # answers linked to a member (the rest are anonymous)


_WHO = ("name", "phone", "member", "昵称", "姓名", "名字", "手机", "手机号", "电话", "微信", "微信号")
_SCORE = ("score", "nps", "评分", "分数", "得分", "推荐", "推荐分")
_DATE = ("date", "日期", "时间")


def import_csv(session: Session, path: Path | str, day: date | None = None) -> NpsImport:
    """Scores from a CSV (UTF-8 or GBK) with a name/phone column and a score column; all rows or none."""
    raw = Path(path).read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte string
        raise NpsError("The file is neither UTF-8 nor GBK text.")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise NpsError("The file is empty.")
    header = [h.strip().lower() for h in rows[0]]

    def column(names) -> int | None:
        for i, h in enumerate(header):
            if any(n == h or n in h for n in names):
                return i
        return None

    who_col, score_col, date_col = column(_WHO), column(_SCORE), column(_DATE)
    if score_col is None:
        raise NpsError("No score column: name one column 'score' (or 评分) and one 'name' or 'phone' (or 昵称/手机号).")
    errors, answers = [], []
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        try:
            score = _score(row[score_col] if score_col < len(row) else "")
            when = day or date.today()
            if date_col is not None and date_col < len(row) and row[date_col].strip():
                when = date.fromisoformat(row[date_col].strip()[:10].replace("/", "-"))
        except (NpsError, ValueError) as exc:
            errors.append(f"row {n}: {exc}")
            continue
        who = row[who_col] if who_col is not None and who_col < len(row) else ""
        answers.append((find_member(session, who), score, when))
    if errors:
        raise NpsError("Nothing was imported. " + "; ".join(errors[:10]) + (" …" if len(errors) > 10 else ""))
    if not answers:
        raise NpsError("The file has no scores.")
    batch = ImportBatch(kind="nps", source=str(path), format="nps-csv", summary=f'{{"scores": {len(answers)}}}')
    session.add(batch)
    session.flush()
    for mid, score, when in answers:
        session.add(Event(member_id=mid, kind=KIND, ts=datetime.combine(when, time(12)), amount=float(score),
                          batch_id=batch.id))  # fmt: skip
    session.commit()
    return NpsImport(len(answers), sum(1 for m, _s, _w in answers if m is not None))


def recent(session: Session, limit: int = 200) -> list[tuple[int, str, int, str]]:
    """The latest answers: event id, member name (or ''), score, day."""
    rows = session.execute(
        select(Event.id, func.coalesce(Member.display_name, ""), Event.amount, Event.ts)
        .outerjoin(Member, Member.id == Event.member_id)
        .where(Event.kind == KIND)
        .order_by(Event.ts.desc(), Event.id.desc())
        .limit(limit)
    ).all()
    return [(int(i), name, int(a), str(ts)[:10]) for i, name, a, ts in rows]
