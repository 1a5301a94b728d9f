"""Audit events as a Qt table model over AuditRow DTOs, newest first, paged with fetchMore."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from desktop.formatting import format_local_datetime
from desktop.services.accounts.audit_trail import AuditPage, AuditRow
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, translated
from desktop.ui.widgets.dto_table_model import DtoTableModel, Index

# Loads the page of events older than the given id (None: the newest page).
PageLoader = Callable[[int | None], AuditPage]


class AuditTableModel(DtoTableModel[AuditRow]):
    COL_WHEN = 0
    COL_USER = 1
    COL_ACTION = 2
    COL_PATIENT = 3
    COL_RECORD = 4
    COL_CHANGES = 5
    COL_WORKSTATION = 6
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "When"),
        QT_TRANSLATE_NOOP("AuditTableModel", "User"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Patient"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Changes (before → after)"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Desk"),
    )
    HEADER_CONTEXT = "AuditTableModel"

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._loader: PageLoader | None = None
        self._next_before: int | None = None

    def cell_data(self, row: AuditRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        return None

    def _text(self, row: AuditRow, column: int) -> str:
        if column == self.COL_WHEN:
            return format_local_datetime(row.occurred_at, self._zone, seconds=True)
        if column == self.COL_USER:
            return row.actor_name
        if column == self.COL_ACTION:
            return row.action
        if column == self.COL_PATIENT:
            if row.patient_id is None:
                return ""
            return row.patient_name or self.tr("#{id} (no longer on file)").format(
                id=row.patient_id
            )
        if column == self.COL_RECORD:
            return f"{row.entity} #{row.entity_id}" if row.entity_id is not None else row.entity
        if column == self.COL_CHANGES:
            return translated(row.summary)  # "… changed (values erased)" is a sentence
        if column == self.COL_WORKSTATION:
            return row.workstation
        return ""

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
        self._loader = None
        self._next_before = None
        self.reset_rows([])
