"""What the photo grid of a patient's history shows: one row per session, one column per
treated area, the visible photos in their cells (physicians and admins only).

The cells exist for every session and area, photographed or not, so a photo can be added to
an empty one: ``PhotoTarget.session_area_id`` is what ``importing.import_photo`` takes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from db.codes import SessionStatus
from db.models import SessionArea, TreatmentArea, TreatmentSession
from desktop.formatting import Names
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.photos.reading import PhotoRow, list_photos, photos_allowed

# Sessions that never took place have nothing to photograph.
_NOT_HELD = (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)


@dataclass(frozen=True)
class SheetSession:
    id: int
    starts_at: datetime
    status: SessionStatus


@dataclass(frozen=True)
class PhotoTarget:
    """One treated area of one session: where a photo can be added."""

    session_id: int
    area_id: int
    session_area_id: int
    depth_um: int | None


@dataclass(frozen=True)
class PhotoSheet:
    patient_id: int
    consented: bool  # a valid clinical photography consent: without it nothing is shown
    sessions: tuple[SheetSession, ...]  # oldest first
    targets: tuple[PhotoTarget, ...]
    areas: tuple[tuple[int, Names], ...]  # every area of a target or a photo, by id
    photos: tuple[PhotoRow, ...]


@dataclass(frozen=True)
class SessionTargets:
    """Where photos of one session can go: its treated areas (session_area_id, names)."""

    patient_id: int
    consented: bool
    areas: tuple[tuple[int, Names], ...]


def session_targets(ctx: ServiceContext, session_id: int) -> SessionTargets:
    """The treated areas of one session, for adding photos from the session's form."""
    require(ctx, Permission.VIEW_CLINICAL)
    with ctx.database.read() as session:
        treatment = session.get(TreatmentSession, session_id)
        if treatment is None:
            raise NotFound(msg("This session no longer exists. Reload the list."))
        rows = session.execute(
            select(SessionArea.id, TreatmentArea.names)
            .join(TreatmentArea, TreatmentArea.id == SessionArea.area_id)
            .where(SessionArea.session_id == session_id)
            .order_by(SessionArea.id)
        ).all()
        return SessionTargets(
            treatment.patient_id,
            photos_allowed(session, treatment.patient_id),
            tuple((area_id, Names(names)) for area_id, names in rows),
        )


def photo_sheet(ctx: ServiceContext, patient_id: int) -> PhotoSheet:
    """The patient's sessions and treated areas with their visible photos."""
    require(ctx, Permission.VIEW_CLINICAL)
    with ctx.database.read() as session:
        consented = photos_allowed(session, patient_id)
        held = session.execute(
            select(TreatmentSession.id, TreatmentSession.starts_at, TreatmentSession.status)
            .where(
                TreatmentSession.patient_id == patient_id,
                TreatmentSession.status.not_in(_NOT_HELD),
            )
            .order_by(TreatmentSession.starts_at, TreatmentSession.id)
        ).all()
        sessions = tuple(SheetSession(i, starts_at, status) for i, starts_at, status in held)
        area_rows = session.execute(
            select(
                SessionArea.session_id, SessionArea.area_id, SessionArea.id, SessionArea.depth_um
            )
            .where(SessionArea.session_id.in_([s.id for s in sessions]))
            .order_by(SessionArea.id)
        ).all()
        targets = tuple(PhotoTarget(s, a, i, d) for s, a, i, d in area_rows)
    photos = tuple(list_photos(ctx, patient_id)) if consented else ()
    area_ids = {t.area_id for t in targets} | {p.area_id for p in photos}
    with ctx.database.read() as session:
        named = session.execute(
            select(TreatmentArea.id, TreatmentArea.names)
            .where(TreatmentArea.id.in_(area_ids))
            .order_by(TreatmentArea.id)
        ).all()
    areas = tuple((area_id, Names(names)) for area_id, names in named)
    return PhotoSheet(patient_id, consented, sessions, targets, areas, photos)
