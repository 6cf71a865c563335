"""Where Qunzhu keeps its files.

The two names given to platformdirs ("Qunzhu", "Qunzhu") are frozen forever: changing them would make
every user's data look lost. Tests and power users can move everything with ``QUNZHU_HOME``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Qunzhu"
APP_AUTHOR = "Qunzhu"
DB_FILENAME = "qunzhu.sqlite3"


def _home_override() -> Path | None:
    value = os.environ.get("QUNZHU_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    """The folder holding the database, backups and logs (created on demand)."""
    home = _home_override()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_DIR_NAME, APP_AUTHOR))
    _make_private_dir(path)
    return path


def config_dir() -> Path:
    """The folder holding app preferences (language, window geometry)."""
    home = _home_override()
    path = home / "config" if home else Path(platformdirs.user_config_dir(APP_DIR_NAME, APP_AUTHOR))
    _make_private_dir(path)
    return path


def cache_dir() -> Path:
    """Disposable files, e.g. matplotlib's font cache."""
    home = _home_override()
    path = home / "cache" if home else Path(platformdirs.user_cache_dir(APP_DIR_NAME, APP_AUTHOR))
    _make_private_dir(path)
    return path


def restrict_to_user(path: Path) -> None:
    """Make a folder of Qunzhu's own readable by its owner only (0700) where the OS has such permissions.

    Member lists hold phone numbers: other accounts on a shared computer must not read them. Windows folders
    under the user's profile are private already; there (and on file systems without modes) this does nothing.
    """
    if os.name != "posix":
        return
    try:
        if path.stat().st_mode & 0o777 != 0o700:
            path.chmod(0o700)
    except OSError:
        pass  # a file system without permissions (FAT on a USB drive): nothing to do


def _make_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    restrict_to_user(path)


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir_for(db_path: Path) -> Path:
    """Backups live in a folder beside the database they belong to."""
    return db_path.parent / "backups"


def log_dir() -> Path:
    path = data_dir() / "logs"
    _make_private_dir(path)
    return path


def resources_dir() -> Path:
    """The bundled resources (fonts, translations); inside a PyInstaller bundle too."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path() -> Path:
    return resources_dir() / "fonts" / "QunzhuSansSC-Regular.otf"


FONT_FAMILY = "Qunzhu Sans SC"
