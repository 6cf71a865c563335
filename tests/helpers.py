"""Helpers shared by the data-safety tests: copies of the demo database, damage, and row fingerprints."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core import db as dbmod


def copy_of(source: Path, target: Path) -> Path:
    """A private copy of a (read-only) fixture database, made the safe way."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dbmod.copy_database(source, target)
    return target


def corrupt(path: Path, pages: tuple[int, ...] = (20, 21, 22, 40), page_size: int = 4096) -> None:
    """Overwrite whole pages in the middle of a database with garbage, as a failing disk or sync tool would."""
    with path.open("r+b") as fh:
        for page in pages:
            fh.seek(page * page_size)
            fh.write(b"\xa5" * page_size)


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def member_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM member").fetchone()[0]
    finally:
        conn.close()
