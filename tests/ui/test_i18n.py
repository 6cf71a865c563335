from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from tests.conftest import ROOT
from ui import i18n

TS = ROOT / "resources" / "i18n" / "qunzhu_zh_CN.ts"


def test_every_string_has_a_chinese_translation() -> None:
    root = ET.parse(TS).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert unfinished == []
    assert len(list(root.iter("message"))) > 100


def test_the_ts_file_lists_every_string_in_the_ui(tmp_path) -> None:
    """A new self.tr() string not yet in the .ts (lupdate not run) fails here."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = (
        str(ROOT / ".venv" / "bin" / "pyside6-lupdate") if (ROOT / ".venv" / "bin").exists() else "pyside6-lupdate"
    )
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    have = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(TS).getroot().iter("context")
        for m in c.iter("message")
    }
    assert wanted - have == set()


def test_compiled_translation_loads_and_translates(qapp) -> None:
    assert i18n.app_qm_path("zh_CN").exists()
    try:
        assert i18n.install(qapp, "zh_CN")
        assert QCoreApplication.translate("MainWindow", "Members") == "成员"
        assert QCoreApplication.translate("Labels", "Deep churn") == "深流失"
    finally:
        i18n.install(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "Members") == "Members"


def test_language_follows_preference_or_system() -> None:
    assert i18n.resolve_language("zh_CN") == "zh_CN"
    assert i18n.resolve_language("en") == "en"
    assert i18n.resolve_language("system") in ("zh_CN", "en")


def test_self_test_passes() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test"], capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "self-test passed" in out.stdout
