"""The day list (sessions of one day by time) and a patient's list of sessions.

Both load in two queries whatever the number of rows: the sessions joined to
patient and physician names, then the areas of those same sessions through a
join on the same range (no per-row queries, no long IN lists).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import Connection, Row, Select, bindparam, select
from sqlalchemy.orm import Session

from db.codes import OPEN_SESSION_STATUSES, SessionStatus
from db.models import CourseSession, Patient, SessionArea, Staff, TreatmentArea, TreatmentSession
from db.types import aware_utc, raw_column, scaled_decimal
from desktop.formatting import Names, name_in
from desktop.services.common.context import ServiceContext
from desktop.services.common.permissions import Permission, require
from desktop.services.sessions.checks import local_start
from desktop.services.sessions.course_places import course_places
from desktop.services.sessions.rows import json_as_text, names_from_stored

# Sessions that take the physician's time (a cancelled slot is free again).
_BUSY = (*OPEN_SESSION_STATUSES, SessionStatus.DONE)


@dataclass(frozen=True)
class SessionListRow:
    id: int
    row_version: int
    starts_at: datetime  # aware, UTC
    duration_minutes: int
    status: SessionStatus
    patient_id: int
    patient_name: str
    physician_id: int
    physician_name: str
    areas: tuple[str, ...]  # English catalog names
    double_booked: bool = False
    area_names_by_language: tuple[Names, ...] = ()  # the same areas in every language
    # per area, in the same order: the size measured for this patient (a spot or a scar), else
    # None for an area of the catalog's usual size
    measured_sizes: tuple[Decimal | None, ...] = ()
    # (its place, the course's sessions) when booked from a course: "session 2 of 3"
    course_place: tuple[int, int] | None = None

    def area_names(self, language: str) -> tuple[str, ...]:
        if not self.area_names_by_language:
            return self.areas
        return tuple(name_in(language, names) for names in self.area_names_by_language)

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
    params = {
        "start": local_start(ctx, day, time()),
        "end": local_start(ctx, day + timedelta(days=1), time()),
    }
    with ctx.database.read() as session:
        conn = session.connection()
        fetched = conn.execute(_DAY, params).fetchall()
        names = _area_names(conn, _DAY_AREAS, params) if fetched else {}
        places = _places(session, fetched)
    # Clashes are found on the plain values, so each row is built once, flag included.
    starts = _aware_starts(fetched)
    clashes = _clashing(
        (row[0], row[8], row[4], at, row[3]) for row, at in zip(fetched, starts, strict=True)
    )
    return DayList(day, tuple(_build(fetched, starts, names, clashes, places)))


def patient_sessions(ctx: ServiceContext, patient_id: int) -> list[SessionListRow]:
    """All sessions of one patient, newest first (no clinical details)."""
    require(ctx, Permission.BOOK_SESSIONS)
    params = {"patient_id": patient_id}
    with ctx.database.read() as session:
        conn = session.connection()
        fetched = conn.execute(_PATIENT, params).fetchall()
        names = _area_names(conn, _PATIENT_AREAS, params) if fetched else {}
        places = _places(session, fetched)
    return _build(fetched, _aware_starts(fetched), names, frozenset(), places)


def double_bookings(rows: Iterable[SessionListRow]) -> set[int]:
    """Ids of sessions overlapping another busy session of the same physician."""
    return _clashing(
        (r.id, r.physician_id, r.status, r.starts_at, r.duration_minutes) for r in rows
    )


def _clashing(entries: Iterable[tuple[int, int, str, datetime, int]]) -> set[int]:
    """double_bookings over (id, physician id, status, start, minutes) tuples."""
    by_physician: dict[int, list[tuple[datetime, int, datetime]]] = defaultdict(list)
    for sid, physician_id, status, starts, minutes in entries:
        if status in _BUSY:
            by_physician[physician_id].append((starts, sid, starts + _minutes(minutes)))
    clashing: set[int] = set()
    for group in by_physician.values():
        group.sort()  # by (start, id); ids are unique, so the end is never compared
        latest_end: datetime | None = None
        latest_id = 0
        for starts, sid, ends in group:
            if latest_end is not None and starts < latest_end:
                clashing.update((sid, latest_id))
            if latest_end is None or ends > latest_end:
                latest_end, latest_id = ends, sid
    return clashing


@lru_cache(maxsize=256)
def _minutes(minutes: int) -> timedelta:
    return timedelta(minutes=minutes)


# The statements, built once: Core columns of the tables (no ORM loading), rows
# unpacked as tuples, the stored start read raw so that the many sessions sharing a
# start time convert it once (a busy day has ~900 rows on a few dozen slots).
_SESSION_T = TreatmentSession.__table__
_ts = _SESSION_T.c
_pt = Patient.__table__.c
_st = Staff.__table__.c
_sa = SessionArea.__table__.c
_ta = TreatmentArea.__table__.c
_cs = CourseSession.__table__.c
_IN_DAY = (_ts.starts_at >= bindparam("start")) & (_ts.starts_at < bindparam("end"))
_MINE = _ts.patient_id == bindparam("patient_id")
_COLUMNS = select(
    _ts.id,
    _ts.row_version,
    raw_column(_ts.starts_at),
    _ts.duration_minutes,
    _ts.status,
    _ts.patient_id,
    _pt.given_name,
    _pt.family_name,
    _ts.physician_id,
    _st.full_name,
    _cs.course_id,  # NULL unless booked from a course (session_id is unique there)
).select_from(
    _SESSION_T.join(Patient.__table__, _pt.id == _ts.patient_id)
    .join(Staff.__table__, _st.id == _ts.physician_id)
    .outerjoin(CourseSession.__table__, _cs.session_id == _ts.id)
)
_DAY = _COLUMNS.where(_IN_DAY).order_by(_ts.starts_at, _ts.id)
_PATIENT = _COLUMNS.where(_MINE).order_by(_ts.starts_at.desc(), _ts.id.desc())
_AREA_NAMES = (
    select(_sa.session_id, json_as_text(_ta.names), _ta.size_required, raw_column(_sa.size_cm2))
    .select_from(
        SessionArea.__table__.join(_SESSION_T, _ts.id == _sa.session_id).join(
            TreatmentArea.__table__, _ta.id == _sa.area_id
        )
    )
    .order_by(_sa.id)
)
# (English names, names per language, measured sizes)
_AreaNames = tuple[tuple[str, ...], tuple[Names, ...], tuple[Decimal | None, ...]]
_NO_NAMES: _AreaNames = ((), (), ())
_DAY_AREAS = _AREA_NAMES.where(_IN_DAY)
_PATIENT_AREAS = _AREA_NAMES.where(_MINE)


def _area_names(conn: Connection, stmt: Select, params: dict) -> dict[int, _AreaNames]:
    found: dict[int, list[Names]] = defaultdict(list)
    sizes: dict[int, list[Decimal | None]] = defaultdict(list)
    # fetchall() then a loop: iterating the result fetches row by row through SQLAlchemy.
    for session_id, stored, measured, size in conn.execute(stmt, params).fetchall():
        found[session_id].append(names_from_stored(stored))
        sizes[session_id].append(scaled_decimal(size) if measured else None)
    return {
        key: (
            tuple(name_in("en", names) for names in all_names),
            tuple(all_names),
            tuple(sizes[key]),
        )
        for key, all_names in found.items()
    }


def _places(session: Session, fetched: Sequence[Row]) -> dict[int, tuple[int, int]]:
    """Course places, asked only when a listed session was booked from a course: a day
    without one costs no query more."""
    from_courses = [row[0] for row in fetched if row[10] is not None]
    return course_places(session, from_courses) if from_courses else {}


def _aware_starts(fetched: Sequence[Row]) -> list[datetime]:
    converted: dict[datetime, datetime] = {}
    starts: list[datetime] = []
    for row in fetched:
        raw = row[2]
        at = converted.get(raw)
        if at is None:
            at = converted[raw] = aware_utc(raw)
        starts.append(at)
    return starts


def _build(
    fetched: Sequence[Row],
    starts: list[datetime],
    names: dict[int, _AreaNames],
    clashes: Collection[int],
    places: dict[int, tuple[int, int]],
) -> list[SessionListRow]:
    rows: list[SessionListRow] = []
    for (sid, version, _raw, minutes, status, pid, given, family, doc_id, doc_name, _c), at in zip(
        fetched, starts, strict=True
    ):
        english, by_language, measured_sizes = names.get(sid, _NO_NAMES)
        rows.append(
            SessionListRow(
                sid,
                version,
                at,
                minutes,
                status,
                pid,
                f"{given} {family}",
                doc_id,
                doc_name,
                english,
                sid in clashes,
                by_language,
                measured_sizes,
                places.get(sid),
            )
        )
    return rows
