"""drop the (kind, ts) and batch_id indexes of event

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 03:00:00

Period queries over all groups use ix_event_group_kind_ts (``group_id IN (...)``), and undoing an import
scans events by batch_id once; the two indexes only slowed every imported row. No data is touched.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_event_kind_ts", table_name="event")
    op.drop_index("ix_event_batch", table_name="event")


def downgrade() -> None:
    op.create_index("ix_event_batch", "event", ["batch_id"], unique=False)
    op.create_index("ix_event_kind_ts", "event", ["kind", "ts"], unique=False)
