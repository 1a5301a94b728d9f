"""What MainWindow._install_dbsetting adds: Admin → Database connection…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.services.common.permissions import Permission, allowed
from desktop.ui.widgets.menus import shared_menu

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings.database_dialog import DatabaseDialog


def install_dbsetting(window: MainWindow) -> None:
    window.action_database = QAction(
        QCoreApplication.translate("MainWindow", "Data&base connection…"), window
    )
    window.action_database.setObjectName("actionDatabaseConnection")
    # Hidden rather than greyed out; the services refuse other roles anyway.
    window.action_database.setVisible(allowed(window.ctx, Permission.MANAGE_SETTINGS))
    window.action_database.triggered.connect(lambda: open_database_dialog(window))
    shared_menu(window, "admin", QCoreApplication.translate("MainWindow", "A&dmin")).addAction(
        window.action_database
    )


def open_database_dialog(window: MainWindow) -> DatabaseDialog | None:
    from desktop.ui.errors import show_problem
    from desktop.ui.settings.database_dialog import DatabaseDialog

    title = QCoreApplication.translate("MainWindow", "Database connection")
    try:
        dialog = DatabaseDialog(window.ctx, window.tasks, window)
    except (ServiceError, DatabaseProblem) as error:
        show_problem(window, title, error)
        return None

    def saved(shown: str) -> None:
        message = QCoreApplication.translate(
            "MainWindow",
            "This computer will use {database} from the next start of PeelDesk.",
        ).format(database=shown)
        window.statusBar().showMessage(message, 15_000)
        box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=window)
        box.setObjectName("databaseSavedMessage")
        box.open()

    dialog.sig_saved.connect(saved)
    dialog.open()
    return dialog
