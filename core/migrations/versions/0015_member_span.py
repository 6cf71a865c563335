"""membership summary for the dashboard: member_span, member_span_dirty and the triggers that keep it

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-22 11:05:00.000000

Creates the summary of the memberships (see ``core.activity``: one row per member and group, and per member for
all groups) and fills it from the memberships already stored; nothing is dropped or changed. Triggers on
``membership`` note every member whose stays change afterwards. The filling SQL is written out here (not imported
from ``core.activity``) so that this step keeps doing the same thing whatever later versions of the code do.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

from core import db as dbmod

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

_FILL = """
INSERT INTO member_span (member_id, group_id, j0, l1, g0, g1, hard)
SELECT member_id, gid, SUBSTR(MIN(j), 1, 10), SUBSTR(MAX(lv), 1, 10),
       CASE WHEN COUNT(*) = 2 AND MIN(lv) < MAX(j) THEN SUBSTR(MIN(lv), 1, 10) END,
       CASE WHEN COUNT(*) = 2 AND MIN(lv) < MAX(j) THEN SUBSTR(MAX(j), 1, 10) END,
       CASE WHEN COUNT(*) > 2 OR MAX(bad) = 1 THEN 1 ELSE 0 END
FROM (
    SELECT member_id, group_id AS gid, COALESCE(joined_at, '') AS j, COALESCE(left_at, '9999-12-31') AS lv,
           CASE WHEN left_at < joined_at THEN 1 ELSE 0 END AS bad
    FROM membership
    UNION ALL
    SELECT member_id, 0, COALESCE(joined_at, ''), COALESCE(left_at, '9999-12-31'),
           CASE WHEN left_at < joined_at THEN 1 ELSE 0 END
    FROM membership
) AS stays
GROUP BY member_id, gid
"""


def upgrade() -> None:
    op.create_table('member_span',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('j0', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('l1', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('g0', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('g1', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('hard', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('member_id', 'group_id'),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('member_span', schema=None) as batch_op:
        batch_op.create_index('ix_member_span_cells', ['group_id', 'hard', 'j0', 'l1', 'g0', 'g1'], unique=False)
    op.create_table('member_span_dirty',
    sa.Column('member_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.PrimaryKeyConstraint('member_id')
    )
    conn = op.get_bind()
    conn.execute(sa.text(_FILL))
    dbmod.create_span_triggers(conn)


def downgrade() -> None:
    dbmod.drop_span_triggers(op.get_bind())
    op.drop_table('member_span_dirty')
    with op.batch_alter_table('member_span', schema=None) as batch_op:
        batch_op.drop_index('ix_member_span_cells')
    op.drop_table('member_span')
