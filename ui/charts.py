"""One reusable chart widget: a matplotlib Figure on FigureCanvasQTAgg (never pyplot), imported lazily.

``draw(fill)`` clears the figure and calls ``fill(figure)``. While drawing, ``fill`` may register artists with
``tip(artist, text, payload)``: hovering shows ``text`` as a tooltip, clicking emits ``clicked(payload)`` (the
dashboard turns that into ``Page.members_requested``). Right-click (or the ⤓ button) saves the chart as PNG.
"""

from __future__ import annotations

import math
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
        from matplotlib.figure import Figure

        self.name = name
        self.figure = Figure(figsize=(6, height))
        self.figure.set_layout_engine(_margin_engine()())
        self.canvas = _canvas_class()(self.figure)
        self.canvas.setMinimumHeight(int(height * 72))
        self.setMinimumHeight(int(height * 72))  # the grid in the dashboard's scroll area must not squeeze charts
        self._tips: list[tuple[Any, str, Any]] = []
        self._pending: Callable[[object], None] | None = None  # a fill waiting for the next paint
        self.content: str | None = None  # what the chart shows or is about to: "chart", "placeholder" or None
        self.canvas._owner = self
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
        """Show what ``fill(figure)`` draws. The figure is filled and rendered when the chart is next painted (or
        saved, or its payloads are asked for), one chart per turn of the event loop (``_RenderQueue``): a chart
        scrolled out of view costs nothing, and a page of charts never holds the UI for all of them at once."""
        self._set_fill(fill, "chart")

    def _set_fill(self, fill: Callable[[object], None], content: str) -> None:
        self._pending = fill
        self.content = content
        self.canvas.draw_idle()

    def ensure_filled(self) -> None:
        """Fill the figure now if a ``draw`` or ``placeholder`` is waiting."""
        fill, self._pending = self._pending, None
        if fill is None:
            return
        for ax in tuple(self.figure.axes):  # Figure.clear() would first reset each Axes it then throws away
            self.figure.delaxes(ax)
        self.figure.clear()
        self._tips = []
        fill(self.figure)

    def placeholder(self, text: str) -> None:
        """An empty chart with ``text`` in its middle (its data is still being computed)."""
        fill = lambda fig: fig.text(0.5, 0.5, text, ha="center", va="center", color="#9CA3AF", fontsize=10)  # noqa: E731
        self._set_fill(fill, "placeholder")

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
        self.ensure_filled()
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
        self.ensure_filled()
        self.figure.savefig(path, dpi=150)


_classes: dict[str, type] = {}


def _canvas_class() -> type:
    """FigureCanvasQTAgg that renders a chart once, when it is first painted (or drawn explicitly): matplotlib's
    idle redraw would render every chart of the page, scrolled out of view or not, and render again one that was
    just drawn explicitly."""
    if "canvas" not in _classes:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from core import chartstyle

        class Canvas(FigureCanvasQTAgg):
            """Draws when it is painted: a chart scrolled out of view is not rendered until it is shown."""

            _needs_draw = False
            _owner = None  # the ChartWidget, whose waiting fill comes first

            def draw_idle(self) -> None:
                self._needs_draw = True
                self.update()  # Qt paints only what is visible

            def get_renderer(self):
                return chartstyle.cached_renderer(self)  # lays out each label once, not on every draw

            def draw(self) -> None:
                if self._owner is not None:
                    self._owner.ensure_filled()
                self._needs_draw = False
                self._draw_pending = False  # matplotlib's own queued redraw of the same figure
                super().draw()

            def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
                if self._needs_draw and self.width() > 0 and self.height() > 0:
                    _RENDER.add(self)  # rendered in a turn of its own; meanwhile the last picture (or nothing)
                super().paintEvent(event)

        _classes["canvas"] = Canvas
    return _classes["canvas"]


class _RenderQueue:
    """Charts waiting to be filled and rendered, taken one per turn of the event loop in the order they were
    painted (top to bottom): each costs 20–60 ms, and rendering every chart of a paint in one go held the UI
    for 200–300 ms (issue 7: never more than 100 ms)."""

    def __init__(self) -> None:
        self.waiting: list = []
        self.scheduled = False

    def add(self, canvas) -> None:
        if canvas not in self.waiting:
            self.waiting.append(canvas)
        self._schedule()

    def _schedule(self) -> None:
        if not self.scheduled and self.waiting:
            from PySide6.QtCore import QTimer

            self.scheduled = True
            QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        self.scheduled = False
        while self.waiting:
            canvas = self.waiting.pop(0)
            try:
                due = canvas._needs_draw and canvas.isVisible()
            except RuntimeError:  # the widget was deleted meanwhile
                continue
            if due:
                canvas.draw()
                canvas.update()
                break
        self._schedule()


_RENDER = _RenderQueue()


def text_width_in(text: str, points: float) -> float:
    """A quick estimate of a label's width in inches: CJK characters are square, others about half as wide."""
    return sum(1.0 if ord(c) >= 0x2E80 else 0.58 for c in text) * points / 72


def _margin_engine() -> type:
    """A layout engine that sizes the margins from the labels' text (an estimate, no rendering): matplotlib's
    constrained layout measures every label by drawing it, which cost as much as drawing the chart itself."""
    if "engine" not in _classes:
        from matplotlib.layout_engine import LayoutEngine

        class Margins(LayoutEngine):
            _adjust_compatible = True
            _colorbar_gridspec = True

            def execute(self, fig) -> None:
                w, h = fig.get_size_inches()
                left, right, bottom, top = _margins(fig)
                fig.subplots_adjust(
                    left=min(0.45, left / w), right=max(0.55, 1 - right / w),
                    bottom=min(0.45, bottom / h), top=max(0.55, 1 - top / h),
                )  # fmt: skip

        _classes["engine"] = Margins
    return _classes["engine"]


def _tick_texts(axis) -> tuple[list[str], float, float]:
    """The tick labels of an axis (texts, font size, rotation) without laying out its ticks: fixed labels as set,
    numbers estimated from the axis limits."""
    from matplotlib.ticker import ScalarFormatter

    if not axis.get_visible():
        return [], 8.0, 0.0
    ticks = axis.get_major_ticks(1)
    label = ticks[0].label1 if ticks else None
    size = _label_size(label) if label is not None else 8.0
    rotation = label.get_rotation() if label is not None else 0.0
    formatter = axis.get_major_formatter()
    locs = axis.get_ticklocs()
    if not len(locs):
        return [], size, rotation
    if isinstance(formatter, ScalarFormatter):
        low, high = axis.get_view_interval()
        return [str(round(max(abs(low), abs(high))))], size, rotation  # the widest number the axis may show
    return [str(formatter(v, i)) for i, v in enumerate(locs)], size, rotation  # labels set with the ticks


def _label_size(label, default: float = 8.0) -> float:
    try:
        return float(label.get_fontsize())
    except (AttributeError, ValueError):
        return default


def _margins(fig) -> tuple[float, float, float, float]:
    """Left, right, bottom and top margins in inches for the figure's (main and twin) axes."""
    pad = 0.12
    left, right, bottom, top = pad, pad, pad, pad
    main = [ax for ax in fig.axes if ax.get_subplotspec() is not None and ax.get_label() != "<colorbar>"]
    for bar in (ax for ax in fig.axes if ax.get_label() == "<colorbar>"):  # its tick labels on the right
        labels, size, _rot = _tick_texts(bar.yaxis)
        right = max(right, pad + 0.1 + max((text_width_in(t, size) for t in labels), default=0))
    for ax in main:
        twin = ax.yaxis.get_label_position() == "right" or ax.yaxis.get_ticks_position() == "right"
        ys, size, _rot = _tick_texts(ax.yaxis)
        width = max((text_width_in(t, size) for t in ys), default=0.0)
        for text in ax.texts:  # y labels written as texts left of the axes (core.dashboard_charts.LEFT)
            if text.get_gid() == "left-of-axis":
                width = max(width, text_width_in(text.get_text(), _label_size(text)))
        if ax.get_ylabel():
            width += 0.22
        for text in ax.texts:  # a colour key's values right of the axes (core.dashboard_charts.RIGHT, 22 points out)
            if text.get_gid() == "right-of-axis":
                right = max(right, pad + 22 / 72 + text_width_in(text.get_text(), _label_size(text)))
        if twin:
            right = max(right, pad + 0.08 + width)
        else:
            left = max(left, pad + 0.08 + width)
        xs, size, rotation = _tick_texts(ax.xaxis)
        height = 0.0
        angle = math.radians(rotation % 180)
        for t in xs:
            text_h = size * 1.25 / 72 * (t.count("\n") + 1)
            height = max(height, text_width_in(t, size) * math.sin(angle) + text_h * math.cos(angle))
        for text in ax.texts:  # x labels written as texts under the axes (core.dashboard_charts.BELOW)
            if text.get_gid() == "below-axis":
                lines = text.get_text().count("\n") + 1
                height = max(height, _label_size(text) * 1.25 / 72 * lines)
        if ax.get_xlabel():
            height += 0.2
        legend = ax.get_legend()
        if legend is not None and legend.get_bbox_to_anchor().y0 < ax.bbox.y0:  # a legend below the axes
            height += 0.35
        bottom = max(bottom, pad + 0.06 + height)
        title = ax.get_title()
        if title:
            size = _label_size(ax.title, 11)
            top = max(top, pad + (title.count("\n") + 1) * size * 1.3 / 72)
    return left, right, bottom, top
