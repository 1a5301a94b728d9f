"""The calendar's painted grid: columns (physicians, rooms, devices or days) by a 15-minute
time axis, sessions as blocks coloured by status.

A custom-painted QWidget rather than a QGraphicsScene: a few hundred rectangles and texts per
paint, no per-item objects to build on each reload, and the block geometry comes from the
pure-Python layout (calendar_layout.py) so painting is a thin loop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.ui.sessions.calendar_blocks import (
    BlockText,
    elided_lines,
    paint_block,
    text_rows,
    text_width,
)
from desktop.ui.sessions.calendar_layout import DAY_END, DAY_START, SNAP, Block, Column, snap
from desktop.ui.sessions.calendar_overlays import NOTICE_HEIGHT, paint_blocked, paint_notice

STATUS_COLOURS = {
    "planned": "#cfe3ff",
    "arrived": "#ffe7a8",  # at the desk: stands out from the planned blue
    "in_treatment": "#bfe6cf",
    "done": "#cdeccd",
    "cancelled": "#e6e6e6",
    "no_show": "#f6d2d2",
}
NEUTRAL = "#eee6cc"  # statuses this view does not know yet
_COLOURS = {status: QColor(colour) for status, colour in STATUS_COLOURS.items()}
_NEUTRAL = QColor(NEUTRAL)
AXIS_WIDTH = 52
HEADER_HEIGHT = 24
PX_PER_MINUTE = 1.2
MOVE_KEYS = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier)


class CalendarGrid(QWidget):
    sig_open = Signal(int)  # session id
    sig_change = Signal(object, int, int)  # Block, new start minute, new end minute
    sig_move_day = Signal(object, int)  # Block, days later (negative: earlier)
    sig_drop = Signal(object, int, int, int)  # Block dragged to another column: column, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(HEADER_HEIGHT + int((DAY_END - DAY_START) * PX_PER_MINUTE) + 1)
        self.columns: list[Column] = []
        self.blocks: list[Block] = []
        self.selected: int | None = None
        self._drag: tuple[int, QPoint, bool] | None = None  # block, press point, resizing
        self._drag_delta = 0
        self._drag_columns = 0  # a move dragged sideways, to another column
        # Per column: its working hours as (start, end) minutes, or None when not known.
        self.open_hours: list[list[tuple[int, int]] | None] = []
        self._label_cache: dict[tuple[int, int, int], list[str]] = {}
        # Per column: hatched (start, end) minutes out of service, and the header's alert
        # as (code, text); per session id: the block's lines and tooltip.
        self.blocked: list[tuple[tuple[int, int], ...]] = []
        self.blocked_label = ""
        self.notices: list[tuple[str, str]] = []
        self.block_texts: dict[int, BlockText] = {}
        self.header_height = HEADER_HEIGHT

    def set_content(
        self,
        columns: list[Column],
        blocks: list[Block],
        texts: dict[int, BlockText] | None = None,
    ) -> None:
        keep = self.blocks[self.selected].session.id if self.selected is not None else None
        self.columns, self.blocks = columns, blocks
        self.block_texts = texts or {}
        self.header_height = HEADER_HEIGHT + (
            NOTICE_HEIGHT if any(t for _, t in self.notices) else 0
        )
        if self.minimumHeight() != self.y_of(DAY_END) + 1:  # the alert row came or went
            self.setMinimumHeight(self.y_of(DAY_END) + 1)
        self._label_cache.clear()
        ids = [b.session.id for b in blocks]
        self.selected = ids.index(keep) if keep in ids else (0 if blocks else None)
        self.update()

    # --- geometry -------------------------------------------------------------------------
    def _column_width(self) -> float:
        return max(1.0, (self.width() - AXIS_WIDTH) / max(1, len(self.columns)))

    def y_of(self, minute: float) -> int:
        return self.header_height + int((minute - DAY_START) * PX_PER_MINUTE)

    def block_rect(self, block: Block) -> QRect:
        width = self._column_width()
        lane_w = width / block.lanes
        x = AXIS_WIDTH + block.column * width + block.lane * lane_w
        top, bottom = self.y_of(block.start_minute), self.y_of(block.end_minute)
        return QRect(int(x) + 1, top, max(4, int(lane_w) - 2), max(6, bottom - top - 1))

    def block_at(self, point: QPoint) -> int | None:
        for i, block in enumerate(self.blocks):
            if self.block_rect(block).contains(point):
                return i
        return None

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        width = self._column_width()
        grey = QColor("#f0f0f0")
        painter.fillRect(QRect(0, 0, self.width(), self.header_height), palette.window())
        for minute in range(DAY_START, DAY_END + 1, SNAP):
            y = self.y_of(minute)
            painter.setPen(QColor("#c8c8c8") if minute % 60 == 0 else grey)
            painter.drawLine(AXIS_WIDTH, y, self.width(), y)
            if minute % 60 == 0:
                painter.setPen(palette.text().color())
                painter.drawText(4, y + 12, f"{minute // 60:02d}:00")
        for i, column in enumerate(self.columns):
            x = int(AXIS_WIDTH + i * width)
            painter.setPen(QColor("#b0b0b0"))
            painter.drawLine(x, 0, x, self.height())
            title = painter.fontMetrics().elidedText(
                column.title, Qt.TextElideMode.ElideRight, int(width) - 6
            )
            painter.setPen(palette.text().color())
            painter.drawText(QRect(x + 3, 0, int(width) - 6, HEADER_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter, title)  # fmt: skip
        closed = QColor("#e4e4e4")
        for i, hours in enumerate(self.open_hours):
            if hours is None:
                continue
            x = int(AXIS_WIDTH + i * width) + 1
            edge = DAY_START
            for start, end in [*sorted(hours), (DAY_END, DAY_END)]:
                if start > edge:
                    top = self.y_of(edge)
                    painter.fillRect(QRect(x, top, int(width) - 1, self.y_of(start) - top), closed)
                edge = max(edge, end)
        for i, periods in enumerate(self.blocked):
            x = int(AXIS_WIDTH + i * width) + 1
            paint_blocked(painter, x, int(width) - 1, periods, self.y_of, self.blocked_label)
        for i, (code, text) in enumerate(self.notices):
            x = int(AXIS_WIDTH + i * width) + 1
            paint_notice(
                painter, QRect(x, HEADER_HEIGHT, int(width) - 2, NOTICE_HEIGHT), code, text
            )
        metrics = painter.fontMetrics()
        visible = event.rect()
        for i, block in enumerate(self.blocks):
            rect = self.block_rect(block)
            if self._drag is not None and self._drag[0] == i:
                rect = rect.adjusted(
                    0, 0 if self._drag[2] else self._drag_delta, 0, self._drag_delta
                ).translated(int(self._drag_columns * self._column_width()), 0)
            if not rect.intersects(visible):
                continue
            status = str(block.session.status)
            colour = _COLOURS.get(status, _NEUTRAL)
            border = palette.highlight().color() if i == self.selected else colour.darker(150)
            labels = self._labels(i, block, text_width(rect), metrics, text_rows(rect, metrics))
            paint_block(painter, rect, status, colour, border, labels, metrics)
        painter.end()

    def _labels(
        self, index: int, block: Block, width: int, metrics: QFontMetrics, rows: int = 3
    ) -> list[str]:
        """The block's lines (patient, status and areas, room) fitted to its width and rows;
        kept until the content or the block's size changes."""
        key = (index, width, rows)
        found = self._label_cache.get(key)
        if found is None:
            text = self.block_texts.get(block.session.id)
            lines = text.lines if text else (block.session.patient_name, block.session.room_name)
            found = self._label_cache[key] = elided_lines(lines, width, metrics, rows)
        return found

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            tip = self.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, point: QPoint) -> str:
        """The whole text of the block under ``point`` ('' when none)."""
        index = self.block_at(point)
        text = self.block_texts.get(self.blocks[index].session.id) if index is not None else None
        return text.tooltip if text else ""

    # --- mouse ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        index = self.block_at(point)
        if index is not None:
            self.selected = index
            resizing = point.y() > self.block_rect(self.blocks[index]).bottom() - 6
            self._drag, self._drag_delta, self._drag_columns = (index, point, resizing), 0, 0
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            dy = event.position().toPoint().y() - self._drag[1].y()
            self._drag_delta = int(snap(dy / PX_PER_MINUTE) * PX_PER_MINUTE)
            self._drag_columns = self._columns_moved(self._drag, event.position().toPoint())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None:
            return
        point = event.position().toPoint()
        minutes = snap((point.y() - drag[1].y()) / PX_PER_MINUTE)
        columns = self._columns_moved(drag, point)
        self._drag_columns = 0
        self.update()
        if columns:
            block = self.blocks[drag[0]]
            self.sig_drop.emit(
                block,
                block.column + columns,
                block.start_minute + minutes,
                block.end_minute + minutes,
            )
        elif minutes:
            self._shift(drag[0], minutes, resize=drag[2])

    def _columns_moved(self, drag: tuple[int, QPoint, bool], point: QPoint) -> int:
        """How many columns a move was dragged sideways (never for a resize, never off the grid)."""
        if drag[2]:
            return 0
        column = self.blocks[drag[0]].column
        width = self._column_width()
        target = int((point.x() - AXIS_WIDTH) // width) if point.x() >= AXIS_WIDTH else -1
        return target - column if 0 <= target < len(self.columns) else 0

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.block_at(event.position().toPoint())
        if index is not None:
            self.sig_open.emit(self.blocks[index].session.id)

    # --- keyboard -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        from desktop.ui.sessions.calendar_layout import neighbour

        key, mods = event.key(), event.modifiers()
        vertical = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(key))
        if vertical and any(mods & m for m in MOVE_KEYS) and self.selected is not None:
            resize = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            self._shift(self.selected, vertical * SNAP, resize=resize)
        elif vertical and not mods:
            self._select(neighbour(self.blocks, self.selected, 0, vertical))
        elif (
            key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
            and mods == Qt.KeyboardModifier.ControlModifier
            and self.selected is not None
        ):
            days = -1 if key == Qt.Key.Key_Left else 1
            self.sig_move_day.emit(self.blocks[self.selected], days)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not mods:
            self._select(
                neighbour(self.blocks, self.selected, -1 if key == Qt.Key.Key_Left else 1, 0)
            )
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.sig_open.emit(self.blocks[self.selected].session.id)
        else:
            super().keyPressEvent(event)

    def _select(self, index: int | None) -> None:
        self.selected = index
        self.update()

    def _shift(self, index: int, minutes: int, *, resize: bool) -> None:
        block = self.blocks[index]
        start = block.start_minute if resize else block.start_minute + minutes
        end = block.end_minute + minutes
        if end - start >= SNAP:
            self.sig_change.emit(block, start, end)
