"""`peeldesk demo`: fill a database with realistic synthetic patients and sessions.

Rows go in with Core executemany in large chunks (not one ORM object per
row), into the tables themselves: the ORM's bulk ``insert(Entity)`` leaves out
the keys whose value is None and splits a chunk into one statement per None
pattern (410,000 rows became 57,033 statements). Every row of a table has the
same keys, so each chunk is one executemany per table (db.lean.insert_many, which
on SQLite also converts the values column by column).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.codes import (
    OPEN_SESSION_STATUSES,
    Anaesthesia,
    CombinedProcedure,
    ConsentKind,
    Indication,
    Role,
    SessionStatus,
    Sex,
)
from db.lean import insert_many
from db.models import (
    Base,
    Patient,
    PatientSearchToken,
    SessionArea,
    Staff,
    TreatmentArea,
    TreatmentSession,
)
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ServiceError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.consent.rule import required_kinds
from desktop.services.consent.templates import ensure_default_templates
from desktop.services.demo.consents import sign_demo_consents
from desktop.services.demo.names import (
    INTERNATIONAL_FAMILY,
    INTERNATIONAL_GIVEN,
    TURKISH_FAMILY,
    TURKISH_FEMALE,
    TURKISH_MALE,
)
from desktop.services.demo.resources import DemoResources, ensure_resources
from desktop.services.patients.tokens import patient_tokens, sort_key
from desktop.services.sessions.catalog import seed_default_areas
from desktop.services.settings import store as settings

CHUNK = 20_000
# Core tables, not the mapped classes: see the module's docstring.
_PATIENT, _TOKEN, _SESSION, _AREA = (
    Base.metadata.tables[model.__tablename__]
    for model in (Patient, PatientSearchToken, TreatmentSession, SessionArea)
)
DAY_ENDS_MINUTE = 18 * 60
Progress = Callable[[str, int, int], None]

PHYSICIANS = (
    ("dr.aydin", "Dr. Selin Aydın"),
    ("dr.ilgaz", "Dr. Ilgaz Öztürk"),
    ("dr.weber", "Dr. Anna Weber"),
)
RECEPTION = (("resepsiyon", "Şule Kaya"),)
# What the physician writes in a done session's area, in the patient's language (the history
# and its print show it as written). Each language has as many words in the same order, so
# the random sequence, and with it every demo and benchmark database, stays the same.
MODES = {"tr": ("mikro peeling", "fraksiyonel"), "en": ("micro peel", "fractional")}
REACTIONS = {"tr": ("", "eritem", "noktasal kanama"), "en": ("", "erythema", "pinpoint bleeding")}


class DemoRefused(ServiceError):
    pass


@dataclass(frozen=True)
class DemoSummary:
    patients: int
    sessions: int
    session_areas: int
    consents: int = 0  # signed by patients with open bookings (demo/consents.py)


# Made up, and plainly so (no real clinic's number).
DEMO_CLINIC = {
    "clinic_name": "Işıkhan Cilt ve Lazer Kliniği (demo)",
    "clinic_address": "Bağdat Caddesi 101, Kadıköy, İstanbul",
    "clinic_phone": "0216 000 00 00",
}


def _noop(_stage: str, _done: int, _total: int) -> None:
    pass


def generate_demo(
    ctx: ServiceContext,
    *,
    patients: int,
    sessions: int,
    force: bool = False,
    seed: int = 20261125,
    progress: Progress = _noop,
) -> DemoSummary:
    # Adds staff accounts and flags the database as demo data: administrators only.
    require(ctx, Permission.MANAGE_SETTINGS)
    if patients < 1 or sessions < 0:
        raise DemoRefused(msg("Give at least one patient and zero or more sessions."))
    if sessions and patients < 1:
        raise DemoRefused(msg("Sessions need patients."))
    database = ctx.database
    with database.write() as session:
        existing = session.scalar(select(func.count()).select_from(Patient)) or 0
        if existing and not settings.get(session, "demo_data") and not force:
            raise DemoRefused(
                msg(
                    "This database already holds {count} real patients, so no demo data was "
                    "added. Use an empty database, or pass --force if you are sure.",
                    count=existing,
                )
            )
        settings.put(session, ctx, "demo_data", True)
        # A demo clinic's sheets print with a (made-up) clinic, not the "details missing" question.
        if not settings.get(session, "clinic_name"):
            for key, value in DEMO_CLINIC.items():
                settings.put(session, ctx, key, value)
        seed_default_areas(session)
        ensure_default_templates(session, ctx.now())
        physician_ids = _ensure_staff(session)
        resources = ensure_resources(session, physician_ids, ctx.today())
        areas = [
            (a.id, a.default_size_cm2, a.size_required)
            for a in session.scalars(select(TreatmentArea).where(TreatmentArea.active.is_(True)))
        ]
        first_id = (session.scalar(select(func.max(Patient.id))) or 0) + 1
        first_session_id = (session.scalar(select(func.max(TreatmentSession.id))) or 0) + 1

    rng = random.Random(seed)
    now = ctx.now()
    today = ctx.today()
    patient_ids = list(range(first_id, first_id + patients))
    languages: dict[int, str] = {}  # patient id → the language the patient reads
    for start in range(0, patients, CHUNK):
        batch = patient_ids[start : start + CHUNK]
        rows: list[dict[str, Any]] = []
        tokens: list[dict[str, Any]] = []
        for pid in batch:
            row = _fake_patient(rng, pid, today, now)
            rows.append(row)
            languages[pid] = row["language"]
            tokens.extend(
                {"token": t, "sort_key": row["sort_key"], "patient_id": pid}
                for t in patient_tokens(row["given_name"], row["family_name"], row["phone_e164"])
            )
        with database.write() as session:
            insert_many(session.connection(), _PATIENT, rows)
            insert_many(session.connection(), _TOKEN, tokens)
        progress("patients", min(start + CHUNK, patients), patients)

    area_count = 0
    consent_needs: dict[int, set[ConsentKind]] = {}  # patients with open bookings
    agenda: dict[tuple[date, int], int] = {}  # (day, physician) → first free minute
    for start in range(0, sessions, CHUNK):
        size = min(CHUNK, sessions - start)
        session_rows, area_rows = [], []
        for offset in range(size):
            sid = first_session_id + start + offset
            session_rows.append(
                _fake_session(
                    rng,
                    sid,
                    rng.choice(patient_ids),
                    physician_ids,
                    ctx,
                    today,
                    now,
                    agenda,
                    resources,
                )
            )
            booked = session_rows[-1]
            if booked["status"] in OPEN_SESSION_STATUSES:
                consent_needs.setdefault(booked["patient_id"], set()).update(
                    required_kinds(
                        anaesthesia=booked["anaesthesia"],
                        combined_procedures=booked["combined_procedures"],
                    )
                )
            area_rows.extend(
                _fake_areas(rng, sid, areas, booked["status"], languages[booked["patient_id"]])
            )
        with database.write() as session:
            insert_many(session.connection(), _SESSION, session_rows)
            insert_many(session.connection(), _AREA, area_rows)
        area_count += len(area_rows)
        progress("sessions", start + size, sessions)
    consents = sign_demo_consents(ctx, consent_needs, languages, physician_ids[0], rng)
    return DemoSummary(patients, sessions, area_count, consents)


def _ensure_staff(session: Session) -> list[int]:
    existing = {s.username: s for s in session.scalars(select(Staff))}
    for username, full_name in PHYSICIANS + RECEPTION:
        if username not in existing:
            role = Role.PHYSICIAN if username.startswith("dr.") else Role.RECEPTION
            staff = Staff(username=username, full_name=full_name, role=role, password_hash=None)
            session.add(staff)
            existing[username] = staff
    session.flush()
    return [existing[u].id for u, _ in PHYSICIANS]


def _fake_patient(rng: random.Random, pid: int, today: date, now: datetime) -> dict:
    turkish = rng.random() < 0.8
    sex = rng.choice((Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE))
    if turkish:
        pool = TURKISH_FEMALE if sex == Sex.FEMALE else TURKISH_MALE
        given = rng.choice(pool) if rng.random() < 0.8 else f"{rng.choice(pool)} {rng.choice(pool)}"
        family = rng.choice(TURKISH_FAMILY)
        if rng.random() < 0.3:
            family = family.replace("i", "İ").upper()  # Turkish capitals: i→İ, ı→I
        phone = f"+905{rng.choice('0345')}{rng.randrange(10)}{rng.randrange(10**7):07d}"
        language = "tr"
    else:
        given = rng.choice(INTERNATIONAL_GIVEN)
        family = rng.choice(INTERNATIONAL_FAMILY)
        phone = rng.choice(
            (f"+4477009{rng.randrange(10**5):05d}", f"+49151{rng.randrange(10**8):08d}")
        )
        language = "en"
    birth = today - timedelta(days=rng.randrange(18 * 365, 80 * 365))
    screened = today - timedelta(days=rng.randrange(0, 400)) if rng.random() < 0.85 else None
    iso = rng.random() < 0.03
    return {
        "id": pid,
        "given_name": given,
        "family_name": family,
        "sort_key": sort_key(given, family),
        "birth_date": birth,
        "sex": sex,
        "phone_e164": phone if rng.random() < 0.97 else None,
        "email": f"patient{pid}@example.com" if rng.random() < 0.5 else None,
        "language": language,
        "skin_type": rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5, 6)),
        "screened_on": screened,
        "isotretinoin": iso,
        "isotretinoin_last_dose": (today - timedelta(days=rng.randrange(30, 700))) if iso else None,
        "pregnant_or_breastfeeding": False,
        "herpes_history": rng.random() < 0.1,
        "anticoagulants": rng.random() < 0.04,
        "keloid_history": rng.random() < 0.02,
        "photosensitising_drugs": rng.random() < 0.03,
        "current_tan": rng.random() < 0.05,
        "notes": "",
        "archived": rng.random() < 0.01,
        "created_at": now,
        "updated_at": now,
        "row_version": 1,
    }


def _fake_session(
    rng: random.Random,
    sid: int,
    patient_id: int,
    physician_ids: list[int],
    ctx: ServiceContext,
    today: date,
    now: datetime,
    agenda: dict[tuple[date, int], int],
    resources: DemoResources,
) -> dict[str, Any]:
    day = today + timedelta(days=rng.randrange(-3 * 365, 60))
    physician_id = rng.choice(physician_ids)
    duration = rng.choice((15, 30, 45, 60))
    # Each physician's day fills from about 9:00, one session after the other (with a gap
    # now and then), like a real agenda; only a day already full to 18:00 is double-booked,
    # which the huge benchmark databases need and a small demo never reaches.
    free = agenda.get((day, physician_id), 9 * 60 + rng.choice((0, 0, 30, 60)))
    if free + duration <= DAY_ENDS_MINUTE:
        minute = free
        agenda[(day, physician_id)] = free + duration + rng.choice((0, 0, 0, 15, 30))
    else:
        minute = 9 * 60 + 30 * rng.randrange(18)
    slot = time(minute // 60, minute % 60)
    room_id, device_id = resources.pick(rng, physician_id, day, minute, duration)
    starts = datetime.combine(day, slot, tzinfo=ctx.zone)
    if day < today:
        status = rng.choices(
            (SessionStatus.DONE, SessionStatus.CANCELLED, SessionStatus.NO_SHOW), (90, 7, 3)
        )[0]
    else:
        status = rng.choices((SessionStatus.PLANNED, SessionStatus.CANCELLED), (95, 5))[0]
    return {
        "id": sid,
        "patient_id": patient_id,
        "physician_id": physician_id,
        "room_id": room_id,
        "device_id": device_id,
        "starts_at": starts,
        "duration_minutes": duration,
        "status": status,
        "indications": [Indication.WRINKLES if rng.random() < 0.6 else Indication.ACNE_SCARS],
        "anaesthesia": rng.choice(
            (Anaesthesia.NONE, Anaesthesia.TOPICAL, Anaesthesia.TOPICAL, Anaesthesia.LOCAL)
        ),
        "combined_procedures": [CombinedProcedure.FRACTIONAL_LASER] if rng.random() < 0.1 else [],
        "aftercare_products": [],
        "notes": "",
        "follow_up_on": day + timedelta(days=7) if status == SessionStatus.DONE else None,
        "created_at": now,
        "updated_at": now,
        "row_version": 1,
    }


def _fake_areas(
    rng: random.Random,
    sid: int,
    areas: list[tuple[int, Decimal, bool]],
    status: str,
    language: str,
) -> list[dict[str, Any]]:
    chosen = rng.sample(areas, k=rng.choice((1, 1, 2, 2, 3)))
    done = status == SessionStatus.DONE
    rows = []
    for area_id, default_size, size_required in chosen:
        size = default_size if not size_required else rng.choice((4, 6, 9, 12, 16))
        rows.append(
            {
                "session_id": sid,
                "area_id": area_id,
                "size_cm2": size,
                "depth_um": rng.choice((20, 30, 40, 60, 80, 100, 120)) if done else None,
                "passes": rng.choice((1, 2, 3)) if done else None,
                "device": "Er:YAG" if done else "",
                "mode": rng.choice(MODES[language]) if done else "",
                "fluence_j_cm2": None,
                "spot_size_mm": None,
                "immediate_reaction": rng.choice(REACTIONS[language]) if done else "",
            }
        )
    return rows
