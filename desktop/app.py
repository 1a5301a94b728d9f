"""Wires the application together: database, services, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.services.bootstrap import make_context


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("PeelDesk")
    app.setOrganizationName("PeelDesk")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run_gui(database_url: str, *, smoke: bool = False) -> int:
    """Start the app. Returns the process exit status."""
    app = create_application()
    from desktop.ui.errors import install_excepthook

    install_excepthook()
    from desktop.ui.backups.startup import open_for_gui

    # Local disk only, one PeelDesk per file, a damaged file offers the newest good backup.
    opened = open_for_gui(database_url)
    if opened is None:
        return 1
    try:
        from desktop.ui.main_window import MainWindow

        window = MainWindow(make_context(opened.database))
        window.show()
        window.backups.scheduler.start()  # backup at start, then every N hours
        if smoke:
            QTimer.singleShot(200, window.close)
        return app.exec()
    finally:
        opened.close()
