"""A clinic day for day-sheet tests: a physician, a room, a laser and sessions at given times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from db.models import (
    LaserDevice,
    Patient,
    Room,
    SessionArea,
    Staff,
    TreatmentArea,
    TreatmentSession,
)
from desktop.services.common.context import ServiceContext
from tests.conftest import ISTANBUL

DAY = date(2026, 12, 8)  # a Tuesday


@dataclass(frozen=True)
class Clinic:
    physician_id: int
    other_physician_id: int
    room_id: int
    device_id: int


def clinic_day(ctx: ServiceContext) -> Clinic:
    with ctx.database.write() as session:
        physician = Staff(username="selin", full_name="Dr. Selin Arslan", role="physician")
        other = Staff(username="ismail", full_name="Dr. İsmail Işık", role="physician")
        room = Room(name="Oda 1")
        device = LaserDevice(name="Er:YAG Lazer", model="MCL 31")
        session.add_all([physician, other, room, device])
        session.flush()
        return Clinic(physician.id, other.id, room.id, device.id)


def add_session(
    ctx: ServiceContext,
    place: Clinic,
    at: time,
    given: str,
    family: str,
    *,
    minutes: int = 30,
    areas: tuple[str, ...] = ("forehead",),
    status: str = "planned",
    physician_id: int | None = None,
    day: date = DAY,
) -> int:
    """One session at ``at`` (clinic time) with a new patient, in Oda 1 on the laser."""
    with ctx.database.write() as session:
        patient = Patient(given_name=given, family_name=family, sort_key=family.casefold())
        session.add(patient)
        session.flush()
        by_code = {a.code: a for a in session.scalars(select(TreatmentArea))}
        treatment = TreatmentSession(
            patient_id=patient.id,
            physician_id=physician_id or place.physician_id,
            room_id=place.room_id,
            device_id=place.device_id,
            starts_at=datetime.combine(day, at, tzinfo=ISTANBUL),
            duration_minutes=minutes,
            status=status,
            anaesthesia="none",
            aftercare_products=[],
            notes="Clinical note: never on the day sheet",
        )
        treatment.areas = [
            SessionArea(
                area_id=by_code[code].id,
                size_cm2=by_code[code].default_size_cm2 or Decimal("10"),
            )
            for code in areas
        ]
        session.add(treatment)
        session.flush()
        return treatment.id


def full_day(ctx: ServiceContext, place: Clinic, count: int) -> None:
    """``count`` back-to-back 20-minute sessions from 08:00, names with Turkish letters."""
    names = [("İpek", "Işıkoğlu"), ("Şule", "Ağaoğlu"), ("Gökçe", "Öztürk"), ("Ilgın", "Çağlar")]
    start = datetime.combine(DAY, time(8, 0))
    for n in range(count):
        given, family = names[n % len(names)]
        at = (start + timedelta(minutes=20 * n)).time()
        add_session(
            ctx, place, at, given, f"{family}{n}", minutes=20, areas=("forehead", "cheeks", "neck")
        )
