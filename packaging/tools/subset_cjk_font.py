"""Build resources/fonts/NotoSansSC-Qunzhu.otf, the CJK font bundled with the app.

Source: Noto Sans CJK SC Regular (SIL Open Font License 1.1), from the ``fonts-noto-cjk``
Debian package (``NotoSansCJK-Regular.ttc``). We keep the Simplified Chinese face and subset it
to every character encodable in GBK plus Latin, punctuation and full-width forms, so the rare
characters used in names (喆 堃 玥 珺 璟 镕) render on machines without any CJK font.

Run once by hand when the font needs rebuilding (not part of the build):

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb x
    uv run python packaging/tools/subset_cjk_font.py x/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

The OFL requires that a modified font does not use the Reserved Font Name "Noto", so the family
name inside the subset is renamed to "Qunzhu Sans SC".
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

FAMILY = "Qunzhu Sans SC"
OUT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "QunzhuSansSC-Regular.otf"

EXTRA_RANGES = [
    (0x0020, 0x024F),  # Basic Latin, Latin-1, Latin Extended-A/B
    (0x2000, 0x206F),  # General punctuation
    (0x2100, 0x21FF),  # Letterlike symbols, arrows
    (0x2460, 0x24FF),  # Enclosed alphanumerics (①②③)
    (0x2500, 0x25FF),  # Box drawing, geometric shapes
    (0x2600, 0x26FF),  # Misc symbols (★ ☆)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3200, 0x33FF),  # Enclosed CJK, CJK compatibility
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # Half-width and full-width forms
]


def wanted_codepoints() -> set[int]:
    cps: set[int] = set()
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        try:
            chr(cp).encode("gbk")
        except UnicodeEncodeError:
            continue
        cps.add(cp)
    for lo, hi in EXTRA_RANGES:
        cps.update(range(lo, hi + 1))
    return cps


def main(ttc_path: str) -> None:
    collection = TTCollection(ttc_path)
    face = next(
        f
        for f in collection.fonts
        if "SC" in str(f["name"].getDebugName(1)) and "Mono" not in str(f["name"].getDebugName(1))
    )
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted_codepoints())
    subsetter.subset(face)
    name = face["name"]
    for record in list(name.names):
        if record.nameID in (1, 4, 16):
            record.string = FAMILY if record.nameID != 4 else FAMILY + " Regular"
        elif record.nameID == 6:
            record.string = FAMILY.replace(" ", "") + "-Regular"
        elif record.nameID == 3:
            record.string = FAMILY.replace(" ", "") + "-Regular;subset"
    if "CFF " in face:
        cff = face["CFF "].cff
        cff.fontNames = [FAMILY.replace(" ", "") + "-Regular"]
        top = cff.topDictIndex[0]
        top.FamilyName = FAMILY
        top.FullName = FAMILY + " Regular"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    face.save(OUT)
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB, {len(face.getGlyphOrder())} glyphs)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
