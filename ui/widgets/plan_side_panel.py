"""The calendar's side panel: the library to drag from, and the week's balance, warnings and what worked."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from core import plan_guide
from ui.labels import core_label, label
from ui.widgets.plan_models import LibraryList, weekday_name


class PlanSidePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple] = []
        side_layout = QVBoxLayout(self)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("<b>Library</b> — drag onto a slot")))
        self.library_search = QLineEdit()
        self.library_search.setPlaceholderText(self.tr("Search the library…"))
        self.library_search.setClearButtonEnabled(True)
        side_layout.addWidget(self.library_search)
        self.library = LibraryList()
        side_layout.addWidget(self.library, 3)
        balance_head = QHBoxLayout()
        balance_head.addWidget(QLabel(self.tr("<b>Balance of the week</b>")))
        balance_head.addStretch(1)
        self.targets_btn = QPushButton(self.tr("Targets…"))
        balance_head.addWidget(self.targets_btn)
        side_layout.addLayout(balance_head)
        self.balance_label = QLabel()
        self.balance_label.setWordWrap(True)
        self.balance_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.balance_label.setTextFormat(Qt.TextFormat.RichText)
        side_layout.addWidget(self.balance_label, 2)
        self.library_search.textChanged.connect(self._fill_library)

    def set_items(self, items: list[tuple]) -> None:
        """(id, title, kind, average score) of the library, best first."""
        self._items = items
        self._fill_library()

    def _fill_library(self) -> None:
        text = self.library_search.text().strip()
        self.library.clear()
        for item_id, title, kind, score in self._items:
            if text and text not in title:
                continue
            shown = title if score is None else f"{title}  ★{score:g}"
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setToolTip(label(kind) if kind != "post" else title)
            self.library.addItem(item)

    def _learned_html(self, learned) -> str:
        slots, mixes = learned
        if not slots:
            return ""
        slot_text = ", ".join(
            f"{weekday_name(date(2024, 1, 1) + timedelta(days=int(r.key[0])))} {int(r.key[1]):02d}:00 ({r.score:g})"
            for r in slots
        )
        mix_text = ", ".join(f"{core_label(r.key[0])}/{label(r.key[1])} ({r.score:g})" for r in mixes)
        return (
            "<br><span style='color:#374151'>"
            + self.tr("What worked (last 6 months, average result): best slots %1; best content %2")
            .replace("%1", slot_text)
            .replace("%2", mix_text)
            + "</span>"
        )

    def show_balance(self, bal: plan_guide.Balance, learned=((), ())) -> None:
        if not bal.total:
            self.balance_label.setText(self.tr("Nothing planned yet this week.") + self._learned_html(learned))
            return

        def share(counts: dict, key: str, name=label) -> str:
            return f"{name(key)} {counts.get(key, 0)} ({counts.get(key, 0) / bal.total:.0%})"

        lines = [
            self.tr("Core: %1").replace(
                "%1", ", ".join(share(bal.by_core, k, core_label) for k in ("knowledge", "emotion", "conversion"))
            ),
            self.tr("Category: %1").replace(
                "%1", ", ".join(share(bal.by_category, k) for k in ("brand", "promotion", "conversion"))
            ),
        ]
        if bal.products:
            lines.append(
                self.tr("Products in rotation: %1").replace(
                    "%1", ", ".join(f"{label(k)} {v}" for k, v in sorted(bal.products.items()))
                )
            )
        warn = [self._warning_text(w) for w in bal.warnings[:8]]
        if len(bal.warnings) > 8:
            warn.append(self.tr("… and %n more", "", len(bal.warnings) - 8))
        html = "<br>".join(lines)
        if warn:
            html += "<br><span style='color:#D55E00'>⚠ " + "<br>⚠ ".join(warn) + "</span>"
        else:
            html += "<br><span style='color:#009E73'>✓ " + self.tr("The mix is within your targets.") + "</span>"
        self.balance_label.setText(html + self._learned_html(learned))

    def _warning_text(self, w: plan_guide.Warning_) -> str:
        if w.code == "too_much_promotion":
            return (
                self.tr("%1 promotion (target: at most %2)")
                .replace("%1", f"{w.args[0]:.0%}")
                .replace("%2", f"{w.args[1]:.0%}")
            )
        if w.code == "too_little_knowledge":
            return (
                self.tr("%1 knowledge content (target: at least %2)")
                .replace("%1", f"{w.args[0]:.0%}")
                .replace("%2", f"{w.args[1]:.0%}")
            )
        if w.code == "promo_run":
            return self.tr("%1 promotional posts in a row in %2").replace("%1", str(w.args[0])).replace("%2", w.args[1])
        if w.code == "same_slot":
            return (
                self.tr("%1 entries at the same time (%2) in %3")
                .replace("%1", str(w.args[0]))
                .replace("%2", w.args[1].strftime("%m-%d %H:%M"))
                .replace("%3", w.args[2])
            )
        if w.code == "empty_day":
            return (
                self.tr("Nothing planned for %1 group %2 on %3")
                .replace("%1", label(w.args[0]))
                .replace("%2", w.args[1])
                .replace("%3", f"{weekday_name(w.args[2])} {w.args[2]:%m-%d}")
            )
        return w.message
