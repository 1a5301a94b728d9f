"""What a handout prints about one session, and the physician's aftercare products for it.

Sessions are read straight from the tables (read-only, a handful of queries) into a
HandoutSession DTO, so handouts do not depend on how sessions are booked or recorded.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import Language, SessionStatus
from db.models import Patient, SessionArea, TreatmentArea, TreatmentSession
from desktop.formatting import (
    Names,
    name_in,
)
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, StaleRecord, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, allowed, require
from desktop.services.handouts.templates import LANGUAGES

MAX_PRODUCTS = 12


MAX_PRODUCT_LENGTH = 160


@dataclass(frozen=True)
class HandoutArea:
    names: Names
    size_cm2: Decimal
    depth_um: int | None

    def name(self, language: str) -> str:
        return name_in(language, self.names)


@dataclass(frozen=True)
class HandoutSession:
    session_id: int
    patient_id: int
    patient_name: str
    language: str
    starts_at: datetime  # aware UTC
    status: str
    duration_minutes: int
    anaesthesia: str
    products: tuple[str, ...]
    follow_up_on: date | None
    next_planned_at: datetime | None  # a later planned session of the same patient
    areas: tuple[HandoutArea, ...]
    row_version: int

    @property
    def deepest_um(self) -> int | None:
        depths = [a.depth_um for a in self.areas if a.depth_um is not None]
        return max(depths) if depths else None


# --- reading -----------------------------------------------------------------------------
def _products(stored: object) -> tuple[str, ...]:
    if not isinstance(stored, list):  # a hand-edited row: nothing prescribed to show
        return ()
    return tuple(str(v) for v in stored if str(v).strip())


def handout_session_in(session: Session, session_id: int) -> HandoutSession:
    found = session.execute(
        select(TreatmentSession, Patient)
        .join(Patient, Patient.id == TreatmentSession.patient_id)
        .where(TreatmentSession.id == session_id)
    ).first()
    if found is None:
        raise NotFound(
            msg(
                "There is no session number {number}. Check the number and try again.",
                number=session_id,
            )
        )
    treatment, patient = found
    areas = tuple(
        HandoutArea(Names(area.names), row.size_cm2, row.depth_um)
        for row, area in session.execute(
            select(SessionArea, TreatmentArea)
            .join(TreatmentArea, TreatmentArea.id == SessionArea.area_id)
            .where(SessionArea.session_id == session_id)
            .order_by(SessionArea.id)
        )
    )
    next_planned = None
    if treatment.follow_up_on is None:
        next_planned = session.scalar(
            select(TreatmentSession.starts_at)
            .where(
                TreatmentSession.patient_id == patient.id,
                TreatmentSession.status == SessionStatus.PLANNED,
                TreatmentSession.starts_at > treatment.starts_at,
            )
            .order_by(TreatmentSession.starts_at)
            .limit(1)
        )
    return HandoutSession(
        session_id=treatment.id,
        patient_id=patient.id,
        patient_name=f"{patient.given_name} {patient.family_name}".strip(),
        language=patient.language if patient.language in LANGUAGES else Language.ENGLISH,
        starts_at=treatment.starts_at,
        status=treatment.status,
        duration_minutes=treatment.duration_minutes,
        anaesthesia=treatment.anaesthesia,
        products=_products(treatment.aftercare_products),
        follow_up_on=treatment.follow_up_on,
        next_planned_at=next_planned,
        areas=areas,
        row_version=treatment.row_version,
    )


def read_handout_session(ctx: ServiceContext, session_id: int) -> HandoutSession:
    """What the handouts show of a session. The desk prints handouts but is not shown the
    clinical record: for an account without the clinical permission the depths and the
    anaesthesia are left out (the sheets themselves are built inside the service from the
    full row, and print only the depth tier's advice, never a depth)."""
    require(ctx, Permission.PRINT_HANDOUTS)
    with ctx.database.read() as session:
        data = handout_session_in(session, session_id)
    if allowed(ctx, Permission.VIEW_CLINICAL):
        return data
    return dataclasses.replace(
        data,
        anaesthesia="",
        areas=tuple(dataclasses.replace(area, depth_um=None) for area in data.areas),
    )


# --- prescribed products -----------------------------------------------------------------
def set_aftercare_products(
    ctx: ServiceContext, session_id: int, products: list[str], row_version: int
) -> HandoutSession:
    """The physician's list of aftercare products for one session (printed on the sheet)."""
    require(ctx, Permission.RECORD_TREATMENT)
    cleaned = [" ".join(p.split()) for p in products if p.strip()]
    if len(cleaned) > MAX_PRODUCTS:
        raise ValidationError(
            {
                "products": msg(
                    "List at most {limit} products; the sheet has room for no more.",
                    limit=MAX_PRODUCTS,
                )
            }
        )
    too_long = [p for p in cleaned if len(p) > MAX_PRODUCT_LENGTH]
    if too_long:
        raise ValidationError(
            {
                "products": msg(
                    "“{start}…” is too long: keep each product and how to use it under "
                    "{limit} characters.",
                    start=too_long[0][:40],
                    limit=MAX_PRODUCT_LENGTH,
                )
            }
        )
    with ctx.database.write() as session:
        treatment = session.get(TreatmentSession, session_id)
        if treatment is None:
            raise NotFound(
                msg(
                    "There is no session number {number}. Check the number and try again.",
                    number=session_id,
                )
            )
        if treatment.row_version != row_version:
            raise StaleRecord(
                msg(
                    "Someone else changed this session meanwhile. Open it again and redo "
                    "your change."
                )
            )
        before = _products(treatment.aftercare_products)
        treatment.aftercare_products = cleaned
        if list(before) != cleaned:
            record_event(
                session,
                ctx,
                "session.aftercare_products",
                entity="treatment_session",
                entity_id=session_id,
                patient_id=treatment.patient_id,
                details={"products": [list(before), cleaned]},
            )
        session.flush()
        return handout_session_in(session, session_id)
