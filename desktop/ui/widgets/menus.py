"""Menus several features share (Admin, Account...), found by object name in any language."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu


def shared_menu(window: QMainWindow, key: str, title: str) -> QMenu:
    """The menu-bar menu ``key`` ("admin", "account"), made just before Help if missing.

    Found by object name (``adminMenu``), not by its text: the text is translated.
    ``title`` is the already translated menu title, used only when the menu is made.
    """
    name = f"{key}Menu"
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and menu.objectName() == name:
            return menu
    menu = QMenu(title, window)
    menu.setObjectName(name)
    help_menu = getattr(window, "help_menu", None)
    if isinstance(help_menu, QMenu):
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    return menu
