"""A long form that opens showing all of its rows, and scrolls only on a screen too low for it.

QScrollArea asks for at most 24 lines of text, and Qt opens a window at two thirds of the
screen's height at most; a form in a dialog then opens with a scroll bar even on a screen
that has the room.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea, QWidget

# What a window manager adds above and below a dialog (title bar and frame).
TITLE_BAR_AND_FRAME = 40


class WholeFormScrollArea(QScrollArea):
    """A scroll area that asks for its whole form's size."""

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        return inner.sizeHint() + QSize(frame, frame)


def open_at_full_height(window: QWidget) -> None:
    """Size ``window`` (before it is shown) to its size hint, as high as its screen allows."""
    hint = window.sizeHint()
    room = window.screen().availableGeometry().height() - TITLE_BAR_AND_FRAME
    window.resize(hint.width(), min(hint.height(), room))
