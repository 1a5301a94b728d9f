"""Book, record and review sessions through the real widgets."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton

from desktop.services.sessions import catalog, day_list
from desktop.services.sessions import records as sessions
from desktop.ui.admin.catalog_dialog import CatalogDialog
from desktop.ui.history.history_models import HistoryTableModel
from desktop.ui.history.history_page import HistoryPage
from desktop.ui.main_window import MainWindow
from desktop.ui.sessions.day_list_model import SessionListModel
from desktop.ui.sessions.feature import SessionsFeature
from desktop.ui.sessions.patient_workspace import PatientWorkspace
from desktop.ui.sessions.session_dialog import SessionDialog
from tests.handout_fixtures import clinic
from tests.helpers import line_edits, save_and_wait, type_text
from tests.sessions_support import add_staff, area_id, book, bulk_history, screened_patient

TODAY = date(2026, 11, 25)


@pytest.fixture
def doc(ctx) -> int:
    return add_staff(ctx, "dr.aydin", "Dr. Selin Aydın")


@pytest.fixture
def window(qtbot, ctx, doc):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.tasks.wait()


def _early(ctx):
    return dataclasses.replace(ctx, clock=lambda: datetime(2026, 11, 25, 5, 0, tzinfo=UTC))


def _dialog(qtbot, kind=SessionDialog):
    def visible():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    qtbot.waitUntil(lambda: len(visible()) == 1)
    dialog = visible()[0]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _day_texts(window) -> list[str]:
    model = window.feature(SessionsFeature).day_page.model
    return [
        " | ".join(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_front_page_shows_todays_sessions_with_double_booking_and_search_focus(
    qtbot, ctx, doc
) -> None:
    early = _early(ctx)
    a = screened_patient(ctx, "Ayşe", "Yılmaz")
    b = screened_patient(ctx, "Çağla", "Öztürk")
    book(early, a, doc, TODAY, at=time(9, 0), codes=("forehead",))
    book(early, b, doc, TODAY, at=time(9, 15), codes=("neck", "chin"), override_reason="Walk-in")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.feature(SessionsFeature).day_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert window.search_page.search_box.hasFocus()
    assert page.isVisible() and "today" in page.day_label.text()
    assert _day_texts(window) == [
        "⚠ 09:00–09:30 | Ayşe Yılmaz | Dr. Selin Aydın (double-booked) | Forehead | Planned",
        "⚠ 09:15–10:00 | Çağla Öztürk | Dr. Selin Aydın (double-booked) | Neck, Chin | Planned",
    ]
    background = page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None
    assert "overlap" in page.status_label.text()
    window.tasks.wait()


def test_day_list_keyboard_changes_day_and_enter_opens(qtbot, window, ctx, doc) -> None:
    p = screened_patient(ctx)
    planned = book(ctx, p, doc, date(2026, 11, 26), at=time(11, 0))
    page = window.feature(SessionsFeature).day_page
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_PageDown)
    assert page.day == date(2026, 11, 26)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "tomorrow" in page.day_label.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.day == TODAY
    qtbot.keyClick(page.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_PageDown)
    assert page.day == date(2026, 11, 27)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.day == TODAY
    qtbot.keyClick(page.table, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = _dialog(qtbot)
    assert dialog._session.id == planned.id
    dialog.reject()


def test_book_through_the_widgets_with_warning_and_bad_time(qtbot, window, ctx, doc) -> None:
    patient = screened_patient(ctx, "İsmail", "Işık", screened_on=None)
    box = window.search_page.search_box
    type_text(box, "ışık")
    qtbot.waitUntil(lambda: window.search_page.model.rowCount() == 1, timeout=3000)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), PatientWorkspace))
    workspace = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: workspace.patient is not None)
    assert "No contraindication screening" in workspace.details.text()
    assert window.current_patient_id() == patient
    assert {"Edit patient details", "Book session", "Record session", "History"} <= set(
        workspace.action_buttons
    )

    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot)
    assert dialog.booking and "İsmail Işık" in dialog.windowTitle()
    picker = dialog.area_picker
    picker.setCurrentIndex(picker.findData(area_id(ctx, "forehead")))
    dialog.add_area_button.click()
    picker.setCurrentIndex(picker.findData(area_id(ctx, "spot_scar")))
    dialog.add_area_button.click()
    physician = dialog.fields["physician_id"]
    physician.setCurrentIndex(physician.findData(doc))
    starts_time = dialog.fields["starts_time"]
    starts_time.clear()
    type_text(starts_time, "09:00")  # past at 10:00 today: allowed (entered after the fact)
    save_and_wait(qtbot, dialog)
    assert not dialog.errors["starts_on"].text()
    assert "Measure" in dialog.area_rows[1].error.text()
    assert day_list.patient_sessions(ctx, patient) == []

    starts_time.clear()
    type_text(starts_time, "14:00")
    type_text(dialog.area_rows[1].fields["size_cm2"], "6,5")
    notes = dialog.fields["notes"]
    assert isinstance(notes, QPlainTextEdit)
    notes.setFocus()
    type_text(notes, "İlk seans; güneşten kaçınmalı.")
    save_and_wait(qtbot, dialog)
    assert dialog.warning_banner.isVisible()
    assert day_list.patient_sessions(ctx, patient) == []
    dialog.findChild(QPushButton, "acknowledgeButton").click()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)  # saved off the GUI thread

    [row] = day_list.patient_sessions(ctx, patient)
    detail = sessions.get_session(ctx, row.id)
    assert detail.starts_at == datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
    assert [str(a.size_cm2) for a in detail.areas] == ["80.00", "6.50"]
    assert detail.notes == "İlk seans; güneşten kaçınmalı."
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1)
    qtbot.waitUntil(lambda: any("İsmail Işık" in t for t in _day_texts(window)))


def test_record_then_review_in_history_through_the_widgets(qtbot, window, ctx, doc) -> None:
    patient = screened_patient(ctx, "Gülşen", "Doğan")
    planned = book(_early(ctx), patient, doc, TODAY, at=time(9, 30), codes=("forehead", "neck"))
    window.feature(SessionsFeature).open_workspace(patient)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot)
    assert dialog.clinical and dialog._session.id == planned.id
    forehead, neck = dialog.area_rows
    for row, depth in ((forehead, "40"), (neck, "500")):
        spin = row.fields["depth_um"]
        spin.setFocus()
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin, depth)
    reaction = forehead.fields["immediate_reaction"]
    assert isinstance(reaction, QLineEdit)
    type_text(reaction, "hafif kızarıklık")
    save_and_wait(qtbot, dialog)
    assert "between 10 and 200" in neck.error.text()
    assert sessions.get_session(ctx, planned.id).status == "planned"

    spin = neck.fields["depth_um"]
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "20")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)  # saved off the GUI thread
    done = sessions.get_session(ctx, planned.id)
    assert done.status == "done"
    assert [(a.names["en"], a.depth_um) for a in done.areas] == [("Forehead", 40), ("Neck", 20)]
    assert done.areas[0].immediate_reaction == "hafif kızarıklık"
    assert done.follow_up_on == date(2026, 12, 2)

    window.activateWindow()  # offscreen has no window manager to do it after the dialog
    qtbot.waitUntil(window.isActiveWindow)

    # A done session offers its aftercare sheet (the handouts feature builds it).
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    clinic(ctx)  # else printing asks about the missing clinic details first
    reopened = window.feature(SessionsFeature).open_session(planned.id)
    reopened.findChild(QPushButton, "aftercareButton").click()
    preview = _dialog(qtbot, PdfPreviewDialog)
    assert preview.pdf.startswith(b"%PDF")
    preview.reject()
    reopened.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), HistoryPage))
    page = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    areas = page.model.index(0, HistoryTableModel.COL_AREAS).data()
    assert areas.splitlines() == ["Forehead 40 µm", "Neck 20 µm"]
    assert (
        "Forehead: hafif kızarıklık" in page.model.index(0, HistoryTableModel.COL_REACTIONS).data()
    )
    assert [page.summary_model.index(r, 0).data() for r in range(2)] == ["Forehead", "Neck"]

    follow = page.add_follow_up()
    follow_dialog = _dialog(qtbot, type(follow))
    type_text(follow_dialog.healing, "iyileşme iyi")
    follow_dialog.events["prolonged_redness"].setChecked(True)
    follow_dialog.save_button.click()
    qtbot.waitUntil(
        lambda: (
            "iyileşme iyi" in (page.model.index(0, HistoryTableModel.COL_FOLLOW_UPS).data() or "")
        )
    )
    assert "Prolonged redness" in page.model.index(0, HistoryTableModel.COL_FOLLOW_UPS).data()


def test_change_booking_moves_the_session_through_the_widgets(qtbot, window, ctx, doc) -> None:
    patient = screened_patient(ctx, "Gülşen", "Doğan")
    planned = book(ctx, patient, doc, date(2026, 11, 26), at=time(11, 0), notes="Erken gelecek")
    first = window.feature(SessionsFeature).open_session(planned.id)
    _dialog(qtbot)
    first.findChild(QPushButton, "changeBookingButton").click()
    qtbot.waitUntil(lambda: not first.isVisible())
    dialog = _dialog(qtbot)
    assert dialog.editing_booking and "Change booking" in dialog.windowTitle()
    assert dialog.fields["starts_time"].text() == "11:00"
    assert dialog.fields["notes"].toPlainText() == "Erken gelecek"
    dialog.fields["starts_time"].clear()
    type_text(dialog.fields["starts_time"], "16:30")
    save_and_wait(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)  # saved off the GUI thread
    moved = sessions.get_session(ctx, planned.id)
    assert moved.starts_at == datetime(2026, 11, 26, 13, 30, tzinfo=UTC)
    assert moved.notes == "Erken gelecek"


def test_copy_from_last_session_fills_areas_and_settings(qtbot, window, ctx, doc) -> None:
    patient = screened_patient(ctx)
    bulk_history(ctx, patient, doc, 3)
    planned = book(_early(ctx), patient, doc, TODAY, at=time(9, 30), codes=("chin",))
    dialog = window.feature(SessionsFeature).open_session(planned.id)
    dialog.copy_button.click()
    assert [r.name for r in dialog.area_rows] == ["Forehead", "Cheeks (both)"]
    assert [r.value().depth_um for r in dialog.area_rows] == [20, 20]
    assert dialog._combo("anaesthesia") == "topical"
    dialog.reject()


def test_history_of_200_sessions_opens_and_renders(qtbot, window, ctx, doc) -> None:
    patient = screened_patient(ctx, "Şule", "Kaya")
    bulk_history(ctx, patient, doc, 200)
    page = window.feature(SessionsFeature).open_history(patient)
    qtbot.waitUntil(lambda: page.model.rowCount() == 200, timeout=5000)
    model = page.model
    assert model.index(0, 0).data() == "01.11.2026 11:00"
    assert model.index(199, 0).data() == "17.03.2019 11:00"
    assert model.index(0, HistoryTableModel.COL_AREAS).data().splitlines() == [
        "Forehead 20 µm ×2 (Er:YAG)",
        "Cheeks (both) 20 µm ×2 (Er:YAG)",
    ]
    assert model.index(0, HistoryTableModel.COL_ANAESTHESIA).data() == "Topical cream"
    assert "Day 3–4 check" in model.index(0, HistoryTableModel.COL_FOLLOW_UPS).data()
    assert page.summary_model.rowCount() == 4
    assert "200" in page.count_label.text()
    assert "Şule Kaya" in window.tabs.tabText(window.tabs.currentIndex())
    assert not page.grab().isNull()

    page.area_filter.setCurrentIndex(page.area_filter.findText("Neck"))
    type_text(page.date_from, "01.01.2026")
    page.apply_button.click()
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 200)
    assert all("Neck" in model.index(r, 3).data() for r in range(model.rowCount()))


def test_print_history_shows_the_pdf_preview(qtbot, window, ctx, doc) -> None:
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    patient = screened_patient(ctx, "Şule", "Kaya")
    bulk_history(ctx, patient, doc, 5)
    clinic(ctx)
    page = window.feature(SessionsFeature).open_history(patient)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    page.print_button.click()
    preview = _dialog(qtbot, PdfPreviewDialog)
    assert preview.pdf.startswith(b"%PDF") and preview.page_count() >= 1
    preview.reject()


def test_reception_sees_day_list_but_not_clinical_actions(qtbot, ctx, doc) -> None:
    from desktop.services.common.context import Actor

    desk = dataclasses.replace(ctx, actor=Actor(staff_id=None, name="Şule", role="reception"))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert not window.feature(SessionsFeature).action_record.isEnabled()
    assert not window.feature(SessionsFeature).action_history.isEnabled()
    assert window.feature(SessionsFeature).action_book.isEnabled()
    window.tasks.wait()


def test_catalog_dialog_edits_an_area(qtbot, window, ctx) -> None:
    dialog = CatalogDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.picker.setCurrentIndex(dialog.picker.findData(area_id(ctx, "forehead")))
    name = line_edits(dialog.fields)["name_tr"]
    name.clear()
    type_text(name, "Alın bölgesi")
    size = line_edits(dialog.fields)["default_size_cm2"]
    size.clear()
    type_text(size, "-4")
    dialog.save_button.click()
    assert "between 0 and 3000" in dialog.errors["default_size_cm2"].text()
    size.clear()
    type_text(size, "90")
    dialog.save_button.click()
    forehead = next(a for a in catalog.list_areas(ctx) if a.code == "forehead")
    assert (forehead.names["tr"], str(forehead.default_size_cm2)) == ("Alın bölgesi", "90.00")


def test_session_list_model_passes_qtmodeltester(qtmodeltester, ctx, doc) -> None:
    early = _early(ctx)
    p = screened_patient(ctx)
    book(early, p, doc, TODAY, at=time(9, 0))
    book(
        early,
        screened_patient(ctx, "Can", "Ak"),
        doc,
        TODAY,
        at=time(9, 10),
        codes=("neck",),
        override_reason="Walk-in",
    )
    model = SessionListModel(ctx.zone)
    model.reset_rows(day_list.day_sessions(ctx, TODAY).rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.row_of(-1) == -1


def test_history_models_pass_qtmodeltester(qtmodeltester, ctx, doc) -> None:
    from desktop.services.sessions.history import patient_history
    from desktop.ui.history.history_models import AreaSummaryModel

    p = screened_patient(ctx)
    bulk_history(ctx, p, doc, 6)
    history = patient_history(ctx, p)
    model = HistoryTableModel(ctx.zone)
    model.reset_rows(history.sessions)
    qtmodeltester.check(model)
    summary = AreaSummaryModel()
    summary.reset_rows(history.area_summary)
    qtmodeltester.check(summary)


def test_patient_workspace_fits_a_1280_pixel_screen(qtbot, window, ctx) -> None:
    patient = screened_patient(ctx, "Şükrü", "Öztürk")
    assert patient
    window.search_page.set_query("Öztürk")
    qtbot.waitUntil(lambda: window.search_page.model.rowCount() == 1, timeout=3000)
    qtbot.keyClick(window.search_page.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), PatientWorkspace))
    workspace = window.tabs.currentWidget()
    assert len(workspace.action_buttons) >= 8
    # Every Patient-menu action is a button; on a narrow window they wrap, not widen it.
    assert window.minimumSizeHint().width() < 1280
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() <= 1000)
    qtbot.wait(50)
    rows = {button.geometry().top() for button in workspace.action_buttons.values()}
    assert len(rows) >= 2
    for button in workspace.action_buttons.values():
        assert button.geometry().right() <= workspace.width()
