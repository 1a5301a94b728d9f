"""The day at the desk: Done only once a session has started, sessions entered after the fact,
and moving a session along planned → arrived → in treatment → done."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import PermissionDenied, ValidationError
from tests.sessions_support import add_staff, book, record_done, screened_patient

TODAY = date(2026, 11, 25)
ACK = frozenset({"screening_missing", "screening_old"})


def _at(ctx: ServiceContext, hour: int, minute: int = 0, role: str | None = None):
    """The context at ``hour:minute`` Istanbul time today (UTC+3), optionally as ``role``."""
    when = datetime(2026, 11, 25, hour - 3, minute, tzinfo=UTC)
    changed = dataclasses.replace(ctx, clock=lambda: when)
    if role is not None:
        changed = dataclasses.replace(changed, actor=Actor(None, role, role))
    return changed


@pytest.fixture
def doc(ctx) -> int:
    return add_staff(ctx, "dr.aydin", "Dr. Selin Aydın")


@pytest.fixture
def patient(ctx) -> int:
    return screened_patient(ctx)


def _audit_details(ctx, action: str) -> list[dict]:
    with ctx.database.read() as session:
        found = session.scalars(select(AuditEvent.details).where(AuditEvent.action == action))
        return [d if isinstance(d, dict) else json.loads(d) for d in found]


# --- Done not before the session has started ------------------------------------------------
def test_done_is_refused_before_the_session_starts_the_same_day(ctx, doc, patient) -> None:
    early = _at(ctx, 18, 0)
    detail = book(early, patient, doc, TODAY, at=time(19, 0), ack=ACK)
    with pytest.raises(ValidationError) as caught:
        record_done(_at(ctx, 18, 42), detail)
    assert "has not started yet" in caught.value.field_errors["status"]
    assert "19:00" in caught.value.field_errors["status"]


def test_done_is_accepted_once_the_session_has_started(ctx, doc, patient) -> None:
    detail = book(_at(ctx, 18, 0), patient, doc, TODAY, at=time(19, 0), ack=ACK)
    done = record_done(_at(ctx, 19, 5), detail)
    assert done.status == "done"


# --- entered after the fact -----------------------------------------------------------------
@pytest.mark.parametrize("role", ["reception", "physician"])
def test_a_session_earlier_today_can_be_entered_after_the_fact(ctx, doc, patient, role) -> None:
    desk = _at(ctx, 18, 50, role=role)
    detail = book(desk, patient, doc, TODAY, at=time(18, 0), ack=ACK, duration_minutes=30)
    assert detail.starts_at == datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
    [audit] = _audit_details(ctx, "session.book")
    assert audit["recorded_after_the_fact"] is True
    assert audit["starts_at"] == "2026-11-25T18:00:00+03:00"
    assert audit["ends_at"] == "2026-11-25T18:30:00+03:00"
    if role == "physician":
        assert record_done(_at(ctx, 18, 51, role=role), detail).status == "done"


def test_a_session_booked_ahead_is_not_marked_after_the_fact(ctx, doc, patient) -> None:
    book(_at(ctx, 10), patient, doc, TODAY, at=time(18, 0), ack=ACK)
    [audit] = _audit_details(ctx, "session.book")
    assert "recorded_after_the_fact" not in audit


def test_reception_cannot_enter_a_session_of_an_earlier_day(ctx, doc, patient) -> None:
    with pytest.raises(ValidationError) as caught:
        book(_at(ctx, 10, role="reception"), patient, doc, date(2026, 11, 24), ack=ACK)
    assert "physician or an administrator" in caught.value.field_errors["starts_on"]
    assert _audit_details(ctx, "session.book") == []


def test_a_physician_can_enter_a_session_of_an_earlier_day(ctx, doc, patient) -> None:
    book(_at(ctx, 10, role="physician"), patient, doc, date(2026, 11, 24), ack=ACK)
    [audit] = _audit_details(ctx, "session.book")
    assert audit["recorded_after_the_fact"] is True


# --- planned → arrived → in treatment → done ------------------------------------------------
def test_the_day_at_the_desk_moves_forward_and_is_audited(ctx, doc, patient) -> None:
    from desktop.services.sessions.day_statuses import move_session_along, next_desk_step

    booked = book(_at(ctx, 9), patient, doc, TODAY, at=time(18, 0), ack=ACK)
    assert next_desk_step(booked.status) == "arrived"
    arrived = move_session_along(
        _at(ctx, 17, 50, role="reception"), booked.id, booked.row_version, "arrived"
    )
    assert arrived.status == "arrived"
    with pytest.raises(PermissionDenied):  # starting a treatment is clinical
        move_session_along(_at(ctx, 17, 55, role="reception"), arrived.id, 0, "in_treatment")
    started = move_session_along(_at(ctx, 17, 55), arrived.id, arrived.row_version, "in_treatment")
    assert started.status == "in_treatment" and next_desk_step(started.status) is None
    with pytest.raises(ValidationError) as caught:  # no way back
        move_session_along(_at(ctx, 17, 56), started.id, started.row_version, "arrived")
    assert "past that step" in caught.value.field_errors["status"]
    # Started five minutes early: it has begun, so Done is accepted before 18:00.
    assert record_done(_at(ctx, 17, 58), started).status == "done"
    assert [d["status"] for d in _audit_details(ctx, "session.arrived")] == [["planned", "arrived"]]
    assert len(_audit_details(ctx, "session.in_treatment")) == 1


def test_only_todays_sessions_are_marked_arrived(ctx, doc, patient) -> None:
    from desktop.services.sessions.day_statuses import move_session_along

    booked = book(_at(ctx, 9), patient, doc, date(2026, 11, 26), ack=ACK)
    with pytest.raises(ValidationError) as caught:
        move_session_along(_at(ctx, 10), booked.id, booked.row_version, "arrived")
    assert "today's sessions" in caught.value.field_errors["status"]
    assert _audit_details(ctx, "session.arrived") == []


def test_an_arrived_session_keeps_its_slot_and_is_the_one_to_record(ctx, doc, patient) -> None:
    from desktop.services.sessions import records
    from desktop.services.sessions.day_statuses import move_session_along

    booked = book(_at(ctx, 9), patient, doc, TODAY, at=time(18, 0), ack=ACK)
    move_session_along(_at(ctx, 17), booked.id, booked.row_version, "arrived")
    assert records.session_to_record(_at(ctx, 17), patient) == booked.id


# --- the day list's desk steps (pytest-qt) --------------------------------------------------
def test_day_list_marks_arrived_and_started_with_f6_f7_and_the_button(qtbot, ctx, doc, patient):
    from PySide6.QtCore import Qt

    from desktop.services.sessions import records
    from desktop.ui.main_window import MainWindow
    from desktop.ui.sessions.day_list_model import SessionListModel
    from desktop.ui.sessions.feature import SessionsFeature

    booked = book(ctx, patient, doc, TODAY, at=time(11, 0), ack=ACK)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.feature(SessionsFeature).day_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    status = page.model.index(0, SessionListModel.COL_STATUS)
    assert status.data() == "Planned"
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: page.model.index(0, SessionListModel.COL_STATUS).data() == "Arrived")
    assert records.get_session(ctx, booked.id).status == "arrived"
    colour = page.model.index(0, SessionListModel.COL_STATUS).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.color().name() == "#1f5fa8"
    page.table.selectRow(0)
    page.start_button.click()
    qtbot.waitUntil(
        lambda: page.model.index(0, SessionListModel.COL_STATUS).data() == "In treatment"
    )
    assert records.get_session(ctx, booked.id).status == "in_treatment"
    assert "1 session" in page.status_label.text()
    window.tasks.wait()
