"""After a refused save, focus lands on the first field in red, reading the form top-down."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from desktop.ui.patients.patient_dialog import PatientDialog
from desktop.ui.sessions.session_dialog import SessionDialog
from tests.helpers import line_edits, save_and_wait, type_text
from tests.sessions_support import add_staff, area_id, screened_patient


def test_patient_form_focuses_the_topmost_bad_field_not_the_first_listed(qtbot, ctx) -> None:
    dialog = PatientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edits = line_edits(dialog.fields)
    type_text(edits["given_name"], "Zeynep")
    type_text(edits["family_name"], "Kaya")
    type_text(edits["phone"], "12")  # not a phone number
    type_text(edits["consent_treatment_on"], "01.01.2030")  # in the future
    # The service lists the dates before the phone; on the form the phone comes first.
    save_and_wait(qtbot, dialog)
    dialog._initial = dialog._values()  # closing at teardown must not ask about the typing
    assert dialog.errors["consent_treatment_on"].isVisible()
    assert dialog.errors["phone"].isVisible()
    assert dialog.focusWidget() is edits["phone"], dialog.focusWidget().objectName()


def test_session_form_focuses_the_area_row_above_a_bad_note(qtbot, ctx) -> None:
    doc = add_staff(ctx, "dr.aydin", "Dr. Selin Aydın")
    patient = screened_patient(ctx, "İpek", "Şahin")
    dialog = SessionDialog(ctx, patient_id=patient, patient_name="İpek Şahin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    picker = dialog.area_picker
    picker.setCurrentIndex(picker.findData(area_id(ctx, "spot_scar")))  # must be measured
    dialog.add_area_button.click()
    physician = dialog.fields["physician_id"]
    assert isinstance(physician, QComboBox)
    physician.setCurrentIndex(physician.findData(doc))
    starts_time = dialog.fields["starts_time"]
    assert isinstance(starts_time, QLineEdit)
    starts_time.clear()
    type_text(starts_time, "14:00")
    notes = dialog.fields["notes"]
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("x" * 2001)  # too long; the notes sit below the areas
    save_and_wait(qtbot, dialog)
    assert dialog.errors["notes"].isVisible()
    assert dialog.area_rows[0].error.isVisible()
    size = dialog.area_rows[0].fields["size_cm2"]
    assert dialog.focusWidget() is size, dialog.focusWidget().objectName()
    dialog.done(0)
