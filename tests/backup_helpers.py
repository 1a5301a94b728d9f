"""Test data for backup, export and anonymisation tests: a patient with a full record."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select

from db.models import (
    FollowUp,
    PriceList,
    Quote,
    QuoteLine,
    SessionArea,
    Staff,
    TreatmentArea,
    TreatmentSession,
)
from desktop.services.common.context import ServiceContext
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput


def register(ctx: ServiceContext, given: str = "Ayşe", family: str = "Işık", **extra) -> int:
    data = PatientInput(given_name=given, family_name=family, **extra)
    return patients.register_patient(ctx, data).id


def add_clinical_record(ctx: ServiceContext, patient_id: int, *, planned: bool = False) -> None:
    """One done session (two areas, one follow-up) and an issued quote for the patient."""
    with ctx.database.write() as session:
        physician = Staff(username=f"dr{patient_id}", full_name="Dr. Selin Aydın", role="physician")
        session.add(physician)
        areas = session.scalars(select(TreatmentArea).order_by(TreatmentArea.id).limit(2)).all()
        session.flush()
        treatment = TreatmentSession(
            patient_id=patient_id,
            physician_id=physician.id,
            starts_at=datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
            status="done",
            indications=["acne_scars"],
            anaesthesia="topical",
            notes="Tolerated well.",
        )
        treatment.areas = [
            SessionArea(area_id=areas[0].id, size_cm2=Decimal("80.00"), depth_um=40, passes=2),
            SessionArea(
                area_id=areas[1].id,
                size_cm2=Decimal("25.50"),
                depth_um=30,
                passes=1,
                immediate_reaction="erythema",
            ),
        ]
        treatment.follow_ups = [
            FollowUp(
                kind="week_1",
                recorded_at=datetime(2026, 3, 9, 8, 0, tzinfo=UTC),
                healing="complete",
                adverse_events=["prolonged_redness"],
            )
        ]
        session.add(treatment)
        if planned:
            session.add(
                TreatmentSession(
                    patient_id=patient_id,
                    physician_id=physician.id,
                    starts_at=datetime(2027, 1, 5, 8, 0, tzinfo=UTC),
                    status="planned",
                )
            )
        price_list = session.scalar(select(PriceList).limit(1))
        if price_list is None:
            price_list = PriceList(version=1, name="2026")
            session.add(price_list)
            session.flush()
        quote = Quote(
            number=f"Q-2026-{patient_id:04d}",
            patient_id=patient_id,
            price_list_id=price_list.id,
            status="issued",
            issued_on=date(2026, 3, 1),
            total=Decimal("4500.00"),
        )
        quote.lines = [
            QuoteLine(
                position=1,
                description="Yanaklar / cheeks",
                size_cm2=Decimal("120"),
                unit_price=Decimal("4500"),
                line_total=Decimal("4500"),
            )
        ]
        session.add(quote)
