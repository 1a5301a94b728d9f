"""The fast read paths (history, day list) build the same DTOs as the one-session path.

History and the day list read stored integers and datetimes raw (db.types.raw_column)
and convert them in the service; these tests compare their rows field by field, and by
repr (so Decimal("3.5") against Decimal("3.50") or a non-UTC zone would show), with
get_session(), which reads through the ORM and the column types. On both engines:
PostgreSQL returns aware datetimes where SQLite returns naive ones.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy.dialects import sqlite

from db.types import ScaledDecimal, UTCDateTime, aware_utc, scaled_decimal
from desktop.services.sessions import day_list
from desktop.services.sessions import records as sessions
from desktop.services.sessions.checks import AreaInput
from desktop.services.sessions.follow_ups import FollowUpInput, add_follow_up
from desktop.services.sessions.history import patient_history
from desktop.services.sessions.records import RecordInput
from tests.sessions_support import add_staff, book, screened_patient

SQLITE = sqlite.dialect()  # the types convert the same way on every engine

pytestmark = pytest.mark.both_engines

DAY = date(2026, 11, 26)


def _recorded(ctx, patient_id: int, physician_id: int, day: date, at: time):
    early = dataclasses.replace(ctx, clock=lambda: datetime(2026, 1, 1, 5, 0, tzinfo=UTC))
    booked = book(early, patient_id, physician_id, day, at=at, codes=("forehead", "neck"))
    areas = (
        AreaInput(
            booked.areas[0].area_id,
            Decimal("35.5"),
            depth_um=60,
            passes=2,
            device="Er:YAG",
            mode="ablative",
            fluence_j_cm2=Decimal("1.25"),
            spot_size_mm="4",
            immediate_reaction="erythema",
        ),
        AreaInput(booked.areas[1].area_id, Decimal(80), depth_um=30),
    )
    done = sessions.record_session(
        ctx,
        booked.id,
        booked.row_version,
        RecordInput(
            areas=areas,
            anaesthesia="topical",
            indications=("wrinkles",),
            combined_procedures=("fractional_laser",),
            notes="Tolerated well.",
            follow_up_on=day + timedelta(days=7),
        ),
    )
    add_follow_up(
        ctx,
        done.id,
        FollowUpInput(kind="day_3_4", healing="good", adverse_events=("prolonged_redness",)),
    )
    return done


def test_history_rows_equal_the_session_detail(ctx) -> None:
    doc = add_staff(ctx, "dr.a", "Dr. Aydın")
    patient = screened_patient(ctx, "Çağla", "Öztürk")
    done = _recorded(ctx, patient, doc, date(2026, 3, 2), time(9, 30))
    planned = book(ctx, patient, doc, date(2026, 12, 30), codes=("neck",))

    history = patient_history(ctx, patient)

    assert [s.id for s in history.sessions] == [planned.id, done.id]
    assert history.patient_name == "Çağla Öztürk"
    for shown in history.sessions:
        detail = sessions.get_session(ctx, shown.id)
        for name in (
            "starts_at",
            "duration_minutes",
            "status",
            "physician_name",
            "anaesthesia",
            "indications",
            "combined_procedures",
            "notes",
            "follow_up_on",
            "areas",
            "follow_ups",
        ):
            mine, theirs = getattr(shown, name), getattr(detail, name)
            assert mine == theirs, name
            assert repr(mine) == repr(theirs), name
        assert shown.starts_at.tzinfo is UTC
    treated = history.sessions[1]
    assert treated.areas[0].fluence_j_cm2 == Decimal("1.25")
    assert repr(treated.areas[0].size_cm2) == "Decimal('35.50')"
    assert treated.follow_ups[0].adverse_events == ("prolonged_redness",)
    assert treated.follow_ups[0].recorded_at.tzinfo is UTC
    assert [
        (a.names["en"], a.sessions, a.last_depth_um, a.last_on) for a in history.area_summary
    ] == [
        ("Forehead", 1, 60, date(2026, 3, 2)),
        ("Neck", 1, 30, date(2026, 3, 2)),
    ]


def test_day_list_rows_equal_the_patient_list_and_flag_what_double_bookings_finds(ctx) -> None:
    a = add_staff(ctx, "dr.a", "Dr. Aydın")
    b = add_staff(ctx, "dr.b", "Dr. Weber")
    p1 = screened_patient(ctx, "Ayşe", "Yılmaz")
    p2 = screened_patient(ctx, "İsmail", "Işık")
    first = book(ctx, p1, a, DAY, at=time(9, 0), codes=("forehead", "neck"))
    same_slot = book(ctx, p2, a, DAY, at=time(9, 0), codes=("chin",), override_reason="Twins")
    later = book(ctx, p2, b, DAY, at=time(9, 0), codes=("nose",))
    late = book(ctx, p1, b, DAY, at=time(16, 45), codes=("decollete",))

    rows = day_list.day_sessions(ctx, DAY).rows

    assert [r.id for r in rows] == [first.id, same_slot.id, later.id, late.id]
    assert {r.id for r in rows if r.double_booked} == {first.id, same_slot.id}
    assert day_list.double_bookings(rows) == {first.id, same_slot.id}
    assert all(r.starts_at.tzinfo is UTC for r in rows)
    # The three sessions at 09:00 share one start: converted once, equal to the booking's.
    assert rows[0].starts_at == rows[2].starts_at == first.starts_at
    by_id = {r.id: r for r in rows}
    for patient in (p1, p2):
        for listed in day_list.patient_sessions(ctx, patient):
            assert listed == dataclasses.replace(by_id[listed.id], double_booked=False)
            assert repr(listed.starts_at) == repr(by_id[listed.id].starts_at)
    assert by_id[first.id].areas == ("Forehead", "Neck")
    assert by_id[first.id].patient_name == "Ayşe Yılmaz"


@pytest.mark.parametrize("scale", [2, 3])
def test_scaled_decimal_is_what_the_column_type_returns(scale: int) -> None:
    column = ScaledDecimal(scale)
    for stored in [*range(-1005, 1005, 7), 0, 1, 10, 100, 35050, 10**12]:
        expected = column.process_result_value(stored, SQLITE)
        assert repr(scaled_decimal(stored, scale)) == repr(expected)


def test_aware_utc_gives_utc_whatever_the_driver_returns() -> None:
    expected = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
    sqlite_value = datetime(2026, 11, 25, 7, 30)  # naive, meaning UTC
    postgres_value = datetime(2026, 11, 25, 10, 30, tzinfo=timezone(timedelta(hours=3)))
    for stored in (sqlite_value, postgres_value, expected):
        converted = aware_utc(stored)
        assert converted == expected
        assert converted.tzinfo is UTC
        assert UTCDateTime().process_result_value(stored, SQLITE) == converted
