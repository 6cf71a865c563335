"""The command line's arguments: ``main.py [--db PATH] [COMMAND …]``.

Kept apart from ``core.cli`` and free of heavy imports: ``main.py`` parses the arguments before it knows whether
the desktop app (which must show its window quickly) or a command runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from core import __version__
from core.keys import CHAT_FORMATS, SEGMENTS


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
        f"Names: {', '.join(SEGMENTS)}",
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


def _mapping(text: str) -> dict[str, str]:
    mapping = {}
    for part in text.split(","):
        field, sep, column = part.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise argparse.ArgumentTypeError(f"expected FIELD=COLUMN pairs separated by commas, not {part!r}")
        mapping[field.strip()] = column.strip()
    return mapping


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse arguments; bad arguments print usage and exit with code 2 (argparse's convention)."""
    return build_parser().parse_args(argv)
