from __future__ import annotations

import time

from ui import workers


def test_job_reports_progress_and_result(qtbot) -> None:
    seen = []

    def work(progress, n):
        for i in range(n):
            progress(i / n, "step")
        return n * 2

    job = workers.run_job("double", work, 5)
    job.progressed.connect(lambda f, m: seen.append(f))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [10]
    assert not job.running


def test_job_can_be_cancelled(qtbot) -> None:
    def forever(progress):
        while True:
            progress(0.5, "")
            time.sleep(0.01)

    job = workers.run_job("forever", forever)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()


def test_job_errors_come_back_as_a_message(qtbot) -> None:
    from core.demo import DemoError

    def broken(progress):
        raise DemoError("这个数据库已有成员")

    job = workers.run_job("broken", broken)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert blocker.args[0] == "这个数据库已有成员"
    assert "DemoError" in blocker.args[1]


def test_emitting_signals_keeps_python_objects_alive(qapp) -> None:
    """Regression: PySide6 6.12.0 dropped a reference to True on every signal emit (on Python 3.11, where True is
    not immortal), so the app crashed with "bool_dealloc" after some thousands of progress signals."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        happened = Signal(object)

    emitter = Emitter()
    received = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(2000):
        emitter.happened.emit(i)
    assert len(received) == 2000
    assert sys.getrefcount(True) >= before - 10


def test_garbage_collection_waits_while_jobs_run() -> None:
    """Full collections held the GIL for hundreds of milliseconds while a job allocated: paused during jobs, back
    on when the last one ends (and left off if it was off)."""
    import gc

    from ui.workers import _collector_paused

    assert gc.isenabled()
    with _collector_paused():
        assert not gc.isenabled()
        with _collector_paused():  # a second job at the same time
            assert not gc.isenabled()
        assert not gc.isenabled()  # the first is still running
    assert gc.isenabled()
    gc.disable()
    try:
        with _collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
