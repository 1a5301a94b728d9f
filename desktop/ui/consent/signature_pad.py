"""A pad the patient signs on: mouse, touch screen or pen tablet (with its pressure).

Strokes are kept as ``[x, y, pressure, t_ms]`` points in the logical units of the signing area,
which has a fixed size (``LOGICAL_WIDTH`` × ``LOGICAL_HEIGHT``, drawn scaled into the widget):
the same signature has the same numbers whatever the screen, and re-draws the same anywhere.
(The service stores x and y to 0.1 unit, so the units must be small: not 0..1.) ``t_ms`` counts from the
first touch of the pen; pressure is what the tablet reports (0..1), 1.0 for a mouse or finger.
Touch needs no code of its own: Qt turns an unhandled touch into mouse events.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QBuffer, QElapsedTimer, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShortcut,
    QTabletEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

Point = tuple[float, float, float, int]
Stroke = list[Point]

LOGICAL_WIDTH = 1500.0  # the signing area is three times as wide as it is high
LOGICAL_HEIGHT = 500.0
ASPECT = LOGICAL_WIDTH / LOGICAL_HEIGHT
INK = QColor("#10206b")  # dark blue: a signature, not printed text
# Line width as a share of the area's height: thin at a light touch, full at pressure 1.
_WIDTH_LIGHT = 0.006
_WIDTH_FULL = 0.018
PNG_SIZE = (900, 300)


def pen_width(pressure: float, height: float) -> float:
    pressure = min(max(pressure, 0.0), 1.0)
    return height * (_WIDTH_LIGHT + (_WIDTH_FULL - _WIDTH_LIGHT) * pressure)


def draw_strokes(painter: QPainter, area: QRectF, strokes: Sequence[Sequence[Point]]) -> None:
    """Draw ``strokes`` (logical units) into ``area`` of ``painter``."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    x_scale, y_scale = area.width() / LOGICAL_WIDTH, area.height() / LOGICAL_HEIGHT

    def at(point: Sequence[float]) -> QPointF:
        return QPointF(area.left() + point[0] * x_scale, area.top() + point[1] * y_scale)

    for stroke in strokes:
        if not stroke:
            continue
        if len(stroke) == 1:  # a dot (the tittle of an i)
            pen = QPen(INK, pen_width(stroke[0][2], area.height()))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPoint(at(stroke[0]))
            continue
        for first, second in pairwise(stroke):
            pen = QPen(INK, pen_width((first[2] + second[2]) / 2, area.height()))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawLine(at(first), at(second))


def render_png(
    strokes: Sequence[Sequence[Point]],
    size: tuple[int, int] = PNG_SIZE,
    *,
    background: QColor | None = None,
) -> bytes:
    """The signature as a PNG of ``size`` (transparent unless ``background`` is given)."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(background if background is not None else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    draw_strokes(painter, QRectF(0, 0, width, height), strokes)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.11 is typed as taking bytes here but accepts only str at run time.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


class SignatureCanvas(QWidget):
    """The area drawn on; the strokes are its only state."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureCanvas")
        self.setMinimumSize(360, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._strokes: list[Stroke] = []
        self._drawing = False
        self._clock = QElapsedTimer()
        self.read_only = False

    # --- state ----------------------------------------------------------------------------
    def strokes(self) -> list[Stroke]:
        return [list(stroke) for stroke in self._strokes]

    def set_strokes(self, strokes: Sequence[Sequence[Sequence[float]]]) -> None:
        """Show stored strokes (from the database: lists, not tuples)."""
        self._strokes = [
            [(float(p[0]), float(p[1]), float(p[2]), int(p[3])) for p in stroke]
            for stroke in strokes
            if stroke
        ]
        self._drawing = False
        self.update()
        self.sig_changed.emit()

    def is_empty(self) -> bool:
        return not self._strokes

    def is_signature(self) -> bool:
        """More than a dot: at least two different places touched (what the service asks)."""
        places = {(p[0], p[1]) for stroke in self._strokes for p in stroke}
        return len(places) >= 2

    def clear(self) -> None:
        if self._strokes:
            self._strokes = []
            self._drawing = False
            self.update()
            self.sig_changed.emit()

    def undo(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self._drawing = False
            self.update()
            self.sig_changed.emit()

    def to_png(self, size: tuple[int, int] = PNG_SIZE) -> bytes:
        return render_png(self._strokes, size)

    # --- geometry -------------------------------------------------------------------------
    def area(self) -> QRectF:
        """The largest ASPECT-shaped rectangle centred in the widget, inside a margin."""
        margin = 6.0
        width, height = self.width() - 2 * margin, self.height() - 2 * margin
        if width / ASPECT > height:
            width = height * ASPECT
        else:
            height = width / ASPECT
        return QRectF(
            (self.width() - width) / 2, (self.height() - height) / 2, max(width, 1), max(height, 1)
        )

    def _point(self, position: QPointF, pressure: float) -> Point:
        area = self.area()
        x = min(max((position.x() - area.left()) / area.width(), 0.0), 1.0) * LOGICAL_WIDTH
        y = min(max((position.y() - area.top()) / area.height(), 0.0), 1.0) * LOGICAL_HEIGHT
        if not self._clock.isValid():
            self._clock.start()
        return (round(x, 1), round(y, 1), round(min(max(pressure, 0.0), 1.0), 3), self._elapsed())

    def _elapsed(self) -> int:
        return int(self._clock.elapsed())

    # --- input ----------------------------------------------------------------------------
    def _begin(self, position: QPointF, pressure: float) -> None:
        if self.read_only:
            return
        if not self._strokes:
            self._clock.restart()
        self._strokes.append([self._point(position, pressure)])
        self._drawing = True
        self.update()

    def _extend(self, position: QPointF, pressure: float) -> None:
        if not self._drawing:
            return
        point = self._point(position, pressure)
        last = self._strokes[-1][-1]
        if (point[0], point[1]) != (last[0], last[1]):
            self._strokes[-1].append(point)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.sig_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), 1.0)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), 1.0)
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), 1.0)
            self._end()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen: its pressure sets the line width. Accepted, so no mouse event follows."""
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position(), event.pressure())
        elif kind == QTabletEvent.Type.TabletMove:
            if event.buttons() != Qt.MouseButton.NoButton or event.pressure() > 0:
                self._extend(event.position(), event.pressure())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self.area()
        painter.fillRect(self.rect(), self.palette().base())
        # The line to sign on, a fifth of the way up from the bottom.
        painter.setPen(QPen(QColor("#9aa0a6"), 1, Qt.PenStyle.DashLine))
        baseline = area.bottom() - area.height() * 0.2
        painter.drawLine(QPointF(area.left() + 12, baseline), QPointF(area.right() - 12, baseline))
        painter.setPen(QPen(QColor("#c0c4c8"), 1))
        painter.drawRect(area)
        draw_strokes(painter, area, self._strokes)
        painter.end()


class SignaturePad(QWidget):
    """The canvas with Undo (Ctrl+Z) and Clear, and a hint while it is empty."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = SignatureCanvas(self)
        self.hint = QLabel(self.tr("Sign in the box with the pen, a finger or the mouse."))
        self.hint.setObjectName("signatureHint")
        self.undo_button = QPushButton(self.tr("&Undo last stroke"))
        self.undo_button.setObjectName("signatureUndo")
        self.clear_button = QPushButton(self.tr("Cl&ear"))
        self.clear_button.setObjectName("signatureClear")
        for button in (self.undo_button, self.clear_button):
            button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button.clicked.connect(self.canvas.clear)
        undo_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self.canvas.undo)
        self.canvas.sig_changed.connect(self._changed)

        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(row)
        self._changed()

    def _changed(self) -> None:
        empty = self.canvas.is_empty()
        self.undo_button.setEnabled(not empty)
        self.clear_button.setEnabled(not empty)
        self.sig_changed.emit()

    def is_empty(self) -> bool:
        return self.canvas.is_empty()

    def is_signature(self) -> bool:
        return self.canvas.is_signature()

    def strokes(self) -> list[Stroke]:
        return self.canvas.strokes()

    def set_strokes(self, strokes: Sequence[Sequence[Sequence[float]]]) -> None:
        self.canvas.set_strokes(strokes)

    def clear(self) -> None:
        self.canvas.clear()

    def undo(self) -> None:
        self.canvas.undo()

    def to_png(self, size: tuple[int, int] = PNG_SIZE) -> bytes:
        return self.canvas.to_png(size)
