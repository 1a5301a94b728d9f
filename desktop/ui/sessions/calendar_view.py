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
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QStaticText,
)
from PySide6.QtWidgets import QWidget

from desktop.ui.sessions.calendar_layout import DAY_END, DAY_START, SNAP, Block, Column, snap

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
_CACHE_LIMIT = 20_000  # elided labels / prepared texts kept before starting afresh
AXIS_WIDTH = 52
HEADER_HEIGHT = 24
PX_PER_MINUTE = 1.2
MOVE_KEYS = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier)


class CalendarGrid(QWidget):
    sig_open = Signal(int)  # session id
    sig_change = Signal(object, int, int)  # Block, new start minute, new end minute

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(HEADER_HEIGHT + int((DAY_END - DAY_START) * PX_PER_MINUTE))
        self.columns: list[Column] = []
        self.blocks: list[Block] = []
        self.selected: int | None = None
        self._drag: tuple[int, QPoint, bool] | None = None  # block, press point, resizing
        self._drag_delta = 0
        # Per column: its working hours as (start, end) minutes, or None when not known.
        self.open_hours: list[list[tuple[int, int]] | None] = []
        # Every block's (x, y, width, height) at the widget's width, made once per content
        # and width: plain ints, as painting them needs no QRect.
        self._boxes: list[Box] = []
        self._boxes_for: tuple[int, int] | None = None  # (width, id of the block list)
        # Labels elided to a width, and their prepared texts, by text: kept across reloads
        # (a refresh redraws the same names) and shared by blocks with the same short label.
        self._elided: dict[tuple[str, int], str] = {}
        self._static: dict[str, QStaticText] = {}
        self._texts: dict[tuple[str, str, int, int], QStaticText | None] = {}
        self._advances: dict[str, float] = {}  # by character, for the widget's font

    def set_content(self, columns: list[Column], blocks: list[Block]) -> None:
        keep = self.blocks[self.selected].session.id if self.selected is not None else None
        self.columns, self.blocks = columns, blocks
        self._boxes_for = None
        ids = [b.session.id for b in blocks]
        self.selected = ids.index(keep) if keep in ids else (0 if blocks else None)
        self.update()

    # --- geometry -------------------------------------------------------------------------
    def _column_width(self) -> float:
        return max(1.0, (self.width() - AXIS_WIDTH) / max(1, len(self.columns)))

    def y_of(self, minute: float) -> int:
        return HEADER_HEIGHT + int((minute - DAY_START) * PX_PER_MINUTE)

    def block_rect(self, block: Block) -> QRect:
        return QRect(*_box_of(block, self._column_width()))

    def block_boxes(self) -> list[Box]:
        """Every block's (x, y, width, height), in the order of ``blocks``."""
        key = (self.width(), id(self.blocks))
        if self._boxes_for != key:
            width = self._column_width()
            self._boxes = [_box_of(block, width) for block in self.blocks]
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
        painter.fillRect(QRect(0, 0, self.width(), HEADER_HEIGHT), palette.window())
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
        self._paint_blocks(painter, event.rect())
        painter.end()

    def _paint_blocks(self, painter: QPainter, visible: QRect) -> None:
        """Each block: a border and a fill (two fillRects: cheaper than a stroked
        rectangle), then its patient and room, elided to its width."""
        metrics = painter.fontMetrics()
        line_height, highlight = metrics.height(), self.palette().highlight().color()
        left, top = visible.left(), visible.top()
        right, bottom = left + visible.width(), top + visible.height()
        painter.setPen(QColor("#202020"))
        drag, selected, text_of = self._drag, self.selected, self._text_of
        for i, (block, (x, y, w, h)) in enumerate(
            zip(self.blocks, self.block_boxes(), strict=True)
        ):
            if drag is not None and drag[0] == i:
                h += self._drag_delta if drag[2] else 0
                y += 0 if drag[2] else self._drag_delta
            if x >= right or y >= bottom or x + w <= left or y + h <= top:
                continue
            fill, border = _STYLES.get(block.session.status, _NEUTRAL_STYLE)
            painter.fillRect(x, y, w, h, highlight if i == selected else border)
            painter.fillRect(x + 1, y + 1, w - 2, h - 2, fill)
            text = text_of(block, w - 6, (h - 1) // line_height, metrics)
            if text is not None:
                painter.drawStaticText(x + 3, y + 2, text)

    def _text_of(
        self, block: Block, width: int, lines: int, metrics: QFontMetrics
    ) -> QStaticText | None:
        """The block's patient and room that fit in ``lines`` lines, each elided to
        ``width``, as one prepared text (one draw per block costs half of two)."""
        s = block.session
        key = (s.patient_name, s.room_name, width, lines)
        if key in self._texts:
            return self._texts[key]
        if len(self._texts) > _CACHE_LIMIT:
            self._texts.clear()
        shown = [line for line in (s.patient_name, s.room_name) if line][: max(0, lines)]
        elided = [e for e in (self._elided_text(line, width, metrics) for line in shown) if e]
        found = self._prepared("\u2028".join(elided)) if elided else None
        self._texts[key] = found
        return found

    def _elided_text(self, line: str, width: int, metrics: QFontMetrics) -> str:
        """``line`` cut with “…” to ``width`` pixels, from per-character advances (Qt's
        elidedText lays the whole text out on every call: ten times the cost). Summed
        advances miss kerning by a fraction of a pixel: within a pixel and a half of the
        width Qt decides, and a cut keeps a pixel spare."""
        key = (line, width)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > _CACHE_LIMIT:
                self._elided.clear()
            advances = self._advances
            if not advances:
                advances["…"] = QFontMetricsF(self.font()).horizontalAdvance("…")
            used, cut = 0.0, 0
            room = width - advances["…"] - 1
            for ch in line:
                step = advances.get(ch)
                if step is None:
                    step = advances[ch] = QFontMetricsF(self.font()).horizontalAdvance(ch)
                used += step
                if used <= room:
                    cut += 1
                elif used > width + 1.5:
                    break  # cannot fit: the rest changes nothing
            if abs(used - width) <= 1.5:
                found = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            elif used < width:
                found = line
            else:  # as Qt elides: what fits, then “…” (only “…” when no letter fits)
                found = line[:cut] + "…" if room >= -1 else ""
            self._elided[key] = found
        return found

    def _prepared(self, label: str) -> QStaticText:
        """``label``: plain text, lines joined by U+2028 (a line separator breaks a plain
        QStaticText's line; rich text with <br> takes five times as long to prepare)."""
        text = self._static.get(label)
        if text is None:
            if len(self._static) > _CACHE_LIMIT:
                self._static.clear()
            text = self._static[label] = QStaticText(label)
            text.setTextFormat(Qt.TextFormat.PlainText)
        return text

    def forget_texts(self) -> None:
        """Drop the measured letters, elided labels and prepared texts (they were made
        with the old font; the bench also times a week never shown before with it)."""
        self._advances.clear()
        self._elided.clear()
        self._static.clear()
        self._texts.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.forget_texts()
        super().changeEvent(event)

    # --- mouse ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        index = self.block_at(point)
        if index is not None:
            self.selected = index
            _x, y, _w, h = self.block_boxes()[index]
            resizing = point.y() > y + h - 1 - 6
            self._drag, self._drag_delta = (index, point, resizing), 0
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            dy = event.position().toPoint().y() - self._drag[1].y()
            self._drag_delta = int(snap(dy / PX_PER_MINUTE) * PX_PER_MINUTE)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None:
            return
        minutes = snap((event.position().toPoint().y() - drag[1].y()) / PX_PER_MINUTE)
        self.update()
        if minutes:
            self._shift(drag[0], minutes, resize=drag[2])

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


def _box_of(block: Block, column_width: float) -> Box:
    lane_w = column_width / block.lanes
    x = AXIS_WIDTH + block.column * column_width + block.lane * lane_w
    top = HEADER_HEIGHT + int((block.start_minute - DAY_START) * PX_PER_MINUTE)
    bottom = HEADER_HEIGHT + int((block.end_minute - DAY_START) * PX_PER_MINUTE)
    return int(x) + 1, top, max(4, int(lane_w) - 2), max(6, bottom - top - 1)
