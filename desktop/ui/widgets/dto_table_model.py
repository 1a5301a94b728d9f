"""The one QAbstractTableModel over a list of DTOs that every table in the app builds on.

Subclasses name their HEADERS and answer ``cell_data(row, column, role)``; the row/column
counts, the header, the row role and the owner API (``reset_rows``, ``row_at``) live here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class DtoTableModel(QAbstractTableModel, Generic[T]):
    HEADERS: tuple[str, ...] = ()
    # Views and tests ask for the whole DTO of a row with this role.
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    # Qt translation context of HEADERS (marked with QT_TRANSLATE_NOOP); None: shown as written.
    HEADER_CONTEXT: str | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            header = self.HEADERS[section]
            if self.HEADER_CONTEXT is not None:
                return QCoreApplication.translate(self.HEADER_CONTEXT, header)
            return header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        return self.cell_data(row, index.column(), role)

    def cell_data(self, row: T, column: int, role: int) -> Any:
        """What one cell shows for ``role`` (None: nothing); the row is always in range."""
        raise NotImplementedError

    # --- owner API -------------------------------------------------------------
    def reset_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
