"""import detail and undo: message kind, length, dedupe key and text on events; who created what; change log

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 03:10:00

Adds nullable columns only and the new ``import_change`` table; the four tables that get a foreign key
(member, membership, member_alias, import_batch) are copied by batch mode. No data is changed.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _add_reference(table: str, column: str, target: str) -> None:
    # SQLite cannot add a table-level foreign key in place: batch mode copies the table (with foreign keys
    # off, see env.py). An inline REFERENCES would be cheaper but SQLAlchemy does not reflect its ON DELETE.
    with op.batch_alter_table(table, recreate="always") as batch_op:
        batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))
        # batch mode wants a name for a new constraint
        batch_op.create_foreign_key(f"fk_{table}_{column}", target, [column], ["id"], ondelete="SET NULL")


def upgrade() -> None:
    op.create_table(
        "import_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("column_name", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("old_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("new_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batch.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_import_change_batch", "import_change", ["batch_id"], unique=False)
    op.add_column("event", sa.Column("subtype", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column("event", sa.Column("length", sa.Integer(), nullable=True))
    op.add_column("event", sa.Column("dedupe_key", sa.BigInteger(), nullable=True))
    op.add_column("event", sa.Column("body", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column("import_batch", sa.Column("format", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    _add_reference("import_batch", "group_id", "chat_group")
    _add_reference("member", "batch_id", "import_batch")
    _add_reference("member_alias", "batch_id", "import_batch")
    _add_reference("membership", "batch_id", "import_batch")


def downgrade() -> None:
    for table, column in (
        ("membership", "batch_id"),
        ("member_alias", "batch_id"),
        ("member", "batch_id"),
        ("import_batch", "group_id"),
    ):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint(f"fk_{table}_{column}", type_="foreignkey")
            batch_op.drop_column(column)
    with op.batch_alter_table("import_batch") as batch_op:
        batch_op.drop_column("format")
    with op.batch_alter_table("event") as batch_op:
        for column in ("body", "dedupe_key", "length", "subtype"):
            batch_op.drop_column(column)
    op.drop_index("ix_import_change_batch", table_name="import_change")
    op.drop_table("import_change")
