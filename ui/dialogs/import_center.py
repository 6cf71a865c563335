"""The import centre: pick or drop a chat or order export, check what was found, confirm who is who, import.

Reading the file (preview) and importing run through ``ui.workers`` with progress and cancel; the history
tab lists every import and undoes one as a whole. All the work is in ``core.importers``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from core.db import Database
from core.importers import CHAT_FORMATS, batches, orders, pipeline
from core.models import Group
from ui import workers
from ui.dialogs.member_import import MemberImportWizard, looks_like_member_list
from ui.errors import translate_error
from ui.pages.base import hint_label, make_table, set_cell

FORMAT_NAMES = {
    "memotrace-csv": "留痕 MemoTrace CSV",
    "memotrace-txt": "留痕 MemoTrace TXT",
    "whatsapp": "WhatsApp (.txt)",
    "telegram": "Telegram (result.json)",
    "csv": "CSV",
}
ORDERS = "orders"
MEMBERS = "members"
HISTORY_TAB, MEMBERS_TAB = 1, 2


def guess_kind(path: Path) -> str:
    """Chat export or shop orders, from the extension and the header row."""
    if path.suffix.lower() in (".xlsx", ".xlsm", ".csv") and looks_like_member_list(path):
        try:
            file = orders.OrderFile(path, orders.OrderOptions())
            is_orders = "order_id" in file.mapping and "amount" in file.mapping
        except Exception:
            is_orders = False
        if not is_orders:
            return MEMBERS
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return ORDERS
    if path.suffix.lower() in (".csv", ".tsv"):
        try:
            file = orders.OrderFile(path, orders.OrderOptions())
            if "order_id" in file.mapping and "amount" in file.mapping:
                return ORDERS
        except Exception:  # not an order export: a chat CSV then
            pass
    return "chat"


class ImportCenter(QDialog):
    imported = Signal()  # data changed (an import or an undo finished)

    def __init__(self, db: Database, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path: Path | None = None
        self.kind = "chat"
        self.preview = None
        self.job: workers.Job | None = None
        self.last_batch: int | None = None
        self.mapping: dict[str, str] | None = None
        self.setWindowTitle(self.tr("Import centre"))
        self.setAcceptDrops(True)
        self.resize(900, 640)

        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs)
        self.tabs.addTab(self._build_import_tab(), self.tr("Import"))
        self.tabs.addTab(self._build_history_tab(), self.tr("History"))
        self.members = MemberImportWizard(db, self)
        self.members.imported.connect(self.imported)
        self.tabs.addTab(self.members, self.tr("Member list"))
        self.tabs.currentChanged.connect(lambda i: self.load_history() if i == HISTORY_TAB else None)
        if path is not None:
            self.open_file(Path(path))

    # -- building -------------------------------------------------------------------------------------
    def _build_import_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Choose file…"))
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
                "Drop a chat export or a shop order export here, or choose a file.\n\n"
                "Chats: 留痕/MemoTrace CSV or TXT (WeChat groups), WhatsApp “Export chat” .txt, Telegram "
                "result.json, or a CSV with time, sender and text columns.\nOrders: CSV or XLSX exports of "
                "your shop."
            )
        )
        self.stack.addWidget(self.start_page)

        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        form = self.form = QFormLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Chat export"), "chat")
        self.kind_combo.addItem(self.tr("Shop orders"), ORDERS)
        self.kind_combo.activated.connect(self._kind_changed)
        form.addRow(self.tr("What it is"), self.kind_combo)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Detect automatically"), "auto")
        for key in CHAT_FORMATS:
            self.format_combo.addItem(FORMAT_NAMES[key], key)
        self.format_combo.activated.connect(lambda _i: self.start_preview())
        form.addRow(self.tr("Format"), self.format_combo)
        self.group_combo = QComboBox()
        self.group_combo.setEditable(True)
        self.group_combo.setMinimumWidth(260)
        form.addRow(self.tr("Group"), self.group_combo)
        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("Choose…"), None)
        self.date_order.addItem(self.tr("Day/month/year (13/05/2025)"), "dmy")
        self.date_order.addItem(self.tr("Month/day/year (05/13/2025)"), "mdy")
        self.date_order.addItem(self.tr("Year/month/day (2025/05/13)"), "ymd")
        self.date_order.activated.connect(lambda _i: self.start_preview())
        self.date_order_label = QLabel(self.tr("Date order"))
        form.addRow(self.date_order_label, self.date_order)
        self.date_order_label.hide()
        self.date_order.hide()
        self.found = QLabel()
        self.found.setWordWrap(True)
        form.addRow(self.tr("Found"), self.found)
        pl.addLayout(form)
        self.mapping_box = QWidget()
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping_box.hide()
        pl.addWidget(self.mapping_box)
        self.people_hint = QLabel()
        self.people_hint.setWordWrap(True)
        self.people_hint.setStyleSheet("color: #4B5563;")
        pl.addWidget(self.people_hint)
        self.people = make_table([self.tr("Name"), self.tr("Messages"), self.tr("Found how"), self.tr("Who is it?")])
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.people.horizontalHeader().setStretchLastSection(True)
        pl.addWidget(self.people, 1)
        bottom = QHBoxLayout()
        self.store_text = QCheckBox(self.tr("Also keep the message text (off: only lengths and kinds are kept)"))
        bottom.addWidget(self.store_text)
        bottom.addStretch(1)
        self.import_btn = QPushButton(self.tr("Import"))
        self.import_btn.setDefault(True)
        self.import_btn.clicked.connect(self.start_import)
        bottom.addWidget(self.import_btn)
        pl.addLayout(bottom)
        self.preview_page = page
        self.stack.addWidget(page)

        running = QWidget()
        rl = QVBoxLayout(running)
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
        self.running_page = running
        self.stack.addWidget(running)

        done = QWidget()
        dl = QVBoxLayout(done)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 14px; padding: 12px;")
        dl.addWidget(self.summary)
        row = QHBoxLayout()
        another = QPushButton(self.tr("Import another file…"))
        another.clicked.connect(self.choose_file)
        self.undo_last = QPushButton(self.tr("Undo this import"))
        self.undo_last.clicked.connect(lambda: self.undo(self.last_batch))
        row.addStretch(1)
        row.addWidget(self.undo_last)
        row.addWidget(another)
        dl.addLayout(row)
        dl.addStretch(1)
        self.done_page = done
        self.stack.addWidget(done)
        return tab

    def _build_history_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.history = make_table(
            [
                self.tr("No."),
                self.tr("When"),
                self.tr("What"),
                self.tr("Group"),
                self.tr("File"),
                self.tr("Found"),
                self.tr("Added"),
                self.tr("Undone"),
            ]
        )
        layout.addWidget(self.history, 1)
        self.history_empty = hint_label(self.tr("Nothing imported yet."))
        layout.addWidget(self.history_empty)
        row = QHBoxLayout()
        row.addStretch(1)
        self.undo_btn = QPushButton(self.tr("Undo selected import"))
        self.undo_btn.clicked.connect(self._undo_selected)
        row.addWidget(self.undo_btn)
        layout.addLayout(row)
        return tab

    # -- files ----------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an export"),
            "",
            self.tr("Exports (*.csv *.txt *.json *.xlsx *.tsv);;All files (*)"),
        )
        if name:
            self.open_file(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event)
        if path is not None:
            if self.tabs.currentIndex() == MEMBERS_TAB:
                self.members.open_file(path)
                return
            self.tabs.setCurrentIndex(0)
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        kind = guess_kind(path)
        if kind == MEMBERS:
            self.tabs.setCurrentIndex(MEMBERS_TAB)
            self.members.open_file(path)
            return
        self.path = path
        self.mapping = None
        self.file_label.setText(str(path))
        self.kind = kind
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(self.kind))
        self.format_combo.setCurrentIndex(0)
        self.format_combo.setItemText(0, self.tr("Detect automatically"))
        self.date_order.setCurrentIndex(0)
        self.group_combo.clear()
        self.group_combo.setEditText("")
        self.start_preview()

    def _kind_changed(self) -> None:
        self.kind = self.kind_combo.currentData()
        self.mapping = None
        self.start_preview()

    # -- preview --------------------------------------------------------------------------------------
    def _chat_options(self) -> pipeline.ChatOptions:
        group = self.group_combo.currentText().strip() or None if self.preview is not None else None
        return pipeline.ChatOptions(
            format=self.format_combo.currentData(),
            group=group,
            date_order=self.date_order.currentData(),
            mapping=self.mapping,
            store_text=self.store_text.isChecked(),
        )

    def start_preview(self) -> None:
        if self.path is None:
            return
        self._show_error("")
        self.preview = None
        self.stack.setCurrentWidget(self.running_page)
        self.run_label.setText(self.tr("Reading %1…").replace("%1", self.path.name))
        path, db = self.path, self.db
        if self.kind == ORDERS:
            options = orders.OrderOptions(mapping=self.mapping, date_order=self.date_order.currentData())
            self._run(self.tr("Reading the file"), lambda progress: orders.preview_orders(db, path, options),
                      self._show_preview)  # fmt: skip
        else:
            options = self._chat_options()
            options.group = None
            self._run(self.tr("Reading the file"), lambda progress: pipeline.preview_chat(db, path, options, progress),
                      self._show_preview)  # fmt: skip

    def _run(self, name: str, fn, on_done) -> None:
        self.progress.setValue(0)
        self.job = workers.run_job(name, fn, parent=self)
        self.job.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        self.job.succeeded.connect(on_done)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)

    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()

    def _cancelled(self) -> None:
        self.stack.setCurrentWidget(self.preview_page if self.preview is not None else self.start_page)
        self._show_error(self.tr("Cancelled: nothing was imported."))

    def _failed(self, message: str, trace: str) -> None:
        self.stack.setCurrentWidget(self.preview_page if self.preview is not None else self.start_page)
        self._show_error(message)
        if "AmbiguousDateOrderError" in trace:
            self._show_error(
                self.tr(
                    "The dates in this file could be day/month or month/day, and nothing in it tells which. "
                    "Choose the date order of the phone that made the export."
                )
            )
            self.stack.setCurrentWidget(self.preview_page)
            self._prepare_empty_preview()
            self.date_order_label.show()
            self.date_order.show()
        elif "MappingRequiredError" in trace:
            self._show_error(self.tr("Choose which columns hold what, then press “Use these columns”."))
            self.stack.setCurrentWidget(self.preview_page)
            self._prepare_empty_preview()
            self._show_mapping()

    def _prepare_empty_preview(self) -> None:
        self.people.setRowCount(0)
        self.found.setText("")
        self.people_hint.setText("")
        self.import_btn.setEnabled(False)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _show_mapping(self) -> None:
        try:
            if self.kind == ORDERS:
                rows = orders._raw_rows(self.path, None)
                names, _, _ = orders._find_header(rows)
                fields = orders.FIELDS
                headers = [h for h in names if h]
            else:
                from core.importers.generic_csv import FIELDS, read_headers

                headers, fields = read_headers(self.path), FIELDS
        except Exception as exc:  # the file cannot be read at all: the error says why
            self._show_error(translate_error(str(exc)))
            return
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self._mapping_combos = {}
        for field in fields:
            combo = QComboBox()
            combo.addItem(self.tr("(none)"), None)
            for h in headers:
                combo.addItem(h, h)
            self._mapping_combos[field] = combo
            self.mapping_form.addRow(field_label(field), combo)
        apply = QPushButton(self.tr("Use these columns"))
        apply.clicked.connect(self._apply_mapping)
        self.mapping_form.addRow("", apply)
        self.mapping_box.show()

    def _apply_mapping(self) -> None:
        self.mapping = {f: c.currentData() for f, c in self._mapping_combos.items() if c.currentData()}
        self.mapping_box.hide()
        self.start_preview()

    def _show_preview(self, preview) -> None:
        self.preview = preview
        self.stack.setCurrentWidget(self.preview_page)
        self.mapping_box.hide()
        self.import_btn.setEnabled(True)
        is_chat = self.kind != ORDERS
        for w in (self.format_combo, self.group_combo, self.store_text):
            w.setVisible(is_chat)
        for w in (self.format_combo, self.group_combo):
            label = self.form.labelForField(w)
            if label is not None:
                label.setVisible(is_chat)
        self.people.horizontalHeaderItem(1).setText(self.tr("Messages") if is_chat else self.tr("Orders"))
        needs_order = self.date_order.currentData() is not None
        self.date_order_label.setVisible(needs_order)
        self.date_order.setVisible(needs_order)
        if is_chat:
            self._show_chat_preview(preview)
        else:
            self._show_order_preview(preview)

    def _show_chat_preview(self, p: pipeline.ChatPreview) -> None:
        self.format_combo.setItemText(0, self.tr("Detected: %1").replace("%1", FORMAT_NAMES.get(p.format, p.format)))
        self.group_combo.clear()
        with self.db.session() as s:
            names = list(s.execute(select(Group.name).order_by(Group.name)).scalars())
        self.group_combo.addItems(names)
        self.group_combo.setEditText(p.group)
        dates = f"{p.first_at} – {p.last_at}" if p.first_at else self.tr("no messages")
        text = (
            self.tr("%1 messages (%2), %3 senders, %4 joins, %5 leaves, %6 check-ins")
            .replace("%1", str(p.messages))
            .replace("%2", dates)
            .replace("%3", str(len(p.senders)))
            .replace("%4", str(p.joins))
            .replace("%5", str(p.leaves))
            .replace("%6", str(p.check_ins))
        )
        if not p.group_exists:
            text += "\n" + self.tr("The group “%1” is new and will be created.").replace("%1", p.group)
        if p.chat_type == "private":
            text += "\n" + self.tr("This looks like a private chat, not a group: it will not be imported.")
            self.import_btn.setEnabled(False)
        self.found.setText(text)
        self._fill_people([(s.key, s.name, s.messages, s.match, s.suggestions) for s in p.senders])

    def _show_order_preview(self, p: orders.OrderPreview) -> None:
        dates = f"{p.first_at} – {p.last_at}" if p.first_at else ""
        self.found.setText(
            self.tr("%1 orders (%2), %3 refunded or cancelled left out, spend %4, %5 buyers")
            .replace("%1", str(p.orders))
            .replace("%2", dates)
            .replace("%3", str(p.excluded))
            .replace("%4", f"{p.spend:,.2f}")
            .replace("%5", str(len(p.buyers)))
        )
        self._fill_people([(b.key, b.name, b.orders, b.match, b.suggestions) for b in p.buyers])

    def _fill_people(self, people: list[tuple]) -> None:
        matched = sum(1 for p in people if p[3] is not None)
        self.people_hint.setText(
            self.tr(
                "%1 of %2 are already members. Check the others: link them to the member they are, create a new "
                "member, or leave them out. Your choices are remembered for the next import."
            )
            .replace("%1", str(matched))
            .replace("%2", str(len(people)))
        )
        shown = people[:2000]
        self.people.setRowCount(len(shown))
        self._choices: list[tuple[str, QComboBox]] = []
        how_names = {
            "remembered": self.tr("remembered for this group"),
            "alias": self.tr("known alias"),
            "wechat_id": self.tr("WeChat ID"),
            "phone": self.tr("phone number"),
            "name": self.tr("same name"),
        }
        for row, (key, name, count, match, suggestions) in enumerate(shown):
            set_cell(self.people, row, 0, name)
            set_cell(self.people, row, 1, str(count), right=True)
            combo = QComboBox()
            if match is not None:
                combo.addItem(self.tr("Member: %1").replace("%1", match.name), ("link", match.member_id))
                how = how_names.get(match.how, match.how)
            elif suggestions:
                how = self.tr("similar to %1 — please check").replace("%1", suggestions[0].name)
            else:
                how = self.tr("not a member yet")
            set_cell(self.people, row, 2, how)
            for s in suggestions:
                text = self.tr("Same as %1? (similar name, %2%)").replace("%1", s.name)
                combo.addItem(text.replace("%2", str(round(s.score * 100))), ("link", s.member_id))
            combo.addItem(self.tr("New member"), ("create", None))
            combo.addItem(self.tr("Leave out"), ("skip", None))
            if match is None:
                combo.setCurrentIndex(combo.findData(("create", None)))
            self.people.setCellWidget(row, 3, combo)
            self._choices.append((key, combo))
        for col, width in enumerate((200, 80, 230)):
            self.people.setColumnWidth(col, width)

    def decisions(self) -> dict[str, pipeline.Decision]:
        out = {}
        for key, combo in getattr(self, "_choices", []):
            action, member_id = combo.currentData()
            out[key] = pipeline.Decision(action, member_id)
        return out

    # -- import ---------------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.path is None or self.preview is None:
            return
        path, db = self.path, self.db
        decisions = self.decisions()
        self._show_error("")
        self.stack.setCurrentWidget(self.running_page)
        self.run_label.setText(self.tr("Importing %1…").replace("%1", path.name))
        if self.kind == ORDERS:
            options = orders.OrderOptions(mapping=self.mapping, date_order=self.date_order.currentData(),
                                          decisions=decisions)  # fmt: skip
            self._run(self.tr("Importing orders"), lambda progress: orders.import_orders(db, path, options, progress),
                      self._imported)  # fmt: skip
        else:
            options = self._chat_options()
            options.group = self.group_combo.currentText().strip() or None
            options.decisions = decisions
            self._run(self.tr("Importing a chat"), lambda progress: pipeline.import_chat(db, path, options, progress),
                      self._imported)  # fmt: skip

    def _imported(self, s) -> None:
        self.last_batch = s.batch_id
        self.preview = None
        self.stack.setCurrentWidget(self.done_page)
        if isinstance(s, pipeline.ChatSummary):
            text = (
                self.tr(
                    "Imported into “%1”: %2 messages read, %3 events added, %4 already there. %5 new members, "
                    "%6 matched to existing members; %7 joins and %8 leaves."
                )
                .replace("%1", s.group)
                .replace("%2", str(s.messages))
                .replace("%3", str(s.events))
                .replace("%4", str(s.duplicates_skipped))
                .replace("%5", str(s.members_created))
                .replace("%6", str(s.aliases_matched))
                .replace("%7", str(s.joins))
                .replace("%8", str(s.leaves))
            )
        else:
            text = (
                self.tr(
                    "Imported %1 orders: %2 purchases added (spend %3), %4 left out as refunded or cancelled, "
                    "%5 already there. %6 new members, %7 matched."
                )  # fmt: skip
                .replace("%1", str(s.orders))
                .replace("%2", str(s.events))
                .replace("%3", f"{s.spend:,.2f}")
                .replace("%4", str(s.excluded))
                .replace("%5", str(s.duplicates_skipped))
                .replace("%6", str(s.members_created))
                .replace("%7", str(s.aliases_matched))
            )
        self.summary.setText(text)
        self.undo_last.setEnabled(True)
        self.imported.emit()

    # -- history --------------------------------------------------------------------------------------
    def load_history(self) -> None:
        items = [b for b in batches.list_batches(self.db) if b.kind != "demo"]
        self.history.setRowCount(len(items))
        self.history_empty.setVisible(not items)
        self.history.setVisible(bool(items))
        for row, b in enumerate(items):
            set_cell(self.history, row, 0, str(b.id), right=True).setData(Qt.ItemDataRole.UserRole, b.id)
            set_cell(self.history, row, 1, f"{b.created_at:%Y-%m-%d %H:%M}")
            what = FORMAT_NAMES.get(b.format or "", b.format or "")
            if b.kind in ("orders", MEMBERS):
                what = self.tr("Orders") if b.kind == "orders" else self.tr("Member list")
            set_cell(self.history, row, 2, what)
            set_cell(self.history, row, 3, b.group or b.summary.get("group", ""))
            set_cell(self.history, row, 4, Path(b.source).name)
            found = b.summary.get("messages", b.summary.get("orders", b.summary.get("rows", "")))
            set_cell(self.history, row, 5, str(found), right=True)
            added = b.summary.get("events", b.summary.get("created", ""))
            set_cell(self.history, row, 6, str(added), right=True)
            set_cell(self.history, row, 7, f"{b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else "")
        self.history.resizeColumnsToContents()

    def _undo_selected(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return
        self.undo(self.history.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def undo(self, batch_id: int | None) -> None:
        if batch_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            self.tr("Take import %1 back out? Its events, the members it created and the changes it made go.")
            .replace("%1", str(batch_id)),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.do_undo(batch_id)

    def do_undo(self, batch_id: int) -> None:
        db = self.db
        self._run(self.tr("Undoing an import"), lambda progress: batches.undo_batch(db, batch_id), self._undone)

    def _undone(self, result) -> None:
        self.undo_last.setEnabled(False)
        self.summary.setText(
            self.tr("Import %1 was undone: %2 events and %3 members removed.")
            .replace("%1", str(result.batch_id))
            .replace("%2", str(result.events_deleted))
            .replace("%3", str(result.members_deleted))
        )
        self.load_history()
        self.imported.emit()


_FIELD_NAMES = {
    "time": QT_TRANSLATE_NOOP("ImportFields", "Time"),
    "paid_time": QT_TRANSLATE_NOOP("ImportFields", "Payment time"),
    "sender": QT_TRANSLATE_NOOP("ImportFields", "Sender"),
    "text": QT_TRANSLATE_NOOP("ImportFields", "Text"),
    "group": QT_TRANSLATE_NOOP("ImportFields", "Group"),
    "sender_id": QT_TRANSLATE_NOOP("ImportFields", "Sender ID"),
    "message_id": QT_TRANSLATE_NOOP("ImportFields", "Message ID"),
    "kind": QT_TRANSLATE_NOOP("ImportFields", "Message kind"),
    "order_id": QT_TRANSLATE_NOOP("ImportFields", "Order number"),
    "buyer": QT_TRANSLATE_NOOP("ImportFields", "Buyer"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "wechat": QT_TRANSLATE_NOOP("ImportFields", "WeChat ID"),
    "amount": QT_TRANSLATE_NOOP("ImportFields", "Amount paid"),
    "product": QT_TRANSLATE_NOOP("ImportFields", "Product"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Order status"),
    "refund": QT_TRANSLATE_NOOP("ImportFields", "Refund status"),
}


def field_label(field: str) -> str:
    source = _FIELD_NAMES.get(field)
    return QCoreApplication.translate("ImportFields", source) if source else field


def dropped_file(event) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).is_file():
            return Path(url.toLocalFile())
    return None
