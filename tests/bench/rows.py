"""The benchmark rows. Each takes the ``Context`` and returns ``Row`` objects (see ``tests/bench/__main__.py``).

Rows are added here as features land (docs/performance.md lists the ones still missing and why).
"""

from __future__ import annotations

import platform
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tests.bench.__main__ import Row, measure

TODAY = date(2026, 11, 22)  # the demo is generated "as of" this day, so every run sees the same community
SEED = 7


@dataclass
class Context:
    members: int
    repeat: int
    db_path: Path
    built_in_s: float | None = None  # set when this run had to generate the demo
    events: int = 0
    extra: dict = field(default_factory=dict)

    @classmethod
    def prepare(cls, quick: bool, repeat: int) -> Context:
        from core import db as dbmod
        from core import paths
        from core.demo import generate_demo

        members = 10_000 if quick else 100_000
        folder = paths.cache_dir() / "bench"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"demo-{members}-seed{SEED}-{dbmod.head_revision()}.sqlite3"
        built = None
        if not path.exists():
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}.partial{suffix}").unlink(missing_ok=True)
            partial = Path(f"{path}.partial")
            started = time.perf_counter()
            database = dbmod.open_database(partial)
            generate_demo(database, members=members, seed=SEED, today=TODAY)
            database.close()
            built = time.perf_counter() - started
            partial.rename(path)
        with sqlite3.connect(path) as conn:
            events = conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
        return cls(members=members, repeat=repeat, db_path=path, built_in_s=built, events=events)

    def describe(self) -> str:
        cpu = platform.processor() or platform.machine()
        import os

        return (
            f"Qunzhu benchmark — {self.members:,} members, {self.events:,} events; "
            f"{os.cpu_count()} CPU(s) {cpu}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
        )

    def open(self):
        from core.db import open_database

        return open_database(self.db_path)


def demo_build(ctx: Context) -> list[Row]:
    if ctx.built_in_s is None:
        return []  # the cached database was used; delete it from the cache folder to time a fresh build
    target = 60.0 if ctx.members >= 100_000 else 6.0
    return [Row("demo_build", ctx.built_in_s, None, f"< {target:.0f} s", ctx.built_in_s < target, "measured once")]


def recall_rows(ctx: Context) -> list[Row]:
    """Our full recall list vs one SQL query for the same segments, and vs an analyst's pandas version."""
    from core import recall
    from core.settings import get_thresholds

    db = ctx.open()
    try:
        with db.session() as s:
            recall.ensure_default_templates(s)
            t = get_thresholds(s)
            query = recall._build(s, TODAY, None, t)
            priority = [x for x in recall.get_priority(s) if x in recall.DEFAULT_SEGMENTS]

        def ours() -> None:
            with db.session() as s:
                recall.compute(s, TODAY)

        flags = ", ".join(f"f_{x}" for x in priority)
        from sqlalchemy import text

        from core.db import driver_sql

        where = " OR ".join(f"f_{x} = 1" for x in priority)
        with db.engine.connect() as conn:
            sql, params = driver_sql(
                conn, text(f"{query.sql} SELECT id, {flags} FROM flagged WHERE {where}").bindparams(**query.params)
            )
        raw = sqlite3.connect(ctx.db_path)

        def floor() -> None:
            raw.execute(sql, params).fetchall()

        median = measure(ours, ctx.repeat)
        floor_s = measure(floor, ctx.repeat)
        rows = [
            Row(
                "recall",
                median,
                floor_s,
                "≤ 1.5× and ≤ 300 ms",
                median <= 1.5 * floor_s and median <= 0.3,
                "floor: the segment SQL alone, run by sqlite3 (measures our overhead, not the SQL design)",
            )
        ]
        peer = _pandas_peer(ctx, t)
        if peer is not None:
            peer_s = measure(peer, max(1, ctx.repeat // 3), warmup=0)
            rows.append(
                Row(
                    "recall_vs_pandas",
                    median,
                    peer_s,
                    "faster than the peer (< 1×)",
                    median < peer_s,
                    "peer: load events into pandas, groupby per member, same rules",
                )
            )
        raw.close()
        return rows
    finally:
        db.close()


def _pandas_peer(ctx: Context, t: dict):
    """The same core segments the way an analyst would: read the events into pandas and group by member."""
    try:
        import pandas as pd
    except ImportError:
        return None
    from datetime import datetime, timedelta

    as_of = datetime.combine(TODAY, datetime.min.time())
    end = as_of + timedelta(days=1)

    def run() -> None:
        conn = sqlite3.connect(ctx.db_path)
        events = pd.read_sql_query(
            "SELECT member_id, kind, ts FROM event WHERE member_id IS NOT NULL", conn, parse_dates=["ts"]
        )
        members = pd.read_sql_query(
            "SELECT id, joined_at, left_at, do_not_contact FROM member WHERE role = 'member' AND deleted_at IS NULL",
            conn,
            parse_dates=["joined_at", "left_at"],
        )
        conn.close()
        events = events[events.ts < end]
        msgs = events[events.kind == "message"].groupby("member_id").ts.agg(["max", "count"])
        week = events[(events.kind == "message") & (events.ts >= as_of - timedelta(days=6))].groupby("member_id").size()
        claims = (
            events[(events.kind == "perk-claim") & (events.ts >= as_of - timedelta(days=89))]
            .groupby("member_id")
            .size()
        )
        clicks = events[events.kind == "click"].groupby("member_id").ts.max()
        df = members.set_index("id").join(msgs).join(week.rename("week")).join(claims.rename("claims"))
        df = df.join(clicks.rename("last_click"))
        silent = (as_of - df["max"]).dt.days
        df["shallow"] = (df["count"] >= t["was_active_messages"]) & (silent > 7) & (silent <= t["shallow_churn_days"])
        df["deep"] = (df["count"] >= t["was_active_messages"]) & (silent >= t["deep_churn_days"])
        df["lurker"] = df["count"].fillna(0) <= t["lurker_max_messages"]
        df["freebie"] = df["claims"].fillna(0) >= t["freebie_min_claims"]
        df["warning"] = (as_of - df["last_click"]).dt.days.between(7, 30) & (df["max"] < df["last_click"])
        df[df[["shallow", "deep", "lurker", "freebie", "warning"]].any(axis=1)].sort_values("max", ascending=False)

    return run


def member_table_rows(ctx: Context) -> list[Row]:
    """Open, sort and search the member table through the real Qt model (offscreen); each ≤ 100 ms."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from ui.models.member_table import COLUMNS, MemberTableModel

    app = QApplication.instance() or QApplication([])
    db = ctx.open()
    try:
        view = QTableView()
        view.resize(1200, 800)
        view.show()
        last_active = next(i for i, c in enumerate(COLUMNS) if c[2] == "last_active")

        def open_table() -> None:
            model = MemberTableModel(db, TODAY)
            view.setModel(model)
            model.reload()
            app.processEvents()
            view.setModel(None)

        model = MemberTableModel(db, TODAY)
        view.setModel(model)
        model.reload()
        app.processEvents()
        state = {"desc": False}

        def sort() -> None:
            state["desc"] = not state["desc"]
            model.sort(last_active, Qt.SortOrder.DescendingOrder if state["desc"] else Qt.SortOrder.AscendingOrder)
            app.processEvents()

        words = ["妈", "小", "乐乐", "玥"]
        state["i"] = 0

        def search() -> None:
            state["i"] += 1
            model.set_search(words[state["i"] % len(words)])
            app.processEvents()

        rows = []
        for name, fn in (
            ("member_table_open", open_table),
            ("member_table_sort", sort),
            ("member_table_search", search),
        ):
            median = measure(fn, ctx.repeat)
            rows.append(Row(name, median, None, "≤ 100 ms", median <= 0.1))
        rows[-1].note = "Chinese substring over name, alias, WeChat ID, phone and notes; tag filter: issue 3"
        view.close()
        return rows
    finally:
        db.close()


def dashboard_rows(ctx: Context) -> list[Row]:
    """Compute and draw every dashboard chart; ≤ 1 s."""
    from PySide6.QtWidgets import QApplication

    from ui.pages import dashboard

    app = QApplication.instance() or QApplication([])
    db = ctx.open()
    try:
        page = dashboard.DashboardPage(db, today=TODAY)
        page.resize(1200, 900)
        page.show()

        def run() -> None:
            result = dashboard._load(lambda *_: None, db, TODAY)
            page._show(result)
            for chart in page.charts.values():  # every chart, also those scrolled out of view
                chart.canvas.draw()
            app.processEvents()

        median = measure(run, ctx.repeat)
        page.close()
        charts = len(page.charts)
        note = f"{charts} charts, key figures of this and the previous period, tier and post tables"
        return [Row("dashboard", median, None, "≤ 1 s", median <= 1.0, note)]
    finally:
        db.close()


def ui_stall(ctx: Context) -> list[Row]:
    """Longest gap between ticks of a 10 ms timer while long work runs through the app's background workers."""
    import tempfile

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from core.db import open_database
    from core.demo import generate_demo
    from ui import workers
    from ui.pages import dashboard

    app = QApplication.instance() or QApplication([])
    db = ctx.open()
    with tempfile.TemporaryDirectory() as tmp:
        target = open_database(Path(tmp) / "load.sqlite3")
        clock = QElapsedTimer()
        clock.start()
        gaps, last = [], [None]

        def tick() -> None:  # the gap since the previous tick (the first tick only starts the count)
            now = clock.elapsed()
            if last[0] is not None:
                gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(10)
        members = max(2000, ctx.members // 10)
        jobs = [
            workers.run_job("demo", lambda progress: generate_demo(target, members, 3, TODAY, progress)),
            workers.run_job("dashboard", lambda progress: dashboard._load(progress, db, TODAY)),
        ]
        while any(j.running for j in jobs):
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        target.close()
    db.close()
    worst = max(gaps) / 1000 if gaps else 0.0
    note = f"a {members:,}-member demo load and the dashboard queries in the background; 10 ms timer"
    return [Row("ui_stall", worst, 0.010, "≤ 100 ms", worst <= 0.1, note)]


def import_chat(ctx: Context) -> list[Row]:
    """1,000,000 WhatsApp-format messages (--quick: 100,000) through the real importer vs the same line regex +
    executemany into a plain table; each side in its own process, so its peak memory is its own."""
    import subprocess
    import sys
    import tempfile

    from tests.bench import bench_whatsapp_import as wa

    messages = 100_000 if ctx.members < 100_000 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "WhatsApp Chat with 万人群.txt"
        wa.make_file(path, messages)
        results = {}
        for side in ("floor", "ours"):
            out = subprocess.run(
                [sys.executable, wa.__file__, "--side", side, "--file", str(path), "--db", f"{tmp}/{side}.sqlite3"],
                capture_output=True,
                text=True,
                check=True,
            )
            seconds, peak_mb, cpu = (float(x) for x in out.stdout.split())
            results[side] = (seconds, peak_mb, cpu)
    ours_s, peak, ours_cpu = results["ours"]
    floor_s, _, floor_cpu = results["floor"]
    passed = ours_s <= 3 * floor_s and peak <= 500
    note = f"{messages:,} messages; CPU-time ratio {ours_cpu / floor_cpu:.2f}; peak memory {peak:.0f} MB (≤ 500)"
    return [Row("import_chat", ours_s, floor_s, "≤ 3× and ≤ 500 MB", passed, note)]


ROWS = {
    "demo_build": demo_build,
    "import_chat": import_chat,
    "recall": recall_rows,
    "member_table": member_table_rows,
    "dashboard": dashboard_rows,
    "ui_stall": ui_stall,
}
