"""A new booking offers the patient's usual physician, their last areas and the first free
quarter hour; the form opens on the date, so Enter alone books a returning patient."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.services.common.context import Actor
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.services.sessions import day_list
from desktop.services.sessions.booking_defaults import booking_defaults, next_quarter_hour
from desktop.ui.main_window import MainWindow
from desktop.ui.sessions.feature import SessionsFeature
from tests import handout_fixtures as hf
from tests.sessions_support import add_staff, area_id


def _returning(ctx) -> int:
    """Screened last week; a done session with Dr. Test on 1 October (forehead, chin)."""
    pid = patients.register_patient(
        ctx, PatientInput(given_name="Nur", family_name="Çelik", screened_on=date(2026, 11, 18))
    ).id
    hf.make_session(
        ctx, pid, datetime(2026, 10, 1, 8, 0, tzinfo=UTC), [("forehead", 40), ("chin", 60)]
    )
    return pid


def _dr_test(ctx) -> int:
    from sqlalchemy import select

    from db.models import Staff

    with ctx.database.read() as session:
        found = session.scalar(select(Staff.id).where(Staff.username == "dr.test"))
    assert isinstance(found, int)
    return found


def _at_desk(ctx):
    return replace(ctx, actor=Actor(staff_id=None, name="Desk", role="reception"))


def test_next_quarter_hour_is_strictly_later() -> None:
    assert next_quarter_hour(datetime(2026, 11, 25, 10, 7)).time() == time(10, 15)
    assert next_quarter_hour(datetime(2026, 11, 25, 10, 15, 30)).time() == time(10, 30)
    assert next_quarter_hour(datetime(2026, 11, 25, 23, 50)) == datetime(2026, 11, 26, 0, 0)


def test_defaults_are_the_last_physician_areas_and_the_next_quarter_hour(ctx) -> None:
    pid = _returning(ctx)
    add_staff(ctx, "dr.other", "Dr. Other")  # two physicians: not "the only one"
    offered = booking_defaults(_at_desk(ctx), pid)
    assert offered.physician_id == _dr_test(ctx)
    assert [a.area_id for a in offered.areas] == [area_id(ctx, "forehead"), area_id(ctx, "chin")]
    assert all(isinstance(a.size_cm2, Decimal) for a in offered.areas)
    # The test clock says 10:00 in Istanbul.
    assert offered.starts_at.astimezone(ctx.zone).replace(tzinfo=None) == datetime(
        2026, 11, 25, 10, 15
    )


def test_the_start_skips_the_physicians_booked_time(ctx) -> None:
    pid = _returning(ctx)
    other = hf.patient(ctx, "Ali", "Er", "tr")
    # Dr. Test is busy 10:15–11:00 local (07:15–08:00 UTC).
    hf.make_session(
        ctx, other, datetime(2026, 11, 25, 7, 15, tzinfo=UTC), [("neck", None)], status="planned"
    )
    offered = booking_defaults(_at_desk(ctx), pid)
    assert offered.starts_at.astimezone(ctx.zone).time() == time(11, 0)


def test_a_physician_booking_is_theirs_and_a_new_patient_gets_the_only_physician(ctx) -> None:
    pid = _returning(ctx)
    other = add_staff(ctx, "dr.other", "Dr. Other")
    mine = replace(ctx, actor=Actor(staff_id=other, name="Dr. Other", role="physician"))
    assert booking_defaults(mine, pid).physician_id == other

    newcomer = hf.patient(ctx, "Can", "Yeni", "tr")
    offered = booking_defaults(_at_desk(ctx), newcomer)
    assert offered.physician_id is None and offered.areas == ()  # two physicians: ask
    from desktop.services.accounts.staff import list_staff, set_active

    row = next(s for s in list_staff(ctx) if s.id == other)
    set_active(ctx, other, row.row_version, False)
    assert booking_defaults(_at_desk(ctx), newcomer).physician_id == _dr_test(ctx)


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_booking_form_opens_filled_on_the_date_and_enter_books(qtbot, ctx) -> None:
    pid = _returning(ctx)
    add_staff(ctx, "dr.other", "Dr. Other")
    desk = _at_desk(ctx)
    window = _window(qtbot, desk)
    dialog = window.feature(SessionsFeature).book_for(pid)
    assert dialog is not None
    physician = dialog.fields["physician_id"]
    assert isinstance(physician, QComboBox)
    assert physician.currentData() == _dr_test(ctx)
    assert [row.name for row in dialog.area_rows] == ["Forehead", "Chin"]
    assert dialog._text("starts_time").text() == "10:15"
    date_field = dialog.fields["starts_on"]
    assert dialog.focusWidget() is date_field
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(date_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    planned = [r for r in day_list.patient_sessions(ctx, pid) if r.status == "planned"]
    assert len(planned) == 1
    window.tasks.wait()


def test_booking_from_a_quote_does_not_add_the_last_areas(qtbot, ctx) -> None:
    pid = _returning(ctx)
    window = _window(qtbot, _at_desk(ctx))
    dialog = window.feature(SessionsFeature).book_for(pid, last_areas=False)
    assert dialog is not None
    assert dialog.area_rows == []
    assert dialog._combo("physician_id") == _dr_test(ctx)  # the only physician
    dialog.done(0)
    window.tasks.wait()
