"""A physician, room or laser device is booked once at a time; devices out of service and
hours outside the physician's are refused; a physician or admin may override with a reason."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from sqlalchemy import func, select

from db.models import AuditEvent, TreatmentSession
from desktop.services.common.errors import PermissionDenied, ValidationError
from desktop.services.resources import hours
from desktop.services.resources.equipment import (
    EquipmentInput,
    ResourceKind,
    save_equipment,
)
from desktop.services.sessions import booking as session_booking
from desktop.services.sessions import records as sessions
from desktop.services.sessions.clashes import BookingRefused
from desktop.services.sessions.records import BookingInput
from tests.accounts_helpers import as_role
from tests.sessions_support import add_staff, book, screened_patient

pytestmark = pytest.mark.both_engines

THURSDAY = date(2026, 11, 26)
SUNDAY = date(2026, 11, 29)
WEEKDAYS_9_TO_6 = ("09:00–18:00",) * 5 + ("10:00–14:00", "")


@pytest.fixture
def setup(ctx) -> dict:
    ids = {
        "ayse": add_staff(ctx, "dr.ayse", "Dr Ayşe Yılmaz"),
        "can": add_staff(ctx, "dr.can", "Dr Can Demir"),
        "mehmet": screened_patient(ctx, "Mehmet", "Kaya"),
        "zeynep": screened_patient(ctx, "Zeynep", "Şahin"),
    }
    for key, kind, data in (
        ("room1", ResourceKind.ROOM, EquipmentInput("Room 1")),
        ("room2", ResourceKind.ROOM, EquipmentInput("Room 2")),
        ("co2", ResourceKind.DEVICE, EquipmentInput("CO2 laser", "Fractional CO2", "C-1")),
        ("yag", ResourceKind.DEVICE, EquipmentInput("Er:YAG laser", "Er:YAG 2940", "E-7")),
    ):
        ids[key] = save_equipment(ctx, kind, data).id
    return ids


def _count(ctx) -> int:
    with ctx.database.read() as session:
        count: int = session.execute(
            select(func.count()).select_from(TreatmentSession)
        ).scalar_one()
    return count


def _book(ctx, s, doc="ayse", patient="mehmet", room="room2", device="co2", **kw):
    return book(
        ctx,
        s[patient],
        s[doc],
        kw.pop("day", THURSDAY),
        at=kw.pop("at", time(10, 0)),
        codes=kw.pop("codes", ("cheeks",)),
        duration_minutes=kw.pop("duration_minutes", 45),
        room_id=s[room] if room else None,
        device_id=s[device] if device else None,
        **kw,
    )


def test_busy_physician_is_refused_naming_who_when_and_where(ctx, setup) -> None:
    _book(ctx, setup)
    with pytest.raises(BookingRefused) as refused:
        _book(ctx, setup, patient="zeynep", room="room1", device="yag", at=time(10, 30))
    assert refused.value.may_override  # the test actor is an administrator
    assert [p.code for p in refused.value.problems] == ["physician_busy"]
    assert "Dr Ayşe Yılmaz is already booked 10:00–10:45 (Room 2, CO2 laser, Mehmet Kaya)" in str(
        refused.value
    )
    assert _count(ctx) == 1


@pytest.mark.parametrize(
    ("changes", "code", "words"),
    [
        ({"doc": "can", "device": "yag"}, "room_busy", "Room 2 is already booked 10:00–10:45"),
        ({"doc": "can", "room": "room1"}, "device_busy", "CO2 laser is already booked 10:00–10:45"),
    ],
)
def test_busy_room_or_device_is_refused(ctx, setup, changes, code, words) -> None:
    _book(ctx, setup)
    with pytest.raises(BookingRefused) as refused:
        _book(ctx, setup, patient="zeynep", at=time(10, 44), **changes)
    assert [p.code for p in refused.value.problems] == [code]
    assert words in str(refused.value)
    assert "Dr Ayşe Yılmaz" in str(refused.value)
    assert _count(ctx) == 1


def test_the_end_is_exclusive_and_other_resources_are_free(ctx, setup) -> None:
    _book(ctx, setup)  # 10:00–10:45
    _book(ctx, setup, patient="zeynep", at=time(10, 45))  # starts as the first ends
    _book(ctx, setup, "can", "mehmet", "room1", "yag", at=time(10, 15), codes=("chin",))
    before = _book(ctx, setup, patient="zeynep", at=time(9, 15), codes=("nose",))  # to 10:00
    assert before.room_id == setup["room2"] and before.device_name == "CO2 laser"
    assert _count(ctx) == 4


def test_cancelled_and_no_show_sessions_do_not_block(ctx, setup) -> None:
    first = _book(ctx, setup)
    sessions.cancel_session(ctx, first.id, first.row_version)
    second = _book(ctx, setup, patient="zeynep")
    sessions.set_session_status(ctx, second.id, second.row_version, "no_show")
    _book(ctx, setup, codes=("nose",))
    assert _count(ctx) == 3


def test_device_out_of_service_is_refused(ctx, setup) -> None:
    save_equipment(
        ctx, ResourceKind.DEVICE, EquipmentInput("CO2 laser", in_service=False), setup["co2"]
    )
    with pytest.raises(BookingRefused) as refused:
        _book(ctx, setup)
    assert [p.code for p in refused.value.problems] == ["device_out_of_service"]
    assert "The CO2 laser is out of service" in str(refused.value)


def test_hours_outside_the_physicians_are_refused(ctx, setup) -> None:
    hours.set_week_hours(ctx, setup["ayse"], WEEKDAYS_9_TO_6)
    _book(ctx, setup, at=time(9, 0))
    _book(ctx, setup, patient="zeynep", at=time(17, 15))  # ends 18:00 exactly
    with pytest.raises(BookingRefused, match="works 09:00–18:00 on Thursday; 17:30–18:15"):
        _book(ctx, setup, at=time(17, 30))
    with pytest.raises(BookingRefused, match="Dr Ayşe Yılmaz does not work on Sunday"):
        _book(ctx, setup, day=SUNDAY, at=time(11, 0), codes=("nose",))
    # A physician without hours set is not limited by them.
    _book(ctx, setup, "can", "mehmet", "room1", "yag", day=SUNDAY, codes=("chin",))


def test_split_day_hours_refuse_the_lunch_break(ctx, setup) -> None:
    split = ("09:00–13:00, 14:00–18:00",) * 5 + ("", "")
    hours.set_week_hours(ctx, setup["ayse"], split)
    with pytest.raises(BookingRefused, match="works 09:00–13:00, 14:00–18:00 on Thursday"):
        _book(ctx, setup, at=time(12, 30))
    _book(ctx, setup, at=time(14, 0))


def test_reception_cannot_override_and_nothing_is_saved(ctx, setup) -> None:
    _book(ctx, setup)
    desk = as_role(ctx, "reception")
    with pytest.raises(BookingRefused) as refused:
        _book(desk, setup, patient="zeynep", at=time(10, 30))
    assert not refused.value.may_override
    with pytest.raises(PermissionDenied, match="not allowed to book over a clash"):
        _book(desk, setup, patient="zeynep", at=time(10, 30), override_reason="Please")
    assert _count(ctx) == 1


def test_physician_override_is_saved_and_audited_with_the_reason(ctx, setup) -> None:
    first = _book(ctx, setup)
    physician = as_role(ctx, "physician", setup["ayse"])
    saved = _book(
        physician, setup, patient="zeynep", at=time(10, 30), override_reason="Short touch-up"
    )
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "session.book")
            .order_by(AuditEvent.id.desc())
        ).first()
    assert event is not None and event.entity_id == saved.id
    details = json.loads(event.details)
    assert details["override_reason"] == "Short touch-up"
    assert {"code": "physician_busy", "session_id": first.id} in details["overridden"]
    assert {"code": "room_busy", "session_id": first.id} in details["overridden"]
    assert "Mehmet" not in event.details and "Zeynep" not in event.details


def test_change_booking_is_checked_too_but_not_against_itself(ctx, setup) -> None:
    first = _book(ctx, setup)
    second = _book(ctx, setup, patient="zeynep", at=time(11, 0))
    data = BookingInput(
        patient_id=second.patient_id,
        physician_id=setup["ayse"],
        starts_on=THURSDAY,
        starts_time=time(10, 15),
        areas=tuple(a.as_input() for a in second.areas),
        duration_minutes=45,
        room_id=setup["room2"],
        device_id=setup["co2"],
    )
    with pytest.raises(BookingRefused, match="already booked 10:00–10:45"):
        session_booking.update_booking(ctx, second.id, second.row_version, data)
    # Moving a session by a quarter of an hour overlaps only itself.
    moved = session_booking.update_booking(
        ctx,
        first.id,
        first.row_version,
        BookingInput(
            patient_id=first.patient_id,
            physician_id=setup["ayse"],
            starts_on=THURSDAY,
            starts_time=time(10, 15),
            areas=tuple(a.as_input() for a in first.areas),
            duration_minutes=45,
            room_id=setup["room1"],
            device_id=setup["co2"],
        ),
    )
    assert moved.room_name == "Room 1"


def test_room_and_device_are_required_once_the_clinic_keeps_them(ctx, setup) -> None:
    with pytest.raises(ValidationError) as refused:
        _book(ctx, setup, room=None, device=None)
    assert set(refused.value.field_errors) == {"room_id", "device_id"}
    assert _count(ctx) == 0


@pytest.mark.parametrize("resource", ["physician_id", "room_id", "device_id"])
def test_the_clash_check_is_an_indexed_lookup(ctx, setup, resource) -> None:
    """Each resource's lookup is a range on its (resource, starts_at) index, not a scan."""
    from datetime import datetime

    from sqlalchemy import event

    from desktop.services.sessions.clashes import occupied_between

    key = {"physician_id": "ayse", "room_id": "room2", "device_id": "co2"}[resource]
    seen: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if "FROM treatment_session" in statement:
            seen.append((statement, parameters))

    engine = ctx.database.engine
    event.listen(engine, "before_cursor_execute", keep)
    try:
        at = datetime.combine(THURSDAY, time(10, 0), tzinfo=ctx.zone)
        with ctx.database.read() as session:
            occupied_between(session, at, at.replace(hour=11), **{resource: setup[key]})
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    ((statement, parameters),) = seen
    with engine.connect() as conn:
        if ctx.database.is_sqlite:
            plan = " ".join(
                str(row[-1])
                for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            )
            index = {"physician_id": "physician", "room_id": "room", "device_id": "device"}[
                resource
            ]
            assert (
                f"ix_treatment_session_{index}_starts ({resource}=? AND starts_at>? AND starts_at<?)"
                in plan
            )
        else:
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = " ".join(
                str(row[0]) for row in conn.exec_driver_sql(f"EXPLAIN {statement}", parameters)
            )
            assert "ix_treatment_session_" in plan
