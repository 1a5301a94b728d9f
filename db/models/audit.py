from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import JSONDocument, UTCDateTime


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
    # JSON text: {"field": [before, after], ...} or free details for prints/exports.
    # Deliberately Text, not a JSON column: these exact characters are part of the signed
    # row (common/audit.py canonical()). A JSON column would re-serialise them (JSONB
    # reorders keys and respaces; SQLite's JSON type escapes non-ASCII), so rows signed
    # before would no longer verify.
    details: Mapped[str] = mapped_column(Text, default="{}")
    workstation: Mapped[str] = mapped_column(String(100), default="")
    # Tamper evidence: HMAC over this row and the previous row's chain value.
    chain_hmac: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ix_audit_event_patient", "patient_id", "occurred_at"),)


class Setting(Base):
    """A clinic-wide setting (clinic identity, healing interval, ...); see services/settings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONDocument())
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
