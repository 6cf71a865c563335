"""Draw Qunzhu's app icon and write it for each OS: PNG (Linux), ICO (Windows), ICNS (macOS).

    uv run python packaging/tools/make_icons.py

A rounded green square with 群 in the bundled font. The outputs are committed in packaging/icons/; run this
again only to change the design.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "packaging" / "icons"
FONT = ROOT / "resources" / "fonts" / "QunzhuSansSC-Regular.otf"
SIZE = 1024
GREEN, DARK, WHITE = (0, 158, 115), (0, 114, 83), (255, 255, 255)


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    margin, radius = SIZE // 16, SIZE // 5
    box = (margin, margin, SIZE - margin, SIZE - margin)
    d.rounded_rectangle(box, radius=radius, fill=GREEN)
    # A darker lower band gives the square some depth at small sizes.
    band = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    ImageDraw.Draw(band).rounded_rectangle(box, radius=radius, fill=DARK)
    mask = Image.new("L", (SIZE, SIZE), 0)
    ImageDraw.Draw(mask).rectangle((0, SIZE * 0.62, SIZE, SIZE), fill=255)
    img.paste(band, (0, 0), Image.composite(band, Image.new("RGBA", (SIZE, SIZE)), mask).getchannel("A"))
    font = ImageFont.truetype(str(FONT), int(SIZE * 0.62))
    d = ImageDraw.Draw(img)
    d.text((SIZE / 2, SIZE / 2), "群", font=font, fill=WHITE, anchor="mm")
    return img


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    img = draw()
    img.resize((512, 512), Image.Resampling.LANCZOS).save(OUT / "qunzhu.png", optimize=True)
    img.save(OUT / "qunzhu.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    img.save(OUT / "qunzhu.icns")
    for name in ("qunzhu.png", "qunzhu.ico", "qunzhu.icns"):
        print(f"{OUT / name}: {(OUT / name).stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
