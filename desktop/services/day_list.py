"""The day list (sessions of one day by time) and a patient's list of sessions.

Both load in two queries whatever the number of rows: the sessions joined to
patient and physician names, then the areas of those same sessions through a
join on the same range (no per-row queries, no long IN lists).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db.models import Patient, SessionArea, Staff, TreatmentArea, TreatmentSession
from desktop.services.context import ServiceContext
from desktop.services.permissions import Permission, require
from desktop.services.session_checks import local_start

# Sessions that take the physician's time (a cancelled slot is free again).
_BUSY = ("planned", "done")


@dataclass(frozen=True)
class SessionListRow:
    id: int
    row_version: int
    starts_at: datetime  # aware, UTC
    duration_minutes: int
    status: str
    patient_id: int
    patient_name: str
    physician_id: int
    physician_name: str
    areas: tuple[str, ...]
    double_booked: bool = False

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class DayList:
    day: date
    rows: tuple[SessionListRow, ...]

    @property
    def double_booked(self) -> int:
        return sum(1 for r in self.rows if r.double_booked)


def day_sessions(ctx: ServiceContext, day: date) -> DayList:
    require(ctx, Permission.BOOK_SESSIONS)
    start = local_start(ctx, day, time())
    end = local_start(ctx, day + timedelta(days=1), time())
    in_day = (TreatmentSession.starts_at >= start) & (TreatmentSession.starts_at < end)
    with ctx.database.read() as session:
        rows = _rows(
            session,
            _base().where(in_day).order_by(TreatmentSession.starts_at, TreatmentSession.id),
            in_day,
        )
    clashes = double_bookings(rows)
    return DayList(day, tuple(_with_flag(r, r.id in clashes) for r in rows))


def patient_sessions(ctx: ServiceContext, patient_id: int) -> list[SessionListRow]:
    """All sessions of one patient, newest first (no clinical details)."""
    require(ctx, Permission.BOOK_SESSIONS)
    mine = TreatmentSession.patient_id == patient_id
    with ctx.database.read() as session:
        return _rows(
            session,
            _base()
            .where(mine)
            .order_by(TreatmentSession.starts_at.desc(), TreatmentSession.id.desc()),
            mine,
        )


def double_bookings(rows: Iterable[SessionListRow]) -> set[int]:
    """Ids of sessions overlapping another busy session of the same physician."""
    by_physician: dict[int, list[SessionListRow]] = defaultdict(list)
    for row in rows:
        if row.status in _BUSY:
            by_physician[row.physician_id].append(row)
    clashing: set[int] = set()
    for group in by_physician.values():
        group.sort(key=lambda r: (r.starts_at, r.id))
        latest_end: datetime | None = None
        latest_id = 0
        for row in group:
            if latest_end is not None and row.starts_at < latest_end:
                clashing.update((row.id, latest_id))
            if latest_end is None or row.ends_at > latest_end:
                latest_end, latest_id = row.ends_at, row.id
    return clashing


def _base() -> Select:
    return (
        select(
            TreatmentSession.id,
            TreatmentSession.row_version,
            TreatmentSession.starts_at,
            TreatmentSession.duration_minutes,
            TreatmentSession.status,
            TreatmentSession.patient_id,
            Patient.given_name,
            Patient.family_name,
            TreatmentSession.physician_id,
            Staff.full_name,
        )
        .join(Patient, Patient.id == TreatmentSession.patient_id)
        .join(Staff, Staff.id == TreatmentSession.physician_id)
    )


def _rows(session: Session, stmt: Select, condition) -> list[SessionListRow]:
    fetched = session.execute(stmt).all()
    if not fetched:
        return []
    names: dict[int, list[str]] = defaultdict(list)
    area_stmt = (
        select(SessionArea.session_id, TreatmentArea.name_en)
        .join(TreatmentSession, TreatmentSession.id == SessionArea.session_id)
        .join(TreatmentArea, TreatmentArea.id == SessionArea.area_id)
        .where(condition)
        .order_by(SessionArea.id)
    )
    for session_id, name in session.execute(area_stmt):
        names[session_id].append(name)
    return [
        SessionListRow(
            id=sid,
            row_version=version,
            starts_at=starts,
            duration_minutes=minutes,
            status=status,
            patient_id=pid,
            patient_name=f"{given} {family}",
            physician_id=doc_id,
            physician_name=doc_name,
            areas=tuple(names.get(sid, ())),
        )
        for sid, version, starts, minutes, status, pid, given, family, doc_id, doc_name in fetched
    ]


def _with_flag(row: SessionListRow, flag: bool) -> SessionListRow:
    return replace(row, double_booked=True) if flag else row
