"""Receipts: numbered gap-free per year (R-2026-0001), frozen, cancelled by a counter-entry.

``issue_receipt`` takes the next number of the year's counter inside its write transaction
(desktop/services/common/sequences.py), so two desks never share a number and a refused
issue burns none. The receipt stores the balance left right after its payment, so a reprint
years later reads the same. ``cancel_receipt`` (physician or administrator, with a reason)
never edits the receipt: it writes a ``ReceiptCancellation`` and a ``CORRECTION`` money event
that takes the payment back, so the balance stays the sum of the events.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.codes import MoneyKind
from db.models import Course, MoneyEvent, Patient, Receipt, ReceiptCancellation, Staff
from db.types import raw_column
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.common.sequences import next_value
from desktop.services.payments.amounts import required_reason
from desktop.services.payments.courses import course_row
from desktop.services.payments.money import audit_details
from desktop.services.payments.rows import ReceiptRow
from desktop.services.settings.store import clinic_identity

RECEIPTED = (MoneyKind.DEPOSIT, MoneyKind.PAYMENT, MoneyKind.REFUND)


def issue_receipt(ctx: ServiceContext, money_event_id: int) -> ReceiptRow:
    """Number and freeze the receipt of a deposit, payment or refund (one per event)."""
    require(ctx, Permission.TAKE_PAYMENTS)
    with ctx.database.write() as session:
        event = session.get(MoneyEvent, money_event_id)
        if event is None:
            raise NotFound(msg("This payment no longer exists."))
        if event.kind not in RECEIPTED:
            raise ValidationError(
                {"payment": msg("Only a deposit, a payment or a refund gets a receipt.")}
            )
        if session.scalar(select(Receipt.id).where(Receipt.money_event_id == event.id)):
            raise ValidationError(
                {"payment": msg("This payment already has a receipt; print that one again.")}
            )
        if session.scalar(select(MoneyEvent.id).where(MoneyEvent.corrects_id == event.id)):
            raise ValidationError({"payment": msg("This payment was taken back.")})
        year = ctx.now().astimezone(ctx.zone).year
        number = f"R-{year}-{next_value(session, f'receipt-{year}'):04d}"
        receipt = Receipt(
            number=number,
            money_event_id=event.id,
            issued_at=ctx.now(),
            issued_by_id=ctx.actor.staff_id,
            balance_after=_owed_up_to(session, event),
        )
        session.add(receipt)
        session.flush()
        record_event(
            session,
            ctx,
            "receipt.issue",
            entity="receipt",
            entity_id=receipt.id,
            patient_id=event.patient_id,
            details={"number": number, **audit_details(event)},
        )
        return receipt_row(session, receipt)


def cancel_receipt(ctx: ServiceContext, receipt_id: int, reason: str) -> ReceiptRow:
    """Cancel a wrong receipt: a counter-entry takes its payment back; nothing is edited."""
    require(ctx, Permission.CANCEL_RECEIPTS)
    why = required_reason(reason)
    with ctx.database.write() as session:
        receipt = _load(session, receipt_id)
        if session.scalar(
            select(ReceiptCancellation.id).where(ReceiptCancellation.receipt_id == receipt.id)
        ):
            raise ValidationError({"receipt": msg("This receipt is already cancelled.")})
        event = session.get_one(MoneyEvent, receipt.money_event_id)
        correction = MoneyEvent(
            patient_id=event.patient_id,
            course_id=event.course_id,
            session_id=event.session_id,
            kind=MoneyKind.CORRECTION,
            method=event.method,
            amount=-event.amount,
            currency=event.currency,
            at=ctx.now(),
            staff_id=ctx.actor.staff_id,
            reason=why,
            corrects_id=event.id,
        )
        session.add(correction)
        session.flush()
        session.add(
            ReceiptCancellation(
                receipt_id=receipt.id,
                cancelled_at=ctx.now(),
                cancelled_by_id=ctx.actor.staff_id,
                reason=why,
                correction_id=correction.id,
            )
        )
        session.flush()
        record_event(
            session,
            ctx,
            "receipt.cancel",
            entity="receipt",
            entity_id=receipt.id,
            patient_id=event.patient_id,
            details={"number": receipt.number, "correction": correction.id, "reason": why},
        )
        return receipt_row(session, receipt)


def get_receipt(ctx: ServiceContext, receipt_id: int) -> ReceiptRow:
    require(ctx, Permission.TAKE_PAYMENTS)
    with ctx.database.read() as session:
        return receipt_row(session, _load(session, receipt_id))


def find_receipt(ctx: ServiceContext, number: str) -> ReceiptRow:
    """The receipt with this number (R-2026-0001; case and spaces around it do not matter)."""
    require(ctx, Permission.TAKE_PAYMENTS)
    wanted = (number or "").strip().upper()
    with ctx.database.read() as session:
        receipt = session.scalar(select(Receipt).where(Receipt.number == wanted))
        if receipt is None:
            raise NotFound(msg("There is no receipt numbered {number}.", number=wanted))
        return receipt_row(session, receipt)


@dataclass(frozen=True)
class ReceiptPdf:
    pdf: bytes
    receipt: ReceiptRow

    @property
    def suggested_name(self) -> str:
        return f"{self.receipt.number}.pdf"


def receipt_pdf(ctx: ServiceContext, receipt_id: int) -> ReceiptPdf:
    """The receipt's one-page PDF in the patient's language (ReportLab loaded only now)."""
    from desktop.printing.receipt import ReceiptPrint, build_receipt_pdf

    require(ctx, Permission.TAKE_PAYMENTS)
    with ctx.database.read() as session:
        receipt = _load(session, receipt_id)
        row = receipt_row(session, receipt)
        event = session.get_one(MoneyEvent, receipt.money_event_id)
        patient = session.get_one(Patient, event.patient_id)
        language = patient.language or "tr"
        name = f"{patient.given_name} {patient.family_name}"
        course = (
            course_row(session, session.get_one(Course, event.course_id))
            if event.course_id
            else None
        )
    data = ReceiptPrint(
        clinic=clinic_identity(ctx),
        language=language,
        number=row.number,
        patient_name=name,
        issued_on=row.issued_at.astimezone(ctx.zone).date(),
        kind=row.kind,
        method=row.method,
        amount=row.amount,
        currency=row.currency,
        balance_after=row.balance_after,
        issued_by=row.issued_by,
        cancelled=row.cancelled,
        course_areas=course.areas if course is not None else (),
        course_sessions=course.sessions_total if course is not None else 0,
    )
    return ReceiptPdf(pdf=build_receipt_pdf(data), receipt=row)


def receipt_row(session: Session, receipt: Receipt) -> ReceiptRow:
    event = session.get_one(MoneyEvent, receipt.money_event_id)
    cancellation = session.scalar(
        select(ReceiptCancellation).where(ReceiptCancellation.receipt_id == receipt.id)
    )
    staff = session.get(Staff, receipt.issued_by_id) if receipt.issued_by_id else None
    return ReceiptRow(
        id=receipt.id,
        number=receipt.number,
        money_event_id=event.id,
        patient_id=event.patient_id,
        issued_at=receipt.issued_at,
        issued_by=staff.full_name if staff is not None else "PeelDesk",
        kind=event.kind,
        method=event.method,
        amount=-event.amount,
        currency=event.currency,
        balance_after=receipt.balance_after,
        cancelled=cancellation is not None,
        cancel_reason=cancellation.reason if cancellation is not None else "",
    )


def _owed_up_to(session: Session, event: MoneyEvent) -> Decimal:
    cents = session.scalar(
        select(func.coalesce(func.sum(raw_column(MoneyEvent.amount)), 0))
        .where(MoneyEvent.patient_id == event.patient_id)
        .where(MoneyEvent.id <= event.id)
    )
    return Decimal(int(cents or 0)).scaleb(-2)


def _load(session: Session, receipt_id: int) -> Receipt:
    receipt = session.get(Receipt, receipt_id)
    if receipt is None:
        raise NotFound(msg("This receipt no longer exists."))
    return receipt
