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
