"""Reading photos (physicians and admins only; reception sees none, like clinical notes).

Every read hides the photos of a patient without a valid clinical photography consent
(never signed or withdrawn) and each photo marked hidden. Lists carry thumbnails only;
screen-sized and original bytes are read one photo at a time (``photo_rendition``).
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

HIDE_ACTION = "photo.hide"
SHOW_ACTION = "photo.show"


@dataclass(frozen=True)
class PhotoRow:
    """One photo in a patient's grid: group by (session_id, area_id)."""

    id: int
    session_id: int
    session_starts_at: datetime
    area_id: int  # the catalog area (name: sessions' area catalog)
    # The session's row for that area (its depth); None once the area was taken off the session.
    session_area_id: int | None
    depth_um: int | None
    kind: PhotoKind
    angle: PhotoAngle
    taken_at: datetime
    width: int
    height: int
    thumbnail_jpeg: bytes


@dataclass(frozen=True)
class PhotoImage:
    photo_id: int
    rendition: PhotoRendition
    media_type: str  # "image/jpeg" or "image/png"
    width: int
    height: int
    data: bytes


def photos_allowed(session: Session, patient_id: int) -> bool:
    """Whether this patient's photos may be shown at all (a valid photography consent)."""
    return not missing_in_session(session, patient_id, [ConsentKind.PHOTOGRAPHY])


def list_photos(ctx: ServiceContext, patient_id: int) -> list[PhotoRow]:
    """The patient's visible photos, by session time, area, kind, angle and time taken."""
    require(ctx, Permission.VIEW_CLINICAL)
    with ctx.database.read() as session:
        if not photos_allowed(session, patient_id):
            return []
        rows = session.execute(
            select(TreatmentPhoto, TreatmentSession.starts_at, SessionArea.depth_um, PhotoBlob.data)
            .join(TreatmentSession, TreatmentSession.id == TreatmentPhoto.session_id)
            .outerjoin(SessionArea, SessionArea.id == TreatmentPhoto.session_area_id)
            .join(
                PhotoBlob,
                (PhotoBlob.photo_id == TreatmentPhoto.id)
                & (PhotoBlob.rendition == PhotoRendition.THUMB),
            )
            .where(TreatmentPhoto.patient_id == patient_id, TreatmentPhoto.hidden.is_(False))
            .order_by(
                TreatmentSession.starts_at,
                TreatmentPhoto.area_id,
                TreatmentPhoto.taken_at,
                TreatmentPhoto.id,
            )
        ).all()
    kind_order = {kind: n for n, kind in enumerate(PhotoKind)}
    result = [
        PhotoRow(
            photo.id,
            photo.session_id,
            starts_at,
            photo.area_id,
            photo.session_area_id,
            depth_um,
            photo.kind,
            photo.angle,
            photo.taken_at,
            photo.width,
            photo.height,
            thumb,
        )
        for photo, starts_at, depth_um, thumb in rows
    ]
    # Stable: within an area of a session, before, then after, then follow-up.
    result.sort(key=lambda r: (r.session_starts_at, r.session_id, r.area_id, kind_order[r.kind]))
    return result


def _visible_photo(session: Session, photo_id: int) -> TreatmentPhoto:
    photo = session.get(TreatmentPhoto, photo_id)
    if photo is None:
        raise NotFound(msg("This photo no longer exists. Reload the list."))
    if photo.hidden or not photos_allowed(session, photo.patient_id):
        raise NotFound(msg("This photo is hidden: the patient has withdrawn consent for its use."))
    return photo


def photo_rendition(ctx: ServiceContext, photo_id: int, size: str = "screen") -> PhotoImage:
    """The bytes of one photo: ``"thumb"`` (≤ 256 px), ``"screen"`` (≤ 2048 px, both JPEG)
    or ``"original"`` (upright, without EXIF: JPEG as imported, or PNG)."""
    require(ctx, Permission.VIEW_CLINICAL)
    try:
        rendition = PhotoRendition(size)
    except ValueError:
        raise ValidationError({"size": msg("Choose thumbnail, screen or original.")}) from None
    with ctx.database.read() as session:
        _visible_photo(session, photo_id)
        blob = session.get(PhotoBlob, (photo_id, rendition))
        if blob is None:
            raise NotFound(msg("This photo no longer exists. Reload the list."))
        return PhotoImage(
            photo_id, rendition, blob.media_type, blob.width, blob.height, bytes(blob.data)
        )


def verify_photo(ctx: ServiceContext, photo_id: int) -> bool:
    """Whether the stored original still has the content hash it had at import, and each
    rendition the hash it was stored with."""
    require(ctx, Permission.VIEW_CLINICAL)
    with ctx.database.read() as session:
        photo = session.get(TreatmentPhoto, photo_id)
        if photo is None:
            raise NotFound(msg("This photo no longer exists. Reload the list."))
        blobs = list(session.scalars(select(PhotoBlob).where(PhotoBlob.photo_id == photo_id)))
        found = {blob.rendition: hashlib.sha256(bytes(blob.data)).hexdigest() for blob in blobs}
        return (
            len(blobs) == len(PhotoRendition)
            and found.get(PhotoRendition.ORIGINAL) == photo.sha256
            and all(found[blob.rendition] == blob.sha256 for blob in blobs)
        )


def set_photo_hidden(ctx: ServiceContext, photo_id: int, hidden: bool) -> None:
    """Hide one photo from every read (the patient withdrew it) or show it again; audited."""
    require(ctx, Permission.RECORD_TREATMENT)
    with ctx.database.write() as session:
        photo = session.get(TreatmentPhoto, photo_id)
        if photo is None:
            raise NotFound(msg("This photo no longer exists. Reload the list."))
        if photo.hidden == hidden:
            return
        photo.hidden = hidden
        session.flush()
        record_event(
            session,
            ctx,
            HIDE_ACTION if hidden else SHOW_ACTION,
            entity="treatment_photo",
            entity_id=photo.id,
            patient_id=photo.patient_id,
        )
