"""Alembic environment for Qunzhu: run programmatically by ``core.db.open_database``.

SQLite cannot ALTER most things, so migrations use batch mode (copy-and-move tables). Foreign keys are
switched off while tables are rebuilt (otherwise a rebuild could cascade deletes) and checked after.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import core.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from core import db as dbmod

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        raise RuntimeError("core.db.open_database passes the engine; run migrations through it")
    with engine.connect() as connection:
        is_sqlite = connection.dialect.name == "sqlite"
        if is_sqlite:
            connection.commit()
            dbmod.set_foreign_keys(connection, False)
        try:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=True,
                compare_type=True,
                # SQLite's DDL is transactional here (core.db emits BEGIN itself): the whole upgrade is one
                # transaction. Alembic assumes otherwise for SQLite and would commit after every migration.
                transactional_ddl=True,
            )
            # configure() may already have begun a transaction (SQLAlchemy autobegin), in which case
            # begin_transaction() does not own it and would not roll it back: commit or roll back here, so a
            # failure in any migration of a multi-step upgrade leaves none of them applied.
            with context.begin_transaction():
                context.run_migrations()
                if is_sqlite:
                    problems = dbmod.foreign_key_problems(connection)
                    if problems:
                        raise dbmod.DatabaseError(
                            f"Migration left {len(problems)} broken references (first: {problems[0]}); "
                            "it was rolled back."
                        )
            if connection.in_transaction():
                connection.commit()
        except BaseException:
            if connection.in_transaction():
                connection.rollback()
            raise
        finally:
            if is_sqlite:
                dbmod.set_foreign_keys(connection, True)


if context.is_offline_mode():
    raise RuntimeError("Qunzhu runs migrations online only")
run_migrations_online()
