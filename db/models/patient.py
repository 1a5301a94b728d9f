from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.codes import Language, Sex
from db.models.base import Base, Timestamps
from db.types import BytewiseString, Code, UTCDateTime


class Patient(Timestamps, Base):
    __tablename__ = "patient"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    # fold(family + " " + given): ordering and duplicate checks, Turkish-aware.
    sort_key: Mapped[str] = mapped_column(BytewiseString(210), index=True)
    birth_date: Mapped[date | None] = mapped_column(Date, index=True)
    sex: Mapped[Sex] = mapped_column(Code(Sex, 8), default=Sex.UNSTATED)
    phone_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    language: Mapped[Language] = mapped_column(Code(Language, 5), default=Language.TURKISH)
    skin_type: Mapped[int | None] = mapped_column(Integer)  # Fitzpatrick I-VI as 1-6

    # Contraindication screening, asked on screened_on.
    screened_on: Mapped[date | None] = mapped_column(Date)
    isotretinoin: Mapped[bool] = mapped_column(Boolean, default=False)
    isotretinoin_last_dose: Mapped[date | None] = mapped_column(Date)
    pregnant_or_breastfeeding: Mapped[bool] = mapped_column(Boolean, default=False)
    herpes_history: Mapped[bool] = mapped_column(Boolean, default=False)
    anticoagulants: Mapped[bool] = mapped_column(Boolean, default=False)
    keloid_history: Mapped[bool] = mapped_column(Boolean, default=False)
    photosensitising_drugs: Mapped[bool] = mapped_column(Boolean, default=False)
    current_tan: Mapped[bool] = mapped_column(Boolean, default=False)

    consent_treatment_on: Mapped[date | None] = mapped_column(Date)
    consent_photos_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    search_tokens: Mapped[list[PatientSearchToken]] = relationship(
        back_populates="patient", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": row_version}


class PatientSearchToken(Base):
    """One searchable word of a patient: a folded name word, or '#'+a phone-digit suffix.

    Searching is a prefix range on ``token`` (the primary key's leading
    column), read in index order, so cost does not grow with the clinic.
    """

    __tablename__ = "patient_search_token"

    token: Mapped[str] = mapped_column(BytewiseString(120), primary_key=True)
    # Copy of Patient.sort_key so that equal tokens come out in name order,
    # straight from the index, with no sort step.
    sort_key: Mapped[str] = mapped_column(BytewiseString(210), primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patient.id", ondelete="CASCADE"), primary_key=True
    )
    patient: Mapped[Patient] = relationship(back_populates="search_tokens")

    # (patient_id, token): the "does this patient also match the other word" probes
    # of a multi-word search are index range lookups, and re-writing a patient's
    # tokens finds them without touching the table.
    __table_args__ = (Index("ix_patient_search_token_patient", "patient_id", "token"),)
