"""A measured area (a spot or a scar) shows its size on screen, as it does on the print:
in the patient's session list and in the physician's history, in both languages."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest

from desktop.services.sessions import booking, day_list
from desktop.services.sessions.checks import AreaInput
from desktop.services.sessions.history import patient_history
from desktop.services.sessions.records import BookingInput
from desktop.ui.history.history_models import HistoryTableModel
from desktop.ui.sessions.day_list_model import SessionListModel
from tests.sessions_support import add_staff, area_id, record_done, screened_patient

DAY = date(2026, 11, 25)  # booked early in the morning, recorded at 10:00


@pytest.fixture
def scar_patient(ctx) -> int:
    """A patient with one session: the forehead (catalog size) and a scar measured at 12.5 cm²."""
    doctor = add_staff(ctx, "dr.kaya", "Dr. Can Kaya")
    patient = screened_patient(ctx, "Gül", "Şen")
    early = dataclasses.replace(ctx, clock=lambda: datetime(2026, 11, 25, 5, 0, tzinfo=UTC))
    areas = (
        AreaInput(area_id(ctx, "forehead")),
        AreaInput(area_id(ctx, "spot_scar"), size_cm2=Decimal("12.5")),
    )
    data = BookingInput(
        patient_id=patient, physician_id=doctor, starts_on=DAY, starts_time=time(9), areas=areas
    )
    detail = booking.book_session(early, data, acknowledged_warnings=frozenset())
    record_done(ctx, detail)
    return patient


def _session_list_text(ctx, patient: int) -> str:
    model = SessionListModel(ctx.zone, with_date=True)
    model.reset_rows(day_list.patient_sessions(ctx, patient))
    return str(model.index(0, SessionListModel.COL_AREAS).data())


def _history_text(ctx, patient: int) -> str:
    model = HistoryTableModel(ctx.zone)
    model.reset_rows(patient_history(ctx, patient).sessions)
    return str(model.index(0, HistoryTableModel.COL_AREAS).data())


def test_service_rows_carry_the_measured_size_only(ctx, scar_patient) -> None:
    (row,) = day_list.patient_sessions(ctx, scar_patient)
    assert row.measured_sizes == (None, Decimal("12.50"))
    (session,) = patient_history(ctx, scar_patient).sessions
    assert [a.size_measured for a in session.areas] == [False, True]


def test_english_screens_show_the_measured_size(qtbot, ctx, scar_patient) -> None:
    assert _session_list_text(ctx, scar_patient) == "Forehead, Spot or scar 12.5 cm²"
    history = _history_text(ctx, scar_patient).splitlines()
    assert history[0].startswith("Forehead 40 µm")  # a catalog area: no size
    assert history[1].startswith("Spot or scar 12.5 cm² 40 µm")


def test_turkish_screens_show_the_measured_size(qtbot, ctx, scar_patient, turkish) -> None:
    assert _session_list_text(ctx, scar_patient) == "Alın, Leke veya iz 12,5 cm²"
    history = _history_text(ctx, scar_patient).splitlines()
    assert history[0].startswith("Alın 40 µm")
    assert history[1].startswith("Leke veya iz 12,5 cm² 40 µm")
