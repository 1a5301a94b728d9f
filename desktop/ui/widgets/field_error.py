"""A small red message shown under a form field, and the box that stacks the two."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class FieldError(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def with_error(
    widget: QWidget,
    error: FieldError,
    *,
    spacing: int | None = 2,
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag(0),  # noqa: B008
) -> QWidget:
    """``widget`` with ``error`` right under it, as one form row (spacing None: the style's)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    if spacing is not None:
        column.setSpacing(spacing)
    column.addWidget(widget, 0, alignment)
    column.addWidget(error)
    return box
