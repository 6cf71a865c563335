"""Members: a lazy table of every member (fast at 100,000 rows) with search, a filter panel, saved views,
columns of the user's choice, bulk actions, merging and the member detail dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
)

from core import member_actions, member_export, trash
from core import members as member_queries
from core.db import Database
from core.models import TIERS
from core.settings import get_setting, set_setting
from ui import workers
from ui.dialogs.bulk_checkin import open_bulk_checkin
from ui.labels import label
from ui.models.member_table import COLUMNS, MemberTableModel
from ui.pages.base import Page
from ui.pages.trash import TrashActions
from ui.widgets.member_filter import MemberFilterPanel
from ui.widgets.tag_chips import TagChipDelegate

HIDDEN_KEY = "members.hidden_columns"
DEFAULT_HIDDEN = ("wechat_id", "phone", "messages")
WIDTHS = {"name": 150, "groups": 180, "tier": 60, "last_active": 95, "days_silent": 80, "messages": 75}
WIDTHS |= {"joined": 95, "source": 90, "wechat_id": 130, "phone": 110, "points": 70, "tags": 220}


class MembersPage(Page):
    import_requested = Signal()  # the main window opens the import centre

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(db, self.tr("Members"), parent)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, alias, WeChat ID, phone or notes…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.filter_btn = QPushButton(self.tr("Filters"))
        self.filter_btn.setCheckable(True)
        self.filter_btn.setChecked(True)
        self.views = QComboBox()
        self.views.setMinimumWidth(140)
        self.views.setToolTip(self.tr("Saved views: a search and filters under a name"))
        self.save_view_btn = QPushButton(self.tr("Save view…"))
        self.delete_view_btn = QPushButton(self.tr("Delete view"))
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.filter_btn)
        top.addWidget(self.views)
        top.addWidget(self.save_view_btn)
        top.addWidget(self.delete_view_btn)
        self.layout_.addLayout(top)

        bar = QHBoxLayout()
        self.details_btn = QPushButton(self.tr("Details…"))
        self.bulk_btn = QToolButton()
        self.bulk_btn.setText(self.tr("Bulk actions"))
        self.bulk_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bulk_menu = QMenu(self)
        self.bulk_btn.setMenu(self.bulk_menu)
        self.merge_btn = QPushButton(self.tr("Merge two…"))
        self.columns_btn = QToolButton()
        self.columns_btn.setText(self.tr("Columns"))
        self.columns_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self)
        self.columns_btn.setMenu(self.columns_menu)
        self.fields_btn = QPushButton(self.tr("Custom fields…"))
        self.tags_btn = QPushButton(self.tr("Manage tags…"))
        self.import_btn = QPushButton(self.tr("Import chats or orders…"))
        self.import_btn.clicked.connect(self.import_requested)
        for w in (self.details_btn, self.bulk_btn, self.merge_btn, self.columns_btn, self.tags_btn, self.fields_btn):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.import_btn)
        self.export_btn = QPushButton(self.tr("Export…"))
        self.export_btn.clicked.connect(self.export)
        bar.addWidget(self.export_btn)
        self.checkin_btn = QPushButton(self.tr("Bulk check-in…"))
        self.checkin_btn.clicked.connect(lambda: open_bulk_checkin(self))
        bar.addWidget(self.checkin_btn)
        self.layout_.addLayout(bar)
        self.only_bar = QHBoxLayout()
        self.only_label = QLabel()
        self.only_label.setStyleSheet("QLabel { background: #E8F1F8; border-radius: 4px; padding: 3px 8px; }")
        self.only_clear = QPushButton(self.tr("Show all members"))
        self.only_clear.clicked.connect(lambda: self.show_member_ids(None, ""))
        self.only_bar.addWidget(self.only_label)
        self.only_bar.addWidget(self.only_clear)
        self.only_bar.addStretch(1)
        self.layout_.addLayout(self.only_bar)
        self.only_label.hide()
        self.only_clear.hide()
        self.trash = TrashActions(self, "member", self.selected_ids, bar)

        self.panel = MemberFilterPanel()
        self.model = MemberTableModel(db, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        # No sort column at first (members in the order they came): the indicator is cleared *before* sorting
        # is enabled, which sorts at once by the indicator's column (else by name, descending: emoji names first).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.chips = TagChipDelegate(self.table)
        self.table.doubleClicked.connect(lambda index: self.open_detail(self.model.member_id(index.row())))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #6B7280; font-size: 14px; padding: 16px;")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        split = QSplitter()
        split.addWidget(self.panel)
        holder = QSplitter(Qt.Orientation.Vertical)
        holder.addWidget(self.table)
        split.addWidget(holder)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 900])
        self.layout_.addWidget(split, 1)
        self.layout_.addWidget(self.empty_hint)

        self._hidden: set[str] = set()
        self._columns_ready = False
        self._columns_stale = False
        self._applied_columns = -1
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.panel.changed.connect(self._debounce.start)
        self.filter_btn.toggled.connect(self.panel.setVisible)
        self.views.activated.connect(self._view_chosen)
        self.save_view_btn.clicked.connect(self.save_view)
        self.delete_view_btn.clicked.connect(self.delete_view)
        self.details_btn.clicked.connect(self._details_clicked)
        self.merge_btn.clicked.connect(self.merge_selected)
        self.fields_btn.clicked.connect(self.edit_fields)
        self.tags_btn.clicked.connect(self.manage_tags)
        self.model.modelReset.connect(self._update_count)
        self.model.loaded.connect(self._columns_arrived)
        # Lay the rows out at once: left to Qt's delayed layout, a reset that arrives from a worker is painted
        # first without its scroll bar, then again with it (two paints of the screen instead of one).
        self.model.loaded.connect(self.table.doItemsLayout)
        self.model.modelReset.connect(self._selection_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._build_bulk_menu()
        self._selection_changed()

    # -- selection
    def selected_ids(self) -> list[int]:
        rows: set[int] = set()
        for rng in self.table.selectionModel().selection():
            rows.update(range(rng.top(), rng.bottom() + 1))
        return [self.model.member_id(r) for r in sorted(rows) if r < self.model.rowCount()]

    def _selection_changed(self) -> None:
        n = len(self.selected_ids())
        self.trash.selection_changed()
        self.details_btn.setEnabled(n == 1)
        self.merge_btn.setEnabled(n == 2)
        self.bulk_btn.setEnabled(n > 0)
        self.bulk_btn.setText(self.tr("Bulk actions (%n)", "", n) if n else self.tr("Bulk actions"))

    # -- loading
    def refresh(self) -> None:
        with self.db.session() as s:
            options = member_queries.filter_options(s)
            saved = member_queries.views(s)
            hidden = get_setting(s, HIDDEN_KEY, None)
        self.panel.set_options(options)
        self._hidden = set(DEFAULT_HIDDEN if hidden is None else hidden)
        self._fill_views(saved)
        self._columns_stale = True  # custom fields may have changed: their columns come with the ids
        self.model.reload()
        self._show_searching()
        self.trash.update_undo()

    def _columns_arrived(self) -> None:
        if self._columns_stale or self._applied_columns != self.model.columnCount():
            self._columns_stale = False
            self._apply_columns()

    def _show_searching(self) -> None:
        if self.model.loading:
            self.count.setText(self.tr("Searching…"))

    def _apply_columns(self) -> None:
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            key = self.model.column_key(col)
            if key == "tags":
                self.table.setItemDelegateForColumn(col, self.chips)
            header.setSectionHidden(col, key in self._hidden)
            if not self._columns_ready or col >= len(COLUMNS):
                self.table.setColumnWidth(col, WIDTHS.get(key, 110))
        self._columns_ready = True
        self._applied_columns = self.model.columnCount()
        self.columns_menu.clear()
        for col in range(self.model.columnCount()):
            key = self.model.column_key(col)
            action = QAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)), self.columns_menu)
            action.setCheckable(True)
            action.setChecked(key not in self._hidden)
            action.setEnabled(key != "name")
            action.toggled.connect(lambda on, k=key: self.set_column_visible(k, on))
            self.columns_menu.addAction(action)

    def set_column_visible(self, key: str, visible: bool) -> None:
        if visible:
            self._hidden.discard(key)
        else:
            self._hidden.add(key)
        with self.db.session() as s:
            set_setting(s, HIDDEN_KEY, sorted(self._hidden))
        for col in range(self.model.columnCount()):
            if self.model.column_key(col) == key:
                self.table.horizontalHeader().setSectionHidden(col, not visible)

    def _header_menu(self, pos: QPoint) -> None:
        self.columns_menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    # -- filters and views
    def current_filter(self) -> member_queries.MemberFilter:
        flt = self.panel.current()
        flt.text = self.search.text()
        return flt

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._show_searching()
        n = self.panel.active_count()
        self.filter_btn.setText(self.tr("Filters (%1)").replace("%1", str(n)) if n else self.tr("Filters"))

    def _fill_views(self, saved: dict) -> None:
        current = self.views.currentData()
        self.views.clear()
        self.views.addItem(self.tr("All members"), "")
        for name in saved:
            self.views.addItem(name, name)
        self.views.setCurrentIndex(max(0, self.views.findData(current)))
        self.delete_view_btn.setEnabled(bool(self.views.currentData()))

    def _view_chosen(self, _index: int) -> None:
        name = self.views.currentData()
        self.delete_view_btn.setEnabled(bool(name))
        if name:
            with self.db.session() as s:
                flt = member_queries.views(s).get(name, member_queries.MemberFilter())
        else:
            flt = member_queries.MemberFilter()
        self.apply_view_filter(flt)

    def apply_view_filter(self, flt: member_queries.MemberFilter) -> None:
        self.search.blockSignals(True)
        self.search.setText(flt.text)
        self.search.blockSignals(False)
        self.panel.set_current(flt, emit=False)
        self._apply_filter()

    def save_view(self) -> None:
        suggested = self.views.currentData() or ""
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of this view:"), text=suggested)
        if not ok or not name.strip():
            return
        with self.db.session() as s:
            member_queries.save_view(s, name, self.current_filter())
            saved = member_queries.views(s)
        self._fill_views(saved)
        self.views.setCurrentIndex(self.views.findData(name.strip()))
        self.delete_view_btn.setEnabled(True)
        self.status_message.emit(self.tr("View “%1” saved.").replace("%1", name.strip()))

    def delete_view(self) -> None:
        name = self.views.currentData()
        if not name:
            return
        with self.db.session() as s:
            member_queries.delete_view(s, name)
            saved = member_queries.views(s)
        self._fill_views(saved)
        self.views.setCurrentIndex(0)
        self.delete_view_btn.setEnabled(False)

    def show_member_ids(self, ids: list[int] | None, caption: str) -> None:
        """Show only ``ids`` (a click-through from a chart or list), with a caption saying what they are."""
        if not self._loaded:
            self._loaded = True
            self.refresh()
        self.model.set_only(ids)
        shown = ids is not None
        self.only_label.setText(self.tr("Showing: %1").replace("%1", caption))
        self.only_label.setVisible(shown)
        self.only_clear.setVisible(shown)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        filtered = self.search.text().strip() or self.panel.active_count() or self.only_label.isVisible()
        if filtered:
            self.count.setText(self.tr("%n member(s) found", "", n))
        else:
            self.count.setText(self.tr("%n member(s)", "", n))
        if n == 0 and not filtered:
            self.empty_hint.setText(
                self.tr("No members yet. Import a chat export, an order export or a member spreadsheet to begin.")
            )
            self.empty_hint.show()
        elif n == 0:
            self.empty_hint.setText(self.tr("No member matches this search and these filters."))
            self.empty_hint.show()
        else:
            self.empty_hint.hide()

    # -- bulk actions
    def _build_bulk_menu(self) -> None:
        m = self.bulk_menu
        m.addAction(self.tr("Add tags…"), self.bulk_add_tags)
        m.addAction(self.tr("Remove tags…"), self.bulk_remove_tags)
        m.addSeparator()
        m.addAction(self.tr("Add to group…"), lambda: self.bulk_group(move=False))
        m.addAction(self.tr("Move to group…"), lambda: self.bulk_group(move=True))
        m.addSeparator()
        tiers = m.addMenu(self.tr("Set tier"))
        tiers.addAction(self.tr("No tier"), lambda: self.bulk_edit({"tier": None}))
        for t in TIERS:
            tiers.addAction(label(t), lambda t=t: self.bulk_edit({"tier": t}))
        m.addAction(self.tr("Mark do-not-contact"), lambda: self.bulk_edit({"do_not_contact": True}))
        m.addAction(self.tr("Clear do-not-contact"), lambda: self.bulk_edit({"do_not_contact": False}))
        m.addSeparator()
        m.addAction(self.tr("Move to trash"), self.trash.move_to_trash)
        select_all = QAction(self.tr("Select all shown"), self)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        select_all.triggered.connect(self.table.selectAll)
        m.addAction(select_all)

    def _row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            self.table.selectRow(index.row())
        menu = QMenu(self)
        if len(self.selected_ids()) == 1:
            menu.addAction(self.tr("Details…"), self._details_clicked)
        if len(self.selected_ids()) == 2:
            menu.addAction(self.tr("Merge two…"), self.merge_selected)
        for action in self.bulk_menu.actions():
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _changed(self, message: str) -> None:
        self.status_message.emit(message)
        if self.panel.active_count() or self.only_label.isVisible():
            self.model.reload()  # the change may take rows out of (or into) the filtered list
        else:
            self.model.invalidate_rows()
        self.trash.update_undo()

    def bulk_add_tags(self) -> None:
        from ui.dialogs.tag_picker import TagPicker

        ids = self.selected_ids()
        picker = TagPicker(
            self.db, self.tr("Add tags"), self.tr("Tags to give the %n selected member(s):", "", len(ids)), self
        )
        if ids and picker.exec() and picker.chosen():
            tags = picker.chosen()
            self.run_change(
                self.tr("Adding tags"),
                lambda _p: member_actions.add_tags(self.db, ids, tags),
                lambda n: self._changed(self.tr("%n tag(s) added.", "", n)),
            )

    def bulk_remove_tags(self) -> None:
        from ui.dialogs.tag_picker import TagPicker

        ids = self.selected_ids()
        picker = TagPicker(
            self.db, self.tr("Remove tags"), self.tr("Tags to take from the %n selected member(s):", "", len(ids)), self
        )
        if ids and picker.exec() and picker.chosen():
            tags = picker.chosen()
            self.run_change(
                self.tr("Removing tags"),
                lambda _p: member_actions.remove_tags(self.db, ids, tags),
                lambda n: self._changed(self.tr("%n tag(s) removed.", "", n)),
            )

    def bulk_group(self, move: bool) -> None:
        from ui.dialogs.tag_picker import GroupPicker

        ids = self.selected_ids()
        if move:
            title, prompt = self.tr("Move to group"), self.tr("Move the %n selected member(s) to:", "", len(ids))
        else:
            title, prompt = self.tr("Add to group"), self.tr("Add the %n selected member(s) to:", "", len(ids))
        picker = GroupPicker(self.db, title, prompt, self)
        if ids and picker.exec() and picker.chosen() is not None:
            gid = picker.chosen()
            fn = member_actions.move_to_group if move else member_actions.add_to_group
            self.run_change(
                title,
                lambda _p: fn(self.db, ids, gid),
                lambda n: self._changed(self.tr("%n member(s) changed groups.", "", n)),
            )

    def bulk_edit(self, changes: dict) -> None:
        ids = self.selected_ids()
        if ids:
            self.run_change(
                self.tr("Editing members"),
                lambda _p: trash.bulk_edit(self.db, "member", ids, changes),
                lambda n: self._changed(self.tr("%n member(s) changed.", "", n)),
            )

    # -- one member
    def _details_clicked(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_detail(ids[0])

    def open_detail(self, member_id: int):
        from ui.dialogs.member_detail import MemberDetailDialog

        dialog = MemberDetailDialog(self.db, member_id, self)
        dialog.saved.connect(self.model.invalidate_rows)
        dialog.saved.connect(self.trash.update_undo)
        dialog.saved.connect(self.data_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return
        names = {}
        with self.db.session() as s:
            for r in member_queries.fetch_rows(s, ids).values():
                names[r.id] = r
        a, b = (names[i] for i in ids)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Merge two members"))
        box.setText(
            self.tr(
                "Are these the same person? Choose the member to keep: the other one's messages, orders, aliases, "
                "tags, groups and points move to it, and its name becomes an alias. A merge can be undone."
            )
        )
        lines = []
        for r in (a, b):
            joined = r.joined_at.strftime("%Y-%m-%d") if r.joined_at else "–"
            lines.append(f"{r.name}: " + self.tr("%n message(s), joined %1", "", r.messages).replace("%1", joined))
        detail = "\n".join(lines)
        box.setInformativeText(detail)
        keep_a = box.addButton(self.tr("Keep %1").replace("%1", a.name), QMessageBox.ButtonRole.AcceptRole)
        keep_b = box.addButton(self.tr("Keep %1").replace("%1", b.name), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked not in (keep_a, keep_b):
            return
        keep, gone = (a.id, b.id) if clicked is keep_a else (b.id, a.id)
        self.run_change(
            self.tr("Merging members"),
            lambda _p: member_actions.merge(self.db, keep, gone),
            lambda _n: self._merged(),
        )

    def _merged(self) -> None:
        self.status_message.emit(self.tr("Merged. Undo puts both members back as they were."))
        self.model.reload()
        self.trash.update_undo()

    def manage_tags(self) -> None:
        from ui.dialogs.tag_manager import TagManagerDialog

        dialog = TagManagerDialog(self.db, self)
        dialog.tags_changed.connect(self.refresh)
        dialog.tags_changed.connect(self.data_changed)
        dialog.exec()

    def edit_fields(self) -> None:
        from ui.dialogs.custom_fields_dialog import CustomFieldsDialog

        dialog = CustomFieldsDialog(self.db, self)
        dialog.changed.connect(self.refresh)
        dialog.exec()

    # -- export -----------------------------------------------------------------------------------------
    def export(self) -> None:
        """Export the members shown now (search, click-through), in their order, to CSV or XLSX."""
        ids = self.model.ids()
        if not ids:
            QMessageBox.information(self, self.tr("Export members"), self.tr("There are no members to export."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export members"), self.tr("members.xlsx"), self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in member_export.FORMATS:
            path = path.with_suffix(".xlsx")
        ask = QMessageBox(QMessageBox.Icon.Question, self.tr("Export members"),
                          self.tr("Export %n member(s) to %1?", "", len(ids)).replace("%1", path.name),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        full = QCheckBox(self.tr("Full phone numbers (otherwise masked as 138****8000)"))
        ask.setCheckBox(full)
        if ask.exec() != QMessageBox.StandardButton.Ok:
            return
        self.start_export(ids, path, full.isChecked(), self.export_columns())

    def export_columns(self) -> list[str]:
        """The export columns for the table's visible columns, in their on-screen order (the name always)."""
        to_export = {"name": "display_name", "groups": "group", "tier": "tier", "joined": "joined_at"}
        to_export |= {"source": "source_channel", "wechat_id": "wechat_id", "phone": "phone", "tags": "tags"}
        fields = {f"field:{f.id}": f"{member_export.CUSTOM}{f.name}" for f in self.model._fields}
        header = self.table.horizontalHeader()
        out = ["display_name"]
        for visual in range(header.count()):
            col = header.logicalIndex(visual)
            key = self.model.column_key(col)
            if header.isSectionHidden(col):
                continue
            column = to_export.get(key) or fields.get(key)
            if column and column not in out:
                out.append(column)
        return out

    def start_export(
        self, ids: list[int], path: Path, full_phones: bool, columns: list[str] | None = None
    ) -> workers.Job:
        db = self.db

        def work(progress):
            with db.session() as s:
                return member_export.export_members(s, ids, columns, path, full_phones=full_phones, progress=progress)

        job = workers.run_job(self.tr("Exporting members"), work, parent=self)
        job.succeeded.connect(
            lambda n: self.status_message.emit(self.tr("Exported %n member(s) to %1", "", n).replace("%1", str(path)))
        )
        job.failed.connect(lambda message, _t: QMessageBox.warning(self, self.tr("Export members"), message))
        self.job_started.emit(job)
        return job
