"""Courses bought through an accepted quote, money events, and receipts.

Nothing here is updated after it is written, except a course's counters and status:
- a ``MoneyEvent`` is one signed amount (its effect on what the patient owes: a charge is
  positive, a payment negative, a refund positive), so a patient's balance is exactly the
  sum of their events, computed in SQL over scaled integers on both engines;
- a ``Receipt`` is frozen once issued; a wrong one gets a ``ReceiptCancellation`` (who,
  when, why) and the payment it documented a ``CORRECTION`` counter-event.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.codes import CourseStatus, MoneyKind, PaymentMethod
from db.models.base import Base
from db.types import Code, ScaledDecimal, UTCDateTime


class Course(Base):
    """The sessions a patient bought by accepting a quote (its frozen lines are the areas)."""

    __tablename__ = "course"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quote.id"), unique=True)
    # Sessions bought with the quote, plus those added later by extending the course.
    sessions_bought: Mapped[int] = mapped_column(Integer)
    sessions_added: Mapped[int] = mapped_column(Integer, default=0)
    price: Mapped[Decimal] = mapped_column(ScaledDecimal(2))
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[CourseStatus] = mapped_column(Code(CourseStatus, 10), default=CourseStatus.OPEN)
    closed_reason: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": row_version}


class CourseSession(Base):
    """A session booked from a course; planned and done ones count, cancelled ones do not."""

    __tablename__ = "course_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"), index=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("treatment_session.id"), unique=True)


class MoneyEvent(Base):
    """One charge, deposit, payment, refund or correction; never edited or deleted."""

    __tablename__ = "money_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    course_id: Mapped[int | None] = mapped_column(ForeignKey("course.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_session.id"))
    kind: Mapped[MoneyKind] = mapped_column(Code(MoneyKind, 12))
    # None for charges; a correction copies its payment's method.
    method: Mapped[PaymentMethod | None] = mapped_column(Code(PaymentMethod, 16))
    # Signed: + the patient owes more (charge, refund), - the patient paid.
    amount: Mapped[Decimal] = mapped_column(ScaledDecimal(2))
    currency: Mapped[str] = mapped_column(String(3))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    # A correction points at the payment it takes back.
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("money_event.id"), unique=True)

    __table_args__ = (
        Index("ix_money_event_patient", "patient_id", "at"),
        Index("ix_money_event_at", "at"),
    )


class Receipt(Base):
    """A numbered receipt for one payment or refund (R-YYYY-NNNN, gap-free per year)."""

    __tablename__ = "receipt"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    money_event_id: Mapped[int] = mapped_column(ForeignKey("money_event.id"), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # What the patient still owed right after this payment (printed; frozen with the receipt).
    balance_after: Mapped[Decimal] = mapped_column(ScaledDecimal(2))


class ReceiptCancellation(Base):
    """The counter-entry that cancels a receipt; the receipt itself stays as issued."""

    __tablename__ = "receipt_cancellation"

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id"), unique=True)
    cancelled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    cancelled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text)
    correction_id: Mapped[int] = mapped_column(ForeignKey("money_event.id"), unique=True)
