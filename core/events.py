"""Helpers for queries over the events table.

``event`` has two secondary indexes, (member_id, kind, ts) and (group_id, kind, ts). A query for one kind in a
period across all groups must say so with ``any_group()``: SQLite then searches the group index once per group
(a "multi-index OR") instead of scanning two million rows.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select

from core.models import Event, Group


def any_group() -> ColumnElement[bool]:
    return or_(Event.group_id.in_(select(Group.id)), Event.group_id.is_(None))
