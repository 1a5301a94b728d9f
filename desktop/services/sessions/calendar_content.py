"""Everything the calendar draws for a day or a week, in one call the page can run off the
GUI thread: the sessions and their areas, every active physician, every room and device
(idle ones get a column too), the physicians' working hours, the devices' out-of-service
periods and their service-due alerts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import Role
from db.models import LaserDevice, Room, SessionArea, Staff, TreatmentArea
from desktop.formatting import Names
from desktop.services.common.context import ServiceContext
from desktop.services.common.messages import Message
from desktop.services.common.permissions import Permission, require
from desktop.services.resources.device_log import (
    OutageRow,
    outage_message,
    outages_overlapping,
    service_alert,
)
from desktop.services.resources.hours import hours_by_weekday
from desktop.services.sessions.course_places import course_places
from desktop.services.sessions.rows import json_as_text, names_from_stored
from desktop.services.sessions.schedule import ScheduledSession, sessions_of_days

# SQLite allows 32,766 parameters; a busy week is a few hundred sessions.
_IDS_PER_QUERY = 5_000


@dataclass(frozen=True)
class CalendarResource:
    """A physician (always in service), room or laser device that gets a column."""

    id: int
    name: str
    in_service: bool = True


@dataclass(frozen=True)
class DeviceNotice:
    """A device's service-due (or overdue) warning, or an out-of-service period, as the
    calendar marks it in the device's column header and above the grid."""

    device_id: int
    code: str  # service_due, service_overdue, out_of_service
    message: Message
    due_on: date | None = None  # for service_due / service_overdue


@dataclass(frozen=True)
class CalendarContent:
    first_day: date
    days: int
    sessions: tuple[ScheduledSession, ...]
    # session id → the names of its areas (per language), in the order they were booked
    areas: dict[int, tuple[Names, ...]] = field(default_factory=dict)
    physicians: tuple[CalendarResource, ...] = ()
    rooms: tuple[CalendarResource, ...] = ()
    devices: tuple[CalendarResource, ...] = ()
    # physician id → {weekday: [(start minute, end minute), …]}; absent when none are set
    hours: dict[int, dict[int, list[tuple[int, int]]]] = field(default_factory=dict)
    outages: tuple[OutageRow, ...] = ()
    notices: tuple[DeviceNotice, ...] = ()
    # session id → (its place, the course's sessions): "session 2 of 3"; only booked from one
    course_places: dict[int, tuple[int, int]] = field(default_factory=dict)

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(days=self.days - 1)


def calendar_content(ctx: ServiceContext, first_day: date, days: int = 1) -> CalendarContent:
    """The day (``days=1``) or week (``days=7``) from ``first_day`` as the calendar shows it."""
    require(ctx, Permission.BOOK_SESSIONS)
    sessions = sessions_of_days(ctx, first_day, days)
    last_day = first_day + timedelta(days=days - 1)
    with ctx.database.read() as session:
        physicians = tuple(
            CalendarResource(id, name)
            for id, name in session.execute(
                select(Staff.id, Staff.full_name)
                .where(Staff.role == Role.PHYSICIAN, Staff.active.is_(True))
                .order_by(Staff.full_name)
            )
        )
        rooms = tuple(
            CalendarResource(id, name, bool(active))
            for id, name, active in session.execute(
                select(Room.id, Room.name, Room.in_service).order_by(Room.name)
            )
        )
        device_rows = list(session.scalars(select(LaserDevice).order_by(LaserDevice.name)))
        devices = tuple(CalendarResource(d.id, d.name, d.in_service) for d in device_rows)
        hours = {p.id: week for p in physicians if (week := hours_by_weekday(session, p.id))}
        outages: list[OutageRow] = []
        notices: list[DeviceNotice] = []
        for device in device_rows:
            periods = outages_overlapping(session, device.id, first_day, last_day)
            outages.extend(periods)
            for period in periods:
                notices.append(
                    DeviceNotice(device.id, "out_of_service", outage_message(device.name, period))
                )
            alert = service_alert(device, first_day) if device.in_service else None
            if alert is not None:
                notices.append(
                    DeviceNotice(device.id, alert.code, alert.message, device.service_due_on)
                )
        ids = [s.id for s in sessions]
        areas = _areas_of(session, ids)
        places = course_places(session, ids)
    return CalendarContent(
        first_day,
        days,
        tuple(sessions),
        areas,
        physicians,
        rooms,
        devices,
        hours,
        tuple(outages),
        tuple(notices),
        places,
    )


def _areas_of(session: Session, session_ids: list[int]) -> dict[int, tuple[Names, ...]]:
    found: dict[int, list[Names]] = defaultdict(list)
    for start in range(0, len(session_ids), _IDS_PER_QUERY):
        chunk = session_ids[start : start + _IDS_PER_QUERY]
        rows = session.execute(
            select(SessionArea.session_id, json_as_text(TreatmentArea.__table__.c.names))
            .join(TreatmentArea, TreatmentArea.id == SessionArea.area_id)
            .where(SessionArea.session_id.in_(chunk))
            .order_by(SessionArea.session_id, SessionArea.id)
        ).all()
        for session_id, stored in rows:
            found[session_id].append(names_from_stored(stored))
    return {key: tuple(names) for key, names in found.items()}
