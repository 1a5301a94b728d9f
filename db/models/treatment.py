from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Timestamps
from db.types import ScaledDecimal, UTCDateTime

SESSION_STATUSES = ("planned", "done", "cancelled", "no_show")
ANAESTHESIA = ("none", "topical", "local")


class TreatmentSession(Timestamps, Base):
    __tablename__ = "treatment_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    physician_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    status: Mapped[str] = mapped_column(String(12), default="planned")
    # JSON lists of codes (indications, combined procedures, prescribed products).
    indications: Mapped[str] = mapped_column(Text, default="[]")
    anaesthesia: Mapped[str] = mapped_column(String(10), default="none")
    combined_procedures: Mapped[str] = mapped_column(Text, default="[]")
    aftercare_products: Mapped[str] = mapped_column(Text, default="[]")
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quote.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    areas: Mapped[list[SessionArea]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SessionArea.id"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="FollowUp.recorded_at"
    )

    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (
        Index("ix_treatment_session_patient_starts", "patient_id", "starts_at"),
        Index("ix_treatment_session_physician_starts", "physician_id", "starts_at"),
    )


class SessionArea(Base):
    """One treated (or planned) area of a session, with the physician's settings."""

    __tablename__ = "session_area"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_session.id", ondelete="CASCADE"), index=True
    )
    area_id: Mapped[int] = mapped_column(ForeignKey("treatment_area.id"), index=True)
    size_cm2: Mapped[Decimal] = mapped_column(ScaledDecimal(2))
    depth_um: Mapped[int | None] = mapped_column(Integer)
    passes: Mapped[int | None] = mapped_column(Integer)
    device: Mapped[str] = mapped_column(String(80), default="")
    mode: Mapped[str] = mapped_column(String(40), default="")
    fluence_j_cm2: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    spot_size_mm: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    immediate_reaction: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[TreatmentSession] = relationship(back_populates="areas")


FOLLOW_UP_KINDS = ("day_3_4", "week_1", "other")
ADVERSE_EVENTS = (
    "prolonged_redness",
    "blistering",
    "pigment_change",
    "infection",
    "herpes_flare",
    "scarring",
)


class FollowUp(Base):
    """A note recorded after a session: the day 3-4 check, the one-week review, ..."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_session.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12), default="other")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reaction: Mapped[str] = mapped_column(Text, default="")
    healing: Mapped[str] = mapped_column(Text, default="")
    adverse_events: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    session: Mapped[TreatmentSession] = relationship(back_populates="follow_ups")
