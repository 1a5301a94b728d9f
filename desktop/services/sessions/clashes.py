"""Booking rules about time and resources: a physician, room or laser device is booked by
one session at a time; a device or room out of service cannot be booked; a session lies
within the physician's working hours.

Each rule can be overridden by a physician or an administrator with a reason (audited);
reception cannot. Cancelled and no-show sessions do not block.

Two desks booking at once: the check and the insert run in one transaction that holds a
lock taken before the read — SQLite's ``BEGIN IMMEDIATE`` (every write, db/engine.py), and
on PostgreSQL one transaction-level advisory lock per physician, room and device, always
taken in the same order, so the second desk reads after the first has committed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session, aliased

from db.codes import SessionStatus
from db.models import LaserDevice, Patient, Room, Staff, TreatmentSession
from desktop.formatting import format_time
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ServiceError
from desktop.services.common.messages import Message, join, msg
from desktop.services.resources.device_log import outage_message
from desktop.services.resources.hours import WEEKDAY_NAMES, day_text
from desktop.services.sessions.checks import MAX_DURATION
from desktop.services.sessions.clash_query import Occupied, booking_facts

# Statuses that leave the slot free again.
NOT_BLOCKING = (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)
# Advisory-lock namespaces (first key of pg_advisory_xact_lock(int, int)); any constants
# work as long as every workstation uses the same ones. Taken in this order.
_LOCK_PHYSICIAN, _LOCK_ROOM, _LOCK_DEVICE = 0x50440001, 0x50440002, 0x50440003


@dataclass(frozen=True)
class BookingProblem:
    code: str  # physician_busy, room_busy, device_busy, *_out_of_service, outside_hours
    message: Message
    session_id: int | None = None  # the session in the way, if any

    def audit(self) -> dict:
        return {"code": self.code, "session_id": self.session_id}


class BookingRefused(ServiceError):
    """The booking clashes or breaks a rule; nothing was saved.

    ``may_override``: the actor may book anyway by giving a reason.
    """

    def __init__(self, problems: list[BookingProblem], may_override: bool) -> None:
        self.problems = tuple(problems)
        self.may_override = may_override
        super().__init__(join(*self.messages(), msg("Nothing was saved.")))

    def messages(self) -> list[Message]:
        """One sentence per obstacle: a session holding the physician and the room is
        named once (its sentence lists the room and device it holds)."""
        seen: set[int] = set()
        shown = []
        for problem in self.problems:
            if problem.session_id is not None:
                if problem.session_id in seen:
                    continue
                seen.add(problem.session_id)
            shown.append(problem.message)
        return shown


def lock_resources(
    session: Session, physician_id: int, room_id: int | None, device_id: int | None
) -> None:
    """Hold the physician, room and device until the transaction ends (PostgreSQL)."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite: the write transaction already holds the database's write lock
    for space, key in (
        (_LOCK_PHYSICIAN, physician_id),
        (_LOCK_ROOM, room_id),
        (_LOCK_DEVICE, device_id),
    ):
        if key is not None:
            session.execute(
                text("SELECT pg_advisory_xact_lock(:space, :key)"), {"space": space, "key": key}
            )


# Made once: aliasing per call rebuilt the Staff columns on every clash check.
_PHYSICIAN = aliased(Staff)


def sessions_starting_near(starts_at: datetime, ends_at: datetime, *extra: Any) -> Select[Any]:
    """The sessions that may overlap [starts_at, ends_at), with who, where and on what.

    Columns, in order: id, starts_at, duration_minutes, patient given and family name,
    physician id and name, room id and name, device id and name, then ``extra``. A session
    that overlaps started at most MAX_DURATION before ``starts_at``: the caller drops those
    that ended by then (the range stays an index lookup on starts_at).
    """
    return (
        select(
            TreatmentSession.id,
            TreatmentSession.starts_at,
            TreatmentSession.duration_minutes,
            Patient.given_name,
            Patient.family_name,
            TreatmentSession.physician_id,
            _PHYSICIAN.full_name,
            TreatmentSession.room_id,
            Room.name,
            TreatmentSession.device_id,
            LaserDevice.name,
            *extra,
        )
        .join(Patient, Patient.id == TreatmentSession.patient_id)
        .join(_PHYSICIAN, _PHYSICIAN.id == TreatmentSession.physician_id)
        .outerjoin(Room, Room.id == TreatmentSession.room_id)
        .outerjoin(LaserDevice, LaserDevice.id == TreatmentSession.device_id)
        .where(
            TreatmentSession.starts_at >= starts_at - timedelta(minutes=MAX_DURATION),
            TreatmentSession.starts_at < ends_at,
        )
    )


def occupied_between(
    session: Session,
    starts_at: datetime,
    ends_at: datetime,
    *,
    physician_id: int | None = None,
    room_id: int | None = None,
    device_id: int | None = None,
    exclude_session_id: int | None = None,
) -> list[Occupied]:
    """Sessions that hold the given resource for any minute of [starts_at, ends_at).

    Exactly one of the resources is given. The lookup is a range on (resource, starts_at),
    an index for each: a session that overlaps started at most MAX_DURATION before.
    """
    given = [
        (column, value)
        for column, value in (
            (TreatmentSession.physician_id, physician_id),
            (TreatmentSession.room_id, room_id),
            (TreatmentSession.device_id, device_id),
        )
        if value is not None
    ]
    assert len(given) == 1, "one resource at a time"
    column, value = given[0]
    stmt = (
        sessions_starting_near(starts_at, ends_at)
        .where(column == value, TreatmentSession.status.not_in(NOT_BLOCKING))
        .order_by(TreatmentSession.starts_at)
    )
    if exclude_session_id is not None:
        stmt = stmt.where(TreatmentSession.id != exclude_session_id)
    found = []
    for row in session.execute(stmt):
        ends = row[1] + timedelta(minutes=row[2])
        if ends > starts_at:
            found.append(
                Occupied(
                    session_id=row[0],
                    starts_at=row[1],
                    ends_at=ends,
                    patient_name=f"{row[3]} {row[4]}".strip(),
                    physician_id=row[5],
                    physician_name=row[6],
                    room_id=row[7],
                    room_name=row[8] or "",
                    device_id=row[9],
                    device_name=row[10] or "",
                )
            )
    return found


def booking_problems(
    session: Session,
    ctx: ServiceContext,
    starts_at: datetime,
    duration: int,
    physician_id: int,
    room_id: int | None,
    device_id: int | None,
    exclude_session_id: int | None = None,
) -> list[BookingProblem]:
    """Everything in the way of this booking, each named in the user's words."""
    ends_at = starts_at + timedelta(minutes=duration)
    first = starts_at.astimezone(ctx.zone).date()
    last = (ends_at - timedelta(microseconds=1)).astimezone(ctx.zone).date()
    facts = booking_facts(
        session, starts_at, ends_at, physician_id, room_id, device_id, (first, last),
        exclude_session_id,
    )  # fmt: skip
    room, device = facts.room, facts.device
    problems: list[BookingProblem] = []
    if room is not None and not room.in_service:
        problems.append(
            BookingProblem(
                "room_out_of_service",
                msg("{room} is out of service. Choose another room.", room=room.name),
            )
        )
    if device is not None and not device.in_service:
        problems.append(
            BookingProblem(
                "device_out_of_service",
                msg("The {device} is out of service. Choose another device.", device=device.name),
            )
        )
    if device is not None:
        for outage in facts.outages:
            problems.append(
                BookingProblem("device_out_of_service", outage_message(device.name, outage))
            )
    checks: list[tuple[str, str, Callable[[Occupied], bool]]] = [
        ("physician_busy", "", lambda o: o.physician_id == physician_id)
    ]
    if room is not None:
        checks.append(("room_busy", room.name, lambda o: o.room_id == room_id))
    if device is not None:
        checks.append(("device_busy", device.name, lambda o: o.device_id == device_id))
    for code, name, holds in checks:
        for other in facts.occupied:
            if holds(other):
                problems.append(
                    BookingProblem(code, _busy_message(ctx, code, name, other), other.session_id)
                )
    outside = _outside_hours(ctx, facts.hours, facts.physician_name, starts_at, ends_at)
    if outside is not None:
        problems.append(BookingProblem("outside_hours", outside))
    return problems


def _busy_message(ctx: ServiceContext, code: str, name: str, other: Occupied) -> Message:
    if code == "physician_busy":
        who, details = other.physician_name, [other.room_name, other.device_name]
    elif code == "room_busy":
        who, details = name, [other.physician_name, other.device_name]
    else:
        who, details = name, [other.physician_name, other.room_name]
    return msg(
        "{who} is already booked {start}–{end} ({details}).",
        who=who,
        start=format_time(other.starts_at.astimezone(ctx.zone)),
        end=format_time(other.ends_at.astimezone(ctx.zone)),
        details=", ".join(d for d in [*details, other.patient_name] if d),
    )


def _outside_hours(
    ctx: ServiceContext,
    week: dict[int, list[tuple[int, int]]],
    name: str,
    starts_at: datetime,
    ends_at: datetime,
) -> Message | None:
    if not week:
        return None  # no hours set for this physician: not limited
    start = starts_at.astimezone(ctx.zone)
    end = ends_at.astimezone(ctx.zone)
    day = week.get(start.weekday(), [])
    weekday = WEEKDAY_NAMES[start.weekday()]
    if not day:
        return msg("{physician} does not work on {weekday}.", physician=name, weekday=weekday)
    first = start.hour * 60 + start.minute
    last = first + int((end - start).total_seconds() // 60)
    if any(a <= first and last <= b for a, b in day):
        return None
    return msg(
        "{physician} works {hours} on {weekday}; {start}–{end} is outside these hours.",
        physician=name,
        hours=day_text(day),
        weekday=weekday,
        start=format_time(start),
        end=format_time(end),
    )
