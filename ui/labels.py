"""Translated names for the stable keys stored in the database (group types, stages, tiers, statuses…)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_NAMES = {
    # group types
    "traffic": QT_TRANSLATE_NOOP("Labels", "Traffic group"),
    "perks": QT_TRANSLATE_NOOP("Labels", "Perks group"),
    "flash": QT_TRANSLATE_NOOP("Labels", "Flash group"),
    "vip": QT_TRANSLATE_NOOP("Labels", "VIP group"),
    "seeding": QT_TRANSLATE_NOOP("Labels", "Seeding group"),
    # stages
    "founding": QT_TRANSLATE_NOOP("Labels", "Founding"),
    "growth": QT_TRANSLATE_NOOP("Labels", "Growth"),
    "mature": QT_TRANSLATE_NOOP("Labels", "Mature"),
    "churn": QT_TRANSLATE_NOOP("Labels", "Churn"),
    # tiers
    "silver": QT_TRANSLATE_NOOP("Labels", "Silver"),
    "gold": QT_TRANSLATE_NOOP("Labels", "Gold"),
    "diamond": QT_TRANSLATE_NOOP("Labels", "Diamond"),
    # roles
    "member": QT_TRANSLATE_NOOP("Labels", "Member"),
    "owner": QT_TRANSLATE_NOOP("Labels", "Owner"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Staff"),
    # event kinds (a member's timeline)
    "message": QT_TRANSLATE_NOOP("Labels", "Message"),
    "check-in": QT_TRANSLATE_NOOP("Labels", "Check-in"),
    "purchase": QT_TRANSLATE_NOOP("Labels", "Purchase"),
    "refund": QT_TRANSLATE_NOOP("Labels", "Refund"),
    "click": QT_TRANSLATE_NOOP("Labels", "Click"),
    "perk-claim": QT_TRANSLATE_NOOP("Labels", "Perk claimed"),
    "invite": QT_TRANSLATE_NOOP("Labels", "Invited someone"),
    "join": QT_TRANSLATE_NOOP("Labels", "Joined"),
    "leave": QT_TRANSLATE_NOOP("Labels", "Left the group"),
    "removed": QT_TRANSLATE_NOOP("Labels", "Removed"),
    "recall-sent": QT_TRANSLATE_NOOP("Labels", "Recall message sent"),
    "recall-reply": QT_TRANSLATE_NOOP("Labels", "Replied to a recall"),
    "tier-change": QT_TRANSLATE_NOOP("Labels", "Tier changed"),
    # message kinds and join channels
    "image": QT_TRANSLATE_NOOP("Labels", "Image"),
    "voice": QT_TRANSLATE_NOOP("Labels", "Voice"),
    "video": QT_TRANSLATE_NOOP("Labels", "Video"),
    "sticker": QT_TRANSLATE_NOOP("Labels", "Sticker"),
    "link": QT_TRANSLATE_NOOP("Labels", "Link"),
    "file": QT_TRANSLATE_NOOP("Labels", "File"),
    "invited": QT_TRANSLATE_NOOP("Labels", "Invited"),
    "qr": QT_TRANSLATE_NOOP("Labels", "QR code"),
    # plan statuses
    "idea": QT_TRANSLATE_NOOP("Labels", "Idea"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "scheduled": QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    "posted": QT_TRANSLATE_NOOP("Labels", "Posted"),
    "skipped": QT_TRANSLATE_NOOP("Labels", "Skipped"),
    # content categories and cores
    "promotion": QT_TRANSLATE_NOOP("Labels", "Promotion"),
    "conversion": QT_TRANSLATE_NOOP("Labels", "Conversion"),
    "brand": QT_TRANSLATE_NOOP("Labels", "Brand"),
    "knowledge": QT_TRANSLATE_NOOP("Labels", "Knowledge"),
    "emotion": QT_TRANSLATE_NOOP("Labels", "Emotion"),
    # the three cores (三核驱动) by themselves: "conversion" alone is the category 转化类
    "core:knowledge": QT_TRANSLATE_NOOP("Labels", "Knowledge core"),
    "core:emotion": QT_TRANSLATE_NOOP("Labels", "Emotion core"),
    "core:conversion": QT_TRANSLATE_NOOP("Labels", "Conversion core"),
    # content formats
    "text": QT_TRANSLATE_NOOP("Labels", "Text"),
    "image_text": QT_TRANSLATE_NOOP("Labels", "Image and text"),
    "poll": QT_TRANSLATE_NOOP("Labels", "Poll"),
    "live": QT_TRANSLATE_NOOP("Labels", "Live"),
    "check_in_task": QT_TRANSLATE_NOOP("Labels", "Check-in task"),
    "product_card": QT_TRANSLATE_NOOP("Labels", "Product card"),
    # library kinds, sources, item statuses, product roles
    "post": QT_TRANSLATE_NOOP("Labels", "Post"),
    "title": QT_TRANSLATE_NOOP("Labels", "Title library"),
    "faq": QT_TRANSLATE_NOOP("Labels", "FAQ / script"),
    "original": QT_TRANSLATE_NOOP("Labels", "Original"),
    "repost": QT_TRANSLATE_NOOP("Labels", "Repost"),
    "ugc": QT_TRANSLATE_NOOP("Labels", "UGC"),
    "ready": QT_TRANSLATE_NOOP("Labels", "Ready"),
    "archived": QT_TRANSLATE_NOOP("Labels", "Archived"),
    "hit": QT_TRANSLATE_NOOP("Labels", "Hit (爆款)"),
    "bestseller": QT_TRANSLATE_NOOP("Labels", "Bestseller"),
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "flash_sale": QT_TRANSLATE_NOOP("Labels", "Flash sale"),
    # activity segments
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "lurker": QT_TRANSLATE_NOOP("Labels", "Lurker"),
    "shallow_churn": QT_TRANSLATE_NOOP("Labels", "Shallow churn"),
    "deep_churn": QT_TRANSLATE_NOOP("Labels", "Deep churn"),
    "quiet": QT_TRANSLATE_NOOP("Labels", "Quiet"),
    "left": QT_TRANSLATE_NOOP("Labels", "Left"),
    # violations (社区规则) and what was done about them
    "advert": QT_TRANSLATE_NOOP("Labels", "Advert"),
    "spam": QT_TRANSLATE_NOOP("Labels", "Spam"),
    "abuse": QT_TRANSLATE_NOOP("Labels", "Abuse"),
    "off-topic": QT_TRANSLATE_NOOP("Labels", "Off-topic"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "none": QT_TRANSLATE_NOOP("Labels", "No action"),
    "warning": QT_TRANSLATE_NOOP("Labels", "Warning"),
    "mute": QT_TRANSLATE_NOOP("Labels", "Mute"),
    "removal": QT_TRANSLATE_NOOP("Labels", "Removal"),
    # points reasons written by the app
    "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
    "streak-bonus": QT_TRANSLATE_NOOP("Labels", "Streak bonus"),
}


def label(key: str | None) -> str:
    """The translated name of a stored key; unknown keys are shown as they are."""
    if not key:
        return ""
    source = _NAMES.get(key)
    return QCoreApplication.translate("Labels", source) if source else key


def core_label(key: str | None) -> str:
    """The name of a content core (知识核/情感核/转化核), distinct from the category of the same key."""
    return label(f"core:{key}") if key else ""
