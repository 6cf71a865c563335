"""recall state: recall_state, recall_state_info, recall_dirty and their triggers

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-22 11:20:00.000000

The materialised default recall list (see ``core.recall_state``). Three new tables, empty until the first recall
list is computed, and triggers on ``event``, ``points_entry``, ``member`` and ``chat_group`` that mark the members
whose segments an update or delete may change (``core.db.RECALL_TRIGGERS``; SQLite only). Nothing is dropped.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

from core import db as dbmod

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('recall_state',
    sa.Column('member_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('mask', sa.Integer(), nullable=False),
    sa.Column('last_msg', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('member_id'),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('recall_state', schema=None) as batch_op:
        batch_op.create_index('ix_recall_state_mask', ['mask'], unique=False)
        batch_op.create_index('ix_recall_state_last_msg', ['last_msg', 'mask'], unique=False)

    op.create_table('recall_state_info',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('fingerprint', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('event_mark', sa.Integer(), nullable=False),
    sa.Column('points_mark', sa.Integer(), nullable=False),
    sa.Column('member_mark', sa.Integer(), nullable=False),
    sa.Column('stale', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('recall_dirty',
    sa.Column('member_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.PrimaryKeyConstraint('member_id'),
    sqlite_with_rowid=False
    )
    dbmod.create_recall_triggers(op.get_bind())


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':
        for name in dbmod.RECALL_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('recall_dirty')
    op.drop_table('recall_state_info')
    op.drop_table('recall_state')
