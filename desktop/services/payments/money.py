"""Deposits, payments and refunds, and the patient's balance.

Every event is one signed ``MoneyEvent`` (+ the patient owes more, − the patient paid), so
``balance`` is exactly the sum of the patient's events, summed in SQL over scaled integers.
Reception takes deposits and payments; a refund needs a physician or an administrator and
a reason. Every event is in the audit chain in the transaction that writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.codes import MoneyKind, PaymentMethod
from db.models import (
    Course,
    MoneyEvent,
    Patient,
    PriceList,
    Receipt,
    ReceiptCancellation,
    Staff,
    TreatmentSession,
)
from db.types import raw_column
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.payments.amounts import checked_amount, required_reason
from desktop.services.payments.rows import Balance, MoneyEventRow

TAKEN = (MoneyKind.DEPOSIT, MoneyKind.PAYMENT)
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class PaymentInput:
    patient_id: int
    amount: object  # Decimal, int or the text typed ("1250,50"); checked by checked_amount
    method: str  # PaymentMethod
    kind: str = MoneyKind.PAYMENT  # DEPOSIT or PAYMENT
    course_id: int | None = None
    session_id: int | None = None


def take_payment(ctx: ServiceContext, data: PaymentInput) -> MoneyEventRow:
    """Record a deposit or a payment against the patient (and a course or a session)."""
    require(ctx, Permission.TAKE_PAYMENTS)
    if data.kind not in TAKEN:
        raise ValidationError({"kind": msg("Choose a deposit or a payment.")})
    return _write(ctx, data, MoneyKind(data.kind), sign=-1, reason="")


def refund(ctx: ServiceContext, data: PaymentInput, reason: str) -> MoneyEventRow:
    """Give money back (physician or administrator, with a reason)."""
    require(ctx, Permission.REFUND_PAYMENTS)
    why = required_reason(reason)
    return _write(ctx, data, MoneyKind.REFUND, sign=1, reason=why)


def balance(ctx: ServiceContext, patient_id: int) -> Balance:
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        return balance_in(session, patient_id)


def balance_in(session: Session, patient_id: int) -> Balance:
    found = session.execute(
        select(MoneyEvent.kind, func.coalesce(func.sum(raw_column(MoneyEvent.amount)), 0))
        .where(MoneyEvent.patient_id == patient_id)
        .group_by(MoneyEvent.kind)
    ).all()
    # Summed as the stored hundredths (exact integers on both engines), converted once.
    cents: dict[str, int] = {str(kind): int(value) for kind, value in found}
    charged = Decimal(cents.get(MoneyKind.CHARGE, 0)).scaleb(-2)
    owed = Decimal(sum(cents.values())).scaleb(-2)
    return Balance(
        patient_id=patient_id,
        owed=owed.quantize(ZERO),
        charged=charged.quantize(ZERO),
        paid=(charged - owed).quantize(ZERO),
        currency=_currency(session, patient_id),
    )


def events_of(ctx: ServiceContext, patient_id: int) -> list[MoneyEventRow]:
    """The patient's money events, oldest first, with their receipts."""
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        events = session.scalars(
            select(MoneyEvent)
            .where(MoneyEvent.patient_id == patient_id)
            .order_by(MoneyEvent.at, MoneyEvent.id)
        )
        return [event_row(session, e) for e in events]


def event_row(session: Session, event: MoneyEvent) -> MoneyEventRow:
    receipt = session.scalar(select(Receipt).where(Receipt.money_event_id == event.id))
    cancelled = receipt is not None and (
        session.scalar(
            select(ReceiptCancellation.id).where(ReceiptCancellation.receipt_id == receipt.id)
        )
        is not None
    )
    staff = session.get(Staff, event.staff_id) if event.staff_id is not None else None
    return MoneyEventRow(
        id=event.id,
        patient_id=event.patient_id,
        course_id=event.course_id,
        session_id=event.session_id,
        kind=event.kind,
        method=event.method,
        amount=event.amount,
        currency=event.currency,
        at=event.at,
        staff_name=staff.full_name if staff is not None else "PeelDesk",
        reason=event.reason,
        receipt_number=receipt.number if receipt is not None else None,
        receipt_cancelled=cancelled,
        receipt_id=receipt.id if receipt is not None else None,
    )


def _write(
    ctx: ServiceContext, data: PaymentInput, kind: MoneyKind, *, sign: int, reason: str
) -> MoneyEventRow:
    amount = checked_amount(data.amount)
    if data.method not in set(PaymentMethod):
        raise ValidationError({"method": msg("Choose cash, card or bank transfer.")})
    with ctx.database.write() as session:
        if session.get(Patient, data.patient_id) is None:
            raise NotFound(msg("This patient no longer exists."))
        _check_target(session, data)
        event = MoneyEvent(
            patient_id=data.patient_id,
            course_id=data.course_id,
            session_id=data.session_id,
            kind=kind,
            method=PaymentMethod(data.method),
            amount=sign * amount,
            currency=_currency(session, data.patient_id),
            at=ctx.now(),
            staff_id=ctx.actor.staff_id,
            reason=reason,
        )
        session.add(event)
        session.flush()
        record_event(
            session,
            ctx,
            f"money.{kind.value}",
            entity="money_event",
            entity_id=event.id,
            patient_id=event.patient_id,
            details=audit_details(event),
        )
        return event_row(session, event)


def audit_details(event: MoneyEvent) -> dict[str, object]:
    return {
        "kind": str(event.kind),
        "method": None if event.method is None else str(event.method),
        "amount": str(event.amount),
        "currency": event.currency,
        "course": event.course_id,
        "session": event.session_id,
        "reason": event.reason,
    }


def _check_target(session: Session, data: PaymentInput) -> None:
    if data.course_id is not None:
        course = session.get(Course, data.course_id)
        if course is None or course.patient_id != data.patient_id:
            raise ValidationError({"course": msg("This course is not the patient's.")})
    if data.session_id is not None:
        row = session.get(TreatmentSession, data.session_id)
        if row is None or row.patient_id != data.patient_id:
            raise ValidationError({"session": msg("This session is not the patient's.")})


def _currency(session: Session, patient_id: int) -> str:
    """The patient's courses' currency, else the current price list's (TRY by default)."""
    currency = session.scalar(
        select(Course.currency).where(Course.patient_id == patient_id).order_by(Course.id.desc())
    )
    if currency:
        return str(currency)
    current = session.scalar(
        select(PriceList.currency)
        .where(PriceList.published_at.is_not(None))
        .order_by(PriceList.version.desc())
    )
    return str(current or "TRY")
