"""Search results as a Qt table model over PatientRow DTOs, paged with fetchMore."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.services.dates import format_user_date
from desktop.services.patients import PatientRow

Index = QModelIndex | QPersistentModelIndex


class PatientTableModel(QAbstractTableModel):
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
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    # Asks the owner to load the next page (off the GUI thread), then append_page().
    sig_more_wanted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PatientRow] = []
        self._ids: set[int] = set()
        self._has_more = False
        self._loading_more = False

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("PatientTableModel", self.HEADERS[section])
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading_more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._loading_more = True
            self.sig_more_wanted.emit()

    # --- owner API -------------------------------------------------------------
    def reset_rows(self, rows: list[PatientRow], has_more: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._ids = {r.id for r in rows}
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

    def row_at(self, row: int) -> PatientRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
