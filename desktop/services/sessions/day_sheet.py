"""The day sheet: one physician's or one room's sessions of a day, for the desk to print.

It is the desk's plan, so reception may print it (BOOK_SESSIONS, the appointment book's
permission); it carries no clinical notes — times, patients, areas, room, device, status.
The sessions come from the appointment book's read (schedule.sessions_of_days, in the
clinic's time zone); the free gaps are the working hours (or 09:00–18:00) not booked.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from db.codes import SessionStatus
from db.models import Room, SessionArea, Staff, TreatmentArea
from desktop.formatting import Names
from desktop.services.common import document_output
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.resources.hours import hours_by_weekday
from desktop.services.sessions.clashes import NOT_BLOCKING
from desktop.services.sessions.free_slot import DEFAULT_DAY
from desktop.services.sessions.rows import json_as_text, names_from_stored
from desktop.services.sessions.schedule import sessions_of_days
from desktop.services.settings import store as settings

if TYPE_CHECKING:  # printing (ReportLab) is imported at first print, not with the services
    from desktop.printing.layout import ClinicIdentity

# A gap shorter than this is not worth a row on paper.
SHORTEST_GAP = timedelta(minutes=15)
SHEET_KINDS = ("physician", "room")


@dataclass(frozen=True)
class DaySheetRow:
    session_id: int
    starts_at: datetime  # aware, UTC
    ends_at: datetime
    patient_id: int
    patient_name: str
    areas: tuple[Names, ...]  # catalog names per language, in the order booked
    physician_name: str
    room_name: str
    device_name: str
    status: SessionStatus

    @property
    def file_number(self) -> str:
        """The patient's record number, as the desk reads it off the patient's file."""
        return str(self.patient_id)

    @property
    def blocks(self) -> bool:
        return self.status not in NOT_BLOCKING

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True)
class FreeGap:
    starts_at: datetime  # aware, UTC
    ends_at: datetime

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True)
class DaySheet:
    day: date  # in the clinic's time zone
    kind: str  # "physician" or "room"
    subject_id: int
    subject_name: str
    rows: tuple[DaySheetRow, ...]  # by start time (cancelled and no-show included, marked)
    gaps: tuple[FreeGap, ...]

    @property
    def session_count(self) -> int:
        """Sessions that take the time (cancelled and no-show ones do not)."""
        return sum(1 for row in self.rows if row.blocks)

    @property
    def booked_minutes(self) -> int:
        return sum(row.minutes for row in self.rows if row.blocks)


@dataclass(frozen=True)
class BuiltDaySheet:
    pdf: bytes
    title: str  # "Dr. Selin Arslan — 7 December 2026", for the preview's title
    suggested_name: str


def day_sheet(
    ctx: ServiceContext, day: date, *, physician_id: int | None = None, room_id: int | None = None
) -> DaySheet:
    """The sessions of ``day`` for one physician or one room (exactly one is given)."""
    require(ctx, Permission.BOOK_SESSIONS)
    if (physician_id is None) == (room_id is None):
        raise ValidationError({"subject": msg("Choose a physician or a room for the day sheet.")})
    kind = "physician" if physician_id is not None else "room"
    subject_id = physician_id if physician_id is not None else room_id
    assert subject_id is not None
    with ctx.database.read() as session:
        if physician_id is not None:
            name = session.scalar(select(Staff.full_name).where(Staff.id == physician_id))
            hours = hours_by_weekday(session, physician_id).get(day.weekday(), [])
        else:
            name = session.scalar(select(Room.name).where(Room.id == room_id))
            hours = []
    if name is None:
        raise NotFound(msg("That physician or room no longer exists."))
    scheduled = sessions_of_days(ctx, day, physician_id=physician_id, room_id=room_id)
    areas = _area_names(ctx, [s.id for s in scheduled])
    rows = tuple(
        DaySheetRow(
            session_id=s.id,
            starts_at=s.starts_at,
            ends_at=s.ends_at,
            patient_id=s.patient_id,
            patient_name=s.patient_name,
            areas=areas.get(s.id, ()),
            physician_name=s.physician_name,
            room_name=s.room_name,
            device_name=s.device_name,
            status=s.status,
        )
        for s in scheduled
    )
    return DaySheet(day, kind, subject_id, name, rows, _gaps(ctx, day, hours, rows))


def _area_names(ctx: ServiceContext, session_ids: list[int]) -> dict[int, tuple[Names, ...]]:
    if not session_ids:
        return {}
    found: dict[int, list[Names]] = defaultdict(list)
    stmt = (
        select(SessionArea.session_id, json_as_text(TreatmentArea.__table__.c.names))
        .join(TreatmentArea, TreatmentArea.id == SessionArea.area_id)
        .where(SessionArea.session_id.in_(session_ids))  # one day: a few dozen ids at most
        .order_by(SessionArea.id)
    )
    with ctx.database.read() as session:
        for session_id, stored in session.execute(stmt):
            found[session_id].append(names_from_stored(stored))
    return {key: tuple(value) for key, value in found.items()}


def _gaps(
    ctx: ServiceContext, day: date, hours: list[tuple[int, int]], rows: tuple[DaySheetRow, ...]
) -> tuple[FreeGap, ...]:
    """The unbooked stretches of the working day (the physician's hours, else 09:00–18:00)."""

    def at(minute: int) -> datetime:
        return datetime.combine(day, time(0), tzinfo=ctx.zone) + timedelta(minutes=minute)

    spans = [(at(start), at(end)) for start, end in (hours or DEFAULT_DAY)]
    busy = sorted((row.starts_at, row.ends_at) for row in rows if row.blocks)
    gaps: list[FreeGap] = []
    for span_start, span_end in spans:
        cursor = span_start
        for starts, ends in busy:
            if ends <= cursor or starts >= span_end:
                continue
            if starts - cursor >= SHORTEST_GAP:
                gaps.append(FreeGap(cursor, starts))
            cursor = max(cursor, ends)
        if span_end - cursor >= SHORTEST_GAP:
            gaps.append(FreeGap(cursor, span_end))
    return tuple(gaps)


def subject_names(ctx: ServiceContext, kind: str) -> list[tuple[int, str]]:
    """Who or what a day sheet can be printed for: active physicians, or every room."""
    require(ctx, Permission.BOOK_SESSIONS)
    from db.codes import Role

    with ctx.database.read() as session:
        if kind == "physician":
            stmt = (
                select(Staff.id, Staff.full_name)
                .where(Staff.role == Role.PHYSICIAN, Staff.active.is_(True))
                .order_by(Staff.full_name)
            )
        else:
            stmt = select(Room.id, Room.name).order_by(Room.name)
        return [(row[0], row[1]) for row in session.execute(stmt)]


def find_subject(ctx: ServiceContext, kind: str, name: str) -> int:
    """The id of the physician (full name or user name) or room (name) the CLI names."""
    require(ctx, Permission.BOOK_SESSIONS)
    wanted = name.strip().casefold()
    with ctx.database.read() as session:
        if kind == "physician":
            found: list[int] = [
                staff_id
                for staff_id, full_name, username in session.execute(
                    select(Staff.id, Staff.full_name, Staff.username)
                )
                if wanted in (full_name.casefold(), username.casefold(), str(staff_id))
            ]
        else:
            found = [
                room_id
                for room_id, room_name in session.execute(select(Room.id, Room.name))
                if wanted in (room_name.casefold(), str(room_id))
            ]
    if len(found) != 1:
        if kind == "physician":
            raise NotFound(msg("No physician is called “{name}”.", name=name))
        raise NotFound(msg("No room is called “{name}”.", name=name))
    return int(found[0])


def build_day_sheet(ctx: ServiceContext, sheet: DaySheet, language: str) -> BuiltDaySheet:
    """The day sheet as PDF, in ``language`` (the interface's; English if not shipped)."""
    from desktop.formatting import format_long_date
    from desktop.printing.day_sheet import build_day_sheet_pdf

    clinic: ClinicIdentity = settings.clinic_identity(ctx)
    pdf = build_day_sheet_pdf(
        sheet, clinic=clinic, zone=ctx.zone, printed_at=ctx.now(), language=language
    )
    slug = "".join(c if c.isalnum() else "-" for c in sheet.subject_name).strip("-")
    return BuiltDaySheet(
        pdf,
        f"{sheet.subject_name} — {format_long_date(sheet.day, language)}",
        f"day-sheet-{sheet.day.isoformat()}-{slug or sheet.kind}.pdf",
    )


def save_day_sheet(ctx: ServiceContext, built: BuiltDaySheet, path: str | Path) -> Path:
    """Write the PDF owner-only and audit the save (the CLI's path; the GUI's is the preview)."""
    return document_output.save_pdf(ctx, built.pdf, path, document="day_sheet", patient_id=None)
