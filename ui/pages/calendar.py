"""Calendar: the week (hours × days, a lane per group or one for all), the month and a list; drag library items onto
slots and entries to reschedule; recurring slots, templates, copying, balance and warnings, exports."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
)

from core import content, plan, plan_export, plan_guide, plan_templates
from core.db import Database
from core.models import PLAN_STATUSES
from ui.dialogs.plan_dialogs import (
    CopyDialog,
    EntryDialog,
    ResultsDialog,
    SeriesDialog,
    TargetsDialog,
    TemplateDialog,
)
from ui.labels import label
from ui.pages.base import Page, hint_label, make_table, set_cell
from ui.pages.trash import TrashActions
from ui.widgets.plan_models import STATUS_BACKGROUNDS, STATUS_COLOURS, MonthModel, WeekModel, weekday_name
from ui.widgets.plan_side_panel import PlanSidePanel


def _load(progress, db: Database, start: date, end: date, group_ids: list[int] | None, today: date):
    plan.extend_series(db, today)
    with db.session() as s:
        rows = plan.entries_between(s, start, end, group_ids)
        week_rows = [r for r in rows if start <= r.when.date() < start + timedelta(days=7)]
        notes = plan_guide.day_notes(start, end)
        bal = plan_guide.balance(s, week_rows, start)
        groups = plan.groups(s)
        items = [(c.id, c.title, c.kind, c.avg_score) for c in content.content_items(s, rank=True)]
        since = today - timedelta(days=180)
        learned = (plan_guide.results_by_slot(s, since)[:3], plan_guide.results_by_content(s, since)[:2])
    return rows, notes, bal, groups, items, learned


class _Grid(QTableView):
    """A calendar grid: cells are slots; several can be selected, dragged (Ctrl copies) and dropped on."""

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(True)  # a drop always lands on a cell, never between rows
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(84)
        self.setStyleSheet("QTableView { gridline-color: #E5E7EB; font-size: 12px; }")

    def selected_ids(self) -> list[int]:
        ids: list[int] = []
        for index in self.selectionModel().selectedIndexes():
            ids += [i for i in (index.data(Qt.ItemDataRole.UserRole) or []) if i not in ids]
        return ids


class CalendarPage(Page):
    def __init__(self, db: Database, parent=None, today: date | None = None) -> None:
        super().__init__(db, self.tr("Calendar"), parent)
        self.today = today or date.today()
        self.week = plan.week_start(self.today)
        self.month = self.today.replace(day=1)
        self._rows: list[plan.PlanRow] = []
        self._groups: list[tuple] = []
        self._items: list[tuple] = []

        bar = QHBoxLayout()
        self.prev_btn = QPushButton("◀")
        self.this_btn = QPushButton(self.tr("Today"))
        self.next_btn = QPushButton("▶")
        self.week_label = QLabel()
        self.week_label.setStyleSheet("font-size: 15px; font-weight: bold; padding: 0 8px;")
        for w in (self.prev_btn, self.this_btn, self.next_btn, self.week_label):
            bar.addWidget(w)
        bar.addStretch(1)
        self.view_buttons = QButtonGroup(self)
        for i, text in enumerate((self.tr("Week"), self.tr("Month"), self.tr("List"))):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setChecked(i == 0)
            self.view_buttons.addButton(b, i)
            bar.addWidget(b)
        self.lanes = QComboBox()
        self.lanes.addItem(self.tr("One lane per group"), "lanes")
        self.lanes.addItem(self.tr("All groups in one lane"), "one")
        self.group_filter = QComboBox()
        self.group_filter.addItem(self.tr("All groups"), None)
        bar.addWidget(self.lanes)
        bar.addWidget(self.group_filter)
        self.layout_.addLayout(bar)

        actions = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("New entry"))
        self.series_btn = QPushButton(self.tr("Recurring slot…"))
        self.template_btn = QPushButton(self.tr("From template…"))
        self.copy_btn = QToolButton()
        self.copy_btn.setText(self.tr("Copy"))
        self.copy_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        copy_menu = QMenu(self)
        copy_menu.addAction(self.tr("Copy a day…"), lambda: self.copy_days(1))
        copy_menu.addAction(self.tr("Copy this week…"), lambda: self.copy_days(7))
        copy_menu.addAction(self.tr("Save this week as a template…"), self.save_template)
        self.copy_btn.setMenu(copy_menu)
        self.status_btn = QToolButton()
        self.status_btn.setText(self.tr("Mark as"))
        self.status_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        status_menu = QMenu(self)
        for s in PLAN_STATUSES:
            status_menu.addAction(label(s), lambda s=s: self.mark(s))
        self.status_btn.setMenu(status_menu)
        self.export_btn = QToolButton()
        self.export_btn.setText(self.tr("Export week"))
        self.export_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self)
        export_menu.addAction(self.tr("Text (for pasting into a chat)…"), lambda: self.export("text"))
        export_menu.addAction(self.tr("CSV…"), lambda: self.export("csv"))
        export_menu.addAction(self.tr("Calendar file (.ics)…"), lambda: self.export("ics"))
        export_menu.addAction(self.tr("Printable PDF…"), lambda: self.export("pdf"))
        self.export_btn.setMenu(export_menu)
        for w in (self.new_btn, self.series_btn, self.template_btn, self.copy_btn, self.status_btn, self.export_btn):
            actions.addWidget(w)
        actions.addStretch(1)
        self.layout_.addLayout(actions)
        self.trash = TrashActions(self, "plan_entry", self.selected_ids, actions)

        self.week_model = WeekModel(self)
        self.week_view = _Grid()
        self.week_view.setModel(self.week_model)
        self.week_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.month_model = MonthModel(self)
        self.month_view = _Grid()
        self.month_view.setModel(self.month_model)
        self.month_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_view.verticalHeader().hide()
        self.table = make_table(
            [self.tr("Day"), self.tr("Time"), self.tr("Group"), self.tr("Post"), self.tr("Status"), self.tr("Result")]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.views = QStackedWidget()
        for w in (self.week_view, self.month_view, self.table):
            self.views.addWidget(w)

        side = PlanSidePanel()
        side.targets_btn.clicked.connect(self.edit_targets)
        self.side = side
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.views)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 260])
        self.layout_.addWidget(split, 1)
        self.legend = QLabel(
            "  ".join(
                f"<span style='background:{STATUS_BACKGROUNDS[k]}; color:{STATUS_COLOURS[k]};'>&nbsp;■ {label(k)}&nbsp;"
                "</span>"
                for k in PLAN_STATUSES
            )
            + "  <span style='color:#6B7280'>"
            + self.tr("Drag to move, Ctrl+drag to copy; double-click to edit; right-click for more.")
            + "</span>"
        )
        self.layout_.addWidget(self.legend)
        self.empty = hint_label(self.tr("Nothing is planned this week."))
        self.layout_.addWidget(self.empty)
        self.empty.hide()

        self.prev_btn.clicked.connect(lambda: self.go(-1))
        self.next_btn.clicked.connect(lambda: self.go(1))
        self.this_btn.clicked.connect(self.go_today)
        self.view_buttons.idClicked.connect(self.set_view)
        self.lanes.currentIndexChanged.connect(lambda _i: self.refresh())
        self.group_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_btn.clicked.connect(lambda: self.new_entry())
        self.series_btn.clicked.connect(self.new_series)
        self.template_btn.clicked.connect(self.apply_template)
        for model in (self.week_model, self.month_model):
            model.entries_dropped.connect(self.drop_entries)
            model.items_dropped.connect(self.drop_items)
        self.week_view.doubleClicked.connect(lambda i: self._open_cell(self.week_model, i))
        self.month_view.doubleClicked.connect(lambda i: self._open_cell(self.month_model, i))
        self.table.cellDoubleClicked.connect(lambda r, _c: self.edit_entry(self._list_rows[r]))
        self.table.itemSelectionChanged.connect(self.trash.selection_changed)
        self._list_rows: list[plan.PlanRow] = []
        for view in (self.week_view, self.month_view, self.table):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        for view in (self.week_view, self.month_view):
            view.selectionModel().selectionChanged.connect(lambda *_a: self.trash.selection_changed())

    # --- navigation --------------------------------------------------------------------------------

    def view(self) -> int:
        return self.view_buttons.checkedId()

    def set_view(self, index: int) -> None:
        self.view_buttons.button(index).setChecked(True)
        self.views.setCurrentIndex(index)
        self.lanes.setEnabled(index == 0)
        self.refresh()

    def go(self, step: int) -> None:
        if self.view() == 1:
            m = self.month.month - 1 + step
            self.month = date(self.month.year + m // 12, m % 12 + 1, 1)
            self.week = plan.week_start(self.month)
        else:
            self.week += timedelta(days=7 * step)
            self.month = self.week.replace(day=1)
        self.refresh()

    def go_today(self) -> None:
        self.week = plan.week_start(self.today)
        self.month = self.today.replace(day=1)
        self.refresh()

    def selected_group_ids(self) -> list[int] | None:
        gid = self.group_filter.currentData()
        return [gid] if gid is not None else None

    def selected_ids(self) -> list[int]:
        if self.view() == 0:
            return self.week_view.selected_ids()
        if self.view() == 1:
            return self.month_view.selected_ids()
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self._list_rows[r].id for r in rows if 0 <= r < len(self._list_rows)]

    def refresh(self) -> None:
        if self.view() == 1:
            first = self.month - timedelta(days=self.month.weekday())
            start, end = first, first + timedelta(days=42)
            self.week_label.setText(f"{self.month:%Y-%m}")
        else:
            start, end = self.week, self.week + timedelta(days=7)
            iso = self.week.isocalendar()
            self.week_label.setText(
                f"{self.week:%Y-%m-%d} – {self.week + timedelta(days=6):%m-%d}  "
                + self.tr("week %1").replace("%1", str(iso.week))
            )
        self.run(
            self.tr("Loading calendar"), _load, self._show, self.db, start, end, self.selected_group_ids(), self.today
        )

    def _show(self, result) -> None:
        rows, notes, bal, groups, items, learned = result
        self._rows, self._groups, self._items = rows, groups, items
        current = self.group_filter.currentData()
        if self.group_filter.count() != len(groups) + 1:
            self.group_filter.blockSignals(True)
            self.group_filter.clear()
            self.group_filter.addItem(self.tr("All groups"), None)
            for gid, name, *_r in groups:
                self.group_filter.addItem(name, gid)
            self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(current)))
            self.group_filter.blockSignals(False)
        week_rows = [r for r in rows if self.week <= r.when.date() < self.week + timedelta(days=7)]
        busy = {r.group_id for r in week_rows}
        # A group in its churn stage (a finished 快闪群) gets a lane only while something is planned for it.
        shown = [g for g in groups if (current is None or g[0] == current) and (g[3] != "churn" or g[0] in busy)]
        if self.lanes.currentData() == "one":
            lanes = [(None, "")]
        else:
            lanes = [(g[0], g[1]) for g in shown]
        self.week_model.set_week(self.week, week_rows, lanes, notes)
        self.month_model.set_month(self.month, rows, notes)
        self._fill_list(rows if self.view() == 1 else week_rows)
        self.side.set_items(items)
        self.side.show_balance(bal, learned)
        self.empty.setVisible(not rows and not groups)

    def _fill_list(self, rows: list[plan.PlanRow]) -> None:
        self._list_rows = rows
        self.table.setRowCount(len(rows))
        for r, e in enumerate(rows):
            set_cell(self.table, r, 0, f"{weekday_name(e.when.date())} {e.when:%m-%d}")
            set_cell(self.table, r, 1, e.when.strftime("%H:%M"))
            set_cell(self.table, r, 2, e.group)
            set_cell(self.table, r, 3, e.title + ("  ↻" if e.series_id else ""))
            item = set_cell(self.table, r, 4, label(e.status))
            item.setForeground(QBrush(QColor(STATUS_COLOURS.get(e.status, "#000000"))))
            reach, orders = e.results.get("reach"), e.results.get("orders")
            text = "" if reach is None and orders is None else self.tr("reach %1 · orders %2")
            set_cell(self.table, r, 5, text.replace("%1", str(reach or 0)).replace("%2", str(orders or 0)))

    def _rows_by_id(self, ids: list[int]) -> list[plan.PlanRow]:
        wanted = set(ids)
        return [r for r in self._rows if r.id in wanted]

    def _context_menu(self, view, pos) -> None:
        rows = self._rows_by_id(self.selected_ids())
        if not rows:
            return
        menu = QMenu(self)
        first = rows[0]
        menu.addAction(self.tr("Edit…"), lambda: self.edit_entry(first))
        if first.status == "posted":
            menu.addAction(self.tr("Results…"), lambda: self.enter_results(first))
        if first.series_id:
            menu.addAction(self.tr("Edit the whole series…"), lambda: self.edit_series(first))
            menu.addAction(self.tr("End the series from this day"), lambda: self.end_series(first))
        marks = menu.addMenu(self.tr("Mark as"))
        for s in PLAN_STATUSES:
            marks.addAction(label(s), lambda s=s: self.mark(s))
        menu.addAction(self.tr("Move to the trash"), self.trash.move_to_trash)
        menu.exec(view.viewport().mapToGlobal(pos))

    # --- changes -----------------------------------------------------------------------------------

    def _change(self, name: str, fn, *args) -> None:
        """Run a core change (``fn(*args)``) in the background, then reload."""
        self.run_change(name, _no_progress, lambda _r: self.refresh(), fn, *args)

    def drop_entries(self, ids: list[int], day: date, hour: int | None, group_id: int | None, copy: bool) -> None:
        moving = [r for r in self._rows if r.id in ids]
        if not moving:
            return
        anchor = min(moving, key=lambda r: r.when)
        days = (day - anchor.when.date()).days
        minutes = 0 if hour is None else (hour - anchor.when.hour) * 60
        if copy:
            self._change(self.tr("Copying entries"), _copy_shifted, self.db, ids, days, minutes, group_id)
        else:
            self._change(self.tr("Moving entries"), plan.move_entries, self.db, ids, days, None, group_id, minutes)

    def drop_items(self, item_ids: list[int], when: datetime, group_id: int | None) -> None:
        group_ids = [group_id] if group_id is not None else self.selected_group_ids() or [g[0] for g in self._groups]
        if not group_ids:
            return
        self._change(self.tr("Adding to the calendar"), plan.add_items, self.db, item_ids, group_ids, when)

    def mark(self, status: str) -> None:
        ids = self.selected_ids()
        if ids:
            self._change(self.tr("Changing status"), plan.set_status, self.db, ids, status)

    def _open_cell(self, model, index) -> None:
        entries = model.entries_at(index)
        if entries:
            self.edit_entry(entries[0])
        else:
            day, hour, group_id = model.slot_of(index)
            when = datetime.combine(day, datetime.min.time()).replace(hour=20 if hour is None else hour)
            self.new_entry(when, group_id)

    def _suggestion(self, day: date, group_id: int | None) -> datetime | None:
        with self.db.session() as s:  # a small indexed aggregate over posted entries
            return plan_guide.best_slot(s, day, group_id)

    def new_entry(self, when: datetime | None = None, group_id: int | None = None) -> None:
        if not self._groups:
            return
        when = when or datetime.combine(max(self.today, self.week), datetime.min.time()).replace(hour=20)
        dialog = EntryDialog(
            self._groups,
            [(i[0], i[1]) for i in self._items],
            when=when,
            group_id=group_id,
            suggestion=self._suggestion(when.date(), group_id),
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        entry = plan.NewEntry(v["group_id"], v["when"], v["title"], v["content_item_id"], v["status"], v["campaign"])
        with self.db.session() as s:
            clash = plan.same_slot_conflicts(s, v["group_id"], v["when"])
        if clash:  # allowed: two posts at one time can be meant (a picture and its text), but say so
            self.status_message.emit(
                self.tr("Note: “%1” is already planned at that time in this group.").replace("%1", clash[0])
            )
        self._change(self.tr("Adding an entry"), plan.add_entries, self.db, [entry])

    def edit_entry(self, row: plan.PlanRow) -> None:
        dialog = EntryDialog(self._groups, [(i[0], i[1]) for i in self._items], row=row, parent=self)
        if row.status == "posted":
            dialog.warning.setText(self.tr("Posted. Enter its results from the Today page or with “Results…” here."))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        if row.series_id and dialog.whole_series.isChecked():
            self._change(self.tr("Changing the series"), _edit_series, self.db, row.series_id, v)
        else:
            self._change(
                self.tr("Saving the entry"),
                plan.update_entry,
                self.db,
                row.id,
                v["title"],
                v["when"],
                v["group_id"],
                v["status"],
                v["campaign"],
                v["content_item_id"],
            )
        if v["status"] == "posted" and row.status == "posted":
            self.enter_results(row)

    def enter_results(self, row: plan.PlanRow) -> None:
        dialog = ResultsDialog(row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values() or {}
            self._change(self.tr("Saving results"), _save_results, self.db, row.id, values)

    def new_series(self) -> None:
        if not self._groups:
            return
        dialog = SeriesDialog(
            self._groups, [(i[0], i[1]) for i in self._items], max(self.today, self.week), parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._change(self.tr("Adding a recurring slot"), plan.create_series, self.db, dialog.data(), self.today)

    def edit_series(self, row: plan.PlanRow) -> None:
        with self.db.session() as s:
            data = plan.load_series(s, row.series_id)
        dialog = SeriesDialog(self._groups, [(i[0], i[1]) for i in self._items], row.when.date(), data, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._change(
                self.tr("Changing the series"),
                plan.update_series,
                self.db,
                row.series_id,
                dialog.data(),
                max(self.today, row.when.date()),
            )

    def end_series(self, row: plan.PlanRow) -> None:
        self._change(self.tr("Ending the series"), plan.end_series, self.db, row.series_id, row.when.date())

    def edit_targets(self) -> None:
        with self.db.session() as s:
            current = plan_guide.targets(s)
        dialog = TargetsDialog(current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._change(self.tr("Saving targets"), _save_targets, self.db, dialog.values())

    def apply_template(self) -> None:
        if not self._groups:
            return
        with self.db.session() as s:
            templates = plan_templates.templates(s)
        dialog = TemplateDialog(templates, self._groups, max(self.today, self.week), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            key, start, group_id, campaign = dialog.values()
            self._change(
                self.tr("Planning from the template"),
                plan_templates.apply_template,
                self.db,
                key,
                start,
                group_id,
                campaign,
            )

    def copy_days(self, days: int) -> None:
        source = self.week
        if days == 1:
            picked = self.week_view.selectionModel().selectedIndexes() if self.view() == 0 else []
            source = self.week_model.slot_of(picked[0])[0] if picked else max(self.today, self.week)
        dialog = CopyDialog(source, days, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            src, target = dialog.values()
            self._change(self.tr("Copying"), plan.copy_days, self.db, src, days, target, self.selected_group_ids())

    def save_template(self) -> None:
        group_id = self.group_filter.currentData()
        if group_id is None:
            group_id = self._groups[0][0] if self._groups else None
        if group_id is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Save as template"), self.tr("Name of the template (the week of the chosen group):")
        )
        if ok and name.strip():
            self._change(
                self.tr("Saving the template"), plan_templates.save_week_as_template, self.db, name, self.week, group_id
            )

    def export(self, fmt: str) -> None:
        suffix = {"text": "txt", "csv": "csv", "ics": "ics", "pdf": "pdf"}[fmt]
        iso = self.week.isocalendar()
        default = str(Path.home() / f"plan-{iso.year}-W{iso.week:02d}.{suffix}")
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export the week"), default)
        if path:
            self.run_change(
                self.tr("Exporting"),
                _no_progress,
                lambda n: self.status_message.emit(self.tr("Exported %n entries", "", n)),
                plan_export.export_week,
                self.db,
                self.week,
                fmt,
                Path(path),
                self.selected_group_ids(),
            )


def _save_targets(db: Database, values: dict) -> None:
    with db.session() as s:
        plan_guide.set_targets(s, values)


def _no_progress(progress, fn, *args):
    return fn(*args)


def _copy_shifted(db: Database, ids: list[int], days: int, minutes: int, group_id: int | None):
    new = plan.copy_entries(db, ids, days, group_id)
    if minutes and new:
        plan.move_entries(db, new, 0, None, None, minutes)
    return new


def _edit_series(db: Database, series_id: int, v: dict):
    with db.session() as s:
        data = plan.load_series(s, series_id)
    data.title = v["title"]
    data.time_of_day = v["when"].time()
    data.group_id = v["group_id"]
    data.status = v["status"] if v["status"] in ("idea", "draft", "scheduled") else data.status
    data.content_item_id = v["content_item_id"]
    return plan.update_series(db, series_id, data, v["when"].date())


def _save_results(db: Database, entry_id: int, values: dict):
    campaign = values.pop("campaign", None)
    plan.set_results(db, entry_id, campaign, **values)
