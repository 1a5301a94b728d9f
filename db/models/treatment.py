from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.codes import AdverseEvent, Anaesthesia, FollowUpKind, SessionStatus
from db.models.base import Base, Timestamps
from db.types import Code, JSONList, ScaledDecimal, UTCDateTime


class TreatmentSession(Timestamps, Base):
    __tablename__ = "treatment_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    physician_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    status: Mapped[SessionStatus] = mapped_column(
        Code(SessionStatus, 12), default=SessionStatus.PLANNED
    )
    # Lists of codes (Indication, CombinedProcedure) and of prescribed product names.
    indications: Mapped[list[str]] = mapped_column(JSONList(), default=list)
    anaesthesia: Mapped[Anaesthesia] = mapped_column(
        Code(Anaesthesia, 10), default=Anaesthesia.NONE
    )
    combined_procedures: Mapped[list[str]] = mapped_column(JSONList(), default=list)
    aftercare_products: Mapped[list[str]] = mapped_column(JSONList(), default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quote.id"))
    # Sessions booked before rooms and devices existed have neither.
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    device_id: Mapped[int | None] = mapped_column(ForeignKey("laser_device.id"))
    pulses: Mapped[int | None] = mapped_column(Integer)  # shots fired, where recorded
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
        # The clash check reads each resource's sessions by start time (booking_clashes.py).
        Index("ix_treatment_session_room_starts", "room_id", "starts_at"),
        Index("ix_treatment_session_device_starts", "device_id", "starts_at"),
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


class FollowUp(Base):
    """A note recorded after a session: the day 3-4 check, the one-week review, ..."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_session.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[FollowUpKind] = mapped_column(Code(FollowUpKind, 12), default=FollowUpKind.OTHER)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reaction: Mapped[str] = mapped_column(Text, default="")
    healing: Mapped[str] = mapped_column(Text, default="")
    adverse_events: Mapped[list[AdverseEvent]] = mapped_column(JSONList(), default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    session: Mapped[TreatmentSession] = relationship(back_populates="follow_ups")
