"""Helpers shared by the session tests: staff, patients, catalog ids, quick bookings."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from db.models import Staff, TreatmentArea
from desktop.services.common.context import ServiceContext
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.services.sessions import booking as session_booking
from desktop.services.sessions import records as sessions
from desktop.services.sessions.checks import AreaInput
from desktop.services.sessions.records import BookingInput, RecordInput


def add_staff(ctx, username: str, full_name: str, role: str = "physician") -> int:
    with ctx.database.write() as session:
        staff = Staff(username=username, full_name=full_name, role=role, password_hash=None)
        session.add(staff)
        session.flush()
        return staff.id


def area_id(ctx: ServiceContext, code: str) -> int:
    with ctx.database.read() as session:
        return session.execute(
            select(TreatmentArea.id).where(TreatmentArea.code == code)
        ).scalar_one()


def screened_patient(ctx, given: str = "Ayşe", family: str = "Yılmaz", **extra) -> int:
    values = {"screened_on": date(2026, 11, 1), **extra}
    return patients.register_patient(
        ctx, PatientInput(given_name=given, family_name=family, **values)
    ).id


def book(ctx, patient_id, physician_id, day, at=time(11, 0), codes=("forehead",), **kw):
    ack = kw.pop("ack", frozenset())
    data = BookingInput(
        patient_id=patient_id,
        physician_id=physician_id,
        starts_on=day,
        starts_time=at,
        areas=tuple(AreaInput(area_id(ctx, c)) for c in codes),
        **kw,
    )
    return session_booking.book_session(ctx, data, acknowledged_warnings=ack)


def record_done(ctx, detail, depth: int = 40, **kw):
    areas = tuple(
        AreaInput(a.area_id, a.size_cm2, depth_um=depth, passes=2, device="Er:YAG")
        for a in detail.areas
    )
    return sessions.record_session(
        ctx, detail.id, detail.row_version, RecordInput(areas=areas, status="done", **kw)
    )


def bulk_history(ctx, patient_id: int, physician_id: int, count: int = 200) -> None:
    """``count`` done sessions, one every ~2 weeks back from 2026-11-01, in one transaction."""
    from datetime import UTC, datetime, timedelta
    from decimal import Decimal

    from db.models import FollowUp, SessionArea, TreatmentSession

    codes = ("forehead", "cheeks", "neck", "eye_contour")
    ids = [area_id(ctx, c) for c in codes]
    start = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    with ctx.database.write() as session:
        for n in range(count):
            when = start - timedelta(days=14 * n)
            chosen = [ids[n % 4], ids[(n + 1) % 4]]
            session.add(
                TreatmentSession(
                    patient_id=patient_id,
                    physician_id=physician_id,
                    starts_at=when,
                    duration_minutes=30,
                    status="done",
                    anaesthesia="topical",
                    indications=["wrinkles"],
                    notes=f"session {n}",
                    areas=[
                        SessionArea(
                            area_id=a,
                            size_cm2=Decimal(80),
                            depth_um=20 + n % 10 * 10,
                            passes=2,
                            device="Er:YAG",
                            immediate_reaction="erythema",
                        )
                        for a in chosen
                    ],
                    follow_ups=[
                        FollowUp(
                            kind="day_3_4",
                            recorded_at=when + timedelta(days=3),
                            healing="good",
                            adverse_events=["prolonged_redness"] if n % 7 == 0 else [],
                        )
                    ],
                )
            )
