"""matplotlib set-up shared by the GUI charts and headless reports: the bundled CJK font and a palette.

Import this only where a chart is drawn: matplotlib is slow to import and the app starts without it.
"""

from __future__ import annotations

import os

from core import paths

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
HEALTHY, UNHEALTHY = "#009E73", "#D55E00"

_configured = False


def configure() -> None:
    """Register the bundled font and set our defaults; safe to call more than once."""
    global _configured
    if _configured:
        return
    os.environ.setdefault("MPLCONFIGDIR", str(paths.cache_dir() / "matplotlib"))
    import matplotlib
    from cycler import cycler
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(paths.font_path()))
    matplotlib.rcParams.update(
        {
            # The bundled font first: it has Latin too, so every label has one consistent look.
            "font.family": [paths.FONT_FAMILY, "DejaVu Sans"],
            "axes.unicode_minus": False,
            "axes.prop_cycle": cycler(color=PALETTE),
            "axes.spines.top": False,
            "axes.spines.right": False,
            # Titles at a fixed height: placing them automatically measures every tick label of the axes first
            # (none of our charts has ticks above the plot, and with no offset text nothing can collide).
            "axes.titley": 1.0,
            "axes.formatter.useoffset": False,
            "axes.formatter.limits": (-7, 9),  # plain numbers: revenue 1200000, never "1e6" over the axis
            "pdf.fonttype": 42,
            "svg.fonttype": "none",
        }
    )
    _configured = True


_canvas_class = None


def agg_canvas() -> type:
    """``FigureCanvasAgg`` drawing with :func:`text_renderer`, for headless PNGs (the chart widget's Qt canvas
    uses :func:`cached_renderer` itself)."""
    global _canvas_class
    if _canvas_class is None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        class CanvasAgg(FigureCanvasAgg):
            def get_renderer(self):
                return cached_renderer(self)

        _canvas_class = CanvasAgg
    return _canvas_class


def cached_renderer(canvas):
    """``FigureCanvasAgg.get_renderer`` with a :func:`text_renderer` (for canvas classes of any backend)."""
    w, h = canvas.get_width_height(physical=True)
    key = w, h, canvas.figure.dpi
    if getattr(canvas, "_lastKey", None) != key or not isinstance(canvas.renderer, text_renderer()):
        canvas.renderer = text_renderer()(w, h, canvas.figure.dpi)
        canvas._lastKey = key
    return canvas.renderer


# (text, font properties, dpi, hinting, antialiased) -> (width, height, descent, bitmap, x and y offset) in pixels
_texts: dict = {}
_TEXTS_MAX = 4000
_heights: dict = {}  # (font properties, dpi) -> (ascent, descent, line gap) in pixels
_renderer = None


def _no() -> None:
    return None


def text_renderer() -> type:
    """An Agg renderer that lays out and rasterises each (text, font, size) once and reuses the bitmap.

    matplotlib 3.11 shapes every text with libraqm, twice per label (measured, then drawn glyph by glyph): ~0.5–1
    ms per label with our CJK font, most of the time spent drawing a chart. The charts repeat their labels (week
    dates, axis numbers, titles on every reload), so each is laid out once per process here, as one bitmap placed
    on whole pixels (how matplotlib up to 3.10 drew text). Math text and texts with font features or a language
    go the usual way.
    """
    global _renderer
    if _renderer is None:
        import math

        import matplotlib as mpl
        import numpy as np
        from matplotlib.backends.backend_agg import RendererAgg, get_hinting_flag
        from matplotlib.font_manager import fontManager, get_font

        class TextCachingRendererAgg(RendererAgg):
            def _cached_text(self, s: str, prop, antialiased: bool):
                flags = get_hinting_flag()
                key = (s, prop.copy(), self.dpi, flags, antialiased)
                hit = _texts.get(key)
                if hit is None:
                    font = self._prepare_font(prop)
                    font.set_text(s, 0.0, flags=flags)
                    w, h = font.get_width_height()
                    font.draw_glyphs_to_bitmap(antialiased=antialiased)
                    image = np.array(font.get_image())  # a copy: the font's buffer is reused
                    xo, yo = font.get_bitmap_offset()
                    hit = (w / 64, h / 64, font.get_descent() / 64, image, xo / 64, yo / 64)
                    if len(_texts) >= _TEXTS_MAX:
                        _texts.clear()
                    _texts[key] = hit
                return hit

            def _get_font_height_metrics(self, prop):
                """A font's ascent, descent and line gap, which matplotlib 3.11 otherwise looks up (font search,
                three font tables) for every text each time it is measured."""
                key = (prop.copy(), self.dpi)
                hit = _heights.get(key)
                if hit is None:
                    font = get_font(fontManager._find_fonts_by_props(prop))
                    hit = (None, None, None)
                    for table, gap, ascent, descent in (
                        ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
                        ("hhea", "lineGap", "ascent", "descent"),
                    ):
                        values = font.get_sfnt_table(table)
                        if values is not None:
                            scale = (
                                prop.get_size_in_points() * self.dpi / 72 / font.get_sfnt_table("head")["unitsPerEm"]
                            )
                            hit = (values[ascent] * scale, -values[descent] * scale, values[gap] * scale)
                            break
                    _heights[key] = hit
                return hit

            def get_text_width_height_descent(self, s, prop, ismath):
                if ismath:
                    return super().get_text_width_height_descent(s, prop, ismath)
                # Measured with the bitmap it will be drawn with (texts are antialiased unless told otherwise).
                w, h, d, *_drawn = self._cached_text(s, prop, bool(mpl.rcParams["text.antialiased"]))
                return w, h, d

            def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
                special = mtext is not None and (
                    getattr(mtext, "get_fontfeatures", _no)() or getattr(mtext, "get_language", _no)()
                )
                if ismath or special:
                    return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
                _w, _h, d, image, xo, yo = self._cached_text(s, prop, bool(gc.get_antialiased()))
                xd = d * math.sin(math.radians(angle))
                yd = d * math.cos(math.radians(angle))
                self._renderer.draw_text_image(image, round(x + xo + xd), round(y + yo + yd) + 1, angle, gc)

        _renderer = TextCachingRendererAgg
    return _renderer
