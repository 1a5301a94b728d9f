"""Shared test helpers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


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
