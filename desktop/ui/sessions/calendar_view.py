"""The calendar's painted grid: columns (physicians, rooms, devices or days) by a 15-minute
time axis, sessions as blocks coloured by status.

A custom-painted QWidget rather than a QGraphicsScene: a few hundred rectangles and texts per
paint, no per-item objects to build on each reload, and the block geometry comes from the
pure-Python layout (calendar_layout.py) so painting is a thin loop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.ui.sessions.calendar_blocks import (
    BlockBackgrounds,
    BlockText,
    TextPen,
    paint_block,
    text_rows,
    text_width,
)
from desktop.ui.sessions.calendar_layout import DAY_END, DAY_START, SNAP, Block, Column, snap
from desktop.ui.sessions.calendar_overlays import NOTICE_HEIGHT, paint_blocked, paint_notice
from desktop.ui.sessions.calendar_text_cache import LINE_SEPARATOR, BlockTextCache

STATUS_COLOURS = {
    "planned": "#cfe3ff",
    "arrived": "#ffe7a8",  # at the desk: stands out from the planned blue
    "in_treatment": "#bfe6cf",
    "done": "#cdeccd",
    "cancelled": "#e6e6e6",
    "no_show": "#f6d2d2",
}
NEUTRAL = "#eee6cc"  # statuses this view does not know yet
# Fill and border of a block, made once rather than per block and paint.
_STYLES = {s: (QColor(c), QColor(c).darker(150)) for s, c in STATUS_COLOURS.items()}
_NEUTRAL_STYLE = (QColor(NEUTRAL), QColor(NEUTRAL).darker(150))
Box = tuple[int, int, int, int]  # x, y, width, height
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
        # Every block's (x, y, width, height) at the widget's width, made once per content,
        # width and header: plain ints, as painting them needs no QRect.
        self._boxes: list[Box] = []
        self._boxes_for: tuple[int, int, int] | None = None  # width, header, id of the list
        # Letters measured, labels elided and prepared, by text: kept across reloads.
        self.text_cache = BlockTextCache(self.font())
        self.backgrounds = BlockBackgrounds()
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
        self._boxes_for = None
        ids = [b.session.id for b in blocks]
        self.selected = ids.index(keep) if keep in ids else (0 if blocks else None)
        self.update()

    # --- geometry -------------------------------------------------------------------------
    def _column_width(self) -> float:
        return max(1.0, (self.width() - AXIS_WIDTH) / max(1, len(self.columns)))

    def y_of(self, minute: float) -> int:
        return self.header_height + int((minute - DAY_START) * PX_PER_MINUTE)

    def block_rect(self, block: Block) -> QRect:
        return QRect(*_box_of(block, self._column_width(), self.header_height))

    def block_boxes(self) -> list[Box]:
        """Every block's (x, y, width, height), in the order of ``blocks``."""
        key = (self.width(), self.header_height, id(self.blocks))
        if self._boxes_for != key:
            width, header = self._column_width(), self.header_height
            self._boxes = [_box_of(block, width, header) for block in self.blocks]
            self._boxes_for = key
        return self._boxes

    def block_at(self, point: QPoint) -> int | None:
        px, py = point.x(), point.y()
        for i, (x, y, w, h) in enumerate(self.block_boxes()):
            if x <= px < x + w and y <= py < y + h:
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
        self._paint_blocks(painter, event.rect())
        painter.end()

    def _paint_blocks(self, painter: QPainter, visible: QRect) -> None:
        """Each block in view (the dragged one where it is dragged to), its text fitted to
        its size once per text and size (calendar_text_cache.py)."""
        metrics = painter.fontMetrics()
        line_height, on = metrics.height(), self.palette().highlight().color()
        left, top = visible.left(), visible.top()
        right, bottom = left + visible.width(), top + visible.height()
        drag, selected, texts = self._drag, self.selected, self.block_texts
        fitted, background = self.text_cache.label, self.backgrounds.of
        ratio, pen = self.devicePixelRatioF(), TextPen()
        for i, (block, (x, y, w, h)) in enumerate(
            zip(self.blocks, self.block_boxes(), strict=True)
        ):
            if drag is not None and drag[0] == i:
                h += self._drag_delta if drag[2] else 0
                y += 0 if drag[2] else self._drag_delta
                x += int(self._drag_columns * self._column_width())
            if x >= right or y >= bottom or x + w <= left or y + h <= top:
                continue
            s = block.session
            fill, border = _STYLES.get(s.status, _NEUTRAL_STYLE)
            rows, shown = text_rows(h, line_height)
            if shown:
                text = texts.get(s.id)
                lines = text.lines if text else (s.patient_name, s.room_name)
                label = fitted(lines, text_width(w), rows)
            else:
                label = None
            paint_block(
                painter,
                x,
                y,
                s.status,
                background(
                    s.status, i == selected, (w, h, ratio), fill, on if i == selected else border
                ),
                label.text if label else None,
                label.first_width if label else 0,
                metrics,
                pen,
            )

    def labels(self, index: int) -> list[str]:
        """The lines block ``index`` shows at its size (what its prepared text reads)."""
        _x, _y, w, h = self.block_boxes()[index]
        rows, shown = text_rows(h, self.fontMetrics().height())
        s = self.blocks[index].session
        text = self.block_texts.get(s.id)
        lines = text.lines if text else (s.patient_name, s.room_name)
        label = self.text_cache.label(lines, text_width(w), rows) if shown else None
        return label.text.text().split(LINE_SEPARATOR) if label else []

    def forget_texts(self) -> None:
        """Drop the measured letters, elided labels and prepared texts (they were made
        with the old font; the bench also times a week never shown before with it)."""
        self.text_cache = BlockTextCache(self.font())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.forget_texts()
        elif event.type() == QEvent.Type.PaletteChange:
            self.backgrounds.clear()  # the selection's colour
        super().changeEvent(event)

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
            _x, y, _w, h = self.block_boxes()[index]
            resizing = point.y() > y + h - 1 - 6
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


def _box_of(block: Block, column_width: float, header_height: int) -> Box:
    lane_w = column_width / block.lanes
    x = AXIS_WIDTH + block.column * column_width + block.lane * lane_w
    top = header_height + int((block.start_minute - DAY_START) * PX_PER_MINUTE)
    bottom = header_height + int((block.end_minute - DAY_START) * PX_PER_MINUTE)
    return int(x) + 1, top, max(4, int(lane_w) - 2), max(6, bottom - top - 1)
