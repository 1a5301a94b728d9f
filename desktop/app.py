"""Wires the application together: database, services, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.services.bootstrap import make_context, open_database
from desktop.services.errors import DatabaseProblem


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("PeelDesk")
    app.setOrganizationName("PeelDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("peeldesk")  # matches packaging/peeldesk.desktop (Wayland icon)
    from PySide6.QtGui import QIcon

    from desktop.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "peeldesk.svg"))))
    return app  # type: ignore[return-value]


def run_gui(database_url: str, *, smoke: bool = False) -> int:
    """Start the app. Returns the process exit status."""
    app = create_application()
    from desktop.ui.errors import install_excepthook

    install_excepthook()
    from desktop.ui.shell.i18n import install_language, resolve_language

    # The computer's language until the clinic's choice can be read from the database.
    install_language(resolve_language("system"))
    try:
        database = open_database(database_url)
    except DatabaseProblem as problem:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "PeelDesk cannot open the database"),
            str(problem),
        )
        return 1
    from desktop.ui.main_window import MainWindow

    ctx = make_context(database)
    _install_language(ctx)
    window = MainWindow(ctx)
    window.show()
    if smoke:
        QTimer.singleShot(200, window.close)
    status = app.exec()
    database.dispose()
    return status


def _install_language(ctx) -> None:
    """Load the interface language chosen in Settings before the first window is built."""
    from desktop.services import settings
    from desktop.ui.shell.i18n import install_language, resolve_language

    try:
        chosen = settings.read(ctx, "ui_language")
    except DatabaseProblem:
        chosen = "system"
    install_language(resolve_language(chosen))
