"""Matching the people in an import (chat senders, shop buyers) to members.

Exact matches link automatically: a remembered decision for this group, an alias on the platform (a stable
id such as a wxid, or a name), the WeChat ID, a phone number, or a display name that exactly one member has.
Everything else is only *suggested* (similar names, the same person renamed) for the user to confirm.
Decisions become ``member_alias`` rows with the group's id, so the next import of that group reuses them.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from core.models import Member, MemberAlias

# How a person was matched: shown in the preview and counted in the summary.
MATCH_HOW = ("remembered", "alias", "wechat_id", "phone", "name")


@dataclass(frozen=True)
class Match:
    member_id: int
    name: str
    how: str


@dataclass(frozen=True)
class Suggestion:
    member_id: int
    name: str
    score: float  # 0..1
    reason: str  # similar_name / renamed


_STRIP = re.compile(r"[\W_]+", re.UNICODE)


def normalize(name: str) -> str:
    """Case-, width- and punctuation-insensitive form of a name, for comparing (emoji and spaces dropped)."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return _STRIP.sub("", text)


def normalize_phone(value: object) -> str | None:
    """Digits of a mainland phone number as text (from 13800138000, 13800138000.0, "+86 138-0013-8000")."""
    if value is None:
        return None
    text = str(value).strip()
    if not text or "*" in text:  # masked numbers (138****8000) cannot identify anyone
        return None
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    digits = re.sub(r"[\s\-()（）]", "", text)
    if digits.startswith("+"):
        digits = digits[1:]
    if not digits.isdigit() or len(digits) < 5:
        return None
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    return digits


class SenderMatcher:
    """Exact matching against one platform (and group), loaded once per import."""

    def __init__(self, conn: Connection, platform: str, group_id: int | None) -> None:
        self.conn = conn
        self.platform = platform
        self.group_id = group_id
        self.group_alias: dict[str, int] = {}
        self.platform_alias: dict[str, int] = {}
        self.other_group_alias: dict[str, set[int]] = defaultdict(set)
        rows = conn.execute(
            select(MemberAlias.alias, MemberAlias.member_id, MemberAlias.group_id)
            .join(Member, Member.id == MemberAlias.member_id)
            .where(MemberAlias.platform == platform, Member.deleted_at.is_(None))
            .order_by(MemberAlias.id)
        )
        for alias, member_id, gid in rows:
            if gid is None:
                self.platform_alias.setdefault(alias, member_id)
            elif gid == group_id:
                self.group_alias.setdefault(alias, member_id)
            else:
                self.other_group_alias[alias].add(member_id)
        self._loaded = False
        self._names: dict[int, str] = {}
        self._by_wechat: dict[str, list[int]] = defaultdict(list)
        self._by_phone: dict[str, list[int]] = defaultdict(list)
        self._by_name: dict[str, list[int]] = defaultdict(list)

    def _load(self) -> None:
        """Every member's name, WeChat ID and phone, once (a query per sender costs more for thousands)."""
        if self._loaded:
            return
        self._loaded = True
        rows = self.conn.execute(
            select(Member.id, Member.display_name, Member.wechat_id, Member.phone).where(Member.deleted_at.is_(None))
        )
        for mid, name, wechat_id, phone in rows:
            self._names[mid] = name
            self._by_name[name].append(mid)
            if wechat_id:
                self._by_wechat[wechat_id].append(mid)
            if phone:
                self._by_phone[phone].append(mid)

    def name_of(self, member_id: int) -> str:
        self._load()
        name = self._names.get(member_id)
        if name is None:
            name = self._names[member_id] = self.conn.execute(
                select(Member.display_name).where(Member.id == member_id)
            ).scalar_one()
        return name

    def match(
        self,
        key: str,
        name: str,
        *,
        stable_key: bool = False,
        phone: str | None = None,
        wechat_id: str | None = None,
    ) -> Match | None:
        """The member this person exactly is, or None. ``stable_key``: ``key`` is a platform id, not a name."""
        for alias in (key, name) if key != name else (key,):
            mid = self.group_alias.get(alias)
            if mid is not None:
                return Match(mid, self.name_of(mid), "remembered")
        mid = self.platform_alias.get(key)
        if mid is None and stable_key:
            ids = self.other_group_alias.get(key)
            if ids and len(ids) == 1:
                mid = next(iter(ids))
        if mid is not None:
            return Match(mid, self.name_of(mid), "alias")
        self._load()
        if wechat_id or self.platform == "wechat":
            for value in {wechat_id} if wechat_id else {key, name}:
                mid = _only(self._by_wechat.get(value))
                if mid is not None:
                    return Match(mid, self.name_of(mid), "wechat_id")
        if phone:
            mid = _only(self._by_phone.get(phone))
            if mid is not None:
                return Match(mid, self.name_of(mid), "phone")
        if name:
            mid = self.platform_alias.get(name)
            if mid is not None:
                return Match(mid, self.name_of(mid), "alias")
            ids = self.other_group_alias.get(name)
            if ids and len(ids) == 1:
                mid = next(iter(ids))
                return Match(mid, self.name_of(mid), "alias")
            mid = _only(self._by_name.get(name))
            if mid is not None:
                return Match(mid, self.name_of(mid), "name")
        return None

    def add(self, member_id: int, name: str) -> None:
        """A member created during the import (so later lookups by name see it)."""
        self._names[member_id] = name


def _only(ids: list[int] | None) -> int | None:
    return ids[0] if ids and len(ids) == 1 else None


class Suggester:
    """Similar-name suggestions over every member and alias (built once; fast enough for 100k members)."""

    def __init__(self, conn: Connection) -> None:
        names: dict[int, set[str]] = defaultdict(set)
        display: dict[int, str] = {}
        for mid, name in conn.execute(select(Member.id, Member.display_name).where(Member.deleted_at.is_(None))):
            names[mid].add(name)
            display[mid] = name
        alias_rows = conn.execute(
            select(MemberAlias.member_id, MemberAlias.alias)
            .join(Member, Member.id == MemberAlias.member_id)
            .where(Member.deleted_at.is_(None))
        )
        for mid, alias in alias_rows:
            names[mid].add(alias)
        self.display = display
        self.entries: list[tuple[int, str]] = []
        self.index: dict[str, list[int]] = defaultdict(list)
        for mid, variants in names.items():
            for variant in variants:
                norm = normalize(variant)
                if not norm:
                    continue
                pos = len(self.entries)
                self.entries.append((mid, norm))
                for gram in _grams(norm):
                    self.index[gram].append(pos)

    def suggest(self, name: str, *, limit: int = 3, exclude: set[int] | None = None) -> list[Suggestion]:
        norm = normalize(name)
        if not norm:
            return []
        hits: dict[int, int] = defaultdict(int)
        for gram in _grams(norm):
            postings = self.index.get(gram, ())
            if len(postings) > 5000:  # a gram nearly everyone has says nothing
                continue
            for pos in postings:
                hits[pos] += 1
        best: dict[int, float] = {}
        for pos, _n in sorted(hits.items(), key=lambda kv: -kv[1])[:300]:
            mid, other = self.entries[pos]
            if exclude and mid in exclude:
                continue
            score = difflib.SequenceMatcher(None, norm, other).ratio()
            if len(norm) >= 2 and len(other) >= 2 and (norm in other or other in norm):
                score = max(score, 0.75)
            if score >= 0.5 and score > best.get(mid, 0):
                best[mid] = score
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [Suggestion(mid, self.display[mid], round(score, 2), "similar_name") for mid, score in ranked]


def _grams(norm: str) -> set[str]:
    """Characters and character pairs: a short name ("李四") still meets a longer one ("李四妈妈")."""
    return set(norm) | {norm[i : i + 2] for i in range(len(norm) - 1)}


def members_named(conn: Connection, platform: str) -> set[str]:
    """Aliases on this platform that contain ': ' (the WhatsApp parser needs them to split such names)."""
    rows = conn.execute(
        select(MemberAlias.alias).where(MemberAlias.platform == platform, func.instr(MemberAlias.alias, ": ") > 0)
    )
    return set(rows.scalars())


__all__ = [
    "Match",
    "Suggestion",
    "SenderMatcher",
    "Suggester",
    "normalize",
    "normalize_phone",
    "members_named",
]
