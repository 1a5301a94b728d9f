"""Remembered window geometry and table column widths, per user, outside the database.

Only sizes are kept (Qt's saveGeometry/saveState blobs): no patient data goes in this file.
Any window or table can opt in: ``remember_geometry(dialog, "quoteDialog")``,
``remember_columns(table.horizontalHeader(), "quoteLines")``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.services.workstation import view_state_file


def _store() -> QSettings:
    return QSettings(str(view_state_file()), QSettings.Format.IniFormat)


class _GeometryKeeper(QObject):
    def __init__(self, window: QWidget, key: str) -> None:
        super().__init__(window)
        self._key = key
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Close, QEvent.Type.Hide) and isinstance(watched, QWidget):
            store = _store()
            store.setValue(f"geometry/{self._key}", watched.saveGeometry())
            store.sync()
        return False


def remember_geometry(window: QWidget, key: str) -> bool:
    """Restore the window's last size and place now; store them when it closes.

    Returns True when a stored geometry was restored.
    """
    stored = _store().value(f"geometry/{key}")
    restored = bool(stored) and window.restoreGeometry(stored)
    _GeometryKeeper(window, key)
    return restored


def remember_columns(header: QHeaderView, key: str, default_widths: tuple[int, ...] = ()) -> None:
    """Let people resize columns (the last one fills the rest) and keep their widths."""
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for section, width in enumerate(default_widths):
        header.resizeSection(section, width)
    stored = _store().value(f"columns/{key}")
    if stored:
        header.restoreState(stored)
    timer = QTimer(header)
    timer.setSingleShot(True)
    timer.setInterval(400)  # one write after a drag, not one per pixel

    def save() -> None:
        store = _store()
        store.setValue(f"columns/{key}", header.saveState())
        store.sync()

    timer.timeout.connect(save)
    header.sectionResized.connect(lambda *_args: timer.start())
