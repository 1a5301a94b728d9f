"""Moving a session on the calendar into the healing interval of the patient's areas asks the
session form's question in the same words; Cancel leaves it where it was, "book anyway"
moves it and the audit lists the acknowledged warning. Ctrl+←/→ move a session a day."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services.sessions import records as sessions
from desktop.services.sessions.reschedule import move_booking
from desktop.services.sessions.safety_warnings import NeedsAcknowledgement
from desktop.ui.sessions.calendar_page import CalendarPage
from tests.sessions.test_booking_clashes import THURSDAY, _book
from tests.sessions.test_booking_clashes import setup as setup

LATER = THURSDAY + timedelta(days=28)  # just outside the 28-day healing interval


def _page(qtbot, ctx, day) -> CalendarPage:
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.show_day(day)
    return page


def _ctrl(qtbot, page: CalendarPage, key: Qt.Key) -> None:
    page.grid.setFocus()
    qtbot.keyClick(page.grid, key, Qt.KeyboardModifier.ControlModifier)


def test_move_service_asks_for_the_healing_interval_then_takes_the_acknowledgement(
    ctx, setup
) -> None:
    _book(ctx, setup)
    later = _book(ctx, setup, day=LATER)
    earlier = later.starts_at - timedelta(days=1)
    with pytest.raises(NeedsAcknowledgement) as asked:
        move_booking(ctx, later.id, later.row_version, earlier, 45)
    codes = frozenset(w.code for w in asked.value.warnings)
    assert all(code.startswith("healing:") for code in codes)
    assert sessions.get_session(ctx, later.id).starts_at == later.starts_at
    moved = move_booking(ctx, later.id, later.row_version, earlier, 45, acknowledged_warnings=codes)
    assert moved.starts_at == earlier


def test_drag_or_key_into_the_healing_interval_asks_and_cancel_changes_nothing(
    qtbot, ctx, setup
) -> None:
    _book(ctx, setup)
    later = _book(ctx, setup, day=LATER)
    page = _page(qtbot, ctx, LATER)
    questions: list[list[str]] = []

    def refuse(parent, warnings) -> bool:
        questions.append([str(w.message) for w in warnings])
        return False

    page.confirm = refuse
    _ctrl(qtbot, page, Qt.Key.Key_Left)
    assert len(questions) == 1
    assert "is already booked on 26.11.2026, 27 days before this session" in questions[0][0]
    assert sessions.get_session(ctx, later.id).starts_at == later.starts_at
    assert "nothing has changed" in page.status.text()
    assert page.day == LATER

    page.confirm = lambda parent, warnings: True
    _ctrl(qtbot, page, Qt.Key.Key_Left)
    moved = sessions.get_session(ctx, later.id)
    assert moved.starts_at == later.starts_at - timedelta(days=1)
    assert page.day == LATER - timedelta(days=1)  # the calendar follows the session
    assert [b.session.id for b in page.grid.blocks] == [later.id]
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "session.update_booking")
        ).one()
    details = event.details if isinstance(event.details, dict) else json.loads(event.details)
    assert any(code.startswith("healing:") for code in details["acknowledged_warnings"])


def test_the_question_uses_the_session_forms_words_and_cancel_is_the_default(
    qtbot, ctx, setup
) -> None:
    _book(ctx, setup)
    later = _book(ctx, setup, day=LATER)
    page = _page(qtbot, ctx, LATER)
    seen: list[str] = []

    def answer() -> None:
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        box.defaultButton().click()  # Cancel

    QTimer.singleShot(0, answer)
    _ctrl(qtbot, page, Qt.Key.Key_Left)
    assert "Please check before booking." in seen[0]
    assert "the clinic waits 28 days for the skin to heal" in seen[0]
    assert "I have checked: &book anyway" in seen
    assert sessions.get_session(ctx, later.id).starts_at == later.starts_at


def test_ctrl_right_moves_a_session_a_day_later_when_nothing_is_in_the_way(
    qtbot, ctx, setup
) -> None:
    first = _book(ctx, setup)
    page = _page(qtbot, ctx, THURSDAY)
    _ctrl(qtbot, page, Qt.Key.Key_Right)
    assert sessions.get_session(ctx, first.id).starts_at == first.starts_at + timedelta(days=1)
    assert page.status.text() == "Session moved."
