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
from pathlib import Path

from core import backup as backup_mod
from core import check as check_mod
from core import demo as demo_mod
from core import logs, paths, recovery
from core import recall as recall_mod
from core import stats as stats_mod
from core.cli_args import build_parser, parse  # noqa: F401  (the parser is light: main.py reads it first)
from core.db import Database, DatabaseError, friendly_error, open_database
from core.errors import UserError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
log = logging.getLogger(__name__)
CHAT_JSON_KEYS = ("messages", "events", "members_created", "aliases_matched", "joins", "leaves", "duplicates_skipped")


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


class MemberNotFound(UserError):
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
    except UserError as exc:  # an error the user can act on (core.errors): one clear line, exit code 1
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
