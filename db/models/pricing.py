from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.codes import PriceRuleKind, PricingMethod
from db.models.base import Base, Timestamps
from db.types import Code, JSONList, ScaledDecimal, UTCDateTime


class PriceList(Timestamps, Base):
    """One version of the clinic's prices. Published versions are never edited."""

    __tablename__ = "price_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    currency: Mapped[str] = mapped_column(String(3), default="TRY")
    method: Mapped[PricingMethod] = mapped_column(
        Code(PricingMethod, 8), default=PricingMethod.BAND
    )
    per_cm2_price: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    minimum_charge: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    vat_rate_percent: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal("20"))
    prices_include_vat: Mapped[bool] = mapped_column(default=True)
    rounding_step: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal("1"))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # A draft's saves; a save from an older read is refused (two administrators' edits).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": row_version}

    bands: Mapped[list[PriceBand]] = relationship(
        cascade="all, delete-orphan", order_by="PriceBand.upper_cm2"
    )
    rules: Mapped[list[PriceRule]] = relationship(cascade="all, delete-orphan")


class PriceBand(Base):
    """Price for areas with lower_cm2 < size <= upper_cm2 (upper NULL: no limit)."""

    __tablename__ = "price_band"

    id: Mapped[int] = mapped_column(primary_key=True)
    price_list_id: Mapped[int] = mapped_column(
        ForeignKey("price_list.id", ondelete="CASCADE"), index=True
    )
    lower_cm2: Mapped[Decimal] = mapped_column(ScaledDecimal(2))
    upper_cm2: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    price: Mapped[Decimal] = mapped_column(ScaledDecimal(2))


class PriceRule(Base):
    """A discount rule: a combination of areas together, or a multi-session package."""

    __tablename__ = "price_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    price_list_id: Mapped[int] = mapped_column(
        ForeignKey("price_list.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[PriceRuleKind] = mapped_column(Code(PriceRuleKind, 16))
    label: Mapped[str] = mapped_column(String(100))
    # Area codes that must all be present (combination rules).
    area_codes: Mapped[list[str]] = mapped_column(JSONList(), default=list)
    min_sessions: Mapped[int | None] = mapped_column(Integer)  # package rules
    percent: Mapped[Decimal] = mapped_column(ScaledDecimal(2))
