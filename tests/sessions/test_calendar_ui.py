"""The calendar page driven like a user: drag and keys move sessions through the booking
service, the week view and the column switch show the right sessions, Enter opens one."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import func, select

from db.models import AuditEvent
from desktop.services.sessions import records as sessions
from desktop.ui.sessions.calendar_page import CalendarPage
from desktop.ui.sessions.calendar_view import PX_PER_MINUTE
from tests.sessions.test_booking_clashes import THURSDAY, _book
from tests.sessions.test_booking_clashes import setup as setup


def _page(qtbot, ctx) -> CalendarPage:
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.show_day(THURSDAY)
    return page


def _drag(qtbot, page: CalendarPage, session_id: int, minutes: int) -> None:
    grid = page.grid
    block = next(b for b in grid.blocks if b.session.id == session_id)
    start = grid.block_rect(block).center()
    end = start + QPoint(0, int(minutes * PX_PER_MINUTE))
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, end)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)


def _moves(ctx) -> int:
    with ctx.database.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "session.update_booking")
            )
            or 0
        )


def test_drag_to_a_clash_is_refused_and_to_a_free_slot_moves(qtbot, ctx, setup) -> None:
    first = _book(ctx, setup)  # 10:00–10:45, Room 2
    other = _book(ctx, setup, patient="zeynep", room="room1", device="yag", at=time(12, 0))
    page = _page(qtbot, ctx)
    assert len(page.grid.blocks) == 2
    _drag(qtbot, page, other.id, -105)  # onto 10:15: Dr Ayşe is busy
    assert "already booked" in page.status.text()
    assert sessions.get_session(ctx, other.id).starts_at == other.starts_at
    assert _moves(ctx) == 0
    _drag(qtbot, page, other.id, 60)  # 13:00, free
    assert sessions.get_session(ctx, other.id).starts_at == other.starts_at + timedelta(hours=1)
    assert _moves(ctx) == 1
    assert sessions.get_session(ctx, first.id).starts_at == first.starts_at


def test_keyboard_selects_moves_resizes_and_opens(qtbot, ctx, setup) -> None:
    first = _book(ctx, setup)
    page = _page(qtbot, ctx)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = sessions.get_session(ctx, first.id)
    assert moved.starts_at == first.starts_at + timedelta(minutes=15)
    qtbot.keyClick(
        page.grid,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    resized = sessions.get_session(ctx, first.id)
    assert (resized.starts_at, resized.duration_minutes) == (moved.starts_at, 60)
    with qtbot.waitSignal(page.sig_open_session) as opened:
        qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert opened.args == [first.id]


def test_week_view_and_column_switch(qtbot, ctx, setup) -> None:
    _book(ctx, setup)
    _book(ctx, setup, doc="can", patient="zeynep", room="room1", device="yag")
    _book(ctx, setup, day=THURSDAY + timedelta(days=1), codes=("forehead",))
    page = _page(qtbot, ctx)
    assert [c.title for c in page.grid.columns] == ["Dr Ayşe Yılmaz", "Dr Can Demir"]
    page.grouping.setCurrentIndex(1)  # rooms (Alt+2)
    assert [c.title for c in page.grid.columns] == ["Room 1", "Room 2"]
    page.grouping.setCurrentIndex(2)
    assert [c.title for c in page.grid.columns] == ["CO2 laser", "Er:YAG laser"]
    page.mode.setCurrentIndex(1)  # week: one device at a time, the first by default
    assert len(page.grid.columns) == 7
    assert page.focus.currentText() == "CO2 laser"
    assert sorted(b.column for b in page.grid.blocks) == [3, 4]  # Thursday, Friday
    page.choose_focus(None)  # all devices
    assert sorted(b.column for b in page.grid.blocks) == [3, 3, 4]  # Thursday ×2, Friday
    page.step_period(1)  # next week: nothing booked
    assert page.grid.blocks == [] and page.first_day() == THURSDAY + timedelta(days=4)


def test_time_outside_a_physicians_hours_is_greyed(qtbot, ctx, setup) -> None:
    from desktop.services.resources import hours
    from tests.sessions.test_booking_clashes import WEEKDAYS_9_TO_6

    hours.set_week_hours(ctx, setup["ayse"], WEEKDAYS_9_TO_6)
    _book(ctx, setup)
    _book(ctx, setup, doc="can", patient="zeynep", room="room1", device="yag")
    page = _page(qtbot, ctx)
    assert page.grid.open_hours == [[(540, 1080)], None]  # Dr Can has no hours set
    image = page.grid.grab().toImage()
    x = page.grid.block_rect(page.grid.blocks[0]).center().x()
    assert image.pixelColor(x, page.grid.y_of(8 * 60 + 30)).name() == "#e4e4e4"
    assert image.pixelColor(x, page.grid.y_of(12 * 60 + 5)).name() != "#e4e4e4"


def test_every_session_status_has_its_own_block_colour() -> None:
    from db.codes import SessionStatus
    from desktop.ui.sessions.calendar_view import NEUTRAL, STATUS_COLOURS

    assert set(STATUS_COLOURS) == {str(status) for status in SessionStatus}
    assert NEUTRAL not in STATUS_COLOURS.values()
    assert len(set(STATUS_COLOURS.values())) == len(STATUS_COLOURS)
