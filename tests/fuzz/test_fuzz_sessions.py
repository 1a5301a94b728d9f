"""Booking and recording: every input is stored and reads back, or is refused by field.

Never another exception, and a refusal changes nothing (row counts, the session's version).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from db.models import AuditEvent, SessionArea, TreatmentSession
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.sessions import booking, records
from desktop.services.sessions.checks import AreaInput
from desktop.services.sessions.clashes import BookingRefused
from desktop.services.sessions.rows import BookingInput, RecordInput
from desktop.services.sessions.safety_warnings import NeedsAcknowledgement
from tests.fuzz.strategies import (
    check_refusal,
    days,
    decimals,
    integers,
    mostly,
    or_none,
    profile,
    row_counts,
    texts,
    thorough,
    times,
)
from tests.sessions_support import add_staff, area_id, book, screened_patient

TABLES = (TreatmentSession, SessionArea, AuditEvent)
BOOKING_FIELDS = {
    "patient",
    "physician_id",
    "starts_on",
    "starts_time",
    "areas",
    "duration_minutes",
    "ends_time",
    "indications",
    "notes",
    "room_id",
    "device_id",
    "override_reason",
}
RECORD_FIELDS = {
    "areas",
    "status",
    "anaesthesia",
    "indications",
    "combined_procedures",
    "notes",
    "follow_up_on",
    "physician_id",
    "pulses",
}
CODES = ("forehead", "cheeks", "neck", "eye_contour")


@dataclass(frozen=True)
class Clinic:
    patient_id: int
    physician_id: int
    area_ids: tuple[int, ...]


@pytest.fixture
def clinic(ctx: ServiceContext) -> Clinic:
    return Clinic(
        patient_id=screened_patient(ctx),
        physician_id=add_staff(ctx, "dr.fuzz", "Dr. Fuzz"),
        area_ids=tuple(area_id(ctx, code) for code in CODES),
    )


@st.composite
def area_inputs(draw: st.DrawFn) -> tuple[Any, ...]:
    # Mostly one to three different catalog areas; sometimes none, or one not in the catalog.
    chosen = draw(
        mostly(
            st.lists(st.sampled_from(range(len(CODES))), min_size=1, max_size=3, unique=True),
            st.lists(st.sampled_from(range(len(CODES) + 1)), max_size=3),
        )
    )
    return tuple(
        (
            index,  # len(CODES): not in the catalog
            draw(or_none(decimals("1", "400"))),
            draw(or_none(integers(10, 200))),
            draw(or_none(integers(1, 10))),
            draw(texts("Er:YAG", "")),
            draw(texts("fractional", "")),
            draw(or_none(decimals("0.5", "20"))),
            draw(or_none(decimals("1", "10"))),
            draw(texts("erythema", "")),
        )
        for index in chosen
    )


def _areas(clinic: Clinic, drawn: tuple[Any, ...]) -> tuple[AreaInput, ...]:
    ids = (*clinic.area_ids, 999_999)
    return tuple(AreaInput(ids[index], *values) for index, *values in drawn)


def _expected_decimal(value: Any) -> Decimal | None:
    """What a stored size, fluence or spot size reads back as (two places)."""
    text = "" if value is None else str(value).strip().replace(",", ".")
    return Decimal(text).quantize(Decimal("0.01")) if text else None  # blank: not given


def _check_areas(stored: tuple[Any, ...], sent: tuple[AreaInput, ...]) -> None:
    assert len(stored) == len(sent)
    for row, item in zip(stored, sent, strict=True):
        assert row.area_id == item.area_id
        if _expected_decimal(item.size_cm2) is not None:
            assert row.size_cm2 == _expected_decimal(item.size_cm2)
        assert row.fluence_j_cm2 == _expected_decimal(item.fluence_j_cm2)
        assert row.spot_size_mm == _expected_decimal(item.spot_size_mm)
        assert row.device == item.device.strip()
        assert row.immediate_reaction == item.immediate_reaction.strip()


# --- booking -------------------------------------------------------------------------------
def _book_or_refuse(ctx: ServiceContext, clinic: Clinic, drawn: dict[str, Any]) -> None:
    data = BookingInput(
        patient_id=clinic.patient_id,
        physician_id=clinic.physician_id,
        starts_on=drawn["starts_on"],
        starts_time=drawn["starts_time"],
        areas=_areas(clinic, drawn["areas"]),
        duration_minutes=drawn["duration"],
        ends_time=drawn["ends_time"],
        notes=drawn["notes"],
        override_reason=drawn["reason"],
    )
    before = row_counts(ctx, *TABLES)
    try:
        try:
            detail = booking.book_session(ctx, data)
        except NeedsAcknowledgement as warned:  # the desk confirms, as the form would
            assert row_counts(ctx, *TABLES) == before
            codes = frozenset(w.code for w in warned.warnings)
            detail = booking.book_session(ctx, data, acknowledged_warnings=codes)
    except ValidationError as error:
        event("refused")
        check_refusal(error, BOOKING_FIELDS)
        assert row_counts(ctx, *TABLES) == before
        return
    except BookingRefused:
        event("refused: a clash")
        assert row_counts(ctx, *TABLES) == before
        return
    event("stored")
    stored = records.get_session(ctx, detail.id)
    assert stored == detail
    assert stored.notes == (drawn["notes"] or "").strip()
    _check_areas(stored.areas, data.areas)


BOOKINGS = st.fixed_dictionaries(
    {
        "starts_on": or_none(days(date(2026, 11, 25))),
        "starts_time": or_none(times()),
        "areas": area_inputs(),
        "duration": or_none(integers(5, 480)),
        "ends_time": mostly(st.none(), times()),
        "notes": or_none(texts("Planned: forehead first.")),
        "reason": texts(""),
    }
)


@profile(slow=False)
@given(drawn=BOOKINGS)
def test_booking_stores_or_refuses_by_field(ctx, clinic, drawn) -> None:
    _book_or_refuse(ctx, clinic, drawn)


@thorough
@profile(slow=True)
@given(drawn=BOOKINGS)
def test_booking_stores_or_refuses_by_field_thousands(ctx, clinic, drawn) -> None:
    _book_or_refuse(ctx, clinic, drawn)


# --- recording -----------------------------------------------------------------------------
def _fresh_session(ctx: ServiceContext, clinic: Clinic) -> Any:
    """A planned session on an earlier day (so it may be recorded as done), one per day back,
    so it never clashes with the sessions earlier examples booked."""
    with ctx.database.read() as session:
        booked = session.scalar(select(func.count()).select_from(TreatmentSession)) or 0
    day = date(2026, 11, 24) - timedelta(days=booked)
    try:
        return book(ctx, clinic.patient_id, clinic.physician_id, day)
    except NeedsAcknowledgement as warned:
        ack = frozenset(w.code for w in warned.warnings)
        return book(ctx, clinic.patient_id, clinic.physician_id, day, ack=ack)


@pytest.fixture
def planned(ctx: ServiceContext, clinic: Clinic) -> int:
    return int(_fresh_session(ctx, clinic).id)


def _record_or_refuse(
    ctx: ServiceContext, clinic: Clinic, session_id: int, drawn: dict[str, Any]
) -> None:
    data = RecordInput(
        areas=_areas(clinic, drawn["areas"]),
        status=drawn["status"],
        anaesthesia=drawn["anaesthesia"],
        notes=drawn["notes"],
        follow_up_on=drawn["follow_up_on"],
        pulses=drawn["pulses"],
        indications=drawn["indications"],
    )
    current = records.get_session(ctx, session_id)
    if current.status != "planned":  # an earlier example recorded it: book a fresh one
        current = _fresh_session(ctx, clinic)
    before = row_counts(ctx, *TABLES)
    try:
        detail = records.record_session(ctx, current.id, current.row_version, data)
    except ValidationError as error:
        event("refused")
        check_refusal(error, RECORD_FIELDS)
        assert row_counts(ctx, *TABLES) == before
        assert records.get_session(ctx, current.id).row_version == current.row_version
        return
    event("stored")
    stored = records.get_session(ctx, detail.id)
    assert stored == detail
    assert stored.notes == drawn["notes"].strip()
    assert stored.follow_up_on == drawn["follow_up_on"]
    assert stored.pulses == drawn["pulses"]
    _check_areas(stored.areas, data.areas)


RECORDS = st.fixed_dictionaries(
    {
        "areas": area_inputs(),
        "status": st.sampled_from(["done", "done", "done", "planned", "cancelled", "", "\ud800"]),
        "anaesthesia": st.sampled_from(["none", "topical", "", "\x00"]),
        "notes": texts("Tolerated well."),
        "follow_up_on": or_none(days(date(2026, 11, 25))),
        "pulses": or_none(integers(0, 50_000)),
        "indications": st.lists(
            st.sampled_from(["wrinkles", "acne_scars", "\ud800"]), max_size=2
        ).map(tuple),
    }
)


@profile(slow=False)
@given(drawn=RECORDS)
def test_recording_stores_or_refuses_by_field(ctx, clinic, planned, drawn) -> None:
    _record_or_refuse(ctx, clinic, planned, drawn)


@thorough
@profile(slow=True)
@given(drawn=RECORDS)
def test_recording_stores_or_refuses_by_field_thousands(ctx, clinic, planned, drawn) -> None:
    _record_or_refuse(ctx, clinic, planned, drawn)
