"""Removing a patient's identity on request while keeping the treatment records.

Clinics must keep treatment records for a legal retention period (the
``legal_retention_years`` setting, counted from the last session), so a
patient's request to be forgotten removes who they are (names, phone, e-mail,
birth date, free-text notes, search words, and the treatment photos: a face identifies) but
keeps what was done (sessions, treated areas, depths, follow-ups, quotes, screening answers).
Courses, money events and receipts are kept whole for the accounting retention period, with
the reasons typed at the desk removed (desktop/services/payments/patient_data.py). Signed consents keep what was
agreed, when and before whom, and their proof; the handwriting (pen strokes and signature image)
is removed, as it identifies the person (desktop/services/consent/export.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select, text

from db.codes import SessionStatus
from db.models import Patient, PatientSearchToken, Quote, TreatmentSession
from desktop.services.common.audit import record_event
from desktop.services.common.audit_values import erase_values, older_events_with_values
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, StaleRecord, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.consent.export import remove_signatures
from desktop.services.payments.patient_data import remove_money_reasons
from desktop.services.photos.patient_data import delete_patient_photos
from desktop.services.settings import store as settings

ANONYMISED_NAME = "Anonymised"


@dataclass(frozen=True)
class AnonymiseResult:
    patient_id: int
    sessions_kept: int
    quotes_kept: int
    records_kept_until: date


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def anonymise_patient(
    ctx: ServiceContext, patient_id: int, expected_version: int, *, reason: str
) -> AnonymiseResult:
    """Remove the identity of one patient; refused while sessions are still planned."""
    require(ctx, Permission.ANONYMISE_PATIENTS)
    reason = reason.strip()
    if len(reason) < 5:
        raise ValidationError(
            {
                "reason": msg(
                    "Write why the identity is removed, e.g. “written request of the "
                    "patient, 20.11.2026”. It is kept in the audit trail."
                )
            }
        )
    with ctx.database.write() as session:
        if session.get_bind().dialect.name == "sqlite":
            # Overwrite what is removed instead of leaving it in the file's free space
            # (the default of some SQLite builds, not of all).
            session.execute(text("PRAGMA secure_delete = ON"))
        patient = session.get(Patient, patient_id)
        if patient is None:
            raise NotFound(msg("This patient no longer exists. Search again."))
        if patient.row_version != expected_version:
            raise StaleRecord(
                msg(
                    "This patient was changed after you opened it. Nothing was removed: "
                    "reload the patient and try again."
                )
            )
        if patient.anonymised_at is not None:
            raise ValidationError({"patient": msg("This patient's identity was already removed.")})
        planned = session.scalar(
            select(func.count())
            .select_from(TreatmentSession)
            .where(
                TreatmentSession.patient_id == patient_id,
                TreatmentSession.status == SessionStatus.PLANNED,
                TreatmentSession.starts_at >= ctx.now(),
            )
        )
        if planned:
            raise ValidationError(
                {
                    "patient": msg(
                        "This patient still has {count} planned session(s). Cancel them "
                        "first: a booking without a name cannot be kept.",
                        count=planned,
                    )
                }
            )
        last_session = session.scalar(
            select(func.max(TreatmentSession.starts_at)).where(
                TreatmentSession.patient_id == patient_id,
                TreatmentSession.status == SessionStatus.DONE,
            )
        )
        sessions_kept = session.execute(
            select(func.count())
            .select_from(TreatmentSession)
            .where(TreatmentSession.patient_id == patient_id)
        ).scalar_one()
        quotes_kept = session.execute(
            select(func.count()).select_from(Quote).where(Quote.patient_id == patient_id)
        ).scalar_one()
        years = settings.get(session, "legal_retention_years")
        start = last_session.astimezone(ctx.zone).date() if last_session else ctx.today()
        kept_until = add_years(start, years)

        removed = [
            name
            for name in ("given_name", "family_name", "birth_date", "phone_e164", "email", "notes")
            if getattr(patient, name) not in (None, "")
        ]
        patient.given_name = ANONYMISED_NAME
        patient.family_name = ""
        patient.sort_key = "~anonymised"  # after every real name in sorted lists
        patient.birth_date = None
        patient.phone_e164 = None
        patient.email = None
        patient.notes = ""
        patient.anonymised_at = ctx.now()
        if not patient.archived:
            patient.archived = True
            patient.archived_at = ctx.now()
        session.execute(
            delete(PatientSearchToken).where(PatientSearchToken.patient_id == patient_id)
        )
        signatures_removed = remove_signatures(session, patient_id)
        photos_deleted = delete_patient_photos(session, patient_id)
        # Money rows stay (accounting law); only the reasons typed about the patient go.
        money_kept = remove_money_reasons(session, patient_id)
        # Old and new names, phones, e-mails of earlier edits: kept apart from the chain.
        values_erased = erase_values(session, ctx, patient_id)
        older_values = older_events_with_values(session, patient_id)
        session.flush()
        record_event(
            session,
            ctx,
            "patient.anonymise",
            entity="patient",
            entity_id=patient_id,
            patient_id=patient_id,
            details={
                "reason": reason,
                "removed_fields": removed,
                "sessions_kept": sessions_kept,
                "quotes_kept": quotes_kept,
                "signatures_removed": signatures_removed,
                "photos_deleted": photos_deleted,
                **money_kept,
                "audit_values_erased": values_erased,
                # Edits audited before values were kept apart still hold them (signed).
                "older_events_with_values": older_values,
                "records_kept_until": kept_until.isoformat(),
                "retention_years": years,
            },
        )
        return AnonymiseResult(patient_id, sessions_kept, quotes_kept, kept_until)
