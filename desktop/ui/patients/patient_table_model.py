"""Search results as a Qt table model over PatientRow DTOs, paged with fetchMore."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from desktop.services.common.dates import format_user_date
from desktop.services.patients.records import PatientRow
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.widgets.dto_table_model import DtoTableModel, Index


class PatientTableModel(DtoTableModel[PatientRow]):
    COL_FAMILY = 0
    COL_GIVEN = 1
    COL_BIRTH = 2
    COL_PHONE = 3
    HEADERS = (
        QT_TRANSLATE_NOOP("PatientTableModel", "Family name"),
        QT_TRANSLATE_NOOP("PatientTableModel", "Given names"),
        QT_TRANSLATE_NOOP("PatientTableModel", "Birth date"),
        QT_TRANSLATE_NOOP("PatientTableModel", "Phone"),
    )
    HEADER_CONTEXT = "PatientTableModel"

    # Asks the owner to load the next page (off the GUI thread), then append_page().
    sig_more_wanted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: set[int] = set()
        self._has_more = False
        self._loading_more = False

    def cell_data(self, row: PatientRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_FAMILY:
                return row.family_name + (self.tr(" (archived)") if row.archived else "")
            if column == self.COL_GIVEN:
                return row.given_name
            if column == self.COL_BIRTH:
                return format_user_date(row.birth_date)
            if column == self.COL_PHONE:
                return row.phone_display
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name} — press Enter to open").format(name=row.full_name)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading_more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._loading_more = True
            self.sig_more_wanted.emit()

    # --- owner API -------------------------------------------------------------
    def reset_rows(self, rows: Iterable[PatientRow], has_more: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._ids = {r.id for r in self._rows}
        self._has_more = has_more
        self._loading_more = False
        self.endResetModel()

    def append_page(self, rows: list[PatientRow], has_more: bool) -> None:
        fresh = [r for r in rows if r.id not in self._ids]
        self._loading_more = False
        self._has_more = has_more
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self._ids.update(r.id for r in fresh)
        self.endInsertRows()
