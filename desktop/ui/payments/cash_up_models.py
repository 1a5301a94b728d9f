"""The cash-up page's tables: per method, per staff member, and the day's entries."""

from __future__ import annotations

from datetime import tzinfo
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desktop.formatting import format_local_time, format_money
from desktop.services.payments.rows import CashUpEntry, CashUpLine
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, current_language
from desktop.ui.widgets.dto_table_model import DtoTableModel

CONTEXT = "CashUpWords"
# The codes the payment services store, as the desk reads them.
_WORDS = {
    "cash": QT_TRANSLATE_NOOP("CashUpWords", "Cash"),
    "card": QT_TRANSLATE_NOOP("CashUpWords", "Card"),
    "bank_transfer": QT_TRANSLATE_NOOP("CashUpWords", "Bank transfer"),
    "deposit": QT_TRANSLATE_NOOP("CashUpWords", "Deposit"),
    "payment": QT_TRANSLATE_NOOP("CashUpWords", "Payment"),
    "refund": QT_TRANSLATE_NOOP("CashUpWords", "Refund"),
    "correction": QT_TRANSLATE_NOOP("CashUpWords", "Cancelled receipt"),
}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def code_word(code: str) -> str:
    """A payment method or kind in the interface's language (an unknown code as stored)."""
    word = _WORDS.get(code)
    return QCoreApplication.translate(CONTEXT, word) if word else code


class _Money:
    def __init__(self) -> None:
        self.currency = "TRY"

    def __call__(self, amount: Decimal) -> str:
        return format_money(amount, self.currency, current_language())


class CashUpTotalsModel(DtoTableModel[CashUpLine]):
    """Per method (``by="method"``) or per staff member: entries, taken, given back, net."""

    HEADER_CONTEXT = "CashUpTotalsModel"
    METHOD_HEADERS = (
        QT_TRANSLATE_NOOP("CashUpTotalsModel", "Method"),
        QT_TRANSLATE_NOOP("CashUpTotalsModel", "Entries"),
        QT_TRANSLATE_NOOP("CashUpTotalsModel", "Taken"),
        QT_TRANSLATE_NOOP("CashUpTotalsModel", "Given back"),
        QT_TRANSLATE_NOOP("CashUpTotalsModel", "Net"),
    )
    STAFF_HEADERS = (
        QT_TRANSLATE_NOOP("CashUpTotalsModel", "Staff member"),
        *METHOD_HEADERS[1:],
    )

    def __init__(self, by: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.by = by
        self.HEADERS = self.METHOD_HEADERS if by == "method" else self.STAFF_HEADERS
        self.money = _Money()

    def cell_data(self, row: CashUpLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return code_word(row.method) if self.by == "method" else row.staff_name
        if column == 1:
            return str(row.count)
        return self.money((row.taken, row.given_back, row.net)[column - 2])


class CashUpEntriesModel(DtoTableModel[CashUpEntry]):
    """Every deposit, payment, refund and cancelled receipt of the day, in order."""

    HEADER_CONTEXT = "CashUpEntriesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CashUpEntriesModel", "Time"),
        QT_TRANSLATE_NOOP("CashUpEntriesModel", "Receipt"),
        QT_TRANSLATE_NOOP("CashUpEntriesModel", "Patient"),
        QT_TRANSLATE_NOOP("CashUpEntriesModel", "Kind"),
        QT_TRANSLATE_NOOP("CashUpEntriesModel", "Method"),
        QT_TRANSLATE_NOOP("CashUpEntriesModel", "Amount"),
        QT_TRANSLATE_NOOP("CashUpEntriesModel", "Staff member"),
        QT_TRANSLATE_NOOP("CashUpEntriesModel", "Reason"),
    )
    AMOUNT = 5

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.money = _Money()

    def cell_data(self, row: CashUpEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            format_local_time(row.at, self.zone),
            row.receipt_number or "—",
            row.patient_name,
            code_word(row.kind),
            code_word(row.method),
            self.money(row.paid),
            row.staff_name,
            row.reason,
        )
        return values[column]
