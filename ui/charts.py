"""One reusable chart widget: a matplotlib Figure on FigureCanvasQTAgg (never pyplot), imported lazily."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class ChartWidget(QWidget):
    """Holds one canvas and redraws it with ``draw(fn)`` where ``fn(figure)`` fills the figure."""

    def __init__(self, parent: QWidget | None = None, height: float = 3.2) -> None:
        super().__init__(parent)
        from core import chartstyle

        chartstyle.configure()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6, height), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def draw(self, fill: Callable[[object], None]) -> None:
        self.figure.clear()
        fill(self.figure)
        self.canvas.draw_idle()

    def save_png(self, path: str) -> None:
        self.figure.savefig(path, dpi=150)
