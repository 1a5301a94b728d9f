"""Ready the first print while the desk is idle: once the main window has been on screen a
moment, ReportLab, the fonts and the handout sheets' reads are warmed on a worker
(desktop/services/handouts/warm.py), so the first Print does not pay ~0.5–0.9 s for them.

Never before the window (start-up stays lean: tests/shell/test_startup_imports.py), and a
failure only costs the first print its speed: it is logged by kind, never shown."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from desktop.services.common.context import ServiceContext
from desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

# Long enough for the window's own first reads (search, day list) to go first.
WARM_DELAY_MS = 1500


def warm_printing_later(
    tasks: TaskRunner, ctx: ServiceContext, delay_ms: int = WARM_DELAY_MS
) -> None:
    def start() -> None:
        from desktop.services.handouts.warm import warm_handouts

        tasks.submit(lambda: warm_handouts(ctx), lambda _result: None, _not_warmed)

    # With the runner as context: a window closed before the delay (its runner gone) cancels it.
    QTimer.singleShot(delay_ms, tasks, start)


def _not_warmed(error: BaseException) -> None:
    log.warning("printing was not warmed in advance: %s", type(error).__name__)
