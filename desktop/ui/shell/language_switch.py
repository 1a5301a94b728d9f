"""Switching the interface language while PeelDesk runs.

Qt widgets keep the text they were built with, so the main window is built again in the new
language: same size and place, the same patients' workspaces reopened, the backup timer carried
over (without an extra backup). Settings opens no other window at that moment (its dialog is
modal), so nothing typed can be lost by the swap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.ui.shell.i18n import current_language, install_language, resolve_language
from desktop.ui.shell.view_state import remember_language

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

LANGUAGE_NAMES = {"tr": "Türkçe", "en": "English"}


def switch_language(window: MainWindow, setting: str) -> MainWindow:
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
    # Built through the same path as at start-up, from the same features.
    replacement = MainWindow(window.ctx, features=window.feature_types)
    replacement.restoreGeometry(window.saveGeometry())
    replacement.show()
    replacement.take_over_from(window)
    window.close()
    window.deleteLater()
    replacement.show_status(
        QCoreApplication.translate("LanguageSwitch", "The interface is now in {language}.").format(
            language=LANGUAGE_NAMES[language]
        ),
        6000,
    )
    return replacement
