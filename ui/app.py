"""Starting the desktop app (``run``) and the installer's smoke check (``self_test``)."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import tempfile
import warnings
from pathlib import Path

from core import __version__, logs, paths
from core.settings import AppPrefs

log = logging.getLogger(__name__)

DEMO_MEMBERS = 2000


def _application(args: argparse.Namespace, prefs: AppPrefs):
    from PySide6.QtWidgets import QApplication

    from ui import fonts, i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Qunzhu")
    app.setOrganizationName("Qunzhu")
    app.setApplicationVersion(__version__)
    fonts.install(app)
    i18n.install(app, i18n.resolve_language(args.lang or prefs.language))
    return app


def run(args: argparse.Namespace) -> int:
    """Start the GUI; returns the exit code."""
    from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
    from PySide6.QtWidgets import QMessageBox

    logs.setup()
    prefs = AppPrefs.load()
    app = _application(args, prefs)
    db_path = Path(args.db).expanduser().resolve() if args.db else paths.default_db_path()

    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)  # never stale by age; a crashed copy's lock is detected by its dead process
    if not lock.tryLock(200):
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "Qunzhu is already open"),
            QCoreApplication.translate(
                "App",
                "This database is already open in another Qunzhu window:\n%1\n\nSwitch to that window, "
                "or close it first.",
            ).replace("%1", str(db_path)),
        )
        return 1
    from ui.session import Session

    app.setQuitOnLastWindowClosed(False)  # the session quits when the main window closes (see Session)
    session = Session(db_path, prefs)
    session.closed.connect(app.quit)
    try:
        session.start(when_empty=_first_run)  # the window shows now; the database opens behind it
        # Once the pages are in place, everything loaded so far (Qt, SQLAlchemy, the models, the pages) lives as long
        # as the app: left out of later full garbage collections, which otherwise scan it all and hold the GIL for a
        # few hundred ms.
        session.ready.connect(gc.freeze)
        report = os.environ.get("QUNZHU_STARTUP_REPORT")  # the benchmark's startup row (tests/bench/rows.py)
        if report:
            _startup_report(session.window, Path(report), "painted_at")
            session.ready.connect(lambda: _startup_report(session.window, Path(report), "ready_at"))
        if os.environ.get("QUNZHU_QUIT_WHEN_SHOWN"):  # start-time measurement (packaging/build.py, benchmark)
            session.ready.connect(lambda: QTimer.singleShot(0, app.quit))
        code = app.exec()
        session.close()
        return session.exit_code if session.exit_code is not None else code
    finally:
        app.setQuitOnLastWindowClosed(True)
        lock.unlock()


def _startup_report(window, path: Path, key: str) -> None:
    """Paint the main window now and record when (``key``) and which modules were imported by then."""
    import json
    import sys
    import time

    window.repaint()  # a synchronous paint
    when = time.time()
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data[key] = when
    data.setdefault("modules", {})[key] = sorted(sys.modules)
    path.write_text(json.dumps(data), encoding="utf-8")


def _first_run(db) -> bool:
    """Offer the demo community on an empty database; returns False if the user closed the dialog."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from core.demo import generate_demo
    from ui import workers

    box = QMessageBox()
    box.setWindowTitle(QCoreApplication.translate("App", "Welcome to Qunzhu"))
    box.setText(QCoreApplication.translate("App", "Your community database is empty."))
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Start with a demo community to explore every page with realistic data (you can start a new, "
            "empty database at any time), or start empty and import your own members and chats.",
        )
    )
    demo_btn = box.addButton(
        QCoreApplication.translate("App", "Start with a demo community"), QMessageBox.ButtonRole.AcceptRole
    )
    empty_btn = box.addButton(QCoreApplication.translate("App", "Start empty"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo_btn)
    box.exec()
    clicked = box.clickedButton()
    if clicked is empty_btn:
        return True
    if clicked is not demo_btn:
        return False
    dialog = QProgressDialog(
        QCoreApplication.translate("App", "Creating the demo community…"),
        QCoreApplication.translate("App", "Cancel"),
        0,
        1000,
    )
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    job = workers.run_job(
        QCoreApplication.translate("App", "Demo community"),
        lambda progress: generate_demo(db, DEMO_MEMBERS, progress=progress),
    )
    job.progressed.connect(lambda f, _m: dialog.setValue(int(f * 1000)))
    dialog.canceled.connect(job.cancel)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    job.failed.connect(
        lambda message, _t: QMessageBox.critical(None, QCoreApplication.translate("App", "Demo community"), message)
    )
    loop.exec()
    dialog.close()
    return True


def self_test(args: argparse.Namespace) -> int:
    """Check what a frozen build needs: migrations, a Chinese chart, translations, the bundled font."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: list[tuple[str, bool, str]] = []

    def check(name: str, fn) -> None:
        try:
            detail = fn() or ""
            results.append((name, True, detail))
        except Exception as exc:  # the self-test reports every failure, it never crashes
            results.append((name, False, f"{type(exc).__name__}: {exc}"))

    with tempfile.TemporaryDirectory(prefix="qunzhu-selftest-") as tmp:
        os.environ["QUNZHU_HOME"] = tmp  # nothing of the user's is touched

        def migrations() -> str:
            from core.db import head_revision, open_database

            db = open_database(Path(tmp) / "selftest.sqlite3")
            try:
                rev = db.schema_revision()
                if rev != head_revision():
                    raise RuntimeError(f"schema at {rev}, expected {head_revision()}")
                return f"schema {rev}"
            finally:
                db.close()

        def chart() -> str:
            from core import chartstyle

            chartstyle.configure()
            from matplotlib.backends.backend_agg import FigureCanvasAgg
            from matplotlib.figure import Figure

            fig = Figure(figsize=(4, 3))
            FigureCanvasAgg(fig)
            ax = fig.add_subplot()
            ax.bar(["引流群", "福利群", "喆堃玥珺璟镕"], [3, 5, 2])
            ax.set_title("发言率 ≥ 20%")
            out = Path(tmp) / "chart.png"
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # a missing glyph warns: make it fail
                fig.savefig(out)
            return f"{out.stat().st_size} bytes"

        def translations() -> str:
            from PySide6.QtCore import QCoreApplication

            prefs = AppPrefs()
            ns = argparse.Namespace(lang="zh_CN")
            _application(ns, prefs)
            text = QCoreApplication.translate("MainWindow", "Members")
            if text != "成员":
                raise RuntimeError(f"'Members' translated as {text!r}")
            return text

        def font() -> str:
            from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

            if paths.FONT_FAMILY not in QFontDatabase.families():
                raise RuntimeError("bundled font not registered")
            metrics = QFontMetrics(QFont(paths.FONT_FAMILY))
            missing = [c for c in "群主喆堃玥珺璟镕" if not metrics.inFontUcs4(ord(c))]
            if missing:
                raise RuntimeError(f"no glyph for {''.join(missing)}")
            return paths.FONT_FAMILY

        def chart_widget() -> str:
            from ui.charts import ChartWidget  # matplotlib's Qt backend, as the dashboard uses it

            widget = ChartWidget()
            widget.draw(lambda fig: fig.add_subplot().plot([1, 2, 3], [2, 1, 3]))
            widget.canvas.draw()
            return type(widget.canvas).__name__

        check("migrations", migrations)
        check("chart with Chinese text", chart)
        check("zh_CN translation", translations)
        check("chart widget", chart_widget)  # needs the QApplication made by the translation check
        check("CJK font", font)
    ok = all(passed for _, passed, _ in results)
    for name, passed, detail in results:
        print(f"{'ok  ' if passed else 'FAIL'} {name}: {detail}")
    print(f"Qunzhu {__version__} self-test {'passed' if ok else 'FAILED'}")
    return 0 if ok else 1
