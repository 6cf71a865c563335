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
from core.db import Database, DatabaseError, friendly_error, open_database
from core.importers import CHAT_FORMATS
from core.importers.base import ImportError_
from core.points import PointsError
from core.tiers import TierError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
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
    p = isub.add_parser("list", help="the import history")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p = isub.add_parser("undo", help="take one import back out (its events, new members and changes)")
    p.add_argument("batch_id", type=_positive_int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print the result as JSON")

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
    if args.import_command == "list":
        items = batches.list_batches(db)
        if args.json:
            print(json.dumps([b.as_dict() for b in items], ensure_ascii=False))
        elif not items:
            print("No imports yet.")
        else:
            for b in items:
                state = f"undone {b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else ""
                counts = b.summary.get("messages", b.summary.get("orders", ""))
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


def _guard(fn, db_path: Path) -> int:
    """Run a command; errors the user can act on become one clear line and exit code 1."""
    try:
        return fn()
    except (DatabaseError, demo_mod.DemoError, recall_mod.RecallError, ImportError_, MemberNotFound) as exc:
        print(f"qunzhu: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except (PointsError, CheckinError, TierError) as exc:
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
