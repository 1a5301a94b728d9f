"""One small runner for slow work off the GUI thread; results come back by signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    # Created on the GUI thread: emitting from the worker queues delivery back here.
    sig_done = Signal(object)
    sig_failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # delivered to on_error on the GUI thread
            self._deliver(self._relay.sig_failed, error)
        else:
            self._deliver(self._relay.sig_done, result)

    @staticmethod
    def _deliver(signal, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the window that asked was closed meanwhile: nobody to tell


class TaskRunner(QObject):
    """Runs callables on a small thread pool; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[tuple[_Job, _Relay]] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        # A child of the runner: when the window goes, pending deliveries go with it.
        relay = _Relay(self)
        job = _Job(fn, relay)
        entry = (job, relay)
        self._running.add(entry)

        def finished_ok(result: Any) -> None:
            self._running.discard(entry)
            relay.deleteLater()
            on_done(result)

        def finished_failed(error: BaseException) -> None:
            self._running.discard(entry)
            relay.deleteLater()
            if on_error is None:
                log.error("background task failed: %s", type(error).__name__)
                raise error
            on_error(error)

        relay.sig_done.connect(finished_ok)
        relay.sig_failed.connect(finished_failed)
        self._pool.start(job)

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
