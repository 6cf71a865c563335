"""A realistic demo community, deterministic for a seed and a "today".

Five groups of different types and stages; tags in four dimensions; Chinese names with rare characters
and emoji nicknames; a year of events whose patterns produce active members, lurkers, freebie hunters,
shallow and deep churners, inviters (KOC), repeat buyers and members who left; a content library and a
calendar (past weeks posted with results, the next two weeks planned).

Speed matters (100,000 members and ~2,000,000 events in well under a minute): rows are built as tuples
and written with ``db.bulk_insert`` in chunks, all in one transaction, so a cancelled or failed run
leaves the database as it was.
"""

from __future__ import annotations

import json
import random
import time as _time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, bindparam, func, select

from core import activity as activity_mod
from core import db as dbmod
from core import points, tag_rules, tiers
from core import tags as tags_mod
from core.db import Database
from core.demo_data import (
    COMPOUND_SURNAMES,
    CONTENT,
    CONTENT_TAGS,
    EMOJI,
    EXIT_REASONS,
    GIVEN,
    GROUP_WEIGHTS,
    GROUPS,
    HOURS,
    KIDS,
    LATIN,
    NICKS,
    PHONE_PREFIXES,
    PRODUCTS,
    PROFILES,
    SOURCES,
    SURNAMES,
    TAG_DIMENSIONS,
    TITLES_AND_FAQ,
)
from core.errors import UserError
from core.models import (
    ContentItem,
    ContentProduct,
    Event,
    Group,
    HourStat,
    ImportBatch,
    Member,
    MemberActivity,
    MemberAlias,
    Membership,
    MemberSpan,
    MemberTag,
    MemberWeek,
    PlanEntry,
    PlanSeries,
    PointsEntry,
    Product,
    Tag,
    TagDimension,
)

ProgressFn = Callable[[float, str], None]  # (fraction 0..1, message); may raise to cancel


class DemoError(UserError):
    """The demo cannot be generated here; ``str()`` is a user-facing message."""


@dataclass
class DemoSummary:
    members: int
    groups: int
    tags: int
    events: int
    content_items: int
    plan_entries: int


class _FastRandom(random.Random):
    """``choice`` and ``randrange`` by one multiplication: several times faster than the exact versions, which
    matters over millions of calls; the tiny bias of ``int(random() * n)`` does not matter for a demo."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))


def _name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.40:
        surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.03 else rng.choice(SURNAMES)
        return surname + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    if r < 0.62:
        return rng.choice(KIDS) + rng.choice(("妈", "妈妈", "妈咪", "爸爸"))
    if r < 0.80:
        return rng.choice(NICKS)
    if r < 0.90:
        return rng.choice(LATIN) + rng.choice(EMOJI)
    if r < 0.97:
        return rng.choice(EMOJI) + rng.choice(NICKS)
    return rng.choice(EMOJI) * rng.choice((1, 2, 3))  # a name that is only emoji


def _phone(rng: random.Random) -> str | None:
    if rng.random() < 0.4:
        return None
    return rng.choice(PHONE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def _wechat_id(rng: random.Random, i: int) -> str | None:
    r = rng.random()
    if r < 0.45:
        return f"wxid_{rng.getrandbits(56):014x}"
    if r < 0.75:
        return f"{rng.choice(('lele', 'coco', 'sunny', 'mama', 'baobao', 'xiaoyu'))}_{i % 997}{rng.randrange(100)}"
    return None


def _times_of_day(seed: int) -> tuple[time, ...]:
    """A pool of message times shaped by HOURS (morning, lunch and evening peaks); picking from it is fast."""
    rng = random.Random(seed)
    return tuple(time(rng.choice(HOURS), rng.randrange(60), rng.randrange(60)) for _ in range(4096))


_TIMES = _times_of_day(2024)
_TIME_TEXTS = tuple(t.isoformat("microseconds") for t in _TIMES)
_TIME_HOURS = tuple(t.hour for t in _TIMES)


def _at(rng: random.Random, day: date) -> datetime:
    return datetime.combine(day, _TIMES[int(rng.random() * 4096)])


def _poisson(rng: random.Random, mean: float) -> int:
    # Normal approximation is plenty for a demo and keeps generation fast.
    if mean <= 0:
        return 0
    if mean < 12:
        n, p, limit = 0, 1.0, pow(2.718281828, -mean)
        while True:
            p *= rng.random()
            if p < limit:
                return n
            n += 1
    return max(0, round(rng.gauss(mean, mean**0.5)))


class _Generator:
    def __init__(self, conn: Connection, n_members: int, seed: int, today: date, progress: ProgressFn) -> None:
        self.conn = conn
        self.n = n_members
        self.rng = _FastRandom(seed)
        self.today = today
        self.end = today - timedelta(days=1)  # events up to yesterday: never in the future
        self.progress = progress
        self.events: list[tuple] = []  # (member, group, kind, ts, amount, ref): all but messages
        self.messages: list[tuple] = []  # (member, group, ts): nine events in ten, written with fewer columns
        self.points: list[tuple] = []  # (member, ts, delta, reason, expires_on): the 积分 ledger
        self.event_count = 0
        self.day_text: dict[int, str] = {}
        self.activity: list[tuple] = []
        self.invites: dict[int, int] = {}
        self.batch_id = 0
        # The message summaries (core.activity), counted while generating: Monday's ordinal → (member, group) →
        # messages (members come in id order: each week's rows are already in key order), and per group
        # (day ordinal × 24 + hour) → messages.
        self.week_counts: dict[int, dict[tuple[int, int], int]] = {}
        self.hour_counts: dict[int, Counter] = {}

    # -- helpers
    def flush_events(self) -> None:
        table, batch = Event.__table__, {"batch_id": self.batch_id}
        cols = ("member_id", "group_id", "kind", "ts", "amount", "ref")
        self.event_count += dbmod.bulk_insert(self.conn, table, cols, self.events, batch)
        message = batch | {"kind": "message"}
        self.event_count += dbmod.bulk_insert(self.conn, table, ("member_id", "group_id", "ts"), self.messages, message)
        cols = ("member_id", "ts", "delta", "reason", "expires_on")
        dbmod.bulk_insert(self.conn, PointsEntry.__table__, cols, self.points, batch)
        self.events, self.messages, self.points = [], [], []

    def ev(self, member: int | None, group: int, kind: str, ts: datetime | str, amount=None, ref=None) -> None:
        # Timestamps go in as the text SQLAlchemy stores, so summaries can compare them cheaply.
        text = ts if isinstance(ts, str) else ts.isoformat(" ", "microseconds")
        self.events.append((member, group, kind, text, amount, ref))

    def earn(self, member: int, day: date, points: int, reason: str, valid_days: int) -> None:
        ordinal = day.toordinal()
        ts = (self.day_text.get(ordinal) or self._day_text(ordinal)) + "21:00:00.000000"
        self.points.append((member, ts, points, reason, day + timedelta(days=valid_days)))

    def at_text(self, day: date) -> str:
        """A time on ``day`` (shaped like ``_at``), as stored text: no datetime object, no isoformat."""
        ordinal = day.toordinal()
        return (self.day_text.get(ordinal) or self._day_text(ordinal)) + _TIME_TEXTS[int(self.rng.random() * 4096)]

    def rand_day(self, start: date, end: date) -> date:
        span = (end - start).days
        return start + timedelta(days=self.rng.randrange(span + 1)) if span > 0 else start

    # -- steps
    def run(self) -> DemoSummary:
        rng = self.rng
        # The database is empty: building each index once after the load is much faster than updating
        # it row by row (DDL is transactional here, so a failed run still leaves the database as it was).
        indexes = [
            ix
            for table in (Event, Member, Membership, MemberTag, MemberAlias, MemberWeek, MemberSpan)
            for ix in sorted(table.__table__.indexes, key=lambda ix: ix.name)
        ]
        for index in indexes:
            index.drop(self.conn)
        self.progress(0.0, "groups and tags")
        self.batch_id = self.conn.execute(
            ImportBatch.__table__.insert().values(
                kind="demo", source=f"demo members={self.n}", created_at=datetime.now(), summary=""
            )
        ).inserted_primary_key[0]
        group_rows, self.group_span = [], {}
        for gid, (name, gtype, stage, age, ended) in enumerate(GROUPS, start=1):
            created = self.today - timedelta(days=age)
            last = self.today - timedelta(days=ended) if ended else self.end
            self.group_span[gid] = (created, last)
            group_rows.append((gid, name, gtype, stage, "wechat", created, "", False))
        dbmod.bulk_insert(
            self.conn,
            Group.__table__,
            ("id", "name", "type", "stage", "platform", "created_on", "notes", "archived"),
            group_rows,
        )
        tag_ids: list[list[int]] = []
        dims, tags, tid = [], [], 0
        for did, (dname, colour, names) in enumerate(TAG_DIMENSIONS, start=1):
            dims.append((did, dname, colour, did))
            ids = []
            for tname in names:
                tid += 1
                tags.append((tid, did, tname))
                ids.append(tid)
            tag_ids.append(ids)
        dbmod.bulk_insert(self.conn, TagDimension.__table__, ("id", "name", "color", "sort_order"), dims)
        dbmod.bulk_insert(self.conn, Tag.__table__, ("id", "dimension_id", "name"), tags)

        keys = [k for k, _ in PROFILES]
        weights = [w for _, w in PROFILES]
        profiles = rng.choices(keys, weights, k=self.n)
        profiles[0] = "owner"
        if self.n > 1:
            profiles[1] = "staff"
        kocs = [i + 1 for i, p in enumerate(profiles) if p == "koc"]

        members, memberships, member_tags, aliases = [], [], [], []
        late_inviters: list[tuple[int, int]] = []
        late_invites: list[tuple] = []
        created_at = datetime.combine(self.today, time(9))
        for idx in range(self.n):
            mid = idx + 1
            profile = profiles[idx]
            gid = rng.choices(range(1, len(GROUPS) + 1), GROUP_WEIGHTS)[0]
            if profile in ("owner", "staff"):
                gid = 1
            g_start, g_end = self.group_span[gid]
            if profile in ("deep_churn", "left"):
                joined_day = self.rand_day(g_start, g_start + (g_end - g_start) * 2 // 5)
            elif profile == "shallow_churn":
                joined_day = self.rand_day(g_start, g_start + (g_end - g_start) * 3 // 5)
            else:
                joined_day = self.rand_day(g_start, g_end)
            joined = _at(rng, joined_day)
            inviter = None
            channel = rng.choice(("qr", "qr", "link", "invited"))
            if kocs and profile not in ("owner", "staff", "koc") and rng.random() < 0.18:
                inviter = rng.choice(kocs)
                channel = "invited"
            name = "店主·小美" if profile == "owner" else ("客服·阿珺" if profile == "staff" else _name(rng))
            left_at = exit_reason = None
            ctx = _MemberCtx(mid, gid, joined, g_end)
            if profile == "left":
                left_day = self.rand_day(joined_day + timedelta(days=3), g_end)
                left_at = _at(rng, left_day) if left_day > joined_day else None
                exit_reason = rng.choice(EXIT_REASONS) if left_at else None
                ctx.stop = left_day if left_at else g_end
            tier = None
            if profile in ("buyer", "koc"):
                tier = rng.choice(("gold", "gold", "diamond"))
            elif profile in ("active", "freebie", "shallow_churn") and rng.random() < 0.5:
                tier = "silver"
            birthday = None
            if rng.random() < 0.35:
                birthday = date(rng.randrange(1975, 2002), rng.randrange(1, 13), rng.randrange(1, 29))
            role = profile if profile in ("owner", "staff") else "member"
            members.append(
                (
                    mid,
                    name,
                    _wechat_id(rng, mid),
                    _phone(rng),
                    None,
                    birthday,
                    rng.choice(SOURCES),
                    inviter if inviter and inviter < mid else None,
                    joined,
                    left_at,
                    exit_reason,
                    tier,
                    rng.random() < 0.01,
                    role,
                    "",
                    created_at,
                    None,
                )
            )
            memberships.append((mid, gid, joined, left_at, exit_reason))
            self.ev(mid, gid, "join", joined, ref=channel)
            if inviter:
                if inviter > mid:  # rows are written in id order: link forward references at the end
                    late_inviters.append((inviter, mid))
                    late_invites.append((inviter, gid, "invite", joined, None, str(mid)))
                else:
                    self.ev(inviter, gid, "invite", joined, ref=str(mid))
            if left_at:
                self.ev(mid, gid, "removed" if exit_reason.startswith("被移出") else "leave", left_at)
            if rng.random() < 0.2 and gid != 1 and profile not in ("owner", "staff"):
                g2_start, g2_end = self.group_span[1]
                joined2 = _at(rng, self.rand_day(max(g2_start, joined_day), g2_end))
                memberships.append((mid, 1, joined2, None, None))
                self.ev(mid, 1, "join", joined2, ref="link")
            aliases.append((mid, "wechat", name, None))
            # tags: stage for most, spend level, one or two interests, sometimes a city
            if rng.random() < 0.8:
                member_tags.append((mid, rng.choice(tag_ids[0]), "import", created_at))
            if rng.random() < 0.7:
                level = tag_ids[1][0] if profile in ("buyer", "koc") else rng.choice(tag_ids[1][1:])
                member_tags.append((mid, level, "import", created_at))
            for t in rng.sample(tag_ids[2], rng.choice((1, 1, 2))):
                member_tags.append((mid, t, "import", created_at))
            if rng.random() < 0.5:
                member_tags.append((mid, rng.choice(tag_ids[3]), "import", created_at))
            first_event = len(self.events)
            self._member_events(profile, ctx)
            self._summarise(ctx, first_event)
            if inviter:
                self.invites[inviter] = self.invites.get(inviter, 0) + 1
            if len(members) >= 20_000 or len(self.messages) >= 50_000:
                # members first: their events refer to them
                self._flush_members(members, memberships, member_tags, aliases)
                members, memberships, member_tags, aliases = [], [], [], []
                self.flush_events()
            if mid % 2000 == 0:
                self.progress(0.05 + 0.75 * mid / self.n, "members and events")
            elif mid % 50 == 0:
                _time.sleep(0)  # a pure-Python stretch: let the UI thread (and other workers) have the GIL
        self._flush_members(members, memberships, member_tags, aliases)
        self.events.extend(late_invites)
        self.flush_events()
        member_table = Member.__table__
        if late_inviters:
            self.conn.execute(
                member_table.update()
                .where(member_table.c.id == bindparam("invitee"))
                .values(inviter_id=bindparam("by")),
                [{"invitee": invitee, "by": by} for by, invitee in late_inviters],
            )

        self.progress(0.80, "indexes")
        self._write_message_summaries()
        activity_mod.rebuild_week_stats(self.conn)  # the weekly totals of every week written above, in one pass
        activity_mod.rebuild_spans(self.conn)  # every stay written above, in one pass (its index is built next)
        for index in indexes:
            index.create(self.conn)
        self.progress(0.87, "content library and calendar")
        items, entries = self._content()
        self.progress(0.92, "activity summaries")
        invites = self.invites
        activity = [row[:-2] + (invites.get(row[0], 0), row[-1]) for row in self.activity]
        dbmod.bulk_insert(
            self.conn,
            MemberActivity.__table__,
            (
                "member_id",
                "first_message_at",
                "last_message_at",
                "messages",
                "check_ins",
                "purchases",
                "spend",
                "last_purchase_at",
                "invites",
                "first_purchase_at",
            ),
            activity,
        )
        self.progress(0.96, "points and tiers")
        # Expired points are written off (FIFO), then tiers are computed twice, 45 days apart, so that the
        # demo has a tier history (promotions, then the demotions that waited out the grace period).
        points.expire(self.conn, self.end)
        for as_of in (self.end - timedelta(days=45), self.end):
            moved = tiers.recompute(self.conn, as_of, at=datetime.combine(as_of, time(6)))
            self.event_count += len(moved.changes)
        self.progress(0.98, "tag rules")
        n_tags = len(tags) + self._rules(tag_ids)
        summary = DemoSummary(
            members=self.n,
            groups=len(GROUPS),
            tags=n_tags,
            events=self.event_count,
            content_items=items,
            plan_entries=entries,
        )
        self.conn.execute(
            ImportBatch.__table__.update()
            .where(ImportBatch.__table__.c.id == self.batch_id)
            .values(summary=json.dumps(summary.__dict__))
        )
        activity_mod.mark_current(self.conn)  # the summaries hold every message written above
        self.progress(1.0, "done")
        return summary

    def _write_message_summaries(self) -> None:
        """member_week and hour_stat from the counts made while generating: what ``core.activity`` would count
        from the events, without a pass over two million rows."""
        texts: dict[int, str] = {}

        def day(ordinal: int) -> str:
            text = texts.get(ordinal)
            if text is None:
                text = texts[ordinal] = date.fromordinal(ordinal).isoformat()
            return text

        # Written in key order (a clustered table), a week at a time.
        cols = ("week_start", "member_id", "group_id", "messages")
        for w in sorted(self.week_counts):
            monday = day(w)
            rows = [(monday, m, g, n) for (m, g), n in self.week_counts.pop(w).items()]
            dbmod.bulk_insert(self.conn, MemberWeek.__table__, cols, rows)
            _time.sleep(0)
        hours = [
            (day(slot // 24), slot % 24, gid, n)
            for gid, counter in sorted(self.hour_counts.items())
            for slot, n in sorted(counter.items())
        ]
        dbmod.bulk_insert(self.conn, HourStat.__table__, ("day", "hour", "group_id", "messages"), hours)

    def _rules(self, tag_ids: list[list[int]]) -> int:
        """A few automatic tag rules, applied once as of the demo's today; returns the tags they added."""
        conn = self.conn
        source = tags_mod.ensure_tag(conn, "来源渠道", "门店扫码")
        active = tags_mod.ensure_tag(conn, "活跃度", "活跃型")
        rules = (
            ("高消费", tag_ids[1][0], "spend", {"days": 90, "amount": 500}),
            ("门店扫码来源", source, "channel", {"channel": "门店扫码"}),
            ("活跃型（每周发言≥3次）", active, "messages", {"days": 7, "count": 3}),
        )
        for name, tag, kind, params in rules:
            tag_rules.save_rule(conn, name, tag, kind, params)
        tag_rules.apply_rules(conn, as_of=datetime.combine(self.today, time(0)))
        return 2

    def _summarise(self, ctx: _MemberCtx, first_event: int) -> None:
        """The member's row of member_activity, from the events just generated (what rebuild would compute)."""
        mid, first_buy, last_buy = ctx.mid, None, None
        check_ins = purchases = 0
        spend = 0.0
        for _m, _g, kind, ts, amount, _r in self.events[first_event:]:
            if _m != mid:
                continue
            if kind == "check-in":
                check_ins += 1
            elif kind == "purchase":
                purchases += 1
                spend += amount
                if last_buy is None or ts > last_buy:
                    last_buy = ts
                if first_buy is None or ts < first_buy:
                    first_buy = ts
        first, last, messages = ctx.first_message, ctx.last_message, ctx.messages
        row = (mid, first, last, messages, check_ins, purchases, round(spend, 2), last_buy, 0, first_buy)
        self.activity.append(row)

    def _flush_members(self, members, memberships, member_tags, aliases) -> None:
        member_cols = (
            "id",
            "display_name",
            "wechat_id",
            "phone",
            "other_contact",
            "birthday",
            "source_channel",
            "inviter_id",
            "joined_at",
            "left_at",
            "exit_reason",
            "tier",
            "do_not_contact",
            "role",
            "notes",
            "created_at",
            "deleted_at",
        )
        dbmod.bulk_insert(self.conn, Member.__table__, member_cols, members)
        dbmod.bulk_insert(
            self.conn,
            Membership.__table__,
            ("member_id", "group_id", "joined_at", "left_at", "exit_reason"),
            memberships,
        )
        dbmod.bulk_insert(self.conn, MemberTag.__table__, ("member_id", "tag_id", "source", "created_at"), member_tags)
        dbmod.bulk_insert(self.conn, MemberAlias.__table__, ("member_id", "platform", "alias", "group_id"), aliases)

    def _messages(self, ctx: _MemberCtx, start: date, stop: date, per_week: float) -> None:
        if stop < start:
            return
        days = (stop - start).days + 1
        rng, first, times, day_text, hours = self.rng, start.toordinal(), _TIME_TEXTS, self.day_text, _TIME_HOURS
        stamps, slots, ordinals = [], [], []
        for _ in range(_poisson(rng, per_week * days / 7)):
            ordinal = first + int(rng.random() * days)
            day = day_text.get(ordinal) or self._day_text(ordinal)
            t = int(rng.random() * 4096)
            stamps.append(day + times[t])
            slots.append(ordinal * 24 + hours[t])
            ordinals.append(ordinal)
        if stamps:
            mid, gid = ctx.mid, ctx.gid
            self.messages.extend([(mid, gid, ts) for ts in stamps])
            counter = self.hour_counts.get(gid)
            if counter is None:
                counter = self.hour_counts[gid] = Counter()
            counter.update(slots)  # counted in C
            weeks, key = self.week_counts, (mid, gid)
            for ordinal, n in Counter(ordinals).items():  # per day, then folded into its week
                monday = ordinal - (ordinal - 1) % 7  # ordinal 1 (0001-01-01) is a Monday
                week = weeks.get(monday)
                if week is None:
                    week = weeks[monday] = {}
                week[key] = week.get(key, 0) + n
            ctx.messages += len(stamps)
            ctx.first_message = min(stamps) if ctx.first_message is None else min(ctx.first_message, *stamps)
            ctx.last_message = max(stamps) if ctx.last_message is None else max(ctx.last_message, *stamps)

    def _day_text(self, ordinal: int) -> str:
        text = date.fromordinal(ordinal).isoformat() + " "
        self.day_text[ordinal] = text
        return text

    def _member_events(self, profile: str, ctx: _MemberCtx) -> None:
        rng = self.rng
        start, stop = ctx.joined.date(), ctx.stop
        if profile in ("owner", "staff"):
            self._messages(ctx, start, stop, 10 if profile == "owner" else 5)
        elif profile == "active":
            self._messages(ctx, start, stop, rng.uniform(3, 5.5))
            self._check_ins(ctx, start, stop)
        elif profile == "koc":
            self._messages(ctx, start, stop, rng.uniform(4, 8))
            self._check_ins(ctx, start, stop)
            self._purchases(ctx, start, stop, rng.uniform(20, 40))
        elif profile == "buyer":
            self._messages(ctx, start, stop, rng.uniform(0.3, 1.5))
            self._purchases(ctx, start, stop, rng.uniform(25, 60))
        elif profile == "shallow_churn":
            silent = rng.randrange(8, 31)
            last = stop - timedelta(days=silent)
            self._messages(ctx, start, last, rng.uniform(1, 2.6))
            if rng.random() < 0.4 and last >= start:  # 预警: clicked a promotion, then went quiet
                self.ev(ctx.mid, ctx.gid, "click", self.at_text(last), ref="双11预热")
        elif profile == "deep_churn":
            silent = rng.randrange(60, 200)
            self._messages(ctx, start, stop - timedelta(days=silent), rng.uniform(0.8, 2.5))
        elif profile == "freebie":
            self._messages(ctx, start, stop, 0.1)
            days = max(1, (stop - start).days)
            for _ in range(rng.randrange(3, 9)):
                ts = _at(rng, start + timedelta(days=rng.randrange(days)))
                self.ev(ctx.mid, ctx.gid, "perk-claim", ts, ref="新人券")
                self.earn(ctx.mid, ts.date(), 20, "领券积分", 90)
                if rng.random() < 0.5:
                    self.ev(ctx.mid, ctx.gid, "click", ts + timedelta(minutes=1), ref="领券链接")
        elif profile == "lurker":
            self._messages(ctx, start, stop, 0.02)
        elif profile == "left":
            self._messages(ctx, start, stop, rng.uniform(0.3, 1.5))

    def _check_ins(self, ctx: _MemberCtx, start: date, stop: date) -> None:
        rng = self.rng
        if (stop - start).days < 7 or rng.random() < 0.4:
            return
        for _ in range(rng.randrange(1, 4)):  # a few streaks of consecutive days
            length = rng.randrange(3, 22)
            first = self.rand_day(start, max(start, stop - timedelta(days=length)))
            for d in range(length):
                day = first + timedelta(days=d)
                if day > stop:
                    break
                ordinal = day.toordinal()
                text = self.day_text.get(ordinal) or self._day_text(ordinal)
                self.ev(ctx.mid, ctx.gid, "check-in", f"{text}07:{rng.randrange(60):02d}:00.000000")
            earned = min(day, stop)
            self.earn(ctx.mid, earned, 10 * (earned - first).days + 10, "连续打卡", 180)

    def _purchases(self, ctx: _MemberCtx, start: date, stop: date, every_days: float) -> None:
        rng = self.rng
        day = start + timedelta(days=rng.randrange(1, 20))
        n = 0
        while day <= stop:
            n += 1
            amount = round(rng.choice((39, 59, 89, 129, 199, 299, 599)) * rng.uniform(0.9, 1.6), 2)
            self.ev(ctx.mid, ctx.gid, "purchase", self.at_text(day), amount=amount, ref=f"DD{ctx.mid:06d}{n:03d}")
            self.earn(ctx.mid, day, int(amount), "购物积分", 365)
            day += timedelta(days=max(3, round(rng.gauss(every_days, every_days / 4))))

    def _content(self) -> tuple[int, int]:
        """The library (posts, titles, FAQ/话术), products, a daily check-in series, and the calendar: the past
        four months posted with results, the current and next two weeks planned."""
        rng = self.rng
        made = datetime.combine(self.today - timedelta(days=130), time(10))
        dbmod.bulk_insert(self.conn, Product.__table__, ("id", "name", "price", "role"), list(PRODUCTS))
        items, links = [], []
        for i, (title, category, core, fmt) in enumerate(CONTENT, start=1):
            body = f"【{title}】\n亲爱的{{群名}}家人们，{{日期}}{title}。欢迎在群里留言交流～"
            tags = ",".join(rng.sample(CONTENT_TAGS, rng.choice((0, 1, 2))))
            items.append((i, title, body, category, core, fmt, "original", made, "post", tags))
            if fmt == "product_card" or category == "conversion":
                links.append((i, rng.randrange(1, len(PRODUCTS) + 1)))
        for title, body in TITLES_AND_FAQ:
            i = len(items) + 1
            kind = "title" if not body else "faq"
            items.append((i, title, body, "brand", "knowledge", "text", "original", made, kind, ""))
        dbmod.bulk_insert(
            self.conn,
            ContentItem.__table__,
            ("id", "title", "body", "category", "core", "format", "source", "created_at", "kind", "tags"),
            items,
            constants={"status": "ready", "images": "[]"},
        )
        dbmod.bulk_insert(self.conn, ContentProduct.__table__, ("content_item_id", "product_id"), links)
        sizes = {gid: max(1, int(self.n * w)) for gid, w in enumerate(GROUP_WEIGHTS, start=1)}
        entries = []
        slots = (time(8, 0), time(12, 30), time(20, 0))
        series_rows = []
        for gid, (g_start, g_end) in self.group_span.items():
            first = max(g_start, self.today - timedelta(days=120))
            last = min(g_end, self.today + timedelta(days=20))
            if g_end >= self.end:
                last = self.today + timedelta(days=20)
            if gid == 1:  # 宝妈福利群1: daily 08:00 check-in prompt (an SOP series)
                series_rows.append((1, gid, 5, CONTENT[4][0], "0,1,2,3,4,5,6", "08:00", first, None, None))
            day = first
            while day <= last:
                chosen = (
                    rng.sample(slots[1:], rng.choice((1, 1, 2)))
                    if gid == 1
                    else rng.sample(slots, rng.choice((1, 2, 2, 3)))
                )
                if gid == 1:
                    chosen = [time(8, 0), *chosen]
                for slot in chosen:
                    item_id = 5 if gid == 1 and slot == time(8, 0) else rng.randrange(1, len(CONTENT) + 1)
                    title, category, core, _fmt = CONTENT[item_id - 1]
                    series = 1 if gid == 1 and slot == time(8, 0) else None
                    when = datetime.combine(day, slot)
                    results: tuple = (None,) * 7
                    if day < self.today:
                        status = "skipped" if rng.random() < 0.06 else "posted"
                        posted = when + timedelta(minutes=rng.randrange(0, 20)) if status == "posted" else None
                        if posted and rng.random() < 0.75:
                            results = self._results(rng, sizes[gid], core, slot)
                    else:
                        status = rng.choice(("scheduled", "scheduled", "scheduled", "draft", "idea"))
                        posted = None
                    campaign = "双11大促" if gid == 4 else None
                    entries.append((gid, item_id, title, when, status, posted, campaign, series, *results))
                day += timedelta(days=1)
        dbmod.bulk_insert(
            self.conn,
            PlanSeries.__table__,
            ("id", "group_id", "content_item_id", "title", "weekdays", "time_of_day", "start_on", "end_on", "count"),
            series_rows,
            constants={"status": "scheduled"},
        )
        dbmod.bulk_insert(
            self.conn,
            PlanEntry.__table__,
            (
                "group_id",
                "content_item_id",
                "title",
                "scheduled_at",
                "status",
                "posted_at",
                "campaign",
                "series_id",
                "reach",
                "opens",
                "replies",
                "shares",
                "clicks",
                "carts",
                "orders",
            ),
            entries,
            constants={"detached": 0},
        )
        return len(items), len(entries)

    @staticmethod
    def _results(rng: random.Random, size: int, core: str, slot: time) -> tuple:
        """Hand-entered results: evenings reach more; knowledge is shared, emotion answered, conversion bought."""
        reach = int(size * rng.uniform(0.25, 0.6) * (1.3 if slot.hour >= 20 else 0.8 if slot.hour < 9 else 1.0))
        opens = int(reach * rng.uniform(0.4, 0.8))
        replies = int(opens * rng.uniform(0.01, 0.05) * (2.5 if core == "emotion" else 1))
        shares = int(opens * rng.uniform(0.005, 0.02) * (2.5 if core == "knowledge" else 1))
        clicks = int(opens * rng.uniform(0.03, 0.12) * (2 if core == "conversion" else 0.6))
        carts = int(clicks * rng.uniform(0.2, 0.5))
        orders = int(carts * rng.uniform(0.3, 0.7))
        return (reach, opens, replies, shares, clicks, carts, orders)


@dataclass
class _MemberCtx:
    mid: int
    gid: int
    joined: datetime
    stop: date
    messages: int = 0
    first_message: str | None = None
    last_message: str | None = None


def generate_demo(
    db: Database,
    members: int = 2000,
    seed: int = 7,
    today: date | None = None,
    progress: ProgressFn | None = None,
) -> DemoSummary:
    """Fill an empty database with a demo community. All or nothing: one transaction."""
    if members < 10:
        raise DemoError("A demo community needs at least 10 members.")
    with db.engine.connect() as conn:
        has = conn.execute(select(func.count()).select_from(Member.__table__)).scalar_one()
        has += conn.execute(select(func.count()).select_from(Group.__table__)).scalar_one()
    if has:
        raise DemoError(
            "This database already has members or groups. A demo is only added to an empty database; "
            "use --db with a new file to try it."
        )
    with db.engine.connect() as conn:
        # Every reference is made by the generator itself (the tests run foreign_key_check on its output), so the
        # three foreign-key lookups for each of ~2 million events are skipped.
        with dbmod.bulk_load(conn), conn.begin():
            return _Generator(conn, members, seed, today or date.today(), progress or (lambda f, m: None)).run()
