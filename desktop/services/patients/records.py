"""Registering, editing, archiving and reading patients."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from functools import cached_property

from sqlalchemy import ColumnElement, delete, insert, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.models import Patient, PatientSearchToken
from desktop.services.common.audit import changed_fields, record_event
from desktop.services.common.audit_values import keep_values, link_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, StaleRecord, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, allowed, require
from desktop.services.common.stale import stale_record, stale_record_after_conflict
from desktop.services.patients.tokens import patient_tokens, sort_key
from desktop.services.patients.validation import (
    PatientInput,
    display_phone,
    input_from_form,
    normalise_phone,
    validate_patient,
)
from desktop.services.settings import store as settings


@dataclass(frozen=True)
class PatientRow:
    """One line of a patient list."""

    id: int
    given_name: str
    family_name: str
    birth_date: date | None
    phone_e164: str | None
    archived: bool

    @cached_property
    def phone_display(self) -> str:
        # Formatted when a view first shows the row, not for every row of every page:
        # phonenumbers takes ~40 µs a number, several times the cost of the search itself.
        return display_phone(self.phone_e164)

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass(frozen=True)
class PatientDetail:
    """Everything the patient form shows; ``row_version`` is sent back on save."""

    id: int
    row_version: int
    data: PatientInput
    phone_e164: str | None
    phone_display: str
    archived: bool
    created_at: datetime
    updated_at: datetime
    # True when the actor may not see clinical notes: data.notes is then blank.
    clinical_hidden: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.data.given_name} {self.data.family_name}"


@dataclass(frozen=True)
class SaveResult:
    patient: PatientDetail
    created: bool


_INPUT_FIELDS = [f.name for f in fields(PatientInput) if f.name != "phone"]


def _detail(patient: Patient, ctx: ServiceContext) -> PatientDetail:
    values = {name: getattr(patient, name) for name in _INPUT_FIELDS}
    values["email"] = patient.email or ""
    # Reception sees no clinical notes: they never leave the service for that role.
    hidden = not allowed(ctx, Permission.VIEW_CLINICAL)
    if hidden:
        values["notes"] = ""
    return PatientDetail(
        id=patient.id,
        row_version=patient.row_version,
        data=PatientInput(phone=patient.phone_e164 or "", **values),
        phone_e164=patient.phone_e164,
        phone_display=display_phone(patient.phone_e164),
        archived=patient.archived,
        created_at=patient.created_at,
        updated_at=patient.updated_at,
        clinical_hidden=hidden,
    )


def row_from(patient: Patient) -> PatientRow:
    return PatientRow(
        id=patient.id,
        given_name=patient.given_name,
        family_name=patient.family_name,
        birth_date=patient.birth_date,
        phone_e164=patient.phone_e164,
        archived=patient.archived,
    )


def _write_tokens(session: Session, patient: Patient) -> None:
    session.execute(delete(PatientSearchToken).where(PatientSearchToken.patient_id == patient.id))
    tokens = patient_tokens(patient.given_name, patient.family_name, patient.phone_e164)
    if tokens:
        session.execute(
            insert(PatientSearchToken),
            [
                {"token": token, "sort_key": patient.sort_key, "patient_id": patient.id}
                for token in sorted(tokens)
            ],
        )


def _audit_values(values: dict) -> dict:
    # Audit stores which fields changed; free-text notes are recorded as changed, not copied.
    shown = dict(values)
    if "notes" in shown:
        shown["notes"] = f"<{len(shown['notes'] or '')} characters>"
    return shown


def register_patient(ctx: ServiceContext, data: PatientInput) -> PatientDetail:
    require(ctx, Permission.EDIT_PATIENTS)
    with ctx.database.write() as session:
        values = validate_patient(
            data, today=ctx.today(), default_region=settings.get(session, "default_region")
        )
        if values.get("notes") and not allowed(ctx, Permission.VIEW_CLINICAL):
            raise ValidationError({"notes": msg("Only physicians may write clinical notes.")})
        patient = Patient(
            **values,
            sort_key=sort_key(values["given_name"], values["family_name"]),
            created_by_id=ctx.actor.staff_id,
        )
        session.add(patient)
        session.flush()
        _write_tokens(session, patient)
        record_event(
            session,
            ctx,
            "patient.create",
            entity="patient",
            entity_id=patient.id,
            patient_id=patient.id,
            details={"fields": sorted(k for k, v in values.items() if v not in (None, "", False))},
        )
        return _detail(patient, ctx)


def update_patient(
    ctx: ServiceContext, patient_id: int, expected_version: int, data: PatientInput
) -> PatientDetail:
    require(ctx, Permission.EDIT_PATIENTS)
    with ctx.database.write() as session:
        patient = _load(session, patient_id)
        _ensure_version(session, ctx, patient, expected_version)
        values = validate_patient(
            data, today=ctx.today(), default_region=settings.get(session, "default_region")
        )
        if not allowed(ctx, Permission.VIEW_CLINICAL):
            # The form showed no notes to this role: keep the stored ones untouched.
            values["notes"] = patient.notes
        before = {key: getattr(patient, key) for key in values}
        changes = changed_fields(_audit_values(before), _audit_values(values))
        if not changes:
            return _detail(patient, ctx)
        for key, value in values.items():
            setattr(patient, key, value)
        patient.sort_key = sort_key(patient.given_name, patient.family_name)
        try:
            session.flush()
        except StaleDataError as error:
            raise _stale_after_conflict(ctx, patient_id) from error
        if {"given_name", "family_name", "phone_e164"} & changes.keys():
            _write_tokens(session, patient)
        # The signed event names the fields; the values stay where anonymisation can erase them.
        details = keep_values(session, patient.id, changes)
        event = record_event(
            session,
            ctx,
            "patient.update",
            entity="patient",
            entity_id=patient.id,
            patient_id=patient.id,
            details=details,
        )
        link_event(session, details, event)
        return _detail(patient, ctx)


def set_archived(
    ctx: ServiceContext, patient_id: int, expected_version: int, archived: bool
) -> PatientDetail:
    """Archive (or bring back) a patient. Patients are never deleted."""
    require(ctx, Permission.EDIT_PATIENTS)
    with ctx.database.write() as session:
        patient = _load(session, patient_id)
        _ensure_version(session, ctx, patient, expected_version)
        if patient.archived == archived:
            return _detail(patient, ctx)
        patient.archived = archived
        patient.archived_at = ctx.now() if archived else None
        try:
            session.flush()
        except StaleDataError as error:
            raise _stale_after_conflict(ctx, patient_id) from error
        record_event(
            session,
            ctx,
            "patient.archive" if archived else "patient.unarchive",
            entity="patient",
            entity_id=patient.id,
            patient_id=patient.id,
        )
        return _detail(patient, ctx)


def check_form(ctx: ServiceContext, values: dict) -> PatientInput:
    """Read a submitted form (dates as typed text) and report every bad field at once.

    Returns the PatientInput to save; raises one ValidationError naming all
    fields to fix, including those checked only after the dates are read.
    """
    try:
        data = input_from_form(values)
        date_errors: dict[str, str] = {}
    except ValidationError as error:
        date_errors = error.field_errors
        blanked = {**values, **dict.fromkeys(date_errors)}
        data = input_from_form(blanked)
    try:
        with ctx.database.read() as session:
            region = settings.get(session, "default_region")
        validate_patient(data, today=ctx.today(), default_region=region)
        other_errors: dict[str, str] = {}
    except ValidationError as error:
        other_errors = error.field_errors
    errors = {**other_errors, **date_errors}
    if errors:
        raise ValidationError(errors)
    return data


def get_patient(ctx: ServiceContext, patient_id: int) -> PatientDetail:
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        return _detail(_load(session, patient_id), ctx)


def find_duplicates(
    ctx: ServiceContext, data: PatientInput, *, exclude_id: int | None = None
) -> list[PatientRow]:
    """Patients with the same name and birth date, or the same phone number.

    A warning for the form, never a block: twins and shared family phones exist.
    """
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        region = settings.get(session, "default_region")

        conditions: list[ColumnElement[bool]] = []
        if data.birth_date and data.given_name.strip() and data.family_name.strip():
            conditions.append(
                (Patient.sort_key == sort_key(data.given_name.strip(), data.family_name.strip()))
                & (Patient.birth_date == data.birth_date)
            )
        phone = normalise_phone(data.phone, region) if data.phone.strip() else None
        if phone:
            conditions.append(Patient.phone_e164 == phone)
        if not conditions:
            return []
        stmt = select(Patient).where(or_(*conditions)).order_by(Patient.sort_key).limit(10)
        if exclude_id is not None:
            stmt = stmt.where(Patient.id != exclude_id)
        return [row_from(p) for p in session.scalars(stmt)]


def _load(session: Session, patient_id: int) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(msg("This patient no longer exists. Search again."))
    return patient


def _ensure_version(
    session: Session, ctx: ServiceContext, patient: Patient, expected_version: int
) -> None:
    if patient.row_version != expected_version:
        raise _stale(session, ctx, patient.id)


def _stale_after_conflict(ctx: ServiceContext, patient_id: int) -> StaleRecord:
    return stale_record_after_conflict(
        ctx, "patient", patient_id, msg("patient"), msg("reload the patient")
    )


def _stale(session: Session, ctx: ServiceContext, patient_id: int) -> StaleRecord:
    return stale_record(
        session, ctx, "patient", patient_id, msg("patient"), msg("reload the patient")
    )
