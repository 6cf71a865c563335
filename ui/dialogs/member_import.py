"""The member-list wizard of the import centre: file → encoding (when unsure) → columns → preview → import → done.

Every step that reads the file or the database runs through ``ui.workers`` (progress and cancel); all the work
is in ``core.importers.members``. The preview is a dry run of the real import, so its counts and row problems
are exactly what importing will do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.db import Database
from core.importers import batches
from core.importers import members as mi
from ui import workers
from ui.pages.base import hint_label, make_table, set_cell

FIELD_NAMES = {
    "display_name": QT_TRANSLATE_NOOP("MemberFields", "Name"),
    "wechat_id": QT_TRANSLATE_NOOP("MemberFields", "WeChat ID"),
    "phone": QT_TRANSLATE_NOOP("MemberFields", "Phone"),
    "other_contact": QT_TRANSLATE_NOOP("MemberFields", "Other contact"),
    "birthday": QT_TRANSLATE_NOOP("MemberFields", "Birthday"),
    "source_channel": QT_TRANSLATE_NOOP("MemberFields", "Source"),
    "joined_at": QT_TRANSLATE_NOOP("MemberFields", "Joined"),
    "tier": QT_TRANSLATE_NOOP("MemberFields", "Tier"),
    "notes": QT_TRANSLATE_NOOP("MemberFields", "Notes"),
    "tags": QT_TRANSLATE_NOOP("MemberFields", "Tags"),
    "group": QT_TRANSLATE_NOOP("MemberFields", "Group"),
    "do_not_contact": QT_TRANSLATE_NOOP("MemberFields", "Do not contact"),
}
PROBLEM_TEXTS = {
    "no_key": QT_TRANSLATE_NOOP("MemberProblems", "The row has no name, WeChat ID or phone number."),
    "dup_wechat": QT_TRANSLATE_NOOP(
        "MemberProblems", "The same WeChat ID as row {ref} of this file; only the first is imported."
    ),
    "dup_phone": QT_TRANSLATE_NOOP(
        "MemberProblems", "The same phone number as row {ref} of this file; only the first is imported."
    ),
    "dup_name": QT_TRANSLATE_NOOP(
        "MemberProblems",
        "The same name as row {ref} of this file (and no WeChat ID or phone); only the first is imported.",
    ),
    "same_member": QT_TRANSLATE_NOOP(
        "MemberProblems", "Matches the same member as row {ref} of this file; only the first is imported."
    ),
    "ambiguous_name": QT_TRANSLATE_NOOP(
        "MemberProblems", "{detail} members are named “{value}”; add a WeChat ID or phone number to tell which."
    ),
    "scientific": QT_TRANSLATE_NOOP(
        "MemberProblems",
        "“{value}” is a number Excel shortened to scientific notation; the real digits are lost. "
        "Format the column as text in Excel and export again.",
    ),
    "bad_phone": QT_TRANSLATE_NOOP("MemberProblems", "“{value}” is not a phone number."),
    "bad_date": QT_TRANSLATE_NOOP(
        "MemberProblems", "“{value}” is not a date (2025-05-12, 2025/5/12, 5月12日 or an Excel date)."
    ),
    "bad_tier": QT_TRANSLATE_NOOP("MemberProblems", "“{value}” is not a tier (白银, 黄金 or 钻石)."),
    "bad_flag": QT_TRANSLATE_NOOP("MemberProblems", "“{value}” is not yes or no (是/否)."),
    "bad_value": QT_TRANSLATE_NOOP("MemberProblems", "“{value}” does not fit this custom field."),
    "bad_text": QT_TRANSLATE_NOOP(
        "MemberProblems", "This line is not valid {detail} text (a file with mixed encodings?)."
    ),
}
KEY_ORDERS = (
    (("wechat_id", "phone", "name"), QT_TRANSLATE_NOOP("MemberImportWizard", "WeChat ID, then phone, then name")),
    (("phone", "wechat_id", "name"), QT_TRANSLATE_NOOP("MemberImportWizard", "Phone, then WeChat ID, then name")),
    (("wechat_id", "phone"), QT_TRANSLATE_NOOP("MemberImportWizard", "WeChat ID or phone only (never by name)")),
    (("name",), QT_TRANSLATE_NOOP("MemberImportWizard", "Exact name only")),
)


def field_name(target: str) -> str:
    source = FIELD_NAMES.get(target)
    return QCoreApplication.translate("MemberFields", source) if source else target


def problem_messages() -> dict[str, str]:
    return {code: QCoreApplication.translate("MemberProblems", text) for code, text in PROBLEM_TEXTS.items()}


class MemberImportWizard(QWidget):
    imported = Signal()  # data changed (an import or an undo finished)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path: Path | None = None
        self.encoding: str | None = None
        self.info: mi.FileInfo | None = None
        self.summary: mi.ImportSummary | None = None
        self.job: workers.Job | None = None
        self.last_batch: int | None = None
        self._back_to: QWidget | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Choose member list…"))
        choose.clicked.connect(self.choose_file)
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        layout.addLayout(top)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020; padding: 4px;")
        self.error.hide()
        layout.addWidget(self.error)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.start_page = hint_label(
            self.tr(
                "Import a member list kept in Excel or WPS (CSV or XLSX): one member per row, with columns such "
                "as 昵称, 微信号, 手机, 生日, 标签, 备注.\n\nMembers already here are recognised by WeChat ID, phone "
                "or exact name and updated; importing the same file again changes nothing. Drop a file here or "
                "choose one."
            )
        )
        self.stack.addWidget(self.start_page)
        self._build_encoding_page()
        self._build_mapping_page()
        self._build_preview_page()
        self._build_running_page()
        self._build_done_page()

    # -- pages ----------------------------------------------------------------------------------------
    def _build_encoding_page(self) -> None:
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "This file is not UTF-8, and its encoding cannot be told for sure. Choose the one under which the "
                "names read correctly:"
            )
        )
        intro.setWordWrap(True)
        pl.addWidget(intro)
        self.encoding_buttons = QButtonGroup(self)
        self.encoding_row = QHBoxLayout()
        pl.addLayout(self.encoding_row)
        self.encoding_preview = QPlainTextEdit()
        self.encoding_preview.setReadOnly(True)
        pl.addWidget(self.encoding_preview, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        go = QPushButton(self.tr("Use this encoding"))
        go.clicked.connect(self._encoding_chosen)
        row.addWidget(go)
        pl.addLayout(row)
        self.encoding_page = page
        self.stack.addWidget(page)

    def _build_mapping_page(self) -> None:
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        self.mapping_hint = QLabel()
        self.mapping_hint.setWordWrap(True)
        self.mapping_hint.setStyleSheet("color: #4B5563;")
        pl.addWidget(self.mapping_hint)
        self.mapping_table = make_table([self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.mapping_table.verticalHeader().setDefaultSectionSize(30)
        pl.addWidget(self.mapping_table, 1)
        form = QFormLayout()
        self.key_combo = QComboBox()
        for keys, label in KEY_ORDERS:
            self.key_combo.addItem(QCoreApplication.translate("MemberImportWizard", label), keys)
        form.addRow(self.tr("Recognise existing members by"), self.key_combo)
        self.tag_all = QLineEdit()
        self.tag_all.setPlaceholderText(self.tr("e.g. 双十一活动 (optional; several separated by commas)"))
        form.addRow(self.tr("Tag everyone in this file"), self.tag_all)
        self.tag_dimension = QLineEdit(mi.DEFAULT_TAG_DIMENSION)
        form.addRow(self.tr("New tags go into the dimension"), self.tag_dimension)
        pl.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.preview_btn = QPushButton(self.tr("Check the rows"))
        self.preview_btn.setDefault(True)
        self.preview_btn.clicked.connect(self.start_preview)
        row.addWidget(self.preview_btn)
        pl.addLayout(row)
        self.mapping_page = page
        self.stack.addWidget(page)

    def _build_preview_page(self) -> None:
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        self.preview_text = QLabel()
        self.preview_text.setWordWrap(True)
        self.preview_text.setStyleSheet("font-size: 14px; padding: 4px 0;")
        pl.addWidget(self.preview_text)
        self.problems = make_table([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")])
        self.problems.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setWordWrap(True)
        pl.addWidget(self.problems, 1)
        self.rows_table = make_table([])
        pl.addWidget(self.rows_table, 1)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Back to the columns"))
        back.clicked.connect(lambda: self.stack.setCurrentWidget(self.mapping_page))
        row.addWidget(back)
        row.addStretch(1)
        self.import_btn = QPushButton(self.tr("Import"))
        self.import_btn.clicked.connect(lambda: self.start_import(skip_bad=False))
        self.import_good_btn = QPushButton()
        self.import_good_btn.clicked.connect(lambda: self.start_import(skip_bad=True))
        row.addWidget(self.import_good_btn)
        row.addWidget(self.import_btn)
        pl.addLayout(row)
        self.preview_page = page
        self.stack.addWidget(page)

    def _build_running_page(self) -> None:
        page = QWidget()
        rl = QVBoxLayout(page)
        rl.addStretch(1)
        self.run_label = QLabel()
        self.run_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.clicked.connect(self.cancel)
        rl.addWidget(self.run_label)
        rl.addWidget(self.progress)
        rl.addWidget(self.cancel_btn, 0, Qt.AlignmentFlag.AlignCenter)
        rl.addStretch(1)
        self.running_page = page
        self.stack.addWidget(page)

    def _build_done_page(self) -> None:
        page = QWidget()
        dl = QVBoxLayout(page)
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setStyleSheet("font-size: 14px; padding: 12px;")
        dl.addWidget(self.done_text)
        self.report_link = QLabel()
        self.report_link.setTextFormat(Qt.TextFormat.RichText)
        self.report_link.setOpenExternalLinks(False)
        self.report_link.linkActivated.connect(lambda href: QDesktopServices.openUrl(QUrl(href)))
        self.report_link.setStyleSheet("padding: 0 12px;")
        dl.addWidget(self.report_link)
        row = QHBoxLayout()
        row.addStretch(1)
        self.undo_btn = QPushButton(self.tr("Undo this import"))
        self.undo_btn.clicked.connect(self.undo_last)
        another = QPushButton(self.tr("Import another list…"))
        another.clicked.connect(self.choose_file)
        row.addWidget(self.undo_btn)
        row.addWidget(another)
        dl.addLayout(row)
        dl.addStretch(1)
        self.done_page = page
        self.stack.addWidget(page)

    # -- file and encoding ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a member list"), "", self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)")
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path, encoding: str | None = None) -> None:
        self.path = Path(path)
        self.encoding = encoding
        self.info = None
        self.summary = None
        self.file_label.setText(str(self.path))
        self._inspect()

    def _inspect(self) -> None:
        db, path, encoding = self.db, self.path, self.encoding

        def work(progress):
            try:
                return mi.inspect_file(db, path, encoding)
            except mi.EncodingChoiceRequired as exc:
                return exc.candidates

        self._show_error("")
        self._run(self.tr("Reading %1…").replace("%1", path.name), work, self._inspected, self.start_page)

    def _inspected(self, result) -> None:
        if isinstance(result, list):
            self._show_encodings(result)
        else:
            self._show_mapping(result)

    def _show_encodings(self, candidates: list[mi.EncodingCandidate]) -> None:
        for button in self.encoding_buttons.buttons():
            self.encoding_buttons.removeButton(button)
            button.deleteLater()
        names = {"gb18030": self.tr("Simplified Chinese (GBK/GB18030)"), "big5": self.tr("Traditional Chinese (Big5)"),
                 "utf-8": self.tr("Unicode (UTF-8)")}  # fmt: skip
        self._candidates = candidates
        for i, c in enumerate(candidates):
            button = QRadioButton(names.get(c.encoding, c.encoding))
            self.encoding_buttons.addButton(button, i)
            self.encoding_row.addWidget(button)
            button.toggled.connect(lambda on, c=c: on and self.encoding_preview.setPlainText(c.preview))
        self.encoding_buttons.button(0).setChecked(True)
        self.stack.setCurrentWidget(self.encoding_page)

    def _encoding_chosen(self) -> None:
        i = self.encoding_buttons.checkedId()
        if i < 0:
            return
        self.encoding = self._candidates[i].encoding
        self._inspect()

    # -- mapping --------------------------------------------------------------------------------------
    def _show_mapping(self, info: mi.FileInfo) -> None:
        self.info = info
        hint = self.tr(
            "Found %1 columns (header in row %2). Choose what each column is; columns you do not need "
            "can be ignored, others become custom fields."
        )
        hint = hint.replace("%1", str(len(info.headers))).replace("%2", str(info.header_row))
        if info.remembered:
            hint += " " + self.tr("These choices were remembered from the last file with the same columns.")
        self.mapping_hint.setText(hint)
        self.mapping_table.setRowCount(len(info.headers))
        self._combos: list[tuple[str, QComboBox]] = []
        for row, header in enumerate(info.headers):
            set_cell(self.mapping_table, row, 0, header or self.tr("(no name)"))
            examples = list(dict.fromkeys(s[row] for s in info.samples if row < len(s) and s[row]))
            set_cell(self.mapping_table, row, 1, "、".join(examples[:3]))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), mi.IGNORE)
            for fld in mi.FIELDS:
                combo.addItem(field_name(fld), fld)
            if header:
                combo.addItem(self.tr("Custom field “%1”").replace("%1", header), mi.CUSTOM + header)
            target = info.mapping.get(header, mi.IGNORE)
            index = combo.findData(target)
            if index < 0 and target.startswith(mi.CUSTOM):
                combo.addItem(self.tr("Custom field “%1”").replace("%1", target[len(mi.CUSTOM) :]), target)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))
            combo.currentIndexChanged.connect(lambda _i: self._show_error(""))
            self.mapping_table.setCellWidget(row, 2, combo)
            self._combos.append((header, combo))
        self.mapping_table.setColumnWidth(0, 180)
        self.mapping_table.setColumnWidth(1, 300)
        self.mapping_table.setColumnWidth(2, 220)
        self.stack.setCurrentWidget(self.mapping_page)

    def mapping(self) -> dict[str, str]:
        return {h: c.currentData() for h, c in getattr(self, "_combos", [])}

    def _options(self, **kw) -> mi.ImportOptions:
        tags = tuple(t for t in mi._SPLIT.split(self.tag_all.text()) if t.strip())
        return mi.ImportOptions(
            mapping=self.mapping(),
            keys=self.key_combo.currentData(),
            encoding=self.encoding,
            tag_everyone=tuple(t.strip() for t in tags),
            tag_dimension=self.tag_dimension.text().strip() or mi.DEFAULT_TAG_DIMENSION,
            messages=problem_messages(),
            **kw,
        )

    def _check_mapping(self) -> bool:
        assert self.info is not None
        try:
            mi.check_mapping(self.info.headers, self.mapping())
        except mi.MappingError as exc:
            self._show_error(self._mapping_message(str(exc)))
            return False
        return True

    def _mapping_message(self, text: str) -> str:
        if "both mapped" in text:
            twice = [h for h, c in self._combos if c.currentData() != mi.IGNORE]
            targets = [c.currentData() for _h, c in self._combos if c.currentData() != mi.IGNORE]
            dup = next(t for t in targets if targets.count(t) > 1)
            cols = [h for h in twice if self.mapping()[h] == dup]
            return (
                self.tr("“%1” is chosen for two columns (%2). Choose it for one column only.")
                .replace("%1", field_name(dup) if not dup.startswith(mi.CUSTOM) else dup[len(mi.CUSTOM) :])
                .replace("%2", "、".join(cols))
            )
        if "at least one column" in text:
            return self.tr("Choose a column for the name, the WeChat ID or the phone number.")
        return text

    # -- preview and import ---------------------------------------------------------------------------
    def start_preview(self) -> None:
        if self.path is None or self.info is None or not self._check_mapping():
            return
        db, path, options = self.db, self.path, self._options(dry_run=True)
        self._run(self.tr("Checking %1…").replace("%1", path.name),
                  lambda progress: mi.import_members(db, path, options, progress), self._show_preview,
                  self.mapping_page)  # fmt: skip

    def _show_preview(self, s: mi.ImportSummary) -> None:
        self.summary = s
        text = (
            self.tr("%1 rows: %2 new members, %3 to update, %4 unchanged.")
            .replace("%1", str(s.rows))
            .replace("%2", str(s.created))
            .replace("%3", str(s.updated))
            .replace("%4", str(s.unchanged))
        )
        if s.errors:
            text += " " + self.tr("%n row(s) have problems (listed below).", "", s.errors)
        else:
            text += " " + self.tr("No problems found.")
        self.preview_text.setText(text)
        messages = problem_messages()
        shown = s.problems[:1000]
        self.problems.setRowCount(len(shown))
        for row, p in enumerate(shown):
            set_cell(self.problems, row, 0, str(p.row), right=True)
            set_cell(self.problems, row, 1, p.column)
            set_cell(self.problems, row, 2, p.value)
            set_cell(self.problems, row, 3, p.text(messages))
        self.problems.resizeRowsToContents()
        self.problems.setVisible(bool(shown))
        self.problems.setColumnWidth(0, 50)
        self.problems.setColumnWidth(1, 90)
        self.problems.setColumnWidth(2, 140)
        self._fill_rows(s)
        self.rows_table.setVisible(not shown)
        self.import_btn.setVisible(not s.errors)
        self.import_btn.setEnabled(bool(s.created or s.updated))
        self.import_good_btn.setVisible(bool(s.errors))
        good = s.created + s.updated
        self.import_good_btn.setText(self.tr("Import the good rows, leave out %n with problems", "", s.errors))
        self.import_good_btn.setEnabled(good > 0)
        self.stack.setCurrentWidget(self.preview_page)

    def _fill_rows(self, s: mi.ImportSummary) -> None:
        cols = [c for c in mi.MEMBER_COLUMNS if any(c in r for r in s.preview)]
        self.rows_table.clear()
        self.rows_table.setColumnCount(len(cols) + 2)
        self.rows_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Action")] + [field_name(c) for c in cols])
        self.rows_table.setRowCount(len(s.preview))
        for row, r in enumerate(s.preview):
            set_cell(self.rows_table, row, 0, str(r["row"]), right=True)
            set_cell(self.rows_table, row, 1, self.tr("new") if r["new"] else self.tr("existing"))
            for i, c in enumerate(cols, start=2):
                value = r.get(c, "")
                if c == "tier":
                    value = mi.TIER_LABELS.get(value, value)
                elif c == "do_not_contact" and value != "":
                    value = self.tr("yes") if value == "1" else self.tr("no")
                elif c in ("joined_at",) and value:
                    value = value[:16]
                set_cell(self.rows_table, row, i, value)
        header = self.rows_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rows_table.resizeColumnsToContents()
        for col in range(self.rows_table.columnCount()):
            self.rows_table.setColumnWidth(col, self.rows_table.columnWidth(col) + 24)

    def start_import(self, skip_bad: bool) -> None:
        if self.path is None or self.summary is None:
            return
        db, path, options = self.db, self.path, self._options(skip_bad=skip_bad)
        self._run(self.tr("Importing %1…").replace("%1", path.name),
                  lambda progress: mi.import_members(db, path, options, progress), self._imported,
                  self.preview_page)  # fmt: skip

    def _imported(self, s: mi.ImportSummary) -> None:
        self.last_batch = s.batch_id
        self.summary = None
        text = (
            self.tr("Imported: %1 new members, %2 updated, %3 unchanged.")
            .replace("%1", str(s.created))
            .replace("%2", str(s.updated))
            .replace("%3", str(s.unchanged))
        )
        if s.errors:
            text += " " + self.tr("%n row(s) with problems were left out.", "", s.errors)
        self.done_text.setText(text)
        self._set_report(s.report)
        self.undo_btn.setVisible(s.batch_id is not None)
        self.undo_btn.setEnabled(True)
        self.stack.setCurrentWidget(self.done_page)
        self.imported.emit()

    def _set_report(self, report: str | None) -> None:
        if report:
            url = QUrl.fromLocalFile(report).toString()
            self.report_link.setText(
                self.tr("Row problems are listed in %1").replace("%1", f'<a href="{url}">{Path(report).name}</a>')
            )
        self.report_link.setVisible(bool(report))

    def undo_last(self) -> None:
        if self.last_batch is None:
            return
        db, batch = self.db, self.last_batch
        self._run(self.tr("Undoing the import…"), lambda progress: batches.undo_batch(db, batch), self._undone,
                  self.done_page)  # fmt: skip

    def _undone(self, result) -> None:
        self.undo_btn.setEnabled(False)
        self.done_text.setText(
            self.tr("Import %1 was undone: %2 members removed, %3 changed values restored.")
            .replace("%1", str(result.batch_id))
            .replace("%2", str(result.members_deleted))
            .replace("%3", str(result.values_restored))
        )
        self.stack.setCurrentWidget(self.done_page)
        self.imported.emit()

    # -- jobs -----------------------------------------------------------------------------------------
    def _run(self, label: str, fn, on_done, back_to: QWidget) -> None:
        self._back_to = back_to
        self.run_label.setText(label)
        self.progress.setValue(0)
        self.stack.setCurrentWidget(self.running_page)
        self.job = workers.run_job(label, fn, parent=self)
        self.job.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        self.job.succeeded.connect(on_done)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)

    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()

    def _cancelled(self) -> None:
        self.stack.setCurrentWidget(self._back_to or self.start_page)
        self._show_error(self.tr("Cancelled: nothing was imported."))

    def _failed(self, message: str, trace: str) -> None:
        self.stack.setCurrentWidget(self._back_to or self.start_page)
        if "MappingError" in trace:
            message = self._mapping_message(message)
        else:
            message = self._file_message(message)
        self._show_error(message)

    def _file_message(self, message: str) -> str:
        """The file errors a member list meets most, in the user's language (others as core words them)."""
        name = self.path.name if self.path else ""
        if "is empty" in message:
            return self.tr("%1 is empty. Nothing was imported.").replace("%1", name)
        if "has a header row but no members" in message or "has no rows" in message:
            return self.tr("%1 has no members under its header row. Nothing was imported.").replace("%1", name)
        if "is not a text (CSV) file" in message:
            return self.tr(
                "%1 is not a CSV file (it holds binary data or another kind of file). Export the list again as "
                "CSV or XLSX. Nothing was imported."
            ).replace("%1", name)
        if "cannot be read as a workbook" in message or "cannot be read as an Excel workbook" in message:
            return self.tr(
                "%1 cannot be read as an Excel workbook. Open it in Excel or WPS and save it as .xlsx or CSV. "
                "Nothing was imported."
            ).replace("%1", name)
        return message

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


def looks_like_member_list(path: Path) -> bool:
    """A spreadsheet whose header names a member (昵称/姓名 with 微信号 or 手机) and no order columns."""
    try:
        info_headers = mi.peek_headers(path)
    except Exception:  # unreadable here: the importers say why later
        return False
    targets = {mi.suggest_target(h) for h in info_headers}
    return "display_name" in targets and bool({"wechat_id", "phone", "tags", "birthday", "tier"} & targets)
