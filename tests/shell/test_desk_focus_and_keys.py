"""Keys that spare the mouse at the desk: form labels' Alt+letters, where a new patient's form
puts the cursor, Ctrl+Shift+P for the pre-treatment sheet, Enter to print from the preview."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.common.context import Actor
from desktop.ui.handouts.actions import HandoutsFeature
from desktop.ui.main_window import MainWindow
from desktop.ui.patients.patient_dialog import PatientDialog
from desktop.ui.sessions.session_dialog import SessionDialog
from desktop.ui.shell.shortcuts_dialog import collect_shortcuts
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tests import handout_fixtures as hf
from tests.translation_helpers import wait_for_dialog

ALT = Qt.KeyboardModifier.AltModifier


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _activate(qtbot, dialog) -> None:
    dialog.activateWindow()  # no window manager offscreen
    qtbot.waitUntil(dialog.isActiveWindow)


def test_alt_letter_of_a_form_label_reaches_its_field(qtbot, ctx) -> None:
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    dialog = SessionDialog(ctx, patient_id=pid, patient_name="Ada Kaya")
    qtbot.addWidget(dialog)
    dialog.show()
    _activate(qtbot, dialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_P, ALT)  # "&Physician"
    assert QApplication.focusWidget() is dialog.fields["physician_id"]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_T, ALT)  # "&Time"
    assert QApplication.focusWidget() is dialog.fields["starts_time"]

    form = PatientDialog(ctx)
    qtbot.addWidget(form)
    form.show()
    _activate(qtbot, form)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_P, ALT)  # "&Phone"
    assert QApplication.focusWidget() is form.fields["phone"]


def test_a_new_patient_from_search_starts_at_the_first_empty_field(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    window.new_patient("Elif Karaca")
    form = wait_for_dialog(qtbot, PatientDialog)
    assert form.focusWidget() is form.fields["birth_date"]
    form.done(0)
    window.new_patient("0532 123 45 67")
    form = wait_for_dialog(qtbot, PatientDialog)
    assert form.focusWidget() is form.fields["given_name"]
    form._initial = form._values()  # nothing typed to confirm
    form.done(0)
    window.tasks.wait()


def test_ctrl_shift_p_previews_the_pretreatment_sheet_and_enter_prints_it(
    qtbot, ctx, monkeypatch
) -> None:
    printed: list[str] = []
    monkeypatch.setattr(
        PdfPreviewDialog,
        "choose_printer_and_print",
        lambda self: printed.append(self.windowTitle()),
    )
    hf.clinic(ctx)
    pid = hf.patient(ctx, "Ada", "Kaya", "en")
    hf.make_session(
        ctx, pid, datetime(2026, 12, 9, 11, 0, tzinfo=UTC), [("neck", 20)], status="planned"
    )
    desk = replace(ctx, actor=Actor(staff_id=None, name="Desk", role="reception"))
    window = _window(qtbot, desk)
    window.search_page.set_query("Kaya")
    qtbot.waitUntil(lambda: window.search_page.selected_patient_id() == pid)
    qtbot.keyClick(window.search_page.search_box, Qt.Key.Key_Return)  # her workspace
    qtbot.waitUntil(lambda: window.current_patient_id() == pid)
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(
        focus, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    feature = window.feature(HandoutsFeature)
    qtbot.waitUntil(lambda: feature.last_preview is not None, timeout=10_000)
    preview = feature.last_preview
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.windowTitle().startswith("Pre-treatment sheet")
    assert preview.print_button.isDefault()
    _activate(qtbot, preview)
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    assert printed == [preview.windowTitle()]
    preview.close()
    window.tasks.wait()


def test_the_shortcuts_list_names_the_pretreatment_sheet(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    keys = {entry.action: entry.keys for entry in collect_shortcuts(window)}
    assert keys["Print pre-treatment sheet"] == "Ctrl+Shift+P"
    assert keys["Book session"] == "Ctrl+B"
    from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    shown = [
        (item.text(0), item.text(1))
        for group in range(dialog.tree.topLevelItemCount())
        if (top := dialog.tree.topLevelItem(group)) is not None
        for item in (top.child(n) for n in range(top.childCount()))
        if item is not None
    ]
    assert ("Print pre-treatment sheet", "Ctrl+Shift+P") in shown
    assert ("Book the session; print the preview", "Enter") in shown
    assert ("Fill in the next free slot (session form)", "Ctrl+Shift+F") in shown
    window.tasks.wait()
