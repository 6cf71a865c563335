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
            "pdf.fonttype": 42,
            "svg.fonttype": "none",
        }
    )
    _configured = True
