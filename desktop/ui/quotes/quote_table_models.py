"""Table models for quotes: the priced lines of one quote, and a patient's quotes."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.formatting import format_money
from desktop.services.dates import format_user_date
from desktop.services.pricing import PricedLine, discount_text
from desktop.services.quotes import QuoteRow

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def size_text(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


class QuoteLineTableModel(QAbstractTableModel):
    """Priced lines; the size column is editable (``on_size_edited(row, text)``)."""

    COL_AREA = 0
    COL_SIZE = 1
    COL_BAND = 2
    COL_UNIT = 3
    COL_SESSIONS = 4
    COL_DISCOUNT = 5
    COL_VAT = 6
    COL_TOTAL = 7
    HEADERS = ("Area", "Size (cm²)", "Band", "Per session", "Sessions", "Discount", "VAT", "Total")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PricedLine] = []
        self.currency = "TRY"
        self.language = "tr"
        self.editable = True
        self.on_size_edited: Callable[[int, str], None] | None = None

    def set_lines(self, lines: list[PricedLine], currency: str) -> None:
        self.beginResetModel()
        self._rows = list(lines)
        self.currency = currency
        self.endResetModel()

    def row_at(self, row: int) -> PricedLine:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def _money(self, value: Decimal) -> str:
        return format_money(value, self.currency, self.language)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return line
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(line, column)
        if role == Qt.ItemDataRole.EditRole and column == self.COL_SIZE:
            return size_text(line.size_cm2)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_AREA:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_DISCOUNT and line.discount_labels:
                return "\n".join(discount_text(code, "en") for code in line.discount_labels)
            if column == self.COL_SIZE and self.editable:
                return "Double-click or press F2 to change the measured size."
            if column == self.COL_TOTAL and line.rounding:
                return f"Includes rounding of {self._money(line.rounding)}."
        return None

    def _display(self, line: PricedLine, column: int) -> str:
        if column == self.COL_AREA:
            return line.description
        if column == self.COL_SIZE:
            return size_text(line.size_cm2)
        if column == self.COL_BAND:
            return line.band_label
        if column == self.COL_UNIT:
            return self._money(line.unit_price)
        if column == self.COL_SESSIONS:
            return str(line.sessions)
        if column == self.COL_DISCOUNT:
            return f"−{self._money(line.discount)}" if line.discount else "–"
        if column == self.COL_VAT:
            return self._money(line.vat)
        if column == self.COL_TOTAL:
            return self._money(line.total)
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_SIZE and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.COL_SIZE:
            return False
        if self.on_size_edited is not None:
            self.on_size_edited(index.row(), str(value))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return super().headerData(section, orientation, role)


STATUS_NAMES = {
    "draft": "Draft",
    "issued": "Issued",
    "accepted": "Accepted",
    "declined": "Declined",
    "expired": "Expired",
}


class QuoteTableModel(QAbstractTableModel):
    COL_NUMBER = 0
    COL_CREATED = 1
    COL_VALID = 2
    COL_STATUS = 3
    COL_TOTAL = 4
    HEADERS = ("Number", "Created", "Valid until", "Status", "Total")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[QuoteRow] = []
        self.language = "tr"

    def set_rows(self, rows: list[QuoteRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> QuoteRow:
        return self._rows[row]

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
            if column == self.COL_NUMBER:
                return row.number or "(draft)"
            if column == self.COL_CREATED:
                return format_user_date(row.issued_on or row.created_on)
            if column == self.COL_VALID:
                return format_user_date(row.valid_until)
            if column == self.COL_STATUS:
                return STATUS_NAMES.get(row.status, row.status)
            if column == self.COL_TOTAL:
                return format_money(row.total, row.currency, self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_TOTAL:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return super().headerData(section, orientation, role)
