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
