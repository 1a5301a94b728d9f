"""The data the desk jobs need, added to a demo database: a physician with a room and devices of
her own, a receptionist (who types the jobs) and two returning patients."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.common.context import ServiceContext

RETURNING_PATIENT = ("Defne", "Ekşioğlu")
# The laser job's patient: no demo patient's names start with her surname's first two letters.
LASER_PATIENT = ("Nergis", "Vural")
LASER_DEVICE = "MCL Er:YAG"  # names no demo room or device has
OTHER_DEVICE = "CO2RE Fraksiyonel"
ROOM = "Lazer odası"


@dataclass
class Seeded:
    returning_patient_id: int
    physician_id: int
    forehead_id: int
    laser_patient_id: int = 0
    laser_device_id: int = 0


def seed(ctx: ServiceContext) -> tuple[Seeded, ServiceContext]:
    """A physician, a receptionist (who types the jobs) and a returning patient whose last
    session was done six weeks ago. Returns the seeded ids and the receptionist's context."""
    from desktop.services.accounts.staff import StaffInput, actor_of, create_staff
    from desktop.services.common.context import Actor
    from desktop.services.patients import records as patients
    from desktop.services.patients.validation import PatientInput
    from desktop.services.sessions import booking, catalog
    from desktop.services.sessions import records as sessions
    from desktop.services.sessions.checks import AreaInput
    from desktop.services.sessions.records import BookingInput, RecordInput
    from desktop.services.settings import store as settings

    admin = replace(ctx, actor=Actor(staff_id=None, name="PeelDesk", role="admin"))
    # A clinic at work has its name and phone set (printing asks first when they are missing).
    settings.update(
        admin, {"clinic_name": "Işıltı Cilt Kliniği", "clinic_phone": "+90 216 555 01 23"}
    )
    physician = create_staff(admin, StaffInput("selin.walk", "Dr. Selin Arslan", "physician"))
    desk = create_staff(admin, StaffInput("deniz.walk", "Deniz Aksoy", "reception"))
    today = ctx.today()
    patient = patients.register_patient(
        admin,
        PatientInput(
            given_name=RETURNING_PATIENT[0],
            family_name=RETURNING_PATIENT[1],
            phone="05559876543",
            language="tr",
            skin_type=3,
            screened_on=today - timedelta(days=3),
        ),
    )
    sign_treatment_consent(admin, patient.id, physician.id)
    areas = {a.code: a.id for a in catalog.list_areas(ctx)}
    room_id, laser_id, other_id = _seed_resources(admin)
    # Six weeks ago, as the clinic's clock said then: a done session to come back after.
    then = ctx.now() - timedelta(days=42)
    earlier = replace(admin, clock=lambda: then - timedelta(days=1))
    booked = booking.book_session(
        earlier,
        BookingInput(
            patient_id=patient.id,
            physician_id=physician.id,
            starts_on=then.astimezone(ctx.zone).date(),
            starts_time=datetime(2000, 1, 1, 10, 0).time(),
            areas=(AreaInput(areas["forehead"]), AreaInput(areas["cheeks"])),
            room_id=room_id,
            device_id=other_id,
        ),
        acknowledged_warnings=frozenset({"screening_missing", "screening_old"}),
    )
    sessions.record_session(
        replace(admin, clock=lambda: booked.starts_at + timedelta(hours=1)),
        booked.id,
        booked.row_version,
        RecordInput(
            areas=tuple(
                AreaInput(a.area_id, a.size_cm2, depth_um=40, passes=2, device="Er:YAG")
                for a in booked.areas
            ),
            status="done",
            physician_id=physician.id,
        ),
    )
    laser_patient = _seed_laser_patient(admin, physician.id, areas["forehead"], room_id, other_id)
    receptionist = replace(ctx, actor=actor_of(desk))
    seeded = Seeded(patient.id, physician.id, areas["forehead"], laser_patient, laser_id)
    return seeded, receptionist


def _seed_resources(admin: ServiceContext) -> tuple[int, int, int]:
    """A room and two devices of the seeded physician's own (a demo clinic's are busy with
    demo sessions): the Er:YAG laser and a CO2 one. Returns the room's, laser's and other's ids."""
    from desktop.services.resources.equipment import EquipmentInput, ResourceKind, save_equipment

    room = save_equipment(admin, ResourceKind.ROOM, EquipmentInput(ROOM))
    other = save_equipment(admin, ResourceKind.DEVICE, EquipmentInput(OTHER_DEVICE, "CO2"))
    laser = save_equipment(admin, ResourceKind.DEVICE, EquipmentInput(LASER_DEVICE, "Er:YAG"))
    return room.id, laser.id, other.id


def _seed_laser_patient(
    admin: ServiceContext, physician_id: int, forehead_id: int, room_id: int, device_id: int
) -> int:
    """A second returning patient, treated on the forehead two months ago with the CO2
    device — the physician's last device, so the form proposes it and the laser must be
    chosen."""
    from desktop.services.patients import records as patients
    from desktop.services.patients.validation import PatientInput
    from desktop.services.sessions import booking
    from desktop.services.sessions import records as sessions
    from desktop.services.sessions.checks import AreaInput
    from desktop.services.sessions.records import BookingInput, RecordInput

    patient = patients.register_patient(
        admin,
        PatientInput(
            given_name=LASER_PATIENT[0],
            family_name=LASER_PATIENT[1],
            phone="05551234567",
            language="tr",
            skin_type=2,
            screened_on=admin.today() - timedelta(days=2),
        ),
    )
    sign_treatment_consent(admin, patient.id, physician_id)
    then = admin.now() - timedelta(days=60)
    earlier = replace(admin, clock=lambda: then - timedelta(days=1))
    booked = booking.book_session(
        earlier,
        BookingInput(
            patient_id=patient.id,
            physician_id=physician_id,
            starts_on=then.astimezone(admin.zone).date(),
            starts_time=datetime(2000, 1, 1, 11, 0).time(),
            areas=(AreaInput(forehead_id),),
            room_id=room_id,
            device_id=device_id,
        ),
        acknowledged_warnings=frozenset({"screening_missing", "screening_old"}),
    )
    sessions.record_session(
        replace(admin, clock=lambda: booked.starts_at + timedelta(hours=1)),
        booked.id,
        booked.row_version,
        RecordInput(
            areas=tuple(
                AreaInput(a.area_id, a.size_cm2, depth_um=30, passes=1) for a in booked.areas
            ),
            status="done",
            physician_id=physician_id,
        ),
    )
    return patient.id


def sign_treatment_consent(admin: ServiceContext, patient_id: int, witness_id: int) -> None:
    """The patient signed the laser peeling consent on paper-day one, as returning patients have:
    the desk jobs time booking, not signing (booking refuses a patient without it)."""
    import random

    from desktop.services.consent.signature_input import SignatureInput
    from desktop.services.consent.signing import sign_consent
    from desktop.services.consent.templates import current_template
    from desktop.services.demo.consents import demo_strokes, render_png

    strokes = demo_strokes(random.Random(patient_id))
    form = current_template(admin, "treatment_standard", "tr")
    signature = SignatureInput(strokes, render_png(strokes))
    sign_consent(admin, patient_id, form.id, signature, witness_id)
