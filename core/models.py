"""The domain model: what every feature of Qunzhu reads and writes.

Stable keys (group types, stages, roles, event kinds) are English identifiers stored in the database;
the UI shows translated names. Timestamps are naive local wall-clock time, as chat exports give them
(``sa_type=DateTime`` everywhere: recent SQLModel versions would otherwise demand timezone-aware values).
Schema changes go through Alembic migrations in ``core/migrations`` — never edit a table here without one.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, DateTime, Index, Numeric, UniqueConstraint, text
from sqlmodel import Field, SQLModel

GROUP_TYPES = ("traffic", "perks", "flash", "vip", "seeding")  # 引流 / 福利 / 快闪 / VIP / 种草
GROUP_STAGES = ("founding", "growth", "mature", "churn")  # 初建期 / 成长期 / 成熟期 / 流失期
PLATFORMS = ("wechat", "whatsapp", "telegram", "other")
MEMBER_ROLES = ("member", "owner", "staff")  # owner and staff posts are not counted in community metrics
TIERS = ("silver", "gold", "diamond")  # 白银 / 黄金 / 钻石; NULL = no tier yet
EVENT_KINDS = (
    "message",
    "check-in",
    "purchase",
    "click",
    "perk-claim",
    "invite",
    "join",
    "leave",
    "removed",
    "recall-sent",  # ref = "<segment>:<template id>"
    "recall-reply",  # the owner marked that a recalled member replied
    "tier-change",  # ref = the new tier (NULL: none), subtype = the old tier (see core.tiers)
)
CHECKIN_SUBTYPES = ("makeup",)  # a check-in event's subtype: NULL = on the day, 'makeup' = 补签 for a past day
VIOLATION_KINDS = ("advert", "spam", "abuse", "off-topic", "other")  # 广告 / 刷屏 / 攻击 / 无关话题 / 其他
MODERATION_ACTIONS = ("none", "warning", "mute", "removal")  # 不处理 / 警告 / 禁言 / 踢出
CONTENT_CATEGORIES = ("promotion", "conversion", "brand")  # 推广类 / 转化类 / 品牌类
CONTENT_CORES = ("knowledge", "emotion", "conversion")  # 知识核 / 情感核 / 转化核
CONTENT_FORMATS = ("text", "image_text", "poll", "live", "check_in_task", "product_card")
PLAN_STATUSES = ("idea", "draft", "scheduled", "posted", "skipped")
CONTENT_KINDS = ("post", "title", "faq")  # 内容库 / 标题库 / FAQ·话术库 (内容规划四步法: 素材库)
CONTENT_SOURCES = ("original", "repost", "ugc")  # 原创 / 转载 / UGC
CONTENT_STATUSES = ("idea", "draft", "ready", "archived")
PRODUCT_ROLES = ("hit", "bestseller", "new", "flash_sale")  # 爆款 / 热销 / 新品 / 秒杀 (选品逻辑)


class Group(SQLModel, table=True):
    __tablename__ = "chat_group"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    type: str = Field(default="perks")
    stage: str = Field(default="founding")
    platform: str = Field(default="wechat")
    created_on: date | None = None
    notes: str = ""
    archived: bool = False


class Member(SQLModel, table=True):
    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_wechat_id", "wechat_id"),
        Index("ix_member_phone", "phone"),
        Index("ix_member_display_name", "display_name"),
        Index("ix_member_inviter", "inviter_id"),
        # The few members the community figures leave out (owner, staff, the trash): read at the start of every
        # dashboard load (``metrics.Scope``), which would otherwise scan every member.
        Index("ix_member_not_counted", "id", sqlite_where=text("role != 'member' OR deleted_at IS NOT NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    display_name: str
    wechat_id: str | None = None
    phone: str | None = None  # always text: leading zeros and long numbers must survive
    other_contact: str | None = None
    birthday: date | None = None
    source_channel: str | None = None
    inviter_id: int | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL")
    joined_at: datetime | None = Field(default=None, sa_type=DateTime)
    left_at: datetime | None = Field(default=None, sa_type=DateTime)
    exit_reason: str | None = None
    tier: str | None = None
    do_not_contact: bool = False
    role: str = Field(default="member")
    notes: str = ""
    created_at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)
    deleted_at: datetime | None = Field(default=None, index=True, sa_type=DateTime)  # soft delete: the trash
    batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")  # created by
    # Set when this member was merged into another (it then stays hidden, deleted, until the merge is undone).
    # A plain column (no foreign key): adding it is an ALTER TABLE ADD COLUMN, not a rebuild of the member table.
    merged_into_id: int | None = None


class Membership(SQLModel, table=True):
    """A member's stay in one group; a member who leaves and comes back has two rows."""

    __tablename__ = "membership"
    __table_args__ = (
        Index("ix_membership_group_member", "group_id", "member_id"),
        Index("ix_membership_member", "member_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    group_id: int = Field(foreign_key="chat_group.id", ondelete="CASCADE")
    joined_at: datetime | None = Field(default=None, sa_type=DateTime)
    left_at: datetime | None = Field(default=None, sa_type=DateTime)
    exit_reason: str | None = None
    batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")  # created by


class TagDimension(SQLModel, table=True):
    __tablename__ = "tag_dimension"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    color: str = "#4C72B0"
    sort_order: int = 0


class Tag(SQLModel, table=True):
    __tablename__ = "tag"
    __table_args__ = (UniqueConstraint("dimension_id", "name", name="uq_tag_dimension_name"),)

    id: int | None = Field(default=None, primary_key=True)
    dimension_id: int = Field(foreign_key="tag_dimension.id", ondelete="CASCADE", index=True)
    name: str
    color: str | None = None  # None: use the dimension's colour
    sort_order: int = 0  # within the dimension (migration 0012)


class MemberTag(SQLModel, table=True):
    __tablename__ = "member_tag"
    __table_args__ = (Index("ix_member_tag_tag", "tag_id", "member_id"),)

    member_id: int = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tag.id", primary_key=True, ondelete="CASCADE")
    source: str = "manual"  # manual / import / rule
    created_at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)


class TagRule(SQLModel, table=True):
    """An automatic tag: members who meet the rule get ``tag_id`` with ``MemberTag.source = 'rule:<id>'``.

    ``kind`` and ``params`` (JSON) say what is checked (see ``core.tag_rules.KINDS``); ``last_result`` is the JSON
    summary of the last run (matched, tagged, untagged).
    """

    __tablename__ = "tag_rule"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    tag_id: int = Field(foreign_key="tag.id", ondelete="CASCADE", index=True)
    kind: str
    params: str = "{}"
    enabled: bool = True
    created_at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)
    last_run_at: datetime | None = Field(default=None, sa_type=DateTime)
    last_result: str = ""


class MemberKeywordHit(SQLModel, table=True):
    """How many of a member's messages contained a keyword of a keyword rule, counted when chats are imported.

    Message text is only stored when the owner opts in, so keyword rules read these counts. One row per member,
    keyword and import (``batch_id``: undoing the import takes its counts back out; NULL: counted from stored text).
    """

    __tablename__ = "member_keyword_hit"
    __table_args__ = (Index("ix_member_keyword_hit_keyword", "keyword", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE", index=True)
    keyword: str
    hits: int = 0
    last_at: datetime | None = Field(default=None, sa_type=DateTime)
    batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="CASCADE")


class MemberAlias(SQLModel, table=True):
    """A name under which a member appears in a chat platform (optionally in one group).

    Importers match senders through it: a row with ``group_id`` is a decision remembered for that group
    ("this sender in this group is that member"); a row without applies on the whole platform. Besides
    display names, ``alias`` holds stable platform ids (a WeChat wxid, a Telegram ``user123``).
    """

    __tablename__ = "member_alias"
    __table_args__ = (
        Index("ix_member_alias_lookup", "platform", "alias"),
        Index("ix_member_alias_member", "member_id"),
        Index("ix_member_alias_group", "group_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    platform: str = "wechat"
    alias: str
    group_id: int | None = Field(default=None, foreign_key="chat_group.id", ondelete="SET NULL")
    batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")  # created by


class CustomField(SQLModel, table=True):
    """A member field the owner defines (入群问卷 answers, shoe size, baby's age …).

    ``kind`` is text / number / date / choice; ``choices`` is a JSON list for choice fields.
    """

    __tablename__ = "custom_field"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = "text"
    choices: str = "[]"
    sort_order: int = 0


class MemberFieldValue(SQLModel, table=True):
    """One member's value of one custom field, stored as text (numbers as written, dates as YYYY-MM-DD)."""

    __tablename__ = "member_field_value"
    __table_args__ = (Index("ix_member_field_value_field", "field_id", "value"),)

    member_id: int = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    field_id: int = Field(foreign_key="custom_field.id", primary_key=True, ondelete="CASCADE")
    value: str


class ImportBatch(SQLModel, table=True):
    """One import (or generated data set); its events can be listed and undone together."""

    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    kind: str  # e.g. demo, members, chat, orders
    source: str = ""
    created_at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)
    summary: str = ""  # JSON counts
    undone_at: datetime | None = Field(default=None, sa_type=DateTime)
    format: str | None = None  # e.g. whatsapp, telegram, orders-csv
    group_id: int | None = Field(default=None, foreign_key="chat_group.id", ondelete="SET NULL")


class ImportChange(SQLModel, table=True):
    """What an import changed in rows it did not create, so that undoing it can put the old values back.

    Rows an import creates carry its ``batch_id`` instead (events, members, memberships, aliases); a group it
    created is logged here with ``column_name`` NULL. Values are JSON.
    """

    __tablename__ = "import_change"
    __table_args__ = (Index("ix_import_change_batch", "batch_id"),)

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="import_batch.id", ondelete="CASCADE")
    table_name: str
    row_id: int
    column_name: str | None = None  # None: the import created this row
    old_value: str | None = None
    new_value: str | None = None


class Event(SQLModel, table=True):
    """Everything that happened: messages, check-ins, purchases, joins, leaves, recalls…"""

    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_member_kind_ts", "member_id", "kind", "ts"),
        # member_id last: period queries ("who posted this week") read the index alone, not 2M table rows.
        Index("ix_event_group_kind_ts", "group_id", "kind", "ts", "member_id"),
        # The purchases alone (a few percent of the events), in member order with their time and amount: CLV, the
        # order rhythm and the orders per week read this, not the table's rows. Chat imports never write to it.
        Index(
            "ix_event_purchase", "kind", "member_id", "ts", "amount", "group_id", sqlite_where=text("kind = 'purchase'")
        ),
    )
    # Deliberately no (kind, ts) or batch_id index (dropped in migration 0002): with a handful of groups,
    # period queries over all groups use ix_event_group_kind_ts through ``core.events.any_group()``, and undoing an
    # import scans by batch_id once. Every index costs time on each imported row and on the demo load.

    id: int | None = Field(default=None, primary_key=True)
    member_id: int | None = Field(default=None, foreign_key="member.id", ondelete="CASCADE")
    group_id: int | None = Field(default=None, foreign_key="chat_group.id", ondelete="SET NULL")
    kind: str
    ts: datetime = Field(sa_type=DateTime)
    amount: float | None = Field(default=None, sa_column=Column(Numeric(12, 2, asdecimal=False)))
    ref: str | None = None  # order id, platform message id, inviter or invitee id, campaign …
    batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")
    # Imported detail (migration 0003). subtype: a message's kind (text/image/voice/video/sticker/link/file/
    # other), a join's channel (invited/qr/link), an order's status. length: a message's length in characters.
    # dedupe_key: a 64-bit hash of the platform message id or of sender + time + content, so that importing
    # an export again adds nothing twice. body: the message text, only if the user opted in; a product name.
    subtype: str | None = None
    length: int | None = None
    dedupe_key: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    body: str | None = None


class MemberActivity(SQLModel, table=True):
    """A per-member summary of the events table, rebuilt after imports (see ``core.activity``).

    It lets the member table sort by "last active" and the recall lists start from 100k rows
    instead of 2M events.
    """

    __tablename__ = "member_activity"
    __table_args__ = (Index("ix_member_activity_last_message", "last_message_at"),)

    member_id: int = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    first_message_at: datetime | None = Field(default=None, sa_type=DateTime)
    last_message_at: datetime | None = Field(default=None, sa_type=DateTime)
    messages: int = 0
    check_ins: int = 0
    purchases: int = 0
    spend: float = Field(default=0.0, sa_column=Column(Numeric(14, 2, asdecimal=False), nullable=False))
    last_purchase_at: datetime | None = Field(default=None, sa_type=DateTime)
    invites: int = 0
    first_purchase_at: datetime | None = Field(default=None, sa_type=DateTime)  # with purchases: the usual gap


class MemberSpan(SQLModel, table=True):
    """Each member's stays in a group, reduced to what presence counts need (kept by ``core.activity``).

    Per member and group (``group_id`` 0: any group, the member's stays in all groups together): the first join
    day (``j0``, '' when unknown), the last leave day (``l1``, '9999-12-31' while still in), and for exactly two
    stays with a gap between them, the gap's days (``g0``, ``g1``). ``hard``: more than two stays, or a stay that
    ends before it starts; such members are counted from their memberships one by one. Rows of every member
    (owner, staff and the trash too): readers leave out the few they do not count. Days as text 'YYYY-MM-DD'.
    """

    __tablename__ = "member_span"
    __table_args__ = (
        Index("ix_member_span_cells", "group_id", "hard", "j0", "l1", "g0", "g1"),
        {"sqlite_with_rowid": False},
    )

    member_id: int = Field(primary_key=True)
    group_id: int = Field(primary_key=True)
    j0: str
    l1: str
    g0: str | None = None
    g1: str | None = None
    hard: int = 0


class SpanCell(SQLModel, table=True):
    """``member_span`` counted per distinct cell: how many members (``hard`` 0 only) share a group's first join,
    last leave and gap days (``g0``/``g1`` '' for no gap). Presence counts for any days read these few thousand
    rows instead of grouping ~100,000 ``member_span`` rows. Kept with ``member_span`` by ``core.activity``."""

    __tablename__ = "span_cell"
    __table_args__ = ({"sqlite_with_rowid": False},)

    group_id: int = Field(primary_key=True)
    j0: str = Field(primary_key=True)
    l1: str = Field(primary_key=True)
    g0: str = Field(primary_key=True)
    g1: str = Field(primary_key=True)
    members: int


class MemberSpanDirty(SQLModel, table=True):
    """Members whose memberships changed since their ``member_span`` rows were computed (written by triggers on
    ``membership``, see ``core.db.create_span_triggers``); readers recount them first."""

    __tablename__ = "member_span_dirty"

    member_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})


class MemberWeek(SQLModel, table=True):
    """Messages per week, member and group: a summary of the ``message`` events kept by ``core.activity``.

    The dashboard's weekly speakers, active members and segment mix read ~20,000 rows a week from it instead of
    grouping ~60,000 events a week by member. ``group_id`` 0 stands for a message without a group. Clustered by
    week (``WITHOUT ROWID``): a run of weeks is one range, already in (week, member) order.
    """

    __tablename__ = "member_week"
    __table_args__ = (Index("ix_member_week_member", "member_id"), {"sqlite_with_rowid": False})

    week_start: date = Field(primary_key=True)  # the Monday
    member_id: int = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    group_id: int = Field(primary_key=True)
    messages: int


WEEK_STAT_CAP = 100  # week_stat's last row of a week: members with this many messages or more


class WeekStat(SQLModel, table=True):
    """``member_week`` summed per week and group: how many members sent ``n`` messages that week (``n`` capped at
    ``WEEK_STAT_CAP``: the last row holds everyone with more) and their messages. ``group_id`` -1: all groups
    together (a member's messages in every group summed first), 0: messages without a group, as in ``member_week``.

    The dashboard's 12 weeks of speakers, messages and active members (≥ N messages, for any N up to the cap) read
    a few hundred rows here instead of ~20,000 member rows a week. Kept by ``core.activity``: triggers on
    ``member_week`` note the weeks that changed (``WeekStatDirty``) and readers recount those weeks first.
    """

    __tablename__ = "week_stat"
    __table_args__ = ({"sqlite_with_rowid": False},)

    week_start: date = Field(primary_key=True)
    group_id: int = Field(primary_key=True)
    n: int = Field(primary_key=True)
    members: int
    messages: int


class WeekStatDirty(SQLModel, table=True):
    """Weeks whose ``member_week`` rows changed since their ``week_stat`` rows were counted (written by triggers on
    ``member_week``, see ``core.db.create_week_triggers``)."""

    __tablename__ = "week_stat_dirty"

    week_start: date = Field(primary_key=True)


class HourStat(SQLModel, table=True):
    """Messages of members per day, hour and group (the heatmap and best posting times), kept by ``core.activity``.

    Counts every message that has a member; the dashboard subtracts those of members it does not count (owner,
    staff, the trash), who are few. ``group_id`` 0: no group.
    """

    __tablename__ = "hour_stat"
    __table_args__ = ({"sqlite_with_rowid": False},)

    day: date = Field(primary_key=True)
    hour: int = Field(primary_key=True)
    group_id: int = Field(primary_key=True)
    messages: int


class SummaryState(SQLModel, table=True):
    """Up to which event id a summary has folded in the events (``core.activity``): newer message events mean it
    is behind, and readers catch it up or fall back to the events."""

    __tablename__ = "summary_state"

    name: str = Field(primary_key=True)
    last_event_id: int = 0


class ContentItem(SQLModel, table=True):
    """An item of the content library (素材库)."""

    __tablename__ = "content_item"

    id: int | None = Field(default=None, primary_key=True)
    title: str
    body: str = ""
    category: str = "brand"
    core: str = "knowledge"
    format: str = "text"
    source: str = "original"  # original / repost / ugc
    created_at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=DateTime)
    # Migration 0008: the kind of library (post / title / faq), the item's own status, target tags or segments
    # (comma-separated), and its images: a JSON list of file names in the data folder's media/ (copied in).
    kind: str = "post"
    status: str = "ready"
    tags: str = ""
    images: str = "[]"


class Product(SQLModel, table=True):
    """A product that content items promote (选品逻辑: 爆款 + 热销 + 新品 rotation)."""

    __tablename__ = "product"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    price: float | None = None
    role: str = "bestseller"
    deleted_at: datetime | None = Field(default=None, sa_type=DateTime)


class ContentProduct(SQLModel, table=True):
    """Which products a content item links to."""

    __tablename__ = "content_product"

    content_item_id: int = Field(foreign_key="content_item.id", primary_key=True, ondelete="CASCADE")
    product_id: int = Field(foreign_key="product.id", primary_key=True, ondelete="CASCADE")


class PlanSeries(SQLModel, table=True):
    """A recurring SOP slot ("every Wednesday 20:00 live Q&A"): it fills the calendar with entries ahead."""

    __tablename__ = "plan_series"

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="chat_group.id", ondelete="CASCADE")
    content_item_id: int | None = Field(default=None, foreign_key="content_item.id", ondelete="SET NULL")
    title: str = ""
    weekdays: str = "0,1,2,3,4,5,6"  # Monday = 0; every day is "daily"
    time_of_day: str = "08:00"
    start_on: date
    end_on: date | None = None
    count: int | None = None
    status: str = "scheduled"
    deleted_at: datetime | None = Field(default=None, sa_type=DateTime)


class PlanTemplate(SQLModel, table=True):
    """A user's own campaign or week template: a JSON list of entries relative to a start day."""

    __tablename__ = "plan_template"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    entries: str = "[]"
    created_at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)


class PlanEntry(SQLModel, table=True):
    """A slot of the content calendar: an item planned for one group at one time."""

    __tablename__ = "plan_entry"
    __table_args__ = (
        Index("ix_plan_entry_when", "scheduled_at", "group_id"),
        Index("ix_plan_entry_group", "group_id", "scheduled_at"),
        Index("ix_plan_entry_content", "content_item_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="chat_group.id", ondelete="CASCADE")
    content_item_id: int | None = Field(default=None, foreign_key="content_item.id", ondelete="SET NULL")
    title: str = ""
    scheduled_at: datetime = Field(sa_type=DateTime)
    status: str = "scheduled"
    posted_at: datetime | None = Field(default=None, sa_type=DateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=DateTime)
    # Results of a posted entry, entered by hand, all optional (migration 0007). The conversion funnel is
    # 触达 reach → 点击 clicks → 加购 carts → 付款 orders; a campaign name groups entries into one funnel.
    campaign: str | None = None
    reach: int | None = None
    opens: int | None = None
    replies: int | None = None
    shares: int | None = None
    clicks: int | None = None
    carts: int | None = None
    orders: int | None = None
    # Migration 0008: the recurring series an entry belongs to; ``detached`` once the occurrence was edited alone
    # (editing the series leaves it as it is), and a note (e.g. the warning-free reason for a double slot).
    series_id: int | None = Field(default=None, foreign_key="plan_series.id", ondelete="SET NULL")
    detached: bool = False


class PointsEntry(SQLModel, table=True):
    """The points ledger (积分): earned (+) and spent or expired (-), each earning with an optional expiry date."""

    __tablename__ = "points_entry"
    __table_args__ = (
        Index("ix_points_entry_member", "member_id", "ts"),
        Index("ix_points_entry_expires", "expires_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    ts: datetime = Field(sa_type=DateTime)
    delta: int
    reason: str = ""
    expires_on: date | None = None
    batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")


class RecallTemplate(SQLModel, table=True):
    """A message variant for one recall segment, with {变量} filled from the member's data."""

    __tablename__ = "recall_template"

    id: int | None = Field(default=None, primary_key=True)
    segment: str
    name: str = ""
    body: str
    sort_order: int = 0
    created_at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=DateTime)


class RecallCode(SQLModel, table=True):
    """A discount code from the pool the owner pasted in ({优惠码}); each is given to one member once."""

    __tablename__ = "recall_code"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    member_id: int | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL")
    used_at: datetime | None = Field(default=None, sa_type=DateTime)
    created_at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)


class Setting(SQLModel, table=True):
    """Community-level settings stored with the data (thresholds); see ``core.settings``."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str  # JSON


class BulkAction(SQLModel, table=True):
    """A bulk change that can be undone from the GUI (moves to the trash, bulk edits); see ``core.trash``.

    ``payload`` is JSON: the ids moved to the trash, or each changed row's previous values.
    """

    __tablename__ = "bulk_action"

    id: int | None = Field(default=None, primary_key=True)
    kind: str  # trash / edit
    target: str  # the table: member, content_item, plan_entry
    summary: str = ""  # e.g. "12 members to the trash"
    created_at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)
    undone_at: datetime | None = Field(default=None, sa_type=DateTime)
    payload: str = "{}"


class Violation(SQLModel, table=True):
    """The moderation log (社区规则): a rule broken by a member in a group, and what the owner did about it."""

    __tablename__ = "violation"
    __table_args__ = (
        Index("ix_violation_member", "member_id", "ts"),
        Index("ix_violation_group", "group_id", "ts"),
    )

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    group_id: int | None = Field(default=None, foreign_key="chat_group.id", ondelete="SET NULL")
    kind: str = "other"  # VIOLATION_KINDS
    note: str = ""
    ts: datetime = Field(sa_type=DateTime)
    action: str = "none"  # MODERATION_ACTIONS
    created_at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)


class TierWatch(SQLModel, table=True):
    """Slow demotion (see ``core.tiers``): since when a member has qualified only for a lower tier than theirs."""

    __tablename__ = "tier_watch"

    member_id: int = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    below_since: date


class RecallState(SQLModel, table=True):
    """The default recall list's segments, materialised (``core.recall_state``): one row per member in at least
    one segment as of ``RecallStateInfo.day`` over all groups with the saved thresholds: the segment mask
    (``core.recall_sql.BIT``) and the list's sort key (the last message, as stored)."""

    __tablename__ = "recall_state"
    __table_args__ = (
        # The counts read this index alone (no sort); the list reads its head in order from the other.
        Index("ix_recall_state_mask", "mask"),
        Index("ix_recall_state_last_msg", "last_msg", "mask"),
        {"sqlite_with_rowid": False},
    )

    member_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    mask: int
    last_msg: datetime | None = Field(default=None, sa_type=DateTime)


class RecallStateInfo(SQLModel, table=True):
    """What ``recall_state`` holds (one row, ``id`` 1): the day and settings it was computed for, and up to which
    id of ``event``, ``points_entry`` and ``member`` it has seen rows (newer rows: their members are refreshed).
    ``stale``: something that is not one member's own data changed (a group added or removed): recompute all."""

    __tablename__ = "recall_state_info"

    id: int = Field(default=1, primary_key=True, sa_column_kwargs={"autoincrement": False})
    day: date
    fingerprint: str
    event_mark: int = 0
    points_mark: int = 0
    member_mark: int = 0
    stale: bool = False


class RecallDirty(SQLModel, table=True):
    """Members whose recall segments may have changed since ``recall_state`` was written: filled by triggers on
    updates and deletes of events, points and members (``core.db.RECALL_TRIGGERS``); new rows are found by id."""

    __tablename__ = "recall_dirty"
    __table_args__ = ({"sqlite_with_rowid": False},)

    member_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
