"""Drawing a signature on the pad the way a hand does: press, move with the button held, release."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.ui.consent.signature_pad import SignatureCanvas

# A short scribble in the pad's own pixels (two strokes).
SCRIBBLE = (
    ((20, 40), (60, 70), (110, 35), (160, 80), (210, 50)),
    ((80, 90), (140, 95), (230, 88)),
)


def draw(canvas: SignatureCanvas, strokes=SCRIBBLE) -> None:
    area = canvas.area()
    left, top = int(area.left()), int(area.top())
    for stroke in strokes:
        (x, y), *rest = stroke
        none = Qt.KeyboardModifier.NoModifier
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, none, QPoint(left + x, top + y))
        for x, y in rest:
            QTest.mouseMove(canvas, QPoint(left + x, top + y))
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, none, QPoint(left + x, top + y))
