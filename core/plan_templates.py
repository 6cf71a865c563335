"""Campaign and stage templates: a set of dated entries made in one go.

Built in: the 快闪群 campaign (预热 → 引爆 → 收尾), a new group's first week (welcome with the three elements —
identity, services, rules — then the rules, an ice-breaker and the first value post) and a 21-day challenge. The
owner can save any week of a group as their own template. Dates are computed by adding days to dates, never hours,
so a template keeps its wall-clock times across a daylight-saving change or a year end.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlmodel import Session

from core.db import Database
from core.models import ContentItem, PlanTemplate
from core.plan import NewEntry, PlanError, _insert_entries, entries_between


@dataclass(frozen=True)
class TemplateEntry:
    day: int  # days after the start day (0 = the start day)
    at: str  # "HH:MM"
    title: str
    category: str = "brand"
    core: str = "knowledge"
    format: str = "text"
    body: str = ""
    content_item_id: int | None = None


@dataclass(frozen=True)
class Template:
    key: str  # "flash", "first_week", "challenge21" or "user:<id>"
    name: str  # Chinese name for built-ins; the owner's own name otherwise
    entries: tuple[TemplateEntry, ...]


def _flash() -> tuple[TemplateEntry, ...]:
    return (
        TemplateEntry(
            0,
            "20:00",
            "预热：快闪群开群欢迎，活动规则和时间表",
            "promotion",
            "emotion",
            "text",
            "欢迎来到{群名}！本群只开3天，{日期}起每晚8点揭晓福利，先看活动规则👇",
        ),
        TemplateEntry(
            1,
            "12:00",
            "预热：爆款剧透＋预约提醒",
            "promotion",
            "conversion",
            "image_text",
            "明晚8点开抢的爆款先剧透给大家，回复“1”预约提醒～",
        ),
        TemplateEntry(
            1,
            "20:00",
            "预热：使用干货＋答疑",
            "brand",
            "knowledge",
            "text",
            "买之前先了解：怎么选、怎么用，有问题群里直接问。",
        ),
        TemplateEntry(
            2, "19:30", "引爆：倒计时30分钟", "promotion", "conversion", "text", "还有30分钟开抢，提前加购！"
        ),
        TemplateEntry(
            2,
            "20:00",
            "引爆：限时秒杀开抢",
            "conversion",
            "conversion",
            "product_card",
            "开抢啦！{群名}专属价，限量，先到先得。",
        ),
        TemplateEntry(
            2, "22:00", "引爆：晒单返现", "promotion", "emotion", "text", "已下单的家人晒单截图，抽3位返现！"
        ),
        TemplateEntry(
            3,
            "20:00",
            "收尾：感谢＋返场最后一小时",
            "conversion",
            "emotion",
            "text",
            "感谢大家的支持！最后一小时返场，错过再等下次。",
        ),
        TemplateEntry(
            4,
            "10:00",
            "收尾：售后说明＋引导加入福利群",
            "brand",
            "knowledge",
            "text",
            "收货后有任何问题随时找我；想要长期福利的，欢迎加入我们的福利群。",
        ),
    )


def _first_week() -> tuple[TemplateEntry, ...]:
    return (
        TemplateEntry(
            0,
            "10:00",
            "新人欢迎：我们是谁、能帮你什么、群规",
            "brand",
            "emotion",
            "text",
            "欢迎加入{群名}！\n我们是谁：……\n能帮你什么：……\n群规：不发广告、友善交流。",
        ),
        TemplateEntry(
            0, "20:00", "群规公告", "brand", "knowledge", "text", "{群名}群规：1. 不发广告 2. 友善交流 3. 有问题@群主"
        ),
        TemplateEntry(
            1,
            "20:00",
            "破冰：说说你家宝贝几岁了",
            "brand",
            "emotion",
            "poll",
            "来认识一下～回复宝贝年龄，送一份小礼物！",
        ),
        TemplateEntry(2, "20:00", "第一篇干货：本周实用知识", "brand", "knowledge", "image_text", "{日期}干货分享：……"),
        TemplateEntry(3, "08:00", "每日打卡：早安打卡", "brand", "emotion", "check_in_task", "早安！今天打卡了吗？"),
        TemplateEntry(4, "20:00", "直播预告／答疑", "promotion", "knowledge", "live", "本周直播答疑，有问题提前留言。"),
        TemplateEntry(6, "20:00", "一周回顾＋下周预告", "brand", "knowledge", "text", "这一周{群名}聊了……下周我们……"),
    )


def _challenge() -> tuple[TemplateEntry, ...]:
    days = [
        TemplateEntry(
            d,
            "07:30",
            f"21天打卡挑战 第{d + 1}天",
            "brand",
            "emotion",
            "check_in_task",
            f"21天挑战第{d + 1}天（{{日期}}）：完成今天的任务后回复“打卡”。",
        )
        for d in range(21)
    ]
    days.insert(
        0,
        TemplateEntry(
            0,
            "07:00",
            "21天挑战开营：规则和奖励",
            "brand",
            "knowledge",
            "text",
            "挑战规则：每天打卡，坚持21天可领奖励。",
        ),
    )
    days.append(TemplateEntry(21, "20:00", "挑战结营：颁奖＋感谢", "brand", "emotion", "text", "恭喜坚持21天的家人！"))
    return tuple(days)


BUILT_IN = {
    "flash": ("快闪群活动（预热→引爆→收尾）", _flash),
    "first_week": ("新群第一周", _first_week),
    "challenge21": ("21天打卡挑战", _challenge),
}


def templates(session: Session) -> list[Template]:
    out = [Template(key, name, make()) for key, (name, make) in BUILT_IN.items()]
    for t in session.execute(select(PlanTemplate).order_by(PlanTemplate.id)).scalars():
        entries = tuple(TemplateEntry(**e) for e in json.loads(t.entries))
        out.append(Template(f"user:{t.id}", t.name, entries))
    return out


def template(session: Session, key: str) -> Template:
    for t in templates(session):
        if t.key == key:
            return t
    raise PlanError(f"There is no template {key!r}.")


def apply_template(
    db: Database, key: str, start: date, group_id: int, campaign: str | None = None, status: str = "scheduled"
) -> list[int]:
    """Make the template's entries for a group from ``start``; items are taken from the library by title, or
    added to it. One transaction."""
    with db.session() as s:
        tmpl = template(s, key)
    ci = ContentItem.__table__
    with db.transaction() as conn:
        existing = dict(
            conn.execute(
                select(ci.c.title, ci.c.id).where(
                    ci.c.title.in_([e.title for e in tmpl.entries]), ci.c.deleted_at.is_(None)
                )
            ).all()
        )
        entries = []
        for e in tmpl.entries:
            item = e.content_item_id or existing.get(e.title)
            if item is None:
                item = conn.execute(
                    insert(ci).values(
                        title=e.title,
                        body=e.body,
                        category=e.category,
                        core=e.core,
                        format=e.format,
                        source="original",
                        created_at=datetime.now(),
                        kind="post",
                        status="ready",
                        tags="",
                        images="[]",
                    )
                ).inserted_primary_key[0]
                existing[e.title] = item
            when = datetime.combine(start + timedelta(days=e.day), time.fromisoformat(e.at))
            entries.append(NewEntry(group_id, when, e.title, item, status, campaign))
        return _insert_entries(conn, entries)


def save_week_as_template(db: Database, name: str, start: date, group_id: int, days: int = 7) -> int:
    """The owner's own template from a group's entries of ``days`` days from ``start``."""
    if not name.strip():
        raise PlanError("A template needs a name.")
    with db.session() as s:
        rows = entries_between(s, start, start + timedelta(days=days), [group_id])
    if not rows:
        raise PlanError("There is nothing planned in that week to save as a template.")
    entries = [
        asdict(
            TemplateEntry(
                (r.when.date() - start).days,
                r.when.strftime("%H:%M"),
                r.title,
                r.category or "brand",
                r.core or "knowledge",
                r.format or "text",
                r.body,
                r.content_item_id,
            )
        )
        for r in rows
    ]
    with db.transaction() as conn:
        return int(
            conn.execute(
                insert(PlanTemplate.__table__).values(
                    name=name.strip(), entries=json.dumps(entries, ensure_ascii=False), created_at=datetime.now()
                )
            ).inserted_primary_key[0]
        )
