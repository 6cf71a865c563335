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
    # content formats
    "text": QT_TRANSLATE_NOOP("Labels", "Text"),
    "image_text": QT_TRANSLATE_NOOP("Labels", "Image and text"),
    "poll": QT_TRANSLATE_NOOP("Labels", "Poll"),
    "live": QT_TRANSLATE_NOOP("Labels", "Live"),
    "check_in_task": QT_TRANSLATE_NOOP("Labels", "Check-in task"),
    "product_card": QT_TRANSLATE_NOOP("Labels", "Product card"),
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
    "check-in": QT_TRANSLATE_NOOP("Labels", "Check-in"),
    "streak-bonus": QT_TRANSLATE_NOOP("Labels", "Streak bonus"),
}


def label(key: str | None) -> str:
    """The translated name of a stored key; unknown keys are shown as they are."""
    if not key:
        return ""
    source = _NAMES.get(key)
    return QCoreApplication.translate("Labels", source) if source else key
