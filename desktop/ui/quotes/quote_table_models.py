"""Table models for quotes: the priced lines of one quote, and a patient's quotes."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desktop.formatting import format_money, format_plain_number
from desktop.services.common.dates import format_user_date
from desktop.services.quotes.pricing import PricedLine, discount_text
from desktop.services.quotes.records import QuoteRow
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, current_language
from desktop.ui.widgets.dto_table_model import DtoTableModel, Index

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def size_text(value: Decimal, language: str) -> str:
    """A size as people of ``language`` write it: 12.5 (en), 12,5 (tr); no grouping."""
    return format_plain_number(value, language)


class QuoteLineTableModel(DtoTableModel[PricedLine]):
    """Priced lines; the size column is editable (``on_size_edited(row, text)``)."""

    COL_AREA = 0
    COL_SIZE = 1
    COL_BAND = 2
    COL_UNIT = 3
    COL_SESSIONS = 4
    COL_DISCOUNT = 5
    COL_VAT = 6
    COL_TOTAL = 7
    HEADERS = (
        QT_TRANSLATE_NOOP("QuoteLineTableModel", "Area"),
        QT_TRANSLATE_NOOP("QuoteLineTableModel", "Size (cm²)"),
        QT_TRANSLATE_NOOP("QuoteLineTableModel", "Band"),
        QT_TRANSLATE_NOOP("QuoteLineTableModel", "Per session"),
        QT_TRANSLATE_NOOP("QuoteLineTableModel", "Sessions"),
        QT_TRANSLATE_NOOP("QuoteLineTableModel", "Discount"),
        QT_TRANSLATE_NOOP("QuoteLineTableModel", "VAT"),
        QT_TRANSLATE_NOOP("QuoteLineTableModel", "Total"),
    )
    HEADER_CONTEXT = "QuoteLineTableModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "TRY"
        self.language = "tr"
        self.editable = True
        self.on_size_edited: Callable[[int, str], None] | None = None

    def set_lines(self, lines: list[PricedLine], currency: str) -> None:
        self.currency = currency
        self.reset_rows(lines)

    def _money(self, value: Decimal) -> str:
        return format_money(value, self.currency, self.language)

    def cell_data(self, line: PricedLine, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(line, column)
        if role == Qt.ItemDataRole.EditRole and column == self.COL_SIZE:
            return size_text(line.size_cm2, self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_AREA:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_DISCOUNT and line.discount_labels:
                language = current_language()
                return "\n".join(discount_text(code, language) for code in line.discount_labels)
            if column == self.COL_SIZE and self.editable:
                return self.tr("Double-click or press F2 to change the measured size.")
            if column == self.COL_TOTAL and line.rounding:
                return self.tr("Includes rounding of {amount}.").format(
                    amount=self._money(line.rounding)
                )
        return None

    def _display(self, line: PricedLine, column: int) -> str:
        if column == self.COL_AREA:
            return line.description
        if column == self.COL_SIZE:
            return size_text(line.size_cm2, self.language)
        if column == self.COL_BAND:
            # Per cm² pricing below the minimum charge stores the code "min.".
            return self.tr("min.") if line.band_label == "min." else line.band_label
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


STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("QuoteTableModel", "Draft"),
    "issued": QT_TRANSLATE_NOOP("QuoteTableModel", "Issued"),
    "accepted": QT_TRANSLATE_NOOP("QuoteTableModel", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("QuoteTableModel", "Declined"),
    "expired": QT_TRANSLATE_NOOP("QuoteTableModel", "Expired"),
}


def status_name(code: str) -> str:
    """A quote status in the interface language."""
    return QCoreApplication.translate("QuoteTableModel", STATUS_NAMES.get(code, code))


class QuoteTableModel(DtoTableModel[QuoteRow]):
    COL_NUMBER = 0
    COL_CREATED = 1
    COL_VALID = 2
    COL_STATUS = 3
    COL_TOTAL = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("QuoteTableModel", "Number"),
        QT_TRANSLATE_NOOP("QuoteTableModel", "Created"),
        QT_TRANSLATE_NOOP("QuoteTableModel", "Valid until"),
        QT_TRANSLATE_NOOP("QuoteTableModel", "Status"),
        QT_TRANSLATE_NOOP("QuoteTableModel", "Total"),
    )
    HEADER_CONTEXT = "QuoteTableModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "tr"

    def cell_data(self, row: QuoteRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_NUMBER:
                return row.number or self.tr("(draft)")
            if column == self.COL_CREATED:
                return format_user_date(row.issued_on or row.created_on)
            if column == self.COL_VALID:
                return format_user_date(row.valid_until)
            if column == self.COL_STATUS:
                return status_name(row.status)
            if column == self.COL_TOTAL:
                return format_money(row.total, row.currency, self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_TOTAL:
            return _RIGHT
        return None
