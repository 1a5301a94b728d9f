"""The new-patient form's duplicate warning: Open goes to the existing patient's workspace
(as search does) without a second question; the warning says typing is left unsaved."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from desktop.services.patients import records as patients
from desktop.services.patients import search as patient_search
from desktop.services.patients.validation import PatientInput
from desktop.ui.patients.patient_dialog import PatientDialog
from desktop.ui.sessions.patient_workspace import PatientWorkspace
from tests.helpers import type_text


def _new_patient_form(qtbot, window) -> PatientDialog:
    window.new_patient("")
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PatientDialog)))
    dialog: PatientDialog = next(d for d in window.findChildren(PatientDialog) if d.isVisible())
    return dialog


def test_open_on_a_possible_duplicate_opens_the_existing_workspace(
    qtbot, window, ctx, monkeypatch
) -> None:
    existing = patients.register_patient(
        ctx, PatientInput(given_name="Ayşe", family_name="Kaya", phone="0532 123 45 67")
    )
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    dialog = _new_patient_form(qtbot, window)
    type_text(dialog.fields["given_name"], "Zeynep")
    type_text(dialog.fields["family_name"], "Kaya")
    type_text(dialog.fields["phone"], "05321234567")
    dialog.save_button.click()
    assert dialog.duplicate_banner.isVisible()
    banner_text = " ".join(label.text() for label in dialog.duplicate_banner.findChildren(QLabel))
    assert "what you typed here is not saved" in banner_text
    [open_button] = [
        b for b in dialog.duplicate_banner.findChildren(QPushButton) if b.text() == "Open"
    ]
    open_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), PatientWorkspace))
    assert window.tabs.currentWidget().patient_id == existing.id
    assert asked == []  # no "Discard changes?" after choosing the existing record
    assert not any(d.isVisible() for d in window.findChildren(PatientDialog))  # no edit form
    assert [p.id for p in patient_search.search_patients(ctx, "kaya").rows] == [existing.id]
