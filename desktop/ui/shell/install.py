"""What MainWindow._install_shipit adds: remembered sizes, Settings, shortcuts list, About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop.resources import resource_path
from desktop.services.common.permissions import Permission, allowed
from desktop.ui.settings.settings_dialog import SettingsDialog
from desktop.ui.shell.about_dialog import AboutDialog
from desktop.ui.shell.demo_data import install_demo_data
from desktop.ui.shell.language_switch import switch_language
from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog
from desktop.ui.shell.view_state import remember_columns, remember_geometry
from desktop.ui.widgets.menus import shared_menu

# Starting shares of the search results' width (family, given, birth date; phone: the rest).
# The phone (last, the remainder) needs the most room: "+90 532 123 45 67" must not elide.
SEARCH_COLUMN_FRACTIONS = (0.25, 0.23, 0.2)


def install_shell(window: QMainWindow) -> None:
    window.setWindowIcon(QIcon(str(resource_path("icons", "peeldesk.svg"))))
    remember_geometry(window, "mainWindow")
    remember_columns(
        window.search_page.table.horizontalHeader(), "patientSearch", SEARCH_COLUMN_FRACTIONS
    )

    window.action_settings = QAction(
        QCoreApplication.translate("MainWindow", "Clinic &settings…"), window
    )
    window.action_settings.setObjectName("actionSettings")
    window.action_settings.setShortcut(QKeySequence("Ctrl+,"))
    window.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    # Hidden rather than greyed out: reception has nothing to do there (the service refuses too).
    window.action_settings.setVisible(allowed(window.ctx, Permission.MANAGE_SETTINGS))
    window.action_settings.triggered.connect(lambda: open_settings(window))
    # In the Admin menu shared with accounts and handouts (accounts hides it from non-admins).
    shared_menu(window, "admin", QCoreApplication.translate("MainWindow", "A&dmin")).addAction(
        window.action_settings
    )
    window.addAction(window.action_settings)
    window.action_demo_data = install_demo_data(window)

    window.action_shortcuts = QAction(
        QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), window
    )
    window.action_shortcuts.setObjectName("actionShortcuts")
    window.action_shortcuts.setShortcut(QKeySequence("F1"))
    window.action_shortcuts.triggered.connect(lambda: open_shortcuts(window))
    window.help_menu.addAction(window.action_shortcuts)
    window.addAction(window.action_shortcuts)

    window.action_about = QAction(
        QCoreApplication.translate("MainWindow", "&About PeelDesk"), window
    )
    window.action_about.setObjectName("actionAbout")
    window.action_about.setMenuRole(QAction.MenuRole.AboutRole)
    window.action_about.triggered.connect(lambda: open_about(window))
    window.help_menu.addAction(window.action_about)


def open_settings(window: QMainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.ctx, window)
    remember_geometry(dialog, "settingsDialog")
    # A new backup interval applies now (no extra backup: only the timer is set again).
    dialog.accepted.connect(lambda: _restart_backup_timer(window))
    # After the dialog has closed: the window it belongs to is replaced.
    dialog.sig_language_changed.connect(
        lambda setting: QTimer.singleShot(0, lambda: switch_language(window, setting))
    )
    dialog.open()
    return dialog


def _restart_backup_timer(window: QMainWindow) -> None:
    scheduler = window.backups.scheduler
    if scheduler.started:
        scheduler.start(back_up_now=False)


def open_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    remember_geometry(dialog, "shortcutsDialog")
    dialog.open()
    return dialog


def open_about(window: QMainWindow) -> AboutDialog:
    dialog = AboutDialog(window)
    dialog.open()
    return dialog
