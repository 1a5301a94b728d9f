"""What the calendar draws under and above the sessions of a column besides the working hours:
time a room or device is out of service (hatched, labelled) and the device's alert in the
column header (service due, overdue, out of service).

Functions over plain values, called from CalendarGrid.paintEvent; no state of their own."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter

BLOCKED_FILL = "#dcdcdc"
BLOCKED_HATCH = "#a8a8a8"
NOTICE_HEIGHT = 18
NOTICE_COLOURS = {  # (background, text)
    "service_due": ("#fff1c2", "#6b4e00"),
    "service_overdue": ("#ffd9cc", "#8a2000"),
    "out_of_service": ("#e0e0e0", "#404040"),
}
_HATCH = QBrush(QColor(BLOCKED_HATCH), Qt.BrushStyle.BDiagPattern)
_BLOCKED = QColor(BLOCKED_FILL)


def paint_blocked(
    painter: QPainter,
    left: int,
    width: int,
    periods: Sequence[tuple[int, int]],
    y_of: Callable[[float], int],
    label: str,
) -> None:
    """Hatched time a room or device cannot be booked, with ``label`` at its top."""
    for start, end in periods:
        top = y_of(start)
        rect = QRect(left, top, width, y_of(end) - top)
        painter.fillRect(rect, _BLOCKED)
        painter.fillRect(rect, _HATCH)
        if label:
            metrics = painter.fontMetrics()
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(1, width - 8))
            box = QRect(left + 2, top + 2, metrics.horizontalAdvance(text) + 6, metrics.height())
            painter.fillRect(box, _BLOCKED)
            painter.setPen(QColor("#404040"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def paint_notice(painter: QPainter, rect: QRect, code: str, text: str) -> None:
    """A column's alert as a small coloured banner in its header."""
    if not text:
        return
    background, foreground = NOTICE_COLOURS.get(code, NOTICE_COLOURS["out_of_service"])
    painter.fillRect(rect, QColor(background))
    painter.setPen(QColor(foreground))
    metrics = painter.fontMetrics()
    shown = metrics.elidedText(f"⚠ {text}", Qt.TextElideMode.ElideRight, max(1, rect.width() - 6))
    painter.drawText(rect.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, shown)
