"""Switching the interface language while PeelDesk runs.

Qt widgets keep the text they were built with, so the main window is built again in the new
language: same size and place, the same patients' workspaces reopened, the backup timer carried
over (without an extra backup). Settings opens no other window at that moment (its dialog is
modal), so nothing typed can be lost by the swap.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop.ui.shell.i18n import current_language, install_language, resolve_language
from desktop.ui.shell.view_state import remember_language

LANGUAGE_NAMES = {"tr": "Türkçe", "en": "English"}


def switch_language(window: QMainWindow, setting: str) -> QMainWindow:
    """Install the language for ``setting`` and return the main window now showing it.

    Returns ``window`` itself when nothing changes or the translation cannot be loaded.
    """
    from desktop.ui.main_window import MainWindow

    remember_language(setting)
    language = resolve_language(setting)
    if language == current_language():
        return window
    previous = current_language()
    if not install_language(language):
        install_language(previous)
        QMessageBox.warning(
            window,
            QCoreApplication.translate("LanguageSwitch", "Interface language"),
            QCoreApplication.translate(
                "LanguageSwitch",
                "The translation could not be loaded, so PeelDesk stays in this language. "
                "Run the set-up again (./dev setup) or reinstall PeelDesk.",
            ),
        )
        return window
    replacement = MainWindow(window.ctx)
    replacement.restoreGeometry(window.saveGeometry())
    replacement.show()
    for patient_id in list(window.sessions.workspaces):
        replacement.sessions.open_workspace(patient_id)
    replacement.tabs.setCurrentIndex(min(window.tabs.currentIndex(), replacement.tabs.count() - 1))
    if window.backups.scheduler.started:
        replacement.backups.scheduler.start(back_up_now=False)
    window.close()
    window.deleteLater()
    replacement.statusBar().showMessage(
        QCoreApplication.translate("LanguageSwitch", "The interface is now in {language}.").format(
            language=LANGUAGE_NAMES[language]
        ),
        6000,
    )
    return replacement
