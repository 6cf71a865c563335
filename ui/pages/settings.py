"""Settings: language, the seed thresholds (stored with the data), and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import paths
from core.db import Database
from core.importers.pipeline import CHECKIN_SETTING, DEFAULT_CHECKIN_KEYWORDS
from core.settings import DEFAULT_THRESHOLDS, AppPrefs, get_setting, get_threshold, set_setting
from ui.pages.backups_panel import BackupsPanel
from ui.pages.base import Page
from ui.pages.incentive_settings import IncentiveSettings
from ui.pages.ladder_settings import LadderSettings


class SettingsPage(Page):
    restore_requested = Signal(str)

    def __init__(self, db: Database, prefs: AppPrefs, parent=None) -> None:
        super().__init__(db, self.tr("Settings"), parent)
        self.prefs = prefs
        self.tabs = QTabWidget()
        general_tab = QWidget()
        general_layout = QVBoxLayout(general_tab)
        self.tabs.addTab(general_tab, self.tr("General"))
        self.backups = BackupsPanel(self, db, prefs)
        self.backups.restore_requested.connect(self.restore_requested)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.incentives = IncentiveSettings(db)
        self.incentives.changed.connect(self.data_changed)
        self.tabs.addTab(self.incentives, self.tr("Points and tiers"))
        self.ladder = LadderSettings(db)
        self.tabs.addTab(self.ladder, self.tr("Community rules"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.layout_.addWidget(self.tabs, 1)
        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        self.language = QComboBox()
        for key, text in (("system", self.tr("Follow the system")), ("zh_CN", "简体中文"), ("en", "English")):
            self.language.addItem(text, key)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language"), self.language)
        self.restart_hint = QLabel(self.tr("The new language is used from the next start."))
        self.restart_hint.setStyleSheet("color: #6B7280;")
        self.restart_hint.hide()
        form.addRow("", self.restart_hint)
        db_label = QLabel(str(db.path))
        db_label.setWordWrap(True)
        form.addRow(self.tr("Database"), db_label)
        form.addRow(self.tr("Logs"), QLabel(str(paths.log_dir())))
        general_layout.addWidget(general)

        box = QGroupBox(self.tr("Thresholds (from the community-operations guide)"))
        self.form = QFormLayout(box)
        self.spins: dict[str, tuple[QDoubleSpinBox, float]] = {}
        fields = [  # (key, label, scale for display, suffix, maximum)
            ("speaking_rate_healthy", self.tr("Healthy speaking rate (发言率)"), 100, " %", 100),
            ("open_rate_healthy", self.tr("Healthy open rate (打开率)"), 100, " %", 100),
            ("nps_healthy", self.tr("Healthy NPS"), 1, "", 100),
            ("funnel_step_flag", self.tr("Flag funnel steps under"), 100, " %", 100),
            ("active_messages_per_week", self.tr("Active: messages a week"), 1, "", 1000),
            ("shallow_churn_days", self.tr("Shallow churn: silent up to (days)"), 1, "", 3650),
            ("deep_churn_days", self.tr("Deep churn: silent at least (days)"), 1, "", 3650),
            ("early_warning_days", self.tr("Early warning: silent after a click (days)"), 1, "", 365),
        ]
        for key, text, scale, suffix, maximum in fields:
            spin = QDoubleSpinBox()
            spin.setDecimals(0)
            spin.setRange(0, maximum)
            spin.setSuffix(suffix)
            self.spins[key] = (spin, scale)
            self.form.addRow(text, spin)
        buttons = QPushButton(self.tr("Save thresholds"))
        buttons.clicked.connect(self.save_thresholds)
        reset = QPushButton(self.tr("Restore defaults"))
        reset.clicked.connect(self.restore_defaults)
        self.form.addRow(reset, buttons)
        general_layout.addWidget(box)

        imports = QGroupBox(self.tr("Chat imports"))
        iform = QFormLayout(imports)
        self.checkin_words = QLineEdit()
        self.checkin_words.setPlaceholderText("打卡, 签到")
        iform.addRow(self.tr("Check-in keywords (comma-separated)"), self.checkin_words)
        save_words = QPushButton(self.tr("Save keywords"))
        save_words.clicked.connect(self.save_checkin_words)
        iform.addRow("", save_words)
        general_layout.addWidget(imports)
        general_layout.addStretch(1)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.backups:
            self.backups.refresh()
        elif self.tabs.widget(index) in (self.incentives, self.ladder):
            self.tabs.widget(index).refresh()

    def refresh(self) -> None:
        with self.db.session() as s:  # a handful of rows: instant
            for key, (spin, scale) in self.spins.items():
                spin.setValue(get_threshold(s, key) * scale)
            words = get_setting(s, CHECKIN_SETTING, list(DEFAULT_CHECKIN_KEYWORDS))
        self.checkin_words.setText(", ".join(words))

    def save_checkin_words(self) -> None:
        words = [w.strip() for w in self.checkin_words.text().replace("，", ",").split(",") if w.strip()]
        with self.db.session() as s:
            set_setting(s, CHECKIN_SETTING, words or list(DEFAULT_CHECKIN_KEYWORDS))
        self.status_message.emit(self.tr("Check-in keywords saved; they apply to the next chat import."))

    def _language_changed(self) -> None:
        self.prefs.language = self.language.currentData()
        self.prefs.save()
        self.restart_hint.show()

    def save_thresholds(self) -> None:
        values = {key: spin.value() / scale for key, (spin, scale) in self.spins.items()}
        if values["shallow_churn_days"] >= values["deep_churn_days"]:
            self.status_message.emit(self.tr("Shallow churn must end before deep churn begins; nothing was saved."))
            return
        with self.db.session() as s:
            for key, value in values.items():
                set_setting(s, f"threshold.{key}", value)
        self.status_message.emit(self.tr("Thresholds saved."))

    def restore_defaults(self) -> None:
        for key, (spin, scale) in self.spins.items():
            spin.setValue(DEFAULT_THRESHOLDS[key] * scale)
        self.save_thresholds()
