"""The calendar's week view: 600 sessions across 4 physicians, laid out and painted (open) and
repainted at scrolled positions (scroll), against painting the same number of plain
rectangles in the same widget type, interleaved in one loop."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from bench.measure import Row, interleaved_medians_ms

GOAL = 2.0
SESSIONS = 600
WEEK = date(2026, 11, 23)


def _sessions() -> list:
    from db.codes import SessionStatus
    from desktop.services.sessions.schedule import ScheduledSession

    found = []
    statuses = list(SessionStatus)
    for i in range(SESSIONS):
        day, slot = divmod(i, SESSIONS // 7 + 1)
        doc = i % 4
        start = datetime.combine(WEEK + timedelta(days=day), datetime.min.time(), UTC)
        start += timedelta(minutes=8 * 60 + (slot // 4) * 30 + (slot % 4) * 5)
        found.append(
            ScheduledSession(
                id=i + 1, row_version=1, patient_id=i + 1, patient_name=f"Patient Ağaoğlu {i}",
                physician_id=doc + 1, physician_name=f"Dr {doc}", room_id=doc % 3 + 1,
                room_name=f"Room {doc % 3 + 1}", device_id=None, device_name="",
                starts_at=start, ends_at=start + timedelta(minutes=45),
                status=statuses[i % len(statuses)],
            )
        )  # fmt: skip
    return found


def calendar_rows(*, repeat: int) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication, QScrollArea

    from desktop.ui.sessions.calendar_layout import Grouping, columns_for, lay_out
    from desktop.ui.sessions.calendar_view import CalendarGrid

    app = QApplication.instance() or QApplication([])
    sessions = _sessions()
    zone = UTC

    class PlainGrid(CalendarGrid):
        """The same widget type painting only the blocks' rectangles."""

        def paintEvent(self, event: object) -> None:
            painter = QPainter(self)
            for block in self.blocks:
                painter.fillRect(self.block_rect(block), QColor("#cfe3ff"))
            painter.end()

    def make(kind: type[CalendarGrid]) -> tuple[QScrollArea, CalendarGrid]:
        scroll = QScrollArea()
        grid = kind()
        scroll.setWidget(grid)
        scroll.setWidgetResizable(True)
        scroll.resize(1100, 680)
        scroll.show()
        return scroll, grid

    real_scroll, real = make(CalendarGrid)
    plain_scroll, plain = make(PlainGrid)
    columns = columns_for(sessions, Grouping.DAY, zone, WEEK)
    fixed_blocks = lay_out(sessions, columns, Grouping.DAY, zone)
    plain.set_content(columns, fixed_blocks)

    def open_real() -> None:
        cols = columns_for(sessions, Grouping.DAY, zone, WEEK)
        real.set_content(cols, lay_out(sessions, cols, Grouping.DAY, zone))
        real.repaint(QRect(0, 0, real.width(), real.height()))

    def open_plain() -> None:
        plain.set_content(columns, fixed_blocks)
        plain.repaint(QRect(0, 0, plain.width(), plain.height()))

    def scroller(scroll: QScrollArea) -> Callable[[], None]:
        def run() -> None:
            bar = scroll.verticalScrollBar()
            for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 8)):
                bar.setValue(value)
                scroll.viewport().repaint()

        return run

    app.processEvents()
    open_ms, open_base = interleaved_medians_ms(open_real, open_plain, repeat=repeat)
    scroll_ms, scroll_base = interleaved_medians_ms(
        scroller(real_scroll), scroller(plain_scroll), repeat=repeat
    )
    real_scroll.close()
    plain_scroll.close()
    base = "plain rectangles, same widget"
    return [
        Row("calendar", "week view, 600 sessions: open", open_ms, base, open_base, goal=GOAL),
        Row("calendar", "week view, 600 sessions: scroll", scroll_ms, base, scroll_base, goal=GOAL),
    ]
