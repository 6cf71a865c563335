"""Kill -9 stress: start a large write, kill the process at a random moment, check nothing was half-written.

    uv run python tests/stress/kill_stress.py                     # 30 rounds of each kind (a few minutes)
    uv run python tests/stress/kill_stress.py --rounds 200 --seed 7 --members 20000
    uv run python tests/stress/kill_stress.py --kinds backup --rounds 50

Three kinds of work are killed (SIGKILL on POSIX, TerminateProcess on Windows: no clean-up code runs):

- ``demo``: ``main.py demo`` filling a new database (one transaction of members, events, content …);
- ``bulk``: one transaction that edits every member and inserts 200,000 events into an existing database;
- ``backup``: ``main.py backup`` of an existing database.

After each kill: ``check`` must pass (integrity, references), and the counts must be exactly the state before or
the state after the work, never in between; no backup may be left that is not a complete, sound copy. Exit code
0 when every round passed; the seed is printed so a failure can be repeated. ``tests/core/test_kill_stress.py``
runs a few rounds of this in the test suite.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core import backup  # noqa: E402
from core import db as dbmod  # noqa: E402
from core.check import check_database  # noqa: E402

BULK_EVENTS = 200_000
KINDS = ("demo", "bulk", "backup")


@dataclass
class Round:
    kind: str
    killed_after: float
    finished: bool  # the work ended before the kill
    outcome: str  # "before", "after" or a description of what was wrong
    mid_write: bool = False  # the kill came while the work was writing (a -wal or .partial file was growing)


def _counts(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(path)
    try:
        members = conn.execute("SELECT COUNT(*) FROM member").fetchone()[0]
        events = conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
        marked = conn.execute("SELECT COUNT(*) FROM member WHERE notes = 'bulk-edit'").fetchone()[0]
        return members, events, marked
    finally:
        conn.close()


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _growing(db: Path) -> int:
    """Bytes written so far by a transaction or a backup in progress (its -wal or .partial files)."""
    total = 0
    candidates = [Path(str(db) + "-wal"), *db.parent.glob("backups/*.partial")]
    for p in candidates:
        try:
            total += p.stat().st_size
        except OSError:
            pass
    return total


def kill(proc: subprocess.Popen, db: Path, delay: float, written: int | None = None) -> tuple[bool, bool, float]:
    """Kill ``proc`` after ``delay`` seconds, or as soon as ``written`` bytes are being written if given.

    Returns (it had finished by itself, the kill came mid-write, seconds until the kill).
    """
    started = time.monotonic()
    while time.monotonic() - started < delay:
        if proc.poll() is not None:
            return True, False, time.monotonic() - started
        if written is not None and _growing(db) >= written:
            break
        time.sleep(0.005)
    mid = _growing(db) > 0
    proc.kill()
    proc.wait()
    return False, mid, time.monotonic() - started


def make_base(path: Path, members: int) -> None:
    """An existing database for the bulk and backup rounds."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path), "demo", "--members", str(members), "--seed", "3"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr)


def bulk_child(path: str) -> None:
    """The bulk write killed in the ``bulk`` rounds: one transaction (run as ``kill_stress.py bulk-child DB``)."""
    from datetime import datetime, timedelta

    from sqlalchemy import text

    from core.models import Event

    database = dbmod.open_database(path)
    start = datetime(2026, 1, 1)
    rows = [(1 + i % 50, 1, start + timedelta(seconds=i)) for i in range(BULK_EVENTS)]
    with database.transaction() as conn:
        conn.execute(text("UPDATE member SET notes = 'bulk-edit'"))
        for i in range(0, len(rows), 20_000):
            dbmod.bulk_insert(
                conn, Event.__table__, ("member_id", "group_id", "ts"), rows[i : i + 20_000], {"kind": "message"}
            )
    database.close()


def run_round(
    kind: str, work: Path, rng: random.Random, members: int, base: Path | None, written: int | None = None
) -> Round:
    """One round: start ``kind`` of work, kill it (at a random moment, or once ``written`` bytes are in flight)."""
    work.mkdir(parents=True, exist_ok=True)
    main = str(ROOT / "main.py")
    if kind == "demo":
        db = work / "demo.sqlite3"
        dbmod.open_database(db).close()  # an empty, migrated database: "before" is 0 members
        before = (0, 0, 0)
        proc = _start([main, "--db", str(db), "demo", "--members", str(members), "--seed", "5"])
    else:
        db = work / f"{kind}.sqlite3"
        dbmod.copy_database(base, db)
        dbmod.open_database(db).close()
        before = _counts(db)
        if kind == "bulk":
            proc = _start([str(Path(__file__).resolve()), "bulk-child", str(db)])
        else:
            proc = _start([main, "--db", str(db), "backup"])
    delay = 60.0 if written is not None else rng.uniform(0.2, 10.0)
    finished, mid, delay = kill(proc, db, delay, written)
    report = check_database(db)
    if not report.ok:
        return Round(kind, delay, finished, "check failed: " + "; ".join(report.problems), mid)
    now = _counts(db)
    if kind == "demo":
        ok = now == before or (now[0] == members and now[1] > 0)
        state = "before" if now == before else "after"
    elif kind == "bulk":
        after = (before[0], before[1] + BULK_EVENTS, before[0])
        ok, state = now in (before, after), "before" if now == before else "after"
    else:
        ok, state = now == before, "before"
        for info in backup.list_backups(db):
            details = backup.describe(info.path, check=True)
            if not details.ok or details.members != before[0]:
                return Round(kind, delay, finished, f"bad backup left: {info.path.name} {details.problems[:1]}", mid)
        state = "after" if backup.list_backups(db) else "before"
    return Round(kind, delay, finished, state if ok else f"counts {now} are neither {before} nor after", mid)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", default="run", help=argparse.SUPPRESS)
    parser.add_argument("db", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("--rounds", type=int, default=30, help="rounds of each kind (default 30)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: demo,bulk,backup")
    parser.add_argument("--members", type=int, default=5000, help="members in the demo rounds (default 5000)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock)")
    parser.add_argument("--work", type=Path, default=None, help="work folder (default: a temporary one)")
    args = parser.parse_args(argv)
    if args.command == "bulk-child":
        bulk_child(args.db)
        return 0
    import tempfile

    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    kinds = [k for k in args.kinds.split(",") if k]
    print(f"kill -9 stress: seed {seed}, {args.rounds} round(s) of {', '.join(kinds)}", flush=True)
    with tempfile.TemporaryDirectory(prefix="qunzhu-stress-") as tmp:
        work = args.work or Path(tmp)
        base = work / "base.sqlite3"
        if {"bulk", "backup"} & set(kinds):
            make_base(base, max(args.members, 2000))
        failures = 0
        for i in range(args.rounds):
            for kind in kinds:
                # half the rounds kill at a random moment, half once some data is being written
                written = rng.choice((None, rng.randrange(4096, 4_000_000)))
                r = run_round(kind, work / f"{kind}-{i}", rng, args.members, base, written)
                bad = r.outcome not in ("before", "after")
                failures += bad
                print(
                    f"{'FAIL' if bad else 'ok  '} {kind:<6} round {i + 1:>3}: killed after {r.killed_after:.2f} s"
                    f"{' (had finished)' if r.finished else ''}{' mid-write' if r.mid_write else ''} -> {r.outcome}",
                    flush=True,
                )
    print(f"{failures} failure(s); seed {seed}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
