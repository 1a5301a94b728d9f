"""Dragging a block sideways: in the day view to another physician, room or device (checked
like the session form: a busy one refuses and nothing changes), in the week view to another
day at the time it was dropped."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QPoint, Qt

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


def _drag_to(qtbot, page: CalendarPage, session_id: int, column: int, minutes: int = 0) -> None:
    grid = page.grid
    block = next(b for b in grid.blocks if b.session.id == session_id)
    start = grid.block_rect(block).center()
    width = grid._column_width()
    end = start + QPoint(int((column - block.column) * width), int(minutes * PX_PER_MINUTE))
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, end)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)


def test_drag_to_another_physician_column_changes_the_physician(qtbot, ctx, setup) -> None:
    first = _book(ctx, setup)  # Dr Ayşe 10:00, Room 2, CO2
    page = _page(qtbot, ctx)
    assert [c.title for c in page.grid.columns] == ["Dr Ayşe Yılmaz", "Dr Can Demir"]
    _drag_to(qtbot, page, first.id, 1, minutes=30)
    moved = sessions.get_session(ctx, first.id)
    assert moved.physician_id == setup["can"]
    assert moved.starts_at == first.starts_at + timedelta(minutes=30)
    assert page.status.text() == "Session moved."
    block = page.grid.blocks[0]
    assert (block.column, block.session.physician_id) == (1, setup["can"])


def test_drag_to_a_busy_device_is_refused_and_changes_nothing(qtbot, ctx, setup) -> None:
    first = _book(ctx, setup)  # CO2 laser 10:00–10:45
    other = _book(ctx, setup, doc="can", patient="zeynep", room="room1", device="yag")
    page = _page(qtbot, ctx)
    page.grouping.setCurrentIndex(2)  # by device: CO2, Er:YAG
    _drag_to(qtbot, page, other.id, 0)  # onto the CO2 laser at 10:00: taken
    assert "already booked" in page.status.text()
    after = sessions.get_session(ctx, other.id)
    assert (after.device_id, after.row_version) == (setup["yag"], other.row_version)
    assert sessions.get_session(ctx, first.id).row_version == first.row_version


def test_week_view_drag_to_another_day_moves_it_there(qtbot, ctx, setup) -> None:
    first = _book(ctx, setup)  # Thursday 10:00
    page = _page(qtbot, ctx)
    page.mode.setCurrentIndex(1)
    assert [b.column for b in page.grid.blocks] == [3]
    _drag_to(qtbot, page, first.id, 1, minutes=60)  # Tuesday 11:00
    moved = sessions.get_session(ctx, first.id)
    local = moved.starts_at.astimezone(ctx.zone)
    assert (local.date(), local.time()) == (THURSDAY - timedelta(days=2), time(11, 0))
    assert [b.column for b in page.grid.blocks] == [1]
