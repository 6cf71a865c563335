"""The flow layout of the dashboard's key-figure cards: natural widths, wrapped rows, never wider than given."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from ui.widgets.flow_layout import FlowLayout


def test_widgets_wrap_to_new_rows_and_keep_their_width(qtbot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    layout = FlowLayout(box, spacing=10)
    cards = []
    for _ in range(5):
        card = QWidget()
        card.setFixedSize(100, 40)
        layout.addWidget(card)
        cards.append(card)
    assert layout.count() == 5 and layout.itemAt(4).widget() is cards[4] and layout.itemAt(5) is None
    assert layout.heightForWidth(600) == 40  # one row: 5 × 100 + 4 × 10 = 540
    assert layout.heightForWidth(330) == 40 + 10 + 40  # three fit a row (320), two on the next
    assert layout.heightForWidth(100) == 5 * 40 + 4 * 10  # one a row, never squeezed
    layout.setGeometry(QRect(0, 0, 330, 90))
    assert [(c.x(), c.y(), c.width()) for c in cards] == [(0, 0, 100), (110, 0, 100), (220, 0, 100),
                                                          (0, 50, 100), (110, 50, 100)]  # fmt: skip
    assert layout.minimumSize().width() == 100  # as narrow as its widest card: a window can shrink to it
    taken = layout.takeAt(0)
    assert taken.widget() is cards[0] and layout.count() == 4
