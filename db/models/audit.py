from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime


class AuditEvent(Base):
    """Append-only record of who did what to which record, and when."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    patient_id: Mapped[int | None] = mapped_column(Integer)
    # JSON: {"field": [before, after], ...} or free details for prints/exports.
    details: Mapped[str] = mapped_column(Text, default="{}")
    workstation: Mapped[str] = mapped_column(String(100), default="")
    # Tamper evidence: HMAC over this row and the previous row's chain value.
    chain_hmac: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ix_audit_event_patient", "patient_id", "occurred_at"),)


class Setting(Base):
    """A clinic-wide setting (clinic identity, healing interval, ...) as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
