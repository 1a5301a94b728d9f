"""What the appointment book reads: sessions of a day or week per physician, room or device,
and who or what is busy between two instants."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from db.codes import SessionStatus
from db.models import TreatmentSession
from db.types import aware_utc, raw_column
from desktop.services.common.context import ServiceContext
from desktop.services.common.permissions import Permission, require
from desktop.services.sessions.clashes import (
    NOT_BLOCKING,
    Occupied,
    occupied_between,
    sessions_starting_near,
)

_STATUSES: dict[str, SessionStatus] = {str(status): status for status in SessionStatus}


@dataclass(frozen=True)
class ScheduledSession:
    """One session as a calendar draws it."""

    id: int
    row_version: int
    patient_id: int
    patient_name: str
    physician_id: int
    physician_name: str
    room_id: int | None
    room_name: str
    device_id: int | None
    device_name: str
    starts_at: datetime  # aware, UTC
    ends_at: datetime
    status: SessionStatus

    @property
    def blocks(self) -> bool:
        """Whether it holds its physician, room and device (cancelled and no-show do not)."""
        return self.status not in NOT_BLOCKING


def sessions_between(
    ctx: ServiceContext,
    starts_at: datetime,
    ends_at: datetime,
    *,
    physician_id: int | None = None,
    room_id: int | None = None,
    device_id: int | None = None,
    include_cancelled: bool = True,
) -> list[ScheduledSession]:
    """Sessions overlapping [starts_at, ends_at), optionally for one physician/room/device,
    by start time."""
    require(ctx, Permission.BOOK_SESSIONS)
    stmt = sessions_starting_near(
        starts_at,
        ends_at,
        TreatmentSession.row_version,
        TreatmentSession.patient_id,
        raw_column(TreatmentSession.status),
        raw_column(TreatmentSession.starts_at),
    ).order_by(TreatmentSession.starts_at, TreatmentSession.id)
    if physician_id is not None:
        stmt = stmt.where(TreatmentSession.physician_id == physician_id)
    if room_id is not None:
        stmt = stmt.where(TreatmentSession.room_id == room_id)
    if device_id is not None:
        stmt = stmt.where(TreatmentSession.device_id == device_id)
    if not include_cancelled:
        stmt = stmt.where(TreatmentSession.status.not_in(NOT_BLOCKING))
    # A week view reads hundreds of rows: Core rows (no ORM loading) with the stored start
    # and status, each distinct value converted once (sessions share their slot times).
    found = []
    moments: dict[datetime, datetime] = {}
    with ctx.database.read() as session:
        rows = session.connection().execute(stmt).all()
    for r in rows:
        stored = r[14]
        starts = moments.get(stored)
        if starts is None:
            starts = moments[stored] = aware_utc(stored)
        ends = starts + timedelta(minutes=r[2])
        if ends <= starts_at:
            continue
        found.append(
            ScheduledSession(
                id=r[0],
                row_version=r[11],
                patient_id=r[12],
                patient_name=f"{r[3]} {r[4]}",
                physician_id=r[5],
                physician_name=r[6],
                room_id=r[7],
                room_name=r[8] or "",
                device_id=r[9],
                device_name=r[10] or "",
                starts_at=starts,
                ends_at=ends,
                status=_STATUSES.get(r[13], r[13]),
            )
        )
    return found


def sessions_of_days(
    ctx: ServiceContext,
    first_day: date,
    days: int = 1,
    *,
    physician_id: int | None = None,
    room_id: int | None = None,
    device_id: int | None = None,
) -> list[ScheduledSession]:
    """A day (``days=1``) or a week (``days=7``) in the clinic's time zone."""
    start = datetime.combine(first_day, time(0), tzinfo=ctx.zone)
    end = datetime.combine(first_day + timedelta(days=days), time(0), tzinfo=ctx.zone)
    return sessions_between(
        ctx, start, end, physician_id=physician_id, room_id=room_id, device_id=device_id
    )


def busy_between(
    ctx: ServiceContext,
    starts_at: datetime,
    ends_at: datetime,
    *,
    physician_id: int | None = None,
    room_id: int | None = None,
    device_id: int | None = None,
    exclude_session_id: int | None = None,
) -> list[Occupied]:
    """The sessions that hold one physician, room or device in [starts_at, ends_at) —
    what a booking there would clash with (cancelled and no-show sessions left out)."""
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.read() as session:
        return occupied_between(
            session,
            starts_at,
            ends_at,
            physician_id=physician_id,
            room_id=room_id,
            device_id=device_id,
            exclude_session_id=exclude_session_id,
        )


@dataclass(frozen=True)
class UsualResources:
    room_id: int | None
    device_id: int | None


def last_used_resources(ctx: ServiceContext, physician_id: int) -> UsualResources:
    """The room and device of this physician's latest booking: the form's defaults."""
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.read() as session:
        room_id = session.scalar(
            select(TreatmentSession.room_id)
            .where(
                TreatmentSession.physician_id == physician_id,
                TreatmentSession.room_id.is_not(None),
            )
            .order_by(TreatmentSession.id.desc())
            .limit(1)
        )
        device_id = session.scalar(
            select(TreatmentSession.device_id)
            .where(
                TreatmentSession.physician_id == physician_id,
                TreatmentSession.device_id.is_not(None),
            )
            .order_by(TreatmentSession.id.desc())
            .limit(1)
        )
    return UsualResources(room_id, device_id)
