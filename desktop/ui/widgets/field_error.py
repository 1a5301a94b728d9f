"""A small red message shown under a form field, and the box that stacks the two."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.shell.i18n import translated


class FieldError(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_message(self, message: str) -> None:
        """Show ``message`` (a service's sentence is translated; "" hides the label)."""
        self.setText(translated(message))
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


def show_field_errors(
    field_errors: Mapping[str, str],
    errors: Mapping[str, FieldError],
    fields: Mapping[str, QWidget],
    general: FieldError,
    fallback: str,
) -> QWidget | None:
    """Each message under its field, the rest (or else ``fallback``) in ``general``.

    Returns the first field with a message, for the caller to focus.
    """
    first: QWidget | None = None
    for key, message in field_errors.items():
        if key in errors:
            errors[key].show_message(message)
            first = first or fields.get(key)
        else:
            general.show_message(message)
    if not general.text():
        general.show_message(fallback)
    return first


def clear_field_errors(errors: Mapping[str, FieldError], general: FieldError) -> None:
    for error in errors.values():
        error.show_message("")
    general.show_message("")
