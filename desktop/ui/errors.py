"""Showing problems to people: a clear dialog, never a traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.ui.shell.i18n import error_text

log = logging.getLogger("peeldesk")


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


def install_excepthook() -> None:
    """Unexpected errors: log the type and place (no patient data), show a calm dialog."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        frames = traceback.extract_tb(tb)
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
        # Exception messages can hold patient names: log only the type and location.
        log.error("unexpected %s at %s", kind.__name__, where)
        if QApplication.instance() is not None:
            show_problem(QApplication.activeWindow(), "PeelDesk", error)
        else:
            sys.__excepthook__(kind, error, tb)

    sys.excepthook = hook
