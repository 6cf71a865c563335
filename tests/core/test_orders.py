"""Order imports: header detection, refunds excluded, buyers matched, dedupe, purchase rhythm."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import text

from core.importers.base import MappingRequiredError, MixedFormatError
from core.importers.batches import undo_batch
from core.importers.orders import OrderOptions, import_orders, preview_orders
from core.purchases import purchase_stats

SHOP_CSV = """\
订单导出 2025-06-01
订单号,下单时间,付款时间,买家昵称,手机号,实付金额,商品名称,订单状态
A001,2025-05-01 10:00:00,2025-05-01 10:01:00,李四,13800138000,128.00,有机大米,交易成功
A002,2025-05-11 09:00:00,2025-05-11 09:05:00,李四,13800138000,￥72.5,土鸡蛋,交易成功
A003,2025-05-12 20:00:00,2025-05-12 20:00:30,王五,13900139000,300,蜂蜜,退款成功
A004,2025-05-13 08:00:00,,赵六,,50,小米,交易关闭
A005,2025-05-21 10:00:00,2025-05-21 10:00:10,李四,13800138000,99.5,有机大米,已发货
A006,2025-05-22 11:00:00,2025-05-22 11:00:10,小美,138****1111,20,土鸡蛋,交易成功
A006,2025-05-22 11:00:00,2025-05-22 11:00:10,小美,138****1111,15,小米,交易成功
"""


def _write(tmp_path, text_: str, name: str = "orders.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text_.encode(encoding))
    return path


def _add_member(db, name: str, phone: str | None = None) -> int:
    with db.engine.begin() as conn:
        return conn.execute(
            text(
                "INSERT INTO member (display_name, phone, do_not_contact, role, notes, created_at) "
                "VALUES (:n, :p, 0, 'member', '', '2025-01-01 00:00:00.000000') RETURNING id"
            ),
            {"n": name, "p": phone},
        ).scalar()


def test_shop_csv_with_title_row_gbk_refunds_and_phone_matching(db, tmp_path) -> None:
    li = _add_member(db, "老李", "13800138000")  # known by phone under another name
    path = _write(tmp_path, SHOP_CSV, encoding="gbk")
    preview = preview_orders(db, path)
    assert preview.mapping["order_id"] == "订单号" and preview.mapping["time"] == "下单时间"
    assert (preview.orders, preview.excluded) == (6, 2)
    summary = import_orders(db, path)
    assert (summary.orders, summary.events, summary.excluded) == (6, 4, 2)
    assert summary.aliases_matched == 1 and summary.members_created == 1  # 李四 by phone; 小美 new
    assert summary.spend == pytest.approx(128 + 72.5 + 99.5 + 35)
    stats = purchase_stats(db.engine.connect())
    assert stats[li].orders == 3 and stats[li].spend == pytest.approx(300.0)
    assert stats[li].first_at == datetime(2025, 5, 1, 10, 1)  # the payment time when there is one
    assert stats[li].average_days_between == 10.0
    assert stats[li].expected_next == date(2025, 5, 31)
    with db.engine.connect() as conn:
        act = conn.execute(text("SELECT purchases, spend FROM member_activity WHERE member_id = :m"), {"m": li}).one()
        body = conn.execute(text("SELECT body FROM event WHERE ref = 'A006'")).scalar()
    assert tuple(act) == (3, 300.0)
    assert body == "土鸡蛋；小米"  # one order over two rows, amounts summed
    again = import_orders(db, path)
    assert again.events == 0 and again.duplicates_skipped == 4
    undo_batch(db, summary.batch_id)
    assert purchase_stats(db.engine.connect()) == {}


def test_xlsx_with_numbers_for_phones(db, tmp_path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["订单编号", "付款时间", "收货人", "手机", "实付款", "宝贝标题"])
    ws.append(["X1", datetime(2025, 5, 1, 9, 0), "陈静", 13700137000, 88, "面膜"])
    ws.append(["X2", datetime(2025, 5, 3, 9, 0), "陈静", 13700137000.0, 12.5, "面膜"])
    path = tmp_path / "orders.xlsx"
    wb.save(path)
    summary = import_orders(db, path)
    assert (summary.events, summary.members_created) == (2, 1)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT phone FROM member")).scalar() == "13700137000"


def test_orders_bad_input(db, tmp_path) -> None:
    with pytest.raises(MappingRequiredError):
        import_orders(db, _write(tmp_path, "a,b,c\n1,2,3\n"))
    mixed = "订单号,下单时间,买家昵称,实付金额\nB1,2025-05-01 10:00,甲,10\nB2,05/02/2025 10:00,乙,20\n"
    with pytest.raises(MixedFormatError):
        import_orders(db, _write(tmp_path, mixed, name="mixed.csv"))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM event")).scalar() == 0
        assert conn.execute(text("SELECT COUNT(*) FROM member")).scalar() == 0
    mapped = import_orders(
        db,
        _write(tmp_path, "单号,时间,客人,钱\nC1,2025-05-01 10:00,甲,10\n", name="own.csv"),
        OrderOptions(mapping={"order_id": "单号", "time": "时间", "buyer": "客人", "amount": "钱"}),
    )
    assert mapped.events == 1
