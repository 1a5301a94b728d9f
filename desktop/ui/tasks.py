"""One small runner for slow work off the GUI thread; results come back by signal."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, SignalInstance

log = logging.getLogger(__name__)


class _Relay(QObject):
    # One per runner, created on the GUI thread: emitting from a worker queues delivery here.
    # Jobs are told apart by number, so no QObject is made (or deleted) per job: per-job
    # relays freed with deleteLater crashed in ~QObject once in a long test run.
    sig_done = Signal(int, object)
    sig_failed = Signal(int, object)


class TaskRunner(QObject):
    """Runs callables on a small thread pool; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.sig_done.connect(self._finished_ok)
        self._relay.sig_failed.connect(self._finished_failed)
        self._numbers = itertools.count(1)
        # job number → (on_done, on_error), until the result is delivered
        self._running: dict[int, tuple[Callable[[Any], object], Callable | None]] = {}

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], object],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        number = next(self._numbers)
        self._running[number] = (on_done, on_error)
        relay = self._relay

        def work() -> None:
            try:
                result = fn()
            except Exception as error:  # delivered to on_error on the GUI thread
                _deliver(relay.sig_failed, number, error)
            else:
                _deliver(relay.sig_done, number, result)

        self._pool.start(work)

    def _finished_ok(self, number: int, result: Any) -> None:
        callbacks = self._running.pop(number, None)
        if callbacks is not None:
            callbacks[0](result)

    def _finished_failed(self, number: int, error: BaseException) -> None:
        callbacks = self._running.pop(number, None)
        if callbacks is None:
            return
        on_error = callbacks[1]
        if on_error is None:
            log.error("background task failed: %s", type(error).__name__)
            raise error
        on_error(error)

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


def _deliver(signal: SignalInstance, number: int, value: Any) -> None:
    try:
        signal.emit(number, value)
    except RuntimeError:
        pass  # the window that asked was closed meanwhile: nobody to tell
