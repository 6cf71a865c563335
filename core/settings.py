"""The one place for settings.

Two kinds, one module:
- ``AppPrefs``: per-machine preferences of the app (language, window geometry, last database), a JSON file
  in the user's config folder.
- community settings (thresholds from the seed articles) stored in the database's ``setting`` table, so they
  travel with the data; ``get_threshold`` falls back to ``DEFAULT_THRESHOLDS``.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from core import paths

if TYPE_CHECKING:
    from sqlmodel import Session

log = logging.getLogger(__name__)

# Defaults from the seed articles (../shared/seeds); every one is editable.
DEFAULT_THRESHOLDS: dict[str, float] = {
    "speaking_rate_healthy": 0.20,  # 发言率 ≥ 20%
    "open_rate_healthy": 0.60,  # 打开率 ≥ 60%
    "nps_healthy": 40,  # NPS ≥ 40
    "funnel_step_flag": 0.15,  # 转化漏斗: a step under 15% is flagged
    "active_messages_per_week": 3,  # 活跃型: ≥ 3 messages a week
    "shallow_churn_days": 30,  # 浅流失: silent ≤ 30 days
    "deep_churn_days": 60,  # 深流失: silent ≥ 60 days
    "early_warning_days": 7,  # 预警: silent 7 days after clicking a promotion
    # Recall rules (issue 6); the seeds give the first four above, the rest are editable defaults.
    "silent_after_days": 7,  # churn starts after a week without a message
    "was_active_messages": 3,  # churn needs a history: at least this many messages before the silence
    "lurker_max_messages": 2,  # 潜水型: this many messages or fewer since joining …
    "lurker_min_days": 14,  # … after at least this many days in the group
    "freebie_min_claims": 2,  # 羊毛型: perks claimed in the window, with no purchase in it
    "freebie_window_days": 90,
    "early_warning_window_days": 30,  # a click older than this is no longer a warning
    "points_expiring_days": 14,  # points that expire within this many days
    "repurchase_min_orders": 2,  # expected next purchase needs at least two orders
    "repurchase_overdue_max_days": 90,  # longer overdue than this: churned, not due
    "resuming_gap_days": 30,  # came back after at least this long a silence
    "koc_min_invites": 1,  # KOC candidate: active and invited at least this many
    "anniversary_window_days": 7,  # 入群满 3/6/12 个月 within the last this many days
    "recall_cooldown_days": 14,  # nobody is recalled again within this many days
    "recall_daily_cap": 50,  # at most this many recall messages a day
    "recovery_days": 14,  # a recalled member who posts within this many days counts as recovered
}

LANGUAGES = ("system", "zh_CN", "en")


@dataclass
class BackupSettings:
    """Where and how often backups are taken, and how many are kept (see ``core.backup``).

    Kept with the per-machine preferences, not in the database: the backup folder must be known when the
    database itself is damaged, and it is a path on this machine (a USB drive, a synced folder).
    """

    folder: str = ""  # empty: the backups/ folder beside the database
    every_hours: int = 4  # while the app is open; 0 = only on close and before risky operations
    keep_last: int = 10  # the newest N, whatever their age
    keep_daily: int = 7  # plus the newest of each of the last N days
    keep_weekly: int = 8  # … of each of the last N weeks
    keep_monthly: int = 12  # … of each of the last N months

    LIMITS: ClassVar[dict[str, tuple[int, int]]] = {
        "every_hours": (0, 24 * 30),
        "keep_last": (1, 1000),
        "keep_daily": (0, 365),
        "keep_weekly": (0, 520),
        "keep_monthly": (0, 1200),
    }

    @classmethod
    def from_dict(cls, raw: dict[str, Any] | None) -> BackupSettings:
        settings = cls()
        for key, value in (raw or {}).items():
            if key == "folder" and isinstance(value, str):
                settings.folder = value
            elif key in cls.LIMITS and isinstance(value, int | float) and not isinstance(value, bool):
                low, high = cls.LIMITS[key]
                setattr(settings, key, int(min(max(value, low), high)))
        return settings


@dataclass
class AppPrefs:
    language: str = "system"
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    last_page: int = 0
    backup: dict[str, Any] = field(default_factory=dict)  # BackupSettings as a dict: see backup_settings()
    extra: dict[str, Any] = field(default_factory=dict)

    def backup_settings(self) -> BackupSettings:
        return BackupSettings.from_dict(self.backup)

    def set_backup_settings(self, settings: BackupSettings) -> None:
        self.backup = asdict(settings)

    @staticmethod
    def file() -> Path:
        return paths.config_dir() / "prefs.json"

    @classmethod
    def load(cls) -> AppPrefs:
        try:
            raw = json.loads(cls.file().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("preferences unreadable, using defaults: %s", exc)
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        prefs = cls(**known)
        if prefs.language not in LANGUAGES:
            prefs.language = "system"
        return prefs

    def save(self) -> None:
        target = self.file()
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, target)  # atomic: a crash never leaves half a file


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    from core.models import Setting  # not at import time: AppPrefs is read before the window shows

    row = session.get(Setting, key)
    if row is None:
        return default
    return json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    from core.models import Setting  # not at import time: AppPrefs is read before the window shows

    row = session.get(Setting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
    session.commit()


def _threshold_key(name: str, group_id: int | None) -> str:
    if name not in DEFAULT_THRESHOLDS:
        raise KeyError(f"unknown threshold {name!r}")
    return f"threshold.{name}" if group_id is None else f"group.{group_id}.threshold.{name}"


def get_threshold(session: Session, name: str, group_id: int | None = None) -> float:
    """A threshold: the group's override if it has one, else the community setting, else the seed default."""
    value = get_setting(session, _threshold_key(name, None), DEFAULT_THRESHOLDS[name])
    if group_id is not None:
        value = get_setting(session, _threshold_key(name, group_id), value)
    return float(value)


def get_thresholds(session: Session, group_id: int | None = None) -> dict[str, float]:
    """Every threshold (``get_threshold`` of each), read in one query."""
    from sqlalchemy import select

    from core.models import Setting

    keys = {name: _threshold_key(name, None) for name in DEFAULT_THRESHOLDS}
    overrides = {} if group_id is None else {name: _threshold_key(name, group_id) for name in DEFAULT_THRESHOLDS}
    wanted = [*keys.values(), *overrides.values()]
    saved = dict(session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(wanted))).all())
    out = {}
    for name, default in DEFAULT_THRESHOLDS.items():
        value = json.loads(saved[keys[name]]) if keys[name] in saved else default
        if name in overrides and overrides[name] in saved:
            value = json.loads(saved[overrides[name]])
        out[name] = float(value)
    return out


def set_threshold(session: Session, name: str, value: float | None, group_id: int | None = None) -> None:
    """Set a threshold (for one group when ``group_id`` is given); ``None`` removes a group's override."""
    key = _threshold_key(name, group_id)
    if value is None:
        from core.models import Setting

        row = session.get(Setting, key)
        if row is not None:
            session.delete(row)
            session.commit()
        return
    set_setting(session, key, float(value))


def get_setting_conn(conn: Any, key: str, default: Any = None) -> Any:
    """``get_setting`` for a ``Connection`` (or a ``Session``) inside a caller's transaction."""
    from sqlalchemy import select

    from core.models import Setting

    value = conn.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()
    return default if value is None else json.loads(value)


def set_setting_conn(conn: Any, key: str, value: Any) -> None:
    """``set_setting`` inside a caller's transaction: nothing is committed here."""
    from sqlalchemy import delete, insert

    from core.models import Setting

    conn.execute(delete(Setting).where(Setting.key == key))
    conn.execute(insert(Setting).values(key=key, value=json.dumps(value, ensure_ascii=False)))
