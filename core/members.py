"""Member queries for the member table: ordered ids for a search, and rows fetched a page at a time.

The table model holds only the ordered ids (as Anki's browser does) and asks for rows as they scroll into
view, so 100,000 members open instantly. Filtering and sorting happen in SQL.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import Float, and_, bindparam, cast, exists, func, or_, select
from sqlmodel import Session

from core import db as dbmod
from core.errors import UserError
from core.models import (
    CustomField,
    Group,
    Member,
    MemberActivity,
    MemberAlias,
    MemberFieldValue,
    Membership,
    MemberTag,
    PointsEntry,
    Tag,
    TagDimension,
)
from core.settings import get_setting, get_thresholds, set_setting

# Lifecycle states a member can be filtered by (from the last message, with the churn thresholds in settings).
STATES = ("active", "shallow_churn", "drifting", "deep_churn", "never_posted", "left")
VIEWS_KEY = "members.views"

_points = (
    select(func.coalesce(func.sum(PointsEntry.delta), 0))
    .where(PointsEntry.member_id == Member.id)
    .correlate(Member)
    .scalar_subquery()
)

# Sort keys the table offers, mapped to SQL expressions (NULLs sort last in both directions).
SORT_COLUMNS = {
    "name": Member.display_name,
    "tier": Member.tier,
    "last_active": MemberActivity.last_message_at,
    "messages": MemberActivity.messages,
    "joined": Member.joined_at,
    "source": Member.source_channel,
    "wechat_id": Member.wechat_id,
    "phone": Member.phone,
    "points": _points,
    "id": Member.id,
}


@dataclass
class MemberFilter:
    """What the Members page shows: search text and the filter panel's choices (saved as a named view).

    Tags: AND across dimensions, OR within one. Groups: a current member of any of them. Empty means "any".
    """

    text: str = ""
    tags: dict[int, list[int]] = field(default_factory=dict)  # dimension id -> tag ids
    groups: list[int] = field(default_factory=list)
    tiers: list[str] = field(default_factory=list)  # "" stands for "no tier yet"
    states: list[str] = field(default_factory=list)
    active_from: date | None = None
    active_to: date | None = None
    fields: dict[int, str] = field(default_factory=dict)  # custom field id -> value (text: contains)
    do_not_contact: bool | None = None

    def is_empty(self) -> bool:
        return self == MemberFilter()

    def to_json(self) -> dict:
        d = asdict(self)
        d["tags"] = {str(k): v for k, v in self.tags.items() if v}
        d["fields"] = {str(k): v for k, v in self.fields.items() if v}
        d["active_from"] = self.active_from.isoformat() if self.active_from else None
        d["active_to"] = self.active_to.isoformat() if self.active_to else None
        return d

    @classmethod
    def from_json(cls, d: dict) -> MemberFilter:
        return cls(
            text=d.get("text", ""),
            tags={int(k): [int(t) for t in v] for k, v in (d.get("tags") or {}).items()},
            groups=[int(g) for g in d.get("groups") or []],
            tiers=list(d.get("tiers") or []),
            states=[s for s in d.get("states") or [] if s in STATES],
            active_from=date.fromisoformat(d["active_from"]) if d.get("active_from") else None,
            active_to=date.fromisoformat(d["active_to"]) if d.get("active_to") else None,
            fields={int(k): str(v) for k, v in (d.get("fields") or {}).items()},
            do_not_contact=d.get("do_not_contact"),
        )


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    wechat_id: str | None
    phone: str | None
    tier: str | None
    source: str | None
    joined_at: datetime | None
    left_at: datetime | None
    last_active: datetime | None
    messages: int
    groups: tuple[str, ...]
    do_not_contact: bool
    points: int = 0
    tags: tuple[tuple[str, str], ...] = ()  # (tag name, colour)
    fields: dict[int, str] = field(default_factory=dict)

    def days_silent(self, today: date) -> int | None:
        if self.last_active is None:
            return None
        return max(0, (today - self.last_active.date()).days)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def _state_condition(session: Session, states: list[str], today: date):
    """SQL for "in any of these lifecycle states", on Member joined to MemberActivity."""
    t = get_thresholds(session)
    last = MemberActivity.last_message_at
    # silent days = today - date(last message); "silent ≤ N days" means last >= midnight(today - N)
    within = lambda days: last >= _midnight(today - timedelta(days=int(days)))  # noqa: E731
    current = exists().where(Membership.member_id == Member.id, Membership.left_at.is_(None))
    ever = exists().where(Membership.member_id == Member.id)
    left = and_(ever, ~current)
    staying = ~left
    parts = {
        "active": and_(staying, within(t["silent_after_days"])),
        "shallow_churn": and_(staying, within(t["shallow_churn_days"]), ~within(t["silent_after_days"])),
        "drifting": and_(staying, within(t["deep_churn_days"] - 1), ~within(t["shallow_churn_days"])),
        "deep_churn": and_(staying, last.is_not(None), ~within(t["deep_churn_days"] - 1)),
        "never_posted": and_(staying, last.is_(None)),
        "left": left,
    }
    return or_(*[parts[s] for s in states if s in parts])


def search_ids(
    session: Session,
    text: str | MemberFilter = "",
    sort: str = "id",
    descending: bool = False,
    today: date | None = None,
) -> list[int]:
    """Ids of the (not deleted) members matching a search text or a whole filter, sorted.

    ``sort`` is a key of ``SORT_COLUMNS`` or ``field:<custom field id>``. The order of every member by the sort
    key and the search text of every member are kept in memory until the data changes (see ``_MemberIndex``):
    a sort, a search or a filter then costs one small query (or none) and one pass over the ordered ids.
    """
    flt = text if isinstance(text, MemberFilter) else MemberFilter(text=text)
    today = today or date.today()
    index = _member_index(session)
    order = index.order(session, sort, descending)
    conn = session.connection()
    wanted: list[set[int]] = []
    words = flt.text.strip()
    if words:
        wanted.append(index.matching_text(session, words))
    for tag_ids in flt.tags.values():
        if tag_ids:
            tagged = select(MemberTag.member_id).where(MemberTag.tag_id.in_(tag_ids))
            wanted.append(set(dbmod.column_lists(conn, tagged)[0]))
    conditions = _conditions(session, flt, today)
    if conditions is not None:
        wanted.append(set(dbmod.column_lists(conn, conditions)[0]))
    if not wanted:
        return list(order)
    wanted.sort(key=len)
    keep = wanted[0].intersection(*wanted[1:]) if len(wanted) > 1 else wanted[0]
    if len(keep) * 10 >= len(order):
        return [i for i in order if i in keep]
    rank = index.rank(sort, descending, order)  # a few matches: sort their positions rather than walk everyone
    return list(map(order.__getitem__, sorted(map(rank.__getitem__, rank.keys() & keep))))


def _conditions(session: Session, flt: MemberFilter, today: date):
    """``SELECT member.id`` for the filter's choices other than the search text and tags (None: no others)."""
    stmt = select(Member.id)
    if flt.states or flt.active_from or flt.active_to:
        stmt = stmt.outerjoin(MemberActivity, MemberActivity.member_id == Member.id)
    conds = []
    if flt.groups:
        conds.append(
            Member.id.in_(
                select(Membership.member_id).where(Membership.group_id.in_(flt.groups), Membership.left_at.is_(None))
            )
        )
    if flt.tiers:
        named = [t for t in flt.tiers if t]
        tiers = [Member.tier.in_(named)] if named else []
        if "" in flt.tiers:
            tiers.append(Member.tier.is_(None))
        conds.append(or_(*tiers))
    if flt.states:
        conds.append(_state_condition(session, flt.states, today))
    if flt.active_from:
        conds.append(MemberActivity.last_message_at >= _midnight(flt.active_from))
    if flt.active_to:
        conds.append(MemberActivity.last_message_at < _midnight(flt.active_to + timedelta(days=1)))
    for fid, value in flt.fields.items():
        value = value.strip()
        if not value:
            continue
        kind = session.execute(select(CustomField.kind).where(CustomField.id == fid)).scalar_one_or_none()
        match = (
            MemberFieldValue.value.like(f"%{_escape_like(value)}%", escape="\\")
            if kind == "text"
            else MemberFieldValue.value == value
        )
        conds.append(Member.id.in_(select(MemberFieldValue.member_id).where(MemberFieldValue.field_id == fid, match)))
    if flt.do_not_contact is not None:
        conds.append(Member.do_not_contact == flt.do_not_contact)
    return stmt.where(*conds) if conds else None


class _MemberIndex:
    """What the member table needs of every member, for one generation of the data (``core.db.data_generation``):
    the not-deleted ids in each sort order asked for, and each member's search text (name, WeChat ID, phone,
    notes and aliases, lower-cased). Built on first use; dropped as soon as anything is written."""

    MAX_ORDERS = 8  # each order is a list of 100,000 ids (about 1 MB)

    def __init__(self, generation: int) -> None:
        self.generation = generation
        self._orders: OrderedDict[tuple[str, bool], list[int]] = OrderedDict()
        self._texts: _SearchTexts | None = None
        self._ranks: OrderedDict[tuple[str, bool], dict[int, int]] = OrderedDict()
        self._lock = threading.Lock()

    def order(self, session: Session, sort: str, descending: bool) -> list[int]:
        key = (sort, descending)
        with self._lock:
            found = self._orders.get(key)
            if found is not None:
                self._orders.move_to_end(key)
                return found
            other = self._orders.get(("id", not descending)) if sort == "id" else None
        ids = other[::-1] if other is not None else _ordered_ids(session, sort, descending)
        with self._lock:
            self._orders[key] = ids
            while len(self._orders) > self.MAX_ORDERS:
                self._orders.popitem(last=False)
        return ids

    def rank(self, sort: str, descending: bool, order: list[int]) -> dict[int, int]:
        """Each member's position in ``order`` (the last two asked for are kept)."""
        key = (sort, descending)
        with self._lock:
            found = self._ranks.get(key)
        if found is None:
            found = dict(zip(order, range(len(order)), strict=True))
            with self._lock:
                self._ranks[key] = found
                while len(self._ranks) > 2:
                    self._ranks.popitem(last=False)
        return found

    def matching_text(self, session: Session, words: str) -> set[int]:
        """Ids of the members (deleted ones too) whose name, WeChat ID, phone, notes or an alias contain
        ``words`` (case-insensitive)."""
        texts = self._texts
        if texts is None:
            texts = self._texts = _SearchTexts(*_search_texts(session))
        return texts.find(words.lower())


class _SearchTexts:
    """Every member's search text, lower-cased, in one list: a search is one pass of ``in`` over 100,000 short
    strings (one string per member, aliases folded in: twice as fast as one per alias)."""

    def __init__(self, ids: list[int], texts: list[str]) -> None:
        self.ids = ids
        self.texts = texts

    def find(self, needle: str) -> set[int]:
        if not needle:
            return set()
        return {i for i, text in zip(self.ids, self.texts, strict=True) if needle in text}


_indexes: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # engine -> _MemberIndex
_indexes_lock = threading.Lock()


def _member_index(session: Session) -> _MemberIndex:
    conn = session.connection()
    generation = dbmod.data_generation(conn)
    with _indexes_lock:
        index = _indexes.get(conn.engine)
        if index is None or index.generation != generation:
            index = _indexes[conn.engine] = _MemberIndex(generation)
        return index


def _ordered_ids(session: Session, sort: str, descending: bool) -> list[int]:
    """Every not-deleted member id by ``sort`` (NULLs last in both directions, ties by id)."""
    conn = session.connection()
    stmt = select(Member.id).where(Member.deleted_at.is_(None))
    if sort == "id":
        return dbmod.column_lists(conn, stmt.order_by(Member.id.desc() if descending else Member.id))[0]
    if sort == "last_active":
        return _by_last_active(session, stmt, descending)
    if sort.startswith("field:"):
        fid = int(sort.split(":", 1)[1])
        column = (
            select(MemberFieldValue.value)
            .where(MemberFieldValue.member_id == Member.id, MemberFieldValue.field_id == fid)
            .correlate(Member)
            .scalar_subquery()
        )
        kind = session.execute(select(CustomField.kind).where(CustomField.id == fid)).scalar_one_or_none()
        if kind == "number":
            column = cast(column, Float)
    else:
        column = SORT_COLUMNS[sort]
    if sort == "messages":
        stmt = stmt.outerjoin(MemberActivity, MemberActivity.member_id == Member.id)
    order = column.desc() if descending else column.asc()
    return dbmod.column_lists(conn, stmt.order_by(column.is_(None), order, Member.id))[0]


def _by_last_active(session: Session, matching, descending: bool) -> list[int]:
    """The matching ids ordered by last message (ties by id), members who never posted last.

    Sorting 100,000 joined rows needs a temporary B-tree; reading ``ix_member_activity_last_message`` in order
    (a covering index: ``member_id`` is the rowid) and keeping the matching ids is about twice as fast.
    """
    conn = session.connection()
    wanted = dbmod.column_lists(conn, matching.order_by(None))[0]
    keep = set(wanted)
    index_order = select(MemberActivity.member_id).where(MemberActivity.last_message_at.is_not(None))
    index_order = index_order.order_by(
        MemberActivity.last_message_at.desc() if descending else MemberActivity.last_message_at
    )
    ordered = [i for i in dbmod.column_lists(conn, index_order)[0] if i in keep]
    seen = set(ordered)
    never = sorted(i for i in wanted if i not in seen)
    return ordered + never


def _search_texts(session: Session) -> tuple[list[int], list[str]]:
    """Member ids and their lower-cased search texts, aligned: name, WeChat ID, phone, notes and the aliases
    that say something more, separated by a character nobody types (a search never matches across two)."""
    conn = session.connection()
    ids, names, wechat_ids, phones, notes = dbmod.column_lists(
        conn,
        select(
            Member.id,
            Member.display_name,
            func.coalesce(Member.wechat_id, ""),
            func.coalesce(Member.phone, ""),
            func.coalesce(Member.notes, ""),
        ),  # deleted members too: reading the table in order is faster than through ix_member_deleted_at
        lower=True,
    )
    texts = list(map(_SEP.join, zip(names, wechat_ids, phones, notes, strict=True)))  # a loop in C
    where = dict(zip(ids, range(len(ids)), strict=True))
    alias_ids, aliases = dbmod.column_lists(conn, select(MemberAlias.member_id, MemberAlias.alias), lower=True)
    for member_id, alias in zip(alias_ids, aliases, strict=True):
        k = where.get(member_id)
        if k is not None and alias not in texts[k]:  # most aliases are the name itself
            texts[k] += _SEP + alias
    return ids, texts


_SEP = "\x1f"


# --- saved views ------------------------------------------------------------------------------------


def views(session: Session) -> dict[str, MemberFilter]:
    """The saved filters ("views"), by name."""
    raw = get_setting(session, VIEWS_KEY, {}) or {}
    return {name: MemberFilter.from_json(d) for name, d in sorted(raw.items())}


def save_view(session: Session, name: str, flt: MemberFilter) -> None:
    name = name.strip()
    if not name:
        raise ValueError("A view needs a name.")
    raw = dict(get_setting(session, VIEWS_KEY, {}) or {})
    raw[name] = flt.to_json()
    set_setting(session, VIEWS_KEY, raw)


def delete_view(session: Session, name: str) -> None:
    raw = dict(get_setting(session, VIEWS_KEY, {}) or {})
    raw.pop(name, None)
    set_setting(session, VIEWS_KEY, raw)


class UnknownView(UserError, LookupError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"No saved view named {name}. Saved views: {', '.join(known) or '(none)'}")


def view(session: Session, name: str) -> MemberFilter:
    found = views(session)
    if name not in found:
        raise UnknownView(name, list(found))
    return found[name]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_PAGE_IDS = bindparam("ids", expanding=True)
# The statements of ``fetch_rows``, built once: SQLAlchemy compiles each once and reuses it for every page.
_ROWS = (
    select(
        Member.id,
        Member.display_name,
        Member.wechat_id,
        Member.phone,
        Member.tier,
        Member.source_channel,
        Member.joined_at,
        Member.left_at,
        MemberActivity.last_message_at,
        func.coalesce(MemberActivity.messages, 0),
        Member.do_not_contact,
        _points,
    )
    .outerjoin(MemberActivity, MemberActivity.member_id == Member.id)
    .where(Member.id.in_(_PAGE_IDS))
)
_GROUPS = (
    select(Membership.member_id, Group.name)
    .join(Group, Group.id == Membership.group_id)
    .where(Membership.member_id.in_(_PAGE_IDS), Membership.left_at.is_(None))
    .order_by(Membership.member_id, Group.id)
)
_TAGS = select(MemberTag.member_id, MemberTag.tag_id).where(MemberTag.member_id.in_(_PAGE_IDS))
_TAG_INFO = select(
    Tag.id, Tag.name, func.coalesce(Tag.color, TagDimension.color), TagDimension.sort_order, Tag.dimension_id
).join(TagDimension, TagDimension.id == Tag.dimension_id)
_VALUES = select(MemberFieldValue.member_id, MemberFieldValue.field_id, MemberFieldValue.value).where(
    MemberFieldValue.member_id.in_(_PAGE_IDS)
)


def fetch_rows(session: Session, ids: list[int]) -> dict[int, MemberRow]:
    """The display rows for ``ids`` (one page): current groups, points balance, tags and custom fields."""
    if not ids:
        return {}
    conn = session.connection()
    groups: dict[int, list[str]] = {}
    for member_id, name in dbmod.rows_for_ids(conn, _GROUPS, ids):
        groups.setdefault(member_id, []).append(name)
    # Tags in the tag manager's order (dimension, then name); sorted here: in SQL the sort costs 5× the join.
    info = {tid: ((order, dim, name), (name, colour)) for tid, name, colour, order, dim in conn.execute(_TAG_INFO)}
    tag_ids: dict[int, list[int]] = {}
    for member_id, tag_id in dbmod.rows_for_ids(conn, _TAGS, ids):
        tag_ids.setdefault(member_id, []).append(tag_id)
    tags = {m: [info[t][1] for t in sorted(found, key=lambda t: info[t][0])] for m, found in tag_ids.items()}
    values: dict[int, dict[int, str]] = {}
    for member_id, fid, value in dbmod.rows_for_ids(conn, _VALUES, ids):
        values.setdefault(member_id, {})[fid] = value
    when = dbmod.parse_timestamp
    rows = {}
    for r in dbmod.rows_for_ids(conn, _ROWS, ids):
        rows[r[0]] = MemberRow(
            id=r[0],
            name=r[1],
            wechat_id=r[2],
            phone=r[3],
            tier=r[4],
            source=r[5],
            joined_at=when(r[6]),
            left_at=when(r[7]),
            last_active=when(r[8]),
            messages=int(r[9]),
            groups=tuple(groups.get(r[0], ())),
            do_not_contact=bool(r[10]),
            points=int(r[11] or 0),
            tags=tuple(tags.get(r[0], ())),
            fields=values.get(r[0], {}),
        )
    return rows


def mask_phone(phone: str | None) -> str:
    """138****8000: phone numbers are masked wherever they are shown or exported by default."""
    if not phone:
        return ""
    if len(phone) < 7:
        return phone[:1] + "*" * (len(phone) - 1)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


@dataclass(frozen=True)
class FilterOptions:
    """What the filter panel offers: tag dimensions with their tags, groups, tiers in use, custom fields."""

    dimensions: list[tuple[int, str, str, list[tuple[int, str]]]]  # (id, name, colour, [(tag id, name)])
    groups: list[tuple[int, str]]
    tiers: list[str]
    fields: list  # custom_fields.FieldDef


def filter_options(session: Session) -> FilterOptions:
    from core import custom_fields
    from core.models import TIERS

    dims = session.execute(
        select(TagDimension.id, TagDimension.name, TagDimension.color).order_by(
            TagDimension.sort_order, TagDimension.id
        )
    ).all()
    tags: dict[int, list[tuple[int, str]]] = {}
    for tid, dim, name in session.execute(select(Tag.id, Tag.dimension_id, Tag.name).order_by(Tag.name)):
        tags.setdefault(dim, []).append((tid, name))
    groups = session.execute(select(Group.id, Group.name).where(Group.archived.is_(False)).order_by(Group.id)).all()
    used = {t for (t,) in session.execute(select(Member.tier).distinct()) if t}
    tiers = list(TIERS) + sorted(used - set(TIERS))
    return FilterOptions(
        [(d[0], d[1], d[2], tags.get(d[0], [])) for d in dims],
        [tuple(g) for g in groups],
        tiers,
        custom_fields.fields(session),
    )
