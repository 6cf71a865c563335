"""Recall lists: who to talk to this week, why, and what to say.

Segments come from the seed articles (分层激活沉默用户, 流失期召回, 成熟期纪念日) and the anchors in issue 6
(Savannah's inactive/resuming alerts, Klaviyo's expected next order, Monica's stay-in-touch). They are computed in
SQL over the events (``core.recall_sql``: one rule per segment, all bounds relative to ``as_of`` passed as
parameters), so ``as_of`` can be any past date: events after it are ignored, as if today were that date. One
statement gives the size of every segment and the head of the list; only the members listed are read in full.

A member can be in several segments; ``priority`` picks the one whose message is used. Each segment carries
its reason as a ``Reason`` (a key and its figures), which the CLI prints in English and the UI translates.
Guard rails (do-not-contact, cool-down, daily cap) exclude members with the reason shown in the preview.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, select, text, update
from sqlmodel import Session

from core import db as dbmod
from core import recall_sql, recall_state
from core.errors import UserError
from core.events import any_group
from core.members import mask_phone
from core.models import Event, Group, Membership, PlanEntry, RecallCode, RecallTemplate
from core.recall_sql import ANNIVERSARY_MONTHS, BIT, SEGMENTS  # noqa: F401 - part of this module's API
from core.settings import get_setting, get_thresholds, set_setting

# Which segment's message a member in several gets: the most urgent and most personal first.
DEFAULT_PRIORITY = (
    "early_warning",
    "shallow_churn",
    "repurchase_due",
    "points_expiring",
    "deep_churn",
    "resuming",
    "birthday",
    "anniversary",
    "koc_candidate",
    "freebie",
    "lurker",
    "active",
    "left",
)
# The segments a recall list shows when none are asked for: everyone who needs a message this week.
DEFAULT_SEGMENTS = tuple(s for s in DEFAULT_PRIORITY if s not in ("active", "left"))

VARIABLES = ("昵称", "天数", "群名", "错过的内容", "积分", "到期日", "优惠码", "入群天数")
_VARIABLE = re.compile(r"\{([^{}]*)\}")
MISSED_TITLES = 3
# Rows read past today's room with the head of the list, for members a guard rail holds back (more: another page).
_SPARE_ROWS = 50


class RecallError(UserError):
    """A recall rule or template cannot be used; ``str()`` is a user-facing message."""


@dataclass(frozen=True)
class Reason:
    key: str  # the segment, or a guard rail: "do_not_contact", "cooldown", "daily_cap"
    params: dict = field(default_factory=dict)

    def text(self) -> str:
        return REASON_TEXT[self.key].format(**self.params)


# English wording of each reason; the UI has the same keys translated (ui/pages/recall.py).
REASON_TEXT = {
    "active": "{week} messages in the last 7 days",
    "koc_candidate": "active ({week} messages this week) and invited {invites} member(s)",
    "lurker": "{messages} message(s) in {days} days in the group",
    "freebie": "claimed {claims} perk(s) in {window} days, bought nothing",
    "shallow_churn": "silent {silent} days; {messages} messages before, last on {last}",
    "deep_churn": "silent {silent} days; {messages} messages before, last on {last}",
    "early_warning": "clicked {ref} on {clicked}, silent {days} days since",
    "points_expiring": "{points} points expire on {expires}",
    "repurchase_due": "{orders} orders, every {every} days on average; next was due {due} ({overdue} day(s) ago)",
    "anniversary": "joined {joined}: {months} months on {date}",
    "birthday": "birthday on {date}",
    "resuming": "back this week ({week} messages) after {gap} days of silence",
    "left": "left the group on {date}",
    "do_not_contact": "marked do-not-contact",
    "cooldown": "already recalled on {date} (cool-down {days} days)",
    "daily_cap": "over today's cap of {cap} messages",
}


@dataclass
class RecallItem:
    member_id: int
    name: str
    group_id: int | None
    group_name: str
    segment: str | None  # the one whose message is used (None: in no segment, listed by "all" only)
    segments: list[str]
    reasons: dict[str, Reason]
    facts: dict
    phone: str | None = None
    wechat_id: str | None = None
    message: str = ""
    template_id: int | None = None
    code: str | None = None
    problems: list[str] = field(default_factory=list)
    excluded: Reason | None = None

    def reason_texts(self) -> list[str]:
        return [self.reasons[s].text() for s in self.segments]


@dataclass
class RecallList:
    as_of: date
    items: list[RecallItem]  # who gets a message, in priority order
    excluded: list[RecallItem]  # in a chosen segment but held back by a guard rail (``excluded`` says why)
    counts: dict[str, int]  # members per segment (before guard rails)
    held_back: int = 0  # in a chosen segment, but over today's cap


# --- rules ------------------------------------------------------------------------------------------


def validate_thresholds(t: dict[str, float]) -> list[str]:
    """Impossible combinations of recall thresholds, as user-facing messages (empty when all is well)."""
    problems = []
    if t["shallow_churn_days"] >= t["deep_churn_days"]:
        problems.append(
            f"Shallow churn ({t['shallow_churn_days']:g} days) must end before deep churn "
            f"({t['deep_churn_days']:g} days) begins."
        )
    if t["silent_after_days"] >= t["shallow_churn_days"]:
        problems.append(
            f"Churn starts after {t['silent_after_days']:g} silent days, which leaves nothing for shallow churn "
            f"(up to {t['shallow_churn_days']:g} days)."
        )
    if t["early_warning_days"] > t["early_warning_window_days"]:
        problems.append("The early-warning silence is longer than the window in which a click counts.")
    for key in ("active_messages_per_week", "recall_daily_cap", "freebie_min_claims", "repurchase_min_orders"):
        if t[key] < 1:
            problems.append(f"{key} must be at least 1.")
    return problems


def get_priority(session: Session) -> list[str]:
    saved = get_setting(session, "recall.priority", None)
    if not saved:
        return list(DEFAULT_PRIORITY)
    order = [s for s in saved if s in SEGMENTS]
    return order + [s for s in DEFAULT_PRIORITY if s not in order]


def set_priority(session: Session, order: Sequence[str]) -> None:
    unknown = [s for s in order if s not in SEGMENTS]
    if unknown:
        raise RecallError(f"Unknown segment(s): {', '.join(unknown)}")
    set_setting(session, "recall.priority", list(order))


# --- the query --------------------------------------------------------------------------------------


def _months_before(day: date, months: int) -> date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _months_after(day: date, months: int) -> date:
    return _months_before(day, -months)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def _parse_ts(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _stamp(value: datetime | None) -> float:
    return value.toordinal() + value.hour / 24 + value.minute / 1440 if value else 0.0


def _parse_day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _group_id(session: Session, group: str | int | None) -> int | None:
    if group is None or isinstance(group, int):
        return group
    gid = session.execute(select(Group.id).where(Group.name == group)).scalar_one_or_none()
    if gid is None:
        names = session.execute(select(Group.name).order_by(Group.id)).scalars().all()
        raise RecallError(f"No group named {group!r}. Groups: {', '.join(names) or 'none yet'}.")
    return gid


def _summaries_cover(session: Session, end: datetime) -> bool:
    """True when no message, purchase or invite is dated at or after ``end`` (then the summaries are exact)."""
    return recall_sql.summaries_cover(session, end)


def _build(
    session: Session, as_of: date, gid: int | None, t: dict[str, float], only: Sequence[int] | None = None
) -> recall_sql.Statement:
    """The segment statements (see ``core.recall_sql``): from the summaries when they cover ``as_of``."""
    fast = gid is None and _summaries_cover(session, _midnight(as_of + timedelta(days=1)))
    return recall_sql.build(session, as_of, gid, t, only=only, fast=fast)


def _reasons(row: dict, q: recall_sql.Statement, as_of: date) -> dict[str, Reason]:
    """Words for the segments the SQL flags put the member in (no rule is decided here)."""
    out: dict[str, Reason] = {}
    last = _parse_ts(row["last_msg"])
    joined = _parse_ts(row["joined_at"])
    silent = (as_of - last.date()).days if last else None
    if row["f_left"]:
        out["left"] = Reason("left", {"date": f"{_parse_ts(row['left_at']):%Y-%m-%d}"})
    if row["f_active"]:
        out["active"] = Reason("active", {"week": row["week"]})
    if row["f_koc_candidate"]:
        out["koc_candidate"] = Reason("koc_candidate", {"week": row["week"], "invites": row["invites"]})
    if row["f_lurker"]:
        out["lurker"] = Reason("lurker", {"messages": row["msgs"], "days": (as_of - joined.date()).days})
    if row["f_freebie"]:
        window = (as_of - _parse_ts(q.params["window_start"]).date()).days + 1
        out["freebie"] = Reason("freebie", {"claims": row["claims"], "window": window})
    for key in ("shallow_churn", "deep_churn"):
        if row[f"f_{key}"]:
            out[key] = Reason(key, {"silent": silent, "messages": row["msgs"], "last": f"{last:%Y-%m-%d}"})
    if row["f_early_warning"]:
        click = _parse_ts(row["last_click"])
        out["early_warning"] = Reason(
            "early_warning",
            {"ref": "", "clicked": f"{click:%Y-%m-%d}", "days": (as_of - click.date()).days, "at": click},
        )
    if row["f_points_expiring"]:
        points = int(min(row["expiring"], row["balance"]))
        out["points_expiring"] = Reason(
            "points_expiring", {"points": points, "expires": str(_parse_day(row["expires"]))}
        )
    if row["f_repurchase_due"]:
        first, latest, buys = _parse_ts(row["first_buy"]), _parse_ts(row["last_buy"]), row["buys"]
        every = max(1.0, (latest - first).total_seconds() / 86400 / (buys - 1))
        due = latest + timedelta(days=every)
        out["repurchase_due"] = Reason(
            "repurchase_due",
            {
                "orders": buys,
                "every": round(every),
                "due": f"{due:%Y-%m-%d}",
                "overdue": max(1, (as_of - due.date()).days),
            },
        )
    if row["f_anniversary"]:
        for months, oldest, before in q.windows:
            if oldest <= joined.date() < before:
                day = _months_after(joined.date(), months)
                out["anniversary"] = Reason(
                    "anniversary", {"joined": f"{joined:%Y-%m-%d}", "months": months, "date": str(day)}
                )
    if row["f_birthday"]:
        for offset in range(7):
            day = as_of + timedelta(days=offset)
            if f"{day:%m-%d}" == row["birthday_md"]:
                out["birthday"] = Reason("birthday", {"date": f"{day:%m-%d}"})
                break
    if row["f_resuming"]:
        prev = _parse_ts(row["prev_msg"])
        quiet_since = prev.date() if prev else joined.date()
        gap = (as_of - timedelta(days=6) - quiet_since).days
        out["resuming"] = Reason("resuming", {"week": row["week"], "gap": gap})
    return out


def compute(
    session: Session,
    as_of: date | None = None,
    segments: Iterable[str] | None = None,
    group: str | int | None = None,
    state: bool | None = None,
) -> RecallList:
    """The recall list for ``as_of`` (default today): members in the chosen segments, with reasons and messages.

    ``segments`` defaults to ``DEFAULT_SEGMENTS``; "all" lists every member (also those in no segment). The list
    holds at most the daily cap; members held back by do-not-contact or the cool-down before the cap is reached
    are in ``excluded`` with the reason, the rest of the segment is counted in ``held_back``. ``counts`` has every
    chosen segment's size before the guard rails.

    ``state``: over all groups, read the segments from the materialised state (``core.recall_state``), brought
    up to date first; default: when ``as_of`` is today (the recall page, the Today view). The list is the same.
    """
    as_of = as_of or date.today()
    everyone = segments is not None and "all" in segments
    chosen = _chosen_segments(segments)
    gid = _group_id(session, group)
    t = get_thresholds(session, gid)
    problems = validate_thresholds(t)
    if problems:
        raise RecallError(" ".join(problems))
    q = _build(session, as_of, gid, t)
    priority = [s for s in get_priority(session) if s in chosen]
    cap = int(t["recall_daily_cap"])
    room = max(0, cap - sent_on(session, as_of))
    cooldown_days = int(t["recall_cooldown_days"])
    picked: list[tuple[int, Reason | None]] = []
    to_send = 0

    def guard(dnc, last_recall) -> Reason | None:
        if dnc:
            return Reason("do_not_contact")
        if last_recall is not None:  # only recalls inside the cool-down window are fetched
            return Reason("cooldown", {"date": f"{_parse_ts(last_recall):%Y-%m-%d}", "days": cooldown_days})
        return None

    if everyone:
        masks: dict[int, int] = {}
        for bits, mid, _last, dnc, last_recall in _rows(session, q.everyone(priority), q.params):
            masks[bits] = masks.get(bits, 0) + 1
            if not any(bits & BIT[s] for s in priority):  # in no segment
                picked.append((mid, None))
                continue
            why = guard(dnc, last_recall)
            if why is None and to_send >= room:
                why = Reason("daily_cap", {"cap": cap})  # "all" lists everyone, saying who is over the cap
            to_send += why is None
            picked.append((mid, why))
        held_back = 0
    else:
        # One statement: members per segment mask, and the head of the list (most urgent segment first; in a
        # segment the most recently active first: likeliest to return). Later segments are read only when the
        # first ones do not fill today's room.
        page = room + _SPARE_ROWS
        if state is None:
            state = as_of == date.today()
        use_state = state and gid is None and recall_state.current(session, as_of, t, q)
        if use_state:
            masks = recall_state.counts(session)
            first = (
                _rows(session, recall_state.rank_rows_sql(q, priority, 0, page, 0), q.params)
                if room and priority
                else []
            )
        else:
            rows = _rows(session, q.counts_and_first(priority, page if room else 0), q.params)
            masks = {bits: n for part, bits, n, *_ in rows if part == 0}
            first = [row[1:] for row in rows if row[0] == 1]
        per_rank = [0] * len(priority)
        for bits, n in masks.items():
            rank = next((i for i, s in enumerate(priority) if bits & BIT[s]), None)
            if rank is not None:
                per_rank[rank] += n
        for rank, size in enumerate(per_rank):
            offset = 0
            while to_send < room and offset < size:
                if rank == 0 and offset == 0:
                    batch = first
                else:
                    sql = (
                        recall_state.rank_rows_sql(q, priority, rank, page, offset)
                        if use_state
                        else q.rank_rows(priority, rank, page, offset)
                    )
                    batch = _rows(session, sql, q.params)
                for _bits, mid, _last, dnc, last_recall in batch:
                    why = guard(dnc, last_recall)
                    picked.append((mid, why))
                    to_send += why is None
                    if to_send >= room:
                        break  # the rest wait for another day, whatever their guard rails say
                if not batch:
                    break
                offset += len(batch)
        held_back = sum(per_rank) - len(picked)
    counts = {s: sum(n for bits, n in masks.items() if bits & BIT[s]) for s in chosen}
    details = _details(session, as_of, gid, t, [mid for mid, _ in picked])
    items, excluded = [], []
    for mid, why in picked:
        row = details[mid]
        reasons = _reasons(row, q, as_of)
        mine = [s for s in priority if s in reasons]
        item = RecallItem(
            member_id=mid,
            name=row["name"],
            group_id=gid,
            group_name="",
            segment=mine[0] if mine else None,
            segments=mine,
            reasons={s: reasons[s] for s in mine},
            facts={
                "last_msg": _parse_ts(row["last_msg"]),
                "joined": _parse_ts(row["joined_at"]),
                "points": int(min(row["expiring"], row["balance"])) if row["f_points_expiring"] else None,
                "expires": _parse_day(row["expires"]),
            },
            phone=row["phone"],
            wechat_id=row["wechat_id"],
            excluded=why,
        )
        (excluded if why else items).append(item)
    _fill_click_refs(session, items + excluded, q.params["end"])
    _fill_groups(session, items + excluded, gid)
    _write_messages(session, [it for it in items if it.segment], as_of)
    return RecallList(as_of=as_of, items=items, excluded=excluded, counts=counts, held_back=held_back)


def _rows(session: Session, sql: str, params: dict) -> list[tuple]:
    # Plain driver rows: up to 100,000 narrow rows ("all"), read without per-row ORM/Row overhead. Only the
    # parameters the statement names (the state's statements name few of the segment parameters).
    used = {k: v for k, v in params.items() if re.search(rf":{k}\b", sql)}
    return dbmod.driver_rows(session.connection(), text(sql).bindparams(**used))


def _details(session: Session, as_of: date, gid: int | None, t: dict, ids: list[int]) -> dict[int, dict]:
    """All figures and flags of the few members listed."""
    out: dict[int, dict] = {}
    for chunk in _chunks(ids, 5000):
        q = _build(session, as_of, gid, t, only=chunk)
        for row in session.execute(text(q.details()).bindparams(**q.params)).mappings():
            out[row["id"]] = dict(row)
    return out


def sent_on(session: Session, day: date) -> int:
    """Recall messages logged as sent on ``day``."""
    return session.execute(
        select(func.count()).where(
            Event.kind == "recall-sent",
            any_group(),
            Event.ts >= _midnight(day),
            Event.ts < _midnight(day + timedelta(days=1)),
        )
    ).scalar_one()


def _chosen_segments(segments: Iterable[str] | None) -> list[str]:
    if segments is None:
        return list(DEFAULT_SEGMENTS)
    chosen = list(segments)
    if "all" in chosen:
        return list(SEGMENTS)
    unknown = [s for s in chosen if s not in SEGMENTS]
    if unknown:
        raise RecallError(f"Unknown segment(s): {', '.join(unknown)}. Known: {', '.join(SEGMENTS)}, all.")
    return chosen


def _chunks(values: Sequence[int], size: int = 500):
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _fill_click_refs(session: Session, items: list[RecallItem], end: datetime) -> None:
    """The campaign each early-warning member clicked (its ``ref``), for the reason text."""
    by_member = {it.member_id: it for it in items if "early_warning" in it.reasons}
    for ids in _chunks(list(by_member)):
        stmt = (
            select(Event.member_id, Event.ts, Event.ref)
            .where(Event.kind == "click", Event.member_id.in_(ids), Event.ts < end)
            .order_by(Event.member_id, Event.ts)
        )
        for mid, ts, ref in session.execute(stmt):
            reason = by_member[mid].reasons["early_warning"]
            if ts == reason.params["at"]:
                reason.params["ref"] = ref or "a promotion"
    for it in by_member.values():
        it.reasons["early_warning"].params.pop("at", None)
        if not it.reasons["early_warning"].params["ref"]:
            it.reasons["early_warning"].params["ref"] = "a promotion"


def _fill_groups(session: Session, items: list[RecallItem], gid: int | None) -> None:
    names = dict(session.execute(select(Group.id, Group.name)).all())
    if gid is not None:
        for it in items:
            it.group_name = names[gid]
        return
    by_member = {it.member_id: it for it in items}
    for ids in _chunks(list(by_member)):
        rows = session.execute(
            select(Membership.member_id, Membership.group_id, Membership.joined_at, Membership.left_at).where(
                Membership.member_id.in_(ids)
            )
        )
        best: dict[int, tuple] = {}
        for mid, group_id, joined, left in rows:
            key = (left is None, str(joined or ""))  # a group still in, the most recently joined
            if mid not in best or key > best[mid][0]:
                best[mid] = (key, group_id)
        for mid, (_key, group_id) in best.items():
            by_member[mid].group_id = group_id
            by_member[mid].group_name = names.get(group_id, "")


# --- templates and messages ---------------------------------------------------------------------------

DEFAULT_TEMPLATES: dict[str, tuple[str, ...]] = {
    "active": (
        "{昵称}，这周群里数你最活跃啦！想邀请你做{群名}的领读人，每周帮大家挑一篇精华，有专属福利，愿意试试吗？",
        "{昵称}，谢谢你这周在{群名}的分享！我们在找几位热心群友一起带话题，想第一个问问你～",
    ),
    "koc_candidate": (
        "{昵称}，谢谢你邀请朋友加入{群名}！想请你做我们的体验官，新品先试先用，愿意聊聊吗？",
        "{昵称}，你带来的朋友都很活跃～想邀请你加入我们的核心群友小组，有新品内测和专属权益哦！",
    ),
    "lurker": (
        "{昵称}，最近{群名}的精华你可能还没看到：{错过的内容}。有空翻翻，有问题随时问我～",
        "{昵称}，入群 {入群天数} 天啦，平时看得多说得少也没关系～本周精华：{错过的内容}，欢迎随时冒泡！",
    ),
    "freebie": (
        "{昵称}，你有 {积分} 积分将在 {到期日} 过期，来群里打卡就能兑换好礼，别浪费啦～",
        "{昵称}，新一期福利已经上线，连续打卡 7 天还能解锁免费试用，来{群名}看看吧～",
    ),
    "shallow_churn": (
        "{昵称}，{天数} 天没在{群名}见到你啦！你错过了：{错过的内容}。送你专属折扣码 {优惠码}，欢迎回来～",
        "{昵称}，好久不见！群里最近有：{错过的内容}，想你啦，有空回来看看～",
    ),
    "deep_churn": (
        "{昵称}，我是{群名}的群主，想占用你 3 分钟做个回访，听听你的建议。老朋友回归特权（新品内测名额）给你留着～",
        "{昵称}，{天数} 天没联系啦，最近还好吗？我们改进了不少，送你一张回归券 {优惠码}，随时欢迎回来～",
    ),
    "early_warning": (
        "{昵称}，前几天看你关注了我们的活动，有什么疑问吗？我可以帮你看看哪款更适合你～",
        "{昵称}，活动还在进行中，有任何问题直接问我，给你留了名额哦～",
    ),
    "points_expiring": (
        "{昵称}，提醒一下：你有 {积分} 积分将在 {到期日} 过期，来{群名}打卡或兑换吧～",
        "{昵称}，你的 {积分} 积分 {到期日} 就到期啦，积分商城有新品可换，别错过～",
    ),
    "repurchase_due": (
        "{昵称}，上次买的应该快用完啦，这次给你留了老客专属价，需要的话跟我说～",
        "{昵称}，按你平时的节奏该补货啦，老客折扣码 {优惠码} 送你，随时下单～",
    ),
    "anniversary": (
        "{昵称}，今天是你加入{群名}第 {入群天数} 天，谢谢一路陪伴！送你一份纪念电子证书和小礼物～",
        "{昵称}，入群纪念日快乐！感谢你在{群名}的 {入群天数} 天，有你真好～",
    ),
    "birthday": (
        "{昵称}，生日快乐！{群名}给你准备了一份生日礼，记得来领哦～",
        "{昵称}，祝你生日快乐，天天开心！生日福利已经备好，找我领取～",
    ),
    "resuming": (
        "{昵称}，欢迎回来！这段时间群里更新了：{错过的内容}，有需要随时找我～",
        "{昵称}，好久不见，很高兴又看到你在{群名}发言！最近有什么需要吗？",
    ),
    "left": (
        "{昵称}，你好，我是{群名}的群主。看到你退群了，想听听哪里做得不好，我们一定改进。",
        "{昵称}，感谢之前在{群名}的陪伴。如果以后有需要，随时找我，群的大门一直为你开着～",
    ),
}


def template_variables(body: str) -> list[str]:
    return _VARIABLE.findall(body)


def check_template(body: str) -> None:
    unknown = [v for v in template_variables(body) if v not in VARIABLES]
    if unknown:
        raise RecallError(
            f"Unknown variable {{{unknown[0]}}} in the template. Known: {', '.join('{' + v + '}' for v in VARIABLES)}."
        )
    if not body.strip():
        raise RecallError("A template cannot be empty.")


def ensure_default_templates(session: Session) -> None:
    """Give every segment its default variants the first time recall is used (the owner edits them later).

    Called in the middle of reads (``compute`` of the Today page's load): the templates are written in a write
    transaction of their own (a write from the session's older read snapshot would fail at once if anything
    committed meanwhile), then the session's transaction is ended so that it sees them.
    """
    count = select(func.count()).select_from(RecallTemplate)
    if session.execute(count).scalar_one():
        return
    now = datetime.now()
    rows = [
        {"segment": segment, "name": chr(65 + i), "body": body, "sort_order": i, "created_at": now}
        for segment, bodies in DEFAULT_TEMPLATES.items()
        for i, body in enumerate(bodies)
    ]
    with dbmod.write_transaction(session.get_bind()) as conn:
        if not conn.execute(count).scalar_one():  # another job may have written them first
            conn.execute(RecallTemplate.__table__.insert(), rows)
    session.commit()


def templates(session: Session, segment: str | None = None) -> list[RecallTemplate]:
    stmt = select(RecallTemplate).where(RecallTemplate.deleted_at.is_(None))
    if segment:
        stmt = stmt.where(RecallTemplate.segment == segment)
    return list(session.execute(stmt.order_by(RecallTemplate.segment, RecallTemplate.sort_order)).scalars())


def save_template(session: Session, segment: str, body: str, name: str = "", template_id: int | None = None) -> int:
    if segment not in SEGMENTS:
        raise RecallError(f"Unknown segment {segment!r}.")
    check_template(body)
    if template_id is None:
        order = session.execute(
            select(func.count()).where(RecallTemplate.segment == segment, RecallTemplate.deleted_at.is_(None))
        ).scalar_one()
        row = RecallTemplate(segment=segment, name=name or chr(65 + order), body=body, sort_order=order)
        session.add(row)
    else:
        row = session.get(RecallTemplate, template_id)
        if row is None:
            raise RecallError("That template no longer exists.")
        row.body, row.name = body, name or row.name
    session.commit()
    return row.id


def delete_template(session: Session, template_id: int) -> None:
    session.execute(update(RecallTemplate).where(RecallTemplate.id == template_id).values(deleted_at=datetime.now()))
    session.commit()


def add_codes(session: Session, text_block: str) -> int:
    """Add codes pasted by the owner (one a line, or split by commas or spaces); returns how many were new."""
    codes = [c for c in re.split(r"[\s,，;；]+", text_block) if c]
    existing = (
        set(session.execute(select(RecallCode.code).where(RecallCode.code.in_(codes))).scalars()) if codes else set()
    )
    new = []
    for code in codes:
        if code not in existing:
            existing.add(code)
            new.append(RecallCode(code=code))
    session.add_all(new)
    session.commit()
    return len(new)


def unused_codes(session: Session) -> list[str]:
    return list(
        session.execute(select(RecallCode.code).where(RecallCode.member_id.is_(None)).order_by(RecallCode.id)).scalars()
    )


def _missed_posts(session: Session, items: list[RecallItem], as_of: date) -> dict[int | None, list[tuple]]:
    """Posted calendar entries per group (sorted by time) since the oldest "last active" in the list."""
    oldest = min((it.facts["last_msg"] or it.facts["joined"] or _midnight(as_of)) for it in items)
    stmt = (
        select(PlanEntry.group_id, PlanEntry.posted_at, PlanEntry.title)
        .where(
            PlanEntry.status == "posted",
            PlanEntry.deleted_at.is_(None),
            PlanEntry.posted_at >= min(oldest, _midnight(as_of - timedelta(days=7))),
            PlanEntry.posted_at < _midnight(as_of + timedelta(days=1)),
        )
        .order_by(PlanEntry.posted_at)
    )
    posts: dict[int | None, list[tuple]] = {}
    for gid, posted, title in session.execute(stmt):
        posts.setdefault(gid, []).append((posted, title))
    return posts


def _values(it: RecallItem, as_of: date, posts: dict, codes: list[str]) -> dict[str, str | None]:
    last = it.facts["last_msg"]
    joined = it.facts["joined"]
    reason = it.reasons[it.segment]
    since = last or joined
    if it.segment == "lurker" or since is None:
        since = _midnight(as_of - timedelta(days=7))  # lurkers: this week's highlights
    group_posts = posts.get(it.group_id, [])
    start = bisect_right(group_posts, (since, "\uffff"))
    titles = [title for _when, title in group_posts[start:] if title]
    titles = list(dict.fromkeys(reversed(titles)))[:MISSED_TITLES]  # newest first, no repeats
    days = reason.params.get("silent") or reason.params.get("days")
    if days is None and last is not None:
        days = (as_of - last.date()).days
    return {
        "昵称": it.name,
        "天数": str(days) if days is not None else None,
        "群名": it.group_name or None,
        "错过的内容": "、".join(f"《{t}》" for t in titles) or None,
        "积分": str(it.facts["points"]) if it.facts.get("points") else None,
        "到期日": f"{it.facts['expires']:%m月%d日}" if it.facts.get("expires") and it.facts.get("points") else None,
        "优惠码": codes[0] if codes else None,
        "入群天数": str((as_of - joined.date()).days) if joined else None,
    }


def render(body: str, values: dict[str, str | None]) -> tuple[str, list[str]]:
    """Fill a template; returns the message and the variables that had no data (the message is then not used)."""
    missing = [v for v in dict.fromkeys(template_variables(body)) if values.get(v) is None]
    if missing:
        return "", missing
    return _VARIABLE.sub(lambda m: values[m.group(1)], body), []


def _write_messages(session: Session, items: list[RecallItem], as_of: date) -> None:
    if not items:
        return
    ensure_default_templates(session)
    by_segment: dict[str, list[RecallTemplate]] = {}
    for tpl in templates(session):
        by_segment.setdefault(tpl.segment, []).append(tpl)
    posts = _missed_posts(session, items, as_of)
    pool = unused_codes(session)
    for it in items:
        if it.segment is None:
            continue
        variants = by_segment.get(it.segment, [])
        if not variants:
            it.problems.append("no template for this segment")
            continue
        values = _values(it, as_of, posts, pool)
        # A/B: each member gets a fixed variant (by id), falling back to another that has all its data.
        start = it.member_id % len(variants)
        missing_all: list[str] = []
        for k in range(len(variants)):
            tpl = variants[(start + k) % len(variants)]
            message, missing = render(tpl.body, values)
            if not missing:
                it.message, it.template_id = message, tpl.id
                if "优惠码" in template_variables(tpl.body):
                    it.code = pool.pop(0)
                break
            missing_all.extend(m for m in missing if m not in missing_all)
        else:
            it.problems.extend(_missing_text(v) for v in missing_all)


_MISSING = {
    "优惠码": "no discount code left in the pool",
    "积分": "no points data",
    "到期日": "no points expiry date",
    "错过的内容": "no posted content since the member was last active",
    "群名": "not in a group",
    "天数": "no message yet",
    "入群天数": "no join date",
    "昵称": "no name",
}


def _missing_text(variable: str) -> str:
    return f"{{{variable}}}: {_MISSING.get(variable, 'no data')}"


# --- sending, replies and outcomes ------------------------------------------------------------------


def mark_sent(session: Session, item: RecallItem, when: datetime | None = None, message: str | None = None) -> int:
    """Log that the owner sent ``item``'s message (a ``recall-sent`` event); the code it used is spent."""
    when = when or datetime.now()
    ref = f"{item.segment}:{item.template_id or ''}"
    row = Event(member_id=item.member_id, group_id=item.group_id, kind="recall-sent", ts=when, ref=ref)
    session.add(row)
    if item.code:
        session.execute(
            update(RecallCode)
            .where(RecallCode.code == item.code, RecallCode.member_id.is_(None))
            .values(member_id=item.member_id, used_at=when)
        )
    session.commit()
    return row.id


def undo_sent(session: Session, event_id: int) -> None:
    """Take back a ``mark_sent``: the event goes, and a code it spent returns to the pool."""
    row = session.get(Event, event_id)
    if row is None or row.kind != "recall-sent":
        raise RecallError("That message was not logged as sent.")
    session.execute(
        update(RecallCode)
        .where(RecallCode.member_id == row.member_id, RecallCode.used_at == row.ts)
        .values(member_id=None, used_at=None)
    )
    session.execute(delete(Event).where(Event.id == event_id))
    session.commit()


def mark_replied(session: Session, member_id: int, group_id: int | None, when: datetime | None = None) -> int:
    row = Event(member_id=member_id, group_id=group_id, kind="recall-reply", ts=when or datetime.now())
    session.add(row)
    session.commit()
    return row.id


@dataclass
class Outcome:
    month: str  # "YYYY-MM" the messages were sent in: the trend shows whether a message keeps working
    segment: str
    template_id: int | None
    template_name: str
    sent: int
    recovered: int
    replied: int

    @property
    def rate(self) -> float | None:
        return self.recovered / self.sent if self.sent else None


def outcomes(session: Session, as_of: date | None = None, since: date | None = None) -> list[Outcome]:
    """Sent, recovered (posted within ``recovery_days`` after) and replied, per month, segment and template variant.

    Newest month first. A recovery is a message by the member after the recall and within the window.
    """
    as_of = as_of or date.today()
    days = int(get_thresholds(session)["recovery_days"])
    end = _midnight(as_of + timedelta(days=1))
    stmt = select(Event.member_id, Event.ts, Event.ref).where(Event.kind == "recall-sent", any_group(), Event.ts < end)
    if since:
        stmt = stmt.where(Event.ts >= _midnight(since))
    sent = session.execute(stmt.order_by(Event.ts)).all()
    names = {t.id: t.name for t in session.execute(select(RecallTemplate)).scalars()}
    table: dict[tuple, Outcome] = {}
    for mid, ts, ref in sent:
        segment, _, tpl = (ref or ":").partition(":")
        tpl_id = int(tpl) if tpl.isdigit() else None
        month = f"{ts:%Y-%m}"
        key = (month, segment, tpl_id)
        out = table.setdefault(key, Outcome(month, segment, tpl_id, names.get(tpl_id, ""), 0, 0, 0))
        out.sent += 1
        until = min(ts + timedelta(days=days), end)
        window = (Event.member_id == mid, Event.ts > ts, Event.ts < until)
        posted = session.execute(select(Event.id).where(Event.kind == "message", *window).limit(1)).first()
        replied = session.execute(select(Event.id).where(Event.kind == "recall-reply", *window).limit(1)).first()
        out.recovered += posted is not None
        out.replied += replied is not None
    ordered = sorted(table.values(), key=lambda o: (o.segment, o.template_id or 0))
    return sorted(ordered, key=lambda o: o.month, reverse=True)


# --- exports ----------------------------------------------------------------------------------------


def group_text(item: RecallItem) -> str:
    """The member's message reworded for a group post under an @-mention block: addressed to everyone."""
    if not item.message:
        return ""
    text = item.message.replace(item.name, "大家", 1) if item.name else item.message
    return text


def mention_blocks(items: Sequence[RecallItem], template: str = "", limit: int = 500) -> list[str]:
    """``@name @name …`` blocks for a group post, each (with the template text) short enough for one message."""
    blocks, current = [], ""
    for it in items:
        tag = f"@{it.name} "
        if current and len(template) + 1 + len(current) + len(tag) > limit:
            blocks.append(current.rstrip())
            current = ""
        current += tag
    if current:
        blocks.append(current.rstrip())
    return [f"{block}\n{template}".rstrip() for block in blocks]


EXPORT_COLUMNS = ("member_id", "name", "group", "segment", "segments", "reasons", "message", "phone", "wechat_id")


def export_rows(items: Sequence[RecallItem], mask: bool = True) -> list[list]:
    rows = []
    for it in items:
        phone = mask_phone(it.phone) if mask else it.phone
        rows.append(
            [
                it.member_id,
                _safe_cell(it.name),
                _safe_cell(it.group_name),
                it.segment,
                " ".join(it.segments),
                _safe_cell("; ".join(it.reason_texts())),
                _safe_cell(it.message or " / ".join(it.problems)),
                phone or "",
                _safe_cell(it.wechat_id or ""),
            ]
        )
    return rows


def _safe_cell(value: str) -> str:
    # A cell starting with = + - @ would be run as a formula by a spreadsheet (CSV injection).
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def to_csv(items: Sequence[RecallItem], mask: bool = True) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(export_rows(items, mask))
    return buf.getvalue()


def to_xlsx(items: Sequence[RecallItem], path, mask: bool = True) -> None:
    """An Excel workbook of the list (phones masked by default); cells are written as text, never formulas."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("recall")
    sheet.append(list(EXPORT_COLUMNS))
    for row in export_rows(items, mask):
        sheet.append(row)
    book.save(path)


def to_json_objects(items: Sequence[RecallItem], mask: bool = True) -> list[dict]:
    return [
        {
            "member_id": it.member_id,
            "name": it.name,
            "group": it.group_name,
            "segment": it.segment,
            "segments": list(it.segments),
            "reasons": it.reason_texts(),
            "message": it.message,
            "template_id": it.template_id,
            "code": it.code,
            "problems": list(it.problems),
            "phone": (mask_phone(it.phone) if mask else it.phone) or None,
        }
        for it in items
    ]


def to_text(items: Sequence[RecallItem]) -> str:
    lines = []
    for it in items:
        lines.append(f"{it.name}  [{it.segment}]  {'; '.join(it.reason_texts())}")
        lines.append(f"    {it.message or ' / '.join(it.problems)}")
    return "\n".join(lines)
