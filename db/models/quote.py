from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.codes import QuoteStatus
from db.models.base import Base, Timestamps
from db.types import Code, ScaledDecimal


class Quote(Timestamps, Base):
    """A price quote; once issued, its lines are frozen copies of the prices then."""

    __tablename__ = "quote"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    price_list_id: Mapped[int] = mapped_column(ForeignKey("price_list.id"))
    status: Mapped[QuoteStatus] = mapped_column(Code(QuoteStatus, 10), default=QuoteStatus.DRAFT)
    issued_on: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="TRY")
    sessions: Mapped[int] = mapped_column(Integer, default=1)
    manual_discount_percent: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    manual_discount_amount: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    manual_discount_reason: Mapped[str] = mapped_column(Text, default="")
    subtotal: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    discount_total: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    vat_total: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    # Copied from the price list so an issued quote reads the same whatever happens later.
    vat_rate_percent: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    prices_include_vat: Mapped[bool] = mapped_column(default=True)
    rounding_total: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    lines: Mapped[list[QuoteLine]] = relationship(
        cascade="all, delete-orphan", order_by="QuoteLine.position"
    )

    __mapper_args__ = {"version_id_col": row_version}


class QuoteLine(Base):
    __tablename__ = "quote_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quote.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_area.id"))
    area_code: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200))
    size_cm2: Mapped[Decimal] = mapped_column(ScaledDecimal(2))
    band_label: Mapped[str] = mapped_column(String(60), default="")
    unit_price: Mapped[Decimal] = mapped_column(ScaledDecimal(2))
    sessions: Mapped[int] = mapped_column(Integer, default=1)
    discount_amount: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    discount_label: Mapped[str] = mapped_column(String(300), default="")
    vat_amount: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    rounding: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal(0))
    line_total: Mapped[Decimal] = mapped_column(ScaledDecimal(2))


class NumberSequence(Base):
    """Gap-free counters (e.g. quote numbers per year), bumped inside the issuing transaction."""

    __tablename__ = "number_sequence"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)
