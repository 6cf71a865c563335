"""Rule-based automatic tags: "spend in the last 90 days ≥ 500 → 高消费", "joined by QR code → 扫码入群" …

A rule gives one tag to every member (not in the trash) who meets its condition, with ``member_tag.source =
'rule:<id>'``, and takes it back from members who no longer do — only rows with its own source: a tag set by
hand or imported is never removed. Applying is set-based SQL: every rule's members go into a temporary table
(``INSERT … SELECT``), then the tag rows are deleted and inserted against it. Applying twice changes nothing.
``apply_rules(..., dry_run=True)`` gives the same counts without writing (the preview).

Kinds and their parameters (``params``, stored as JSON):
- ``spend``: ``days``, ``amount`` — purchases in the last ``days`` days add up to at least ``amount``
  (refund events, subtype ``refund``/``refunded``, count against it)
- ``orders``: ``days``, ``count`` — at least ``count`` purchases in the last ``days`` days
- ``channel``: ``channel`` — joined via this channel: ``member.source_channel`` or a join event's subtype
  (invited / qr / link)
- ``keyword``: ``keywords``, ``count`` — at least ``count`` messages containing one of the keywords. Message text
  is only stored when the owner opts in, so chat imports count keyword hits per member as they read
  (``member_keyword_hit``, see ``KeywordCounter``); saving a rule also counts hits in text already stored.
- ``messages``: ``days``, ``count`` — at least ``count`` messages in the last ``days`` days (active)
- ``joined_days``: ``days`` — joined at least ``days`` days ago
- ``group``: ``group_id`` — currently in this group
- ``field``: ``field_id``, ``op`` (``eq`` / ``in`` / ``gte``), ``value`` (text, list of choices, or number)

Chat and order imports call ``apply_rules`` at their end, inside their transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import (
    Column,
    Connection,
    Float,
    Integer,
    MetaData,
    Select,
    Table,
    case,
    cast,
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
from core.events import any_group
from core.models import (
    CustomField,
    Event,
    Group,
    Member,
    MemberFieldValue,
    MemberKeywordHit,
    Membership,
    MemberTag,
    Tag,
    TagDimension,
    TagRule,
)

KINDS = ("spend", "orders", "channel", "keyword", "messages", "joined_days", "group", "field")
CHANNELS = ("qr", "link", "invited")  # join channels the chat importers recognise
FIELD_OPS = ("eq", "in", "gte")
REFUND_SUBTYPES = ("refund", "refunded")
ProgressFn = Callable[[float, str], None]


class RuleError(UserError, ValueError):
    """A rule that cannot be saved; ``code`` and ``details`` let the UI say it in the user's language."""

    def __init__(self, code: str, message: str, **details: object) -> None:
        super().__init__(message)
        self.code = code
        self.details = details


@dataclass
class RuleInfo:
    id: int | None
    name: str
    tag_id: int
    kind: str
    params: dict
    enabled: bool = True
    tag: str = ""
    dimension: str = ""
    color: str = ""
    target: str = ""  # the group's or field's name for group/field rules
    last_run_at: datetime | None = None
    last_result: dict = field(default_factory=dict)

    @property
    def description(self) -> str:
        return describe(self.kind, self.params, self.target)


@dataclass
class RuleOutcome:
    rule_id: int | None
    name: str
    tag: str
    matched: int  # members who meet the rule
    tagged: int  # members who get the tag (would get it, in a preview)
    untagged: int  # members whose rule tag is taken away

    def as_dict(self) -> dict:
        return {
            "rule": self.name,
            "tag": self.tag,
            "matched": self.matched,
            "tagged": self.tagged,
            "untagged": self.untagged,
        }


def _conn(session: Session | Connection) -> Connection:
    return session.connection() if isinstance(session, Session) else session


def describe(kind: str, p: dict, target: str = "") -> str:
    """The condition in plain English (the command line and ``tags.explain``; the GUI words it itself)."""
    if kind == "spend":
        return f"spend in the last {p['days']} days ≥ {p['amount']:g}"
    if kind == "orders":
        return f"orders in the last {p['days']} days ≥ {p['count']}"
    if kind == "channel":
        return f"joined via {p['channel']}"
    if kind == "keyword":
        return f"messages containing {' / '.join(p['keywords'])} ≥ {p['count']}"
    if kind == "messages":
        return f"messages in the last {p['days']} days ≥ {p['count']}"
    if kind == "joined_days":
        return f"joined at least {p['days']} days ago"
    if kind == "group":
        return f"member of group {target or p['group_id']}"
    if kind == "field":
        shown = " / ".join(p["value"]) if isinstance(p["value"], list) else p["value"]
        op = {"eq": "=", "in": "is one of", "gte": "≥"}[p["op"]]
        return f"{target or 'field ' + str(p['field_id'])} {op} {shown}"
    return kind


def format_value(kind: str, value: object) -> str:
    """A member's own value for a rule, as shown after the condition: ``¥812``, ``14 messages``…"""
    if value is None:
        return ""
    if kind == "spend":
        return f"¥{float(value):,.0f}"
    if kind in ("orders", "messages", "keyword"):
        return f"{value}"
    if kind == "joined_days":
        return f"{value} days"
    return str(value)


# --- checking and storing rules ---------------------------------------------------------------------------------


def _int(p: dict, key: str, low: int, what: str) -> int:
    try:
        value = int(p.get(key))
    except (TypeError, ValueError):
        raise RuleError("bad_number", f"{what} must be a whole number.", what=key) from None
    if value < low:
        raise RuleError("too_small", f"{what} must be at least {low}.", what=key, low=low)
    return value


def check_params(conn: Connection, kind: str, params: dict) -> dict:
    """The parameters cleaned up (numbers as numbers, keywords split and trimmed), or ``RuleError``."""
    p = dict(params or {})
    if kind not in KINDS:
        raise RuleError("bad_kind", f"Unknown rule kind: {kind}", kind=kind)
    if kind in ("spend", "orders", "messages"):
        out: dict = {"days": _int(p, "days", 1, "The number of days")}
        if kind == "spend":
            try:
                amount = float(p.get("amount"))
            except (TypeError, ValueError):
                raise RuleError("bad_number", "The amount must be a number.", what="amount") from None
            if amount < 0:
                raise RuleError("too_small", "The amount must be at least 0.", what="amount", low=0)
            out["amount"] = round(amount, 2)
        else:
            out["count"] = _int(p, "count", 1, "The count")
        return out
    if kind == "joined_days":
        return {"days": _int(p, "days", 0, "The number of days")}
    if kind == "channel":
        channel = str(p.get("channel") or "").strip()
        if not channel:
            raise RuleError("no_channel", "Choose the channel members joined through.")
        return {"channel": channel}
    if kind == "keyword":
        raw = p.get("keywords") or []
        if isinstance(raw, str):
            raw = re.split(r"[,，、;；\s]+", raw)
        words = list(dict.fromkeys(w.strip() for w in raw if w and w.strip()))
        if not words:
            raise RuleError("no_keywords", "Give at least one keyword.")
        return {"keywords": words, "count": _int({"count": p.get("count", 1)}, "count", 1, "The count")}
    if kind == "group":
        gid = p.get("group_id")
        if gid is None or conn.execute(select(Group.id).where(Group.id == gid)).scalar_one_or_none() is None:
            raise RuleError("no_group", "Choose a group.")
        return {"group_id": int(gid)}
    # field
    fid = p.get("field_id")
    f = conn.execute(select(CustomField.id).where(CustomField.id == fid)).scalar_one_or_none() if fid else None
    if f is None:
        raise RuleError("no_field", "Choose a custom field.")
    op = p.get("op", "eq")
    if op not in FIELD_OPS:
        raise RuleError("bad_op", f"Unknown comparison: {op}", op=op)
    value = p.get("value")
    if op == "gte":
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise RuleError("bad_number", "The value must be a number.", what="value") from None
    elif op == "in":
        value = [str(v).strip() for v in (value or []) if str(v).strip()]
        if not value:
            raise RuleError("no_value", "Choose at least one value.")
    else:
        value = str(value or "").strip()
        if not value:
            raise RuleError("no_value", "Give the value to look for.")
    return {"field_id": int(fid), "op": op, "value": value}


def _rules_stmt():
    r, t, d = TagRule.__table__, Tag.__table__, TagDimension.__table__
    return (
        select(
            r, t.c.name.label("tag_name"), d.c.name.label("dim_name"), func.coalesce(t.c.color, d.c.color).label("c")
        )
        .select_from(r.join(t, t.c.id == r.c.tag_id).join(d, d.c.id == t.c.dimension_id))
        .order_by(r.c.id)
    )


def _targets(conn: Connection) -> tuple[dict[int, str], dict[int, str]]:
    groups = dict(conn.execute(select(Group.id, Group.name)).all())
    fields = dict(conn.execute(select(CustomField.id, CustomField.name)).all())
    return groups, fields


def _to_info(row, groups: dict[int, str], fields: dict[int, str]) -> RuleInfo:
    params = json.loads(row.params or "{}")
    target = ""
    if row.kind == "group":
        target = groups.get(params.get("group_id"), "")
    elif row.kind == "field":
        target = fields.get(params.get("field_id"), "")
    try:
        last = json.loads(row.last_result) if row.last_result else {}
    except ValueError:
        last = {}
    return RuleInfo(
        row.id,
        row.name,
        row.tag_id,
        row.kind,
        params,
        bool(row.enabled),
        row.tag_name,
        row.dim_name,
        row.c,
        target,
        row.last_run_at,
        last,
    )


def list_rules(session: Session | Connection) -> list[RuleInfo]:
    conn = _conn(session)
    groups, fields = _targets(conn)
    return [_to_info(row, groups, fields) for row in conn.execute(_rules_stmt())]


def get_rule(session: Session | Connection, rule_id: int) -> RuleInfo | None:
    conn = _conn(session)
    row = conn.execute(_rules_stmt().where(TagRule.__table__.c.id == rule_id)).one_or_none()
    if row is None:
        return None
    groups, fields = _targets(conn)
    return _to_info(row, groups, fields)


def save_rule(
    session: Session | Connection,
    name: str,
    tag_id: int,
    kind: str,
    params: dict,
    enabled: bool = True,
    rule_id: int | None = None,
) -> RuleInfo:
    """Create a rule, or change one (``rule_id``). Nothing is tagged until the rule is applied."""
    conn = _conn(session)
    name = " ".join((name or "").split())
    if not name:
        raise RuleError("empty_name", "A rule needs a name.")
    r = TagRule.__table__
    clash = conn.execute(select(r.c.id).where(r.c.name == name)).scalar_one_or_none()
    if clash is not None and clash != rule_id:
        raise RuleError("rule_exists", f"There is already a rule named {name}.", name=name)
    if conn.execute(select(Tag.id).where(Tag.id == tag_id)).scalar_one_or_none() is None:
        raise RuleError("no_tag", "Choose the tag the rule gives.")
    clean = check_params(conn, kind, params)
    values = {
        "name": name,
        "tag_id": tag_id,
        "kind": kind,
        "params": json.dumps(clean, ensure_ascii=False),
        "enabled": bool(enabled),
    }
    if rule_id is None:
        rule_id = conn.execute(insert(r).values({**values, "created_at": datetime.now()})).inserted_primary_key[0]
    else:
        old_tag = conn.execute(select(r.c.tag_id).where(r.c.id == rule_id)).scalar_one_or_none()
        if old_tag is None:
            raise RuleError("no_rule", f"There is no rule number {rule_id}.", id=rule_id)
        if old_tag != tag_id:  # the rule now gives another tag: the old one's rule rows go
            mt = MemberTag.__table__
            conn.execute(delete(mt).where(mt.c.tag_id == old_tag, mt.c.source == f"rule:{rule_id}"))
        conn.execute(update(r).where(r.c.id == rule_id).values(values))
    if kind == "keyword":
        count_stored_text(conn, clean["keywords"])
    return get_rule(conn, rule_id)


def set_enabled(session: Session | Connection, rule_id: int, enabled: bool) -> None:
    r = TagRule.__table__
    _conn(session).execute(update(r).where(r.c.id == rule_id).values(enabled=bool(enabled)))


def delete_rule(session: Session | Connection, rule_id: int, remove_tags: bool = True) -> int:
    """Delete a rule; with ``remove_tags`` the tags it gave go too (returns how many)."""
    conn = _conn(session)
    n = 0
    if remove_tags:
        mt = MemberTag.__table__
        n = conn.execute(delete(mt).where(mt.c.source == f"rule:{rule_id}")).rowcount
    conn.execute(delete(TagRule.__table__).where(TagRule.__table__.c.id == rule_id))
    return int(n)


# --- who meets a rule ------------------------------------------------------------------------------------------


def _signed_amount():
    return case((Event.subtype.in_(REFUND_SUBTYPES), -func.abs(Event.amount)), else_=Event.amount)


def _purchase_rows(p: dict, as_of: datetime):
    return (Event.kind == "purchase", any_group(), Event.ts >= as_of - timedelta(days=p["days"]), Event.ts <= as_of)


def _matching(kind: str, p: dict, as_of: datetime) -> Select:
    """A SELECT of the ids of members (of any state) who meet the rule; the caller leaves out the trash."""
    if kind == "spend":
        return (
            select(Event.member_id)
            .where(*_purchase_rows(p, as_of), Event.member_id.is_not(None))
            .group_by(Event.member_id)
            .having(func.sum(_signed_amount()) >= p["amount"])
        )
    if kind == "orders":
        buys = func.sum(case((Event.subtype.in_(REFUND_SUBTYPES), 0), else_=1))
        return (
            select(Event.member_id)
            .where(*_purchase_rows(p, as_of), Event.member_id.is_not(None))
            .group_by(Event.member_id)
            .having(buys >= p["count"])
        )
    if kind == "messages":
        return (
            select(Event.member_id)
            .where(
                any_group(),
                Event.kind == "message",
                Event.ts >= as_of - timedelta(days=p["days"]),
                Event.ts <= as_of,
                Event.member_id.is_not(None),
            )
            .group_by(Event.member_id)
            .having(func.count() >= p["count"])
        )
    if kind == "channel":
        by_source = select(Member.id).where(Member.source_channel == p["channel"])
        if p["channel"] not in CHANNELS:  # only the chat importers' own channels are ever a join's subtype
            return by_source
        joined = select(Event.member_id).where(any_group(), Event.kind == "join", Event.subtype == p["channel"])
        return by_source.union(joined)
    if kind == "keyword":
        h = MemberKeywordHit
        return (
            select(h.member_id)
            .where(h.keyword.in_(p["keywords"]))
            .group_by(h.member_id)
            .having(func.sum(h.hits) >= p["count"])
        )
    if kind == "joined_days":
        return select(Member.id).where(Member.joined_at <= as_of - timedelta(days=p["days"]))
    if kind == "group":
        return select(Membership.member_id).where(Membership.group_id == p["group_id"], Membership.left_at.is_(None))
    if kind == "field":
        v = MemberFieldValue
        cond = v.field_id == p["field_id"]
        if p["op"] == "gte":
            value_ok = cast(v.value, Float) >= p["value"]
        elif p["op"] == "in":
            value_ok = v.value.in_(p["value"])
        else:
            value_ok = v.value == p["value"]
        return select(v.member_id).where(cond, value_ok)
    raise RuleError("bad_kind", f"Unknown rule kind: {kind}", kind=kind)


_match = Table(
    "tmp_rule_match",
    MetaData(),
    Column("rule_id", Integer, primary_key=True),
    Column("member_id", Integer, primary_key=True),
)


def apply_rules(
    session: Session | Connection,
    rule_ids: Iterable[int] | None = None,
    dry_run: bool = False,
    as_of: datetime | None = None,
    progress: ProgressFn | None = None,
    rules: list[RuleInfo] | None = None,
) -> list[RuleOutcome]:
    """Apply tag rules: every enabled rule, or the given ones (even if switched off), or ``rules`` (unsaved
    rules, for the edit dialog's preview; use with ``dry_run``). Returns per rule how many members meet it,
    get its tag and lose it. With ``dry_run`` nothing is written."""
    conn = _conn(session)
    report = progress or (lambda _f, _m: None)
    if rules is None:
        everyone = list_rules(conn)
        if rule_ids is None:
            rules = [r for r in everyone if r.enabled]
        else:
            wanted = set(rule_ids)
            rules = [r for r in everyone if r.id in wanted]
    if not rules:
        return []
    as_of = as_of or datetime.now()
    dbmod.temp_table(
        conn, _match.name, "rule_id INTEGER NOT NULL, member_id INTEGER NOT NULL, PRIMARY KEY (rule_id, member_id)"
    )
    m = Member.__table__
    keys = {}
    for i, rule in enumerate(rules):
        key = rule.id if rule.id is not None else -(i + 1)  # unsaved rules get a key no saved rule has
        keys[i] = key
        found = _matching(rule.kind, rule.params, as_of).subquery()
        # a join on the member's primary key per match, not a list of every member (the trash is left out)
        rows = (
            select(literal(key), found.c[0])
            .select_from(found.join(m, m.c.id == found.c[0]))
            .where(m.c.deleted_at.is_(None))
        )
        conn.execute(insert(_match).from_select(["rule_id", "member_id"], rows))
        report(0.7 * (i + 1) / len(rules), rule.name)
    mt = MemberTag.__table__
    outcomes = []
    for i, rule in enumerate(rules):
        key = keys[i]
        mine = select(_match.c.member_id).where(_match.c.rule_id == key)
        matched = conn.execute(select(func.count()).where(_match.c.rule_id == key)).scalar_one()
        lost = (
            mt.c.tag_id == rule.tag_id,
            mt.c.source == f"rule:{rule.id}",
            mt.c.member_id.not_in(mine),
            exists().where(m.c.id == mt.c.member_id, m.c.deleted_at.is_(None)),
        )
        untag = conn.execute(select(func.count()).select_from(mt).where(*lost)).scalar_one() if rule.id else 0
        has = exists().where(mt.c.member_id == _match.c.member_id, mt.c.tag_id == rule.tag_id)
        tag = conn.execute(select(func.count()).where(_match.c.rule_id == key, ~has)).scalar_one()
        outcomes.append(RuleOutcome(rule.id, rule.name, rule.tag, int(matched), int(tag), int(untag)))
        if not dry_run and rule.id:
            conn.execute(delete(mt).where(*lost))
    if not dry_run:
        now = datetime.now().replace(microsecond=0)
        r = TagRule.__table__
        for i, rule in enumerate(rules):
            if not rule.id:
                continue
            has = exists().where(mt.c.member_id == _match.c.member_id, mt.c.tag_id == rule.tag_id)
            rows = select(_match.c.member_id, literal(rule.tag_id), literal(f"rule:{rule.id}"), literal(now)).where(
                _match.c.rule_id == keys[i], ~has
            )
            added = conn.execute(insert(mt).from_select(["member_id", "tag_id", "source", "created_at"], rows)).rowcount
            outcomes[i].tagged = int(added)
            conn.execute(
                update(r)
                .where(r.c.id == rule.id)
                .values(last_run_at=now, last_result=json.dumps(outcomes[i].as_dict(), ensure_ascii=False))
            )
    conn.execute(delete(_match))
    report(1.0, "")
    return outcomes


def preview_rule(
    session: Session | Connection, name: str, tag_id: int, kind: str, params: dict, rule_id: int | None = None
) -> RuleOutcome:
    """What applying this (possibly unsaved, possibly edited) rule would do now."""
    conn = _conn(session)
    clean = check_params(conn, kind, params)
    info = RuleInfo(rule_id, name or "", tag_id, kind, clean)
    return apply_rules(conn, dry_run=True, rules=[info])[0]


def member_value(session: Session | Connection, rule: RuleInfo, member_id: int, as_of: datetime | None = None):
    """The member's own value for the rule (their spend, order or message count, keyword hits, days since
    joining, the field's value), for "tagged by rule 高消费: spend in the last 90 days ≥ 500 (¥812)"."""
    conn = _conn(session)
    as_of = as_of or datetime.now()
    p, kind = rule.params, rule.kind
    mine = Event.member_id == member_id
    window = (Event.ts >= as_of - timedelta(days=p.get("days", 0)), Event.ts <= as_of)
    if kind == "spend":
        stmt = select(func.coalesce(func.sum(_signed_amount()), 0)).where(mine, Event.kind == "purchase", *window)
        return round(float(conn.execute(stmt).scalar_one()), 2)
    if kind == "orders":
        stmt = select(func.count()).where(mine, Event.kind == "purchase", *window, ~Event.subtype.in_(REFUND_SUBTYPES))
        return int(conn.execute(stmt).scalar_one())
    if kind == "messages":
        return int(conn.execute(select(func.count()).where(mine, Event.kind == "message", *window)).scalar_one())
    if kind == "keyword":
        h = MemberKeywordHit
        stmt = select(func.coalesce(func.sum(h.hits), 0)).where(h.member_id == member_id, h.keyword.in_(p["keywords"]))
        return int(conn.execute(stmt).scalar_one())
    if kind == "joined_days":
        joined = conn.execute(select(Member.joined_at).where(Member.id == member_id)).scalar_one_or_none()
        return (as_of - joined).days if joined else None
    if kind == "field":
        v = MemberFieldValue
        return conn.execute(
            select(v.value).where(v.member_id == member_id, v.field_id == p["field_id"])
        ).scalar_one_or_none()
    return None


# --- keyword hits --------------------------------------------------------------------------------------------------


def tracked_keywords(session: Session | Connection) -> tuple[str, ...]:
    """The keywords of every enabled keyword rule (what chat imports count)."""
    conn = _conn(session)
    r = TagRule.__table__
    words: dict[str, None] = {}
    for params in conn.execute(select(r.c.params).where(r.c.kind == "keyword", r.c.enabled.is_(True))).scalars():
        for w in json.loads(params or "{}").get("keywords", []):
            words[w] = None
    return tuple(words)


class KeywordCounter:
    """Counts, while a chat import reads, the messages of each member that contain each tracked keyword.

    ``search`` is one regex search (case-insensitive) that tells whether a text contains any keyword; only then
    does ``count`` look at the keywords one by one. An import with no keyword rules makes no counter at all.
    """

    def __init__(self, keywords: Iterable[str]) -> None:
        self.keywords = tuple(dict.fromkeys(keywords))
        self.folded = tuple((w, w.casefold()) for w in self.keywords)
        self.search = re.compile("|".join(re.escape(w) for w in self.keywords), re.IGNORECASE).search
        self.hits: dict[tuple[int, str], list] = {}

    def count(self, member_id: int, text: str, ts: str) -> None:
        low = text.casefold()
        for word, folded in self.folded:
            if folded in low:
                h = self.hits.get((member_id, word))
                if h is None:
                    self.hits[(member_id, word)] = [1, ts]
                else:
                    h[0] += 1
                    if ts > h[1]:
                        h[1] = ts

    def write(self, conn: Connection, batch_id: int | None) -> int:
        """Store the counts under the import's batch (undoing the import takes them out); returns the rows."""
        rows = [(mid, word, n, last) for (mid, word), (n, last) in self.hits.items()]
        dbmod.bulk_insert(
            conn,
            MemberKeywordHit.__table__,
            ("member_id", "keyword", "hits", "last_at"),
            rows,
            constants={"batch_id": batch_id},
        )
        self.hits = {}
        return len(rows)


def count_stored_text(session: Session | Connection, keywords: Iterable[str]) -> int:
    """Count hits of keywords not counted yet in message text already stored (imports where the owner opted in
    to keeping text), one row per member and import. Returns the rows written."""
    conn = _conn(session)
    h = MemberKeywordHit.__table__
    written = 0
    for word in keywords:
        if conn.execute(select(exists().where(h.c.keyword == word))).scalar():
            continue  # counted at import time (or before) already
        rows = (
            select(Event.member_id, literal(word), func.count(), func.max(Event.ts), Event.batch_id)
            .where(
                Event.kind == "message",
                Event.body.is_not(None),
                Event.member_id.is_not(None),
                Event.body.contains(word, autoescape=True),
            )
            .group_by(Event.member_id, Event.batch_id)
        )
        written += conn.execute(
            insert(h).from_select(["member_id", "keyword", "hits", "last_at", "batch_id"], rows)
        ).rowcount
    return written


def known_channels(session: Session | Connection) -> list[str]:
    """Join channels to offer in a channel rule: those of join events and members' source channels."""
    conn = _conn(session)
    found = dict.fromkeys(CHANNELS)
    for value in conn.execute(
        select(Member.source_channel).where(Member.source_channel.is_not(None)).distinct().limit(200)
    ).scalars():
        if value and value.strip():
            found[value] = None
    return list(found)


def groups(session: Session | Connection) -> list[tuple[int, str]]:
    """Groups to offer in a group rule: (id, name), archived ones last."""
    conn = _conn(session)
    return [(r[0], r[1]) for r in conn.execute(select(Group.id, Group.name).order_by(Group.archived, Group.name))]
