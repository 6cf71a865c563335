"""Shop order exports (CSV or XLSX) → ``purchase`` events, buyers matched to members.

Headers of common Chinese shop back-ends are recognised (订单号, 下单时间/付款时间, 买家昵称, 手机号, 实付金额,
商品名称, 订单状态 …), also below a title row; anything else is mapped by the user (``mapping``). Refunded,
cancelled, closed and unpaid orders are left out of spend (counted as ``excluded``). Buyers are matched by
phone, WeChat ID, a remembered alias or an exact name, like chat senders. Order ids are the dedupe key, so
importing the same or an overlapping export twice adds nothing twice. One transaction, one batch.

Purchase events: ``amount`` = paid amount, ``ref`` = order id, ``subtype`` = "paid", ``body`` = product.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Connection, func, insert, select

from core import db as dbmod
from core import tag_rules
from core.activity import rebuild_member_activity
from core.db import Database
from core.importers.base import (
    BadRowError,
    ImportError_,
    MappingRequiredError,
    ProgressFn,
    TextReader,
    dedupe_key,
    read_head,
)
from core.importers.generic_csv import sniff_encoding
from core.importers.senders import SenderMatcher, Suggester, Suggestion, normalize_phone
from core.importers.timeparse import TimeColumn
from core.models import Event, ImportBatch, Member, MemberAlias

PLATFORM = "shop"
FIELDS = ("order_id", "time", "paid_time", "buyer", "phone", "wechat", "amount", "product", "status", "refund")
REQUIRED = ("order_id", "time", "amount")
SYNONYMS = {
    "order_id": (
        "订单号",
        "订单编号",
        "订单id",
        "主订单编号",
        "订单号码",
        "交易号",
        "order id",
        "order_id",
        "order no",
        "order",
    ),
    "paid_time": ("付款时间", "支付时间", "成交时间", "付款日期", "paid at", "payment time"),
    "time": (
        "下单时间",
        "创建时间",
        "订单创建时间",
        "订单时间",
        "下单日期",
        "时间",
        "order time",
        "created at",
        "date",
        "time",
    ),
    "buyer": (
        "买家昵称",
        "买家会员名",
        "买家",
        "客户",
        "客户名称",
        "客户姓名",
        "收货人",
        "收货人姓名",
        "昵称",
        "姓名",
        "buyer",
        "customer",
        "name",
    ),
    "phone": (
        "手机号",
        "手机",
        "手机号码",
        "联系电话",
        "收货人手机号",
        "收货人电话",
        "电话",
        "联系方式",
        "phone",
        "mobile",
    ),
    "wechat": ("微信号", "微信", "买家微信", "wechat", "wechat id"),
    "amount": (
        "实付金额",
        "实付款",
        "买家实付金额",
        "实收金额",
        "支付金额",
        "付款金额",
        "订单金额",
        "订单实付金额",
        "金额",
        "paid",
        "amount",
        "total",
    ),
    "product": ("商品名称", "商品标题", "宝贝标题", "商品", "商品信息", "产品名称", "product", "item"),
    "status": ("订单状态", "交易状态", "状态", "status", "order status"),
    "refund": ("退款状态", "售后状态", "退款", "refund status"),
}
_EXCLUDED = (
    "退款成功",
    "已退款",
    "全额退款",
    "退款中",
    "交易关闭",
    "已关闭",
    "关闭",
    "已取消",
    "取消",
    "未付款",
    "待付款",
    "等待买家付款",
    "refund",
    "cancel",
    "closed",
    "unpaid",
)
_NOT_EXCLUDED = ("退款关闭", "拒绝退款", "无退款", "无售后", "售后关闭")


@dataclass
class OrderOptions:
    mapping: dict[str, str] | None = None  # field → column header
    encoding: str | None = None
    date_order: str | None = None
    create_members: bool = True
    decisions: dict = field(default_factory=dict)  # buyer key → pipeline.Decision


@dataclass
class OrderSummary:
    batch_id: int | None
    orders: int = 0  # distinct orders in the file
    events: int = 0  # purchase events added
    members_created: int = 0
    aliases_matched: int = 0  # buyers linked to existing members
    duplicates_skipped: int = 0
    excluded: int = 0  # refunded, cancelled, closed or unpaid
    skipped: int = 0  # buyers left out (--no-create, "skip")
    spend: float = 0.0  # of the added orders

    def as_json(self) -> dict:
        return asdict(self)


@dataclass
class BuyerPreview:
    key: str
    name: str
    phone: str | None
    orders: int
    spend: float
    match: object | None
    suggestions: list[Suggestion]


@dataclass
class OrderPreview:
    mapping: dict[str, str]
    orders: int
    excluded: int
    first_at: str | None
    last_at: str | None
    spend: float
    buyers: list[BuyerPreview]


# --- reading -----------------------------------------------------------------------------------------


def _norm_header(h: object) -> str:
    return str(h or "").strip().lower().replace("_", " ")


def auto_mapping(headers: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    lowered = [(h, _norm_header(h)) for h in headers]
    for field_name, names in SYNONYMS.items():
        for name in names:
            hit = next((h for h, low in lowered if low == name and h not in found.values()), None)
            if hit is not None:
                found[field_name] = hit
                break
    if "time" not in found and "paid_time" in found:
        found["time"] = found.pop("paid_time")
    return found


def _raw_rows(path: Path, encoding: str | None) -> Iterator[list]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            from openpyxl import load_workbook
        except ImportError as exc:  # pragma: no cover - a dependency
            raise ImportError_("Reading .xlsx needs openpyxl, which is missing from this installation.") from exc
        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise ImportError_(f"{path.name} cannot be read as an Excel workbook ({exc}).") from exc
        try:
            for row in wb.worksheets[0].iter_rows(values_only=True):
                yield ["" if v is None else v for v in row]
        finally:
            wb.close()
        return
    if read_head(path, 8).startswith(b"PK"):
        raise ImportError_(f"{path.name} is an Excel workbook saved with another extension; rename it to .xlsx.")
    enc = encoding or sniff_encoding(path)
    with TextReader(path, enc, what="CSV file") as reader:
        sample = path.read_bytes()[:4096].decode(enc, errors="ignore")
        delimiter = "\t" if sample.split("\n", 1)[0].count("\t") > sample.split("\n", 1)[0].count(",") else ","
        yield from csv.reader(reader.lines(), delimiter=delimiter)


def _find_header(rows: Iterator[list]) -> tuple[list[str], int, list[list]]:
    """The header row (the first of the first 10 rows naming two known columns) and the rows read past it."""
    seen: list[list] = []
    for i, row in enumerate(rows):
        seen.append(row)
        headers = [str(c).strip() for c in row]
        if len(auto_mapping(headers)) >= 2:
            return headers, i + 1, []
        if i >= 9:
            break
    first = [str(c).strip() for c in (seen[0] if seen else [])]
    return first, 1, seen[1:]


class OrderFile:
    def __init__(self, path: Path | str, options: OrderOptions) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise ImportError_(f"There is no file {self.path}.")
        self.options = options
        rows = _raw_rows(self.path, options.encoding)
        self.headers, self.header_row, _ = _find_header(rows)
        self.mapping = dict(options.mapping) if options.mapping else auto_mapping(self.headers)
        unknown = [c for c in self.mapping.values() if c not in self.headers]
        if unknown:
            raise ImportError_(f"{self.path.name} has no column named {', '.join(map(repr, unknown))}.")
        missing = [f for f in REQUIRED if f not in self.mapping]
        if missing:
            raise MappingRequiredError([h for h in self.headers if h], missing)
        if not any(f in self.mapping for f in ("buyer", "phone", "wechat")):
            raise MappingRequiredError([h for h in self.headers if h], ["buyer (name, phone or WeChat ID)"])

    def orders(self) -> Iterator[dict]:
        """One dict per order (rows sharing an order id are one order), in file order."""
        idx = {f: self.headers.index(c) for f, c in self.mapping.items()}
        times = TimeColumn(self.options.date_order, what="order time")
        pending: dict[str, dict] = {}
        rows = _raw_rows(self.path, self.options.encoding)
        for _ in range(self.header_row):
            next(rows, None)
        line = self.header_row
        for row in rows:
            line += 1
            if not any(str(c).strip() for c in row):
                continue
            get = lambda f, row=row: row[idx[f]] if f in idx and idx[f] < len(row) else ""  # noqa: E731
            order_id = _text(get("order_id"))
            if not order_id:
                raise BadRowError(line, "the order number is empty.")
            when = get("paid_time") or get("time")
            ts = _time(when, times, line)
            amount = _amount(get("amount"), line)
            status = " ".join(_text(get(f)) for f in ("status", "refund")).strip()
            order = pending.get(order_id)
            if order is None:
                pending[order_id] = {
                    "order_id": order_id,
                    "ts": ts,
                    "amounts": [amount],
                    "buyer": _text(get("buyer")),
                    "phone": normalize_phone(get("phone")),
                    "wechat": _text(get("wechat")) or None,
                    "product": _text(get("product")),
                    "excluded": _excluded(status),
                    "line": line,
                }
            else:
                order["amounts"].append(amount)
                product = _text(get("product"))
                if product and product not in order["product"]:
                    order["product"] = f"{order['product']}；{product}" if order["product"] else product
        for order in pending.values():
            amounts = order.pop("amounts")
            order["amount"] = amounts[0] if len(set(amounts)) == 1 else round(sum(amounts), 2)
            yield order


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip().lstrip("'\t")


def _time(value: object, times: TimeColumn, line: int) -> str:
    if isinstance(value, datetime):
        return value.isoformat(" ", "microseconds")
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day).isoformat(" ", "microseconds")
    return times.parse(_text(value), line)


def _amount(value: object, line: int) -> float:
    if isinstance(value, int | float):
        return round(float(value), 2)
    text = re.sub(r"[¥￥$,，\s元RMBrmb]", "", _text(value))
    if not text:
        return 0.0
    try:
        return round(float(text), 2)
    except ValueError:
        raise BadRowError(line, f"the amount {value!r} is not a number.") from None


def _excluded(status: str) -> bool:
    low = status.lower()
    if any(word in low for word in _NOT_EXCLUDED):
        return False
    return any(word in low for word in _EXCLUDED)


def _buyer_key(order: dict) -> str:
    return order["phone"] or order["wechat"] or order["buyer"]


# --- preview and import ---------------------------------------------------------------------------------


def preview_orders(db: Database, path: Path | str, options: OrderOptions | None = None) -> OrderPreview:
    options = options or OrderOptions()
    file = OrderFile(path, options)
    buyers: dict[str, list] = {}
    n = excluded = 0
    spend = 0.0
    first = last = None
    for order in file.orders():
        n += 1
        if order["excluded"]:
            excluded += 1
            continue
        spend += order["amount"]
        first = order["ts"] if first is None or order["ts"] < first else first
        last = order["ts"] if last is None or order["ts"] > last else last
        key = _buyer_key(order)
        b = buyers.setdefault(key, [order["buyer"] or key, order["phone"], 0, 0.0, order["wechat"]])
        b[2] += 1
        b[3] += order["amount"]
    out = []
    with db.engine.connect() as conn:
        matcher = SenderMatcher(conn, PLATFORM, None)
        suggester = None
        for key, (name, phone, count, total, wechat) in sorted(buyers.items(), key=lambda kv: -kv[1][3]):
            found = matcher.match(key, name, phone=phone, wechat_id=wechat)
            suggestions: list[Suggestion] = []
            if found is None:
                suggester = suggester or Suggester(conn)
                suggestions = suggester.suggest(name)
            out.append(BuyerPreview(key, name, phone, count, round(total, 2), found, suggestions))
    return OrderPreview(file.mapping, n, excluded, first and first[:19], last and last[:19], round(spend, 2), out)


def import_orders(
    db: Database, path: Path | str, options: OrderOptions | None = None, progress: ProgressFn | None = None
) -> OrderSummary:
    """Import an order export; all or nothing."""
    options = options or OrderOptions()
    report = progress or (lambda _f, _m: None)
    path = Path(path)
    file = OrderFile(path, options)
    with db.engine.connect() as conn, conn.begin():
        dbmod.defer_foreign_keys(conn)
        batch_id = conn.execute(
            insert(ImportBatch).values(
                kind="orders",
                source=str(path),
                created_at=datetime.now().replace(microsecond=0),
                summary="",
                format="orders-xlsx" if path.suffix.lower().startswith(".xls") else "orders-csv",
            )
        ).inserted_primary_key[0]
        summary = OrderSummary(batch_id)
        existing = set(
            conn.execute(
                select(Event.dedupe_key).where(
                    Event.group_id.is_(None), Event.kind == "purchase", Event.dedupe_key.is_not(None)
                )
            ).scalars()
        )
        matcher = SenderMatcher(conn, PLATFORM, None)
        resolved: dict[str, int] = {}
        matched: set[int] = set()
        aliases: list[tuple] = []
        rows: list[tuple] = []
        for order in file.orders():
            summary.orders += 1
            if summary.orders % 1000 == 0:
                report(0.5, "")
            if order["excluded"]:
                summary.excluded += 1
                continue
            k = dedupe_key("order:" + order["order_id"])
            if k in existing:
                summary.duplicates_skipped += 1
                continue
            existing.add(k)
            key = _buyer_key(order)
            if not key:
                raise BadRowError(order["line"], "the order has no buyer name, phone or WeChat ID.")
            mid = resolved.get(key)
            if mid is None:
                mid = resolved[key] = _resolve(conn, matcher, order, key, options, batch_id, summary, matched, aliases)
            if not mid:
                summary.skipped += 1
                continue
            rows.append((mid, order["ts"], order["amount"], order["order_id"], order["product"] or None, k))
            summary.spend += order["amount"]
        dbmod.bulk_insert(
            conn,
            Event.__table__,
            ("member_id", "ts", "amount", "ref", "body", "dedupe_key"),
            rows,
            constants={"kind": "purchase", "subtype": "paid", "batch_id": batch_id},
        )
        if aliases:
            dbmod.bulk_insert(
                conn,
                MemberAlias.__table__,
                ("member_id", "alias"),
                aliases,
                constants={"platform": PLATFORM, "batch_id": batch_id},
            )
        summary.events = len(rows)
        summary.aliases_matched = len(matched)
        summary.spend = round(summary.spend, 2)
        if summary.orders == 0:
            raise ImportError_(f"{path.name} contains no orders.")
        rebuild_member_activity(conn)
        tag_rules.apply_rules(conn)  # spend and order rules see the new purchases, in this transaction
        conn.execute(
            ImportBatch.__table__.update()
            .where(ImportBatch.id == batch_id)
            .values(summary=json.dumps(summary.as_json(), ensure_ascii=False))
        )
    report(1.0, "")
    return summary


def _resolve(conn: Connection, matcher, order, key, options, batch_id, summary, matched, aliases) -> int:
    decision = options.decisions.get(key)
    if decision is not None and decision.action == "skip":
        return 0
    mid = 0
    if decision is not None and decision.action == "link" and decision.member_id:
        mid = decision.member_id
    elif decision is None or decision.action != "create":
        found = matcher.match(key, order["buyer"] or key, phone=order["phone"], wechat_id=order["wechat"])
        mid = found.member_id if found else 0
    if mid:
        matched.add(mid)
    else:
        if decision is None and not options.create_members:
            return 0
        mid = conn.execute(
            insert(Member).values(
                display_name=order["buyer"] or order["phone"] or order["wechat"],
                phone=order["phone"],
                wechat_id=order["wechat"],
                source_channel="shop",
                created_at=datetime.now().replace(microsecond=0),
                batch_id=batch_id,
                role="member",
                do_not_contact=False,
                notes="",
            )
        ).inserted_primary_key[0]
        summary.members_created += 1
    name = order["buyer"]
    if name and matcher.platform_alias.get(name) != mid:
        matcher.platform_alias[name] = mid
        aliases.append((mid, name))
    return mid


def order_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(Event).where(Event.kind == "purchase")).scalar_one())
