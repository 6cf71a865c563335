"""One reusable chart widget: a matplotlib Figure on FigureCanvasQTAgg (never pyplot), imported lazily.

``draw(fill)`` clears the figure and calls ``fill(figure)``. While drawing, ``fill`` may register artists with
``tip(artist, text, payload)``: hovering shows ``text`` as a tooltip, clicking emits ``clicked(payload)`` (the
dashboard turns that into ``Page.members_requested``). Right-click (or the ⤓ button) saves the chart as PNG.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QToolTip, QVBoxLayout, QWidget


class ChartWidget(QWidget):
    """Holds one canvas and redraws it with ``draw(fn)`` where ``fn(figure)`` fills the figure."""

    clicked = Signal(object)  # the payload of the clicked artist
    saved = Signal(str)  # a PNG was written to this path

    def __init__(self, parent: QWidget | None = None, height: float = 3.2, name: str = "chart") -> None:
        super().__init__(parent)
        from core import chartstyle

        chartstyle.configure()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.name = name
        self.figure = Figure(figsize=(6, height), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(int(height * 72))
        self.setMinimumHeight(int(height * 72))  # the grid in the dashboard's scroll area must not squeeze charts
        self._tips: list[tuple[Any, str, Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.save_btn = QToolButton(self)
        self.save_btn.setText("⤓")
        self.save_btn.setToolTip(self.tr("Save this chart as PNG…"))
        self.save_btn.setAutoRaise(True)
        self.save_btn.clicked.connect(self.save_dialog)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._menu)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("button_press_event", self._press)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.save_btn.move(self.width() - self.save_btn.sizeHint().width() - 2, 2)
        self.save_btn.raise_()

    def draw(self, fill: Callable[[object], None]) -> None:
        self.figure.clear()
        self._tips = []
        fill(self.figure)
        self.canvas.draw_idle()

    def tip(self, artist: Any, text: str, payload: Any = None) -> None:
        """Show ``text`` when the mouse is over ``artist``; a click on it emits ``clicked(payload)``."""
        self._tips.append((artist, text, payload))

    def _hit(self, event) -> tuple[Any, str, Any] | None:
        for entry in self._tips:
            try:
                inside, _ = entry[0].contains(event)
            except (AttributeError, ValueError, TypeError):
                continue
            if inside:
                return entry
        return None

    def _hover(self, event) -> None:
        hit = self._hit(event) if event.inaxes is not None else None
        if hit is None:
            QToolTip.hideText()
            self.canvas.unsetCursor()
            return
        QToolTip.showText(QCursor.pos(), hit[1], self.canvas)
        if hit[2] is not None:
            self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)

    def _press(self, event) -> None:
        if event.button != 1 or event.inaxes is None:
            return
        hit = self._hit(event)
        if hit is not None and hit[2] is not None:
            self.clicked.emit(hit[2])

    def click_payloads(self) -> list[Any]:
        """The payloads of the clickable artists (tests use them to click without a mouse)."""
        return [p for _a, _t, p in self._tips if p is not None]

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Save as PNG…"), self.save_dialog)
        menu.exec(self.canvas.mapToGlobal(pos))

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), f"{self.name}.png", self.tr("PNG images (*.png)")
        )
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self.save_png(path)
            self.saved.emit(path)

    def save_png(self, path: str) -> None:
        self.figure.savefig(path, dpi=150)
