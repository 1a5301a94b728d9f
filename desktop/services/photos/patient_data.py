"""What happens to photos when a patient is erased (deleted) or exports their data (copied).

Both run inside the caller's transaction (services/patients/anonymise.py, export.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, literal, select, update
from sqlalchemy.orm import Session

from db.codes import PhotoRendition
from db.models import PhotoBlob, SessionArea, TreatmentPhoto

_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png"}


def relink_session_photos(session: Session, session_id: int) -> None:
    """After a session's area rows were replaced (booking edit, recording), link its photos to
    the new row of their catalog area; photos of an area taken off the session stay unlinked
    (they keep their session and catalog area)."""
    session.flush()
    rows = session.execute(
        select(SessionArea.area_id, func.min(SessionArea.id))
        .where(SessionArea.session_id == session_id)
        .group_by(SessionArea.area_id)
    ).all()
    for area_id, session_area_id in rows:
        session.execute(
            update(TreatmentPhoto)
            .where(
                TreatmentPhoto.session_id == session_id,
                TreatmentPhoto.area_id == area_id,
                TreatmentPhoto.session_area_id.is_(None),
            )
            .values(session_area_id=session_area_id)
        )


def delete_patient_photos(session: Session, patient_id: int) -> int:
    """Delete every photo of the patient with its bytes; returns how many there were."""
    ids = select(TreatmentPhoto.id).where(TreatmentPhoto.patient_id == patient_id)
    count = session.scalar(select(func.count()).select_from(ids.subquery())) or 0
    session.execute(delete(PhotoBlob).where(PhotoBlob.photo_id.in_(ids)))
    session.execute(delete(TreatmentPhoto).where(TreatmentPhoto.patient_id == patient_id))
    return int(count)


@dataclass(frozen=True)
class ExportedPhoto:
    file_name: str
    data: bytes


def photos_for_export(
    session: Session, patient_id: int, *, with_bytes: bool
) -> tuple[list[dict[str, Any]], list[ExportedPhoto]]:
    """Every photo held about the patient (hidden ones too: the clinic still holds them):
    metadata rows for the JSON and, ``with_bytes``, the originals as files named in them."""
    rows: list[dict[str, Any]] = []
    files: list[ExportedPhoto] = []
    data = PhotoBlob.data if with_bytes else literal(b"")
    for photo, media_type, content in session.execute(
        select(TreatmentPhoto, PhotoBlob.media_type, data)
        .join(
            PhotoBlob,
            (PhotoBlob.photo_id == TreatmentPhoto.id)
            & (PhotoBlob.rendition == PhotoRendition.ORIGINAL),
        )
        .where(TreatmentPhoto.patient_id == patient_id)
        .order_by(TreatmentPhoto.taken_at, TreatmentPhoto.id)
    ):
        extension = _EXTENSIONS.get(media_type, "bin")
        name = f"photo-{photo.id}-{photo.kind.value}-{photo.angle.value}.{extension}"
        rows.append(
            {
                "id": photo.id,
                "session_id": photo.session_id,
                "session_area_id": photo.session_area_id,
                "area_id": photo.area_id,
                "kind": photo.kind.value,
                "angle": photo.angle.value,
                "taken_at": photo.taken_at.isoformat(),
                "imported_at": photo.imported_at.isoformat(),
                "width": photo.width,
                "height": photo.height,
                "sha256": photo.sha256,
                "hidden": photo.hidden,
                "file": name,
            }
        )
        if with_bytes:
            files.append(ExportedPhoto(name, bytes(content)))
    return rows, files
