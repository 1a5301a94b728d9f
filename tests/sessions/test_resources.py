"""Rooms, laser devices and working hours: administered, validated, audited."""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.common.errors import PermissionDenied, StaleRecord, ValidationError
from desktop.services.resources import hours
from desktop.services.resources.equipment import (
    EquipmentInput,
    ResourceKind,
    list_equipment,
    save_equipment,
)
from desktop.services.sessions import schedule
from tests.accounts_helpers import as_role
from tests.sessions_support import add_staff, book, screened_patient

pytestmark = pytest.mark.both_engines

ROOM, DEVICE = ResourceKind.ROOM, ResourceKind.DEVICE


def _last_event(ctx) -> AuditEvent:
    with ctx.database.read() as session:
        event: AuditEvent | None = session.scalars(
            select(AuditEvent).order_by(AuditEvent.id.desc())
        ).first()
    assert event is not None
    return event


def test_devices_are_added_changed_listed_and_audited(ctx) -> None:
    co2 = save_equipment(ctx, DEVICE, EquipmentInput(" CO2  laser ", "Fractional CO2", "SN-1"))
    assert co2.name == "CO2 laser" and co2.model == "Fractional CO2" and co2.in_service
    assert _last_event(ctx).action == "device.create"
    save_equipment(ctx, DEVICE, EquipmentInput("Er:YAG laser", "Er:YAG 2940", "SN-2"))
    changed = save_equipment(
        ctx,
        DEVICE,
        EquipmentInput("CO2 laser", "Fractional CO2", "SN-1", False),
        co2.id,
        co2.row_version,
    )
    assert not changed.in_service
    event = _last_event(ctx)
    assert event.action == "device.update" and json.loads(event.details)["in_service"] is False
    assert [d.name for d in list_equipment(ctx, DEVICE)] == ["CO2 laser", "Er:YAG laser"]
    assert [d.name for d in list_equipment(ctx, DEVICE, in_service_only=True)] == ["Er:YAG laser"]
    with pytest.raises(StaleRecord):
        save_equipment(ctx, DEVICE, EquipmentInput("CO2"), co2.id, co2.row_version)


def test_bad_names_are_refused(ctx) -> None:
    save_equipment(ctx, ROOM, EquipmentInput("Oda 1"))
    for name, words in (
        ("", "Type a name"),
        ("ODA 1", "already in the list"),
        ("x" * 81, "under 80"),
    ):
        with pytest.raises(ValidationError, match=words):
            save_equipment(ctx, ROOM, EquipmentInput(name))
    assert len(list_equipment(ctx, ROOM)) == 1


def test_only_administrators_manage_rooms_devices_and_hours(ctx) -> None:
    doctor = add_staff(ctx, "dr.ayse", "Dr Ayşe Yılmaz")
    for role in ("reception", "physician"):
        acting = as_role(ctx, role)
        with pytest.raises(PermissionDenied, match="manage rooms, devices and working hours"):
            save_equipment(acting, ROOM, EquipmentInput("Room 9"))
        with pytest.raises(PermissionDenied):
            hours.set_week_hours(acting, doctor, ("09:00-18:00",) * 7)
        assert list_equipment(acting, ROOM) == []  # reading is for every desk


def test_week_hours_are_parsed_tidied_stored_and_audited(ctx) -> None:
    doctor = add_staff(ctx, "dr.ayse", "Dr Ayşe Yılmaz")
    typed = (
        "9:00-18:00",
        "09.00 - 13:00; 14:00-18:00",
        "",
        "09:00–18:00",
        "9-18",
        "10:00-14:00",
        "",
    )
    with pytest.raises(ValidationError) as refused:
        hours.set_week_hours(ctx, doctor, typed)
    assert set(refused.value.field_errors) == {"day4"}
    typed = (*typed[:4], "09:00-18:00", *typed[5:])
    stored = hours.set_week_hours(ctx, doctor, typed)
    assert stored == (
        "09:00–18:00",
        "09:00–13:00, 14:00–18:00",
        "",
        "09:00–18:00",
        "09:00–18:00",
        "10:00–14:00",
        "",
    )
    assert hours.week_hours_text(ctx, doctor) == stored
    assert _last_event(ctx).action == "working_hours.set"


@pytest.mark.parametrize(
    ("day", "words"),
    [
        ("18:00-09:00", "Type the hours"),
        ("09:00-13:00, 12:00-18:00", "overlap"),
        ("25:00-26:00", "Type"),
    ],
)
def test_impossible_hours_are_refused(ctx, day, words) -> None:
    doctor = add_staff(ctx, "dr.ayse", "Dr Ayşe Yılmaz")
    with pytest.raises(ValidationError, match=words):
        hours.set_week_hours(ctx, doctor, (day,) + ("",) * 6)
    assert hours.week_hours_text(ctx, doctor) == ("",) * 7


def test_hours_are_for_physicians_only(ctx) -> None:
    desk = add_staff(ctx, "desk", "Elif Desk", role="reception")
    with pytest.raises(ValidationError, match="physicians only"):
        hours.set_week_hours(ctx, desk, ("09:00-18:00",) * 7)


def test_schedule_reads_a_day_per_resource_and_who_is_busy(ctx) -> None:
    doctor = add_staff(ctx, "dr.ayse", "Dr Ayşe Yılmaz")
    room = save_equipment(ctx, ROOM, EquipmentInput("Room 2")).id
    laser = save_equipment(ctx, DEVICE, EquipmentInput("CO2 laser")).id
    patient = screened_patient(ctx, "Mehmet", "Kaya")
    day = date(2026, 11, 26)
    booked = book(ctx, patient, doctor, day, at=time(10, 0), room_id=room, device_id=laser)
    listed = schedule.sessions_of_days(ctx, day, room_id=room)
    assert [(s.id, s.room_name, s.device_name, s.patient_name) for s in listed] == [
        (booked.id, "Room 2", "CO2 laser", "Mehmet Kaya")
    ]
    assert schedule.sessions_of_days(ctx, date(2026, 11, 27), device_id=laser) == []
    week = schedule.sessions_of_days(ctx, date(2026, 11, 23), 7, physician_id=doctor)
    assert [s.id for s in week] == [booked.id]
    at = datetime.combine(day, time(10, 20), tzinfo=ctx.zone)
    busy = schedule.busy_between(ctx, at, at.replace(minute=40), device_id=laser)
    assert [b.session_id for b in busy] == [booked.id]
    assert schedule.last_used_resources(ctx, doctor) == schedule.UsualResources(room, laser)
