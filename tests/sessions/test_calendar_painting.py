"""The calendar grid's fast paint path: labels elided as Qt elides them (Turkish letters
included), kept to the block's width, and a refresh that reuses the cached texts and
geometry draws exactly what the first open drew."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QScrollArea

from db.codes import SessionStatus
from desktop.services.sessions.schedule import ScheduledSession
from desktop.ui.sessions.calendar_layout import Grouping, columns_for, lay_out
from desktop.ui.sessions.calendar_view import CalendarGrid

DAY = date(2026, 11, 23)
NAMES = ("Ayşe Yılmaz", "İrem Öztürk", "Şule Çelik-Ağaoğlu", "Zeynep Şahin", "Gül Doğan")


def _week(count: int = 120) -> list[ScheduledSession]:
    found = []
    for i in range(count):
        day, slot = divmod(i, count // 7 + 1)
        turn, doc = divmod(slot, 4)
        start = datetime(2026, 11, 23, 8, tzinfo=UTC) + timedelta(
            days=day, minutes=turn * 30 + doc * 5
        )
        found.append(
            ScheduledSession(
                id=i + 1, row_version=1, patient_id=i + 1, patient_name=NAMES[i % len(NAMES)],
                physician_id=doc + 1, physician_name=f"Dr {doc}", room_id=doc + 1,
                room_name=f"Oda {doc + 1}", device_id=None, device_name="", starts_at=start,
                ends_at=start + timedelta(minutes=30 + 15 * (i % 3)),
                status=list(SessionStatus)[i % len(SessionStatus)],
            )
        )  # fmt: skip
    return found


@pytest.fixture
def grid(qtbot) -> Iterator[CalendarGrid]:
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    grid = CalendarGrid()
    scroll.setWidget(grid)
    scroll.setWidgetResizable(True)
    scroll.resize(1100, 680)
    scroll.show()
    yield grid  # the scroll area, which owns the grid, lives until the test ends


@pytest.mark.parametrize("width", [4, 12, 20, 30, 45, 70, 120, 400])
def test_labels_are_elided_as_qt_elides_them_and_fit(grid, width) -> None:
    metrics = QFontMetrics(grid.font())
    for name in NAMES:
        ours = grid.text_cache.elided(name, width)
        qt = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
        assert metrics.horizontalAdvance(ours) <= width or ours in ("", "…")
        # Qt's cut, or one letter off (advances summed per letter, rounded), never wider
        shorter, longer = sorted((ours.rstrip("…"), qt.rstrip("…")), key=len)
        assert longer.startswith(shorter) and len(longer) - len(shorter) <= 1, (ours, qt)
        if metrics.horizontalAdvance(name) <= width:
            assert ours == name


def test_a_refresh_draws_what_the_first_open_drew(grid, qtbot) -> None:
    sessions = _week()
    columns = columns_for(sessions, Grouping.DAY, UTC, DAY)
    grid.set_content(columns, lay_out(sessions, columns, Grouping.DAY, UTC))
    qtbot.wait(10)
    first = grid.grab().toImage()
    assert grid.text_cache.prepared_count()  # texts prepared on the first paint
    grid.set_content(columns, lay_out(sessions, columns, Grouping.DAY, UTC))
    again = grid.grab().toImage()
    assert again == first
    # The boxes drawn are the ones hit-testing uses
    block = grid.blocks[5]
    assert grid.block_at(grid.block_rect(block).center()) == 5
    grid.resize(grid.width() - 200, grid.height())
    assert grid.block_boxes()[5] == tuple(grid.block_rect(block).getRect())


def test_a_font_change_measures_labels_anew(grid) -> None:
    metrics = QFontMetrics(grid.font())
    name = NAMES[0]
    width = metrics.horizontalAdvance(name) + 4
    assert grid.text_cache.elided(name, width) == name
    font = grid.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    grid.setFont(font)  # a FontChange event: letters measured with the old font are dropped
    assert grid.text_cache.elided(name, width).endswith("…")
