"""A patient's money in their data export, and what removing their identity does to it.

Export: every course (quote, areas, sessions bought, added, booked and done, price, status),
every money event (charges, deposits, payments, refunds, corrections: date, kind, method,
signed amount, who took it, receipt number) and every receipt (number, date, amount, method,
the balance it froze, its cancellation), plus the balance — as the patient's own data.

Anonymising keeps every money row: the accounting records of a payment must be kept for the
legal period whoever asks (Turkish Tax Procedure Law, art. 253: five years), and a gap in the
gap-free receipt series or a balance that no longer adds up would be worse than useless.
The rows themselves hold no identity (the patient is a number whose names are gone); the
only personal data they can hold is free text typed at the desk — the reason of a refund,
a cancelled receipt, a correction, an extension's charge or a course closed early (often a
health reason) — and those reasons are removed. Amounts, dates, methods, staff, receipt
numbers and frozen balances stay, so the cash-up and the accountant's CSV of a past day are
unchanged apart from the name (now "Anonymised") and the removed reasons. The audit trail's
details stay as signed, as for every other record (the HMAC chain cannot be rewritten).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from db.models import Course, MoneyEvent, Receipt, ReceiptCancellation, Staff
from db.types import raw_column
from desktop.services.payments.courses import course_row


def money_export(session: Session, patient_id: int) -> dict[str, Any]:
    """The patient's courses, money events, receipts and balance as JSON-able data."""
    names = {
        staff_id: name for staff_id, name in session.execute(select(Staff.id, Staff.full_name))
    }
    courses = []
    for course in session.scalars(
        select(Course).where(Course.patient_id == patient_id).order_by(Course.id)
    ):
        row = course_row(session, course)
        courses.append(
            {
                "id": row.id,
                "quote_number": row.quote_number,
                "areas": list(row.areas),
                "sessions_bought": course.sessions_bought,
                "sessions_added": course.sessions_added,
                "sessions_booked": row.sessions_booked,
                "sessions_done": row.sessions_done,
                "price": str(row.price),
                "currency": row.currency,
                "status": str(row.status),
                "closed_reason": row.closed_reason,
                "created_at": course.created_at.isoformat(),
                "closed_at": course.closed_at.isoformat() if course.closed_at else None,
            }
        )
    receipts = {
        receipt.money_event_id: receipt
        for receipt in session.scalars(
            select(Receipt)
            .join(MoneyEvent, MoneyEvent.id == Receipt.money_event_id)
            .where(MoneyEvent.patient_id == patient_id)
        )
    }
    cancellations = {
        c.receipt_id: c
        for c in session.scalars(
            select(ReceiptCancellation).where(
                ReceiptCancellation.receipt_id.in_([r.id for r in receipts.values()])
            )
        )
    }
    events = []
    receipt_rows = []
    for event in session.scalars(
        select(MoneyEvent)
        .where(MoneyEvent.patient_id == patient_id)
        .order_by(MoneyEvent.at, MoneyEvent.id)
    ):
        receipt = receipts.get(event.id)
        events.append(
            {
                "id": event.id,
                "at": event.at.isoformat(),
                "kind": str(event.kind),
                "method": None if event.method is None else str(event.method),
                "amount": str(event.amount),  # signed: + owed more, - paid
                "currency": event.currency,
                "course_id": event.course_id,
                "session_id": event.session_id,
                "staff_name": names.get(event.staff_id, "") if event.staff_id else "",
                "reason": event.reason,
                "corrects_id": event.corrects_id,
                "receipt_number": receipt.number if receipt is not None else None,
            }
        )
        if receipt is None:
            continue
        cancellation = cancellations.get(receipt.id)
        receipt_rows.append(
            {
                "number": receipt.number,
                "issued_at": receipt.issued_at.isoformat(),
                "issued_by": names.get(receipt.issued_by_id, "") if receipt.issued_by_id else "",
                "kind": str(event.kind),
                "method": None if event.method is None else str(event.method),
                "amount": str(-event.amount),  # what was paid (negative: given back)
                "currency": event.currency,
                "balance_after": str(receipt.balance_after),
                "cancelled_at": cancellation.cancelled_at.isoformat() if cancellation else None,
                "cancel_reason": cancellation.reason if cancellation else None,
            }
        )
    cents = session.scalar(
        select(func.coalesce(func.sum(raw_column(MoneyEvent.amount)), 0)).where(
            MoneyEvent.patient_id == patient_id
        )
    )
    owed = Decimal(int(cents or 0)).scaleb(-2)
    return {
        "courses": courses,
        "money_events": events,
        "receipts": receipt_rows,
        "balance_owed": str(owed.quantize(Decimal("0.01"))),
        "currency": events[-1]["currency"] if events else "",
    }


def remove_money_reasons(session: Session, patient_id: int) -> dict[str, int]:
    """Anonymising: keep every money row, remove the free-text reasons typed about the patient.

    Returns how many rows were kept and how many reasons were removed (for the audit event).
    """
    event_ids = select(MoneyEvent.id).where(MoneyEvent.patient_id == patient_id)
    receipt_ids = select(Receipt.id).where(Receipt.money_event_id.in_(event_ids))
    kept = {
        "money_events_kept": _count(
            session,
            select(func.count()).select_from(MoneyEvent).where(MoneyEvent.patient_id == patient_id),
        ),
        "receipts_kept": _count(
            session, select(func.count()).select_from(Receipt).where(Receipt.id.in_(receipt_ids))
        ),
    }
    removed = _updated(
        session,
        update(MoneyEvent)
        .where(MoneyEvent.patient_id == patient_id, MoneyEvent.reason != "")
        .values(reason=""),
    )
    removed += _updated(
        session,
        update(ReceiptCancellation)
        .where(ReceiptCancellation.receipt_id.in_(receipt_ids), ReceiptCancellation.reason != "")
        .values(reason=""),
    )
    courses = list(
        session.scalars(
            select(Course).where(Course.patient_id == patient_id, Course.closed_reason != "")
        )
    )
    for course in courses:  # through the ORM: the course's row version moves on
        course.closed_reason = ""
    removed += len(courses)
    return {**kept, "money_reasons_removed": removed}


def _count(session: Session, statement: Any) -> int:
    return int(session.scalar(statement) or 0)


def _updated(session: Session, statement: Any) -> int:
    result = session.execute(statement.execution_options(synchronize_session=False))
    assert isinstance(result, CursorResult)
    return int(result.rowcount)
