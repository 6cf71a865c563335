"""Qunzhu's benchmark: the performance targets of PRODUCT.md as ratios against floors measured in the same run.

    uv run python -m tests.bench [--quick] [--only NAME ...] [--json FILE] [--repeat N]

It builds its own data with the demo generator (100,000 members and about 2 million events; ``--quick``: 10,000),
cached between runs in the cache folder, runs every row a few times after a warm-up, and prints a table. Exit 0
even when a row fails (it reports; it is not a test), 2 on an error. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass
class Row:
    name: str
    median_s: float
    floor_s: float | None
    target: str
    passed: bool
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.median_s / self.floor_s if self.floor_s else None

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "median_s": round(self.median_s, 4),
            "floor_s": round(self.floor_s, 4) if self.floor_s is not None else None,
            "ratio": round(self.ratio, 3) if self.ratio is not None else None,
            "target": self.target,
            "status": "PASS" if self.passed else "FAIL",
            "note": self.note,
        }


def measure(fn: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    """Median wall time of ``fn`` over ``repeat`` runs after ``warmup`` runs."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    from tests.bench import rows as bench_rows

    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10,000 members instead of 100,000 (for CI)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help=f"rows to run: {', '.join(bench_rows.ROWS)}")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the table as JSON")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per row after a warm-up (default 5)")
    args = parser.parse_args(argv)
    unknown = [n for n in args.only or [] if n not in bench_rows.ROWS]
    if unknown:
        parser.error(f"unknown row(s): {', '.join(unknown)}")
    try:
        ctx = bench_rows.Context.prepare(quick=args.quick, repeat=args.repeat)
        results: list[Row] = []
        for name, fn in bench_rows.ROWS.items():
            if args.only and name not in args.only:
                continue
            print(f"… {name}", file=sys.stderr, flush=True)
            results.extend(fn(ctx))
    except Exception:
        traceback.print_exc()
        return 2
    print(format_table(results, ctx))
    if args.json:
        args.json.write_text(json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def format_table(results: list[Row], ctx) -> str:
    head = f"{'name':<22} {'median':>9} {'floor':>9} {'ratio':>7}  {'target':<28} status"
    lines = [ctx.describe(), "", head, "-" * len(head)]
    for r in results:
        floor = f"{r.floor_s * 1000:8.1f}ms" if r.floor_s is not None else f"{'—':>10}"
        ratio = f"{r.ratio:6.2f}×" if r.ratio is not None else f"{'—':>7}"
        status = "PASS" if r.passed else "FAIL"
        lines.append(f"{r.name:<22} {r.median_s * 1000:8.1f}ms {floor} {ratio}  {r.target:<28} {status}")
        if r.note:
            lines.append(f"{'':<22} {r.note}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
