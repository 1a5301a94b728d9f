"""The comparison view: two photos of one area and angle, zoom and pan locked together,
keyboard steps through the series, the overlay, and the comparison sheet from Ctrl+P."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.common.context import ServiceContext
from desktop.ui.photos.compare_dialog import CompareDialog, open_comparison
from tests.photos.compare_support import ComparedPatient, compared_patient


def _opened(qtbot: QtBot, compared: ComparedPatient, a: int, b: int) -> CompareDialog:
    dialog = open_comparison(None, compared.treated.physician, a, b)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_shown, timeout=10_000):
        pass
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.left_view.base.pixmap().width() > 0)
    return dialog


def _shown(qtbot: QtBot, dialog: CompareDialog, ids: list[int]) -> None:
    qtbot.waitUntil(lambda: dialog.ids == ids and dialog._pixmaps.keys() >= set(ids))


def _wheel(view, steps: int) -> None:
    centre = view.viewport().rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(view.viewport().mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_two_photos_side_by_side_with_zoom_and_pan_locked(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    compared = compared_patient(ctx)
    first, _middle, last = compared.front
    dialog = _opened(qtbot, compared, first, last)
    left, right = dialog.left_view, dialog.right_view
    assert "27.11.2026" in dialog.left_caption.text()
    assert "11.12.2026" in dialog.right_caption.text()
    assert "60 µm" in dialog.right_caption.text()
    assert "Forehead" in dialog.title.text() and "3 photos" in dialog.title.text()

    before = left.transform().m11()
    _wheel(left, 2)
    assert left.transform().m11() > before * 1.5
    assert left.transform() == right.transform()
    _wheel(right, -1)
    assert left.transform() == right.transform()
    # Pan: dragging scrolls one view; the other follows.
    left.horizontalScrollBar().setValue(left.horizontalScrollBar().maximum() // 2)
    left.verticalScrollBar().setValue(7)
    assert right.horizontalScrollBar().value() == left.horizontalScrollBar().value()
    assert right.verticalScrollBar().value() == left.verticalScrollBar().value()
    qtbot.keyClick(dialog, Qt.Key.Key_Plus)
    assert left.transform() == right.transform()
    qtbot.keyClick(dialog, Qt.Key.Key_0)  # fit
    assert left.transform() == right.transform()


def test_keys_step_through_the_series_swap_and_overlay(qtbot: QtBot, ctx: ServiceContext) -> None:
    compared = compared_patient(ctx)
    first, middle, last = compared.front
    dialog = _opened(qtbot, compared, first, last)
    qtbot.keyClick(dialog, Qt.Key.Key_Left)  # the right photo one step earlier
    _shown(qtbot, dialog, [first, middle])
    assert "04.12.2026" in dialog.right_caption.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    _shown(qtbot, dialog, [middle, middle])
    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    _shown(qtbot, dialog, [middle, last])
    qtbot.keyClick(dialog, Qt.Key.Key_Right)  # no later photo: says so, changes nothing
    assert dialog.ids == [middle, last]
    assert "no later photo" in dialog.status.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Tab)
    assert dialog.ids == [last, middle]
    assert "04.12.2026" in dialog.right_caption.text()

    qtbot.keyClick(dialog, Qt.Key.Key_O)
    assert dialog.overlay.isChecked()
    assert dialog.left_view.over.isVisible() and not dialog.right_view.isVisible()
    dialog.opacity.setValue(30)
    assert abs(dialog.left_view.over.opacity() - 0.3) < 0.01
    qtbot.keyClick(dialog, Qt.Key.Key_O)
    assert not dialog.left_view.over.isVisible() and dialog.right_view.isVisible()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_photo_of_another_angle_is_replaced_by_its_series_neighbour(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    compared = compared_patient(ctx)
    first, middle, _last = compared.front
    dialog = _opened(qtbot, compared, first, compared.left)
    assert dialog.ids == [first, middle]


def test_ctrl_p_refuses_the_patient_copy_without_marketing_consent(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch
) -> None:
    compared = compared_patient(ctx)
    first, _middle, last = compared.front
    dialog = _opened(qtbot, compared, first, last)
    shown: list[dict] = []
    monkeypatch.setattr(
        "desktop.ui.widgets.document_output.show_document",
        lambda parent, ctx, pdf, **kw: shown.append({"pdf": pdf, **kw}),
    )
    dialog.sheet_copy.setCurrentIndex(dialog.sheet_copy.findData("patient"))
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "marketing consent" in dialog.status.text(), timeout=10_000)
    assert shown == []
    dialog.sheet_copy.setCurrentIndex(dialog.sheet_copy.findData("file"))
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert shown[0]["document"] == "photo_comparison_file"
    assert shown[0]["pdf"].startswith(b"%PDF")
    dialog.close()


def test_the_four_photo_sheet_spans_the_series(qtbot: QtBot, ctx: ServiceContext) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime

    from sqlalchemy import select

    from db.models import SessionArea
    from desktop.services.photos.importing import import_photo
    from tests.photos.compare_support import plain_jpeg

    compared = compared_patient(ctx)
    doctor = replace(
        compared.treated.physician, clock=lambda: datetime(2026, 12, 18, 9, 0, tzinfo=UTC)
    )
    with ctx.database.read() as session:  # recording replaced the session's area rows
        area = session.scalars(
            select(SessionArea.id)
            .where(SessionArea.session_id == compared.treated.session_id)
            .order_by(SessionArea.id)
        ).first()
    assert area is not None
    fourth = import_photo(doctor, area, "follow_up", "front", plain_jpeg(64, 48, (1, 2, 3)), "4")
    dialog = _opened(qtbot, compared, compared.front[0], fourth.id)
    assert dialog.sheet_photos.isEnabled()
    assert dialog.sheet_ids() == [compared.front[0], fourth.id]
    dialog.sheet_photos.setCurrentIndex(dialog.sheet_photos.findData(4))
    assert dialog.sheet_ids() == [*compared.front, fourth.id]
    dialog.close()
