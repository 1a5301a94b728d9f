"""Importing a photo into one treated area of a session (physicians and admins only).

The patient must have a valid clinical photography consent; the file is checked and prepared
(images.py) before the transaction, then the photo and its three renditions are written in one
transaction with an audit event. The audit holds ids, kind, angle, sizes and the hash: never
the file name (it often carries the patient's name) nor any pixel.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import ConsentKind, PhotoAngle, PhotoKind, PhotoRendition
from db.models import PhotoBlob, SessionArea, TreatmentPhoto, TreatmentSession
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.consent.signing import missing_in_session
from desktop.services.photos.images import PreparedPhoto, Rendition, prepare_photo

IMPORT_ACTION = "photo.import"
ENTITY = "treatment_photo"


@dataclass(frozen=True)
class ImportedPhoto:
    id: int
    patient_id: int
    session_id: int
    session_area_id: int
    kind: PhotoKind
    angle: PhotoAngle
    taken_at: datetime
    width: int
    height: int
    sha256: str


def import_photo(
    ctx: ServiceContext,
    session_area_id: int,
    kind: str,
    angle: str,
    data: bytes,
    file_name: str,
) -> ImportedPhoto:
    """Store one photo of a treated area; raises ValidationError (nothing stored) on a bad
    file, a missing photography consent, an unknown kind or angle."""
    require(ctx, Permission.RECORD_TREATMENT)
    try:
        photo_kind = PhotoKind(kind)
    except ValueError:
        raise ValidationError(
            {"kind": msg("Choose whether the photo is before, after or a follow-up.")}
        ) from None
    try:
        photo_angle = PhotoAngle(angle)
    except ValueError:
        raise ValidationError(
            {"angle": msg("Choose the angle the photo was taken from.")}
        ) from None
    with ctx.database.read() as session:
        patient_id = _patient_of_area(session_area_id, session)
        _require_photo_consent(session, patient_id)
    # The slow part (decode, renditions) runs outside any transaction.
    prepared = prepare_photo(data, file_name, ctx.zone)
    with ctx.database.write() as session:
        area = session.get(SessionArea, session_area_id)
        if area is None:
            raise NotFound(msg("This treated area no longer exists. Reload the session."))
        treatment = session.get(TreatmentSession, area.session_id)
        assert treatment is not None  # a foreign key
        # Checked again in the writing transaction: a withdrawal may have come in between.
        _require_photo_consent(session, treatment.patient_id)
        now = ctx.now()
        photo = TreatmentPhoto(
            patient_id=treatment.patient_id,
            session_id=treatment.id,
            area_id=area.area_id,
            session_area_id=area.id,
            kind=photo_kind,
            angle=photo_angle,
            taken_at=prepared.taken_at or now,
            imported_at=now,
            imported_by_id=ctx.actor.staff_id,
            sha256=prepared.sha256,
            width=prepared.original.width,
            height=prepared.original.height,
            media_type=prepared.original.media_type,
            hidden=False,
        )
        session.add(photo)
        session.flush()
        for rendition, stored in _renditions(prepared):
            session.add(
                PhotoBlob(
                    photo_id=photo.id,
                    rendition=rendition,
                    media_type=stored.media_type,
                    width=stored.width,
                    height=stored.height,
                    sha256=hashlib.sha256(stored.data).hexdigest(),
                    data=stored.data,
                )
            )
        record_event(
            session,
            ctx,
            IMPORT_ACTION,
            entity=ENTITY,
            entity_id=photo.id,
            patient_id=treatment.patient_id,
            details={
                "session_id": treatment.id,
                "session_area_id": area.id,
                "kind": photo_kind.value,
                "angle": photo_angle.value,
                "sha256": prepared.sha256,
                "bytes": len(prepared.original.data),
                "width": photo.width,
                "height": photo.height,
            },
        )
        return ImportedPhoto(
            photo.id,
            photo.patient_id,
            photo.session_id,
            area.id,
            photo_kind,
            photo_angle,
            photo.taken_at,
            photo.width,
            photo.height,
            photo.sha256,
        )


def _renditions(prepared: PreparedPhoto) -> list[tuple[PhotoRendition, Rendition]]:
    return [
        (PhotoRendition.ORIGINAL, prepared.original),
        (PhotoRendition.SCREEN, prepared.screen),
        (PhotoRendition.THUMB, prepared.thumb),
    ]


def _patient_of_area(session_area_id: int, session: Session) -> int:
    patient_id = session.scalar(
        select(TreatmentSession.patient_id)
        .join(SessionArea, SessionArea.session_id == TreatmentSession.id)
        .where(SessionArea.id == session_area_id)
    )
    if patient_id is None:
        raise NotFound(msg("This treated area no longer exists. Reload the session."))
    return int(patient_id)


def _require_photo_consent(session: Session, patient_id: int) -> None:
    if missing_in_session(session, patient_id, [ConsentKind.PHOTOGRAPHY]):
        raise ValidationError(
            {
                "consent": msg(
                    "This patient has not consented to clinical photography (or withdrew "
                    "the consent): no photo can be taken. Ask the patient to sign the "
                    "photography consent first."
                )
            }
        )
