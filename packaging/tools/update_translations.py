"""Refresh resources/i18n/qunzhu_zh_CN.ts from the UI sources and compile it to .qm.

    uv run python packaging/tools/update_translations.py

New strings appear in the .ts as "unfinished": translate them (Qt Linguist: `uv run pyside6-linguist FILE`,
or edit the XML), run this again, and commit both the .ts and the .qm. A test fails while any is unfinished.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "qunzhu_zh_CN.ts"


def main() -> int:
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], cwd=ROOT, check=True)
    subprocess.run(
        [str(bin_dir / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], cwd=ROOT, check=True
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
