"""Qunzhu's command line: ``main.py [--db PATH] COMMAND``.

Headless commands live here, each a thin call into a core service. The GUI and ``--self-test`` need Qt, so
``main.py`` hands them to ``ui``; this module never imports ``ui``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from core import __version__, logs, paths, recovery
from core import backup as backup_mod
from core import check as check_mod
from core import demo as demo_mod
from core import recall as recall_mod
from core import stats as stats_mod
from core.checkins import CheckinError
from core.content import ContentError
from core.db import Database, DatabaseError, friendly_error, open_database
from core.importers import CHAT_FORMATS
from core.importers.base import ImportError_
from core.member_export import ExportError
from core.members import UnknownView
from core.plan import PlanError
from core.points import PointsError
from core.tag_rules import RuleError
from core.tags import TagError
from core.tiers import TierError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# Errors the user can act on: one clear line on stderr and exit code 1 (anything else is a bug: a traceback).
USER_ERRORS = (
    DatabaseError,
    demo_mod.DemoError,
    recall_mod.RecallError,
    ImportError_,
    TagError,
    RuleError,
    ExportError,
    UnknownView,
    PlanError,
    ContentError,
)
log = logging.getLogger(__name__)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be greater than 0: {value}")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qunzhu",
        description="Qunzhu (群主): members, content plans, recall lists and community health, offline. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"Qunzhu {__version__}")
    parser.add_argument("--db", type=Path, metavar="PATH", help="database file (created and migrated if new)")
    parser.add_argument(
        "--self-test", action="store_true", help="check migrations, Chinese chart rendering and translations, then exit"
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="user-interface language for this run")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="fill an empty database with a realistic demo community")
    p.add_argument("--members", type=_positive_int, default=2000, help="number of members (default 2000)")
    p.add_argument("--seed", type=int, default=7, help="random seed; the same seed gives the same community")
    p.add_argument("--today", type=_iso_date, help="pretend today is this date (YYYY-MM-DD), for repeatable data")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")

    p = sub.add_parser("recall", help="who to recall this week, why, and the message for each")
    p.add_argument(
        "--segment",
        nargs="+",
        action="extend",
        metavar="NAME",
        help=f"segments to list (default: all but active and left); 'all' lists every member. "
        f"Names: {', '.join(recall_mod.SEGMENTS)}",
    )
    p.add_argument("--group", metavar="NAME", help="only this group's members, with its own thresholds")
    p.add_argument(
        "--as-of", type=_iso_date, metavar="YYYY-MM-DD", help="evaluate the rules as if today were this date"
    )
    p.add_argument("--format", choices=("text", "csv", "json"), default="text", help="output format (default text)")
    p.add_argument("--out", type=Path, metavar="FILE", help="write to this file instead of the screen")
    p.add_argument("--show-phones", action="store_true", help="do not mask phone numbers")
    p.add_argument("--excluded", action="store_true", help="also list members held back by the guard rails")

    p = sub.add_parser("metrics", help="a period's community figures (the numbers the dashboard shows)")
    p.add_argument(
        "--period", required=True, metavar="PERIOD", help="2026-W48, 2026-11, 2026-Q4 or 2026-11-01..2026-11-30"
    )
    p.add_argument("--group", metavar="NAME", help="only this group (default: all groups)")
    p.add_argument("--json", action="store_true", help="print one JSON object (keys: docs/metrics.md)")

    p = sub.add_parser("report", help="the weekly community health report (社群健康度报告) as PDF or HTML")
    p.add_argument("--week", required=True, metavar="PERIOD", help="2026-W48 (or any period `metrics` reads)")
    p.add_argument("--group", metavar="NAME", help="only this group (default: all groups)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="FILE.pdf or FILE.html")
    p.add_argument("--today", type=_iso_date, help="pretend today is this date (the churn snapshot's day)")

    p = sub.add_parser("card", help="a member's yearly growth card (用户成长报告) as PNG")
    p.add_argument("--member", required=True, type=_positive_int, metavar="ID", help="the member's id")
    p.add_argument("--year", required=True, type=int, metavar="YYYY")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.png")

    p = sub.add_parser("nps", help="import NPS survey scores (0–10) from a CSV with name or phone and score")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--date", type=_iso_date, help="the day the survey was answered (default: a date column, or today)")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")

    p = sub.add_parser("stats", help="counts of members, groups, tags, events and the schema revision")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("backup", help="back up the database (online backup, checked) into the backups folder")
    p.add_argument("--out", type=Path, metavar="FILE", help="write the backup to FILE instead (must not exist)")
    p.add_argument("--list", action="store_true", help="list the backups (date, reason, size, members) instead")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("restore", help="replace the database with a backup (the current state is backed up first)")
    p.add_argument("file", type=Path, metavar="FILE", help="a backup or another Qunzhu database file")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("check", help="integrity and reference checks, schema revision and counts; exit 1 on problems")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    imp = sub.add_parser("import", help="import chat exports and shop orders; list and undo imports")
    isub = imp.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    p = isub.add_parser("chat", help="a chat export: MemoTrace CSV/TXT, WhatsApp .txt, Telegram result.json, CSV")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--format", choices=("auto", *CHAT_FORMATS), default="auto", help="default: detect it")
    p.add_argument("--group", metavar="NAME", help="the group to import into (default: from the file)")
    p.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    p.add_argument("--no-create", action="store_true", help="do not create members for unknown senders")
    p.add_argument("--date-order", choices=("dmy", "mdy", "ymd"), help="WhatsApp/CSV dates: day/month or month/day")
    p.add_argument("--store-text", action="store_true", help="also store the message text (off: privacy)")
    p.add_argument("--allow-private", action="store_true", help="import a private (two-person) chat too")
    p.add_argument("--map", type=_mapping, metavar="FIELD=COLUMN,…", help="CSV columns: time, sender, text, group")
    p.add_argument("--encoding", help="CSV text encoding (default: UTF-8 or GBK, detected)")
    p = isub.add_parser("orders", help="a shop order export (CSV or XLSX)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    p.add_argument("--no-create", action="store_true", help="do not create members for unknown buyers")
    p.add_argument("--map", type=_mapping, metavar="FIELD=COLUMN,…", help="columns: order_id, time, buyer, phone, …")
    p.add_argument("--date-order", choices=("dmy", "mdy"), help="order dates: day/month or month/day")
    p = isub.add_parser("members", help="a member list (CSV or XLSX): upsert by WeChat ID, phone or name")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--map", metavar="COLUMN=FIELD,…", help="e.g. 昵称=name,手机=phone,问卷=custom:问卷,备用=ignore")
    p.add_argument("--key", default="wechat_id,phone,name", help="match order (default wechat_id,phone,name)")
    p.add_argument("--tag", action="append", default=[], metavar="NAME", help="tag everyone in the file (repeatable)")
    p.add_argument(
        "--tag-dimension", default=None, metavar="NAME", help="tag dimension for new tags (default 导入标签)"
    )
    p.add_argument("--skip-bad", action="store_true", help="import the good rows when some rows have problems")
    p.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")
    p.add_argument("--json", action="store_true", help='print {"created", "updated", "unchanged", "errors"}')
    p.add_argument("--encoding", help="CSV text encoding (default: detected; e.g. utf-8, gb18030)")
    p.add_argument("--report", type=Path, metavar="FILE", help="where to write the error report (default: beside FILE)")
    p = isub.add_parser("list", help="the import history")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p = isub.add_parser("undo", help="take one import back out (its events, new members and changes)")
    p.add_argument("batch_id", type=_positive_int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print the result as JSON")

    tags = sub.add_parser("tags", help="tag dimensions, tags and automatic tag rules")
    tsub = tags.add_subparsers(dest="tags_command", metavar="WHAT", required=True)
    p = tsub.add_parser("list", help="every dimension and tag with how many members carry it, and the rules")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = tsub.add_parser("apply-rules", help="apply the enabled tag rules now (who gets and who loses a tag)")
    p.add_argument("--dry-run", action="store_true", help="only say what would change")
    p.add_argument("--json", action="store_true", help="print one JSON array, one object per rule")
    exp = sub.add_parser("export", help="export members to CSV or XLSX")
    esub = exp.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    p = esub.add_parser("members", help="members (not in the trash) to FILE.csv (UTF-8 with BOM) or FILE.xlsx")
    p.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--filter", metavar="VIEW", help="only the members of this saved view (Members page → Save view)")
    p.add_argument("--full-phones", action="store_true", help="write full phone numbers (default: 138****8000)")
    p.add_argument("--columns", metavar="KEY,…", help="columns to write (default: all; custom fields as custom:NAME)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    pl = sub.add_parser("plan", help="the content calendar: export a week, add entries from JSON")
    psub = pl.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    p = psub.add_parser("export", help="a week of the plan as text, CSV, an .ics calendar or a printable PDF")
    p.add_argument("--week", required=True, metavar="YYYY-Www", help="the ISO week, e.g. 2026-W48")
    p.add_argument("--format", required=True, choices=("text", "csv", "ics", "pdf"), help="the file format")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the file to write (replaced)")
    p.add_argument("--group", action="append", metavar="NAME", help="only this group (repeatable)")
    p = psub.add_parser("add", help="add calendar entries from a JSON file (schema in the README); all or none")
    p.add_argument("--json", required=True, type=Path, metavar="FILE", help="the JSON file of entries")
    pts = sub.add_parser("points", help="the points ledger: grant, deduct, expire, balance")
    psub = pts.add_subparsers(dest="points_command", metavar="WHAT", required=True)
    p = psub.add_parser("grant", help="give points to one or more members (one transaction)")
    p.add_argument("members", nargs="+", metavar="MEMBER", help="member id or exact name")
    p.add_argument("--points", type=_positive_int, required=True, metavar="N")
    p.add_argument("--reason", default="", help="why (shown in the ledger)")
    p.add_argument("--expires", type=_iso_date, metavar="YYYY-MM-DD", help="the points expire on this day")
    p.add_argument("--json", action="store_true")
    p = psub.add_parser("deduct", help="take points from a member (refused below zero unless --force)")
    p.add_argument("member", metavar="MEMBER", help="member id or exact name")
    p.add_argument("--points", type=_positive_int, required=True, metavar="N")
    p.add_argument("--reason", default="", help="why (shown in the ledger)")
    p.add_argument("--force", action="store_true", help="allow the balance to go below zero")
    p.add_argument("--json", action="store_true")
    p = psub.add_parser("expire", help="write off points whose expiry date has come (FIFO; safe to repeat)")
    p.add_argument("--today", type=_iso_date, metavar="YYYY-MM-DD", help="expire as if today were this date")
    p.add_argument("--json", action="store_true")
    p = psub.add_parser("balance", help="members' balances (and points expiring soon)")
    p.add_argument("members", nargs="*", metavar="MEMBER", help="member ids or exact names (default: everyone)")
    p.add_argument("--expiring-days", type=_positive_int, default=14, metavar="N", help="expiring within N days")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("checkin", help="log check-ins for a pasted list of names (one per line, @names, 接龙)")
    p.add_argument("--group", metavar="NAME", help="match names among this group's members")
    p.add_argument("--names", type=Path, required=True, metavar="FILE|-", help="the list ('-': standard input)")
    p.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="the day checked in (default today)")
    p.add_argument("--json", action="store_true")

    tp = sub.add_parser("tiers", help="member tiers (白银/黄金/钻石)")
    tsub = tp.add_subparsers(dest="tiers_command", metavar="WHAT", required=True)
    p = tsub.add_parser("recompute", help="promote at once, demote after the grace period")
    p.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD", help="as if today were this date")
    p.add_argument("--json", action="store_true")
    return parser


CHAT_JSON_KEYS = ("messages", "events", "members_created", "aliases_matched", "joins", "leaves", "duplicates_skipped")


def _mapping(text: str) -> dict[str, str]:
    mapping = {}
    for part in text.split(","):
        field, sep, column = part.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise argparse.ArgumentTypeError(f"expected FIELD=COLUMN pairs separated by commas, not {part!r}")
        mapping[field.strip()] = column.strip()
    return mapping


def _progress_printer(args: argparse.Namespace):
    last = [0.0]

    def progress(fraction: float, message: str) -> None:
        if not args.json and sys.stderr.isatty() and fraction - last[0] >= 0.02:
            last[0] = fraction
            print(f"\r{fraction:4.0%}", end="", file=sys.stderr, flush=True)

    return progress


def _cmd_import(db: Database, args: argparse.Namespace) -> int:
    from core.importers import batches, orders, pipeline

    started = time.perf_counter()
    if args.import_command == "chat":
        options = pipeline.ChatOptions(
            format=args.format,
            group=args.group,
            date_order=args.date_order,
            create_members=not args.no_create,
            store_text=args.store_text,
            allow_private=args.allow_private,
            mapping=args.map,
            encoding=args.encoding,
        )
        s = pipeline.import_chat(db, args.file, options, _progress_printer(args))
        _upkeep(db)
        if args.json:
            print(json.dumps({k: getattr(s, k) for k in CHAT_JSON_KEYS}, ensure_ascii=False))
        else:
            print(
                f"Imported {args.file.name} ({s.format}) into “{s.group}” as import {s.batch_id} in "
                f"{time.perf_counter() - started:.1f} s: {s.messages} messages"
                + (f" ({s.first_at} – {s.last_at} added)" if s.first_at else "")
                + ", "
                f"{s.events} events added, {s.duplicates_skipped} already there, {s.members_created} new members, "
                f"{s.aliases_matched} matched, {s.joins} joins, {s.leaves} leaves, {s.check_ins} check-ins."
            )
            if s.skipped_messages:
                print(f"{s.skipped_messages} messages from unknown senders were left out (--no-create).")
        return EXIT_OK
    if args.import_command == "orders":
        options = orders.OrderOptions(mapping=args.map, date_order=args.date_order, create_members=not args.no_create)
        s = orders.import_orders(db, args.file, options, _progress_printer(args))
        _upkeep(db)
        if args.json:
            print(json.dumps(s.as_json(), ensure_ascii=False))
        else:
            print(
                f"Imported {args.file.name} as import {s.batch_id}: {s.orders} orders, {s.events} purchases added "
                f"(spend {s.spend:.2f}), {s.excluded} refunded/cancelled left out, {s.duplicates_skipped} already "
                f"there, {s.members_created} new members, {s.aliases_matched} matched."
            )
        return EXIT_OK
    if args.import_command == "members":
        return _import_members(db, args)
    if args.import_command == "list":
        items = batches.list_batches(db)
        if args.json:
            print(json.dumps([b.as_dict() for b in items], ensure_ascii=False))
        elif not items:
            print("No imports yet.")
        else:
            for b in items:
                state = f"undone {b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else ""
                counts = b.summary.get("messages", b.summary.get("orders", b.summary.get("rows", "")))
                print(f"{b.id:>5}  {b.created_at:%Y-%m-%d %H:%M}  {b.kind:<7} {b.format or '':<14} "
                      f"{b.group or '':<16} {counts!s:>8}  {Path(b.source).name}  {state}")  # fmt: skip
        return EXIT_OK
    result = batches.undo_batch(db, args.batch_id)
    _upkeep(db)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False))
    else:
        print(
            f"Import {result.batch_id} undone: {result.events_deleted} events and {result.members_deleted} members "
            f"removed, {result.values_restored} changed values restored."
        )
    return EXIT_OK


def _import_members(db: Database, args: argparse.Namespace) -> int:
    from core.importers import members

    options = members.ImportOptions(
        mapping=members.parse_map_text(args.map) if args.map else None,
        keys=tuple(k.strip() for k in args.key.split(",") if k.strip()),
        encoding=args.encoding,
        tag_everyone=tuple(t.strip() for t in args.tag if t.strip()),
        skip_bad=args.skip_bad,
        dry_run=args.dry_run,
        report=args.report,
    )
    if args.tag_dimension:
        options.tag_dimension = args.tag_dimension
    try:
        s = members.import_members(db, args.file, options, _progress_printer(args))
        failed = False
    except members.BadRowsError as exc:
        s, failed = exc.summary, True
        if not args.json:
            print(f"qunzhu: {exc}", file=sys.stderr)
    if args.json:
        print(json.dumps(s.counts(), ensure_ascii=False))
    elif not failed:
        what = "Dry run, nothing changed" if s.dry_run else f"Imported {args.file.name} as import {s.batch_id}"
        print(
            f"{what}: {s.rows} rows, {s.created} new members, {s.updated} updated, {s.unchanged} unchanged, "
            f"{s.errors} with problems" + (" (left out)." if s.errors and not s.dry_run else ".")
        )
    if s.report and not args.json:
        print(f"Row problems: {s.report}", file=sys.stderr)
    return EXIT_ERROR if failed else EXIT_OK


def _cmd_export(db: Database, args: argparse.Namespace) -> int:
    from core import member_export

    with db.session() as s:
        ids = _export_ids(s, args)
        columns = [c.strip() for c in args.columns.split(",") if c.strip()] if args.columns else None
        n = member_export.export_members(s, ids, columns, args.file, full_phones=args.full_phones)
    if args.json:
        print(json.dumps({"members": n, "file": str(args.file)}, ensure_ascii=False))
    else:
        print(f"Exported {n} members to {args.file}" + ("" if args.full_phones else " (phone numbers masked)."))
    return EXIT_OK


def _export_ids(session, args: argparse.Namespace) -> list[int]:
    """The members to export: a saved view's members (``--filter NAME``), else every member not in the trash."""
    from core import member_export
    from core import members as member_queries

    if args.filter:
        return member_queries.search_ids(session, member_queries.view(session, args.filter))
    return member_export.all_member_ids(session)


def _upkeep(db: Database) -> None:
    """After an import: expired points written off and tiers recomputed (new check-ins and spend count)."""
    from core import tiers

    tiers.upkeep(db)


def _cmd_demo(db: Database, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    last = [0.0]

    def progress(fraction: float, message: str) -> None:
        if not args.json and sys.stderr.isatty() and fraction - last[0] >= 0.05:
            last[0] = fraction
            print(f"\r{fraction:4.0%} {message}…", end="", file=sys.stderr, flush=True)

    summary = demo_mod.generate_demo(db, members=args.members, seed=args.seed, today=args.today, progress=progress)
    elapsed = time.perf_counter() - started
    if args.json:
        print(json.dumps({**summary.__dict__, "seconds": round(elapsed, 2)}, ensure_ascii=False))
    else:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(
            f"Demo community created in {elapsed:.1f} s: {summary.members} members, {summary.groups} groups, "
            f"{summary.tags} tags, {summary.events} events, {summary.content_items} content items, "
            f"{summary.plan_entries} calendar entries.\nDatabase: {db.path}"
        )
    return EXIT_OK


def _cmd_stats(db: Database, args: argparse.Namespace) -> int:
    s = stats_mod.collect(db)
    if args.json:
        print(json.dumps(s.as_dict(), ensure_ascii=False))
    else:
        print(f"Database:        {db.path}")
        print(f"Schema revision: {s.schema_revision}")
        print(f"Members:         {s.members}")
        print(f"Groups:          {s.groups}")
        print(f"Tags:            {s.tags}")
        print(f"Events:          {s.events}")
        print(f"Content items:   {s.content_items}")
        print(f"Calendar:        {s.plan_entries}")
    return EXIT_OK


def _cmd_metrics(db: Database, args: argparse.Namespace) -> int:
    from core import activity, dashboard, metrics

    period = metrics.parse_period(args.period)
    activity.bring_up_to_date(db)
    with db.session() as s:
        gid = dashboard.group_id_for(s, args.group)
        figures = metrics.figures(s, period, gid, args.group)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key:26} {'—' if value is None else value}")
    return EXIT_OK


def _cmd_report(db: Database, args: argparse.Namespace) -> int:
    from core import report

    data = report.make_report(db, args.week, args.out, args.group, lang="zh_CN", today=args.today)
    print(f"Wrote the {data.period.label} report to {args.out}")
    return EXIT_OK


def _cmd_card(db: Database, args: argparse.Namespace) -> int:
    from core import growth_card

    with db.session() as s:
        f = growth_card.make_card(s, args.member, args.year, args.out)
    print(f"Wrote {f.name}'s {f.year} growth card to {args.out}")
    return EXIT_OK


def _cmd_nps(db: Database, args: argparse.Namespace) -> int:
    from core import nps

    with db.session() as s:
        result = nps.import_csv(s, args.file, args.date)
    if args.json:
        print(json.dumps({"added": result.added, "matched": result.matched}))
    else:
        print(f"Imported {result.added} scores ({result.matched} matched to members, the rest anonymous).")
    return EXIT_OK


def _cmd_recall(db: Database, args: argparse.Namespace) -> int:
    with db.session() as s:
        result = recall_mod.compute(s, as_of=args.as_of, segments=args.segment, group=args.group)
    everyone = bool(args.segment) and "all" in args.segment
    items = result.items + (result.excluded if args.excluded or everyone else [])
    if everyone:
        items.sort(key=lambda it: it.member_id)
    mask = not args.show_phones
    if args.format == "json":
        objects = recall_mod.to_json_objects(items, mask)
        for obj, it in zip(objects, items, strict=True):
            obj["excluded"] = it.excluded.text() if it.excluded else None
        output = json.dumps(objects, ensure_ascii=False, indent=1) + "\n"
    elif args.format == "csv":
        output = recall_mod.to_csv(items, mask)
    else:
        counts = ", ".join(f"{k} {v}" for k, v in result.counts.items() if v)
        output = (
            f"Recall list for {result.as_of}: {len(result.items)} to contact, {len(result.excluded)} held back by "
            f"do-not-contact or the cool-down, {result.held_back} more over today's cap."
            f"{' In segments: ' + counts + '.' if counts else ''}\n" + recall_mod.to_text(items) + "\n"
        )
    if args.out:
        try:
            args.out.write_text(output, encoding="utf-8-sig" if args.format == "csv" else "utf-8")
        except OSError as exc:
            print(f"qunzhu: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
            return EXIT_ERROR
        print(f"Wrote {len(items)} members to {args.out}")
    else:
        sys.stdout.write(output)
    return EXIT_OK


def _cmd_backup(db_path: Path, args: argparse.Namespace) -> int:
    if args.list:
        rows = []
        for info in backup_mod.list_backups(db_path):
            details = backup_mod.describe(info.path)
            rows.append(
                {
                    "path": str(info.path),
                    "created": info.created.isoformat(sep=" ", timespec="seconds"),
                    "reason": info.reason,
                    "size": info.size,
                    "members": details.members,
                    "schema_revision": details.revision,
                }
            )
        if args.json:
            print(json.dumps(rows, ensure_ascii=False))
        elif not rows:
            print(f"No backups of {db_path} in {backup_mod.backup_folder(db_path)}.")
        else:
            for r in rows:
                members = "?" if r["members"] is None else r["members"]
                print(f"{r['created']}  {r['reason']:<22} {_size(r['size']):>9}  {members:>7} members  {r['path']}")
        return EXIT_OK
    target = backup_mod.make_backup(db_path, "manual", out=args.out)
    if args.json:
        print(json.dumps({"backup": str(target), "size": target.stat().st_size}, ensure_ascii=False))
    else:
        print(f"Backup written and checked: {target} ({_size(target.stat().st_size)})")
    return EXIT_OK


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def _cmd_restore(db_path: Path, args: argparse.Namespace) -> int:
    result = recovery.restore(db_path, args.file)
    # Open it once now: an older backup is upgraded (and checked) here rather than at the next start.
    open_database(db_path).close()
    if args.json:
        print(
            json.dumps(
                {
                    "restored_from": str(result.restored_from),
                    "safety_backup": str(result.safety_backup) if result.safety_backup else None,
                    "members": result.members,
                },
                ensure_ascii=False,
            )
        )
    else:
        print(f"Restored {db_path} from {result.restored_from} ({result.members} members).")
        if result.safety_backup:
            print(f"The state before the restore was backed up to {result.safety_backup}")
    return EXIT_OK


def _cmd_check(db_path: Path, args: argparse.Namespace) -> int:
    report = check_mod.check_database(db_path)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        print(f"Database:        {report.path}")
        print(f"Integrity:       {'ok' if not report.integrity else '; '.join(report.integrity[:5])}")
        print(f"References:      {'ok' if not report.foreign_keys else '; '.join(report.foreign_keys[:5])}")
        print(f"Schema revision: {report.schema_revision} ({report.schema}; this version: {report.head_revision})")
        for table, n in report.counts.items():
            print(f"  {table + ':':<24}{n}")
        print("Result:          " + ("ok" if report.ok else "PROBLEMS\n  " + "\n  ".join(report.problems)))
    return EXIT_OK if report.ok else EXIT_ERROR


def _cmd_tags(db: Database, args: argparse.Namespace) -> int:
    from core import tag_rules, tags

    if args.tags_command == "list":
        with db.session() as s:
            tree = tags.tag_tree(s)
            rules = tag_rules.list_rules(s)
        if args.json:
            data = {
                "dimensions": [
                    {
                        "name": d.name,
                        "color": d.color,
                        "tags": [{"name": t.name, "color": t.color, "members": t.members} for t in d.tags],
                    }
                    for d in tree
                ],
                "rules": [
                    {
                        "name": r.name,
                        "tag": r.tag,
                        "dimension": r.dimension,
                        "kind": r.kind,
                        "params": r.params,
                        "condition": r.description,
                        "enabled": r.enabled,
                        "last_run": r.last_run_at.isoformat(" ", "seconds") if r.last_run_at else None,
                        "last_result": r.last_result or None,
                    }
                    for r in rules
                ],
            }
            print(json.dumps(data, ensure_ascii=False))
            return EXIT_OK
        if not tree:
            print("No tags yet.")
        for d in tree:
            print(f"{d.name}  ({d.color})")
            for t in d.tags:
                print(f"  {t.name:<16} {t.members:>8} members")
        if rules:
            print("\nRules:")
            for r in rules:
                state = "" if r.enabled else "  (off)"
                print(f"  {r.name}: {r.description} → {r.dimension}/{r.tag}{state}")
        return EXIT_OK
    with db.transaction() as conn:
        outcomes = tag_rules.apply_rules(conn, dry_run=args.dry_run)
    if args.json:
        print(json.dumps([o.as_dict() for o in outcomes], ensure_ascii=False))
    elif not outcomes:
        print("No enabled tag rules.")
    else:
        verb = ("would tag", "would untag") if args.dry_run else ("tagged", "untagged")
        for o in outcomes:
            print(f"{o.name} → {o.tag}: {o.matched} members qualify, {verb[0]} {o.tagged}, {verb[1]} {o.untagged}.")
    return EXIT_OK


def _cmd_plan(db: Database, args: argparse.Namespace) -> int:
    from core import plan as plan_mod
    from core import plan_export

    if args.plan_command == "add":
        ids = plan_export.add_from_json(db, args.json)
        print(f"Added {len(ids)} calendar entries.")
        return EXIT_OK
    start = plan_mod.iso_week_start(args.week)
    group_ids = None
    if args.group:
        with db.session() as s:
            by_name = {name: gid for gid, name, _t, _s in plan_mod.groups(s)}
        missing = [g for g in args.group if g not in by_name]
        if missing:
            raise plan_mod.PlanError(f"There is no group {missing[0]!r}.")
        group_ids = [by_name[g] for g in args.group]
    n = plan_export.export_week(db, start, args.format, args.out, group_ids)
    print(f"Wrote {n} entries of the week from {start:%Y-%m-%d} to {args.out}")
    return EXIT_OK


class MemberNotFound(Exception):
    pass


def _member(conn, text: str) -> tuple[int, str]:
    """A member by id or exact name; an unknown or shared name is an error that says so."""
    from sqlalchemy import select

    from core.models import Member

    alive = Member.deleted_at.is_(None)
    if text.isdigit():
        row = conn.execute(select(Member.id, Member.display_name).where(alive, Member.id == int(text))).first()
        if row:
            return row[0], row[1]
    rows = conn.execute(select(Member.id, Member.display_name).where(alive, Member.display_name == text)).all()
    if len(rows) == 1:
        return rows[0][0], rows[0][1]
    if rows:
        ids = ", ".join(str(r[0]) for r in rows[:10])
        raise MemberNotFound(f"{len(rows)} members are named “{text}” (ids {ids}); give the id instead.")
    raise MemberNotFound(f"No member is named “{text}” or has that id.")


def _cmd_points(db: Database, args: argparse.Namespace) -> int:
    from core import points, tiers

    cmd = args.points_command
    if cmd == "expire":
        with db.transaction() as conn:
            r = points.expire(conn, args.today)
        out = {"members": r.members, "points": r.points}
        print(json.dumps(out) if args.json else f"{r.points} points expired for {r.members} members.")
        return EXIT_OK
    if cmd == "grant":
        with db.transaction() as conn:
            ids = [_member(conn, m)[0] for m in args.members]
            n = points.bulk_grant(conn, ids, args.points, args.reason, args.expires)
            tiers.recompute(conn, member_ids=ids)
        print(json.dumps({"members": n, "points": args.points}) if args.json else
              f"Gave {args.points} points to {n} member(s).")  # fmt: skip
        return EXIT_OK
    if cmd == "deduct":
        with db.transaction() as conn:
            mid, name = _member(conn, args.member)
            points.deduct(conn, mid, args.points, args.reason, force=args.force)
            left = points.balance(conn, mid)
            tiers.recompute(conn, member_ids=[mid])
        print(json.dumps({"member": mid, "balance": left}) if args.json else
              f"Deducted {args.points} points from {name}; balance {left}.")  # fmt: skip
        return EXIT_OK
    with db.transaction() as conn:
        points.expire(conn)
        if args.members:
            named = [_member(conn, m) for m in args.members]
        else:
            from sqlalchemy import select

            from core.models import Member

            have = points.balances(conn)
            rows = conn.execute(select(Member.id, Member.display_name).where(Member.id.in_(list(have)))).all()
            named = sorted(rows, key=lambda r: (-have[r[0]], r[0]))
        ids = [mid for mid, _ in named]
        have = points.balances(conn, ids)
        soon = points.expiring_within(conn, args.expiring_days, member_ids=ids)
    rows = [
        {"member": mid, "name": name, "balance": have[mid], "expiring": soon.get(mid, (0, None))[0],
         "expires": str(soon[mid][1]) if mid in soon else None}
        for mid, name in named
    ]  # fmt: skip
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            extra = f"  ({r['expiring']} expire on {r['expires']})" if r["expiring"] else ""
            print(f"{r['member']:>7}  {r['name']:<20} {r['balance']:>8}{extra}")
    return EXIT_OK


def _cmd_checkin(db: Database, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from core import checkins, tiers
    from core.models import Group

    try:
        text = sys.stdin.read() if str(args.names) == "-" else args.names.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"qunzhu: cannot read {args.names}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    with db.transaction() as conn:
        gid = None
        if args.group:
            gid = conn.execute(select(Group.id).where(Group.name == args.group)).scalar_one_or_none()
            if gid is None:
                print(f"qunzhu: there is no group named “{args.group}”.", file=sys.stderr)
                return EXIT_ERROR
        names = checkins.parse_names(text)
        found = checkins.match_names(conn, names, gid)
        ids = [mid for _n, mid in found.matched]
        result = checkins.bulk_check_in(conn, ids, args.date, gid)
        tiers.recompute(conn, member_ids=ids)
    out = {
        "names": len(names),
        "logged": result.logged,
        "already": result.already,
        "points": result.points,
        "unmatched": found.unmatched,
        "ambiguous": {name: [label for _m, label in who] for name, who in found.ambiguous},
    }
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(
            f"{len(names)} names: {result.logged} check-ins logged, {result.already} already checked in that day, "
            f"{result.points} points given."
        )
        if found.unmatched:
            print("Not found: " + "、".join(found.unmatched))
        for name, who in found.ambiguous:
            print(f"Several members are named “{name}” (not logged): " + "; ".join(label for _m, label in who))
    return EXIT_OK


def _cmd_tiers(db: Database, args: argparse.Namespace) -> int:
    from core import tiers

    with db.transaction() as conn:
        r = tiers.recompute(conn, args.as_of)
    if args.json:
        print(json.dumps({"promoted": r.promoted, "demoted": r.demoted, "waiting": r.waiting}))
    else:
        print(f"{r.promoted} promoted, {r.demoted} demoted, {r.waiting} below their tier within the grace period.")
    return EXIT_OK


COMMANDS = {
    "points": _cmd_points,
    "checkin": _cmd_checkin,
    "tiers": _cmd_tiers,
    "demo": _cmd_demo,
    "recall": _cmd_recall,
    "stats": _cmd_stats,
    "import": _cmd_import,
    "export": _cmd_export,
    "tags": _cmd_tags,
    "plan": _cmd_plan,
    "metrics": _cmd_metrics,
    "report": _cmd_report,
    "card": _cmd_card,
    "nps": _cmd_nps,
}
# These work on the file itself: they must not open (and so migrate) a database they are about to copy,
# replace or examine, and must work on one that cannot be opened.
FILE_COMMANDS = {"backup": _cmd_backup, "restore": _cmd_restore, "check": _cmd_check}


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse arguments; bad arguments print usage and exit with code 2 (argparse's convention)."""
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Run a headless command; returns the process exit code."""
    logs.setup()
    if args.command in FILE_COMMANDS:
        db_path = (Path(args.db) if args.db else paths.default_db_path()).expanduser().resolve()
        return _guard(lambda: FILE_COMMANDS[args.command](db_path, args), db_path)
    try:
        db = open_database(args.db)
    except DatabaseError as exc:
        print(f"qunzhu: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        return _guard(lambda: COMMANDS[args.command](db, args), db.path)
    finally:
        db.close()


def _report_errors() -> tuple[type[Exception], ...]:
    from core.growth_card import CardError
    from core.metrics import PeriodError
    from core.nps import NpsError
    from core.report import ReportError

    return (PeriodError, ReportError, CardError, NpsError)


def _guard(fn, db_path: Path) -> int:
    """Run a command; errors the user can act on become one clear line and exit code 1."""
    try:
        return fn()
    except (*USER_ERRORS, *_report_errors(), MemberNotFound, PointsError, CheckinError, TierError) as exc:
        print(f"qunzhu: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("qunzhu: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except Exception as exc:
        friendly = friendly_error(exc, db_path)
        if friendly is None:
            raise
        log.error("command failed: %s", exc)
        print(f"qunzhu: {friendly}", file=sys.stderr)
        return EXIT_ERROR
