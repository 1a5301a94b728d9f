"""Finding the next free slot: the first quarter hour, from a given moment, at which a
physician, a room and a laser device are all free for N minutes, inside the physician's
working hours and outside the healing interval of the areas planned.

- ``physician_id`` / ``room_id`` / ``device_id`` given: that one must be free; not given:
  any active physician, any room and device in service (when the clinic has any).
- A physician with no working hours set is searched 09:00–18:00, Monday to Saturday (the
  booking itself does not limit them; a search needs some day).
- The healing rule is the booking warning's (safety_warnings): no slot closer than the
  healing interval to a planned session on the same skin, or after a done one.
- The search is bounded (SEARCH_DAYS); nothing found is a clear message.
Nothing is written; the booking rules still run when the form is saved.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import Role, SessionStatus
from db.models import LaserDevice, Room, SessionArea, Staff, TreatmentSession
from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import format_user_date
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.resources.hours import hours_by_weekday
from desktop.services.sessions.booking_defaults import QUARTER
from desktop.services.sessions.checks import MAX_DURATION
from desktop.services.sessions.clashes import occupied_between
from desktop.services.sessions.safety_warnings import overlapping_areas
from desktop.services.settings import store as settings

SEARCH_DAYS = 90
# Searched when a physician has no working hours set: Monday–Saturday, 09:00–18:00.
DEFAULT_DAY = ((9 * 60, 18 * 60),)
DEFAULT_WEEK = {weekday: list(DEFAULT_DAY) for weekday in range(6)}

Span = tuple[datetime, datetime]


@dataclass(frozen=True)
class FreeSlot:
    starts_at: datetime  # in the clinic's zone
    physician_id: int
    room_id: int | None
    device_id: int | None


def next_free_slot(
    ctx: ServiceContext,
    minutes: int,
    from_when: datetime,
    physician_id: int | None = None,
    device_id: int | None = None,
    room_id: int | None = None,
    areas: Sequence[int] = (),
    patient_id: int | None = None,
    *,
    days: int = SEARCH_DAYS,
    exclude_session_id: int | None = None,
) -> FreeSlot:
    """The earliest free ``minutes``-long slot at or after ``from_when`` (never in the past).

    ``areas`` (area ids) with ``patient_id``: slots inside the healing interval of that
    patient's sessions on the same skin are skipped. ``exclude_session_id``: a booking being
    moved, which holds neither its own slot nor its own healing interval.
    """
    require(ctx, Permission.BOOK_SESSIONS)
    if not 1 <= minutes <= MAX_DURATION:
        raise ValidationError(
            {"duration": msg("Enter a duration between 1 and {limit} minutes.", limit=MAX_DURATION)}
        )
    start = _first_quarter(max(from_when, ctx.now()).astimezone(ctx.zone))
    end = start + timedelta(days=days)
    length = timedelta(minutes=minutes)
    with ctx.database.read() as session:
        physicians = _physicians(session, physician_id)
        rooms = _resources(session, Room, room_id)
        devices = _resources(session, LaserDevice, device_id)
        skip = exclude_session_id
        busy_of_physician = {
            p: _busy(session, start, end, skip, physician_id=p) for p in physicians
        }
        weeks = {p: hours_by_weekday(session, p) or DEFAULT_WEEK for p in physicians}
        busy_of_room = {
            r: _busy(session, start, end, skip, room_id=r) for r in rooms if r is not None
        }
        busy_of_device = {
            d: _busy(session, start, end, skip, device_id=d) for d in devices if d is not None
        }
        healing = _healing_blocks(session, patient_id, areas, start, end, skip)
    at = start
    while at + length <= end:
        if not _healing_blocked(at, healing):
            for p in physicians:
                if not _in_hours(weeks[p], at, length) or _clashes(
                    busy_of_physician[p], at, length
                ):
                    continue
                room_free, room = _first_free(rooms, busy_of_room, at, length)
                device_free, device = _first_free(devices, busy_of_device, at, length)
                if room_free and device_free:
                    return FreeSlot(at, p, room, device)
        at = _next_quarter(at)
    raise NotFound(
        msg(
            "No free {minutes}-minute slot in the {days} days from {date}. "
            "Try another physician, room or device, or a shorter session.",
            minutes=minutes,
            days=days,
            date=format_user_date(start.date()),
        )
    )


def _first_quarter(local: datetime) -> datetime:
    """``local`` itself when on a quarter hour, else the next one."""
    floor = local.replace(second=0, microsecond=0) - timedelta(minutes=local.minute % 15)
    return floor if floor == local else _next_quarter(floor)


def _next_quarter(local: datetime) -> datetime:
    """Quarter hours counted in wall-clock time, so the grid stays on :00/:15/:30/:45
    across a daylight-saving change."""
    naive = local.replace(tzinfo=None) + QUARTER
    return naive.replace(tzinfo=local.tzinfo)


def _physicians(session: Session, physician_id: int | None) -> list[int]:
    if physician_id is not None:
        staff = session.get(Staff, physician_id)
        if staff is None or not staff.active or staff.role != Role.PHYSICIAN:
            raise NotFound(msg("This physician is no longer active. Choose another physician."))
        return [physician_id]
    found = list(
        session.scalars(
            select(Staff.id)
            .where(Staff.role == Role.PHYSICIAN, Staff.active.is_(True))
            .order_by(Staff.full_name, Staff.id)
        )
    )
    if not found:
        raise NotFound(msg("There is no active physician to book with."))
    return found


def _resources(
    session: Session, table: type[Room] | type[LaserDevice], wanted: int | None
) -> list[int | None]:
    """The given room/device (refused when out of service), else every one in service,
    else ``[None]``: a clinic without rooms or devices books none."""
    if wanted is not None:
        item = cast(Room | LaserDevice | None, session.get(table, wanted))
        if item is None or not item.in_service:
            name = item.name if item is not None else ""
            raise ValidationError(
                {
                    "room" if table is Room else "device": msg(
                        "{name} is out of service. Choose another one, or leave it to the search.",
                        name=name,
                    )
                }
            )
        return [wanted]
    ids: list[int | None] = list(
        session.scalars(
            select(table.id).where(table.in_service.is_(True)).order_by(table.name, table.id)
        )
    )
    return ids or [None]


def _busy(
    session: Session, start: datetime, end: datetime, skip: int | None, **resource: int
) -> list[Span]:
    """What holds the resource in [start, end), by start time."""
    found = occupied_between(session, start, end, exclude_session_id=skip, **resource)
    return sorted((o.starts_at, o.ends_at) for o in found)


def _clashes(busy: list[Span], at: datetime, length: timedelta) -> bool:
    """Whether [at, at + length) overlaps a span; only those starting at most MAX_DURATION
    before can (found by bisection: a 90-day search stays quick on a full book)."""
    ends = at + length
    first = bisect_left(busy, (at - timedelta(minutes=MAX_DURATION),))
    last = bisect_left(busy, (ends,))
    return any(at < b_end for _, b_end in busy[first:last])


def _first_free(
    ids: list[int | None], busy: dict[int, list[Span]], at: datetime, length: timedelta
) -> tuple[bool, int | None]:
    """(True, the first free one — None when the clinic has none), or (False, None) when
    every one is busy."""
    for item in ids:
        if item is None or not _clashes(busy[item], at, length):
            return True, item
    return False, None


def _in_hours(week: dict[int, list[tuple[int, int]]], at: datetime, length: timedelta) -> bool:
    first = at.hour * 60 + at.minute
    last = first + int(length.total_seconds() // 60)
    return any(a <= first and last <= b for a, b in week.get(at.weekday(), []))


@dataclass(frozen=True)
class _Healing:
    interval: timedelta
    done: tuple[datetime, ...]
    planned: tuple[datetime, ...]


def _healing_blocks(
    session: Session,
    patient_id: int | None,
    areas: Sequence[int],
    start: datetime,
    end: datetime,
    skip: int | None,
) -> _Healing | None:
    """The patient's sessions on the same skin that make a slot warn (as booking_warnings
    does: a done one before it, or a planned one on either side, within the interval)."""
    healing_days = settings.get(session, "healing_interval_days")
    if patient_id is None or not areas or healing_days <= 0:
        return None
    interval = timedelta(days=healing_days)
    wanted = {other for covered in overlapping_areas(session, areas).values() for other in covered}
    stmt = (
        select(TreatmentSession.starts_at, TreatmentSession.status)
        .join(SessionArea, SessionArea.session_id == TreatmentSession.id)
        .where(
            TreatmentSession.patient_id == patient_id,
            TreatmentSession.starts_at > start - interval,
            TreatmentSession.starts_at < end + interval,
            SessionArea.area_id.in_(wanted),
            TreatmentSession.status.in_((SessionStatus.PLANNED, SessionStatus.DONE)),
        )
        .distinct()
    )
    if skip is not None:
        stmt = stmt.where(TreatmentSession.id != skip)
    rows = session.execute(stmt).all()
    return _Healing(
        interval,
        tuple(at for at, status in rows if status == SessionStatus.DONE),
        tuple(at for at, status in rows if status == SessionStatus.PLANNED),
    )


def _healing_blocked(at: datetime, healing: _Healing | None) -> bool:
    if healing is None:
        return False
    if any(other <= at < other + healing.interval for other in healing.done):
        return True
    return any(abs(other - at) < healing.interval for other in healing.planned)
