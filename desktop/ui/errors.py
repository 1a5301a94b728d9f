"""Showing problems to people: a clear dialog, never a traceback."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import logs
from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.ui.shell.i18n import error_text


def show_problem(parent: QWidget | None, title: str, error: BaseException) -> None:
    if isinstance(error, ServiceError | DatabaseProblem):
        message = error_text(error)
    else:
        message = QCoreApplication.translate(
            "errors",
            "Something went wrong and the last action was not completed. "
            "Everything saved before is safe. If it happens again, tell your administrator.",
        )
    QMessageBox.warning(parent, title, message)


def install_excepthook(*, smoke: bool = False) -> None:
    """Unexpected errors: log every frame (no patient data), then show a calm dialog.

    With nobody to read a dialog (``--smoke``, or the offscreen platform of a script or CI)
    a modal box would hang the process: it stops instead with status 1 and one line on
    stderr that points to the log. pytest-qt replaces this hook during tests with its own.
    """
    global _stopped_by_error
    _stopped_by_error = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        global _stopped_by_error
        logs.log_unexpected((kind, error, tb), "the window")
        app = QApplication.instance()
        if app is not None and (smoke or QGuiApplication.platformName() == "offscreen"):
            if not _stopped_by_error:
                print(logs.report_pointer(kind), file=sys.stderr)
            _stopped_by_error = True
            logs.flush()
            # Leaves every running event loop (modal ones too; new ones return at once).
            # Before exec() started nothing runs yet, so the queued call stops it then.
            app.exit(1)
            QTimer.singleShot(0, lambda: app.exit(1))
        elif app is not None:
            show_problem(QApplication.activeWindow(), "PeelDesk", error)
        else:
            sys.__excepthook__(kind, error, tb)

    sys.excepthook = hook


_stopped_by_error = False


def stopped_by_unexpected_error() -> bool:
    """True once the hook stopped a run that had no one to show the error to."""
    return _stopped_by_error
