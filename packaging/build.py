"""Build Qunzhu's bundle and the installer for this OS, then report sizes and start time.

    uv run python packaging/build.py               # bundle in dist/qunzhu/ + installer in dist/
    uv run python packaging/build.py --console     # a console build, to see tracebacks (debugging)
    uv run python packaging/build.py --reuse       # skip PyInstaller when dist/ already holds this source's bundle

Linux: dist/qunzhu-VERSION-linux-ARCH.tar.gz and, when dpkg-deb is there, dist/qunzhu_VERSION_ARCH.deb.
Windows: dist/Qunzhu-VERSION-windows-x64-setup.exe from packaging/windows/qunzhu.iss (needs Inno Setup 6).
macOS: dist/Qunzhu.app in dist/Qunzhu-VERSION-macos-ARCH.dmg (hdiutil).

Everything is written under build/ and dist/ (both ignored by git). The functions are reused by the smoke test
(tests/test_packaging.py). docs/packaging.md explains the choices and how to debug a frozen build.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "qunzhu.spec"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICONS = ROOT / "packaging" / "icons"
ISS = ROOT / "packaging" / "windows" / "qunzhu.iss"
FINGERPRINT = DIST / "qunzhu.fingerprint"  # beside the bundle, never inside it (it would be shipped)
VERSION = re.search(r'^__version__ = "([^"]+)"', (ROOT / "core" / "__init__.py").read_text("utf-8"), re.M).group(1)

IS_WIN, IS_MAC, IS_LINUX = sys.platform == "win32", sys.platform == "darwin", sys.platform.startswith("linux")
MB = 1_000_000
# The budget of issue 9, for the Linux build (Windows and macOS bundles are reported, not judged).
BUNDLE_BUDGET_MB, ARCHIVE_BUDGET_MB, START_BUDGET_RATIO = 200, 90, 1.5
# What goes into the bundle: a change to any of these makes a bundle in dist/ stale.
INPUTS = ("main.py", "core", "ui", "resources", "packaging/qunzhu.spec", "packaging/icons", "pyproject.toml")


def bundle_dir() -> Path:
    """PyInstaller's one-folder output (on macOS the .app wraps a copy of it)."""
    return DIST / "qunzhu"


def app_bundle() -> Path:
    return DIST / "Qunzhu.app"


def executable(bundle: Path) -> Path:
    return bundle / ("Qunzhu.exe" if IS_WIN else "qunzhu")


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


# --- building ---------------------------------------------------------------------------------------------------


def fingerprint() -> str:
    """A hash of everything the bundle is made from: the inputs' contents, Python and every installed package."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version}|{sys.platform}|{platform.machine()}".encode())
    for dist in sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()):
        digest.update(dist.encode())
    for name in INPUTS:
        path = ROOT / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(file.relative_to(ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def is_fresh() -> bool:
    """True when dist/ holds a complete windowed bundle built from exactly this source and these packages."""
    try:
        recorded = json.loads(FINGERPRINT.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return recorded.get("fingerprint") == fingerprint() and executable(bundle_dir()).is_file()


def build_bundle(console: bool = False, clean: bool = False) -> Path:
    """Run PyInstaller on packaging/qunzhu.spec; returns dist/qunzhu."""
    FINGERPRINT.unlink(missing_ok=True)
    source_fingerprint = fingerprint()
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(DIST), "--workpath", str(BUILD)]
    if clean:
        cmd.append("--clean")
    if console:
        cmd += ["--", "--console"]
    print(f"building the bundle ({'console' if console else 'windowed'}): {' '.join(cmd)}", flush=True)
    started = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True)
    print(f"bundle built in {time.perf_counter() - started:.0f} s: {bundle_dir()}")
    if not console:  # a console build is for debugging; it must never pass for the real one
        FINGERPRINT.write_text(json.dumps({"fingerprint": source_fingerprint, "version": VERSION}), "utf-8")
    return bundle_dir()


# --- sizes ------------------------------------------------------------------------------------------------------


def tree_size(path: Path) -> int:
    """Bytes of all files below path (symbolic links count as nothing: they are not copies)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            file = Path(dirpath) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def largest_files(path: Path, count: int = 8) -> list[tuple[int, str]]:
    sizes = [
        (p.stat().st_size, p.relative_to(path).as_posix())
        for p in path.rglob("*")
        if p.is_file() and not p.is_symlink()
    ]
    return sorted(sizes, reverse=True)[:count]


# --- installers -------------------------------------------------------------------------------------------------


def make_tarball(bundle: Path, out: Path, compresslevel: int = 9) -> Path:
    """A .tar.gz with one top folder, qunzhu/; symbolic links stay links, permissions are kept."""
    out.parent.mkdir(parents=True, exist_ok=True)

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(out, "w:gz", compresslevel=compresslevel) as tar:
        tar.add(bundle, arcname="qunzhu", filter=normalise)
    return out


DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Qunzhu
Name[zh_CN]=群主
GenericName=Community manager
GenericName[zh_CN]=社群运营
Comment=Members, content plans, recall lists and community health, offline
Comment[zh_CN]=离线管理社群成员、内容计划、召回名单和社群健康
Exec=/opt/qunzhu/qunzhu
Icon=qunzhu
Terminal=false
Categories=Office;
StartupWMClass=qunzhu
"""

# The system libraries the Linux bundle leaves to the machine (see _HOST_LIBS in qunzhu.spec), plus OpenGL/EGL,
# which PyInstaller never bundles, and the xcb/xkb libraries every X desktop has.
# libc: the build machine's glibc, a safe lower bound (binaries built there may use its newest symbols).
DEB_DEPENDS = (
    "libc6 (>= {glibc}), libfontconfig1, libfreetype6, libx11-6, libx11-xcb1, libxcb1, libdbus-1-3, "
    "libglib2.0-0t64 | libglib2.0-0, libgl1, libegl1"
)


def make_deb(bundle: Path, out_dir: Path) -> Path | None:
    """A .deb that installs the bundle in /opt/qunzhu with a menu entry; None without dpkg-deb."""
    dpkg_deb = shutil.which("dpkg-deb")
    if not dpkg_deb:
        print("no dpkg-deb: skipping the .deb (the .tar.gz is the Linux download)")
        return None
    deb_arch = {"x86_64": "amd64", "arm64": "arm64"}.get(arch(), arch())
    with tempfile.TemporaryDirectory(prefix="qunzhu-deb-", dir=BUILD) as tmp:
        root = Path(tmp)
        shutil.copytree(bundle, root / "opt" / "qunzhu", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / "qunzhu").symlink_to("/opt/qunzhu/qunzhu")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / "qunzhu.desktop").write_text(DESKTOP_ENTRY, "utf-8")
        icon_dir = root / "usr" / "share" / "icons" / "hicolor" / "512x512" / "apps"
        icon_dir.mkdir(parents=True)
        shutil.copyfile(ICONS / "qunzhu.png", icon_dir / "qunzhu.png")
        (root / "DEBIAN").mkdir()
        installed_kb = tree_size(root) // 1024
        depends = DEB_DEPENDS.format(glibc=platform.libc_ver()[1] or "2.31")
        (root / "DEBIAN" / "control").write_text(
            f"Package: qunzhu\nVersion: {VERSION}\nArchitecture: {deb_arch}\n"
            "Maintainer: Qunzhu <support@qunzhu.invalid>\n"
            f"Installed-Size: {installed_kb}\nDepends: {depends}\nSection: office\nPriority: optional\n"
            "Description: offline desktop app for community managers (群主)\n"
            " Members, tags, content plans, recall lists and community-health charts for the owner of a few\n"
            " customer chat groups. Everything stays in one local database; nothing goes to the network.\n",
            "utf-8",
        )
        os.chmod(root, 0o755)  # the temporary folder is 0700, and it stands for "/" in the package
        for dirpath, dirs, files in os.walk(root):
            for name in dirs:
                os.chmod(Path(dirpath) / name, 0o755)
            for name in files:
                file = Path(dirpath) / name
                if not file.is_symlink():
                    os.chmod(file, 0o755 if os.access(file, os.X_OK) else 0o644)
        out = out_dir / f"qunzhu_{VERSION}_{deb_arch}.deb"
        subprocess.run([dpkg_deb, "--root-owner-group", "-Zxz", "--build", str(root), str(out)], check=True)
    return out


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"), os.environ.get("LOCALAPPDATA")):
        if base:
            for candidate in (
                Path(base) / "Inno Setup 6" / "ISCC.exe",
                Path(base) / "Programs" / "Inno Setup 6" / "ISCC.exe",
            ):
                if candidate.is_file():
                    return candidate
    return None


def make_windows_installer(bundle: Path, out_dir: Path) -> Path | None:
    iscc = find_iscc()
    if not iscc:
        print("Inno Setup 6 not found (ISCC.exe): skipping the installer. Install it (e.g. `choco install innosetup`).")
        return None
    name = f"Qunzhu-{VERSION}-windows-x64-setup"
    cmd = [str(iscc), "/Q", f"/DAppVersion={VERSION}", f"/DSourceDir={bundle}", f"/DOutputDir={out_dir}"]
    subprocess.run([*cmd, f"/DOutputName={name}", str(ISS)], check=True)
    return out_dir / f"{name}.exe"


def make_dmg(app: Path, out_dir: Path) -> Path | None:
    hdiutil = shutil.which("hdiutil")
    if not hdiutil:
        print("no hdiutil: skipping the .dmg")
        return None
    out = out_dir / f"Qunzhu-{VERSION}-macos-{arch()}.dmg"
    with tempfile.TemporaryDirectory(prefix="qunzhu-dmg-", dir=BUILD) as tmp:
        stage = Path(tmp) / "Qunzhu"
        stage.mkdir()
        shutil.copytree(app, stage / app.name, symlinks=True)
        (stage / "Applications").symlink_to("/Applications")  # drag the app onto it to install
        out.unlink(missing_ok=True)
        cmd = [hdiutil, "create", "-volname", "Qunzhu", "-srcfolder", str(stage), "-format", "UDZO", "-ov", str(out)]
        subprocess.run(cmd, check=True)
    return out


def make_installers(bundle: Path) -> list[Path]:
    made: list[Path | None] = []
    if IS_LINUX:
        made.append(make_tarball(bundle, DIST / f"qunzhu-{VERSION}-linux-{arch()}.tar.gz"))
        made.append(make_deb(bundle, DIST))
    elif IS_WIN:
        made.append(make_windows_installer(bundle, DIST))
    elif IS_MAC:
        made.append(make_dmg(app_bundle(), DIST))
    return [p for p in made if p]


# --- start time -------------------------------------------------------------------------------------------------


def run_env(home: Path) -> dict[str, str]:
    """Environment for running a build: data in ``home``, headless unless a platform is set."""
    env = dict(os.environ)
    env["QUNZHU_HOME"] = str(home)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONPATH", None)
    return env


def _timed(cmd: list[str], env: dict[str, str], timeout: float = 120) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure_start(exe: Path, runs: int = 3) -> tuple[float, float]:
    """Median seconds from launch to the main window shown (then quit), frozen and from source, on a demo database.

    One warm-up run each first (the first start after unpacking fills the OS's file cache). QUNZHU_QUIT_WHEN_SHOWN
    makes ui.app quit as soon as the main window is up with its pages (the database open, the last page shown).
    """
    with tempfile.TemporaryDirectory(prefix="qunzhu-start-") as tmp:
        env = run_env(Path(tmp) / "home")
        db = Path(tmp) / "demo.sqlite3"
        subprocess.run(
            [str(exe), "--db", str(db), "demo", "--json"], env=env, check=True, timeout=300, stdout=subprocess.DEVNULL
        )
        env["QUNZHU_QUIT_WHEN_SHOWN"] = "1"
        frozen_cmd = [str(exe), "--db", str(db)]
        source_cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
        results = []
        for cmd in (frozen_cmd, source_cmd):
            _timed(cmd, env)
            results.append(statistics.median(_timed(cmd, env) for _ in range(runs)))
    return results[0], results[1]


# --- report -----------------------------------------------------------------------------------------------------


def report(bundle: Path, installers: list[Path], start: tuple[float, float] | None) -> bool:
    """Print sizes and start time; returns False when the Linux build is over its budget."""
    ok = True
    size = tree_size(bundle)
    print(f"\nQunzhu {VERSION} on {sys.platform}/{arch()}, Python {platform.python_version()}")
    print(f"bundle {bundle}: {size / MB:.1f} MB ({size / 2**20:.1f} MiB)", end="")
    if IS_LINUX:
        within = size <= BUNDLE_BUDGET_MB * MB
        ok &= within
        print(f"  [budget {BUNDLE_BUDGET_MB} MB: {'ok' if within else 'OVER'}]", end="")
    print()
    for nbytes, name in largest_files(bundle):
        print(f"    {nbytes / MB:6.1f} MB  {name}")
    for path in installers:
        print(f"installer {path.name}: {path.stat().st_size / MB:.1f} MB", end="")
        if IS_LINUX and path.name.endswith(".tar.gz"):
            within = path.stat().st_size <= ARCHIVE_BUDGET_MB * MB
            ok &= within
            print(f"  [budget {ARCHIVE_BUDGET_MB} MB: {'ok' if within else 'OVER'}]", end="")
        print()
    if start:
        frozen, source = start
        ratio = frozen / source
        within = ratio <= START_BUDGET_RATIO
        ok &= within
        print(
            f"start to main window (median, {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}): frozen {frozen:.2f} s, "
            f"source {source:.2f} s, ratio {ratio:.2f}  [budget {START_BUDGET_RATIO}x: {'ok' if within else 'OVER'}]"
        )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--console", action="store_true", help="console build (shows tracebacks; for debugging)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--reuse", action="store_true", help="keep dist/qunzhu if it was built from this source")
    parser.add_argument("--no-installer", action="store_true", help="only the bundle")
    parser.add_argument("--no-measure", action="store_true", help="skip the start-time comparison")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the Linux build is over its budget")
    args = parser.parse_args(argv)

    BUILD.mkdir(exist_ok=True)
    if args.reuse and not args.console and is_fresh():
        print(f"reusing {bundle_dir()} (built from this source)")
        bundle = bundle_dir()
    else:
        bundle = build_bundle(console=args.console, clean=args.clean)
    installers = [] if args.no_installer else make_installers(bundle)
    start = None if args.no_measure else measure_start(executable(bundle))
    ok = report(bundle, installers, start)
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
