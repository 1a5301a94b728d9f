"""Comparing photos of one treated area over time, and its printed comparison sheet.

A *series* is every visible photo of one patient's catalog area from one angle, oldest first:
the comparison view steps through it (previous / next in time) and the history's "Compare
photos…" offers one series per area and angle. Reading follows ``reading``'s rules (physicians
and admins; nothing without the photography consent; hidden photos never).

The sheet has two copies: the physician's file copy, and a copy for the patient, which shows
the photos outside the clinical record and so needs the patient's valid MARKETING consent,
checked here in the service whatever screen asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import ConsentKind, PhotoAngle, PhotoKind, PhotoRendition
from db.models import (
    Patient,
    PhotoBlob,
    SessionArea,
    TreatmentArea,
    TreatmentPhoto,
    TreatmentSession,
)
from desktop.formatting import Names, format_short_date, name_in
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.consent.signing import missing_in_session
from desktop.services.photos.reading import photos_allowed
from desktop.services.sessions.rows import names_from_stored
from desktop.services.settings import store as settings

if TYPE_CHECKING:  # ReportLab is imported at the first print, not with the services
    from desktop.printing.photo_sheet import SheetPhoto

SHEET_COPIES = ("file", "patient")
SHEET_SIZES = (2, 4)
SHEET_DOCUMENT = "photo_comparison"


@dataclass(frozen=True)
class ComparedPhoto:
    """One photo as the comparison shows it: what goes under it, without its bytes."""

    id: int
    patient_id: int
    session_id: int
    session_starts_at: datetime  # aware, UTC
    area_id: int
    area_names: Names
    angle: PhotoAngle
    kind: PhotoKind
    taken_at: datetime  # aware, UTC
    depth_um: int | None  # the area's depth in that session; None if taken off it
    width: int
    height: int


@dataclass(frozen=True)
class PhotoSeries:
    """Every visible photo of one area from one angle, oldest first."""

    area_id: int
    area_names: Names
    angle: PhotoAngle
    photos: tuple[ComparedPhoto, ...]


@dataclass(frozen=True)
class BuiltPhotoSheet:
    pdf: bytes
    patient_id: int
    patient_name: str
    copy: str
    photo_ids: tuple[int, ...]


def _compared(session: Session, patient_id: int) -> list[ComparedPhoto]:
    if not photos_allowed(session, patient_id):
        return []
    rows = session.execute(
        select(
            TreatmentPhoto,
            TreatmentSession.starts_at,
            SessionArea.depth_um,
            TreatmentArea.names,
        )
        .join(TreatmentSession, TreatmentSession.id == TreatmentPhoto.session_id)
        .join(TreatmentArea, TreatmentArea.id == TreatmentPhoto.area_id)
        .outerjoin(SessionArea, SessionArea.id == TreatmentPhoto.session_area_id)
        .where(TreatmentPhoto.patient_id == patient_id, TreatmentPhoto.hidden.is_(False))
        .order_by(TreatmentPhoto.taken_at, TreatmentPhoto.id)
    ).all()
    return [
        ComparedPhoto(
            photo.id,
            photo.patient_id,
            photo.session_id,
            starts_at,
            photo.area_id,
            names_from_stored(names),
            photo.angle,
            photo.kind,
            photo.taken_at,
            depth_um,
            photo.width,
            photo.height,
        )
        for photo, starts_at, depth_um, names in rows
    ]


def photo_series(ctx: ServiceContext, patient_id: int) -> list[PhotoSeries]:
    """The patient's photos grouped by area and angle (each oldest first), areas in the order
    of their first photo."""
    require(ctx, Permission.VIEW_CLINICAL)
    with ctx.database.read() as session:
        return _group(_compared(session, patient_id))


def series_of_photo(ctx: ServiceContext, photo_id: int) -> PhotoSeries:
    """The series (same patient, area and angle) a photo belongs to; NotFound if hidden."""
    require(ctx, Permission.VIEW_CLINICAL)
    with ctx.database.read() as session:
        photo = session.get(TreatmentPhoto, photo_id)
        if photo is None:
            raise NotFound(msg("This photo no longer exists. Reload the list."))
        photos = _compared(session, photo.patient_id)
    for series in _group(photos):
        if any(p.id == photo_id for p in series.photos):
            return series
    raise NotFound(msg("This photo is hidden: the patient has withdrawn consent for its use."))


def _group(photos: list[ComparedPhoto]) -> list[PhotoSeries]:
    grouped: dict[tuple[int, PhotoAngle], list[ComparedPhoto]] = {}
    for photo in photos:
        grouped.setdefault((photo.area_id, photo.angle), []).append(photo)
    return [
        PhotoSeries(area_id, items[0].area_names, angle, tuple(items))
        for (area_id, angle), items in grouped.items()
    ]


def check_sheet_copy(ctx: ServiceContext, patient_id: int, copy: str) -> None:
    """Refuse (ValidationError) what may not be printed: an unknown copy, or the patient copy
    without the patient's valid marketing consent. Physicians and admins only."""
    require(ctx, Permission.VIEW_CLINICAL)
    if copy not in SHEET_COPIES:
        raise ValidationError(
            {"copy": msg("Choose the physician's file copy or the patient copy.")}
        )
    if copy == "patient":
        with ctx.database.read() as session:
            missing = missing_in_session(session, patient_id, [ConsentKind.MARKETING])
        if missing:
            raise ValidationError(
                {
                    "copy": msg(
                        "The patient copy shows the photos outside the clinical record, so it "
                        "needs the patient's marketing consent, which is not signed (or was "
                        "withdrawn). Print the physician's file copy, or ask the patient to "
                        "sign the marketing consent first."
                    )
                }
            )


def _sheet_photos(
    session: Session, photos: Sequence[ComparedPhoto], ctx: ServiceContext
) -> list[SheetPhoto]:
    from desktop.printing.photo_sheet import SheetPhoto

    result = []
    for photo in photos:
        blob = session.get(PhotoBlob, (photo.id, PhotoRendition.SCREEN))
        if blob is None:
            raise NotFound(msg("This photo no longer exists. Reload the list."))
        result.append(
            SheetPhoto(
                bytes(blob.data),
                blob.width,
                blob.height,
                photo.kind.value,
                photo.angle.value,
                format_short_date(photo.taken_at.astimezone(ctx.zone)),
                format_short_date(photo.session_starts_at.astimezone(ctx.zone)),
                photo.depth_um,
            )
        )
    return result


def build_comparison_sheet(
    ctx: ServiceContext, photo_ids: Sequence[int], copy: str, language: str
) -> BuiltPhotoSheet:
    """The comparison sheet of two or four visible photos of one area, oldest first."""
    from desktop.printing.photo_sheet import PhotoSheet, build_photo_sheet_pdf

    require(ctx, Permission.VIEW_CLINICAL)
    wanted = list(dict.fromkeys(photo_ids))
    if len(wanted) not in SHEET_SIZES:
        raise ValidationError({"photos": msg("A comparison sheet holds two or four photos.")})
    with ctx.database.read() as session:
        first = session.get(TreatmentPhoto, wanted[0])
        if first is None:
            raise NotFound(msg("This photo no longer exists. Reload the list."))
        patient_id = first.patient_id
        visible = {p.id: p for p in _compared(session, patient_id)}
        missing = [n for n in wanted if n not in visible]
        if missing:
            raise NotFound(
                msg("A chosen photo is hidden or no longer exists. Reload and choose again.")
            )
        chosen = sorted((visible[n] for n in wanted), key=lambda p: (p.taken_at, p.id))
        if len({p.area_id for p in chosen}) > 1:
            raise ValidationError(
                {
                    "photos": msg(
                        "A comparison sheet shows one area: choose photos of the same area."
                    )
                }
            )
        patient = session.get(Patient, patient_id)
        assert patient is not None
        patient_name = f"{patient.given_name} {patient.family_name}"
        sheet_photos = _sheet_photos(session, chosen, ctx)
    check_sheet_copy(ctx, patient_id, copy)
    sheet = PhotoSheet(
        clinic=settings.clinic_identity(ctx),
        language=language,
        copy=copy,
        patient_name=patient_name,
        area_name=name_in(language, chosen[0].area_names),
        printed_on=format_short_date(ctx.now().astimezone(ctx.zone)),
        photos=tuple(sheet_photos),
    )
    return BuiltPhotoSheet(
        build_photo_sheet_pdf(sheet), patient_id, patient_name, copy, tuple(p.id for p in chosen)
    )


def sheet_document(copy: str) -> str:
    """The document name the print/save audit records for a copy."""
    return f"{SHEET_DOCUMENT}_{copy}"
