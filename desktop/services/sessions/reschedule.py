"""Moving or resizing a booked session from the calendar: the same change-booking path as the
session form (same clash, hours and device checks, same audit), keeping everything else."""

from __future__ import annotations

from datetime import datetime

from desktop.services.common.context import ServiceContext
from desktop.services.sessions import booking
from desktop.services.sessions.checks import AreaInput
from desktop.services.sessions.records import get_session
from desktop.services.sessions.rows import BookingInput, SessionDetail

SNAP_MINUTES = 15


def move_booking(
    ctx: ServiceContext,
    session_id: int,
    expected_version: int,
    starts_at: datetime,
    duration_minutes: int,
    *,
    physician_id: int | None = None,
    room_id: int | None = None,
    device_id: int | None = None,
    acknowledged_warnings: frozenset[str] = frozenset(),
) -> SessionDetail:
    """Give a planned session a new start and length (and optionally another physician, room
    or device); areas, indications, note, room and device stay as they are.
    Raises BookingRefused / ValidationError like the form does, and NeedsAcknowledgement for
    safety warnings (a healing interval) not in ``acknowledged_warnings``; nothing changes then."""
    current = get_session(ctx, session_id)
    local = starts_at.astimezone(ctx.zone)
    data = BookingInput(
        patient_id=current.patient_id,
        physician_id=physician_id if physician_id is not None else current.physician_id,
        starts_on=local.date(),
        starts_time=local.time().replace(second=0, microsecond=0),
        areas=tuple(AreaInput(a.area_id, a.size_cm2) for a in current.areas),
        duration_minutes=duration_minutes,
        indications=tuple(str(i) for i in current.indications),
        notes=None,
        room_id=room_id if room_id is not None else current.room_id,
        device_id=device_id if device_id is not None else current.device_id,
    )
    return booking.update_booking(ctx, session_id, expected_version, data, acknowledged_warnings)
