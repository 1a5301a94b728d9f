"""The first start of the day checks the whole file without holding up the desk.

``open_for_gui(..., check_later=True)`` opens a database that is due for its check with every
write held. ``StartupCheck`` runs the check on a worker thread while the window and search
work; the status bar says how far it is. A save made meanwhile waits for the check (or, on the
GUI thread, is told to try again in a moment): nothing is written before the check passes. When
the check fails, every write is refused, the window goes away and the newest good backup is
offered, exactly as when the check ran before the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from desktop.services import bootstrap
from desktop.services.common.errors import DatabaseProblem
from desktop.ui.backups.startup import TITLE, OpenedDatabase, offer_restore, remember_check
from desktop.ui.shell.i18n import error_text

POLL_MS = 100
SHOW_PASSED_MS = 5000  # how long "checked" stays in the status bar


class StartupCheck(QObject):
    """The check of one opened file, run once; ``label`` is its status-bar line."""

    sig_passed = Signal()
    sig_failed = Signal()  # the file was refused (damaged, or could not be checked)

    def __init__(self, opened: OpenedDatabase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        assert opened.check_pending is not None
        self._opened = opened
        self._path = opened.check_pending
        self._step = (1, 2)
        self._problems: list[str] | None = None
        self._error: BaseException | None = None
        self.passed = False
        self.failed = False
        self.exit_status = 0  # of PeelDesk after a failed check: 0 when a backup was restored
        self.label = QLabel()
        self.label.setObjectName("startupCheckLabel")
        self._worker = threading.Thread(target=self._run, name="peeldesk-file-check", daemon=True)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._update)

    @property
    def finished(self) -> bool:
        return self.passed or self.failed

    def start(self) -> None:
        self._show_step()
        self._worker.start()
        self._poll.start()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the worker is done, then deliver its answer (for tests)."""
        self._worker.join(timeout)
        self._update()

    def finish_quietly(self) -> None:
        """At shutdown: let a running check end (it holds the file open), show nothing.

        A check that passed is remembered; one that did not end or failed runs again at the
        next start, before anything is written."""
        self._poll.stop()
        self._worker.join()
        if not self.finished and self._error is None and self._problems == []:
            remember_check(self._path)

    def when_passed(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the check has passed (at once if it already has)."""
        if self.passed:
            callback()
        else:
            self.sig_passed.connect(callback)

    # --- worker thread ----------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._problems = bootstrap.check_held_database(
                self._opened.database,  # type: ignore[arg-type]  # opaque to the GUI
                self._path,
                self._on_step,
            )
        except BaseException as error:  # shown on the GUI thread by _update
            self._error = error

    def _on_step(self, step: int, steps: int) -> None:
        self._step = (step, steps)

    # --- GUI thread -------------------------------------------------------------------
    def _show_step(self) -> None:
        step, steps = self._step
        self.label.setText(
            self.tr("Checking the database file ({step} of {steps})… saving waits for it.").format(
                step=step, steps=steps
            )
        )

    def _update(self) -> None:
        if self.finished:
            return
        if self._worker.is_alive():
            self._show_step()
            return
        self._poll.stop()
        if self._error is None and self._problems == []:
            self.passed = True
            remember_check(self._path)
            self.label.setText(self.tr("Database file checked."))
            QTimer.singleShot(SHOW_PASSED_MS, self.label.hide)
            self.sig_passed.emit()
            return
        self.failed = True
        self.label.setText(self.tr("The database file failed its check."))
        self._refuse()
        self.sig_failed.emit()

    def _refuse(self) -> None:
        """Nothing more happens at the desk: the damaged file is offered a restore, then
        PeelDesk closes (the next start opens the restored file)."""
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and not isinstance(widget, QMessageBox):
                widget.hide()
        parent: QWidget | None = None
        self._opened.database.dispose()  # type: ignore[attr-defined]
        if self._error is not None:
            if not isinstance(self._error, DatabaseProblem):
                raise self._error
            title = QApplication.translate("StartupCheck", TITLE)
            QMessageBox.critical(parent, title, error_text(self._error))
            self.exit_status = 1
        else:
            restored = offer_restore(self._path, self._problems or [], parent)
            self.exit_status = 0 if restored else 1
        QApplication.exit(self.exit_status)
