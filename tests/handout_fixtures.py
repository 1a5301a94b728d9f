"""Sessions to print handouts for, written straight to the tables (as a booking would)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from db.models import SessionArea, Staff, TreatmentArea, TreatmentSession
from desktop.services.common.context import ServiceContext
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.services.settings import store as settings


def clinic(ctx: ServiceContext) -> None:
    settings.update(
        ctx,
        {
            "clinic_name": "Işıltı Cilt Kliniği",
            "clinic_address": "Bağdat Cad. 12, Kadıköy, İstanbul",
            "clinic_phone": "+90 216 555 01 23",
        },
    )


def patient(ctx: ServiceContext, given: str, family: str, language: str) -> int:
    return patients.register_patient(
        ctx, PatientInput(given_name=given, family_name=family, language=language)
    ).id


def make_session(
    ctx: ServiceContext,
    patient_id: int,
    starts_at: datetime,
    areas: Sequence[tuple[str, int | None]],
    *,
    status: str = "done",
    products: list[str] | None = None,
    follow_up_on: date | None = None,
    anaesthesia: str = "none",
    duration: int = 45,
) -> int:
    with ctx.database.write() as session:
        physician = session.scalar(select(Staff).where(Staff.username == "dr.test"))
        if physician is None:
            physician = Staff(username="dr.test", full_name="Dr. Test Hekim", role="physician")
            session.add(physician)
            session.flush()
        by_code = {a.code: a for a in session.scalars(select(TreatmentArea))}
        treatment = TreatmentSession(
            patient_id=patient_id,
            physician_id=physician.id,
            starts_at=starts_at,
            duration_minutes=duration,
            status=status,
            anaesthesia=anaesthesia,
            aftercare_products=json.dumps(products or [], ensure_ascii=False),
            follow_up_on=follow_up_on,
        )
        treatment.areas = [
            SessionArea(
                area_id=by_code[code].id,
                size_cm2=by_code[code].default_size_cm2 or Decimal("10"),
                depth_um=depth,
            )
            for code, depth in areas
        ]
        session.add(treatment)
        session.flush()
        return treatment.id
