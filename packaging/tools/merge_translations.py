"""Carry finished translations from other copies of the .ts file into ours (after merging branches).

    git show main:resources/i18n/qunzhu_zh_CN.ts > /tmp/ours.ts
    git show other:resources/i18n/qunzhu_zh_CN.ts > /tmp/theirs.ts
    uv run python packaging/tools/update_translations.py          # refresh the .ts from the merged sources
    uv run python packaging/tools/merge_translations.py /tmp/ours.ts /tmp/theirs.ts
    uv run python packaging/tools/update_translations.py          # compile the .qm

Every message of ``resources/i18n/qunzhu_zh_CN.ts`` still marked unfinished gets the translation that one of the
given files has for the same context and source text (plural forms included). Prints what is still missing.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "qunzhu_zh_CN.ts"


def finished(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and ((tr.text or "").strip() or len(tr)):
                out[(name, msg.findtext("source"))] = tr
    return out


def main(sources: list[str]) -> int:
    known: dict[tuple[str, str], ET.Element] = {}
    for src in sources:
        for key, tr in finished(Path(src)).items():
            known.setdefault(key, tr)
    tree = ET.parse(TS)
    filled, missing = 0, []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            key = (name, msg.findtext("source"))
            if key in known:
                msg.remove(tr)
                msg.append(copy.deepcopy(known[key]))
                filled += 1
            else:
                missing.append(key)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled}; still unfinished: {len(missing)}")
    for name, source in missing:
        print(f"  {name}: {source}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
