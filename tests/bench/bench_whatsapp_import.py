"""Benchmark: 1,000,000 WhatsApp-format messages imported vs the floor (same regex split + executemany).

    uv run python tests/bench/bench_whatsapp_import.py [--messages N]

Target (PRODUCT.md): import ≤ 3× the floor, peak memory ≤ 500 MB. Each side runs in its own process so
peak memory (ru_maxrss) is the import's own. Not collected by pytest (not named test_*).
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def make_file(path: Path, n: int, senders: int = 3000) -> None:
    rng = random.Random(4)
    names = [f"成员{i}号" if i % 3 else f"Member {i}" for i in range(senders)]
    words = ["好的", "谢谢", "今天团购几点开始？", "打卡 第3天", "https://shop.example.com/x", "<Media omitted>"]
    with path.open("w", encoding="utf-8") as fh:
        fh.write('01/01/2025, 08:00 - 群主 created group "万人群"\n')
        minute = 0
        for i in range(n):
            minute += rng.random() < 0.3
            d, rest = divmod(minute, 1440)
            day = 1 + d % 28
            month = 1 + (d // 28) % 12
            fh.write(f"{day:02d}/{month:02d}/2025, {rest // 60:02d}:{rest % 60:02d} - {rng.choice(names)}: ")
            fh.write(rng.choice(words))
            fh.write("\n" if i % 50 else "\nsecond line\n")


def floor(path: Path, db: Path) -> float:
    from core.importers.whatsapp import ANDROID

    start = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE m (ts TEXT, sender TEXT, text TEXT)")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            m = ANDROID.match(line)
            if m:
                d, t, rest = m.groups()
                sender, _, text = rest.partition(": ")
                rows.append((d + " " + t, sender, text))
                if len(rows) >= 20000:
                    conn.executemany("INSERT INTO m VALUES (?, ?, ?)", rows)
                    rows = []
    conn.executemany("INSERT INTO m VALUES (?, ?, ?)", rows)
    conn.commit()
    conn.close()
    return time.perf_counter() - start


def ours(path: Path, db: Path) -> float:
    from core.db import open_database
    from core.importers.pipeline import import_chat

    database = open_database(db)
    start = time.perf_counter()
    summary = import_chat(database, path)
    elapsed = time.perf_counter() - start
    database.close()
    print(f"  imported {summary.messages} messages, {summary.events} events", file=sys.stderr)
    return elapsed


def _peak_mb(usage) -> float:
    """This process's own peak memory. On Linux ``ru_maxrss`` keeps the high-water mark of the process image it
    was started from (it survives fork and exec): started by a benchmark that had just built the 100k demo in
    memory, the import reported that process's 573 MB instead of its own 212 MB. ``VmHWM`` starts anew at exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--side", choices=("floor", "ours"))
    parser.add_argument("--file")
    parser.add_argument("--db")
    args = parser.parse_args()
    if args.side:
        fn = floor if args.side == "floor" else ours
        before = resource.getrusage(resource.RUSAGE_SELF)
        seconds = fn(Path(args.file), Path(args.db))
        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu = usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime
        print(f"{seconds:.3f} {_peak_mb(usage):.0f} {cpu:.3f}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "WhatsApp Chat with 万人群.txt"
        make_file(path, args.messages)
        results = {}
        for side in ("floor", "ours"):
            out = subprocess.run(
                [sys.executable, __file__, "--side", side, "--file", str(path), "--db", f"{tmp}/{side}.sqlite3"],
                capture_output=True,
                text=True,
            )
            sys.stderr.write(out.stderr[-3000:])
            if out.returncode:
                return 1
            seconds, peak, cpu = (float(x) for x in out.stdout.split())
            results[side] = (seconds, peak, cpu)
            print(f"{side:5}: {seconds:6.2f} s wall, {cpu:6.2f} s CPU, peak {peak:5.0f} MB")
        ratio = results["ours"][0] / results["floor"][0]
        cpu_ratio = results["ours"][2] / results["floor"][2]
        print(
            f"ratio: {ratio:.2f} wall, {cpu_ratio:.2f} CPU (target ≤ 3; on a busy machine trust CPU), "
            f"peak memory {results['ours'][1]:.0f} MB (target ≤ 500)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
