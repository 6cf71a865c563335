"""The content library (素材库: 内容库, 标题库, FAQ/话术库), its products and images.

内容规划四步法 keeps three libraries: titles, content and FAQ/scripts, plus the pictures. Here they are one table with a
``kind``; each item has a category (推广/转化/品牌), a core (三核驱动: 知识/情感/转化), a format, target tags, linked
products, images copied into the data folder, a source (原创/转载/UGC) and a status. How an item did is read from the
calendar entries that used it (``plan_entry`` results), so "use count" and "best result" need no extra bookkeeping.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import case, delete, func, insert, or_, select, update
from sqlmodel import Session

from core.db import Database
from core.errors import UserError
from core.models import (
    CONTENT_CATEGORIES,
    CONTENT_CORES,
    CONTENT_FORMATS,
    CONTENT_KINDS,
    CONTENT_SOURCES,
    CONTENT_STATUSES,
    PRODUCT_ROLES,
    ContentItem,
    ContentProduct,
    PlanEntry,
    Product,
)

MAX_IMAGE_BYTES = 20 * 1024 * 1024  # chat apps refuse larger pictures anyway
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp")
# The figure an item's "best result" is: orders first (转化), then clicks, replies, reach.
RESULT_FIELDS = ("reach", "opens", "replies", "shares", "clicks", "carts", "orders")


class ContentError(UserError):
    """A content item or product the user entered cannot be saved; ``str()`` says why."""


@dataclass
class ItemData:
    """What the editor shows and saves for one item."""

    title: str
    body: str = ""
    kind: str = "post"
    category: str = "brand"
    core: str = "knowledge"
    format: str = "text"
    source: str = "original"
    status: str = "ready"
    tags: str = ""
    images: list[str] = field(default_factory=list)
    product_ids: list[int] = field(default_factory=list)
    id: int | None = None


@dataclass(frozen=True)
class ContentRow:
    id: int
    title: str
    category: str
    core: str
    format: str
    uses: int
    last_used: datetime | None
    body: str
    kind: str = "post"
    status: str = "ready"
    source: str = "original"
    tags: str = ""
    images: tuple[str, ...] = ()
    best_orders: int | None = None
    best_clicks: int | None = None
    avg_score: float | None = None


@dataclass(frozen=True)
class ProductRow:
    id: int
    name: str
    price: float | None
    role: str


# --- variables ---------------------------------------------------------------------------------------

_VARIABLE = re.compile(r"\{([^{}\s]{1,12})\}")


def fill_variables(text: str, group: str = "", when: date | datetime | None = None, extra: dict | None = None) -> str:
    """Fill {群名} {日期} {星期} {时间} (and ``extra``) in ``text``; unknown names are left as they are."""
    when = when or datetime.now()
    weekdays = "一二三四五六日"
    values = {
        "群名": group,
        "日期": f"{when.month}月{when.day}日",
        "星期": f"星期{weekdays[when.weekday()]}",
        "时间": when.strftime("%H:%M") if isinstance(when, datetime) else "",
        **(extra or {}),
    }
    return _VARIABLE.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)


# --- images ------------------------------------------------------------------------------------------


def media_dir(db_path: Path) -> Path:
    """Where library images are kept: ``media/`` beside the database (the app's data folder by default)."""
    return Path(db_path).parent / "media"


def import_image(db_path: Path, source: Path) -> str:
    """Copy an image into the media folder (named by its content, so a second copy is not stored twice)."""
    source = Path(source)
    if not source.is_file():
        raise ContentError(f"The image {source} does not exist.")
    if source.suffix.lower() not in IMAGE_SUFFIXES:
        raise ContentError(f"{source.name} is not a picture (use JPG, PNG, GIF, WebP or BMP).")
    size = source.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise ContentError(
            f"{source.name} is {size / 1024 / 1024:.0f} MB; pictures up to {MAX_IMAGE_BYTES // 1024 // 1024} MB "
            "can be added. Make it smaller first."
        )
    if size == 0:
        raise ContentError(f"{source.name} is empty.")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    name = f"{digest}{source.suffix.lower()}"
    target = media_dir(db_path) / name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".part")
        shutil.copyfile(source, tmp)
        tmp.replace(target)
    return name


def image_path(db_path: Path, name: str) -> Path:
    return media_dir(db_path) / Path(name).name


# --- items -------------------------------------------------------------------------------------------


def _check(data: ItemData) -> None:
    if not data.title.strip():
        raise ContentError("A content item needs a title.")
    for value, allowed, what in (
        (data.kind, CONTENT_KINDS, "kind"),
        (data.category, CONTENT_CATEGORIES, "category"),
        (data.core, CONTENT_CORES, "core"),
        (data.format, CONTENT_FORMATS, "format"),
        (data.source, CONTENT_SOURCES, "source"),
        (data.status, CONTENT_STATUSES, "status"),
    ):
        if value not in allowed:
            raise ContentError(f"Unknown {what} {value!r}; use one of {', '.join(allowed)}.")


def save_item(db: Database, data: ItemData) -> int:
    """Insert or update an item with its product links, in one transaction; returns its id."""
    _check(data)
    table = ContentItem.__table__
    values = {
        "title": data.title.strip(),
        "body": data.body,
        "kind": data.kind,
        "category": data.category,
        "core": data.core,
        "format": data.format,
        "source": data.source,
        "status": data.status,
        "tags": ",".join(t.strip() for t in re.split(r"[,，、]", data.tags) if t.strip()),
        "images": json.dumps(list(data.images), ensure_ascii=False),
    }
    links = ContentProduct.__table__
    with db.transaction() as conn:
        if data.id is None:
            item_id = conn.execute(insert(table).values(created_at=datetime.now(), **values)).inserted_primary_key[0]
        else:
            item_id = data.id
            if not conn.execute(update(table).where(table.c.id == item_id).values(**values)).rowcount:
                raise ContentError("This content item no longer exists.")
            conn.execute(delete(links).where(links.c.content_item_id == item_id))
        if data.product_ids:
            conn.execute(
                insert(links), [{"content_item_id": item_id, "product_id": p} for p in sorted(set(data.product_ids))]
            )
    return int(item_id)


def load_item(session: Session, item_id: int) -> ItemData:
    item = session.get(ContentItem, item_id)
    if item is None:
        raise ContentError("This content item no longer exists.")
    products = session.execute(
        select(ContentProduct.product_id).where(ContentProduct.content_item_id == item_id)
    ).scalars()
    return ItemData(
        id=item.id,
        title=item.title,
        body=item.body,
        kind=item.kind,
        category=item.category,
        core=item.core,
        format=item.format,
        source=item.source,
        status=item.status,
        tags=item.tags,
        images=json.loads(item.images or "[]"),
        product_ids=list(products),
    )


def duplicate_item(db: Database, item_id: int) -> int:
    """A copy of an item (title marked 副本), with its images and products; returns the new id."""
    with db.session() as s:
        data = load_item(s, item_id)
    data.id = None
    data.title = f"{data.title}（副本）"
    return save_item(db, data)


def content_items(
    session: Session,
    text: str = "",
    kind: str | None = None,
    category: str | None = None,
    core: str | None = None,
    fmt: str | None = None,
    product_id: int | None = None,
    rank: bool = False,
) -> list[ContentRow]:
    """Library items with use count, last use and best result; filtered, optionally best first."""
    pe = PlanEntry.__table__
    score = _score_expr(pe)
    uses = (
        select(
            pe.c.content_item_id,
            func.count().label("n"),
            func.max(pe.c.posted_at).label("last"),
            func.max(pe.c.orders).label("orders"),
            func.max(pe.c.clicks).label("clicks"),
            func.avg(score).label("score"),
        )
        .where(pe.c.status == "posted", pe.c.deleted_at.is_(None))
        .group_by(pe.c.content_item_id)
        .subquery()
    )
    ci = ContentItem.__table__
    stmt = (
        select(
            ci.c.id,
            ci.c.title,
            ci.c.category,
            ci.c.core,
            ci.c.format,
            func.coalesce(uses.c.n, 0),
            uses.c.last,
            ci.c.body,
            ci.c.kind,
            ci.c.status,
            ci.c.source,
            ci.c.tags,
            ci.c.images,
            uses.c.orders,
            uses.c.clicks,
            uses.c.score,
        )
        .outerjoin(uses, uses.c.content_item_id == ci.c.id)
        .where(ci.c.deleted_at.is_(None))
    )
    if text.strip():
        pattern = f"%{text.strip()}%"
        stmt = stmt.where(or_(ci.c.title.like(pattern), ci.c.body.like(pattern), ci.c.tags.like(pattern)))
    for column, value in ((ci.c.kind, kind), (ci.c.category, category), (ci.c.core, core), (ci.c.format, fmt)):
        if value:
            stmt = stmt.where(column == value)
    if product_id is not None:
        links = ContentProduct.__table__
        stmt = stmt.where(ci.c.id.in_(select(links.c.content_item_id).where(links.c.product_id == product_id)))
    stmt = stmt.order_by(uses.c.score.is_(None), uses.c.score.desc(), ci.c.id) if rank else stmt.order_by(ci.c.id)
    rows = []
    for r in session.execute(stmt):
        images = tuple(json.loads(r[12] or "[]"))
        rows.append(ContentRow(*r[:12], images, r[13], r[14], None if r[15] is None else round(float(r[15]), 1)))
    return rows


def _score_expr(pe):
    """One number for how well a posted entry did: orders weigh most, then clicks, replies and shares, then reach.

    Entries without any result entered have no score (NULL), so they do not drag averages down.
    """
    parts = (pe.c.orders * 10, pe.c.carts * 4, pe.c.clicks * 2, pe.c.replies * 2, pe.c.shares * 3, pe.c.reach * 0.1)
    any_result = or_(*(pe.c[f].is_not(None) for f in RESULT_FIELDS))
    total = sum((func.coalesce(p, 0) for p in parts[1:]), func.coalesce(parts[0], 0))
    return case((any_result, total), else_=None)


score_expr = _score_expr


# --- products ----------------------------------------------------------------------------------------


def products(session: Session) -> list[ProductRow]:
    t = Product.__table__
    stmt = select(t.c.id, t.c.name, t.c.price, t.c.role).where(t.c.deleted_at.is_(None)).order_by(t.c.role, t.c.id)
    return [ProductRow(*r) for r in session.execute(stmt)]


def save_product(db: Database, name: str, price: float | None, role: str, product_id: int | None = None) -> int:
    if not name.strip():
        raise ContentError("A product needs a name.")
    if role not in PRODUCT_ROLES:
        raise ContentError(f"Unknown product role {role!r}; use one of {', '.join(PRODUCT_ROLES)}.")
    if price is not None and price < 0:
        raise ContentError("A price cannot be negative.")
    t = Product.__table__
    values = {"name": name.strip(), "price": price, "role": role}
    with db.transaction() as conn:
        if product_id is None:
            return int(conn.execute(insert(t).values(**values)).inserted_primary_key[0])
        conn.execute(update(t).where(t.c.id == product_id).values(**values))
    return product_id


def delete_product(db: Database, product_id: int) -> None:
    t = Product.__table__
    with db.transaction() as conn:
        conn.execute(update(t).where(t.c.id == product_id).values(deleted_at=datetime.now()))
