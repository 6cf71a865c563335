from __future__ import annotations

import warnings

from core import chartstyle


def test_chinese_chart_renders_with_no_missing_glyph(tmp_path) -> None:
    chartstyle.configure()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure()
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.bar(["宝妈福利群1", "喆堃玥珺璟镕"], [1, 2])
    ax.set_title("发言率 ≥ 20%")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font(s)" is a UserWarning
        fig.savefig(tmp_path / "c.png")
        fig.savefig(tmp_path / "c.pdf")
    assert (tmp_path / "c.pdf").read_bytes().count(b"QunzhuSansSC") >= 1  # the font is embedded


def test_a_missing_glyph_would_be_caught(tmp_path) -> None:
    """The check above can fail: a font without CJK glyphs triggers the warning."""
    import pytest
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure()
    FigureCanvasAgg(fig)
    fig.text(0.5, 0.5, "喆", family="DejaVu Sans")
    with pytest.warns(UserWarning, match="missing from font"):
        fig.savefig(tmp_path / "x.png")


def _bars(canvas_class):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4, 2), dpi=100)
    canvas = canvas_class(fig)
    ax = fig.add_subplot()
    ax.bar(["宝妈福利群", "读书群"], [3, 4])
    ax.set_xticks([0, 1], ["宝妈福利群", "读书群"], rotation=45)
    ax.set_title("发言率 ≥ 20%")
    canvas.draw()
    import numpy as np

    return np.asarray(canvas.buffer_rgba())[..., :3].astype(int)


def test_the_text_caching_renderer_draws_what_agg_draws(monkeypatch) -> None:
    """Labels laid out once and placed on whole pixels: the same picture as matplotlib's Agg within a pixel's
    antialiasing, and a second chart with the same labels does not lay them out again."""
    chartstyle.configure()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    plain = _bars(FigureCanvasAgg)
    chartstyle._texts.clear()
    cached = _bars(chartstyle.agg_canvas())
    assert plain.shape == cached.shape
    ink = lambda img: (img.sum(axis=2) < 600).sum()  # noqa: E731 (dark pixels: bars, axes and text)
    assert abs(ink(plain) - ink(cached)) < 0.03 * ink(plain)
    assert (abs(plain - cached).max(axis=2) > 60).mean() < 0.01  # differences only at the edges of glyphs
    assert ("宝妈福利群", 10.0) in {(k[0], k[1].get_size_in_points()) for k in chartstyle._texts}

    from matplotlib.ft2font import FT2Font

    def no_layout(*_a, **_k):
        raise AssertionError("a text was laid out again")

    monkeypatch.setattr(FT2Font, "set_text", no_layout)
    monkeypatch.setattr(FT2Font, "_layout", no_layout)
    again = _bars(chartstyle.agg_canvas())
    assert (again == cached).all()
