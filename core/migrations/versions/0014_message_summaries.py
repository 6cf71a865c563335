"""message summaries for the dashboard: member_week, hour_stat, summary_state

Revision ID: 0014
Revises: 0011
Create Date: 2026-11-22 08:30:00.000000

Creates the two summaries of the message events (see ``core.activity``) and fills them from the events already
stored; nothing is dropped or changed. The counting SQL is written out here (not imported from ``core.activity``)
so that this step keeps doing the same thing whatever later versions of the code do.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

from core import db as dbmod

revision = '0014'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('member_week',
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('messages', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('week_start', 'member_id', 'group_id'),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('member_week', schema=None) as batch_op:
        batch_op.create_index('ix_member_week_member', ['member_id'], unique=False)

    op.create_table('hour_stat',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('hour', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('messages', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'hour', 'group_id'),
    sqlite_with_rowid=False
    )
    op.create_table('summary_state',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('last_event_id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )

    # Fill both from the events already stored (one pass each; a few seconds for two million events).
    conn = op.get_bind()
    dialect = conn.dialect.name
    last = conn.execute(sa.text("SELECT COALESCE(MAX(id), 0) FROM event")).scalar_one()
    where = "e.kind = 'message' AND e.member_id IS NOT NULL AND e.id <= :last"
    week = dbmod.week_start("e.ts", dialect)
    day, hour = dbmod.day_of("e.ts", dialect), dbmod.hour_of("e.ts", dialect)
    conn.execute(
        sa.text(
            "INSERT INTO member_week (week_start, member_id, group_id, messages) "
            f"SELECT {week}, e.member_id, COALESCE(e.group_id, 0), COUNT(*) FROM event e WHERE {where} "
            "GROUP BY 1, 2, 3"
        ),
        {"last": last},
    )
    conn.execute(
        sa.text(
            "INSERT INTO hour_stat (day, hour, group_id, messages) "
            f"SELECT {day}, {hour}, COALESCE(e.group_id, 0), COUNT(*) FROM event e WHERE {where} GROUP BY 1, 2, 3"
        ),
        {"last": last},
    )
    conn.execute(
        sa.text("INSERT INTO summary_state (name, last_event_id) VALUES ('messages', :last)"), {"last": last}
    )


def downgrade() -> None:
    op.drop_table('summary_state')
    op.drop_table('hour_stat')
    with op.batch_alter_table('member_week', schema=None) as batch_op:
        batch_op.drop_index('ix_member_week_member')

    op.drop_table('member_week')
