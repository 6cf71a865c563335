"""dashboard summaries: week_stat, week_stat_dirty and their triggers; span_cell; two partial indexes

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-22 14:20:00.000000

Four additions for the dashboard's first screen, nothing dropped or changed:
- ``week_stat``: ``member_week`` summed per week and group as a histogram of the members' message counts
  (``core.models.WeekStat``), filled here from ``member_week``; triggers on ``member_week`` note the weeks that
  change afterwards in ``week_stat_dirty`` (``core.db.create_week_triggers``; readers recount them).
- ``ix_event_purchase``: an index over the purchase events only (kind, member, time, amount, group; the kind too,
  or SQLite reads the rows): CLV and the days between orders read it instead of every purchase's row. Chat
  imports, which write no purchases, never write to it.
- ``span_cell``: ``member_span`` counted per distinct cell (first join, last leave, gap; ``hard`` 0), kept with
  ``member_span`` by ``core.activity``: presence counts read a few thousand rows instead of grouping every member.
- ``ix_member_not_counted``: the few members the figures leave out (owner, staff, the trash), a partial index, so
  a dashboard load does not scan every member to find them.
The filling SQL is written out here (not imported from ``core.activity``) so that this step keeps doing the same
thing whatever later versions of the code do.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

from core import db as dbmod

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

_FILL = """
INSERT INTO week_stat (week_start, group_id, n, members, messages)
SELECT week_start, group_id, CASE WHEN messages >= 100 THEN 100 ELSE messages END, COUNT(*), SUM(messages)
FROM member_week
GROUP BY week_start, group_id, CASE WHEN messages >= 100 THEN 100 ELSE messages END
"""
_FILL_ALL = """
INSERT INTO week_stat (week_start, group_id, n, members, messages)
SELECT week_start, -1, CASE WHEN t >= 100 THEN 100 ELSE t END, COUNT(*), SUM(t)
FROM (SELECT week_start, member_id, SUM(messages) AS t FROM member_week GROUP BY week_start, member_id) AS per_member
GROUP BY week_start, CASE WHEN t >= 100 THEN 100 ELSE t END
"""

_FILL_CELLS = """
INSERT INTO span_cell (group_id, j0, l1, g0, g1, members)
SELECT group_id, j0, l1, COALESCE(g0, ''), COALESCE(g1, ''), COUNT(*) FROM member_span
WHERE hard = 0
GROUP BY group_id, j0, l1, COALESCE(g0, ''), COALESCE(g1, '')
"""


def upgrade() -> None:
    op.create_table('week_stat',
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('members', sa.Integer(), nullable=False),
    sa.Column('messages', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('week_start', 'group_id', 'n'),
    sqlite_with_rowid=False
    )
    op.create_table('span_cell',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('j0', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('l1', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('g0', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('g1', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('members', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('group_id', 'j0', 'l1', 'g0', 'g1'),
    sqlite_with_rowid=False
    )
    op.create_table('week_stat_dirty',
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('week_start')
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index('ix_event_purchase', ['kind', 'member_id', 'ts', 'amount', 'group_id'], unique=False,
                              sqlite_where=sa.text("kind = 'purchase'"))
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index('ix_member_not_counted', ['id'], unique=False,
                              sqlite_where=sa.text("role != 'member' OR deleted_at IS NOT NULL"))
    conn = op.get_bind()
    conn.execute(sa.text(_FILL))
    conn.execute(sa.text(_FILL_ALL))
    conn.execute(sa.text(_FILL_CELLS))
    dbmod.create_week_triggers(conn)


def downgrade() -> None:
    dbmod.drop_week_triggers(op.get_bind())
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('ix_member_not_counted', sqlite_where=sa.text("role != 'member' OR deleted_at IS NOT NULL"))
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_purchase', sqlite_where=sa.text("kind = 'purchase'"))
    op.drop_table('week_stat_dirty')
    op.drop_table('span_cell')
    op.drop_table('week_stat')
