"""Shared test helpers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from desktop.ui.widgets.dto_table_model import DtoTableModel

Row = TypeVar("Row")


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key, Turkish letters included.

    qtbot.keyClicks aborts the process on non-ASCII characters, so each
    character is sent as its own key event.
    """
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def save_and_wait(qtbot, dialog) -> None:
    """Click Save on a form that saves off the GUI thread and wait for the answer."""
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.is_saving(), timeout=10_000)


def model_rows(model: DtoTableModel[Row]) -> list[Row]:
    """Every row a table model shows, top to bottom (row_at is None only out of range)."""
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert None not in rows
    return [row for row in rows if row is not None]


def line_edits(fields: Mapping[str, QWidget]) -> dict[str, QLineEdit]:
    """The text boxes among a form's fields (keyed as the form keys them), typed as such."""
    return {key: widget for key, widget in fields.items() if isinstance(widget, QLineEdit)}


def submenu(action: QAction) -> QMenu:
    """The menu a menu-bar entry opens; PySide6 types ``QAction.menu()`` as a plain QObject."""
    menu = action.menu()
    assert isinstance(menu, QMenu)
    return menu
