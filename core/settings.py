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
from typing import Any

from sqlmodel import Session

from core import paths
from core.models import Setting

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
}

LANGUAGES = ("system", "zh_CN", "en")


@dataclass
class AppPrefs:
    language: str = "system"
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    last_page: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

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
    row = session.get(Setting, key)
    if row is None:
        return default
    return json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
    session.commit()


def get_threshold(session: Session, name: str) -> float:
    if name not in DEFAULT_THRESHOLDS:
        raise KeyError(f"unknown threshold {name!r}")
    return float(get_setting(session, f"threshold.{name}", DEFAULT_THRESHOLDS[name]))
