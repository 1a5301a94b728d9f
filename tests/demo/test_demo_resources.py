"""Demo data books rooms and laser devices, and some physicians keep working hours."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import timedelta

from sqlalchemy import select

from db.codes import SessionStatus
from db.models import Staff, TreatmentSession
from desktop.services.demo.generate import generate_demo
from desktop.services.resources import hours
from desktop.services.resources.equipment import ResourceKind, list_equipment


def test_demo_has_rooms_devices_hours_and_sessions_that_book_them(ctx) -> None:
    generate_demo(ctx, patients=40, sessions=600)
    rooms = list_equipment(ctx, ResourceKind.ROOM)
    devices = list_equipment(ctx, ResourceKind.DEVICE)
    assert [r.name for r in rooms] == ["Room 1", "Room 2", "Room 3"]
    assert {d.name for d in devices} == {"CO2 laser", "Er:YAG laser"}
    assert all(d.model and d.serial and d.in_service for d in devices)
    with ctx.database.read() as session:
        doctors = dict(session.execute(select(Staff.username, Staff.id)).all())
        booked = session.execute(
            select(
                TreatmentSession.device_id,
                TreatmentSession.room_id,
                TreatmentSession.starts_at,
                TreatmentSession.duration_minutes,
                TreatmentSession.status,
            )
        ).all()
    assert hours.week_hours_text(ctx, doctors["dr.aydin"]) == (
        *("09:00–18:00",) * 5,
        "10:00–14:00",
        "",
    )
    assert hours.week_hours_text(ctx, doctors["dr.weber"]) == ("",) * 7
    assert all(room is not None for _d, room, *_ in booked)
    assert sum(device is not None for device, *_ in booked) > 0.9 * len(booked)
    # A laser is never booked twice at once by the demo.
    per_device = defaultdict(list)
    for device, _room, starts, minutes, status in booked:
        if device is not None and status not in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW):
            per_device[device].append((starts, starts + timedelta(minutes=minutes)))
    for spans in per_device.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    generate_demo(ctx, patients=5, sessions=10)  # a second run adds no second set
    assert len(list_equipment(ctx, ResourceKind.ROOM)) == 3
    assert len(list_equipment(ctx, ResourceKind.DEVICE)) == 2


def test_demo_co2_laser_is_due_for_service_soon_so_the_calendar_shows_the_alert(ctx) -> None:
    from desktop.services.resources.device_log import device_alerts

    generate_demo(ctx, patients=5, sessions=20)
    alerts = device_alerts(ctx, ctx.today())
    assert [(a.device_name, a.code) for a in alerts] == [("CO2 laser", "service_due")]
