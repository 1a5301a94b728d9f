"""The clash check's one statement (clash_query.booking_facts) finds what the per-resource
ORM lookups found: the same sessions at the edges of the window, the same room, device,
hours and out-of-service days, on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from db.codes import SessionStatus
from db.models import TreatmentSession
from desktop.services.resources import device_log, hours
from desktop.services.resources.equipment import EquipmentInput, ResourceKind, save_equipment
from desktop.services.sessions.checks import MAX_DURATION
from desktop.services.sessions.clash_query import Occupied, booking_facts
from desktop.services.sessions.clashes import occupied_between
from tests.sessions_support import add_staff, screened_patient

pytestmark = pytest.mark.both_engines

START = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)  # 11:00 in Istanbul, a Thursday
END = START + timedelta(minutes=30)
DAYS = (date(2026, 11, 26), date(2026, 11, 26))


@pytest.fixture
def world(ctx) -> dict:
    ids = {
        "ayse": add_staff(ctx, "dr.ayse", "Dr Ayşe Yılmaz"),
        "can": add_staff(ctx, "dr.can", "Dr Can Demir"),
        "patient": screened_patient(ctx, "Zeynep", "Şahin"),
        "room1": save_equipment(ctx, ResourceKind.ROOM, EquipmentInput("Room 1")).id,
        "room2": save_equipment(ctx, ResourceKind.ROOM, EquipmentInput("Room 2")).id,
        "co2": save_equipment(ctx, ResourceKind.DEVICE, EquipmentInput("CO2 laser")).id,
        "yag": save_equipment(ctx, ResourceKind.DEVICE, EquipmentInput("Er:YAG laser")).id,
    }
    ayse, can, room1, room2, co2, yag = (
        ids[k] for k in ("ayse", "can", "room1", "room2", "co2", "yag")
    )
    # (minutes from START, duration, physician, room, device, status): sessions at every
    # edge of [START, END) and of the MAX_DURATION window, on each resource.
    rows = [
        (-30, 30, ayse, room2, yag, "planned"),  # ends exactly at the start: free
        (-30, 31, ayse, room2, yag, "planned"),  # one minute into the booking
        (30, 30, ayse, room2, yag, "planned"),  # starts exactly at the end: free
        (29, 30, can, room1, None, "planned"),  # room 1 taken in the last minute
        (-MAX_DURATION, MAX_DURATION + 1, can, None, co2, "arrived"),  # longest, overlaps
        (-MAX_DURATION, MAX_DURATION, can, None, co2, "planned"),  # longest, ends at start
        (-MAX_DURATION - 1, MAX_DURATION, can, room1, None, "planned"),  # before the window
        (0, 30, ayse, room1, co2, "cancelled"),  # does not block
        (0, 30, can, room2, yag, "no_show"),  # does not block
        (0, 45, can, room2, co2, "in_treatment"),  # the device only
        (10, 10, ayse, None, None, "done"),  # the physician only
    ]
    with ctx.database.write() as session:
        for minutes, length, physician, room, device, status in rows:
            session.add(
                TreatmentSession(
                    patient_id=ids["patient"],
                    physician_id=physician,
                    starts_at=START + timedelta(minutes=minutes),
                    duration_minutes=length,
                    status=SessionStatus(status),
                    room_id=room,
                    device_id=device,
                )
            )
    hours.set_week_hours(ctx, ayse, ("09:00–13:00, 14:00–18:00",) * 5 + ("", ""))
    device_log.add_outage(ctx, co2, date(2026, 11, 20), date(2026, 11, 26), "service")
    device_log.add_outage(ctx, co2, date(2026, 11, 27), date(2026, 11, 28), "")
    device_log.add_outage(ctx, yag, date(2026, 11, 26), date(2026, 11, 26), "repair")
    return ids


def _old_lookups(session, physician, room, device, exclude=None) -> list[Occupied]:
    """What the three per-resource lookups found, merged by session, by start then id."""
    found: dict[int, Occupied] = {}
    for resource in ({"physician_id": physician}, {"room_id": room}, {"device_id": device}):
        if next(iter(resource.values())) is None:
            continue
        for o in occupied_between(session, START, END, exclude_session_id=exclude, **resource):
            found[o.session_id] = o
    return sorted(found.values(), key=lambda o: (o.starts_at, o.session_id))


@pytest.mark.parametrize(
    ("physician", "room", "device"),
    [("ayse", "room1", "co2"), ("can", "room2", "yag"), ("ayse", None, None), ("can", None, "co2")],
)
def test_one_statement_finds_what_the_lookups_found(ctx, world, physician, room, device) -> None:
    doc: int = world[physician]
    ids = [world[k] if k else None for k in (room, device)]
    with ctx.database.read() as session:
        facts = booking_facts(session, START, END, doc, ids[0], ids[1], DAYS)
        before = _old_lookups(session, doc, *ids)
        outages = device_log.outages_overlapping(session, ids[1], *DAYS) if ids[1] else []
        week = hours.hours_by_weekday(session, doc)
    assert facts.occupied == before
    assert facts.occupied, "the fixture has sessions in the way of every booking tried"
    assert facts.outages == outages
    assert facts.hours == week
    assert facts.physician_name == {"ayse": "Dr Ayşe Yılmaz", "can": "Dr Can Demir"}[physician]
    assert (facts.room.name if facts.room else None) == {"room1": "Room 1", "room2": "Room 2"}.get(
        room or ""
    )
    assert (facts.device is None) == (device is None)


def test_edges_of_the_window_and_the_excluded_session(ctx, world) -> None:
    with ctx.database.read() as session:
        facts = booking_facts(
            session, START, END, world["ayse"], world["room1"], world["co2"], DAYS
        )
        starts = [(o.starts_at - START, o.ends_at - START) for o in facts.occupied]
        moved = facts.occupied[0].session_id
        without = booking_facts(
            session, START, END, world["ayse"], world["room1"], world["co2"], DAYS, moved
        )
        before = _old_lookups(session, world["ayse"], world["room1"], world["co2"], moved)
    minute = timedelta(minutes=1)
    assert starts == [
        (-MAX_DURATION * minute, minute),  # the longest session still running
        (-30 * minute, minute),
        (0 * minute, 45 * minute),  # in treatment on the CO2 laser
        (10 * minute, 20 * minute),
        (29 * minute, 59 * minute),  # room 1 in the last minute
    ]
    assert without.occupied == before and moved not in {o.session_id for o in without.occupied}
    assert [o.reason for o in facts.outages] == ["service"]  # the 27th is another day
    assert facts.hours == {d: [(540, 780), (840, 1080)] for d in range(5)}


def test_an_unknown_room_or_device_finds_nothing_of_theirs(ctx, world) -> None:
    with ctx.database.read() as session:
        facts = booking_facts(session, START, END, world["can"], None, None, DAYS)
    assert facts.room is None and facts.device is None and facts.outages == []
    assert facts.hours == {}  # no hours set for Dr Can
    assert {o.physician_id for o in facts.occupied} == {world["can"]}


def test_the_calendar_read_finds_the_sessions_overlapping_at_the_edges(ctx, world) -> None:
    from desktop.services.sessions import schedule

    found = schedule.sessions_between(ctx, START, END)
    spans = [(s.starts_at - START, s.ends_at - START, s.status) for s in found]
    minute = timedelta(minutes=1)
    assert spans == [
        (-MAX_DURATION * minute, minute, SessionStatus.ARRIVED),
        (-30 * minute, minute, SessionStatus.PLANNED),
        (0 * minute, 30 * minute, SessionStatus.CANCELLED),  # shown, but does not block
        (0 * minute, 30 * minute, SessionStatus.NO_SHOW),
        (0 * minute, 45 * minute, SessionStatus.IN_TREATMENT),
        (10 * minute, 20 * minute, SessionStatus.DONE),
        (29 * minute, 59 * minute, SessionStatus.PLANNED),
    ]
    assert all(s.starts_at.tzinfo is not None for s in found)
    assert found[0].patient_name == "Zeynep Şahin" and found[0].physician_name == "Dr Can Demir"
    blocking = schedule.sessions_between(ctx, START, END, include_cancelled=False)
    assert [s.id for s in blocking] == [s.id for s in found if s.blocks]
    assert [s.id for s in schedule.sessions_between(ctx, START, END, room_id=world["room1"])] == [
        s.id for s in found if s.room_id == world["room1"]
    ]
