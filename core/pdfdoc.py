"""A small A4 PDF builder on matplotlib (no Qt): headings, paragraphs, bullet lists, tables, figures.

Used by the weekly health report and the week-plan PDF. Chinese text is drawn with the bundled font and is both
embedded and extractable: the PDF uses Type 3 fonts (glyph outlines inside the file, with a ToUnicode map).
matplotlib's Type 42 mode would put the bundled CFF-flavoured OpenType font ("OTTO") into a ``FontFile2`` stream,
which the PDF format reserves for TrueType outlines: lenient viewers draw it, strict ones (and printers) may not.

Usage::

    doc = PdfDocument("社群健康度报告", footer="群主 · 第 {page} 页")
    doc.heading("关键指标")
    doc.paragraph("本周发言率 18%，低于健康线 20%。")
    doc.table(["指标", "本周", "上周"], [["发言率", "18%", "22%"]], align="lrr", colors={(0, 1): "#D55E00"})
    doc.figure(lambda fig: fig.add_subplot().bar([1, 2], [3, 4]), height_mm=60)
    doc.save("report.pdf")

Coordinates are points (1/72 inch) from the top-left corner of the page; matplotlib is imported on first use.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

A4_WIDTH_PT, A4_HEIGHT_PT = 595.28, 841.89
MM = 72 / 25.4  # points per millimetre

# Punctuation that must not start a line (simple 禁则: it sticks to the character before it).
_NO_LINE_START = set("，。、；：！？）》」』】〉,.;:!?)]}%")
TEXT_COLOR = "#1F2937"
MUTED_COLOR = "#6B7280"
RULE_COLOR = "#D1D5DB"
HEADER_FILL = "#EEF2F7"


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _tokens(text: str) -> list[str]:
    """Break points for wrapping: each wide (CJK) character alone, Latin words with their trailing spaces."""
    out: list[str] = []
    word = ""
    for ch in text:
        if _is_wide(ch) or ch in _NO_LINE_START:
            if word:
                out.append(word)
                word = ""
            if ch in _NO_LINE_START and out:
                out[-1] += ch
            else:
                out.append(ch)
        elif ch == " ":
            word += ch
            out.append(word)
            word = ""
        else:
            word += ch
    if word:
        out.append(word)
    return out


class PdfDocument:
    """Builds an A4 PDF page by page; call ``save(path)`` or ``to_bytes()`` at the end.

    ``footer`` is drawn at the bottom of every page; ``{page}`` and ``{pages}`` are replaced.
    """

    def __init__(
        self,
        title: str = "",
        *,
        author: str = "Qunzhu",
        subject: str = "",
        footer: str | None = "{page} / {pages}",
        margin_mm: float = 18,
    ) -> None:
        from core import chartstyle

        chartstyle.configure()
        from matplotlib.backends.backend_agg import RendererAgg
        from matplotlib.font_manager import FontProperties

        self.title = title
        self.author = author
        self.subject = subject
        self.footer = footer
        self.margin = margin_mm * MM
        self.width = A4_WIDTH_PT - 2 * self.margin  # the text column
        self._renderer = RendererAgg(10, 10, 72)
        self._props: dict[float, FontProperties] = {}
        self._widths: dict[tuple[str, float], float] = {}
        self._pages: list[Any] = []
        self._y = 0.0  # points from the top of the current page
        self._new_page()
        if title:
            self._text_block(title, size=20, color=TEXT_COLOR, space_after=4 * MM)

    # ----- measuring -----------------------------------------------------------------------------------------
    def _prop(self, size: float):
        prop = self._props.get(size)
        if prop is None:
            from matplotlib import rcParams
            from matplotlib.font_manager import FontProperties

            prop = FontProperties(family=rcParams["font.family"], size=size)
            self._props[size] = prop
        return prop

    def text_width(self, text: str, size: float) -> float:
        """The width of ``text`` in points at font size ``size``."""
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            width, _h, _d = self._renderer.get_text_width_height_descent(text, self._prop(size), ismath=False)
            self._widths[key] = width
        return width

    def wrap(self, text: str, size: float, width: float) -> list[str]:
        """Split ``text`` into lines no wider than ``width`` points (explicit newlines kept)."""
        lines: list[str] = []
        for para in text.split("\n"):
            line, line_w = "", 0.0
            for tok in _tokens(para):
                w = self.text_width(tok, size)
                if line and line_w + w > width:
                    lines.append(line.rstrip())
                    tok = tok.lstrip()
                    line, line_w = tok, self.text_width(tok, size) if tok else 0.0
                else:
                    line += tok
                    line_w += w
            lines.append(line.rstrip())
        return lines

    # ----- pages ---------------------------------------------------------------------------------------------
    def _new_page(self) -> None:
        from matplotlib.figure import Figure

        self._pages.append(Figure(figsize=(A4_WIDTH_PT / 72, A4_HEIGHT_PT / 72), dpi=72))
        self._y = self.margin

    @property
    def _page(self):
        return self._pages[-1]

    @property
    def remaining(self) -> float:
        """Points left on the current page above the bottom margin (and the footer)."""
        return A4_HEIGHT_PT - self.margin - 6 * MM - self._y

    def _ensure(self, height: float) -> None:
        if height > self.remaining and self._y > self.margin:
            self._new_page()

    def page_break(self) -> None:
        if self._y > self.margin:
            self._new_page()

    def _fx(self, x_pt: float) -> float:
        return x_pt / A4_WIDTH_PT

    def _fy(self, y_pt: float) -> float:
        return 1 - y_pt / A4_HEIGHT_PT

    def _draw_text(self, x: float, baseline: float, text: str, size: float, color: str, ha: str = "left") -> None:
        self._page.text(
            self._fx(x), self._fy(baseline), text, fontproperties=self._prop(size), color=color, ha=ha, va="baseline"
        )

    def _text_block(
        self, text: str, *, size: float, color: str, space_after: float, indent: float = 0.0, bullet: str = ""
    ) -> None:
        line_h = size * 1.55
        for i, line in enumerate(self.wrap(text, size, self.width - indent)):
            self._ensure(line_h)
            baseline = self._y + size * 1.1
            if bullet and i == 0:
                self._draw_text(self.margin + indent - size * 1.1, baseline, bullet, size, color)
            if line:
                self._draw_text(self.margin + indent, baseline, line, size, color)
            self._y += line_h
        self._y += space_after

    # ----- content -------------------------------------------------------------------------------------------
    def heading(self, text: str, level: int = 1, keep_with_next_mm: float = 14) -> None:
        """A heading; it moves to a new page unless ``keep_with_next_mm`` of what follows fits below it."""
        size = {1: 15.0, 2: 12.5}.get(level, 11.0)
        self._ensure(size * 1.6 + keep_with_next_mm * MM)  # never a heading alone at the bottom of a page
        self._y += 2 * MM if self._y > self.margin else 0
        self._text_block(text, size=size, color=TEXT_COLOR, space_after=1.5 * MM)
        if level == 1:
            y = self._fy(self._y - 1.2 * MM)
            self._page.add_artist(self._line(self.margin, self.margin + self.width, y, RULE_COLOR, 0.8))

    def paragraph(self, text: str, *, size: float = 10.5, color: str = TEXT_COLOR) -> None:
        self._text_block(text, size=size, color=color, space_after=2 * MM)

    def bullets(self, items: Sequence[str], *, size: float = 10.5, color: str = TEXT_COLOR) -> None:
        for item in items:
            self._text_block(item, size=size, color=color, space_after=0.8 * MM, indent=5 * MM, bullet="•")
        self._y += 1.2 * MM

    def spacer(self, height_mm: float) -> None:
        self._y += height_mm * MM

    def _line(self, x0: float, x1: float, y_frac: float, color: str, width: float):
        from matplotlib.lines import Line2D

        return Line2D([self._fx(x0), self._fx(x1)], [y_frac, y_frac], color=color, linewidth=width)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        col_widths: Sequence[float] | None = None,
        align: str | None = None,
        colors: dict[tuple[int, int], str] | None = None,
        size: float = 9.5,
    ) -> None:
        """A table across the text column; the header repeats on each page it spans.

        ``col_widths``: relative widths (default: from the content); ``align``: one letter per column, ``l`` or
        ``r``; ``colors``: text colour of cell (row, column), rows counted from 0 below the header.
        """
        from matplotlib.patches import Rectangle

        n = len(headers)
        cells = [[("" if v is None else str(v)) for v in row] for row in rows]
        align = (align or "l" * n).ljust(n, "l")
        colors = colors or {}
        pad = 2.2 * MM
        if col_widths is None:
            natural = [
                max([self.text_width(headers[c], size)] + [self.text_width(r[c], size) for r in cells[:200]])
                for c in range(n)
            ]
            col_widths = [min(w, self.width * 0.6) + 2 * pad for w in natural]
        total = sum(col_widths) or 1.0
        widths = [w / total * self.width for w in col_widths]
        xs = [self.margin + sum(widths[:c]) for c in range(n)]
        line_h = size * 1.45

        def draw_row(values: Sequence[str], row_index: int | None) -> None:
            wrapped = [self.wrap(v, size, widths[c] - 2 * pad) for c, v in enumerate(values)]
            height = max(len(w) for w in wrapped) * line_h + 1.6 * MM
            if height > self.remaining:
                self._new_page()
                if row_index is not None:
                    draw_row(headers, None)
            top = self._y
            if row_index is None:
                self._page.add_artist(
                    Rectangle(
                        (self._fx(self.margin), self._fy(top + height)),
                        self.width / A4_WIDTH_PT,
                        height / A4_HEIGHT_PT,
                        facecolor=HEADER_FILL,
                        edgecolor="none",
                        transform=self._page.transFigure,
                    )
                )
            for c, lines in enumerate(wrapped):
                color = MUTED_COLOR if row_index is None else colors.get((row_index, c), TEXT_COLOR)
                for i, line in enumerate(lines):
                    baseline = top + 0.8 * MM + i * line_h + size * 1.05
                    if align[c] == "r":
                        self._draw_text(xs[c] + widths[c] - pad, baseline, line, size, color, ha="right")
                    else:
                        self._draw_text(xs[c] + pad, baseline, line, size, color)
            self._y = top + height
            self._page.add_artist(self._line(self.margin, self.margin + self.width, self._fy(self._y), RULE_COLOR, 0.6))

        self._ensure(3 * line_h + 4 * MM)
        draw_row([str(h) for h in headers], None)
        for r, row in enumerate(cells):
            draw_row(row + [""] * (n - len(row)), r)
        self._y += 3 * MM

    def figure(self, fill: Callable[[Any], None], *, height_mm: float = 70, width_mm: float | None = None,
               dpi: int = 200) -> None:  # fmt: skip
        """A chart drawn by ``fill(figure)`` (the same callables as the app's chart widget), as an image.

        Charts are embedded as images at ``dpi``: their labels are pictures, so put every figure that a reader
        (or a text extractor) needs in a paragraph or table too.
        """
        from matplotlib.figure import Figure

        from core import chartstyle

        width_pt = min(width_mm * MM, self.width) if width_mm else self.width
        height_pt = height_mm * MM
        chart = Figure(figsize=(width_pt / 72, height_pt / 72), dpi=dpi, layout="constrained")
        chartstyle.agg_canvas()(chart)  # labels laid out once per process
        fill(chart)
        buf = io.BytesIO()
        chart.savefig(buf, format="png", dpi=dpi)
        self.image(buf.getvalue(), height_mm=height_mm, width_mm=width_pt / MM)

    def image(self, png: bytes | str | Path, *, height_mm: float, width_mm: float | None = None) -> None:
        """A PNG (bytes or a file) scaled to ``height_mm``, or to fit ``width_mm`` × ``height_mm``."""
        from matplotlib.image import imread

        data = imread(io.BytesIO(png) if isinstance(png, bytes) else str(png), format="png")
        h_px, w_px = data.shape[0], data.shape[1]
        height_pt = height_mm * MM
        width_pt = height_pt * w_px / h_px
        max_w = min(width_mm * MM, self.width) if width_mm else self.width
        if width_pt > max_w:
            width_pt, height_pt = max_w, max_w * h_px / w_px
        max_h = A4_HEIGHT_PT - 2 * self.margin - 10 * MM  # a whole page at most
        if height_pt > max_h:
            width_pt, height_pt = max_h * w_px / h_px, max_h
        self._ensure(height_pt + 2 * MM)
        ax = self._page.add_axes(
            (self._fx(self.margin), self._fy(self._y + height_pt), width_pt / A4_WIDTH_PT, height_pt / A4_HEIGHT_PT)
        )
        ax.imshow(data, interpolation="none", aspect="auto")
        ax.set_axis_off()
        self._y += height_pt + 3 * MM

    # ----- output --------------------------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self._pages)

    def save(self, path: str | Path) -> None:
        """Write the PDF (to a temporary file first, so a failure never leaves half a file at ``path``)."""
        path = Path(path)
        tmp = path.with_name(path.name + ".part")
        try:
            with open(tmp, "wb") as fh:
                self._write(fh)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        self._write(buf)
        return buf.getvalue()

    def _write(self, fh) -> None:
        import matplotlib
        from matplotlib.backends.backend_pdf import PdfPages

        pages = len(self._pages)
        metadata = {"Title": self.title, "Author": self.author, "Subject": self.subject, "Creator": "Qunzhu"}
        with matplotlib.rc_context({"pdf.fonttype": 3}), PdfPages(fh, metadata=metadata) as pdf:
            for number, page in enumerate(self._pages, 1):
                if self.footer:
                    text = self.footer.replace("{page}", str(number)).replace("{pages}", str(pages))
                    footer = page.text(
                        0.5, self._fy(A4_HEIGHT_PT - self.margin / 2), text, fontproperties=self._prop(8.5),
                        color=MUTED_COLOR, ha="center", va="baseline",
                    )  # fmt: skip
                pdf.savefig(page)
                if self.footer:
                    footer.remove()  # saving twice must not draw the footer twice
