"""A patient's own data, for an access request: everything PeelDesk holds about them.

JSON for machines (complete, every column) and a readable PDF built from the
same data. Exporting is audited with the file names, never with the content.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from db.models import AuditEvent, Patient, Quote, Staff, TreatmentArea, TreatmentSession
from db.paths import ensure_private_dir
from desktop.services.common.audit import record_event
from desktop.services.common.audit_values import REF, values_of
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ServiceError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.consent.export import consent_export
from desktop.services.payments.patient_data import money_export
from desktop.services.photos.patient_data import ExportedPhoto, photos_for_export
from desktop.services.settings import store as settings

EXPORT_FORMAT = 1
# Text columns that hold JSON (audit details, kept as signed text): exported as data,
# not as strings with brackets. JSON columns already read back as lists and maps.
_JSON_COLUMNS = {"details"}
# Internal bookkeeping, meaningless to the patient.
_SKIPPED_COLUMNS = {"row_version", "sort_key", "chain_hmac"}


@dataclass(frozen=True)
class ExportFiles:
    json_path: Path
    pdf_path: Path
    sessions: int
    quotes: int
    audit_events: int
    # The originals of the patient's photos, in a folder beside the JSON (named in its "photos").
    photo_folder: Path | None = None
    photos: int = 0
    money_events: int = 0  # charges, deposits, payments, refunds and corrections


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _columns(obj: Any) -> dict[str, Any]:
    values = {}
    for attr in inspect(obj).mapper.column_attrs:
        if attr.key in _SKIPPED_COLUMNS:
            continue
        value = getattr(obj, attr.key)
        if attr.key in _JSON_COLUMNS and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                pass
        values[attr.key] = _plain(value)
    return values


def _has_values(event: dict[str, Any]) -> bool:
    details = event.get("details")
    return isinstance(details, dict) and isinstance(details.get(REF), int)


def collect_patient_data(session: Session, patient_id: int, *, exported_at: datetime) -> dict:
    """Everything about one patient as plain JSON-able data."""
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(msg("This patient no longer exists. Search again."))
    areas = {a.id: a for a in session.scalars(select(TreatmentArea))}
    staff = {s.id: s.full_name for s in session.scalars(select(Staff))}
    sessions = []
    for treatment in session.scalars(
        select(TreatmentSession)
        .where(TreatmentSession.patient_id == patient_id)
        .order_by(TreatmentSession.starts_at)
    ):
        item = _columns(treatment)
        item["physician_name"] = staff.get(treatment.physician_id, "")
        item["areas"] = []
        for area in treatment.areas:
            row = _columns(area)
            catalog = areas.get(area.area_id)
            # Export format 1 names the two languages the clinic edits.
            row["area_name_en"] = catalog.names.get("en", "") if catalog else ""
            row["area_name_tr"] = catalog.names.get("tr", "") if catalog else ""
            item["areas"].append(row)
        item["follow_ups"] = [_columns(f) for f in treatment.follow_ups]
        sessions.append(item)
    quotes = []
    for quote in session.scalars(
        select(Quote).where(Quote.patient_id == patient_id).order_by(Quote.id)
    ):
        item = _columns(quote)
        item["lines"] = [_columns(line) for line in quote.lines]
        quotes.append(item)
    consents = consent_export(session, patient_id)
    photos, _ = photos_for_export(session, patient_id, with_bytes=False)
    events = [
        _columns(e)
        for e in session.scalars(
            select(AuditEvent)
            .where(AuditEvent.patient_id == patient_id)
            .order_by(AuditEvent.occurred_at, AuditEvent.id)
        )
    ]
    kept = values_of(session, [int(e["details"][REF]) for e in events if _has_values(e)])
    for item in events:
        if _has_values(item):
            # The person's own earlier values, kept apart from the signed event.
            item["values"] = kept.get(int(item["details"][REF]))
    clinic = settings.settings_in(session)
    return {
        "format": "peeldesk-patient-export",
        "format_version": EXPORT_FORMAT,
        "exported_at": exported_at.isoformat(),
        "clinic": {
            "name": clinic.clinic_name,
            "address": clinic.clinic_address,
            "phone": clinic.clinic_phone,
        },
        "patient": _columns(patient),
        "sessions": sessions,
        "quotes": quotes,
        "consents": consents,
        # Courses, money events, receipts and the balance (desktop/services/payments/patient_data.py).
        "money": money_export(session, patient_id),
        "photos": photos,
        "audit_events": events,
    }


def _file_stem(patient_id: int, ctx: ServiceContext) -> str:
    # No name in the file name: file listings and backups of Downloads are not private.
    return f"patient-{patient_id}-export-{ctx.today():%Y%m%d}"


def _write_private(path: Path, content: bytes) -> None:
    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def export_patient(ctx: ServiceContext, patient_id: int, folder: Path) -> ExportFiles:
    """Write PATIENT.json and PATIENT.pdf (owner-only) into ``folder``, audited."""
    require(ctx, Permission.EXPORT_PATIENT_DATA)
    with ctx.database.read() as session:
        data = collect_patient_data(session, patient_id, exported_at=ctx.now())
        _, photo_files = photos_for_export(session, patient_id, with_bytes=True)
    from desktop.printing.patient_export import render_patient_export

    pdf = render_patient_export(data, zone=ctx.zone)
    stem = _file_stem(patient_id, ctx)
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    photo_folder = folder / f"{stem}-photos" if photo_files else None
    try:
        ensure_private_dir(folder)
        _write_photos(photo_folder, photo_files)
        _write_private(json_path, json.dumps(data, ensure_ascii=False, indent=2).encode())
        _write_private(pdf_path, pdf)
    except OSError as error:
        raise ServiceError(
            msg(
                "The export could not be written to {folder} ({detail}). "
                "Choose another folder (a USB stick or your Documents folder).",
                folder=str(folder),
                detail=error.strerror or str(error),
            )
        ) from error
    with ctx.database.write() as session:
        record_event(
            session,
            ctx,
            "patient.export",
            entity="patient",
            entity_id=patient_id,
            patient_id=patient_id,
            details={
                "files": [json_path.name, pdf_path.name],
                "folder": str(folder),
                "photos": len(photo_files),
            },
        )
    return ExportFiles(
        json_path,
        pdf_path,
        len(data["sessions"]),
        len(data["quotes"]),
        len(data["audit_events"]),
        photo_folder,
        len(photo_files),
        len(data["money"]["money_events"]),
    )


def _write_photos(photo_folder: Path | None, photo_files: list[ExportedPhoto]) -> None:
    if photo_folder is None:
        return
    ensure_private_dir(photo_folder)
    for photo in photo_files:
        _write_private(photo_folder / photo.file_name, photo.data)
