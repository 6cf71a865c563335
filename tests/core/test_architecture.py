"""core/ must run headless: no Qt import anywhere in it, and importing it loads no Qt."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import ROOT

QT = re.compile(r"^\s*(from|import)\s+(PySide6|PyQt\d|shiboken6)\b", re.MULTILINE)


def test_no_qt_import_in_core_sources() -> None:
    offenders = [str(p) for p in (ROOT / "core").rglob("*.py") if QT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_no_ui_import_in_core_sources() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+ui\b", re.MULTILINE)
    offenders = [str(p) for p in (ROOT / "core").rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        "core." + ".".join(p.relative_to(ROOT / "core").with_suffix("").parts)
        for p in (ROOT / "core").rglob("*.py")
        if "migrations" not in p.parts and p.name != "__init__.py"
    )
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'PyQt', 'shiboken'))]\n"
        + "print(bad); sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
