"""``main.py check``: is a database sound? Integrity, references, schema revision and counts, read-only."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import func, inspect, select
from sqlmodel import SQLModel

import core.models  # noqa: F401  (registers every table on SQLModel.metadata)
from core import db as dbmod


@dataclass
class CheckReport:
    path: str
    integrity: list[str] = field(default_factory=list)  # integrity_check findings; empty when sound
    foreign_keys: list[str] = field(default_factory=list)  # broken references
    schema_revision: str | None = None
    head_revision: str = ""
    schema: str = "unknown"  # current, older (upgraded when opened), newer (refused), none (empty), unknown
    counts: dict[str, int] = field(default_factory=dict)  # rows per table; members/content/calendar in trash
    problems: list[str] = field(default_factory=list)  # what made the check fail, in words

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return asdict(self) | {"ok": self.ok}


TRASH_TABLES = ("member", "content_item", "plan_entry")


def check_database(path: Path) -> CheckReport:
    """Check the database at ``path`` without changing it. Never raises for a damaged or foreign file."""
    path = Path(path).expanduser().resolve()
    report = CheckReport(path=str(path), head_revision=dbmod.head_revision())
    if not path.exists():
        report.problems.append(f"There is no database at {path}.")
        return report
    report.integrity = dbmod.integrity_problems(path)
    if report.integrity:
        report.problems.append(f"integrity_check failed: {report.integrity[0]}")
        if not dbmod.is_sqlite_file(path) or report.integrity[0].startswith("cannot be read"):
            return report
    if path.stat().st_size == 0:
        report.schema = "none"
        return report
    engine = dbmod.readonly_engine(path)
    try:
        with engine.connect() as conn:
            report.foreign_keys = [
                f"{table} row {rowid} refers to a missing {parent}"
                for table, rowid, parent, _fk in dbmod.foreign_key_problems(conn)
            ]
            if report.foreign_keys:
                report.problems.append(f"{len(report.foreign_keys)} broken reference(s): {report.foreign_keys[0]}")
            report.schema_revision = dbmod.current_revision(conn)
            report.schema = _schema_status(report.schema_revision, report.head_revision)
            if report.schema == "newer":
                report.problems.append(
                    f"The schema {report.schema_revision} was made by a newer Qunzhu; this version cannot open it."
                )
            names = set(inspect(conn).get_table_names())
            if report.schema_revision is None and "member" not in names and names:
                report.problems.append("This SQLite database was not made by Qunzhu.")
            for table in SQLModel.metadata.sorted_tables:
                if table.name not in names:
                    continue
                report.counts[table.name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                if table.name in TRASH_TABLES:
                    trash = select(func.count()).select_from(table).where(table.c.deleted_at.is_not(None))
                    report.counts[f"{table.name}_in_trash"] = int(conn.execute(trash).scalar_one())
    except Exception as error:  # a damaged file: reported, never raised
        report.problems.append(f"The database cannot be read: {dbmod.error_text(error)}")
    finally:
        engine.dispose()
    return report


def _schema_status(revision: str | None, head: str) -> str:
    if revision is None:
        return "none"
    if revision == head:
        return "current"
    if revision in dbmod.known_revisions():
        return "older"
    return "newer"
