"""Register the bundled CJK font with Qt so Chinese text and rare name characters never show as boxes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from core import paths

log = logging.getLogger(__name__)


def install(app: QApplication) -> bool:
    font_id = QFontDatabase.addApplicationFont(str(paths.font_path()))
    if font_id < 0:
        log.error("could not load the bundled font %s", paths.font_path())
        return False
    families = QFontDatabase.applicationFontFamilies(font_id)
    base = app.font()
    # Keep the system's UI font first (native look); ours fills in every character it lacks.
    fallback = [f for f in base.families() if f != families[0]] + list(families)
    font = QFont(base)
    font.setFamilies(fallback)
    app.setFont(font)
    return True
