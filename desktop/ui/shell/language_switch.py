"""Switching the interface language while PeelDesk runs.

Qt widgets keep the text they were built with, so the main window is built again in the new
language: same size and place, the same patients' workspaces reopened, the backup timer carried
over (without an extra backup). Settings opens no other window at that moment (its dialog is
modal), so nothing typed can be lost by the swap.

Two callers: the administrator changing the clinic's default (Settings), which this computer
remembers for its log-in screen and which applies to the desk only when its person has no
language of their own; and a person choosing their own (Account → Interface language…).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.services.accounts import preferences
from desktop.ui.shell.actions import quietly
from desktop.ui.shell.i18n import current_language, install_language, resolve_language
from desktop.ui.shell.view_state import remember_language

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

LANGUAGE_NAMES = {"tr": "Türkçe", "en": "English"}


def switch_language(window: MainWindow, setting: str, *, clinic_default: bool = True) -> MainWindow:
    """Install the language for ``setting`` and return the main window now showing it.

    Returns ``window`` itself when nothing changes or the translation cannot be loaded.
    ``clinic_default``: ``setting`` is the clinic's new ``ui_language``, else the desk's
    person's own choice (not remembered for the log-in screen).
    """
    from desktop.ui.shell.desks import rebuild_desk

    if clinic_default:
        remember_language(setting)
        ctx = window.ctx
        staff_id = ctx.actor.staff_id
        own = quietly(lambda: preferences.own_language(ctx, staff_id), None) if staff_id else None
        setting = own or setting
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
    replacement = rebuild_desk(window)
    replacement.show_status(
        QCoreApplication.translate("LanguageSwitch", "The interface is now in {language}.").format(
            language=LANGUAGE_NAMES[language]
        ),
        6000,
    )
    return replacement
