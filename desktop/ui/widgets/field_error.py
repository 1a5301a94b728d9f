"""A small red message shown under a form field, and the box that stacks the two."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPoint, Qt
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
    # The form's label names the box as its buddy: its Alt+letter must reach the field.
    # (QLabel moves the focus only to a buddy that takes focus; the proxy passes it on.)
    box.setFocusPolicy(widget.focusPolicy())
    box.setFocusProxy(widget)
    return box


def show_field_errors(
    field_errors: Mapping[str, str],
    errors: Mapping[str, FieldError],
    fields: Mapping[str, QWidget],
    general: FieldError,
    fallback: str,
) -> QWidget | None:
    """Each message under its field, the rest (or else ``fallback``) in ``general``.

    Returns the topmost field with a message (see ``first_on_screen``), for the caller to
    focus: the service lists its errors in the order it checks them, not the form's order.
    """
    marked: list[QWidget] = []
    for key, message in field_errors.items():
        if key in errors:
            errors[key].show_message(message)
            field = fields.get(key)
            if field is not None:
                marked.append(field)
        else:
            general.show_message(message)
    if not general.text():
        general.show_message(fallback)
    return first_on_screen(marked)


def first_on_screen(widgets: Iterable[QWidget | None]) -> QWidget | None:
    """The widget a reader meets first in its window: the topmost, then the leftmost.

    Widgets on one line (their heights overlap) count as level, so a taller neighbour
    does not jump ahead of a field to its left. Hidden widgets have no place on screen:
    they come into it only when none is shown.
    """
    present = [w for w in widgets if w is not None]
    shown = [w for w in present if w.isVisibleTo(w.window())] or present  # hidden: no place
    placed = [(w, w.mapTo(w.window(), QPoint(0, 0)), w.height()) for w in shown]
    first: tuple[QWidget, QPoint, int] | None = None
    for candidate in placed:
        if first is None:
            first = candidate
            continue
        _, at, height = candidate
        _, first_at, first_height = first
        same_line = at.y() < first_at.y() + first_height and first_at.y() < at.y() + height
        if (at.x() < first_at.x()) if same_line else (at.y() < first_at.y()):
            first = candidate
    return first[0] if first else None


def clear_field_errors(errors: Mapping[str, FieldError], general: FieldError) -> None:
    for error in errors.values():
        error.show_message("")
    general.show_message("")
