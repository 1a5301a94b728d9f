"""The desk books times and areas; depths, device settings and the session's note are the
physician's, enforced in the booking service (not only by the form hiding them)."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import TreatmentSession
from desktop.services.common.context import Actor
from desktop.services.common.errors import ValidationError
from desktop.services.sessions import booking as session_booking
from desktop.services.sessions import records as sessions
from desktop.services.sessions.checks import AreaInput
from desktop.services.sessions.records import BookingInput, RecordInput
from tests.sessions_support import add_staff, area_id, book, screened_patient

TOMORROW = date(2026, 11, 26)


@pytest.fixture
def doc(ctx) -> int:
    return add_staff(ctx, "dr.aydin", "Dr. Selin Aydın")


@pytest.fixture
def patient(ctx) -> int:
    return screened_patient(ctx)


@pytest.fixture
def desk(ctx):
    return dataclasses.replace(ctx, actor=Actor(staff_id=None, name="Şule", role="reception"))


def _count(ctx) -> int:
    with ctx.database.read() as session:
        return int(session.execute(select(func.count()).select_from(TreatmentSession)).scalar_one())


def _booking(ctx, patient: int, doc: int, **changes) -> BookingInput:
    values: dict[str, Any] = dict(
        patient_id=patient,
        physician_id=doc,
        starts_on=TOMORROW,
        starts_time=time(11, 0),
        areas=(AreaInput(area_id(ctx, "forehead")),),
    )
    values.update(changes)
    return BookingInput(**values)


@pytest.mark.parametrize(
    ("area", "field"),
    [
        ({"depth_um": 60}, "areas[0].depth_um"),
        ({"passes": 2}, "areas[0].passes"),
        ({"device": "Er:YAG"}, "areas[0].device"),
        ({"fluence_j_cm2": "3.5"}, "areas[0].fluence_j_cm2"),
        ({"immediate_reaction": "erythema"}, "areas[0].immediate_reaction"),
    ],
)
def test_reception_cannot_book_clinical_area_values(ctx, desk, doc, patient, area, field) -> None:
    areas = (AreaInput(area_id(ctx, "forehead"), **area),)
    with pytest.raises(ValidationError) as caught:
        session_booking.book_session(desk, _booking(ctx, patient, doc, areas=areas))
    assert "physician" in caught.value.field_errors[field]
    assert _count(ctx) == 0


def test_reception_cannot_book_a_session_note(ctx, desk, doc, patient) -> None:
    with pytest.raises(ValidationError) as caught:
        session_booking.book_session(desk, _booking(ctx, patient, doc, notes="Derin peeling"))
    assert "note" in caught.value.field_errors["notes"]
    assert _count(ctx) == 0


def test_physician_still_books_with_planned_values_and_note(ctx, doc, patient) -> None:
    physician = dataclasses.replace(ctx, actor=Actor(staff_id=doc, name="Dr", role="physician"))
    areas = (AreaInput(area_id(ctx, "forehead"), depth_um=60, passes=2),)
    booked = session_booking.book_session(
        physician, _booking(ctx, patient, doc, areas=areas, notes="Plan: 60 µm")
    )
    assert booked.notes == "Plan: 60 µm"
    assert booked.areas[0].depth_um == 60


def test_reception_changing_a_booking_keeps_the_physicians_note(ctx, desk, doc, patient) -> None:
    planned = book(ctx, patient, doc, TOMORROW, notes="Plan: 60 µm, local anaesthesia")
    seen = sessions.get_session(desk, planned.id)
    assert seen.notes == ""  # what the desk is shown
    moved = session_booking.update_booking(
        desk,
        planned.id,
        seen.row_version,
        _booking(ctx, patient, doc, starts_time=time(15, 0), notes=seen.notes),
    )
    assert moved.starts_at != planned.starts_at
    assert sessions.get_session(ctx, planned.id).notes == "Plan: 60 µm, local anaesthesia"


def test_reception_changing_a_booking_keeps_planned_depths(ctx, desk, doc, patient) -> None:
    planned = book(ctx, patient, doc, TOMORROW)
    areas = tuple(AreaInput(a.area_id, depth_um=40) for a in planned.areas)
    with_depth = sessions.record_session(
        ctx, planned.id, planned.row_version, RecordInput(areas=areas, status="planned")
    )
    seen = sessions.get_session(desk, planned.id)
    session_booking.update_booking(
        desk,
        planned.id,
        with_depth.row_version,
        _booking(ctx, patient, doc, areas=tuple(a.as_input() for a in seen.areas), notes=""),
    )
    assert sessions.get_session(ctx, planned.id).areas[0].depth_um == 40


def test_reception_cannot_overwrite_the_note_when_changing_a_booking(
    ctx, desk, doc, patient
) -> None:
    planned = book(ctx, patient, doc, TOMORROW, notes="Plan")
    with pytest.raises(ValidationError) as caught:
        session_booking.update_booking(
            desk, planned.id, planned.row_version, _booking(ctx, patient, doc, notes="Other")
        )
    assert "notes" in caught.value.field_errors
    assert sessions.get_session(ctx, planned.id).notes == "Plan"


def test_the_desks_booking_form_offers_no_note(qtbot, desk, doc, patient) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop.ui.sessions.session_dialog import SessionDialog

    dialog = SessionDialog(desk, patient_id=patient, patient_name="Ayşe Yılmaz")
    qtbot.addWidget(dialog)
    notes = dialog.fields["notes"]
    assert isinstance(notes, QPlainTextEdit)
    assert not notes.isEnabled()
    assert "physicians" in notes.placeholderText()
    assert all(not row.fields["depth_um"].isVisible() for row in dialog.area_rows)
    dialog.reject()
