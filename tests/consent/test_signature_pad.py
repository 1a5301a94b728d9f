"""The signature pad records what is drawn with a mouse or a pen and renders it to a PNG."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.ui.consent.signature_pad import (
    LOGICAL_HEIGHT,
    LOGICAL_WIDTH,
    SignaturePad,
    render_png,
)


def make_pad(qtbot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(640, 280)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def draw_with_mouse(canvas, points: list[tuple[int, int]]) -> None:
    first, *rest = points
    QTest.mousePress(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*first)
    )
    for x, y in rest:
        QTest.mouseMove(canvas, QPoint(x, y))
    QTest.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*rest[-1])
    )


def ink_pixels(png: bytes) -> int:
    """Pixels that are not fully transparent."""
    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_Alpha8)
    assert not image.isNull()
    alpha = bytes(image.constBits())
    return len(alpha) - alpha.count(0)


def send_tablet(canvas, kind: QTabletEvent.Type, x: float, y: float, pressure: float) -> None:
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QTabletEvent.Type.TabletRelease
        else Qt.MouseButton.LeftButton
    )
    event = QTabletEvent(
        kind,
        QPointingDevice.primaryPointingDevice(),
        QPointF(x, y),
        QPointF(canvas.mapToGlobal(QPoint(int(x), int(y)))),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        buttons,
    )
    QApplication.sendEvent(canvas, event)


def test_a_mouse_stroke_is_recorded_in_area_units(qtbot) -> None:
    pad = make_pad(qtbot)
    assert pad.is_empty()
    assert not pad.clear_button.isEnabled()
    area = pad.canvas.area()
    left, top = int(area.left()), int(area.top())
    with qtbot.waitSignal(pad.sig_changed):
        draw_with_mouse(
            pad.canvas, [(left + 20, top + 40), (left + 80, top + 60), (left + 160, top + 30)]
        )
    assert not pad.is_empty()
    [stroke] = pad.strokes()
    assert len(stroke) == 3
    for x, y, pressure, t_ms in stroke:
        assert 0.0 <= x <= LOGICAL_WIDTH and 0.0 <= y <= LOGICAL_HEIGHT
        assert pressure == 1.0  # a mouse has no pressure
        assert t_ms >= 0
    # The same point on a bigger pad is the same number: units of the area, not pixels.
    assert abs(stroke[0][0] - 20 / area.width() * LOGICAL_WIDTH) < 5
    assert pad.is_signature()
    assert pad.clear_button.isEnabled() and pad.undo_button.isEnabled()


def test_png_shows_the_signature_and_clear_empties(qtbot) -> None:
    pad = make_pad(qtbot)
    area = pad.canvas.area()
    left, top = int(area.left()), int(area.top())
    draw_with_mouse(pad.canvas, [(left + 30, top + 50), (left + 200, top + 90)])
    draw_with_mouse(pad.canvas, [(left + 60, top + 20), (left + 90, top + 120)])
    assert len(pad.strokes()) == 2
    png = pad.to_png()
    assert png.startswith(b"\x89PNG")
    assert ink_pixels(png) > 20
    assert ink_pixels(render_png([])) == 0  # an empty signature is blank

    pad.undo()
    assert len(pad.strokes()) == 1
    pad.clear_button.click()
    assert pad.is_empty()
    assert pad.strokes() == []
    assert not pad.clear_button.isEnabled()


def test_a_pen_records_its_pressure(qtbot) -> None:
    pad = make_pad(qtbot)
    area = pad.canvas.area()
    x0, y0 = area.left() + 30, area.top() + 40
    send_tablet(pad.canvas, QTabletEvent.Type.TabletPress, x0, y0, 0.2)
    send_tablet(pad.canvas, QTabletEvent.Type.TabletMove, x0 + 40, y0 + 10, 0.5)
    send_tablet(pad.canvas, QTabletEvent.Type.TabletMove, x0 + 80, y0 + 20, 0.9)
    send_tablet(pad.canvas, QTabletEvent.Type.TabletRelease, x0 + 80, y0 + 20, 0.0)
    [stroke] = pad.strokes()
    assert [round(p[2], 1) for p in stroke] == [0.2, 0.5, 0.9]
    # A heavier pen leaves a wider line: more ink than the same stroke drawn lightly.
    light = [[(p[0], p[1], 0.1, p[3]) for p in stroke]]
    heavy = [[(p[0], p[1], 1.0, p[3]) for p in stroke]]
    assert ink_pixels(render_png(heavy)) > ink_pixels(render_png(light))


def test_stored_strokes_redraw_and_undo_with_the_keyboard(qtbot) -> None:
    pad = make_pad(qtbot)
    stored = [[[150, 250, 1.0, 0], [600.5, 300, 0.8, 40]], [[750, 150, 0.7, 300]]]
    pad.set_strokes(stored)
    assert pad.strokes() == [
        [(150.0, 250.0, 1.0, 0), (600.5, 300.0, 0.8, 40)],
        [(750.0, 150.0, 0.7, 300)],
    ]
    assert ink_pixels(pad.to_png()) > 0
    pad.activateWindow()  # offscreen: shortcuts fire only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is pad)
    pad.undo_button.setFocus()
    QTest.keyClick(pad.undo_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(pad.strokes()) == 1


def test_a_dot_is_not_a_signature(qtbot) -> None:
    pad = make_pad(qtbot)
    QTest.mouseClick(pad.canvas, Qt.MouseButton.LeftButton, pos=QPoint(200, 100))
    assert not pad.is_empty()
    assert not pad.is_signature()


def test_moving_without_a_button_draws_nothing(qtbot) -> None:
    pad = make_pad(qtbot)
    QTest.mouseMove(pad.canvas, QPoint(100, 100))
    QTest.mouseMove(pad.canvas, QPoint(200, 120))
    assert pad.is_empty()
