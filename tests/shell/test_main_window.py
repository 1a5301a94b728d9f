"""The receptionist's first flow, through the real widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.services.patients import records as patients
from desktop.services.patients import search as patient_search
from desktop.services.patients.validation import PatientInput
from desktop.ui.patients.patient_dialog import PatientDialog
from tests.helpers import type_text


def _line_edit(dialog: PatientDialog, key: str) -> QLineEdit:
    field = dialog.fields[key]
    assert isinstance(field, QLineEdit)
    return field


def _open_dialog(qtbot, window) -> PatientDialog:
    def visible_dialogs() -> list[PatientDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PatientDialog) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: len(visible_dialogs()) == 1)
    dialog = visible_dialogs()[0]
    # The offscreen platform has no window manager to activate new windows.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _rows(window) -> list[str]:
    model = window.search_page.model
    return [model.row_at(r).full_name for r in range(model.rowCount())]


def test_search_box_has_focus_at_start(window) -> None:
    assert window.search_page.search_box.hasFocus()


def test_type_turkish_name_see_match_open_edit_save_see_in_search(qtbot, window, ctx) -> None:
    saved = patients.register_patient(
        ctx, PatientInput(given_name="İsmail", family_name="IŞIK", birth_date=date(1980, 1, 2))
    )
    patients.register_patient(ctx, PatientInput(given_name="Mehmet", family_name="Kaya"))
    box = window.search_page.search_box
    type_text(box, "ışık")
    qtbot.waitUntil(lambda: _rows(window) == ["İsmail IŞIK"], timeout=3000)

    qtbot.keyClick(box, Qt.Key.Key_Return)
    # Enter opens the patient's workspace tab; Ctrl+E edits their details from there.
    qtbot.waitUntil(lambda: window.tabs.currentIndex() > 0)
    assert window.current_patient_id() == saved.id
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = _open_dialog(qtbot, window)
    family = dialog.fields["family_name"]
    assert isinstance(family, QLineEdit) and family.text() == "IŞIK"
    family.clear()
    type_text(family, "Işıkoğlu")
    dialog.fields["phone"].setFocus()
    type_text(dialog.fields["phone"], "0532 111 22 33")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    stored = patients.get_patient(ctx, saved.id)
    assert stored.data.family_name == "Işıkoğlu"
    assert stored.phone_e164 == "+905321112233"
    qtbot.waitUntil(lambda: _rows(window) == ["İsmail Işıkoğlu"], timeout=3000)
    window.show_search()
    box.clear()
    type_text(box, "111 22")
    qtbot.waitUntil(lambda: _rows(window) == ["İsmail Işıkoğlu"], timeout=3000)


def test_new_patient_from_typed_search_with_bad_then_good_input(qtbot, window, ctx) -> None:
    type_text(window.search_page.search_box, "Şükrü Öztürk")
    qtbot.waitUntil(
        lambda: "No patient found" in window.search_page.status_label.text(), timeout=3000
    )
    # The hint says "Press Ctrl+N": Ctrl+N carries the typed name over, like the button.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _open_dialog(qtbot, window)
    assert _line_edit(dialog, "given_name").text() == "Şükrü"
    assert _line_edit(dialog, "family_name").text() == "Öztürk"
    dialog._initial = dialog._values()
    dialog.done(0)
    window.search_page.new_button.click()
    dialog = _open_dialog(qtbot, window)
    assert _line_edit(dialog, "given_name").text() == "Şükrü"
    assert _line_edit(dialog, "family_name").text() == "Öztürk"

    type_text(dialog.fields["birth_date"], "31.02.1990")
    type_text(dialog.fields["phone"], "12")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "day.month.year" in dialog.errors["birth_date"].text()
    assert dialog.errors["birth_date"].isVisible()
    # Every bad field is reported in the same pass, not one at a time.
    assert "not a valid phone number" in dialog.errors["phone"].text()
    assert patient_search.search_patients(ctx, "sukru").rows == []

    _line_edit(dialog, "birth_date").clear()
    type_text(dialog.fields["birth_date"], "28.02.1990")
    _line_edit(dialog, "phone").clear()
    type_text(dialog.fields["phone"], "+44 20 7946 0958")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: _rows(window) == ["Şükrü Öztürk"], timeout=3000)
    assert window.focusWidget() is window.search_page.search_box


def test_duplicate_warning_offers_open_or_save_anyway(qtbot, window, ctx) -> None:
    patients.register_patient(
        ctx, PatientInput(given_name="Ayşe", family_name="Kaya", phone="0532 123 45 67")
    )
    window.new_patient("")
    dialog = _open_dialog(qtbot, window)
    type_text(dialog.fields["given_name"], "Zeynep")
    type_text(dialog.fields["family_name"], "Kaya")
    type_text(dialog.fields["phone"], "05321234567")
    dialog.save_button.click()
    assert dialog.duplicate_banner.isVisible()
    assert patient_search.search_patients(ctx, "zeynep").rows == []
    save_anyway = dialog.findChild(type(dialog.save_button), "saveAnywayButton")
    assert save_anyway is not None
    save_anyway.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(patient_search.search_patients(ctx, "kaya").rows) == 2


def test_escape_with_typed_changes_asks_before_discarding(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[tuple[object, ...]] = []

    def answer_cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(args)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer_cancel)
    window.new_patient("")
    dialog = _open_dialog(qtbot, window)
    type_text(dialog.fields["given_name"], "Gül")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
