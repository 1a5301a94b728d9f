"""Audit events as a Qt table model over AuditRow DTOs, newest first, paged with fetchMore."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.services.audit_trail import AuditPage, AuditRow

Index = QModelIndex | QPersistentModelIndex
# Loads the page of events older than the given id (None: the newest page).
PageLoader = Callable[[int | None], AuditPage]


class AuditTableModel(QAbstractTableModel):
    COL_WHEN = 0
    COL_USER = 1
    COL_ACTION = 2
    COL_PATIENT = 3
    COL_RECORD = 4
    COL_CHANGES = 5
    COL_WORKSTATION = 6
    HEADERS = ("When", "User", "Action", "Patient", "Record", "Changes (before → after)", "Desk")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, zone: tzinfo, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[AuditRow] = []
        self._loader: PageLoader | None = None
        self._next_before: int | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        return None

    def _text(self, row: AuditRow, column: int) -> str:
        if column == self.COL_WHEN:
            return f"{row.occurred_at.astimezone(self._zone):%d.%m.%Y %H:%M:%S}"
        if column == self.COL_USER:
            return row.actor_name
        if column == self.COL_ACTION:
            return row.action
        if column == self.COL_PATIENT:
            if row.patient_id is None:
                return ""
            return row.patient_name or f"#{row.patient_id} (no longer on file)"
        if column == self.COL_RECORD:
            return f"{row.entity} #{row.entity_id}" if row.entity_id is not None else row.entity
        if column == self.COL_CHANGES:
            return row.summary
        if column == self.COL_WORKSTATION:
            return row.workstation
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return self.HEADERS[section]
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loader is not None and self._next_before is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._loader is not None
        page = self._loader(self._next_before)
        self._next_before = page.next_before_id
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    # --- owner API -------------------------------------------------------------
    def load(self, loader: PageLoader) -> None:
        """Start over with a new filter: the newest page now, older pages on scrolling."""
        page = loader(None)
        self.beginResetModel()
        self._loader = loader
        self._rows = list(page.rows)
        self._next_before = page.next_before_id
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._loader = None
        self._rows = []
        self._next_before = None
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
