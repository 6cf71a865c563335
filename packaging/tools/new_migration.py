"""Generate a new Alembic migration from the difference between core/models.py and the current head.

    uv run python packaging/tools/new_migration.py "add member birthday reminder"

Review the generated file in core/migrations/versions/ before committing: SQLite needs batch operations
(already rendered), and a migration must never drop user data.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from alembic import command  # noqa: E402

from core import db  # noqa: E402


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        engine = db.make_engine(Path(tmp) / "scratch.sqlite3")
        cfg = db.alembic_config(engine)
        command.upgrade(cfg, "head")
        command.revision(cfg, message=sys.argv[1], autogenerate=True)
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
