"""Demo rooms, laser devices and working hours, and which of them each demo session books."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import LaserDevice, Room, WorkingHours

ROOMS = ("Room 1", "Room 2", "Room 3")
# (name, model, serial): an erbium laser for the micro peel itself, a fractional CO2 for
# the deep acne scars it is combined with.
DEVICES = (
    ("Er:YAG laser", "Er:YAG 2940 nm micro-peel scanner", "EY-2021-0417"),
    ("CO2 laser", "Fractional CO2 10600 nm", "FC-2019-1183"),
)
# Mon–Fri 09:00–18:00 and Saturday 10:00–14:00, for the first physicians listed.
WEEK = (*((day, 9 * 60, 18 * 60) for day in range(5)), (5, 10 * 60, 14 * 60))
WITH_HOURS = 2
# The CO2 laser is due for service soon, so the calendar's alert shows in a demo.
SERVICE_DUE_IN_DAYS = 10


@dataclass
class DemoResources:
    room_of: dict[int, int]  # physician → the room they usually work in
    device_ids: list[int]
    busy: dict[tuple[date, int], list[tuple[int, int]]] = field(default_factory=dict)

    def pick(
        self, rng: random.Random, physician_id: int, day: date, minute: int, duration: int
    ) -> tuple[int, int | None]:
        """The physician's room and a device free at that time (None when both are taken:
        such a session reads like one booked before devices were kept)."""
        preferred = self.device_ids if rng.random() < 0.85 else self.device_ids[::-1]
        for device_id in preferred:
            taken = self.busy.setdefault((day, device_id), [])
            if all(minute + duration <= a or b <= minute for a, b in taken):
                taken.append((minute, minute + duration))
                return self.room_of[physician_id], device_id
        return self.room_of[physician_id], None


def ensure_resources(
    session: Session, physician_ids: list[int], today: date | None = None
) -> DemoResources:
    rooms = {r.name: r for r in session.scalars(select(Room))}
    for name in ROOMS:
        if name not in rooms:
            rooms[name] = Room(name=name)
            session.add(rooms[name])
    devices = {d.name: d for d in session.scalars(select(LaserDevice))}
    for name, model, serial in DEVICES:
        if name not in devices:
            devices[name] = LaserDevice(name=name, model=model, serial=serial)
            if name == "CO2 laser" and today is not None:
                devices[name].service_due_on = today + timedelta(days=SERVICE_DUE_IN_DAYS)
            session.add(devices[name])
    session.flush()
    for physician_id in physician_ids[:WITH_HOURS]:
        has_hours = session.scalar(
            select(WorkingHours.id).where(WorkingHours.staff_id == physician_id).limit(1)
        )
        if has_hours is None:
            for day, starts, ends in WEEK:
                session.add(
                    WorkingHours(
                        staff_id=physician_id, weekday=day, starts_minute=starts, ends_minute=ends
                    )
                )
    session.flush()
    room_ids = [rooms[name].id for name in ROOMS]
    return DemoResources(
        room_of={p: room_ids[n % len(room_ids)] for n, p in enumerate(physician_ids)},
        device_ids=[devices[name].id for name, _, _ in DEVICES],
    )
