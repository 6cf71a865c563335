"""Matching parsed member rows to members and writing them in chunks (part of ``core.importers.members``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, func, select, update

from core import db as dbmod
from core.custom_fields import FieldDef
from core.importers.member_cells import MEMBER_COLUMNS, _RowError, _typed, phone_key
from core.models import (
    Group,
    ImportChange,
    Member,
    MemberFieldValue,
    Membership,
    MemberTag,
    Tag,
    TagDimension,
)

if TYPE_CHECKING:
    from core.importers.members import ImportOptions, ImportSummary

DEFAULT_TAG_DIMENSION = "导入标签"
CHUNK = 5000
DROP_INDEXES_FROM = 20_000  # rows in the file (and no fewer than the members already there)


class _Writer:
    """Matches parsed rows to members and writes them in chunks, inside the import's transaction."""

    def __init__(
        self,
        conn: Connection,
        batch_id: int,
        options: ImportOptions,
        summary: ImportSummary,
        member_cols: list[str],
        custom: dict[str, FieldDef],
        extra_targets: set[str],
        rows_expected: Callable[[], float] | None = None,
    ) -> None:
        self.conn = conn
        self.batch_id = batch_id
        self.options = options
        self.summary = summary
        self.member_cols = member_cols  # member columns the file maps
        self.custom = custom  # column → field
        self.has_extras = bool(custom) or bool({"tags", "group"} & set(extra_targets))
        self.now = datetime.now().replace(microsecond=0)
        self.by_wechat: dict[str, int] = {}
        self.by_phone: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        self.keys_of: dict[int, tuple] = {}
        for mid, wx, phone, name in dbmod.driver_rows(
            conn,
            select(Member.id, Member.wechat_id, Member.phone, Member.display_name).where(Member.deleted_at.is_(None)),
        ):
            if wx:
                self.by_wechat.setdefault(wx, mid)
            p = phone_key(phone) if phone else None
            if p:
                self.by_phone.setdefault(p, mid)
            self.by_name.setdefault(name, []).append(mid)
            self.keys_of[mid] = (wx, p)
        self.has_members = bool(self.keys_of)  # an empty community: every row is new, no lookups
        self.next_id = int(conn.execute(select(func.coalesce(func.max(Member.id), 0))).scalar_one()) + 1
        self.seen_wechat: dict[str, int] = {}
        self.seen_phone: dict[str, int] = {}
        self.seen_name: dict[str, int] = {}
        self.seen_member: dict[int, int] = {}
        self.creates: list[tuple] = []
        self.updates: list[tuple[int, int, dict]] = []  # (row, member id, parsed values)
        self.tag_ids: dict[str, int] = {}
        self.group_ids: dict[str, int] = {}
        self.dimension_id: int | None = None
        self.rows_expected = rows_expected  # how many rows the whole file holds, estimated while reading it
        self.indexes_back: Callable[[], None] | None = None  # decided at the first write

    # matching
    def _by_name(self, name: str, wx: str | None, pkey: str | None) -> int | None:
        keys_of = self.keys_of
        ids = [
            m
            for m in self.by_name.get(name, ())
            if not (wx and keys_of[m][0] and keys_of[m][0] != wx)
            and not (pkey and keys_of[m][1] and keys_of[m][1] != pkey)
        ]
        if len(ids) > 1:
            raise _RowError("ambiguous_name", name, str(len(ids)), column="display_name")
        return ids[0] if ids else None

    def add(self, line: int, v: dict) -> bool:
        """Queue a row; True if it creates a member. Raises _RowError (and queues nothing) for a row that
        repeats a key of an earlier row or is the same member as one."""
        wx, pkey, name = v.get("wechat_id"), v.get("_phone_key"), v.get("display_name")
        seen_wechat, seen_phone = self.seen_wechat, self.seen_phone
        if wx and wx in seen_wechat:
            raise _RowError("dup_wechat", wx, ref=str(seen_wechat[wx]), column="wechat_id")
        if pkey and pkey in seen_phone:
            raise _RowError("dup_phone", v["phone"], ref=str(seen_phone[pkey]), column="phone")
        name_only = not wx and not pkey
        if name_only and name in self.seen_name:
            raise _RowError("dup_name", name, ref=str(self.seen_name[name]), column="display_name")
        found = self._existing(line, v, wx, pkey, name) if self.has_members else None
        if wx:
            seen_wechat[wx] = line
        if pkey:
            seen_phone[pkey] = line
        if name_only:
            self.seen_name[name] = line
        if found is None:
            v["_id"] = self.next_id
            self.next_id += 1
            self.creates.append((line, v))
            self.summary.created += 1
        else:
            v["_id"] = found
            self.updates.append((line, found, v))
        if len(self.creates) + len(self.updates) >= CHUNK:
            self.flush()
        return found is None

    def _existing(self, line: int, v: dict, wx: str | None, pkey: str | None, name: str | None) -> int | None:
        """The member already in the community that a row is (by the configured keys, in order), or None."""
        found = None
        for key in self.options.keys:
            if key == "wechat_id" and wx:
                found = self.by_wechat.get(wx)
            elif key == "phone" and pkey:
                found = self.by_phone.get(pkey)
            elif key == "name" and name:
                found = self._by_name(name, wx, pkey)
            if found is not None:
                break
        if found is not None:
            if found in self.seen_member:
                raise _RowError("same_member", name or wx or v.get("phone") or "", ref=str(self.seen_member[found]))
            self.seen_member[found] = line
        return found

    # writing
    def flush(self) -> None:
        if self.indexes_back is None:
            self.indexes_back = self._drop_indexes() if self.creates else (lambda: None)
        if self.creates:
            self._write_creates()
        if self.updates:
            self._write_updates()
        self.creates, self.updates = [], []

    def finish(self) -> None:
        """Write what is queued and build the member indexes again if they were dropped."""
        self.flush()
        if self.indexes_back is not None:
            self.indexes_back()

    def _drop_indexes(self) -> Callable[[], None]:
        # A large file into a small community (the first import of a member list): adding 100,000 rows to the
        # name, phone and WeChat ID indexes one by one costs more than building them once at the end.
        expected = self.rows_expected() if self.rows_expected else len(self.creates)
        if expected < max(DROP_INDEXES_FROM, len(self.keys_of)):
            return lambda: None
        return dbmod.drop_indexes(self.conn, Member.__table__, self.member_cols)

    def _write_creates(self) -> None:
        cols = ["_id", "display_name", *[c for c in self.member_cols if c != "display_name"]]
        for _line, v in self.creates:
            if "display_name" not in v:  # named by the WeChat ID or phone number
                v["display_name"] = v.get("wechat_id") or v.get("phone")
        blank = dict.fromkeys(cols, "")  # "" for what a row does not have (see bulk_insert)
        row_of = itemgetter(*cols)
        rows = [row_of(blank | v) for _line, v in self.creates]
        cols[0] = "id"
        constants: dict = {
            "created_at": self.now.isoformat(" ", "microseconds"),
            "batch_id": self.batch_id,
            "role": "member",
        }
        defaults = {"notes": "", "do_not_contact": 0}  # NOT NULL columns: a default where the cell was empty
        for c, d in defaults.items():
            if c not in cols:
                constants[c] = d
        dbmod.bulk_insert(
            self.conn,
            Member.__table__,
            cols,
            rows,
            constants=constants,
            defaults={c: d for c, d in defaults.items() if c in cols},
            empty_is_null=True,
        )
        if not (self.has_extras or self.options.tag_everyone):
            return
        tags, groups, values = [], [], []
        for _line, v in self.creates:
            mid = v["_id"]
            tags.extend((mid, t) for t in self._tag_ids(v))
            groups.extend((mid, g, v.get("joined_at")) for g in self._group_ids(v))
            values.extend((mid, f.id, x) for f, x in v.get("_custom", ()))
        self._insert_links(tags, groups, values)

    def _insert_links(self, tags: list[tuple], groups: list[tuple], values: list[tuple]) -> None:
        """New tag links (member, tag), group stays (member, group, joined) and custom-field values (member, field,
        value) of created or updated members, each in one bulk insert."""
        if tags:
            dbmod.bulk_insert(
                self.conn,
                MemberTag.__table__,
                ("member_id", "tag_id"),
                tags,
                constants={"source": f"import:{self.batch_id}", "created_at": self.now.isoformat(" ", "microseconds")},
            )
        if groups:
            dbmod.bulk_insert(
                self.conn,
                Membership.__table__,
                ("member_id", "group_id", "joined_at"),
                groups,
                constants={"batch_id": self.batch_id},
            )
        if values:
            dbmod.bulk_insert(self.conn, MemberFieldValue.__table__, ("member_id", "field_id", "value"), values)

    def _write_updates(self) -> None:
        ids = [mid for _l, mid, _v in self.updates]
        t = Member.__table__
        current = {
            r[0]: r
            for r in dbmod.driver_rows(
                self.conn, select(t.c.id, *[t.c[c] for c in MEMBER_COLUMNS]).where(t.c.id.in_(ids))
            )
        }
        have_tags = set(
            dbmod.driver_rows(
                self.conn, select(MemberTag.member_id, MemberTag.tag_id).where(MemberTag.member_id.in_(ids))
            )
        )
        have_groups = set(
            dbmod.driver_rows(
                self.conn,
                select(Membership.member_id, Membership.group_id).where(
                    Membership.member_id.in_(ids), Membership.left_at.is_(None)
                ),
            )
        )
        have_values = {
            (m, f): x
            for m, f, x in dbmod.driver_rows(
                self.conn,
                select(MemberFieldValue.member_id, MemberFieldValue.field_id, MemberFieldValue.value).where(
                    MemberFieldValue.member_id.in_(ids)
                ),
            )
        }
        changes: list[tuple] = []
        member_updates: dict[tuple[str, ...], list[dict]] = {}
        new_tags, new_groups, new_values, changed_values = [], [], [], []
        for _line, mid, v in self.updates:
            cur = current[mid]
            changed: dict[str, Any] = {}
            for i, col in enumerate(MEMBER_COLUMNS, start=1):
                new = v.get(col)
                if new is None or new == "":
                    continue
                old = cur[i]
                if new == old:
                    continue
                if col == "joined_at" and old and old[:19] == new[:19]:
                    continue
                if col == "phone" and old and phone_key(old) == v.get("_phone_key"):
                    continue
                typed = _typed(col, new)
                changed[col] = typed
                changes.append(("member", mid, col, _json(_typed(col, old)), _json(typed)))
            any_change = bool(changed)
            if changed:
                member_updates.setdefault(tuple(sorted(changed)), []).append({"_mid": mid, **changed})
            for tag in self._tag_ids(v):
                if (mid, tag) not in have_tags:
                    have_tags.add((mid, tag))
                    new_tags.append((mid, tag))
                    changes.append(("member_tag", mid, "tag_id", None, str(tag)))
                    any_change = True
            for gid in self._group_ids(v):
                if (mid, gid) not in have_groups:
                    have_groups.add((mid, gid))
                    new_groups.append((mid, gid, v.get("joined_at")))
                    any_change = True
            for f, x in v.get("_custom", ()):
                old = have_values.get((mid, f.id))
                if old == x:
                    continue
                if old is None:
                    new_values.append((mid, f.id, x))
                else:
                    changed_values.append({"_mid": mid, "_fid": f.id, "value": x})
                changes.append(("member_field_value", mid, str(f.id), _json(old), _json(x)))
                any_change = True
            if any_change:
                self.summary.updated += 1
            else:
                self.summary.unchanged += 1
        for cols, params in member_updates.items():
            stmt = update(t).where(t.c.id == bindparam("_mid")).values({c: bindparam(c) for c in cols})
            self.conn.execute(stmt, params)
        if changed_values:
            fv = MemberFieldValue.__table__
            self.conn.execute(
                update(fv)
                .where(fv.c.member_id == bindparam("_mid"), fv.c.field_id == bindparam("_fid"))
                .values(value=bindparam("value")),
                changed_values,
            )
        self._insert_links(new_tags, new_groups, new_values)
        if changes:
            dbmod.bulk_insert(
                self.conn,
                ImportChange.__table__,
                ("table_name", "row_id", "column_name", "old_value", "new_value"),
                changes,
                constants={"batch_id": self.batch_id},
            )

    # tags and groups (few distinct names: looked up or created once each)
    def _tag_ids(self, v: dict) -> list[int]:
        names = v.get("tags") or ()
        if self.options.tag_everyone:
            names = [*names, *self.options.tag_everyone]
        out = []
        for name in names:
            tid = self.tag_ids.get(name)
            if tid is None:
                tid = self.tag_ids[name] = self._tag(name)
            if tid not in out:
                out.append(tid)
        return out

    def _tag(self, name: str) -> int:
        # A tag that already exists in exactly one dimension is that tag; otherwise it goes in the import's.
        existing = dbmod.scalar_list(self.conn, select(Tag.id).where(Tag.name == name))
        if len(existing) == 1:
            return existing[0]
        dim = self._dimension()
        tid = self.conn.execute(select(Tag.id).where(Tag.dimension_id == dim, Tag.name == name)).scalar()
        if tid is None:
            tid = self.conn.execute(Tag.__table__.insert().values(dimension_id=dim, name=name)).inserted_primary_key[0]
            self._created("tag", tid)
        return tid

    def _dimension(self) -> int:
        if self.dimension_id is None:
            name = self.options.tag_dimension.strip() or DEFAULT_TAG_DIMENSION
            did = self.conn.execute(select(TagDimension.id).where(TagDimension.name == name)).scalar()
            if did is None:
                order = self.conn.execute(select(func.coalesce(func.max(TagDimension.sort_order), 0))).scalar_one()
                did = self.conn.execute(
                    TagDimension.__table__.insert().values(name=name, color="#4C72B0", sort_order=order + 1)
                ).inserted_primary_key[0]
                self._created("tag_dimension", did)
            self.dimension_id = did
        return self.dimension_id

    def _group_ids(self, v: dict) -> list[int]:
        out = []
        for name in v.get("group") or ():
            gid = self.group_ids.get(name)
            if gid is None:
                gid = self.conn.execute(select(Group.id).where(Group.name == name)).scalar()
                if gid is None:
                    gid = self.conn.execute(
                        Group.__table__.insert().values(
                            name=name, type="perks", stage="founding", platform="wechat", notes="", archived=False
                        )
                    ).inserted_primary_key[0]
                    self._created("chat_group", gid)
                self.group_ids[name] = gid
            if gid not in out:
                out.append(gid)
        return out

    def _created(self, table: str, row_id: int) -> None:
        self.conn.execute(
            ImportChange.__table__.insert().values(batch_id=self.batch_id, table_name=table, row_id=row_id)
        )


def _json(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.isoformat(" ", "microseconds")
    elif isinstance(value, date):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)
