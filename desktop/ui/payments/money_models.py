"""The tables of the patient's money section: courses, and money events with receipts."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.formatting import format_local_datetime
from desktop.services.payments.rows import CourseRow, MoneyEventRow
from desktop.ui.payments.words import kind_word, method_word, money_text, status_word
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.widgets.dto_table_model import DtoTableModel

RED = "#b00020"
GREY = "#757575"


class CourseTableModel(DtoTableModel[CourseRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("CourseTableModel", "Course"),
        QT_TRANSLATE_NOOP("CourseTableModel", "Sessions"),
        QT_TRANSLATE_NOOP("CourseTableModel", "Left"),
        QT_TRANSLATE_NOOP("CourseTableModel", "Price"),
        QT_TRANSLATE_NOOP("CourseTableModel", "State"),
    )
    HEADER_CONTEXT = "CourseTableModel"
    COL_AREAS, COL_SESSIONS, COL_LEFT, COL_PRICE, COL_STATUS = range(5)

    def cell_data(self, row: CourseRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "open":
            return QBrush(QColor(GREY))
        if role == Qt.ItemDataRole.ToolTipRole and row.closed_reason:
            return row.closed_reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_AREAS:
            return f"{', '.join(row.areas)} ({row.quote_number})"
        if column == self.COL_SESSIONS:
            if row.status == "open" and row.sessions_booked < row.sessions_total:
                return self.tr("Next: session {n} of {total} · {done} done").format(
                    n=row.sessions_booked + 1, total=row.sessions_total, done=row.sessions_done
                )
            return self.tr("{booked} of {total} booked · {done} done").format(
                booked=row.sessions_booked, total=row.sessions_total, done=row.sessions_done
            )
        if column == self.COL_LEFT:
            return str(row.sessions_left)
        if column == self.COL_PRICE:
            return money_text(row.price, row.currency)
        if row.status != "open" and row.closed_reason:
            return self.tr("{state}: {reason}").format(
                state=status_word(row.status), reason=row.closed_reason
            )
        return status_word(row.status)


class MoneyEventTableModel(DtoTableModel[MoneyEventRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("MoneyEventTableModel", "When"),
        QT_TRANSLATE_NOOP("MoneyEventTableModel", "What"),
        QT_TRANSLATE_NOOP("MoneyEventTableModel", "Method"),
        QT_TRANSLATE_NOOP("MoneyEventTableModel", "Amount"),
        QT_TRANSLATE_NOOP("MoneyEventTableModel", "Receipt"),
        QT_TRANSLATE_NOOP("MoneyEventTableModel", "By"),
        QT_TRANSLATE_NOOP("MoneyEventTableModel", "Reason"),
    )
    HEADER_CONTEXT = "MoneyEventTableModel"
    COL_WHEN, COL_KIND, COL_METHOD, COL_AMOUNT, COL_RECEIPT, COL_BY, COL_REASON = range(7)

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone

    def cell_data(self, row: MoneyEventRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_RECEIPT:
            return QBrush(QColor(RED)) if row.receipt_cancelled else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_WHEN:
            return format_local_datetime(row.at, self.zone)
        if column == self.COL_KIND:
            return kind_word(row.kind)
        if column == self.COL_METHOD:
            return method_word(row.method) if row.kind != "charge" else ""
        if column == self.COL_AMOUNT:
            # What the event did to the balance: a charge adds, money taken is shown as paid.
            if row.kind == "charge":
                return money_text(row.amount, row.currency)
            return money_text(row.paid, row.currency)
        if column == self.COL_RECEIPT:
            if row.receipt_number is None:
                return ""
            if row.receipt_cancelled:
                return self.tr("{number} (cancelled)").format(number=row.receipt_number)
            return row.receipt_number
        if column == self.COL_BY:
            return row.staff_name
        return row.reason
