"""What session services return: frozen DTOs and the code that builds them from rows."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import ColumnElement, Text, select, type_coerce
from sqlalchemy.orm import Session

from db.codes import (
    AdverseEvent,
    Anaesthesia,
    CombinedProcedure,
    FollowUpKind,
    Indication,
    SessionStatus,
    codes_of,
)
from db.models import (
    FollowUp,
    LaserDevice,
    Patient,
    Room,
    SessionArea,
    Staff,
    TreatmentArea,
    TreatmentSession,
)
from desktop.formatting import Names
from desktop.services.common.context import ServiceContext
from desktop.services.common.permissions import Permission, allowed
from desktop.services.sessions.checks import AreaInput


# --- reading JSON columns in bulk --------------------------------------------------------
# Lists of hundreds of rows repeat the same few JSON values (an area's names, '[]'):
# reading the column as text and decoding each distinct text once is measurably faster
# than letting the JSON type decode every row.
def json_as_text(column: ColumnElement[Any]) -> ColumnElement[str]:
    """A JSON column read without the per-row decoding (see names_from_stored)."""
    return type_coerce(column, Text)


@lru_cache(maxsize=1024)
def _names_from_text(text: str) -> Names:
    return Names(json.loads(text))


def names_from_stored(stored: str | dict) -> Names:
    """Names from a json_as_text column; PostgreSQL's driver decodes JSONB itself."""
    return _names_from_text(stored) if isinstance(stored, str) else Names(stored)


@dataclass(frozen=True)
class PhysicianOption:
    id: int
    full_name: str


@dataclass(frozen=True)
class SessionAreaRow:
    area_id: int
    area_code: str
    names: Names
    size_cm2: Decimal
    depth_um: int | None = None
    passes: int | None = None
    device: str = ""
    mode: str = ""
    fluence_j_cm2: Decimal | None = None
    spot_size_mm: Decimal | None = None
    immediate_reaction: str = ""
    size_measured: bool = False  # the area's size is measured per patient (a spot or scar)

    def as_input(self) -> AreaInput:
        return AreaInput(
            area_id=self.area_id,
            size_cm2=self.size_cm2,
            depth_um=self.depth_um,
            passes=self.passes,
            device=self.device,
            mode=self.mode,
            fluence_j_cm2=self.fluence_j_cm2,
            spot_size_mm=self.spot_size_mm,
            immediate_reaction=self.immediate_reaction,
        )


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    session_id: int
    kind: FollowUpKind
    recorded_at: datetime
    reaction: str
    healing: str
    adverse_events: tuple[AdverseEvent, ...]
    notes: str


@dataclass(frozen=True)
class SessionDetail:
    id: int
    row_version: int
    patient_id: int
    patient_name: str
    physician_id: int
    physician_name: str
    starts_at: datetime  # aware, UTC
    duration_minutes: int
    status: SessionStatus
    indications: tuple[Indication, ...]
    anaesthesia: Anaesthesia | str  # "" when clinical details are hidden
    combined_procedures: tuple[CombinedProcedure, ...]
    notes: str
    follow_up_on: date | None
    areas: tuple[SessionAreaRow, ...]
    follow_ups: tuple[FollowUpRow, ...] = ()
    # True when the actor may not see clinical details (depths, reactions, notes).
    clinical_hidden: bool = False
    # None for sessions booked before rooms and devices were kept.
    room_id: int | None = None
    room_name: str = ""
    device_id: int | None = None
    device_name: str = ""
    pulses: int | None = None  # shots the device fired, where recorded

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class BookingInput:
    patient_id: int
    physician_id: int | None
    starts_on: date | None
    starts_time: time | None  # in the clinic's zone
    areas: tuple[AreaInput, ...]
    duration_minutes: int | None = None  # None: from the areas' total size
    ends_time: time | None = None  # alternative to the duration
    indications: tuple[str, ...] = ()
    notes: str | None = ""  # None (changing a booking): keep the session's note
    room_id: int | None = None
    device_id: int | None = None
    # A physician's or administrator's reason to book despite a clash, a device out of
    # service or hours (clashes.py); empty: such a booking is refused.
    override_reason: str = ""
    # Book as the next session of this course (desktop/services/payments/courses.py).
    course_id: int | None = None


@dataclass(frozen=True)
class RecordInput:
    areas: tuple[AreaInput, ...]
    status: str = SessionStatus.DONE
    anaesthesia: str = Anaesthesia.NONE
    indications: tuple[str, ...] = ()
    combined_procedures: tuple[str, ...] = ()
    notes: str = ""
    follow_up_on: date | None = None
    physician_id: int | None = None  # None: keep the booked physician
    pulses: int | None = None  # shots the device fired; None: not counted


@dataclass(frozen=True)
class SessionTemplate:
    """What "copy from last session" fills in."""

    source_session_id: int
    source_starts_at: datetime
    areas: tuple[AreaInput, ...]
    anaesthesia: str
    indications: tuple[str, ...]
    combined_procedures: tuple[str, ...] = field(default_factory=tuple)


def area_rows(session: Session, areas: Iterable[SessionArea]) -> list[SessionAreaRow]:
    areas = list(areas)
    ids = {a.area_id for a in areas}
    catalog = {
        a.id: a for a in session.scalars(select(TreatmentArea).where(TreatmentArea.id.in_(ids)))
    }
    return [
        SessionAreaRow(
            area_id=a.area_id,
            area_code=catalog[a.area_id].code,
            names=Names(catalog[a.area_id].names),
            size_cm2=a.size_cm2,
            depth_um=a.depth_um,
            passes=a.passes,
            device=a.device,
            mode=a.mode,
            fluence_j_cm2=a.fluence_j_cm2,
            spot_size_mm=a.spot_size_mm,
            immediate_reaction=a.immediate_reaction,
            size_measured=catalog[a.area_id].size_required,
        )
        for a in areas
    ]


def follow_up_row(f: FollowUp) -> FollowUpRow:
    return FollowUpRow(
        id=f.id,
        session_id=f.session_id,
        kind=f.kind,
        recorded_at=f.recorded_at,
        reaction=f.reaction,
        healing=f.healing,
        adverse_events=codes_of(AdverseEvent, f.adverse_events),
        notes=f.notes,
    )


def session_detail(session: Session, row: TreatmentSession, ctx: ServiceContext) -> SessionDetail:
    patient = session.get(Patient, row.patient_id)
    physician = session.get(Staff, row.physician_id)
    clinical = allowed(ctx, Permission.VIEW_CLINICAL)
    areas = area_rows(session, row.areas)
    if not clinical:
        areas = [
            SessionAreaRow(
                a.area_id, a.area_code, a.names, a.size_cm2, size_measured=a.size_measured
            )
            for a in areas
        ]
    return SessionDetail(
        id=row.id,
        row_version=row.row_version,
        patient_id=row.patient_id,
        patient_name=f"{patient.given_name} {patient.family_name}" if patient else "",
        physician_id=row.physician_id,
        physician_name=physician.full_name if physician else "",
        starts_at=row.starts_at,
        duration_minutes=row.duration_minutes,
        status=row.status,
        indications=codes_of(Indication, row.indications),
        anaesthesia=row.anaesthesia if clinical else "",
        combined_procedures=codes_of(CombinedProcedure, row.combined_procedures)
        if clinical
        else (),
        notes=row.notes if clinical else "",
        follow_up_on=row.follow_up_on,
        areas=tuple(areas),
        follow_ups=tuple(follow_up_row(f) for f in row.follow_ups) if clinical else (),
        clinical_hidden=not clinical,
        room_id=row.room_id,
        room_name=_name_of(session, Room, row.room_id),
        device_id=row.device_id,
        device_name=_name_of(session, LaserDevice, row.device_id),
        pulses=row.pulses,
    )


def _name_of(session: Session, table: type[Room] | type[LaserDevice], key: int | None) -> str:
    item = cast(Room | LaserDevice | None, session.get(table, key) if key is not None else None)
    return item.name if item is not None else ""
