"""Remembered window geometry, table column widths and interface language, per user, outside
the database.

Only sizes (Qt's saveGeometry/saveState blobs) and the language code are kept: no patient data
goes in this file. The language is here so that what PeelDesk says before a database is open
(a damaged file, a restore offer) is already in the clinic's language.
Any window or table can opt in: ``remember_geometry(dialog, "quoteDialog")``,
``remember_columns(table.horizontalHeader(), "quoteLines")``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.services.common.workstation import view_state_file


def _store() -> QSettings:
    return QSettings(str(view_state_file()), QSettings.Format.IniFormat)


def remembered_language() -> str:
    """The interface language last used on this computer ("tr", "en" or "system")."""
    value = _store().value("interface/language", "system")
    return value if value in ("tr", "en", "system") else "system"


def remember_language(setting: str) -> None:
    store = _store()
    store.setValue("interface/language", setting)
    store.sync()


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


def restore_geometry(window: QWidget, key: str) -> bool:
    """Give ``window`` the size and place last stored under ``key``, without storing its own
    (the start-up's first window takes the main window's)."""
    stored = _store().value(f"geometry/{key}")
    return bool(stored) and window.restoreGeometry(stored)


def remember_geometry(window: QWidget, key: str) -> bool:
    """Restore the window's last size and place now; store them when it closes.

    Returns True when a stored geometry was restored.
    """
    stored = _store().value(f"geometry/{key}")
    restored = bool(stored) and window.restoreGeometry(stored)
    _GeometryKeeper(window, key)
    return restored


class _ColumnKeeper(QObject):
    """Fits columns to the table by fractions until the person resizes one; then keeps theirs."""

    def __init__(self, header: QHeaderView, key: str, fractions: tuple[float, ...]) -> None:
        super().__init__(header)
        self._header = header
        self._key = key
        self._fractions = fractions
        self._fitting = bool(fractions)
        self._applying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)  # one write after a drag, not one per pixel
        self._timer.timeout.connect(self.save)
        header.sectionResized.connect(self._resized)
        header.installEventFilter(self)

    def stop_fitting(self) -> None:
        self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._fitting and watched is self._header and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        width = self._header.width()
        if width <= 0:
            return
        self._applying = True
        try:
            used = 0
            for section, fraction in enumerate(self._fractions):
                size = max(40, int(width * fraction))
                self._header.resizeSection(section, size)
                used += size
            last = self._header.count() - 1
            if last >= len(self._fractions):
                # The stretched last column does not shrink below its earlier size by itself.
                self._header.resizeSection(last, max(40, width - used))
        finally:
            self._applying = False

    def _resized(self, logical: int, _old: int, _new: int) -> None:
        # The stretched last column follows the table's width by itself: not a choice.
        if self._applying or logical == self._header.count() - 1:
            return
        self._fitting = False  # the person chose a width: stop fitting, remember theirs
        self._timer.start()

    def save(self) -> None:
        store = _store()
        store.setValue(f"columns/{self._key}", self._header.saveState())
        store.sync()


def remember_columns(header: QHeaderView, key: str, fractions: tuple[float, ...] = ()) -> None:
    """Let people resize columns (the last one fills the rest) and keep their widths.

    Until someone resizes a column, the first columns take ``fractions`` of the table's width.
    """
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # Styles set a wide minimum (the last column could then overflow a narrow pane).
    header.setMinimumSectionSize(40)
    keeper = _ColumnKeeper(header, key, fractions)
    stored = _store().value(f"columns/{key}")
    if stored and header.restoreState(stored):
        keeper.stop_fitting()
