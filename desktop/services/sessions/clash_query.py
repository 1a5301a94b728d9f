"""Everything the clash check needs about one booking, read in one statement.

The check used to send about seven ORM statements (the room, the device, its out-of-service
days, three resource lookups with joins, the physician's hours): building and caching those
statements in SQLAlchemy cost a hundred times the lookups themselves. Here one statement,
run on the transaction's own driver connection, returns tagged rows:

- ``busy``: each session holding the physician, the room or the device that started in
  the MAX_DURATION before the end of the booking (three index range lookups on
  (resource, starts_at), merged by id so a session holding two of them comes once);
- ``room`` / ``device``: name and whether in service; ``physician``: the name;
- ``hours``: the physician's working hours; ``outage``: the device's out-of-service days.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from db.codes import SessionStatus
from db.types import UTCDateTime
from desktop.services.resources.device_log import OutageRow
from desktop.services.sessions.checks import MAX_DURATION


@dataclass(frozen=True)
class Occupied:
    """A session that holds a physician, room or device between two instants."""

    session_id: int
    starts_at: datetime
    ends_at: datetime
    patient_name: str
    physician_id: int
    physician_name: str
    room_id: int | None
    room_name: str
    device_id: int | None
    device_name: str


@dataclass(frozen=True)
class Resource:
    name: str
    in_service: bool


@dataclass
class BookingFacts:
    """What one booking's rules are checked against."""

    occupied: list[Occupied] = field(default_factory=list)  # by start, then id
    room: Resource | None = None
    device: Resource | None = None
    physician_name: str = ""
    hours: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # weekday: spans
    outages: list[OutageRow] = field(default_factory=list)


# Every branch has the same 14 columns: kind, n1, at, n2, t1, t2, n3, t3, n4, t4, n5, t5, d1, d2.
# The ids -1 and the empty strings never match a row (ids are positive): an absent room or
# device simply finds nothing.
STATEMENT_SQL = """
SELECT 'busy' AS kind, s.id AS n1, s.starts_at AS at, s.duration_minutes AS n2,
       p.given_name AS t1, p.family_name AS t2, s.physician_id AS n3, st.full_name AS t3,
       s.room_id AS n4, r.name AS t4, s.device_id AS n5, d.name AS t5,
       CAST(NULL AS DATE) AS d1, CAST(NULL AS DATE) AS d2
FROM treatment_session s
JOIN patient p ON p.id = s.patient_id
JOIN staff st ON st.id = s.physician_id
LEFT JOIN room r ON r.id = s.room_id
LEFT JOIN laser_device d ON d.id = s.device_id
WHERE s.id IN (
    SELECT id FROM treatment_session
    WHERE physician_id = :physician AND starts_at >= :since AND starts_at < :until
    UNION ALL
    SELECT id FROM treatment_session
    WHERE room_id = :room AND starts_at >= :since AND starts_at < :until
    UNION ALL
    SELECT id FROM treatment_session
    WHERE device_id = :device AND starts_at >= :since AND starts_at < :until
)
AND s.status NOT IN (:cancelled, :no_show) AND s.id <> :exclude
UNION ALL
SELECT 'room', CASE WHEN in_service THEN 1 ELSE 0 END, NULL, NULL, name, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM room WHERE id = :room
UNION ALL
SELECT 'device', CASE WHEN in_service THEN 1 ELSE 0 END, NULL, NULL, name, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM laser_device WHERE id = :device
UNION ALL
SELECT 'physician', NULL, NULL, NULL, full_name, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM staff WHERE id = :physician
UNION ALL
SELECT 'hours', weekday, NULL, starts_minute, NULL, NULL,
       ends_minute, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM working_hours WHERE staff_id = :physician
UNION ALL
SELECT 'outage', id, NULL, device_id, reason, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, starts_on, ends_on
FROM device_outage WHERE device_id = :device AND starts_on <= :last_day AND ends_on >= :first_day
"""

_PYFORMAT_SQL = re.sub(r":(\w+)", r"%(\1)s", STATEMENT_SQL)  # psycopg's parameter style


@dataclass(frozen=True)
class _Converters:
    """The column types' own bind and result conversions for one dialect (the same as
    the ORM applies), so values match what it stores: e.g. SQLite's datetime text."""

    sql: str
    moment_in: Callable[[Any], Any]
    day_in: Callable[[Any], Any]
    moment_out: Callable[[Any], Any]
    day_out: Callable[[Any], Any]


_CONVERTERS: dict[str, _Converters] = {}


def _sqlite_moment(value: str) -> datetime:
    """UTCDateTime's SQLite text ("2026-11-26 07:00:00.000000", UTC) as an aware datetime:
    what its result processor returns, at a tenth of the cost."""
    return datetime.fromisoformat(value + "+00:00")


def _converters(dialect: Dialect) -> _Converters:
    found = _CONVERTERS.get(dialect.name)
    if found is None:
        moment = UTCDateTime().dialect_impl(dialect)
        day = Date().dialect_impl(dialect)

        def same(value: Any) -> Any:
            return value

        found = _CONVERTERS[dialect.name] = _Converters(
            sql=STATEMENT_SQL if dialect.paramstyle in ("named", "qmark") else _PYFORMAT_SQL,
            moment_in=moment.bind_processor(dialect) or same,
            day_in=day.bind_processor(dialect) or same,
            moment_out=(
                _sqlite_moment
                if dialect.name == "sqlite"
                else moment.result_processor(dialect, None) or same
            ),
            day_out=day.result_processor(dialect, None) or same,
        )
    return found


def booking_facts(
    session: Session,
    starts_at: datetime,
    ends_at: datetime,
    physician_id: int,
    room_id: int | None,
    device_id: int | None,
    days: tuple[date, date],
    exclude_session_id: int | None = None,
) -> BookingFacts:
    """The sessions in the way of [starts_at, ends_at) on any of the three resources, the
    room, device and physician, the physician's hours and the device's out-of-service
    periods touching ``days`` (first, last; the clinic's calendar)."""
    connection = session.connection()  # begins the transaction if not yet begun
    convert = _converters(connection.dialect)
    params = {
        "physician": physician_id,
        "room": -1 if room_id is None else room_id,
        "device": -1 if device_id is None else device_id,
        "since": convert.moment_in(starts_at - timedelta(minutes=MAX_DURATION)),
        "until": convert.moment_in(ends_at),
        "cancelled": str(SessionStatus.CANCELLED),
        "no_show": str(SessionStatus.NO_SHOW),
        "exclude": -1 if exclude_session_id is None else exclude_session_id,
        "first_day": convert.day_in(days[0]),
        "last_day": convert.day_in(days[1]),
    }
    # The driver's cursor on the transaction's own connection: SQLAlchemy's statement
    # cache, result metadata and row objects cost more than the lookups themselves.
    cursor = connection.connection.cursor()
    try:
        cursor.execute(convert.sql, params)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    facts = BookingFacts()
    for kind, n1, at, n2, t1, t2, n3, t3, n4, t4, n5, t5, d1, d2 in rows:
        if kind == "busy":
            at = convert.moment_out(at)
            ends = at + timedelta(minutes=n2)
            if ends > starts_at:  # started in the window but ended before the booking
                facts.occupied.append(
                    Occupied(n1, at, ends, f"{t1} {t2}".strip(), n3, t3, n4, t4 or "", n5, t5 or "")
                )
        elif kind == "room":
            facts.room = Resource(t1, bool(n1))
        elif kind == "device":
            facts.device = Resource(t1, bool(n1))
        elif kind == "physician":
            facts.physician_name = t1
        elif kind == "hours":
            facts.hours.setdefault(n1, []).append((n2, n3))
        else:
            facts.outages.append(
                OutageRow(n1, n2, convert.day_out(d1), convert.day_out(d2), t1 or "")
            )
    facts.occupied.sort(key=lambda o: (o.starts_at, o.session_id))
    for spans in facts.hours.values():
        spans.sort()
    facts.outages.sort(key=lambda o: (o.starts_on, o.id))
    return facts
