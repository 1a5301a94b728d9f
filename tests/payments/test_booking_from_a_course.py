"""Booking from a course in the session form counts the course down, and the calendar block
of a session booked from a course says where it stands ("session 2 of 3")."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.services.common.context import Actor
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.services.payments import courses
from desktop.services.sessions import day_list
from desktop.services.sessions.calendar_content import calendar_content
from desktop.ui.main_window import MainWindow
from desktop.ui.sessions.calendar_blocks import block_texts
from desktop.ui.sessions.calendar_layout import Grouping
from desktop.ui.sessions.feature import SessionsFeature
from tests import handout_fixtures as hf
from tests.payments_support import accepted_course
from tests.sessions_support import book


def _returning_with_course(ctx) -> tuple[int, int, int]:
    """A patient with a done session (forehead, chin), a course of three, the first booked."""
    pid = patients.register_patient(
        ctx, PatientInput(given_name="Gülşen", family_name="Işık", screened_on=date(2026, 11, 18))
    ).id
    hf.make_session(
        ctx, pid, datetime(2026, 10, 1, 8, 0, tzinfo=UTC), [("forehead", 40), ("chin", 60)]
    )
    course = accepted_course(ctx, pid, sessions=3)
    [done] = day_list.patient_sessions(ctx, pid)
    first = book(ctx, pid, done.physician_id, date(2026, 12, 1), course_id=course.id)
    return pid, course.id, first.id


def test_booking_from_the_course_counts_down_and_the_block_says_2_of_3(qtbot, ctx) -> None:
    pid, course_id, first_id = _returning_with_course(ctx)
    desk = replace(ctx, actor=Actor(staff_id=None, name="Desk", role="reception"))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.feature(SessionsFeature).book_for(pid)
    assert dialog is not None
    combo = dialog.fields["course_id"]
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == course_id  # the only open course is chosen already
    assert "session 2 of 3" in combo.currentText()
    dialog._text("starts_on").setText("05.01.2027")  # five weeks after the first
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.fields["starts_on"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    saved = dialog.saved
    assert saved is not None
    window.tasks.wait()

    course = courses.get_course(ctx, course_id)
    assert (course.sessions_booked, course.sessions_left) == (2, 1)
    place = courses.session_of_course(ctx, saved.id)
    assert place is not None and (place.ordinal, place.total) == (2, 3)

    day = saved.starts_at.astimezone(ctx.zone).date()
    content = calendar_content(ctx, day, 7)
    assert content.course_places[saved.id] == (2, 3)
    texts = block_texts(
        content.sessions,
        content.areas,
        Grouping.PHYSICIAN,
        ctx.zone,
        "en",
        {},
        content.course_places,
    )
    assert "session 2 of 3" in texts[saved.id].lines[1]
    first_week = calendar_content(ctx, date(2026, 12, 1), 1)
    assert first_week.course_places == {first_id: (1, 3)}


def test_a_patient_without_a_course_gets_no_course_choice(qtbot, ctx) -> None:
    pid = patients.register_patient(
        ctx, PatientInput(given_name="Nur", family_name="Çelik", screened_on=date(2026, 11, 18))
    ).id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = window.feature(SessionsFeature).book_for(pid)
    assert dialog is not None and "course_id" not in dialog.fields
    dialog.reject()
    window.tasks.wait()


def test_the_day_list_and_the_workspace_say_where_a_course_session_stands(ctx) -> None:
    from desktop.ui.sessions.day_list_model import SessionListModel

    pid, _course_id, first_id = _returning_with_course(ctx)
    day = day_list.day_sessions(ctx, date(2026, 12, 1))
    [row] = [r for r in day.rows if r.id == first_id]
    assert row.course_place == (1, 3)
    rows = day_list.patient_sessions(ctx, pid)
    assert [r.course_place for r in rows] == [(1, 3), None]  # newest first; the old one not
    model = SessionListModel(ctx.zone, with_date=True)
    model.reset_rows(rows)
    assert model.index(0, SessionListModel.COL_STATUS).data() == "Planned · session 1 of 3"
    assert model.index(1, SessionListModel.COL_STATUS).data() == "Done"
