"""The Backups tab of Settings: the list of backups, "Back up now", "Restore…", and the backup settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import backup
from core.db import Database
from core.settings import AppPrefs, BackupSettings
from ui.pages.base import Page, hint_label, make_table, set_cell


def human_size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def _list(_progress, db_path: Path, settings: BackupSettings) -> list[tuple[backup.BackupInfo, int | None]]:
    return [(info, backup.describe(info.path).members) for info in backup.list_backups(db_path, settings)]


def _back_up(_progress, db_path: Path, settings: BackupSettings) -> Path:
    return backup.make_backup(db_path, "manual", settings)


class BackupsPanel(QWidget):
    restore_requested = Signal(str)

    def __init__(self, page: Page, db: Database, prefs: AppPrefs) -> None:
        super().__init__(page)
        self.page, self.db, self.prefs = page, db, prefs
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)

        bar = QHBoxLayout()
        self.backup_btn = QPushButton(self.tr("Back up now"))
        self.restore_btn = QPushButton(self.tr("Restore…"))
        self.restore_file_btn = QPushButton(self.tr("Restore from a file…"))
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #6B7280;")
        for w in (self.backup_btn, self.restore_btn, self.restore_file_btn):
            bar.addWidget(w)
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)

        self.table = make_table([self.tr("Date"), self.tr("Reason"), self.tr("Size"), self.tr("Members")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = hint_label(
            self.tr(
                "No backups yet. Qunzhu backs up when you close it, every few hours while it is open, and before "
                "risky changes; or press \u201cBack up now\u201d."
            )
        )
        layout.addWidget(self.empty, 1)
        self.empty.hide()

        box = QGroupBox(self.tr("Backup settings"))
        form = QFormLayout(box)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(str(backup.backup_folder(db.path, BackupSettings())))
        self.folder.setToolTip(
            self.tr(
                "For a copy off this computer choose a USB drive or a synced folder. The database itself must "
                "stay on this computer's own disk."
            )
        )
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form.addRow(self.tr("Backup folder"), folder_row)
        self.every = QSpinBox()
        self.every.setRange(*BackupSettings.LIMITS["every_hours"])
        self.every.setSuffix(self.tr(" h"))
        self.every.setSpecialValueText(self.tr("only on close"))
        self.every.setMaximumWidth(160)
        form.addRow(self.tr("Back up while open, every"), self.every)
        self.keep: dict[str, QSpinBox] = {}
        for key, text in (
            ("keep_last", self.tr("Keep the newest")),
            ("keep_daily", self.tr("and one a day for (days)")),
            ("keep_weekly", self.tr("and one a week for (weeks)")),
            ("keep_monthly", self.tr("and one a month for (months)")),
        ):
            spin = QSpinBox()
            spin.setRange(*BackupSettings.LIMITS[key])
            spin.setMaximumWidth(160)
            self.keep[key] = spin
            form.addRow(text, spin)
        save = QPushButton(self.tr("Save backup settings"))
        save.clicked.connect(self.save_settings)
        save_row = QHBoxLayout()
        save_row.addWidget(save)
        save_row.addStretch(1)
        form.addRow("", save_row)
        layout.addWidget(box)

        self.backup_btn.clicked.connect(self.back_up_now)
        self.restore_btn.clicked.connect(self.restore_selected)
        self.restore_file_btn.clicked.connect(self.restore_from_file)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._rows: list[tuple[backup.BackupInfo, int | None]] = []
        self._show_settings(prefs.backup_settings())
        self._selection_changed()

    # -- settings
    def _show_settings(self, settings: BackupSettings) -> None:
        self.folder.setText(settings.folder)
        self.every.setValue(settings.every_hours)
        for key, spin in self.keep.items():
            spin.setValue(getattr(settings, key))

    def settings(self) -> BackupSettings:
        values = {key: spin.value() for key, spin in self.keep.items()}
        return BackupSettings(folder=self.folder.text().strip(), every_hours=self.every.value(), **values)

    def save_settings(self) -> None:
        self.prefs.set_backup_settings(self.settings())
        self.prefs.save()
        self.page.status_message.emit(self.tr("Backup settings saved."))
        self.refresh()

    def _choose_folder(self) -> None:
        start = self.folder.text() or self.folder.placeholderText()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder.setText(chosen)

    # -- list
    def refresh(self) -> None:
        self.page.run(self.tr("Listing backups"), _list, self._show, self.db.path, self.prefs.backup_settings())

    def _show(self, rows: list[tuple[backup.BackupInfo, int | None]]) -> None:
        self._rows = rows
        self.table.setRowCount(len(rows))
        for r, (info, members) in enumerate(rows):
            set_cell(self.table, r, 0, info.created.strftime("%Y-%m-%d %H:%M:%S"))
            set_cell(self.table, r, 1, self.reason_text(info.reason))
            set_cell(self.table, r, 2, human_size(info.size), right=True)
            set_cell(self.table, r, 3, "?" if members is None else str(members), right=True)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        folder = backup.backup_folder(self.db.path, self.prefs.backup_settings())
        total = sum(info.size for info, _ in rows)
        self.summary.setText(
            self.tr("%n backup(s), %1 in %2", "", len(rows)).replace("%1", human_size(total)).replace("%2", str(folder))
        )
        self._selection_changed()

    def reason_text(self, reason: str) -> str:
        names = {
            "auto": self.tr("Every few hours"),
            "close": self.tr("On closing"),
            "manual": self.tr("By hand"),
            "pre-restore": self.tr("Before a restore"),
            "pre-empty-trash": self.tr("Before emptying the trash"),
            "pre-purge-trash": self.tr("Before emptying the trash"),
            "pre-bulk-delete": self.tr("Before a bulk delete"),
            "pre-merge": self.tr("Before a merge"),
            "pre-import-undo": self.tr("Before undoing an import"),
        }
        if reason.startswith("pre-migration"):
            return self.tr("Before an upgrade")
        return names.get(reason, reason)

    def _selection_changed(self) -> None:
        self.restore_btn.setEnabled(self.selected() is not None)

    def selected(self) -> backup.BackupInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    # -- actions
    def back_up_now(self) -> None:
        self.backup_btn.setEnabled(False)
        settings = self.prefs.backup_settings()
        job = self.page.run(self.tr("Backing up"), _back_up, self._backed_up, self.db.path, settings)
        job.failed.connect(lambda message, _t: QMessageBox.warning(self, self.tr("Backup failed"), message))
        job.finished.connect(lambda: self.backup_btn.setEnabled(True))

    def _backed_up(self, path: Path) -> None:
        self.page.status_message.emit(self.tr("Backup written: %1").replace("%1", str(path)))
        self.refresh()

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.confirm_restore(info.path, info.created.strftime("%Y-%m-%d %H:%M"))

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(self.db.path.parent), self.tr("Qunzhu database (*.sqlite3)")
        )
        if path:
            self.confirm_restore(Path(path), Path(path).name)

    def confirm_restore(self, path: Path, label: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace all the data with the backup %1?\n\nThe data as it is now is backed up first, so this "
                "can be undone by restoring that backup."
            ).replace("%1", label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.restore_requested.emit(str(path))
        return True
