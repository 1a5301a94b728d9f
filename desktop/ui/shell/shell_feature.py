"""The window's own furniture: icon, remembered sizes, Settings, demo data, shortcuts, About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence

from desktop.resources import resource_path
from desktop.services.common.permissions import Permission, allowed
from desktop.ui.main_window import MainWindow, MenuName
from desktop.ui.settings.settings_dialog import SettingsDialog
from desktop.ui.shell.about_dialog import AboutDialog
from desktop.ui.shell.demo_data import ask_and_add_demo_data
from desktop.ui.shell.feature import Feature
from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog
from desktop.ui.shell.view_state import remember_columns, remember_geometry

# Starting shares of the search results' width (family, given, birth date; phone: the rest).
# The phone (last, the remainder) needs the most room: "+90 532 123 45 67" must not elide.
SEARCH_COLUMN_FRACTIONS = (0.25, 0.23, 0.2)


class ShellFeature(Feature):
    def install(self) -> None:
        window = self.window
        window.setWindowIcon(QIcon(str(resource_path("icons", "peeldesk.svg"))))
        remember_geometry(window, "mainWindow")
        remember_columns(
            window.search_page.table.horizontalHeader(), "patientSearch", SEARCH_COLUMN_FRACTIONS
        )

        self.action_settings = QAction(
            QCoreApplication.translate("MainWindow", "Clinic &settings…"), window
        )
        self.action_settings.setObjectName("actionSettings")
        self.action_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        # Hidden rather than greyed out: reception has nothing to do there (the service
        # refuses too).
        self.action_settings.setVisible(allowed(self.ctx, Permission.MANAGE_SETTINGS))
        self.action_settings.triggered.connect(lambda: open_settings(window))
        window.add_action(MenuName.ADMIN, self.action_settings)

        self.action_demo_data = QAction(
            QCoreApplication.translate("DemoData", "Add &demo data…"), window
        )
        self.action_demo_data.setObjectName("actionDemoData")
        # Administrators only; the service also refuses a database with real patients.
        self.action_demo_data.setVisible(allowed(self.ctx, Permission.MANAGE_SETTINGS))
        self.action_demo_data.triggered.connect(lambda: ask_and_add_demo_data(window))
        window.add_action(MenuName.ADMIN, self.action_demo_data)

        self.action_shortcuts = QAction(
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), window
        )
        self.action_shortcuts.setObjectName("actionShortcuts")
        self.action_shortcuts.setShortcut(QKeySequence("F1"))
        self.action_shortcuts.triggered.connect(lambda: open_shortcuts(window))
        window.add_action(MenuName.HELP, self.action_shortcuts)

        self.action_about = QAction(
            QCoreApplication.translate("MainWindow", "&About PeelDesk"), window
        )
        self.action_about.setObjectName("actionAbout")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(lambda: open_about(window))
        window.add_action(MenuName.HELP, self.action_about)


def open_settings(window: MainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.ctx, window)
    remember_geometry(dialog, "settingsDialog")
    # The context takes the new time zone, listeners are told, a new language or zone
    # rebuilds the window.
    dialog.accepted.connect(lambda: _saved(window, dialog))
    dialog.open()
    return dialog


def _saved(window: MainWindow, dialog: SettingsDialog) -> None:
    from desktop.ui.settings.saved_settings import settings_saved

    assert dialog.saved is not None
    settings_saved(window, dialog.saved, dialog.loaded)


def open_shortcuts(window: MainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    remember_geometry(dialog, "shortcutsDialog")
    dialog.open()
    return dialog


def open_about(window: MainWindow) -> AboutDialog:
    dialog = AboutDialog(window)
    dialog.open()
    return dialog
