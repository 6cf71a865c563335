"""Tag dimensions and tags (标签维度 / 标签): counts, editing, merging, bulk tagging and "why has this member this tag".

A tag belongs to one dimension (育儿阶段, 消费能力 …); its colour is its own or, when unset, the dimension's.
``member_tag.source`` says where a member's tag came from: ``manual``, ``import`` or ``import:<batch id>`` (a
spreadsheet import), ``rule:<rule id>`` (an automatic tag, see ``core.tag_rules``). Rules only ever remove rows
with their own source, so a tag set by hand is never taken away by a rule.

Everything here is set-based SQL: bulk tagging of 100,000 members goes through a temporary id table, counts are
one grouped query. Functions take a ``Session`` or a ``Connection`` and run inside the caller's transaction.
Errors the user can cause raise ``TagError`` with a ``code`` (for the UI's translation) and an English message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Integer,
    MetaData,
    Table,
    and_,
    delete,
    exists,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlmodel import Session

from core import db as dbmod
from core.errors import UserError
from core.models import ImportBatch, Member, MemberTag, Tag, TagDimension, TagRule

# Okabe–Ito (the same colour-blind-safe palette as the charts, see core.chartstyle), for new dimensions.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_NAME = 40


class TagError(UserError, ValueError):
    """A change to tags that cannot be made; ``code`` and ``details`` let the UI say it in the user's language."""

    def __init__(self, code: str, message: str, **details: object) -> None:
        super().__init__(message)
        self.code = code
        self.details = details


class TagInUseError(TagError):
    """Deleting a tag (or dimension) that members carry needs the caller's confirmation; ``members`` says how many."""

    def __init__(self, name: str, members: int) -> None:
        super().__init__("in_use", f"{members} members carry {name}; confirm to delete it from all of them.", name=name)
        self.members = members


@dataclass
class TagInfo:
    id: int
    dimension_id: int
    name: str
    color: str  # the colour to show: its own or the dimension's
    own_color: str | None
    sort_order: int
    members: int


@dataclass
class DimensionInfo:
    id: int
    name: str
    color: str
    sort_order: int
    tags: list[TagInfo] = field(default_factory=list)


@dataclass
class TagReason:
    """One tag of a member and why they have it (``explain``)."""

    tag_id: int
    tag: str
    dimension: str
    color: str
    source: str  # manual / import / rule / other: the kind of source
    created_at: datetime | None
    file: str | None = None  # import: the file's name, when known
    rule_id: int | None = None
    rule_name: str | None = None
    rule_kind: str | None = None
    rule_params: dict | None = None
    rule_text: str | None = None  # the rule's condition in English
    rule_target: str = ""  # the group's or field's name, for group and field rules
    value: object = None  # the member's own value for the rule (spend, messages …), None if not known
    text: str = ""  # the whole reason as one English sentence (command line)


def _conn(session: Session | Connection) -> Connection:
    return session.connection() if isinstance(session, Session) else session


def _clean_name(name: str, what: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise TagError("empty_name", f"A {what} needs a name.")
    if len(name) > MAX_NAME:
        raise TagError("long_name", f"A {what} name can have at most {MAX_NAME} characters.", limit=MAX_NAME)
    return name


def _clean_colour(color: str | None) -> str | None:
    if color is None or color == "":
        return None
    if not _COLOUR.match(color):
        raise TagError("bad_colour", f"{color} is not a colour in the form #RRGGBB.", color=color)
    return color.upper()


# --- reading -----------------------------------------------------------------------------------------------


def tag_tree(session: Session | Connection) -> list[DimensionInfo]:
    """Every dimension with its tags, in the owner's order, and how many members (not in the trash) carry each.

    One query; the counts are read from the (tag_id, member_id) index.
    """
    conn = _conn(session)
    d, t, mt, m = TagDimension.__table__, Tag.__table__, MemberTag.__table__, Member.__table__
    # All rows per tag (read from the (tag_id, member_id) index alone) minus those of members in the trash (few):
    # much cheaper than joining 300,000 rows to the member table.
    total = select(mt.c.tag_id, func.count().label("n")).group_by(mt.c.tag_id).subquery()
    # IN (not a join): SQLite then starts from the few trashed members instead of scanning every tag row.
    trashed = (
        select(mt.c.tag_id, func.count().label("n"))
        .where(mt.c.member_id.in_(select(m.c.id).where(m.c.deleted_at.is_not(None))))
        .group_by(mt.c.tag_id)
        .subquery()
    )
    n = func.coalesce(total.c.n, 0) - func.coalesce(trashed.c.n, 0)
    stmt = (
        select(d.c.id, d.c.name, d.c.color, d.c.sort_order, t.c.id, t.c.name, t.c.color, t.c.sort_order, n)
        .select_from(
            d.outerjoin(t, t.c.dimension_id == d.c.id)
            .outerjoin(total, total.c.tag_id == t.c.id)
            .outerjoin(trashed, trashed.c.tag_id == t.c.id)
        )
        .order_by(d.c.sort_order, d.c.id, t.c.sort_order, t.c.id)
    )
    out: list[DimensionInfo] = []
    for did, dname, dcolor, dorder, tid, tname, tcolor, torder, n in conn.execute(stmt):
        if not out or out[-1].id != did:
            out.append(DimensionInfo(did, dname, dcolor, dorder))
        if tid is not None:
            out[-1].tags.append(TagInfo(tid, did, tname, tcolor or dcolor, tcolor, torder, int(n or 0)))
    return out


def all_tags(session: Session | Connection) -> list[TagInfo]:
    """Every tag, in dimension then tag order (with counts)."""
    return [t for dim in tag_tree(session) for t in dim.tags]


def get_tag(session: Session | Connection, tag_id: int) -> Tag:
    tag = _conn(session).execute(select(Tag.__table__).where(Tag.__table__.c.id == tag_id)).one_or_none()
    if tag is None:
        raise TagError("no_tag", f"There is no tag number {tag_id}.", id=tag_id)
    return tag


def _dimension(conn: Connection, dimension_id: int):
    row = conn.execute(select(TagDimension.__table__).where(TagDimension.__table__.c.id == dimension_id)).one_or_none()
    if row is None:
        raise TagError("no_dimension", f"There is no tag dimension number {dimension_id}.", id=dimension_id)
    return row


def usage(session: Session | Connection, tag_id: int) -> int:
    """How many members (not in the trash) carry the tag."""
    mt, m = MemberTag.__table__, Member.__table__
    stmt = (
        select(func.count())
        .select_from(mt.join(m, m.c.id == mt.c.member_id))
        .where(mt.c.tag_id == tag_id, m.c.deleted_at.is_(None))
    )
    return int(_conn(session).execute(stmt).scalar_one())


def dimension_usage(session: Session | Connection, dimension_id: int) -> int:
    """How many members (not in the trash) carry at least one tag of the dimension."""
    mt, m, t = MemberTag.__table__, Member.__table__, Tag.__table__
    stmt = (
        select(func.count(func.distinct(mt.c.member_id)))
        .select_from(mt.join(m, m.c.id == mt.c.member_id).join(t, t.c.id == mt.c.tag_id))
        .where(t.c.dimension_id == dimension_id, m.c.deleted_at.is_(None))
    )
    return int(_conn(session).execute(stmt).scalar_one())


def rules_using(session: Session | Connection, tag_id: int) -> int:
    """How many tag rules give this tag (deleting the tag deletes them)."""
    r = TagRule.__table__
    return int(_conn(session).execute(select(func.count()).where(r.c.tag_id == tag_id)).scalar_one())


def member_tags(session: Session | Connection, member_ids: Iterable[int]) -> dict[int, list[tuple[str, str]]]:
    """Member id → [(tag name, colour)] in dimension and tag order, for a page of rows (chips in a table)."""
    ids = [int(i) for i in member_ids]
    if not ids:
        return {}
    mt, t, d = MemberTag.__table__, Tag.__table__, TagDimension.__table__
    out: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
    conn = _conn(session)
    for start in range(0, len(ids), 500):
        stmt = (
            select(mt.c.member_id, t.c.name, func.coalesce(t.c.color, d.c.color))
            .select_from(mt.join(t, t.c.id == mt.c.tag_id).join(d, d.c.id == t.c.dimension_id))
            .where(mt.c.member_id.in_(ids[start : start + 500]))
            .order_by(mt.c.member_id, d.c.sort_order, d.c.id, t.c.sort_order, t.c.id)
        )
        for mid, name, color in conn.execute(stmt):
            out[mid].append((name, color))
    return out


# --- dimensions ----------------------------------------------------------------------------------------------


def _dimension_named(conn: Connection, name: str):
    d = TagDimension.__table__
    return conn.execute(select(d.c.id).where(d.c.name == name)).scalar_one_or_none()


def create_dimension(session: Session | Connection, name: str, color: str | None = None) -> int:
    conn = _conn(session)
    name = _clean_name(name, "tag dimension")
    if _dimension_named(conn, name) is not None:
        raise TagError("dimension_exists", f"There is already a tag dimension named {name}.", name=name)
    d = TagDimension.__table__
    n, top = conn.execute(select(func.count(), func.coalesce(func.max(d.c.sort_order), 0))).one()
    color = _clean_colour(color) or PALETTE[n % len(PALETTE)]
    return conn.execute(insert(d).values(name=name, color=color, sort_order=top + 1)).inserted_primary_key[0]


def rename_dimension(session: Session | Connection, dimension_id: int, name: str) -> None:
    conn = _conn(session)
    _dimension(conn, dimension_id)
    name = _clean_name(name, "tag dimension")
    other = _dimension_named(conn, name)
    if other is not None and other != dimension_id:
        raise TagError("dimension_exists", f"There is already a tag dimension named {name}.", name=name)
    d = TagDimension.__table__
    conn.execute(update(d).where(d.c.id == dimension_id).values(name=name))


def set_dimension_color(session: Session | Connection, dimension_id: int, color: str) -> None:
    conn = _conn(session)
    _dimension(conn, dimension_id)
    colour = _clean_colour(color)
    if colour is None:
        raise TagError("bad_colour", "A tag dimension needs a colour.", color=color)
    d = TagDimension.__table__
    conn.execute(update(d).where(d.c.id == dimension_id).values(color=colour))


def reorder_dimensions(session: Session | Connection, dimension_ids: list[int]) -> None:
    """Put the dimensions in this order (ids not listed keep their place after the listed ones)."""
    conn = _conn(session)
    d = TagDimension.__table__
    for order, did in enumerate(dimension_ids, start=1):
        conn.execute(update(d).where(d.c.id == did).values(sort_order=order))


def merge_dimensions(session: Session | Connection, source_id: int, target_id: int) -> int:
    """Move every tag of ``source`` into ``target`` (tags with the same name are merged) and delete ``source``.

    Returns the number of tags moved or merged.
    """
    conn = _conn(session)
    if source_id == target_id:
        raise TagError("same_dimension", "A tag dimension cannot be merged into itself.")
    _dimension(conn, source_id)
    _dimension(conn, target_id)
    t = Tag.__table__
    moved = 0
    for tid, name in conn.execute(select(t.c.id, t.c.name).where(t.c.dimension_id == source_id)).all():
        same = conn.execute(select(t.c.id).where(t.c.dimension_id == target_id, t.c.name == name)).scalar_one_or_none()
        if same is not None:
            merge_tags(conn, tid, same)
        else:
            conn.execute(
                update(t).where(t.c.id == tid).values(dimension_id=target_id, sort_order=_next_order(conn, target_id))
            )
        moved += 1
    conn.execute(delete(TagDimension.__table__).where(TagDimension.__table__.c.id == source_id))
    return moved


def delete_dimension(session: Session | Connection, dimension_id: int, confirmed: bool = False) -> int:
    """Delete a dimension with its tags (and their rules); raises ``TagInUseError`` unless confirmed when
    members carry any of its tags. Returns how many members lost a tag."""
    conn = _conn(session)
    dim = _dimension(conn, dimension_id)
    n = dimension_usage(conn, dimension_id)
    if n and not confirmed:
        raise TagInUseError(dim.name, n)
    t = Tag.__table__
    ids = select(t.c.id).where(t.c.dimension_id == dimension_id)
    conn.execute(delete(MemberTag.__table__).where(MemberTag.__table__.c.tag_id.in_(ids)))
    conn.execute(delete(TagRule.__table__).where(TagRule.__table__.c.tag_id.in_(ids)))
    conn.execute(delete(t).where(t.c.dimension_id == dimension_id))
    conn.execute(delete(TagDimension.__table__).where(TagDimension.__table__.c.id == dimension_id))
    return n


# --- tags ------------------------------------------------------------------------------------------------------


def _next_order(conn: Connection, dimension_id: int) -> int:
    t = Tag.__table__
    top = conn.execute(select(func.coalesce(func.max(t.c.sort_order), 0)).where(t.c.dimension_id == dimension_id))
    return int(top.scalar_one()) + 1


def _tag_named(conn: Connection, dimension_id: int, name: str):
    t = Tag.__table__
    return conn.execute(select(t.c.id).where(t.c.dimension_id == dimension_id, t.c.name == name)).scalar_one_or_none()


def create_tag(session: Session | Connection, dimension_id: int, name: str, color: str | None = None) -> int:
    conn = _conn(session)
    dim = _dimension(conn, dimension_id)
    name = _clean_name(name, "tag")
    if _tag_named(conn, dimension_id, name) is not None:
        raise TagError("tag_exists", f"{dim.name} already has a tag named {name}.", name=name, dimension=dim.name)
    values = {"dimension_id": dimension_id, "name": name, "color": _clean_colour(color)}
    values["sort_order"] = _next_order(conn, dimension_id)
    return conn.execute(insert(Tag.__table__).values(values)).inserted_primary_key[0]


def rename_tag(session: Session | Connection, tag_id: int, name: str) -> None:
    conn = _conn(session)
    tag = get_tag(conn, tag_id)
    name = _clean_name(name, "tag")
    other = _tag_named(conn, tag.dimension_id, name)
    if other is not None and other != tag_id:
        dim = _dimension(conn, tag.dimension_id)
        raise TagError("tag_exists", f"{dim.name} already has a tag named {name}.", name=name, dimension=dim.name)
    conn.execute(update(Tag.__table__).where(Tag.__table__.c.id == tag_id).values(name=name))


def set_tag_color(session: Session | Connection, tag_id: int, color: str | None) -> None:
    """Give the tag its own colour, or ``None`` to use its dimension's."""
    conn = _conn(session)
    get_tag(conn, tag_id)
    conn.execute(update(Tag.__table__).where(Tag.__table__.c.id == tag_id).values(color=_clean_colour(color)))


def reorder_tags(session: Session | Connection, tag_ids: list[int]) -> None:
    """Put these tags (of one dimension) in this order."""
    conn = _conn(session)
    t = Tag.__table__
    for order, tid in enumerate(tag_ids, start=1):
        conn.execute(update(t).where(t.c.id == tid).values(sort_order=order))


def move_tag(session: Session | Connection, tag_id: int, dimension_id: int) -> None:
    """Move a tag to another dimension (members keep it); a tag of the same name there must be merged instead."""
    conn = _conn(session)
    tag = get_tag(conn, tag_id)
    dim = _dimension(conn, dimension_id)
    if tag.dimension_id == dimension_id:
        return
    if _tag_named(conn, dimension_id, tag.name) is not None:
        raise TagError(
            "tag_exists_merge",
            f"{dim.name} already has a tag named {tag.name}; merge the two tags instead.",
            name=tag.name,
            dimension=dim.name,
        )
    t = Tag.__table__
    conn.execute(
        update(t).where(t.c.id == tag_id).values(dimension_id=dimension_id, sort_order=_next_order(conn, dimension_id))
    )


def merge_tags(session: Session | Connection, source_id: int, target_id: int) -> int:
    """Merge ``source`` into ``target``: every member of either ends with ``target`` once, keeping the earlier
    ``created_at`` (and a hand-set source over a rule's); rules that gave ``source`` now give ``target``.
    ``source`` is deleted. Returns how many members gained ``target``."""
    conn = _conn(session)
    if source_id == target_id:
        raise TagError("same_tag", "A tag cannot be merged into itself.")
    get_tag(conn, source_id)
    get_tag(conn, target_id)
    mt = MemberTag.__table__
    src = mt.alias("src")
    # Members with both: the target row keeps the earlier date, and a source that no rule may take away.
    both = and_(src.c.member_id == mt.c.member_id, src.c.tag_id == source_id)
    conn.execute(
        update(mt)
        .where(mt.c.tag_id == target_id, exists().where(both, src.c.created_at < mt.c.created_at))
        .values(created_at=select(src.c.created_at).where(both).scalar_subquery())
    )
    conn.execute(
        update(mt)
        .where(
            mt.c.tag_id == target_id,
            mt.c.source.like("rule:%"),
            exists().where(both, src.c.source.not_like("rule:%")),
        )
        .values(source=select(src.c.source).where(both).scalar_subquery())
    )
    tgt = mt.alias("tgt")
    moved = conn.execute(
        update(mt)
        .where(
            mt.c.tag_id == source_id,
            ~exists().where(tgt.c.member_id == mt.c.member_id, tgt.c.tag_id == target_id),
        )
        .values(tag_id=target_id)
    ).rowcount
    conn.execute(delete(mt).where(mt.c.tag_id == source_id))
    r = TagRule.__table__
    conn.execute(update(r).where(r.c.tag_id == source_id).values(tag_id=target_id))
    conn.execute(delete(Tag.__table__).where(Tag.__table__.c.id == source_id))
    return int(moved)


def delete_tag(session: Session | Connection, tag_id: int, confirmed: bool = False) -> int:
    """Delete a tag, its members' rows and the rules that give it. A tag members carry raises ``TagInUseError``
    (with the count, for the question to ask) unless ``confirmed``. Returns how many members lost it."""
    conn = _conn(session)
    tag = get_tag(conn, tag_id)
    n = usage(conn, tag_id)
    if n and not confirmed:
        raise TagInUseError(tag.name, n)
    conn.execute(delete(MemberTag.__table__).where(MemberTag.__table__.c.tag_id == tag_id))
    conn.execute(delete(TagRule.__table__).where(TagRule.__table__.c.tag_id == tag_id))
    conn.execute(delete(Tag.__table__).where(Tag.__table__.c.id == tag_id))
    return n


def ensure_tag(session: Session | Connection, dimension_name: str, tag_name: str) -> int:
    """The id of tag ``tag_name`` in dimension ``dimension_name``, creating either when missing (importers)."""
    conn = _conn(session)
    dname = _clean_name(dimension_name, "tag dimension")
    tname = _clean_name(tag_name, "tag")
    did = _dimension_named(conn, dname)
    if did is None:
        did = create_dimension(conn, dname)
    tid = _tag_named(conn, did, tname)
    return tid if tid is not None else create_tag(conn, did, tname)


# --- members' tags -------------------------------------------------------------------------------------------


def add_tags(
    session: Session | Connection, member_ids: Iterable[int], tag_ids: Iterable[int], source: str = "manual"
) -> int:
    """Give these tags to these members (set-based; fine for 100,000 ids); returns the rows added.

    Members who already have a tag keep their row, except that adding by hand (``manual``) turns a rule's tag
    into a hand-set one, which rules then leave alone.
    """
    conn = _conn(session)
    tags = list(dict.fromkeys(int(t) for t in tag_ids))
    for tid in tags:
        get_tag(conn, tid)
    ids = dbmod.temp_ids(conn, "tmp_tag_members", member_ids)
    mt = MemberTag.__table__
    tmp = _tmp_ids_table(ids)
    now = datetime.now().replace(microsecond=0)
    added = 0
    for tid in tags:
        have = exists().where(mt.c.member_id == tmp.c.id, mt.c.tag_id == tid)
        rows = select(tmp.c.id, _literal(tid), _literal(source), _literal(now, datetime)).where(
            ~have, tmp.c.id.in_(select(Member.__table__.c.id))
        )
        added += conn.execute(insert(mt).from_select(["member_id", "tag_id", "source", "created_at"], rows)).rowcount
        if source == "manual":
            conn.execute(
                update(mt)
                .where(mt.c.tag_id == tid, mt.c.source.like("rule:%"), mt.c.member_id.in_(select(tmp.c.id)))
                .values(source="manual")
            )
    return int(added)


def remove_tags(session: Session | Connection, member_ids: Iterable[int], tag_ids: Iterable[int]) -> int:
    """Take these tags from these members, whatever gave them; returns the rows removed.

    A rule's tag comes back at the rule's next run if the member still qualifies.
    """
    conn = _conn(session)
    tags = [int(t) for t in tag_ids]
    if not tags:
        return 0
    ids = dbmod.temp_ids(conn, "tmp_tag_members", member_ids)
    tmp = _tmp_ids_table(ids)
    mt = MemberTag.__table__
    stmt = delete(mt).where(mt.c.tag_id.in_(tags), mt.c.member_id.in_(select(tmp.c.id)))
    return int(conn.execute(stmt).rowcount)


def _tmp_ids_table(name: str) -> Table:
    return Table(name, MetaData(), Column("id", Integer, primary_key=True))


def _literal(value, type_=None):
    return literal(value, DateTime()) if type_ is datetime else literal(value)


# --- why -------------------------------------------------------------------------------------------------------


def explain(session: Session | Connection, member_id: int, as_of: datetime | None = None) -> list[TagReason]:
    """Each tag of the member with why they have it: by hand, from which import, or which rule and their value."""
    from core import tag_rules

    conn = _conn(session)
    mt, t, d = MemberTag.__table__, Tag.__table__, TagDimension.__table__
    rows = conn.execute(
        select(t.c.id, t.c.name, d.c.name, func.coalesce(t.c.color, d.c.color), mt.c.source, mt.c.created_at)
        .select_from(mt.join(t, t.c.id == mt.c.tag_id).join(d, d.c.id == t.c.dimension_id))
        .where(mt.c.member_id == member_id)
        .order_by(d.c.sort_order, d.c.id, t.c.sort_order, t.c.id)
    ).all()
    out = []
    for tid, tname, dname, color, source, created in rows:
        kind, _, ref = (source or "manual").partition(":")
        reason = TagReason(tid, tname, dname, color, kind, created)
        if kind == "manual":
            reason.text = "added by hand"
        elif kind == "import":
            reason.file = _import_file(conn, ref)
            reason.text = f"imported from {reason.file}" if reason.file else "imported"
        elif kind == "rule" and ref.isdigit():
            rule = tag_rules.get_rule(conn, int(ref))
            if rule is None:
                reason.text = "tagged by a rule that was deleted since"
            else:
                reason.rule_id, reason.rule_name = rule.id, rule.name
                reason.rule_kind, reason.rule_params = rule.kind, rule.params
                reason.rule_text, reason.rule_target = rule.description, rule.target
                reason.value = tag_rules.member_value(conn, rule, member_id, as_of)
                value = tag_rules.format_value(rule.kind, reason.value)
                reason.text = f"tagged by rule {rule.name}: {rule.description}" + (f" ({value})" if value else "")
        else:
            reason.source = "other"
            reason.text = source
        out.append(reason)
    return out


def _import_file(conn: Connection, ref: str) -> str | None:
    if not ref.isdigit():
        return None
    b = ImportBatch.__table__
    src = conn.execute(select(b.c.source).where(b.c.id == int(ref))).scalar_one_or_none()
    return Path(src).name if src else None
