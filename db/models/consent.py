"""Consent forms: versioned templates, the patient's signature, and withdrawals.

A published template version is frozen: a change is a new row with the next version. Signed
consents and withdrawals are never updated or deleted; each is also proven by an audit event
(desktop/services/consent/proof.py), so editing a row afterwards is reported by
``peeldesk audit verify``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.codes import ConsentKind, Language
from db.models.base import Base
from db.types import Code, JSONList, UTCDateTime


class ConsentTemplate(Base):
    """One published version of a consent form in one language (never edited once written)."""

    __tablename__ = "consent_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ConsentKind] = mapped_column(Code(ConsentKind, 24))
    language: Mapped[Language] = mapped_column(Code(Language, 5))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # NULL for the versions PeelDesk ships (seeded, not published by a person).
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Signatures on older versions of this kind and language no longer count.
    requires_reconsent: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        UniqueConstraint("kind", "language", "version", name="uq_consent_template_version"),
    )


class SignedConsent(Base):
    """A patient's signature under one template version, witnessed by a staff member."""

    __tablename__ = "signed_consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    template_id: Mapped[int] = mapped_column(ForeignKey("consent_template.id"))
    # SHA-256 (hex) of the exact text shown to the patient (title, blank line, body).
    text_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    witness_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    # [[[x, y, pressure, t_ms], ...], ...]: one list of points per pen stroke.
    strokes: Mapped[list[Any]] = mapped_column(JSONList(), default=list)
    # NULL once the patient is anonymised (the proof hash keeps the PNG's digest).
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    # SHA-256 over everything above (services/consent/proof.py); also in the audit event.
    proof_sha256: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_signed_consent_patient", "patient_id", "signed_at"),)


class ConsentWithdrawal(Base):
    """The patient took a consent back (never deleted; the signature stays on file)."""

    __tablename__ = "consent_withdrawal"

    id: Mapped[int] = mapped_column(primary_key=True)
    signed_consent_id: Mapped[int] = mapped_column(ForeignKey("signed_consent.id"), unique=True)
    withdrawn_at: Mapped[datetime] = mapped_column(UTCDateTime)
    witness_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
