"""Booking and recording a session are refused without the consents the session needs."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from sqlalchemy import func, select, text

from db.codes import ConsentKind
from db.models import TreatmentSession
from desktop.services.common.context import Actor
from desktop.services.consent.rule import ConsentMissing
from desktop.services.consent.signing import withdraw_consent
from desktop.services.consent.templates import current_template, publish_template
from desktop.services.sessions.booking import book_session, update_booking
from desktop.services.sessions.checks import AreaInput
from desktop.services.sessions.rows import BookingInput
from tests.consent_support import sign, witness_id
from tests.sessions_support import add_staff, area_id, book, record_done, screened_patient

pytestmark = [pytest.mark.both_engines, pytest.mark.consent_rule]

DAY = date(2026, 11, 27)


@pytest.fixture
def doctor(ctx) -> int:
    return add_staff(ctx, "dr.ayse", "Dr Ayşe Yılmaz")


def _sessions(ctx) -> int:
    with ctx.database.read() as session:
        return session.scalar(select(func.count()).select_from(TreatmentSession)) or 0


def test_booking_without_the_treatment_consent_is_refused(ctx, doctor) -> None:
    patient = screened_patient(ctx)
    with pytest.raises(ConsentMissing) as refused:
        book(ctx, patient, doctor, DAY)
    assert refused.value.kinds == (ConsentKind.TREATMENT_STANDARD,)
    assert refused.value.patient_id == patient
    assert str(refused.value) == (
        "The patient has not signed the consent form for laser peeling (or signed a version "
        "that must be signed again). Ask the patient to sign it first; nothing was saved."
    )
    assert _sessions(ctx) == 0
    sign(ctx, patient)
    assert book(ctx, patient, doctor, DAY).patient_id == patient


def test_a_planned_deep_area_needs_the_deep_peel_consent(ctx, doctor) -> None:
    patient = screened_patient(ctx)
    sign(ctx, patient)
    data = BookingInput(
        patient_id=patient,
        physician_id=doctor,
        starts_on=DAY,
        starts_time=time(11, 0),
        areas=(AreaInput(area_id(ctx, "forehead"), depth_um=150),),
    )
    with pytest.raises(ConsentMissing) as refused:
        book_session(ctx, data)
    assert refused.value.kinds == (ConsentKind.TREATMENT_DEEP,)


def test_recording_local_anaesthesia_or_fractional_laser_needs_their_consents(ctx, doctor) -> None:
    patient = screened_patient(ctx)
    sign(ctx, patient)
    booked = book(ctx, patient, doctor, date(2026, 11, 25), at=time(9, 0))
    with pytest.raises(ConsentMissing) as refused:
        record_done(ctx, booked, anaesthesia="local", combined_procedures=("fractional_laser",))
    assert refused.value.kinds == (ConsentKind.TREATMENT_DEEP, ConsentKind.TREATMENT_COMBINED)
    assert "a deep peel with local anaesthesia" in str(refused.value)
    assert "a peel combined with fractional laser" in str(refused.value)
    sign(ctx, patient, ConsentKind.TREATMENT_DEEP, "tr")
    sign(ctx, patient, ConsentKind.TREATMENT_COMBINED)
    done = record_done(ctx, booked, anaesthesia="local", combined_procedures=("fractional_laser",))
    assert done.status == "done"


def test_a_withdrawn_consent_stops_booking_and_moving(ctx, doctor) -> None:
    patient = screened_patient(ctx)
    signed = sign(ctx, patient)
    booked = book(ctx, patient, doctor, DAY)
    withdraw_consent(ctx, signed.id, "", witness_id=witness_id(ctx))
    with pytest.raises(ConsentMissing):
        book(ctx, patient, doctor, date(2026, 11, 30))
    moved = BookingInput(
        patient_id=patient,
        physician_id=doctor,
        starts_on=DAY,
        starts_time=booked.starts_at.astimezone(ctx.zone).time().replace(hour=15),
        areas=tuple(a.as_input() for a in booked.areas),
    )
    with pytest.raises(ConsentMissing):
        update_booking(ctx, booked.id, booked.row_version, moved)


def test_a_version_requiring_reconsent_asks_the_patient_to_sign_again(ctx, doctor) -> None:
    patient = screened_patient(ctx)
    sign(ctx, patient)
    ctx.actor = Actor(add_staff(ctx, "boss", "Boss", role="admin"), "Boss", "admin")
    form = current_template(ctx, "treatment_standard", "en")
    publish_template(ctx, "treatment_standard", "en", form.title, form.body + " More.", True)
    with pytest.raises(ConsentMissing):
        book(ctx, patient, doctor, DAY)
    sign(ctx, patient)
    assert book(ctx, patient, doctor, DAY).id


def test_sessions_booked_before_the_rule_can_still_be_recorded(ctx, doctor) -> None:
    """An upgraded database: sessions booked under a paper consent are recorded as before."""
    patient = screened_patient(ctx)
    signed = sign(ctx, patient)
    booked = book(ctx, patient, doctor, date(2026, 11, 25), at=time(9, 0))
    withdraw_consent(ctx, signed.id, "", witness_id=witness_id(ctx))
    with pytest.raises(ConsentMissing):
        record_done(ctx, booked)
    # The rule began after this session was booked (as for a session booked before upgrading).
    later = json.dumps("2099-01-01T00:00:00+00:00")
    value = "CAST(:v AS JSONB)" if ctx.database.url.startswith("postgresql") else ":v"
    with ctx.database.engine.begin() as conn:
        conn.execute(
            text(f"INSERT INTO setting (key, value) VALUES ('consent_rule_since', {value})"),
            {"v": later},
        )
    assert record_done(ctx, booked).status == "done"
    with pytest.raises(ConsentMissing):  # new bookings still need the signature
        book(ctx, patient, doctor, DAY)
