"""The history's "Compare photos…": an area and angle, the first and last photo by default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.common.context import ServiceContext
from desktop.ui.history.history_page import HistoryPage
from desktop.ui.photos.compare_picker import ComparePicker
from desktop.ui.tasks import TaskRunner
from tests.photos.compare_support import compared_patient
from tests.photos.photo_support import treated_patient


def _picker(
    qtbot: QtBot, ctx: ServiceContext, patient_id: int
) -> tuple[HistoryPage, ComparePicker]:
    tasks = TaskRunner()
    page = HistoryPage(ctx, tasks, patient_id)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.history is not None)
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    picker = page.findChild(ComparePicker, "comparePicker")
    assert picker is not None
    with qtbot.waitSignal(picker.sig_loaded, timeout=10_000):
        pass
    return page, picker


def test_the_history_compares_the_first_and_last_photo_of_an_area(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    compared = compared_patient(ctx)
    first, _middle, last = compared.front
    _page, picker = _picker(qtbot, compared.treated.physician, compared.treated.patient_id)
    # Only series with two photos or more: the left and cheeks photos are alone.
    assert [picker.area.itemText(n) for n in range(picker.area.count())] == [
        "Forehead · Front (3 photos)"
    ]
    assert (picker.left.currentData(), picker.right.currentData()) == (first, last)
    picker.buttons.accepted.emit()
    dialog = picker.comparison
    assert dialog is not None
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_shown, timeout=10_000):
        pass
    assert dialog.ids == [first, last]
    dialog.close()


def test_without_photos_to_compare_the_picker_says_so(qtbot: QtBot, ctx: ServiceContext) -> None:
    treated = treated_patient(ctx)
    _page, picker = _picker(qtbot, treated.physician, treated.patient_id)
    assert "No area has two photos" in picker.message.text()
    assert not picker.buttons.button(picker.buttons.StandardButton.Ok).isEnabled()
    picker.reject()
