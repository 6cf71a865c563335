"""Tags drawn as rounded coloured chips: a table delegate and a small wrapping widget.

Both take a list of ``(text, colour)`` pairs (``core.tags.member_tags`` gives them per member). The text colour
is black or white, whichever reads better on the chip's colour. In a table cell chips that do not fit are
summed up in a last grey "+N" chip, and a single chip too wide for the cell is elided.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

CHIPS_ROLE = Qt.ItemDataRole.UserRole + 20  # the model returns [(text, colour), …] for this role
PAD_X, PAD_Y, GAP, RADIUS = 6, 2, 4, 7
MORE_COLOUR = "#9CA3AF"

Chip = tuple[str, str]


def text_colour(background: QColor) -> QColor:
    """Black or white, whichever has more contrast on ``background`` (WCAG relative luminance)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    # contrast with black (lum + 0.05) / 0.05 vs with white 1.05 / (lum + 0.05)
    return QColor("#111111") if (lum + 0.05) ** 2 > 0.0525 else QColor("#FFFFFF")


def chip_width(metrics: QFontMetrics, text: str) -> int:
    return metrics.horizontalAdvance(text) + 2 * PAD_X + 2  # +2: advances are rounded; never elide a chip that fits


def chip_height(metrics: QFontMetrics) -> int:
    return metrics.height() + 2 * PAD_Y


def paint_chip(painter: QPainter, rect: QRect, text: str, colour: str, metrics: QFontMetrics) -> None:
    """One chip filling ``rect``; the text is elided to fit."""
    bg = QColor(colour) if QColor.isValidColorName(colour) else QColor(MORE_COLOUR)
    path = QPainterPath()
    path.addRoundedRect(QRectF(rect), RADIUS, RADIUS)
    painter.fillPath(path, bg)
    painter.setPen(text_colour(bg))
    inner = rect.adjusted(PAD_X - 1, 0, -PAD_X + 1, 0)
    painter.drawText(
        inner, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
    )


def layout_one_line(
    metrics: QFontMetrics, chips: Sequence[Chip], width: int, measure: Callable[[str], int] | None = None
) -> tuple[list[tuple[int, int]], int]:
    """Chip widths that fit on one line of ``width`` pixels: [(index, width)] and how many are left over.

    A "+N" chip for the rest is reserved when not everything fits; the first chip is always shown (elided).
    ``measure`` gives a chip's width for its text (``chip_width`` by default).
    """
    measure = measure or (lambda text: chip_width(metrics, text))
    out: list[tuple[int, int]] = []
    x = 0
    for i, (text, _c) in enumerate(chips):
        w = measure(text)
        rest = len(chips) - i - 1
        reserve = (GAP + measure(f"+{rest}")) if rest else 0
        if x + w + reserve > width:
            if not out:  # not even the first fits: show it elided, then the count
                more = measure(f"+{len(chips) - 1}") + GAP if len(chips) > 1 else 0
                out.append((i, max(2 * PAD_X + metrics.horizontalAdvance("…"), width - more)))
                return out, len(chips) - 1
            return out, len(chips) - i
        out.append((i, w))
        x += w + GAP
    return out, 0


# A table repaints some 30 tag cells (about 100 chips) at a time: each chip is drawn once into a pixmap,
# kept by its text, colour, size, font and pixel ratio, and then only copied (the widths are kept too).
_CACHE_LIMIT = 2000
_widths: dict[tuple[str, str], int] = {}
_pixmaps: dict[tuple, QPixmap] = {}


def _cached_width(metrics: QFontMetrics, font_key: str, text: str) -> int:
    key = (font_key, text)
    width = _widths.get(key)
    if width is None:
        if len(_widths) > _CACHE_LIMIT:
            _widths.clear()
        width = _widths[key] = chip_width(metrics, text)
    return width


def _chip_pixmap(
    text: str, colour: str, w: int, h: int, font: QFont, font_key: str, metrics: QFontMetrics, ratio: float
) -> QPixmap:
    key = (text, colour, w, h, font_key, ratio)
    pixmap = _pixmaps.get(key)
    if pixmap is None:
        if len(_pixmaps) > _CACHE_LIMIT:
            _pixmaps.clear()
        pixmap = QPixmap(max(1, round(w * ratio)), max(1, round(h * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(font)
        paint_chip(p, QRect(0, 0, w, h), text, colour, metrics)
        p.end()
        _pixmaps[key] = pixmap
    return pixmap


def paint_chip_line(painter: QPainter, rect: QRect, chips: Sequence[Chip], font: QFont) -> None:
    """Chips on one line inside ``rect`` (vertically centred), the rest summed up as "+N"."""
    if not chips:
        return
    metrics = QFontMetrics(font)
    font_key = font.key()
    ratio = painter.device().devicePixelRatioF()
    h = min(chip_height(metrics), rect.height())
    y = rect.top() + (rect.height() - h) // 2
    placed, rest = layout_one_line(metrics, chips, rect.width(), lambda text: _cached_width(metrics, font_key, text))
    x = rect.left()
    for i, w in placed:
        text, colour = chips[i]
        painter.drawPixmap(x, y, _chip_pixmap(text, colour, w, h, font, font_key, metrics, ratio))
        x += w + GAP
    if rest:
        label = f"+{rest}"
        w = _cached_width(metrics, font_key, label)
        painter.drawPixmap(x, y, _chip_pixmap(label, MORE_COLOUR, w, h, font, font_key, metrics, ratio))


class TagChipDelegate(QStyledItemDelegate):
    """Paints the ``CHIPS_ROLE`` list of a cell as chips (selection and focus drawn as usual)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        chips = index.data(CHIPS_ROLE) or []
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = option.rect.adjusted(4, 2, -4, -2)
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        paint_chip_line(painter, rect, chips, font)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        chips = index.data(CHIPS_ROLE) or []
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        metrics = QFontMetrics(font)
        width = sum(chip_width(metrics, t) + GAP for t, _c in chips) + 8
        return QSize(min(width, 320), chip_height(metrics) + 6)


class TagChips(QWidget):
    """Chips in a flow layout that wraps to the widget's width (member detail, rule lists)."""

    def __init__(self, chips: Sequence[Chip] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chips: list[Chip] = list(chips)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_chips(self, chips: Sequence[Chip]) -> None:
        self._chips = list(chips)
        self.updateGeometry()
        self.update()

    def chips(self) -> list[Chip]:
        return list(self._chips)

    def _rects(self, width: int) -> list[QRect]:
        metrics = self.fontMetrics()
        h = chip_height(metrics)
        x = y = 0
        out = []
        for text, _c in self._chips:
            w = min(chip_width(metrics, text), max(width, 2 * PAD_X + 10))
            if x and x + w > width:
                x, y = 0, y + h + GAP
            out.append(QRect(x, y, w, h))
            x += w + GAP
        return out

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rects = self._rects(width)
        return rects[-1].bottom() + 1 if rects else chip_height(self.fontMetrics())

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = sum(chip_width(metrics, t) + GAP for t, _c in self._chips)
        return QSize(min(max(width, 40), 480), self.heightForWidth(min(max(width, 40), 480)))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, chip_height(self.fontMetrics()))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        for rect, (text, colour) in zip(self._rects(self.width()), self._chips, strict=True):
            paint_chip(painter, rect, text, colour, metrics)
        painter.end()
