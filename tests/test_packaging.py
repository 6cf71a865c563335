"""Smoke test of the frozen app (issue 9): build it with PyInstaller, put it in a folder named 群主 测试, run it.

The build takes about two minutes here; a bundle already in dist/ that was built from exactly this source (see
``build.is_fresh``) is reused. Skipped only when PyInstaller is not installed (``uv sync`` installs it with the dev
group); CI runs it on Linux, Windows and macOS (.github/workflows/build.yml).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (it is in the dev dependency group: `uv sync` installs it)",
    ),
]

IGNORED_IN_REPO = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache"}


def _load_build_module():
    # Loaded from its path: the folder is named "packaging" like the PyPI package, so it is not importable as such.
    spec = importlib.util.spec_from_file_location("qunzhu_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _snapshot(folder: Path, skip: set[str] = frozenset()) -> dict[str, tuple[int, int]]:
    """Every file below folder with its size and modification time (a changed or new file shows as a difference)."""
    found = {}
    for dirpath, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in skip]
        for name in files:
            path = Path(dirpath) / name
            st = path.lstat()
            found[path.relative_to(folder).as_posix()] = (st.st_size, st.st_mtime_ns)
    return found


def _diff(before: dict, after: dict) -> list[str]:
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


@pytest.fixture(scope="module")
def build():
    return _load_build_module()


@pytest.fixture(scope="module")
def installed(build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen app as a user would have it, in a folder whose path has Chinese characters and spaces.

    Linux: the .tar.gz unpacked there; macOS: the .app copied there; Windows: the bundle folder copied there.
    """
    if not build.is_fresh():
        before = _snapshot(ROOT, IGNORED_IN_REPO)
        build.build_bundle()
        changed = _diff(before, _snapshot(ROOT, IGNORED_IN_REPO))
        assert not changed, f"the build wrote into the repository outside build/ and dist/: {changed}"
    place = tmp_path_factory.mktemp("frozen") / "群主 测试"
    place.mkdir()
    if build.IS_LINUX:
        archive = build.make_tarball(build.bundle_dir(), place.parent / "qunzhu.tar.gz", compresslevel=1)
        with tarfile.open(archive) as tar:
            names = tar.getnames()
            assert all(n == "qunzhu" or n.startswith("qunzhu/") for n in names), "one top folder, qunzhu/"
            tar.extractall(place, filter="tar") if hasattr(tarfile, "tar_filter") else tar.extractall(place)
        archive.unlink()
        return place / "qunzhu"
    if build.IS_MAC:
        shutil.copytree(build.app_bundle(), place / "Qunzhu.app", symlinks=True)
        return place / "Qunzhu.app"
    shutil.copytree(build.bundle_dir(), place / "qunzhu", symlinks=True)
    return place / "qunzhu"


@pytest.fixture(scope="module")
def exe(build, installed: Path) -> Path:
    path = installed / "Contents" / "MacOS" / "qunzhu" if build.IS_MAC else build.executable(installed)
    assert path.is_file()
    return path


def _run(build, exe: Path, home: Path, *args: str, extra_env: dict | None = None, timeout: float = 180):
    env = build.run_env(home)
    env.update(extra_env or {})
    return subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=timeout
    )


def test_self_test_passes_from_a_chinese_path(build, installed: Path, exe: Path, tmp_path: Path) -> None:
    before = _snapshot(installed)
    out = _run(build, exe, tmp_path / "home", "--self-test")
    assert out.returncode == 0, out.stdout + out.stderr
    for check in ("migrations", "chart with Chinese text", "zh_CN translation", "chart widget", "CJK font"):
        assert f"ok   {check}" in out.stdout, out.stdout
    assert "self-test passed" in out.stdout
    assert _diff(before, _snapshot(installed)) == [], "the self-test wrote next to the executable"


def test_command_line_builds_and_reads_a_demo_database(build, installed: Path, exe: Path, tmp_path: Path) -> None:
    from core import __version__
    from core.db import head_revision

    before = _snapshot(installed)
    home = tmp_path / "home"
    db = installed.parent / "示例 数据.sqlite3"  # beside the app folder, in the Chinese-named folder

    version = _run(build, exe, home, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"Qunzhu {__version__}", version

    demo = _run(build, exe, home, "--db", str(db), "demo", "--members", "200", "--json")
    assert demo.returncode == 0, demo.stdout + demo.stderr
    made = json.loads(demo.stdout)
    assert made["members"] == 200 and made["groups"] > 0 and made["events"] > 0

    stats = _run(build, exe, home, "--db", str(db), "stats", "--json")
    assert stats.returncode == 0, stats.stdout + stats.stderr
    counts = json.loads(stats.stdout)
    assert counts["members"] == 200
    assert counts["events"] == made["events"]
    assert counts["schema_revision"] == head_revision()

    bad = _run(build, exe, home, "--db", str(db), "stats", "--no-such-option")
    assert bad.returncode == 2  # usage errors behave as from source

    assert _diff(before, _snapshot(installed)) == [], "the command line wrote next to the executable"
    assert (home / "data" / "logs").is_dir()  # logs go to the data folder, not beside the app


def test_main_window_opens(build, installed: Path, exe: Path, tmp_path: Path) -> None:
    before = _snapshot(installed)
    home = tmp_path / "home"
    db = tmp_path / "gui.sqlite3"
    assert _run(build, exe, home, "--db", str(db), "demo", "--members", "200").returncode == 0

    # QUNZHU_QUIT_WHEN_SHOWN: ui.app quits as soon as the main window is up (offscreen here).
    out = _run(build, exe, home, "--db", str(db), "--lang", "zh_CN", extra_env={"QUNZHU_QUIT_WHEN_SHOWN": "1"})
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Traceback" not in out.stderr, out.stderr
    assert (home / "data" / "logs" / "qunzhu.log").is_file()
    assert _diff(before, _snapshot(installed)) == [], "the app wrote next to the executable"


def test_frozen_interpreter_settings(exe: Path) -> None:
    # PyInstaller's matplotlib hook would point matplotlib at a new temporary folder on every start (and rebuild
    # its font cache each time); the spec drops that hook so core.chartstyle's cache folder is used.
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(exe))
    scripts = list(archive.toc)
    assert "pyi_rth_pyside6" in scripts  # the reader sees the run-time hooks...
    assert "pyi_rth_mplconfig" not in scripts  # ...and this one is gone
    # UTF-8 mode: a frozen app ignores PYTHONUTF8, and Chinese output to a pipe must not depend on the code page.
    assert "X utf8" in archive.options


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the size budget is set for the Linux bundle")
def test_linux_bundle_is_within_its_size_budget(build, installed: Path) -> None:
    size = build.tree_size(installed)
    assert size <= build.BUNDLE_BUDGET_MB * build.MB, f"bundle is {size / build.MB:.1f} MB"
    internal = installed / "_internal"
    # The pruning works: no Qt Quick/QML/PDF/network libraries, only qtbase's zh_CN and en translations.
    qt = {p.name for p in internal.rglob("libQt6*")}
    assert "libQt6Widgets.so.6" in qt
    assert not [n for n in qt if any(m in n for m in ("Quick", "Qml", "Pdf", "Network", "WebEngine", "Multimedia"))]
    translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert translations == {"qtbase_zh_CN.qm", "qtbase_en.qm"}
