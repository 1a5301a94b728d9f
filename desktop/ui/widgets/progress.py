"""A progress dialog for one slow job (backup, export, demo data) run off the GUI thread.

The job receives ``report(done, total, stage="")`` and may call it from its worker thread;
the dialog shows a busy bar until the first report, then a filled one. It cannot be
cancelled or closed while the job runs: backups, exports and demo inserts finish (or fail)
as a whole, and a half-closed dialog would only hide that work is still going on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.tasks import TaskRunner

Report = Callable[..., None]


class _Relay(QObject):
    # Lives on the GUI thread; emitting from the worker queues the update over to it.
    sig_progress = Signal(int, int, str)


class WorkInProgress(QProgressDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        stages: Mapping[str, str] | None = None,
        show_after_ms: int = 400,
    ) -> None:
        super().__init__(label, "", 0, 0, parent)  # 0..0: busy until the job reports steps
        self.setWindowTitle(title)
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(show_after_ms)  # quick jobs end before anything flashes
        self.setMinimumWidth(380)
        self._stages = dict(stages or {})
        self.running = True

    def show_progress(self, done: int, total: int, stage: str) -> None:
        if stage:
            self.setLabelText(self._stages.get(stage, stage))
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))

    def finish(self) -> None:
        self.running = False
        self.close()
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.running:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)


def run_with_progress(
    parent: QWidget,
    tasks: TaskRunner,
    title: str,
    label: str,
    job: Callable[[Report], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    *,
    stages: Mapping[str, str] | None = None,
    show_after_ms: int = 400,
) -> WorkInProgress:
    """Run ``job(report)`` on ``tasks`` (a TaskRunner) with a progress dialog over ``parent``.

    ``stages`` maps the stage names the job reports to the (translated) text shown for them.
    The dialog closes before ``on_done``/``on_failed`` run on the GUI thread.
    """
    dialog = WorkInProgress(parent, title, label, stages, show_after_ms)
    relay = _Relay(dialog)
    relay.sig_progress.connect(dialog.show_progress)

    def report(done: int, total: int, stage: str = "") -> None:
        try:
            relay.sig_progress.emit(done, total, stage)
        except RuntimeError:
            pass  # the dialog is gone (window closed): nobody to show it to

    def finished(result: Any) -> None:
        dialog.finish()
        on_done(result)

    def failed(error: BaseException) -> None:
        dialog.finish()
        on_failed(error)

    tasks.submit(lambda: job(report), finished, failed)
    return dialog
