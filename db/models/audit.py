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


class AuditPersonalValue(Base):
    """Personal values an audit event refers to (a patient's old and new name, phone...).

    Kept out of the signed chain so they can be erased: the event holds only which
    fields changed, this row's id and a salted SHA-256 of ``content``. Anonymisation
    empties ``content`` and ``salt``, and the chain still verifies; without the salt
    the digest says nothing about the erased values
    (desktop/services/common/audit_values.py).
    """

    __tablename__ = "audit_personal_value"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # Set once the event exists (the event is signed and names this row, not the reverse).
    event_id: Mapped[int | None] = mapped_column(Integer)
    salt: Mapped[str] = mapped_column(String(32), default="")
    # JSON text {"field": [before, after]}; None once erased.
    content: Mapped[str | None] = mapped_column(Text)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Setting(Base):
    """A clinic-wide setting (clinic identity, healing interval, ...); see services/settings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONDocument())
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
