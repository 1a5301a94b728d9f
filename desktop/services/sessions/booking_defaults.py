"""What a new booking form offers before anyone types: the physician, the areas and the time a
returning patient most likely books again.

- the physician: the person booking when they are a physician, else the patient's physician of
  their latest session (if still active), else the clinic's only active physician;
- the areas: those of the patient's latest done session, with the sizes measured then;
- the start: the first quarter hour from now at which that physician has nothing booked for
  the session's length, the same day; else simply the next quarter hour.
Nothing is written; the booking rules still run when the form is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.codes import OPEN_SESSION_STATUSES, Role, SessionStatus
from db.models import Staff, TreatmentArea, TreatmentSession
from desktop.services.common.context import ServiceContext
from desktop.services.common.permissions import Permission, require
from desktop.services.sessions.checks import AreaInput, default_duration

QUARTER = timedelta(minutes=15)
_BUSY = (*OPEN_SESSION_STATUSES, SessionStatus.DONE)
_SHOWN_UP = (*OPEN_SESSION_STATUSES, SessionStatus.DONE)


@dataclass(frozen=True)
class BookingDefaults:
    physician_id: int | None
    areas: tuple[AreaInput, ...]
    starts_at: datetime  # in the clinic's zone
    duration_minutes: int  # what the areas usually take; the form still leaves it to them


def booking_defaults(ctx: ServiceContext, patient_id: int) -> BookingDefaults:
    require(ctx, Permission.BOOK_SESSIONS)
    with ctx.database.read() as session:
        physicians = list(
            session.scalars(
                select(Staff.id).where(Staff.role == Role.PHYSICIAN, Staff.active.is_(True))
            )
        )
        latest = session.scalars(
            select(TreatmentSession)
            .where(
                TreatmentSession.patient_id == patient_id,
                TreatmentSession.status.in_(_SHOWN_UP),
            )
            .order_by(TreatmentSession.starts_at.desc(), TreatmentSession.id.desc())
            .limit(1)
        ).first()
        physician_id = _physician(ctx, physicians, latest)
        areas = _last_done_areas(session, patient_id)
        duration = default_duration(sum((_size(session, a) for a in areas), Decimal(0)))
        now = ctx.now().astimezone(ctx.zone)
        starts_at = _first_free_quarter(session, ctx, physician_id, now, duration)
        return BookingDefaults(physician_id, areas, starts_at, duration)


def next_quarter_hour(now: datetime) -> datetime:
    """The first quarter hour strictly after ``now`` (10:07 → 10:15, 10:15 → 10:30)."""
    start = now.replace(second=0, microsecond=0) - timedelta(minutes=now.minute % 15)
    return start + QUARTER


def _physician(
    ctx: ServiceContext, physicians: list[int], latest: TreatmentSession | None
) -> int | None:
    me = ctx.actor.staff_id
    if me is not None and me in physicians:
        return me  # a physician booking for themselves
    if latest is not None and latest.physician_id in physicians:
        return latest.physician_id
    return physicians[0] if len(physicians) == 1 else None


def _last_done_areas(session: Session, patient_id: int) -> tuple[AreaInput, ...]:
    last = session.scalars(
        select(TreatmentSession)
        .where(
            TreatmentSession.patient_id == patient_id,
            TreatmentSession.status == SessionStatus.DONE,
        )
        .order_by(TreatmentSession.starts_at.desc(), TreatmentSession.id.desc())
        .limit(1)
        .options(selectinload(TreatmentSession.areas))
    ).first()
    if last is None:
        return ()
    active = set(
        session.scalars(
            select(TreatmentArea.id).where(
                TreatmentArea.id.in_([a.area_id for a in last.areas]),
                TreatmentArea.active.is_(True),
            )
        )
    )
    return tuple(AreaInput(a.area_id, a.size_cm2) for a in last.areas if a.area_id in active)


def _size(session: Session, item: AreaInput) -> Decimal:
    if isinstance(item.size_cm2, Decimal):
        return item.size_cm2
    area = session.get(TreatmentArea, item.area_id)
    return area.default_size_cm2 if area is not None else Decimal(0)


def _first_free_quarter(
    session: Session,
    ctx: ServiceContext,
    physician_id: int | None,
    now: datetime,
    minutes: int,
) -> datetime:
    first = next_quarter_hour(now)
    if physician_id is None:
        return first
    day_end = (first + timedelta(days=1)).replace(hour=0, minute=0)
    busy = [
        (s.starts_at, s.starts_at + timedelta(minutes=s.duration_minutes))
        for s in session.scalars(
            select(TreatmentSession).where(
                TreatmentSession.physician_id == physician_id,
                TreatmentSession.status.in_(_BUSY),
                TreatmentSession.starts_at < day_end,
                TreatmentSession.starts_at >= first - timedelta(hours=8),
            )
        )
    ]
    length = timedelta(minutes=minutes)
    start = first
    while start + length <= day_end:
        if not any(b_start < start + length and start < b_end for b_start, b_end in busy):
            return start
        start += QUARTER
    return first
