"""Chat importers: true counts per sender, joins, leaves and inviters; re-import; undo; bad input."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from core import activity
from core.importers import detect_format
from core.importers.base import (
    AmbiguousDateOrderError,
    FileEncodingError,
    ImportError_,
    MappingRequiredError,
    MixedFormatError,
    PrivateChatError,
    TruncatedFileError,
    UnknownFormatError,
)
from core.importers.batches import list_batches, undo_batch
from core.importers.pipeline import ChatOptions, Decision, import_chat, preview_chat
from tests.core import chat_fixtures as fx


def _counts(db, by: str = "display_name") -> dict[str, int]:
    column = "a.alias" if by == "alias" else "m.display_name"
    join = "JOIN member_alias a ON a.member_id = m.id AND (a.alias LIKE 'wxid%' OR a.alias LIKE 'user%')"
    join = join if by == "alias" else ""
    sql = (
        f"SELECT {column}, COUNT(DISTINCT e.id) FROM event e JOIN member m ON m.id = e.member_id {join} "
        "WHERE e.kind = 'message' GROUP BY 1"
    )
    with db.engine.connect() as conn:
        return dict(conn.execute(text(sql)).all())


def _scalar(db, sql: str, **params):
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def _message_of(db, name: str, column: str):
    sql = f"SELECT e.{column} FROM event e JOIN member m ON m.id = e.member_id WHERE m.display_name = :n"
    return _scalar(db, sql + " AND e.kind = 'message'", n=name)


def _add_member(db, name: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO member (display_name, do_not_contact, role, notes, created_at) "
                "VALUES (:n, 0, 'member', '', '2025-01-01 00:00:00.000000')"
            ),
            {"n": name},
        )


def _member(db, name: str) -> dict:
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT m.id, m.source_channel, m.left_at, m.exit_reason, i.display_name AS inviter, m.joined_at "
                "FROM member m LEFT JOIN member i ON i.id = m.inviter_id WHERE m.display_name = :n"
            ),
            {"n": name},
        ).one()
    return dict(row._mapping)


def _table_counts(db) -> tuple:
    with db.engine.connect() as conn:
        return tuple(
            conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar()
            for t in ("event", "member", "membership", "member_alias", "chat_group", "member_activity")
        )


def _activity_matches_rebuild(db) -> None:
    with db.engine.begin() as conn:
        before = conn.execute(text("SELECT * FROM member_activity ORDER BY member_id")).all()
        activity.rebuild_member_activity(conn)
        after = conn.execute(text("SELECT * FROM member_activity ORDER BY member_id")).all()
    assert before == after and before


def test_whatsapp_android_counts_joins_leaves_and_inviters(db, tmp_path) -> None:
    path = fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID)
    assert detect_format(path) == "whatsapp"
    summary = import_chat(db, path)
    truth = fx.WHATSAPP_ANDROID_TRUTH
    assert summary.group == "读书会"
    assert summary.messages == sum(truth["messages"].values())
    assert (summary.joins, summary.leaves) == (truth["joins"], truth["leaves"])
    assert summary.check_ins == truth["check_ins"]
    assert summary.out_of_order == 1
    assert _counts(db) == truth["messages"]
    for name, inviter in truth["inviters"].items():
        assert _member(db, name)["inviter"] == inviter
    for name, channel in truth["channels"].items():
        assert _member(db, name)["source_channel"] == channel
    for name, reason in truth["left"].items():
        assert _member(db, name)["exit_reason"] == reason
    assert _scalar(db, "SELECT subtype FROM event WHERE kind='message' AND length = 0 LIMIT 1") == "other"
    assert _message_of(db, "Anna", "length") == len("hello\nthis message has\nthree lines")
    assert _scalar(db, "SELECT COUNT(*) FROM event WHERE body IS NOT NULL") == 0  # text is private by default
    _activity_matches_rebuild(db)


def test_importing_twice_adds_nothing_and_reports_the_same_file_counts(db, tmp_path) -> None:
    path = fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID)
    first = import_chat(db, path)
    counts = _table_counts(db)
    second = import_chat(db, path)
    assert _table_counts(db) == counts
    assert second.events == 0 and second.members_created == 0
    assert second.duplicates_skipped == first.events - first.check_ins - 2  # invite events share join lines
    assert (second.messages, second.joins, second.leaves) == (first.messages, first.joins, first.leaves)
    assert second.aliases_matched == len(fx.WHATSAPP_ANDROID_TRUTH["messages"])
    assert _counts(db) == fx.WHATSAPP_ANDROID_TRUTH["messages"]


def test_an_overlapping_export_adds_only_the_new_messages(db, tmp_path) -> None:
    lines = fx.WHATSAPP_ANDROID.splitlines(keepends=True)
    import_chat(db, fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", "".join(lines[:8])))
    more = "".join(lines[4:]) + "15/05/2025, 11:00 - Anna: back again\n"
    second = fx.write(tmp_path, "WhatsApp Chat with 读书会 (2).txt", more)
    summary = import_chat(db, second, ChatOptions(group="读书会"))
    expected = dict(fx.WHATSAPP_ANDROID_TRUTH["messages"])
    expected["Anna"] += 1
    assert _counts(db) == expected
    assert summary.duplicates_skipped == 2  # 打卡 and Anna's multi-line message were in both
    _activity_matches_rebuild(db)


def test_whatsapp_ios_twelve_hour_month_first(db, tmp_path) -> None:
    path = fx.write(tmp_path, "_chat.txt", fx.WHATSAPP_IOS)
    summary = import_chat(db, path)
    assert summary.group == "花园小组"
    assert _counts(db) == fx.WHATSAPP_IOS_TRUTH["messages"]
    assert (summary.joins, summary.leaves) == (1, 1)
    assert _member(db, "陈静")["inviter"] == "王芳"
    assert _scalar(db, "SELECT MIN(ts) FROM event WHERE kind='message'").startswith("2025-05-12 20:02:00")
    assert _message_of(db, "Lily", "ts").startswith("2025-05-20 00:05:00")
    with db.engine.connect() as conn:
        kinds = dict(conn.execute(text("SELECT subtype, COUNT(*) FROM event WHERE kind='message' GROUP BY 1")).all())
    assert kinds == {"text": 2, "image": 1, "voice": 1}


def test_whatsapp_us_twelve_hour_and_a_group_name_with_a_colon(db, tmp_path) -> None:
    summary = import_chat(db, fx.write(tmp_path, "WhatsApp Chat with US.txt", fx.WHATSAPP_US))
    assert summary.group == "Book: Club"
    assert _counts(db) == fx.WHATSAPP_US_TRUTH["messages"]
    assert (summary.joins, summary.leaves) == (4, 1)
    assert _member(db, "Carol")["inviter"] == "Alice"
    assert _member(db, "+44 7700 900123")["source_channel"] == "link"
    assert _message_of(db, "Carol", "ts").startswith("2025-05-13 00:05:00")
    assert _message_of(db, "Bob", "ts").startswith("2025-05-13 09:15:00")


def test_ambiguous_date_order_is_asked_for_not_guessed(db, tmp_path) -> None:
    path = fx.write(tmp_path, "WhatsApp Chat with x.txt", fx.WHATSAPP_AMBIGUOUS)
    with pytest.raises(AmbiguousDateOrderError, match="date-order"):
        import_chat(db, path)
    assert _table_counts(db) == (0, 0, 0, 0, 0, 0)
    import_chat(db, path, ChatOptions(date_order="mdy"))
    assert _scalar(db, "SELECT MAX(ts) FROM event WHERE kind='message'").startswith("2025-05-04")


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("WhatsApp Chat with x.txt", fx.WHATSAPP_MIXED_CLOCKS, MixedFormatError),
        ("WhatsApp Chat with Mum.txt", fx.WHATSAPP_PRIVATE, PrivateChatError),
        ("notes.txt", "just some notes\nnothing to see\n", UnknownFormatError),
        ("chat.csv", fx.GENERIC_CSV_MIXED, MixedFormatError),
        ("members.csv", "名字,手机,备注\n张三,13800138000,老客户\n", MappingRequiredError),
    ],
)
def test_bad_input_gives_a_clear_error_and_writes_nothing(db, tmp_path, name, content, error) -> None:
    path = fx.write(tmp_path, name, content)
    with pytest.raises(error) as err:
        import_chat(db, path)
    assert len(str(err.value)) > 30
    assert _table_counts(db) == (0, 0, 0, 0, 0, 0)
    assert _scalar(db, "SELECT COUNT(*) FROM import_batch") == 0


def test_gbk_chat_exports_are_refused_with_the_reason(db, tmp_path) -> None:
    path = fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID, encoding="gbk")
    with pytest.raises(FileEncodingError, match="GBK"):
        import_chat(db, path)
    csv_path = fx.write_memotrace_csv(tmp_path, encoding="gb18030", name="excel.csv")
    with pytest.raises(FileEncodingError, match="UTF-8"):
        import_chat(db, csv_path, ChatOptions(format="memotrace-csv"))
    assert _table_counts(db) == (0, 0, 0, 0, 0, 0)


def test_a_file_that_is_not_what_it_claims(db, tmp_path) -> None:
    path = fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID)
    for fmt in ("telegram", "memotrace-csv", "memotrace-txt"):
        with pytest.raises(ImportError_, match="not a"):
            import_chat(db, path, ChatOptions(format=fmt))
    tg = fx.write_telegram(tmp_path)
    with pytest.raises(ImportError_, match="not a WhatsApp"):
        import_chat(db, tg, ChatOptions(format="whatsapp"))
    assert _table_counts(db) == (0, 0, 0, 0, 0, 0)


def test_memotrace_csv(db, tmp_path) -> None:
    path = fx.write_memotrace_csv(tmp_path)
    assert detect_format(path) == "memotrace-csv"
    summary = import_chat(db, path)
    truth = fx.MEMOTRACE_TRUTH
    assert summary.group == "读书会"
    assert _counts(db, by="alias") == truth["messages"]
    assert (summary.joins, summary.leaves) == (truth["joins"], truth["leaves"])
    for name, inviter in truth["inviters"].items():
        assert _member(db, name)["inviter"] == inviter
    for name, channel in truth["channels"].items():
        assert _member(db, name)["source_channel"] == channel
    assert _member(db, "王五")["exit_reason"] == "removed"
    assert _scalar(db, "SELECT role FROM member WHERE display_name = '群主小美'") == "owner"  # IsSender = 1
    assert _scalar(db, "SELECT COUNT(*) FROM member WHERE display_name LIKE '李四%'") == 1  # renamed, same wxid
    with db.engine.connect() as conn:
        kinds = dict(conn.execute(text("SELECT subtype, COUNT(*) FROM event WHERE kind='message' GROUP BY 1")).all())
    assert kinds == {"text": 3, "image": 1, "voice": 1, "link": 1, "sticker": 1}
    again = import_chat(db, path)
    assert again.events == 0
    _activity_matches_rebuild(db)


def test_memotrace_txt(db, tmp_path) -> None:
    path = fx.write(tmp_path, "读书会.txt", fx.MEMOTRACE_TXT)
    assert detect_format(path) == "memotrace-txt"
    summary = import_chat(db, path)
    assert _counts(db) == fx.MEMOTRACE_TXT_TRUTH["messages"]
    assert (summary.joins, summary.leaves) == (3, 0)
    assert _member(db, "赵六")["inviter"] == "李四"
    assert _message_of(db, "小美", "length") == 9
    _activity_matches_rebuild(db)


def test_telegram_json_streamed(db, tmp_path) -> None:
    path = fx.write_telegram(tmp_path)
    assert detect_format(path) == "telegram"
    summary = import_chat(db, path, ChatOptions(store_text=True))
    truth = fx.TELEGRAM_TRUTH
    assert summary.group == "Book Club"
    assert _counts(db, by="alias") == truth["messages"]
    assert (summary.joins, summary.leaves) == (truth["joins"], truth["leaves"])
    for name, inviter in truth["inviters"].items():
        assert _member(db, name)["inviter"] == inviter
    assert _member(db, "Carol")["source_channel"] == "link"
    assert _member(db, "Bob")["exit_reason"] == "left"
    assert _member(db, "Carol")["exit_reason"] == "removed"
    assert summary.check_ins == 1
    assert _scalar(db, "SELECT body FROM event WHERE subtype='link'") == "see https://x.org"  # opted in
    _activity_matches_rebuild(db)
    assert import_chat(db, path).events == 0


def test_telegram_truncated_and_private(db, tmp_path) -> None:
    with pytest.raises(TruncatedFileError, match="ends in the middle"):
        import_chat(db, fx.write_telegram(tmp_path, cut=0.6))
    private = dict(fx.TELEGRAM, type="personal_chat", name="Mum")
    with pytest.raises(PrivateChatError, match="private chat"):
        import_chat(db, fx.write_telegram(tmp_path, private, name="mum.json"))
    assert _table_counts(db) == (0, 0, 0, 0, 0, 0)


def test_generic_csv_with_groups_and_gbk(db, tmp_path) -> None:
    path = fx.write(tmp_path, "导出.csv", fx.GENERIC_CSV, encoding="gbk")
    assert detect_format(path) == "csv"
    summary = import_chat(db, path)
    assert summary.messages == 4
    with db.engine.connect() as conn:
        per_group = dict(
            conn.execute(
                text("SELECT g.name, COUNT(*) FROM event e JOIN chat_group g ON g.id=e.group_id GROUP BY 1")
            ).all()
        )
    assert per_group == {"读书会": 2, "宝妈群": 2}
    assert _counts(db) == {"李四": 2, "王五": 1, "Anna": 1}


def test_generic_csv_needs_a_mapping_when_headers_are_unknown(db, tmp_path) -> None:
    path = fx.write(tmp_path, "x.csv", "when,who,what\n2025-05-13 20:01,A,hi\n2025-05-13 20:02,B,yo\n")
    with pytest.raises(MappingRequiredError) as err:
        import_chat(db, path, ChatOptions(format="csv"))
    assert err.value.headers == ["when", "who", "what"]
    mapping = {"time": "when", "sender": "who", "text": "what"}
    assert import_chat(db, path, ChatOptions(format="csv", mapping=mapping)).messages == 2


def test_undo_takes_the_import_back_out_and_restores_changed_members(db, tmp_path) -> None:
    _add_member(db, "李四")  # 李四 existed before, without inviter or join date
    path = fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID)
    summary = import_chat(db, path)
    assert summary.aliases_matched == 1
    assert _member(db, "李四")["inviter"] == "张三"
    batches = list_batches(db)
    assert [b.id for b in batches] == [summary.batch_id] and batches[0].summary["messages"] == summary.messages
    result = undo_batch(db, summary.batch_id)
    assert result.events_deleted == summary.events
    assert _table_counts(db) == (0, 1, 0, 0, 0, 0)
    li = _member(db, "李四")
    assert li["inviter"] is None and li["joined_at"] is None and li["source_channel"] is None
    assert list_batches(db)[0].undone_at is not None
    with pytest.raises(ImportError_, match="already undone"):
        undo_batch(db, summary.batch_id)
    import_chat(db, path)  # and it can be imported again
    assert _counts(db) == fx.WHATSAPP_ANDROID_TRUTH["messages"]


def test_cancel_leaves_nothing(db, tmp_path) -> None:
    path = fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID)

    def cancel(fraction: float, _message: str) -> None:
        if fraction >= 0.97:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_chat(db, path, progress=cancel)
    assert _table_counts(db) == (0, 0, 0, 0, 0, 0)


def test_preview_and_decisions_are_remembered_for_the_group(db, tmp_path) -> None:
    _add_member(db, "李四妈妈")
    path = fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID)
    preview = preview_chat(db, path)
    assert preview.format == "whatsapp" and preview.group == "读书会" and not preview.group_exists
    assert (preview.messages, preview.joins, preview.leaves) == (9, 3, 2)
    senders = {s.name: s for s in preview.senders}
    assert senders["李四"].messages == 4 and senders["李四"].match is None
    assert [s.name for s in senders["李四"].suggestions] == ["李四妈妈"]
    assert _table_counts(db) == (0, 1, 0, 0, 0, 0)  # a preview writes nothing
    decisions = {"李四": Decision("link", senders["李四"].suggestions[0].member_id), "Bob": Decision("skip")}
    summary = import_chat(db, path, ChatOptions(decisions=decisions))
    assert summary.skipped_messages == 1
    counts = _counts(db)
    assert counts["李四妈妈"] == 4 and "Bob" not in counts
    again = preview_chat(db, path)
    remembered = {s.name: s.match for s in again.senders}
    assert remembered["李四"].how == "remembered" and remembered["李四"].name == "李四妈妈"


def test_no_create_leaves_unknown_senders_out(db, tmp_path) -> None:
    path = fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID)
    summary = import_chat(db, path, ChatOptions(create_members=False))
    assert summary.members_created == 0
    assert summary.skipped_messages == summary.messages
    assert _scalar(db, "SELECT COUNT(*) FROM member") == 0


def test_check_in_keywords_come_from_the_setting(db, tmp_path) -> None:
    from core.importers.pipeline import CHECKIN_SETTING
    from core.settings import set_setting

    with db.session() as s:
        set_setting(s, CHECKIN_SETTING, ["大家好"])
    summary = import_chat(db, fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID))
    assert summary.check_ins == 1
    assert (
        _scalar(db, "SELECT m.display_name FROM event e JOIN member m ON m.id=e.member_id WHERE kind='check-in'")
        == "李四"
    )


def _written(db, batch_id: int) -> tuple:
    sql = (
        "SELECT COUNT(*), SUM(kind = 'check-in'), MIN(CASE WHEN kind = 'message' THEN ts END), "
        "MAX(CASE WHEN kind = 'message' THEN ts END) FROM event WHERE batch_id = :b"
    )
    with db.engine.connect() as conn:
        events, check_ins, first, last = conn.execute(text(sql), {"b": batch_id}).one()
    return events, check_ins or 0, first[:19] if first else None, last[:19] if last else None


@pytest.mark.parametrize(
    "write",
    [
        lambda tmp: fx.write(tmp, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID),  # with a sender fix
        lambda tmp: fx.write(tmp, "WhatsApp Chat with US.txt", fx.WHATSAPP_US),
        lambda tmp: fx.write(tmp, "读书会.txt", fx.MEMOTRACE_TXT),
        fx.write_memotrace_csv,
        fx.write_telegram,
        lambda tmp: fx.write(tmp, "导出.csv", fx.GENERIC_CSV, encoding="gbk"),  # two groups
    ],
)
def test_summary_counts_are_the_rows_written(db, tmp_path, write) -> None:
    """The summary's events, check-ins and date range are counted while writing, not queried: they must be
    exactly what the database holds for the batch, on the first import and on a partly new second one."""
    path = write(tmp_path)
    summary = import_chat(db, path)
    assert summary.events > 0
    assert (summary.events, summary.check_ins, summary.first_at, summary.last_at) == _written(db, summary.batch_id)
    again = import_chat(db, path)
    assert (again.events, again.check_ins) == (0, 0) and again.first_at is None and again.last_at is None


def test_repeated_messages_in_one_file_are_kept_and_deduplicated_on_reimport(db, tmp_path) -> None:
    """The same sender writing the same text twice in the same minute is two messages, not a duplicate; a
    re-import or an overlapping export skips both; an export of another group keeps its own."""
    head = '13/05/2025, 20:00 - 张三 created group "读书会"\n'
    body = "13/05/2025, 20:01 - 李四: 好的\n" * 3 + "13/05/2025, 20:02 - 李四: 好的\n13/05/2025, 20:02 - Anna: 好的\n"
    path = fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", head + body)
    first = import_chat(db, path)
    assert (first.messages, first.events, first.duplicates_skipped) == (5, 5, 0)
    assert _counts(db) == {"李四": 4, "Anna": 1}
    again = import_chat(db, path)
    assert (again.events, again.duplicates_skipped) == (0, 5)
    more = head + "13/05/2025, 20:01 - 李四: 好的\n" * 4 + "13/05/2025, 20:03 - Anna: 好的\n"
    overlap = import_chat(db, fx.write(tmp_path, "more.txt", more), ChatOptions(group="读书会"))
    # three 20:01 lines were there already; the fourth of that minute and the 20:03 one are new
    assert (overlap.events, overlap.duplicates_skipped) == (2, 3)
    assert _counts(db) == {"李四": 5, "Anna": 2}
    other = import_chat(db, path, ChatOptions(group="宝妈群"))
    assert (other.events, other.duplicates_skipped) == (5, 0)


def _foreign_keys_on(db) -> bool:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_back_on_and_missing_references_roll_the_import_back(db, tmp_path) -> None:
    """The import writes with foreign keys off and checks every id it wrote itself: a link to a member that does
    not exist is refused like the foreign key would have refused it, nothing is written, and the connection
    has foreign keys on again afterwards (also after a failure)."""
    path = fx.write(tmp_path, "导出.csv", fx.GENERIC_CSV, encoding="gbk")
    with pytest.raises(RuntimeError, match=r"missing rows \(members \[4242\]\)"):
        import_chat(db, path, ChatOptions(decisions={"王五": Decision("link", 4242)}))
    assert _table_counts(db) == (0, 0, 0, 0, 0, 0)
    assert _scalar(db, "SELECT COUNT(*) FROM import_batch") == 0
    assert _foreign_keys_on(db)
    import_chat(db, path)
    assert _foreign_keys_on(db)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_a_csv_mixing_groups_line_by_line(db, tmp_path, monkeypatch) -> None:
    """Rows of two groups interleaved: each group keeps its own repeats and dedupe keys, and the rows are
    still written in a few batched inserts, not one per change of group."""
    from core import db as dbmod

    rows = ["时间,发送者,内容,群名"]
    for i in range(100):
        minute = f"2025-05-13 20:{i // 2:02d}:00"
        rows.append(f"{minute},李四,好的,读书会")
        rows.append(f"{minute},李四,好的,宝妈群")
    rows.append("2025-05-13 20:49:00,李四,好的,读书会")  # a repeat in 读书会 after a line of 宝妈群
    rows.append("2025-05-13 21:00:00,Anna,打卡,宝妈群")
    path = fx.write(tmp_path, "mixed.csv", "\n".join(rows) + "\n")
    inserts = []
    real = dbmod.bulk_insert

    def counting(conn, table, columns, rows_, constants=None, defaults=None):
        if table.name == "event" and rows_:
            inserts.append(len(rows_))
        return real(conn, table, columns, rows_, constants=constants, defaults=defaults)

    monkeypatch.setattr(dbmod, "bulk_insert", counting)
    summary = import_chat(db, path)
    assert (summary.messages, summary.events, summary.check_ins, summary.duplicates_skipped) == (202, 203, 1, 0)
    assert len(inserts) <= 4 and sum(inserts) == 203
    with db.engine.connect() as conn:
        per_group = dict(
            conn.execute(
                text(
                    "SELECT g.name, COUNT(*) FROM event e JOIN chat_group g ON g.id = e.group_id "
                    "WHERE e.kind = 'message' GROUP BY 1"
                )
            ).all()
        )
    assert per_group == {"读书会": 101, "宝妈群": 101}
    again = import_chat(db, path)
    assert (again.events, again.duplicates_skipped) == (0, 202)


def test_the_cycle_collector_is_paused_only_during_an_import(db, tmp_path) -> None:
    import gc

    path = fx.write(tmp_path, "WhatsApp Chat with 读书会.txt", fx.WHATSAPP_ANDROID)
    seen = []
    import_chat(db, path, progress=lambda _f, _m: seen.append(gc.isenabled()))
    assert seen and not any(seen) and gc.isenabled()
    preview_chat(db, path)
    assert gc.isenabled()
    with pytest.raises(PrivateChatError):
        import_chat(db, fx.write(tmp_path, "WhatsApp Chat with Mum.txt", fx.WHATSAPP_PRIVATE))
    assert gc.isenabled()
    gc.disable()
    try:
        import_chat(db, path)
        assert not gc.isenabled()  # it was off before: left off
    finally:
        gc.enable()


def test_whatsapp_lines_repeating_the_last_header_start(tmp_path):
    """Lines that start like the header before (same date, time and separator) are read without the regex:
    they must give what the regex gives, at the end of the file without a line break too."""
    from core.importers.whatsapp import WhatsAppSource

    path = fx.write(
        tmp_path,
        "WhatsApp Chat with 读书会.txt",
        "13/05/2025, 20:01 - 王芳: 早\n"
        "13/05/2025, 20:01 - 陈静: 第一行\n"
        "第二行\n"
        "13/05/2025, 20:01 - 王芳 added 李四\n"
        "13/05/2025, 20:01 - 李四: \n"
        "13/05/2025, 20:02 - 王芳: 好\n"
        "13/05/2025, 20:02 - 陈静: <Media omitted>",
    )
    records = list(WhatsAppSource(path).records())
    messages = [(r[0], r[1], r[3], r[4], r[7]) for r in records if r.__class__ is tuple]
    ts1, ts2 = "2025-05-13 20:01:00.000000", "2025-05-13 20:02:00.000000"
    assert messages == [
        (ts1, "王芳", "早", "text", ts1 + "王芳: 早"),
        (ts1, "陈静", "第一行\n第二行", "text", ts1 + "陈静: 第一行\n第二行"),
        (ts1, "李四", "", "text", ts1 + "李四: "),
        (ts2, "王芳", "好", "text", ts2 + "王芳: 好"),
        (ts2, "陈静", "<Media omitted>", "other", ts2 + "陈静: <Media omitted>"),
    ]
    (join,) = [r for r in records if r.__class__ is not tuple]
    assert (join.ts, join.action, [p.name for p in join.members]) == (ts1, "join", ["李四"])
