"""What the payment services return: frozen DTOs, no ORM objects."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class CourseRow:
    id: int
    patient_id: int
    quote_id: int
    quote_number: str
    areas: tuple[str, ...]  # the quote's line descriptions, in the patient's language
    sessions_total: int  # bought + added
    sessions_booked: int  # planned or done sessions booked from the course
    sessions_done: int
    price: Decimal
    currency: str
    status: str  # CourseStatus
    closed_reason: str
    row_version: int

    @property
    def sessions_left(self) -> int:
        return max(self.sessions_total - self.sessions_booked, 0)


@dataclass(frozen=True)
class SessionOfCourse:
    """ "Session 2 of 3, Full face": where one booked session stands in its course."""

    course_id: int
    session_id: int
    ordinal: int
    total: int
    areas: tuple[str, ...]


@dataclass(frozen=True)
class MoneyEventRow:
    id: int
    patient_id: int
    course_id: int | None
    session_id: int | None
    kind: str  # MoneyKind
    method: str | None  # PaymentMethod
    amount: Decimal  # signed: + owes more, - paid
    currency: str
    at: datetime
    staff_name: str
    reason: str
    receipt_number: str | None
    receipt_cancelled: bool
    receipt_id: int | None = None  # to print the receipt again or cancel it

    @property
    def paid(self) -> Decimal:
        """Money that came in at the desk (negative for money given back)."""
        return -self.amount


@dataclass(frozen=True)
class Balance:
    patient_id: int
    owed: Decimal  # > 0: the patient owes the clinic; < 0: the clinic owes the patient
    charged: Decimal
    paid: Decimal  # deposits and payments, less refunds and corrections
    currency: str


@dataclass(frozen=True)
class ReceiptRow:
    id: int
    number: str
    money_event_id: int
    patient_id: int
    issued_at: datetime
    issued_by: str
    kind: str
    method: str | None
    amount: Decimal  # what was paid (negative for a refund)
    currency: str
    balance_after: Decimal
    cancelled: bool
    cancel_reason: str


@dataclass(frozen=True)
class CashUpLine:
    method: str
    staff_name: str
    count: int
    taken: Decimal  # deposits and payments
    given_back: Decimal  # refunds and corrections (positive)

    @property
    def net(self) -> Decimal:
        return self.taken - self.given_back


@dataclass(frozen=True)
class CashUpEntry:
    """One deposit, payment, refund or correction of the day, as the cash-up lists it."""

    at: datetime
    receipt_number: str  # "" when none was issued
    patient_name: str
    kind: str  # MoneyKind
    method: str
    paid: Decimal  # money in at the desk (negative for money given back)
    currency: str
    staff_name: str
    reason: str


@dataclass(frozen=True)
class CashUp:
    day: date
    currency: str
    lines: tuple[CashUpLine, ...]  # per method and staff member
    by_method: tuple[tuple[str, Decimal], ...]  # net per method
    by_staff: tuple[tuple[str, Decimal], ...]  # net per staff member
    total: Decimal
    entries: tuple[CashUpEntry, ...] = ()  # the day's events, in the order they happened

    @property
    def method_lines(self) -> tuple[CashUpLine, ...]:
        """One line per method (every staff member together; ``staff_name`` empty)."""
        return _summed(self.lines, lambda line: (line.method, ""))

    @property
    def staff_lines(self) -> tuple[CashUpLine, ...]:
        """One line per staff member (every method together; ``method`` empty)."""
        return _summed(self.lines, lambda line: ("", line.staff_name))

    @property
    def suggested_csv_name(self) -> str:
        return f"cash-up-{self.day.isoformat()}.csv"

    @property
    def suggested_pdf_name(self) -> str:
        return f"cash-up-{self.day.isoformat()}.pdf"


def _summed(
    lines: tuple[CashUpLine, ...], key: Callable[[CashUpLine], tuple[str, str]]
) -> tuple[CashUpLine, ...]:
    groups: dict[tuple[str, str], list[CashUpLine]] = {}
    for line in lines:
        groups.setdefault(key(line), []).append(line)
    zero = Decimal("0.00")
    return tuple(
        CashUpLine(
            method=method,
            staff_name=staff,
            count=sum(line.count for line in group),
            taken=sum((line.taken for line in group), zero),
            given_back=sum((line.given_back for line in group), zero),
        )
        for (method, staff), group in sorted(groups.items())
    )
