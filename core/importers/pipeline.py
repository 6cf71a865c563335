"""The chat-import pipeline: parse → resolve senders to members → events, in one transaction.

``import_chat`` streams the file once: each message is resolved to a member (cached per sender), hashed for
deduplication and buffered; every ``FLUSH_ROWS`` rows go to the database with ``bulk_insert``. Joins, leaves
and removals are kept aside (they are few) and applied in time order at the end, with the memberships,
inviters and join dates they imply. Everything happens in one transaction under an ``import_batch`` row: a
cancelled or failed import leaves the database as it was, and a finished one can be undone as a whole.

Counts reported (``ChatSummary.as_json``): ``messages``, ``joins`` and ``leaves`` are what the file holds
(``leaves`` = members who left or were removed), so a re-import reports the same; ``events`` is what was
added, ``duplicates_skipped`` what was already there, ``members_created`` and ``aliases_matched`` (senders
linked to existing members) what happened to people.

Message events: ``subtype`` = kind (text/image/voice/video/sticker/link/file/other), ``length`` = characters
of text, ``dedupe_key`` = hash, ``body`` = the text only when ``store_text`` is on. A message containing a
check-in keyword (setting ``import.checkin_keywords``, default 打卡/签到) also gives a ``check-in`` event.
Join events: ``subtype`` = channel (invited/qr/link), ``ref`` = inviter's member id; the inviter gets an
``invite`` event (``ref`` = the new member's id). Leave/removed events: ``ref`` = who removed them.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from itertools import compress, repeat
from operator import and_, contains, eq, itemgetter, lt, or_, truth
from pathlib import Path

from sqlalchemy import Connection, func, insert, select

from core import activity, tag_rules
from core import db as dbmod
from core.activity import add_chat_activity, rebuild_member_activity
from core.db import Database
from core.importers import detect_format, open_source
from core.importers.base import (
    SELF,
    ImportError_,
    Messages,
    PrivateChatError,
    ProgressFn,
    SystemEvent,
    batched,
    dedupe_key,
    gc_paused,
)
from core.importers.batches import ChangeLog
from core.importers.senders import Match, SenderMatcher, Suggester, Suggestion, members_named
from core.models import Event, Group, ImportBatch, Member, MemberAlias, Membership, Setting

FLUSH_ROWS = 20000
COLUMNS = True  # lists of messages in time order go through ``_Sorted`` (tests turn it off to compare)
SORT_CACHE_MIB = 8  # page cache while the events' indexes are dropped and rebuilt (see ``_run``)
DEFAULT_CHECKIN_KEYWORDS = ("打卡", "签到")
CHECKIN_SETTING = "import.checkin_keywords"


@dataclass(frozen=True)
class Decision:
    """What to do with one sender: ``link`` to a member, ``create`` a new one, or ``skip`` their messages."""

    action: str
    member_id: int | None = None


@dataclass
class ChatOptions:
    format: str = "auto"
    group: str | None = None
    date_order: str | None = None  # whatsapp / csv: dmy, mdy, ymd
    create_members: bool = True
    store_text: bool = False
    checkin_keywords: tuple[str, ...] | None = None  # None: the setting (default 打卡, 签到)
    allow_private: bool = False
    mapping: dict[str, str] | None = None  # generic CSV: field → column
    encoding: str | None = None  # generic CSV
    decisions: dict[str, Decision] = field(default_factory=dict)  # sender key → decision


@dataclass
class ChatSummary:
    batch_id: int | None
    format: str
    group: str
    messages: int = 0
    events: int = 0
    members_created: int = 0
    aliases_matched: int = 0
    joins: int = 0
    leaves: int = 0
    duplicates_skipped: int = 0
    check_ins: int = 0
    skipped_messages: int = 0  # from senders left out (--no-create or "skip")
    out_of_order: int = 0  # messages older than the one before them
    first_at: str | None = None
    last_at: str | None = None

    def as_json(self) -> dict:
        return asdict(self)


def checkin_keywords(conn: Connection) -> tuple[str, ...]:
    value = conn.execute(select(Setting.value).where(Setting.key == CHECKIN_SETTING)).scalar_one_or_none()
    if value:
        words = tuple(w for w in json.loads(value) if isinstance(w, str) and w.strip())
        if words:
            return words
    return DEFAULT_CHECKIN_KEYWORDS


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class _People:
    """Resolves senders and people named in system lines to member ids, creating members when allowed."""

    def __init__(self, conn: Connection, platform: str, batch_id: int, options: ChatOptions, source) -> None:
        self.conn = conn
        self.platform = platform
        self.batch_id = batch_id
        self.options = options
        self.source = source  # its ``self_key`` (the exporter's id) is learned while reading
        self.matchers: dict[int, SenderMatcher] = {}
        self.by_name: dict[int, dict[str, int]] = {}
        self.created = 0
        self.matched: set[int] = set()  # members who existed before this import
        self.created_ids: set[int] = set()
        self.moved: dict[int, int] = {}  # member whose messages a sender fix moved → the member they went to
        self.used: set[int] = set()  # every member id handed out (written to events, memberships, aliases…)
        self.alias_rows: list[tuple] = []
        self.new_members: list[tuple] = []
        self.next_id: int | None = None
        self.now = _now().isoformat(" ", "microseconds")
        self.owner_id = conn.execute(
            select(Member.id).where(Member.role == "owner", Member.deleted_at.is_(None)).order_by(Member.id).limit(1)
        ).scalar_one_or_none()

    def matcher(self, gid: int) -> SenderMatcher:
        m = self.matchers.get(gid)
        if m is None:
            m = self.matchers[gid] = SenderMatcher(self.conn, self.platform, gid)
            self.by_name[gid] = {}
        return m

    def resolve(self, gid: int, key: str, name: str) -> int:
        """Member id for a sender (0: leave them out)."""
        mid = self._resolve(gid, key, name)
        if mid:
            self.used.add(mid)
        return mid

    def _resolve(self, gid: int, key: str, name: str) -> int:
        matcher = self.matcher(gid)
        if key == SELF:
            return self.owner_id or 0
        self_key = getattr(self.source, "self_key", None)
        decision = self.options.decisions.get(key)
        mid = 0
        role = "member"
        if decision is not None and decision.action == "skip":
            return 0
        if decision is not None and decision.action == "link" and decision.member_id:
            mid = decision.member_id
        elif decision is None or decision.action != "create":
            found: Match | None = matcher.match(key, name, stable_key=key != name)
            if found is not None:
                mid = found.member_id
            elif key == self_key and self.owner_id:
                mid = self.owner_id
        if mid and mid not in self.created_ids:
            self.matched.add(mid)
        if not mid:
            if decision is None and not self.options.create_members:
                return 0
            if key == self_key and self.owner_id is None:
                role = "owner"
            mid = self._create(name or key, role)
            if role == "owner":
                self.owner_id = mid
        self._remember(gid, matcher, key, name, mid)
        return mid

    def resolve_person(self, gid: int, name: str, key: str | None) -> int:
        if name == SELF:
            if self.owner_id:
                self.used.add(self.owner_id)
            return self.owner_id or 0
        if key is None:
            mid = self.by_name[gid].get(name)
            if mid:
                return mid
        return self.resolve(gid, key or name, name)

    def _create(self, name: str, role: str) -> int:
        # Ids are handed out here and the rows written in bulk before the events that need them
        # (``flush_members``): an INSERT per new member costs more than all its messages.
        if self.next_id is None:
            self.next_id = self.conn.execute(select(func.coalesce(func.max(Member.id), 0))).scalar_one() + 1
        mid = self.next_id
        self.next_id += 1
        self.new_members.append((mid, name, role))
        self.created += 1
        self.created_ids.add(mid)
        return mid

    def flush_members(self) -> None:
        if self.new_members:
            dbmod.bulk_insert(
                self.conn,
                Member.__table__,
                ("id", "display_name", "role"),
                self.new_members,
                constants={"batch_id": self.batch_id, "created_at": self.now, "do_not_contact": 0, "notes": ""},
            )
            self.new_members = []

    def _remember(self, gid: int, matcher: SenderMatcher, key: str, name: str, mid: int) -> None:
        for alias in (key, name) if key != name else (key,):
            if alias and matcher.group_alias.get(alias) != mid:
                matcher.group_alias[alias] = mid
                self.alias_rows.append((mid, self.platform, alias, gid))
        if name:
            self.by_name[gid][name] = mid

    def flush_aliases(self) -> None:
        if self.alias_rows:
            dbmod.bulk_insert(
                self.conn,
                MemberAlias.__table__,
                ("member_id", "platform", "alias", "group_id"),
                self.alias_rows,
                constants={"batch_id": self.batch_id},
            )
            self.alias_rows = []


def _group_id(conn: Connection, name: str, platform: str, log: ChangeLog) -> int:
    gid = conn.execute(select(Group.id).where(Group.name == name)).scalar_one_or_none()
    if gid is not None:
        return gid
    gid = conn.execute(
        insert(Group).values(name=name, platform=platform, type="perks", stage="growth", notes="", archived=False)
    ).inserted_primary_key[0]
    log.created("chat_group", gid)
    return gid


_LITTLE = sys.byteorder == "little"
_TEXTLIKE = frozenset(("text", "link"))  # kinds whose text is measured and searched for check-in words


class _Sorted:
    """``_run``'s work for a list of messages in time order, of one group, every one to be written (none stored
    before, none repeated in the file, every sender kept): a column at a time, so that no Python code runs per
    message. Gives the rows, counts and totals the message-by-message loop gives for the same messages.

    Per member, the messages, first and last timestamps (in time order: the first and the last seen) and
    check-ins are gathered over a run of such lists and added to ``totals`` by ``merge``, which ``_run`` calls
    before it takes any message the other way, and at the end."""

    def __init__(self, totals: dict[int, list], monday_of: dict[str, str], keywords: tuple[str, ...]) -> None:
        self.totals = totals
        self.monday_of = monday_of
        self.few = 0 < len(keywords) <= 3  # as in ``_run``: ``in`` for up to three words, else the expression
        self.words = tuple(dict.fromkeys(keywords))
        self.search = re.compile("|".join(re.escape(w) for w in keywords)).search if keywords else None
        self.count: Counter = Counter()
        self.first: dict[int, str] = {}
        self.last: dict[int, str] = {}
        self.checkins: Counter = Counter()

    def add(self, ts, texts, kinds, mids, keys, wcounts, hcounts, buckets, checkins) -> None:
        n = len(ts)
        self.count.update(mids)
        last = self.last
        size = len(last)
        last.update(zip(mids, ts, strict=True))
        if len(last) != size:  # members not seen in this run yet: their first message is in this list
            first = dict(zip(reversed(mids), reversed(ts), strict=True))
            first.update(self.first)
            self.first = first
            totals = self.totals
            for mid in dict.fromkeys(mids):  # ``totals`` in the order members first write, as the loop makes it
                if mid not in totals:
                    totals[mid] = [0, None, None, 0, 0]
        # messages per week and member, per hour: runs of one day, then of one hour (``ts`` is sorted)
        monday_of = self.monday_of
        s = 0
        while s < n:
            day = ts[s][:10]
            week = monday_of.get(day) or _monday(monday_of, day)
            e = max(bisect_left(ts, day + "~", s), s + 1)  # "~" sorts after " HH:MM…", before any later day
            counter = wcounts.get(week)
            if counter is None:
                counter = wcounts[week] = Counter()
            counter.update(mids if e - s == n else mids[s:e])
            while s < e:
                hour = ts[s][:13]
                end = max(bisect_left(ts, hour + "~", s, e), s + 1)
                hcounts[hour] = hcounts.get(hour, 0) + end - s
                s = end
        # rows per kind, kinds in the order they first appear (the order the rows are written in)
        seen = dict.fromkeys(kinds)
        for kind in seen:
            bucket = buckets.get(kind)
            if bucket is None:
                bucket = buckets[kind] = []
            if len(seen) == 1:
                m, t, x, k = mids, ts, texts, keys
            else:  # this kind's messages only, taken from each column by position
                where = list(compress(range(n), map(eq, kinds, repeat(kind))))
                if len(where) == 1:
                    i = where[0]
                    m, t, x, k = (mids[i],), (ts[i],), (texts[i],), (keys[i],)
                else:
                    pick = itemgetter(*where)
                    m, t, k = pick(mids), pick(ts), pick(keys)
                    x = pick(texts) if kind in _TEXTLIKE else ()
            if kind in _TEXTLIKE:
                bucket.extend(zip(m, t, map(len, x), k, strict=True))
            else:
                bucket.extend(zip(m, t, k, strict=True))
        # check-ins: text and link messages containing a keyword
        if not _TEXTLIKE.intersection(seen) or self.search is None:
            return
        if self.few:
            words = self.words
            hit = map(contains, texts, repeat(words[0]))
            for word in words[1:]:
                hit = map(or_, hit, map(contains, texts, repeat(word)))
        else:
            hit = map(truth, map(self.search, texts))
        if not _TEXTLIKE.issuperset(seen):
            hit = map(and_, hit, map(_TEXTLIKE.__contains__, kinds))
        flags = list(hit)
        if True in flags:
            checkins.extend(compress(zip(mids, ts, keys, strict=True), flags))
            self.checkins.update(compress(mids, flags))

    def merge(self) -> None:
        """Add what was gathered to ``totals`` (sums, minimum and maximum: in any order) and start afresh."""
        if not self.count:
            return
        totals, first, last = self.totals, self.first, self.last
        for mid, n in self.count.items():
            a = totals[mid]
            a[0] += n
            f, la = first[mid], last[mid]
            if a[1] is None or f < a[1]:
                a[1] = f
            if a[2] is None or la > a[2]:
                a[2] = la
        for mid, n in self.checkins.items():
            totals[mid][3] += n
        self.count, self.first, self.last, self.checkins = Counter(), {}, {}, Counter()


class _KeyArray:
    """The dedupe keys already stored for a group, as a sorted array: 8 bytes a key instead of ~70 in a set,
    so re-importing a group of millions of messages stays within the memory budget."""

    def __init__(self, keys: array) -> None:
        self.keys = keys

    def __len__(self) -> int:
        return len(self.keys)

    def __contains__(self, key: int) -> bool:
        i = bisect_left(self.keys, key)
        return i < len(self.keys) and self.keys[i] == key


def _existing_keys(conn: Connection, gid: int | None) -> _KeyArray:
    cond = Event.group_id == gid if gid is not None else Event.group_id.is_(None)
    rows = conn.execute(
        select(Event.dedupe_key).where(cond, Event.dedupe_key.is_not(None)).order_by(Event.dedupe_key)
    ).scalars()
    return _KeyArray(array("q", rows))


class _KeySpace:
    """Dedupe keys of one group: those already stored, and those this import has used (repeats get a suffix).

    ``mine`` only holds the keys of the current timestamp (the pipeline clears it when the time changes): a
    repeat has the same time, since the time is part of what is hashed, so memory does not grow with the file.
    """

    def __init__(self, existing: _KeyArray) -> None:
        self.existing = existing
        self.mine: set[int] = set()
        self.ts = ""  # the timestamp of ``mine`` (files that mix groups switch between key spaces)

    def claim(self, source: str) -> tuple[int, bool]:
        """(key, is_duplicate) for the next occurrence of ``source`` in this file."""
        k = dedupe_key(source)
        n = 1
        while k in self.mine:
            n += 1
            k = dedupe_key(f"{source}\x1f{n}")
        self.mine.add(k)
        return k, k in self.existing


def import_chat(
    db: Database,
    path: Path | str,
    options: ChatOptions | None = None,
    progress: ProgressFn | None = None,
) -> ChatSummary:
    """Import one chat export; all or nothing. Raises ``ImportError_`` subclasses with a clear message."""
    options = options or ChatOptions()
    path = Path(path)
    report: Callable[[float, str], None] = progress or (lambda _f, _m: None)
    # Foreign keys are off for this transaction: checked per row they cost as much as the inserts. Every
    # member, group and batch id the import writes is one it found or made itself, and they are all checked
    # before the commit (``_check_references``). Nothing here deletes a parent row, so no cascade is missed.
    with gc_paused(), db.engine.connect() as conn, dbmod.large_cache(conn), dbmod.references_checked_by_caller(conn):
        with dbmod.sorts_in_temp_files(conn), conn.begin():
            source = _open(conn, path, options)
            summary = _run(conn, path, source, options, report)
    return summary


def _platform_of(fmt: str) -> str:
    return {"whatsapp": "whatsapp", "telegram": "telegram", "csv": "other"}.get(fmt, "wechat")


def _run(conn: Connection, path: Path, source, options: ChatOptions, report: ProgressFn) -> ChatSummary:
    info = source.info
    batch_id = conn.execute(
        insert(ImportBatch).values(kind="chat", source=str(path), created_at=_now(), summary="", format=info.format)
    ).inserted_primary_key[0]
    log = ChangeLog(conn, batch_id)
    default_group = (options.group or info.group_name or path.stem).strip() or path.stem
    people = _People(conn, info.platform, batch_id, options, source)
    keywords = options.checkin_keywords or checkin_keywords(conn)
    store_text = options.store_text
    summary = ChatSummary(batch_id, info.format, default_group)
    activity.catch_up(conn)  # message summaries: fold in anything written without them, then add ours below
    before = conn.execute(select(func.coalesce(func.max(Event.id), 0))).scalar_one()

    groups: dict[str | None, tuple[int, _KeySpace, dict[str, int]]] = {}

    def group_state(name: str | None):
        state = groups.get(name)
        if state is None:
            gid = _group_id(conn, name or default_group, info.platform, log)
            state = next((s for s in groups.values() if s[0] == gid), None)
            if state is None:
                state = (gid, _KeySpace(_existing_keys(conn, gid)), {})
            groups[name] = state
        return state

    gid, keys, cache = group_state(None)
    # Message summaries (core.activity), counted while reading: per group, Monday → (member → messages) and
    # "YYYY-MM-DD HH" → messages; added in one go at the end.
    week_counts: dict[int, dict[str, Counter]] = {}
    hour_counts: dict[int, dict[str, int]] = {}
    monday_of: dict[str, str] = {}
    wcounts = week_counts.setdefault(gid, {})
    hcounts = hour_counts.setdefault(gid, {})
    cur_day = ""
    wcur: Counter = Counter()  # the current day's week in ``wcounts`` (set with ``cur_day``)
    # A big import into a small events table: drop the index by member and build it once at the end (a sort),
    # instead of an insert at a random place per row. Both happen in this transaction. The index by group,
    # kind and time is kept: a chat export is in time order, so its entries go in at the end of their group's
    # range, which costs less than sorting them afterwards (~830 instructions a row fewer, measured on
    # 400,000 events).
    estimated_rows = path.stat().st_size // 80
    by_member = [ix for ix in Event.__table__.indexes if ix.expressions[0].name == "member_id"]
    rebuilt_indexes = sorted(by_member, key=lambda ix: ix.name) if estimated_rows > before else []
    for index in rebuilt_indexes:
        index.drop(conn)
    if rebuilt_indexes:
        # Rows are only appended now, and the index builds sort in runs of the cache's size, no slower when
        # small: the large cache would only cost memory (peak 267 → 182 MB on a million messages).
        dbmod.set_cache_size(conn, SORT_CACHE_MIB)
    cur_group = None
    system: list[tuple[int, SystemEvent]] = []
    # Rows are buffered per group and message kind, so that the group, the kind (and, for media, the zero
    # length) are constants of the INSERT rather than values bound per row; all are written every FLUSH_ROWS
    # rows, also when a file mixes groups line by line.
    text_columns = ("member_id", "ts", "length", "dedupe_key") + (("body",) if store_text else ())
    media_columns = ("member_id", "ts", "dedupe_key") + (("body",) if store_text else ())
    pending: dict[int, tuple[dict[str, list[tuple]], list[tuple]]] = {}  # group → (rows by kind, check-ins)
    buckets, checkins = pending.setdefault(gid, ({}, []))
    buffered = 0
    const_msg = {"kind": "message", "batch_id": batch_id}
    const_chk = {"kind": "check-in", "batch_id": batch_id}
    messages = dups = skipped = backwards = 0
    last_ts = ""
    table = Event.__table__
    claim = keys.claim

    written = checkins_written = 0  # event rows written (the summary's counts: no query over the new rows)

    def flush() -> None:
        nonlocal buffered, written, checkins_written
        people.flush_members()
        for gid_, (buckets_, checkins_) in pending.items():
            for kind_, bucket in buckets_.items():
                media = kind_ != "text" and kind_ != "link"
                constants = const_msg | {"group_id": gid_, "subtype": kind_} | ({"length": 0} if media else {})
                columns = media_columns if media else text_columns
                written += dbmod.bulk_insert(conn, table, columns, bucket, constants=constants)
            buckets_.clear()  # emptied in place: the loop below holds the current group's dict and list
            chk = const_chk | {"group_id": gid_}
            checkins_written += dbmod.bulk_insert(
                conn, table, ("member_id", "ts", "dedupe_key"), checkins_, constants=chk
            )
            checkins_.clear()
        buffered = 0

    hasher, from_bytes = hashlib.blake2b(digest_size=8), int.from_bytes  # copy() beats the constructor
    copy = hasher.copy
    totals: dict[int, list] = {}  # member → [messages, first ts, last ts, check-ins, invites] added
    mine, existing = keys.mine, keys.existing or None  # None: nothing stored yet (no lookup per message)
    mine_add = mine.add
    checkin = re.compile("|".join(re.escape(w) for w in keywords)).search if keywords else None
    # Up to three keywords (the default is two) are tested with ``in`` in the loop below, no call per message;
    # the padding repeats the first. More keywords: the regular expression.
    few = 0 < len(keywords) <= 3
    kw1, kw2, kw3 = (tuple(keywords) * 3)[:3] if few else ("", "", "")
    # Messages per hour are counted per run of one hour (the file is in time order, mostly), added to
    # ``hcounts`` when the hour or the group changes and at the end.
    cur_hour = "\x00"  # no timestamp starts with it
    hour_n = 0
    # Keyword rules (core.tag_rules): count their keywords per member while reading; None when there are none.
    tracked = tag_rules.tracked_keywords(conn)
    hits = tag_rules.KeywordCounter(tracked) if tracked else None
    has_keyword = hits.search if hits is not None else None
    # Lists of messages in time order, of one group, not stored before and not repeated (the usual case) go
    # through ``_Sorted``: whole columns at a time, without Python code per message but the hash. The others,
    # and every message when the text is stored or keyword rules count words, take the loop below, message by
    # message. Both give the same rows and counts.
    fast = _Sorted(totals, monday_of, keywords) if COLUMNS and not store_text and hits is None else None
    items = source.batches(report) if hasattr(source, "batches") else batched(source.records(report))
    for batch in items:
        if batch.__class__ is not Messages:
            g = batch.group
            system.append((group_state(g)[0] if g is not None else gid, batch))
            continue
        if fast is not None:
            ts_c, key_c, grp_c = batch.ts, batch.key, batch.group
            n = len(ts_c)
            grp = None if grp_c is None else grp_c[0]
            in_order = (
                (grp_c is None or grp_c.count(grp) == n) and ts_c[0] >= last_ts and not any(map(lt, ts_c[1:], ts_c))
            )
            if in_order and grp != cur_group:  # as in the loop below
                keys.ts = last_ts
                if hour_n:
                    hcounts[cur_hour] = hcounts.get(cur_hour, 0) + hour_n
                    hour_n = 0
                gid, keys, cache = group_state(grp)
                claim, mine, existing = keys.claim, keys.mine, keys.existing or None
                mine_add = mine.add
                if keys.ts != ts_c[0]:
                    mine.clear()
                wcounts = week_counts.setdefault(gid, {})
                hcounts = hour_counts.setdefault(gid, {})
                cur_group = grp
                cur_day = ""
                buckets, checkins = pending.setdefault(gid, ({}, []))
            if in_order and existing is None:
                mids = list(map(cache.get, key_c))
                if None in mids:  # senders met for the first time, in file order
                    name_c = batch.name
                    for i, mid in enumerate(mids):
                        if mid is None:
                            key = key_c[i]
                            mid = cache.get(key)
                            if mid is None:
                                mid = cache[key] = people.resolve(gid, key, name_c[i])
                            mids[i] = mid
                src_c = batch.src
                if src_c is None or not all(src_c):
                    src_c = [
                        src or ("id:" + msg_id if msg_id else f"{ts}\x1e{key}: {text}")
                        for ts, key, _n, text, _k, msg_id, _g, src in batch.rows()
                    ]
                digests = []
                digest_add = digests.append
                for data in map(str.encode, src_c):
                    h = copy()
                    h.update(data)
                    digest_add(h.digest())
                dkeys = array("q", b"".join(digests))  # = int.from_bytes(digest, "big", signed=True) each
                if _LITTLE:
                    dkeys.byteswap()
                klist = dkeys.tolist()
                if 0 not in mids:  # (``existing`` is None: nothing is a duplicate)
                    if hour_n:  # what the loop below counted of the current hour
                        hcounts[cur_hour] = hcounts.get(cur_hour, 0) + hour_n
                        hour_n = 0
                    last = ts_c[-1]
                    if len(set(klist)) == n and mine.isdisjoint(klist):  # no repeats: ``mine`` as the loop leaves it
                        r = n - 1
                        while r and ts_c[r - 1] == last:
                            r -= 1
                        if r or ts_c[0] != last_ts:
                            mine.clear()
                        mine.update(klist[r:])
                    else:  # a message repeated at the same time: its key gets a suffix, as in the loop below
                        at = last_ts
                        for i, k in enumerate(klist):
                            if ts_c[i] != at:
                                at = ts_c[i]
                                mine.clear()
                            if k in mine:
                                klist[i] = claim(src_c[i])[0]
                            else:
                                mine_add(k)
                    messages += n
                    last_ts = last
                    cur_hour = last[:13]  # the loop below goes on counting this hour from 0
                    s = 0
                    while s < n:  # rows are written every FLUSH_ROWS, as the loop below does
                        e = min(n, s + FLUSH_ROWS - buffered)
                        whole = s == 0 and e == n
                        fast.add(
                            ts_c if whole else ts_c[s:e],
                            batch.text if whole else batch.text[s:e],
                            batch.kind if whole else batch.kind[s:e],
                            mids if whole else mids[s:e],
                            klist if whole else klist[s:e],
                            wcounts,
                            hcounts,
                            buckets,
                            checkins,
                        )
                        buffered += e - s
                        s = e
                        if buffered >= FLUSH_ROWS:
                            flush()
                    continue
            fast.merge()  # the loop below keeps ``totals`` itself
        for ts, key, name, text, kind, msg_id, grp, src in batch.rows():
            if grp != cur_group:
                keys.ts = last_ts
                if hour_n:
                    hcounts[cur_hour] = hcounts.get(cur_hour, 0) + hour_n
                    hour_n = 0
                gid, keys, cache = group_state(grp)
                claim, mine, existing = keys.claim, keys.mine, keys.existing or None
                mine_add = mine.add
                if keys.ts != ts:  # this group's repeats were counted at another time: start afresh
                    mine.clear()
                wcounts = week_counts.setdefault(gid, {})
                hcounts = hour_counts.setdefault(gid, {})
                cur_group = grp
                cur_day = ""
                buckets, checkins = pending.setdefault(gid, ({}, []))
            messages += 1
            if ts != last_ts:
                if ts < last_ts:
                    backwards += 1
                last_ts = ts
                mine.clear()
                if not ts.startswith(cur_hour):  # "YYYY-MM-DD HH"
                    if hour_n:
                        hcounts[cur_hour] = hcounts.get(cur_hour, 0) + hour_n
                        hour_n = 0
                    cur_hour = ts[:13]
            mid = cache.get(key)
            if mid is None:
                mid = cache[key] = people.resolve(gid, key, name)
            # the dedupe key, inlined from _KeySpace.claim for speed (repeats in the file take the slow path)
            source_text = src or ("id:" + msg_id if msg_id else f"{ts}\x1e{key}: {text}")
            h = copy()
            h.update(source_text.encode())
            k = from_bytes(h.digest(), "big", signed=True)
            if k in mine:
                k, dup = claim(source_text)
            else:
                mine_add(k)
                dup = existing is not None and k in existing
            if dup:
                dups += 1
                continue
            if not mid:
                skipped += 1
                continue
            a = totals.get(mid)
            if a is None:
                a = totals[mid] = [1, ts, ts, 0, 0]
            else:
                a[0] += 1
                if ts > a[2]:
                    a[2] = ts
                elif ts < a[1]:
                    a[1] = ts
            day = ts[:10]
            if day != cur_day:
                cur_day = day
                week = monday_of.get(day) or _monday(monday_of, day)
                wcur = wcounts.get(week)
                if wcur is None:
                    wcur = wcounts[week] = Counter()
            wcur[mid] = wcur.get(mid, 0) + 1
            hour_n += 1
            bucket = buckets.get(kind)
            if bucket is None:
                bucket = buckets[kind] = []
            if kind == "text" or kind == "link":
                if (kw1 in text or kw2 in text or kw3 in text) if few else (checkin is not None and checkin(text)):
                    checkins.append((mid, ts, k))
                    a[3] += 1
                if has_keyword is not None and has_keyword(text):
                    hits.count(mid, text, ts)
                if store_text:
                    bucket.append((mid, ts, len(text), k, text or None))
                else:
                    bucket.append((mid, ts, len(text), k))
            elif store_text:
                bucket.append((mid, ts, k, text or None))
            else:
                bucket.append((mid, ts, k))
            buffered += 1
            if buffered >= FLUSH_ROWS:
                flush()
    if fast is not None:
        fast.merge()
    flush()
    if hour_n:
        hcounts[cur_hour] = hcounts.get(cur_hour, 0) + hour_n
    summary.messages, summary.duplicates_skipped = messages, dups
    summary.skipped_messages, summary.out_of_order = skipped, backwards

    fixes = getattr(source, "sender_fixes", lambda: [])()
    if fixes:
        _apply_sender_fixes(conn, people, groups, batch_id, fixes)

    people.flush_members()
    report(0.97, "memberships")
    system.sort(key=lambda item: item[1].ts)
    counts = _apply_system(conn, people, log, batch_id, groups, system, totals)
    summary.joins, summary.leaves = counts["joins"], counts["leaves"]
    summary.duplicates_skipped += counts["duplicates"]
    people.flush_aliases()
    for gid_, _keys, cache_ in {s[0]: s for s in groups.values()}.values():
        _ensure_memberships(conn, gid_, {m for m in cache_.values() if m}, batch_id)

    chat_type = info.chat_type
    if chat_type is None and info.platform != "other":
        senders = {m for s in groups.values() for m in s[2].values() if m}
        if not system and len(senders) <= 2 and messages:
            chat_type = "private"
    if chat_type == "private" and not options.allow_private:
        raise PrivateChatError(
            f"{path.name} looks like a private chat (two people and no group events), not a group. Import a "
            "group's export, or allow private chats if you really mean to (command line: --allow-private)."
        )
    if messages == 0 and not system:
        raise ImportError_(f"{path.name} contains no messages.")

    summary.members_created, summary.aliases_matched = people.created, len(people.matched)
    summary.check_ins = checkins_written
    summary.events = written + checkins_written + counts["events"]
    # totals hold each member's first and last message written (None for members with only joins/leaves)
    firsts = [t[1] for t in totals.values() if t[1] is not None]
    summary.first_at = min(firsts)[:19] if firsts else None
    summary.last_at = max(t[2] for t in totals.values() if t[2] is not None)[:19] if firsts else None
    _check_references(conn, people, groups, batch_id)
    if rebuilt_indexes:
        report(0.975, "indexes")
        for index in rebuilt_indexes:
            index.create(conn)
    report(0.98, "member activity")
    if fixes:  # events moved between members: recount everything
        rebuild_member_activity(conn)
    else:
        add_chat_activity(conn, totals)
    _add_message_summaries(conn, week_counts, hour_counts)
    if fixes:  # the sender fixes moved messages after they were counted: recount those members' weeks
        activity.recount_members(conn, set(people.moved) | set(people.moved.values()))
    activity.mark_current(conn)
    if hits is not None:
        _write_keyword_hits(conn, hits, people, batch_id)
    report(0.99, "tag rules")
    tag_rules.apply_rules(conn)  # in this transaction: the import and its automatic tags stand or fall together
    conn.execute(
        ImportBatch.__table__.update()
        .where(ImportBatch.id == batch_id)
        .values(
            group_id=groups[None][0] if None in groups else None,
            summary=json.dumps(summary.as_json(), ensure_ascii=False),
        )
    )
    report(1.0, "done")
    return summary


def _monday(cache: dict[str, str], day: str) -> str:
    """The Monday of ``day`` ('YYYY-MM-DD'), as the summaries store it (remembered per day)."""
    d = datetime.strptime(day, "%Y-%m-%d").date()
    cache[day] = monday = date.fromordinal(d.toordinal() - d.weekday()).isoformat()
    return monday


def _add_message_summaries(conn, week_counts: dict, hour_counts: dict) -> None:
    # in the order of member_week's key (per group): its rows then go in at the end of the table, not at random
    # places (a million messages, ~100,000 rows: 0.93 → 0.54 s CPU, measured)
    weeks = {
        (w, mid, gid): by_week[w][mid]
        for gid, by_week in week_counts.items()
        for w in sorted(by_week)
        for mid in sorted(by_week[w])
    }
    hours = {(k[:10], int(k[11:13]), gid): n for gid, counts in hour_counts.items() for k, n in counts.items()}
    activity.add_message_counts(conn, weeks, hours)


def _write_keyword_hits(conn, hits: tag_rules.KeywordCounter, people: _People, batch_id: int) -> None:
    """Store the keyword hits counted while reading, under the member each message ended with."""
    for (mid, word), (n, last) in list(hits.hits.items()):
        new = people.moved.get(mid)
        if new is not None and new != mid:  # a WhatsApp sender fix moved this member's messages
            del hits.hits[(mid, word)]
            merged = hits.hits.setdefault((new, word), [0, last])
            merged[0] += n
            merged[1] = max(merged[1], last)
    hits.write(conn, batch_id)


def _apply_sender_fixes(conn, people: _People, groups, batch_id: int, fixes) -> None:
    """WhatsApp names containing ': ' (see ``whatsapp``): move the events to the real name's member."""
    for gid, _keys, cache in {s[0]: s for s in groups.values()}.values():
        for wrong, right, strip in fixes:
            old = cache.get(wrong)
            if not old:
                continue
            if old in people.created_ids and right not in cache:
                conn.execute(Member.__table__.update().where(Member.id == old).values(display_name=right))
                people.alias_rows = [
                    (m, p, right if (m == old and a == wrong) else a, g) for m, p, a, g in people.alias_rows
                ]
                people.by_name[gid].pop(wrong, None)
                people.by_name[gid][right] = old
                new = old
            else:
                new = cache.get(right) or people.resolve(gid, right, right)
            cache.pop(wrong, None)
            cache[right] = new
            people.moved[old] = new
            conn.execute(
                Event.__table__.update()
                .where(Event.batch_id == batch_id, Event.member_id == old, Event.kind == "message")
                .values(member_id=new, length=func.max(Event.length - strip, 0))
            )
            if new != old:
                conn.execute(
                    Event.__table__.update()
                    .where(Event.batch_id == batch_id, Event.member_id == old, Event.kind == "check-in")
                    .values(member_id=new)
                )


def _apply_system(conn, people: _People, log: ChangeLog, batch_id: int, groups, system, totals) -> dict[str, int]:
    counts = {"joins": 0, "leaves": 0, "duplicates": 0, "events": 0}
    spaces = {s[0]: s[1] for s in groups.values()}
    rows: list[tuple] = []
    for gid, ev in system:
        n = len(ev.members)
        if ev.action == "join":
            counts["joins"] += n
        else:
            counts["leaves"] += n
        k, dup = spaces[gid].claim(ev.raw or f"{ev.ts}|{ev.action}|{[m.name for m in ev.members]}")
        if dup:
            counts["duplicates"] += n
            continue
        actor = people.resolve_person(gid, ev.actor.name, ev.actor.key) if ev.actor else 0
        for person in ev.members:
            mid = people.resolve_person(gid, person.name, person.key)
            if not mid:
                continue
            at = datetime.fromisoformat(ev.ts)
            totals.setdefault(mid, [0, None, None, 0, 0])  # a summary row, as a rebuild would give
            if ev.action == "join":
                channel = ev.channel or ("invited" if actor else None)
                rows.append((mid, gid, "join", ev.ts, channel, str(actor) if actor else None, k))
                if actor and actor != mid:
                    rows.append((actor, gid, "invite", ev.ts, channel, str(mid), k))
                    totals.setdefault(actor, [0, None, None, 0, 0])[4] += 1
                _join(conn, log, batch_id, mid, gid, at, actor or None, channel, people)
            else:
                rows.append((mid, gid, ev.action, ev.ts, None, str(actor) if actor else None, k))
                _leave(conn, log, batch_id, mid, gid, at, ev.action, people)
    people.flush_members()
    counts["events"] = dbmod.bulk_insert(
        conn,
        Event.__table__,
        ("member_id", "group_id", "kind", "ts", "subtype", "ref", "dedupe_key"),
        rows,
        constants={"batch_id": batch_id},
    )
    return counts


def _check_references(conn, people: _People, groups, batch_id: int) -> None:
    """What foreign keys would have checked (they are off during the import): every member and group id the
    import wrote exists. Ids are only handed out by ``_People`` and ``_group_id``, so checking those covers
    every row written; a failure is a bug, and raising rolls the whole import back."""
    problems = []
    if missing := dbmod.missing_ids(conn, Member.__table__, people.used):
        problems.append(f"members {missing[:10]}")
    if missing := dbmod.missing_ids(conn, Group.__table__, {s[0] for s in groups.values()}):
        problems.append(f"groups {missing[:10]}")
    if dbmod.missing_ids(conn, ImportBatch.__table__, [batch_id]):
        problems.append(f"batch {batch_id}")
    if problems:
        raise RuntimeError(f"chat import wrote references to missing rows ({', '.join(problems)}); nothing was saved")


def _member_state(conn, mid: int) -> dict:
    t = Member.__table__
    row = conn.execute(
        select(t.c.joined_at, t.c.left_at, t.c.inviter_id, t.c.source_channel, t.c.exit_reason, t.c.batch_id).where(
            t.c.id == mid
        )
    ).one()
    return dict(row._mapping)


def _open_membership(conn, mid: int, gid: int):
    t = Membership.__table__
    return conn.execute(
        select(t.c.id, t.c.joined_at, t.c.batch_id)
        .where(t.c.member_id == mid, t.c.group_id == gid, t.c.left_at.is_(None))
        .order_by(t.c.id.desc())
        .limit(1)
    ).one_or_none()


def _join(conn, log, batch_id, mid, gid, at, inviter, channel, people) -> None:
    people.flush_members()
    ms = _open_membership(conn, mid, gid)
    if ms is None:
        conn.execute(insert(Membership).values(member_id=mid, group_id=gid, joined_at=at, batch_id=batch_id))
    elif ms.joined_at is None or ms.joined_at > at:
        log.set("membership", ms.id, {"joined_at": at}, {"joined_at": ms.joined_at}, ms.batch_id != batch_id)
    state = _member_state(conn, mid)
    changes = {}
    if state["joined_at"] is None or state["joined_at"] > at:
        changes["joined_at"] = at
    if state["left_at"] is not None and state["left_at"] <= at:
        changes["left_at"] = None
        changes["exit_reason"] = None
    if inviter and inviter != mid and state["inviter_id"] is None:
        changes["inviter_id"] = inviter
    if channel and not state["source_channel"]:
        changes["source_channel"] = channel
    log.set("member", mid, changes, state, state["batch_id"] != batch_id)


def _leave(conn, log, batch_id, mid, gid, at, action, people) -> None:
    people.flush_members()
    reason = "removed" if action == "removed" else "left"
    ms = _open_membership(conn, mid, gid)
    if ms is None:
        conn.execute(
            insert(Membership).values(member_id=mid, group_id=gid, left_at=at, exit_reason=reason, batch_id=batch_id)
        )
    else:
        log.set(
            "membership",
            ms.id,
            {"left_at": at, "exit_reason": reason},
            {"left_at": None, "exit_reason": None},
            ms.batch_id != batch_id,
        )
    still_in = conn.execute(
        select(func.count()).select_from(Membership).where(Membership.member_id == mid, Membership.left_at.is_(None))
    ).scalar_one()
    state = _member_state(conn, mid)
    if not still_in and (state["left_at"] is None or state["left_at"] < at):
        log.set("member", mid, {"left_at": at, "exit_reason": reason}, state, state["batch_id"] != batch_id)


def _ensure_memberships(conn, gid: int, member_ids: set[int], batch_id: int) -> None:
    """Senders with no membership in the group get one (join date unknown)."""
    if not member_ids:
        return
    have = set(conn.execute(select(Membership.member_id).where(Membership.group_id == gid)).scalars())
    missing = sorted(member_ids - have)
    dbmod.bulk_insert(
        conn,
        Membership.__table__,
        ("member_id",),
        [(m,) for m in missing],
        constants={"group_id": gid, "batch_id": batch_id},
    )


# --- preview -------------------------------------------------------------------------------------------


@dataclass
class SenderPreview:
    key: str
    name: str
    names: list[str]
    messages: int
    first_at: str
    last_at: str
    match: Match | None
    suggestions: list[Suggestion]


@dataclass
class ChatPreview:
    format: str
    platform: str
    group: str
    group_exists: bool
    chat_type: str | None
    messages: int
    first_at: str | None
    last_at: str | None
    joins: int
    leaves: int
    check_ins: int
    senders: list[SenderPreview]


def _open(conn, path: Path, options: ChatOptions):
    """The file's parser, for the chosen or detected format (WhatsApp needs the known names: see senders)."""
    fmt = detect_format(path) if options.format == "auto" else options.format
    known = members_named(conn, _platform_of(fmt)) if fmt == "whatsapp" else set()
    return open_source(
        path,
        fmt,
        date_order=options.date_order,
        mapping=options.mapping,
        encoding=options.encoding,
        known_names=known,
    )


def preview_chat(
    db: Database, path: Path | str, options: ChatOptions | None = None, progress: ProgressFn | None = None
) -> ChatPreview:
    """Read the file once without writing: format, group, dates, senders and how each would be matched."""
    options = options or ChatOptions()
    path = Path(path)
    report = progress or (lambda _f, _m: None)
    with gc_paused(), db.engine.connect() as conn:
        source = _open(conn, path, options)
        info = source.info
        group = (options.group or info.group_name or path.stem).strip() or path.stem
        keywords = options.checkin_keywords or checkin_keywords(conn)
        senders: dict[str, list] = {}
        messages = joins = leaves = check_ins = 0
        first = last = None
        system = 0
        for rec in source.records(lambda f, m: report(f * 0.9, m)):
            if rec.__class__ is not tuple:
                system += 1
                if rec.action == "join":
                    joins += len(rec.members)
                else:
                    leaves += len(rec.members)
                continue
            ts, key, name, text, _kind, _id, _grp, _src = rec
            messages += 1
            first = ts if first is None or ts < first else first
            last = ts if last is None or ts > last else last
            s = senders.get(key)
            if s is None:
                senders[key] = [name, {name}, 1, ts, ts]
            else:
                s[1].add(name)
                s[2] += 1
                s[3] = min(s[3], ts)
                s[4] = max(s[4], ts)
            if text and any(w in text for w in keywords):
                check_ins += 1
        fixes = getattr(source, "sender_fixes", lambda: [])()
        for wrong, right, _strip in fixes:
            if wrong in senders:
                s = senders.pop(wrong)
                s[0] = right
                s[1] = {right}
                senders[right] = s
        gid = conn.execute(select(Group.id).where(Group.name == group)).scalar_one_or_none()
        matcher = SenderMatcher(conn, info.platform, gid)
        suggester = None
        out = []
        for key, (name, names, n, f, la) in sorted(senders.items(), key=lambda kv: -kv[1][2]):
            found = None if key == SELF else matcher.match(key, name, stable_key=key != name)
            suggestions: list[Suggestion] = []
            if found is None:
                suggester = suggester or Suggester(conn)
                suggestions = suggester.suggest(name)
            out.append(SenderPreview(key, name, sorted(names), n, f[:19], la[:19], found, suggestions))
        chat_type = info.chat_type
        if chat_type is None and info.platform != "other" and not system and len(senders) <= 2 and messages:
            chat_type = "private"
    report(1.0, "")
    return ChatPreview(
        format=info.format,
        platform=info.platform,
        group=group,
        group_exists=gid is not None,
        chat_type=chat_type,
        messages=messages,
        first_at=first[:19] if first else None,
        last_at=last[:19] if last else None,
        joins=joins,
        leaves=leaves,
        check_ins=check_ins,
        senders=out,
    )
