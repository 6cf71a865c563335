"""The one background-job helper: run a plain function off the UI thread with progress, cancel and errors.

A job function has the signature ``fn(progress, *args) -> result``. ``progress(fraction, message)`` reports
0..1 and raises ``Cancelled`` once the user has cancelled, so core code only needs to call it regularly.
Results and errors come back as signals on a QObject that lives on the UI thread (a QRunnable must not own
the signals: see novelWriter issue #2926).
"""

from __future__ import annotations

import gc
import logging
import threading
import traceback
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class Job(QObject):
    """A handle on one background job; connect to its signals, call ``cancel()`` to stop it."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str, str)  # user-facing message, traceback text
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self.running = True

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, fraction: float, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(float(fraction), message)

    @Slot(object)
    def _done(self, outcome: tuple[str, Any, str]) -> None:
        kind, value, trace = outcome
        self.running = False
        if kind == "ok":
            self.succeeded.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(value, trace)
        self.finished.emit()


_live: weakref.WeakSet[Job] = weakref.WeakSet()  # jobs started, for ``idle``

_gc_lock = threading.Lock()
_gc_jobs = 0
_gc_was_enabled = True


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while background jobs run.

    A job allocates millions of objects (rows, tuples), which triggers full collections of the whole heap: each
    holds the GIL for 100–400 ms, and the UI thread waits that long (the ``ui_stall`` benchmark's worst gaps were
    all such collections). Jobs make little cyclic garbage; it is collected once the last job has finished.
    """
    global _gc_jobs, _gc_was_enabled
    with _gc_lock:
        if _gc_jobs == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_jobs += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_jobs -= 1
            if _gc_jobs == 0 and _gc_was_enabled:
                gc.enable()


class _Bridge(QObject):
    done = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.job, self.fn, self.args, self.kwargs = job, fn, args, kwargs
        self.bridge = _Bridge()
        self.bridge.done.connect(job._done)  # queued: the job lives on the UI thread

    def run(self) -> None:
        try:
            with _collector_paused():
                result = self.fn(self.job._report, *self.args, **self.kwargs)
            outcome = ("ok", result, "")
        except Cancelled:
            outcome = ("cancelled", None, "")
        except Exception as exc:  # reported to the user; the traceback goes to the log
            trace = traceback.format_exc()
            log.error("job %s failed:\n%s", self.job.name, trace)
            outcome = ("error", user_message(exc), trace)
        self.bridge.done.emit(outcome)


def user_message(exc: BaseException) -> str:
    """The message to show for an error: our own errors carry one; others get a generic line."""
    from core.db import friendly_error
    from core.errors import UserError
    from ui.errors import translate_error

    if isinstance(exc, UserError):
        return translate_error(str(exc))
    friendly = friendly_error(exc)  # a full disk, a read-only folder … reached through a library
    if friendly is not None:
        return translate_error(str(friendly))
    return f"{type(exc).__name__}: {exc}"


_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


def run_job(name: str, fn: Callable[..., Any], *args: Any, parent: QObject | None = None, **kwargs: Any) -> Job:
    """Start ``fn(progress, *args, **kwargs)`` on a worker thread and return its ``Job`` handle."""
    job = Job(name, parent)
    _live.add(job)
    pool().start(_Runnable(job, fn, args, kwargs))
    return job


def wait_for_all(msecs: int = 30000) -> bool:
    """Block until running jobs end (used at shutdown and in tests)."""
    return pool().waitForDone(msecs)


def idle(msecs: int = 50) -> bool:
    """True when no job is running and every finished job's result has been handed to the UI thread.

    ``wait_for_all`` alone is True in the moment between a job's end and the delivery of its result, whose
    handler often starts the next job (a change, then the page's reload): tests poll this instead.
    """
    return pool().waitForDone(msecs) and not any(job.running and shiboken6.isValid(job) for job in list(_live))
