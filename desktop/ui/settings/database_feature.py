"""Admin → Database connection…: this computer's database, tested before saving."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.services.common.permissions import Permission, allowed
from desktop.ui.main_window import MainWindow, MenuName
from desktop.ui.shell.actions import value_or_none
from desktop.ui.shell.feature import Feature

if TYPE_CHECKING:
    from desktop.ui.settings.database_dialog import DatabaseDialog


class DatabaseConnectionFeature(Feature):
    def install(self) -> None:
        window = self.window
        self.action_database = QAction(
            QCoreApplication.translate("MainWindow", "Data&base connection…"), window
        )
        self.action_database.setObjectName("actionDatabaseConnection")
        # Hidden rather than greyed out; the services refuse other roles anyway.
        self.action_database.setVisible(allowed(self.ctx, Permission.MANAGE_SETTINGS))
        self.action_database.triggered.connect(lambda: open_database_dialog(window))
        window.add_action(MenuName.ADMIN, self.action_database)


def open_database_dialog(window: MainWindow) -> DatabaseDialog | None:
    from desktop.ui.settings.database_dialog import DatabaseDialog

    title = QCoreApplication.translate("MainWindow", "Database connection")
    dialog = value_or_none(window, title, lambda: DatabaseDialog(window.ctx, window.tasks, window))
    if dialog is None:
        return None

    def saved(shown: str) -> None:
        message = QCoreApplication.translate(
            "MainWindow",
            "This computer will use {database} from the next start of PeelDesk.",
        ).format(database=shown)
        window.show_status(message, 15_000)
        box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=window)
        box.setObjectName("databaseSavedMessage")
        box.open()

    dialog.sig_saved.connect(saved)
    dialog.open()
    return dialog
