"""Translations: the app's own (resources/i18n/qunzhu_*.qm) and Qt's (qtbase_*), installed once at start.

English is the source language. The UI follows the system locale unless the user picked a language in
Settings (stored in ``AppPrefs.language``) or passed ``--lang``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core import paths

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def resolve_language(preference: str | None) -> str:
    """'zh_CN' or 'en' from a preference ('system', 'zh_CN', 'en' or None)."""
    if preference in ("zh_CN", "en"):
        return preference
    name = QLocale.system().name()  # e.g. zh_CN, zh_TW, en_US
    return "zh_CN" if name.startswith("zh") else "en"


def app_qm_path(language: str):
    return paths.resources_dir() / "i18n" / f"qunzhu_{language}.qm"


def install(app: QCoreApplication, language: str) -> bool:
    """Install translators for ``language``; returns False if the app's own catalogue could not be loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ok = True
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir) or qt.load(f"qtbase_{language}", str(paths.resources_dir() / "i18n")):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.warning("Qt's own %s translation not found", language)
    own = QTranslator(app)
    if own.load(str(app_qm_path(language))):
        app.installTranslator(own)
        _installed.append(own)
    else:
        log.error("translation %s missing", app_qm_path(language))
        ok = False
    return ok


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
