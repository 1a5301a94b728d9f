"""Signing at the desk: the text in the patient's language, the pad, the witness, Sign, Cancel."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.common.context import Actor
from desktop.services.consent.signing import patient_consents
from desktop.services.consent.templates import current_template
from desktop.ui.consent.signing_dialog import SigningDialog
from desktop.ui.shell.actions import ActionRunner
from desktop.ui.tasks import TaskRunner
from tests.consent.pad_drawing import draw
from tests.sessions_support import add_staff, screened_patient

kept: list[QWidget] = []


@pytest.fixture(autouse=True)
def _forget_kept_parents() -> Iterator[None]:
    yield
    kept.clear()


def at_the_desk(ctx) -> int:
    staff_id = add_staff(ctx, "derya", "Derya Resepsiyon", role="reception")
    ctx.actor = Actor(staff_id, "Derya Resepsiyon", "reception")
    return staff_id


def open_dialog(
    qtbot, ctx, patient_id: int, language: str = "tr", kind: str = "treatment_standard"
):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = ActionRunner(TaskRunner(parent))
    kept.append(parent)  # the parent owns the dialog: keep it alive
    dialog = SigningDialog(
        ctx,
        runner,
        patient_id=patient_id,
        patient_name="Ayşe Yılmaz",
        patient_language=language,
        kind=kind,
        parent=parent,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_patient_reads_her_language_signs_and_the_witness_is_the_desk(qtbot, ctx) -> None:
    desk = at_the_desk(ctx)
    patient = screened_patient(ctx, language="tr")
    dialog = open_dialog(qtbot, ctx, patient)
    turkish = current_template(ctx, "treatment_standard", "tr")
    assert dialog.title_label.text() == turkish.title
    assert dialog.text.toPlainText() == turkish.body
    assert dialog.language.currentData() == "tr"
    assert dialog.witness.currentData() == desk
    assert not dialog.sign_button.isEnabled()  # nothing signed yet

    draw(dialog.pad.canvas)
    assert dialog.sign_button.isEnabled()
    assert not dialog.language.isEnabled()  # the signature belongs to the text shown
    with qtbot.waitSignal(dialog.sig_consent_signed, timeout=5000) as signed:
        dialog.sign_button.click()
    view = signed.args[0]
    assert view.status == "valid" and view.version == turkish.version
    assert view.text_sha256 == turkish.text_sha256
    assert view.witness_id == desk
    assert not dialog.isVisible()
    [stored] = patient_consents(ctx, patient)
    assert stored.language == "tr"
    assert stored.signature_png and stored.signature_png.startswith(b"\x89PNG")


def test_the_other_language_on_request_and_another_witness(qtbot, ctx) -> None:
    at_the_desk(ctx)
    physician = add_staff(ctx, "dr", "Dr. Kemal Öz")
    patient = screened_patient(ctx, language="tr")
    dialog = open_dialog(qtbot, ctx, patient)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    english = current_template(ctx, "treatment_standard", "en")
    assert dialog.title_label.text() == english.title
    assert dialog.text.toPlainText() == english.body
    dialog.witness.setCurrentIndex(dialog.witness.findData(physician))
    draw(dialog.pad.canvas)
    with qtbot.waitSignal(dialog.sig_consent_signed, timeout=5000) as signed:
        dialog.sign_button.click()
    assert signed.args[0].language == "en"
    assert signed.args[0].witness_name == "Dr. Kemal Öz"


def test_cancel_asks_before_discarding_a_drawn_signature(qtbot, ctx, monkeypatch) -> None:
    at_the_desk(ctx)
    patient = screened_patient(ctx)
    dialog = open_dialog(qtbot, ctx, patient)
    draw(dialog.pad.canvas)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent, title, *_args, **_kw):
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.cancel_button.click()
    assert dialog.isVisible() and len(asked) == 1  # kept: the signature is still there
    dialog.cancel_button.click()
    assert not dialog.isVisible() and len(asked) == 2
    assert patient_consents(ctx, patient) == []


def test_cancel_without_a_signature_asks_nothing(qtbot, ctx, monkeypatch) -> None:
    at_the_desk(ctx)
    patient = screened_patient(ctx)
    dialog = open_dialog(qtbot, ctx, patient)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: 1 / 0)
    draw(dialog.pad.canvas)
    dialog.pad.clear_button.click()
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_the_dialog_fits_the_smallest_supported_screen(qtbot, ctx) -> None:
    at_the_desk(ctx)
    dialog = open_dialog(qtbot, ctx, screened_patient(ctx))
    assert dialog.minimumSizeHint().width() <= 1100
    assert dialog.minimumSizeHint().height() <= 720
    assert dialog.width() <= 1100 and dialog.height() <= 720
    dialog.resize(1100, 700)
    assert dialog.pad.canvas.height() >= 120  # room to sign


def test_enter_while_reading_neither_signs_nor_closes(qtbot, ctx) -> None:
    at_the_desk(ctx)
    patient = screened_patient(ctx)
    dialog = open_dialog(qtbot, ctx, patient)
    draw(dialog.pad.canvas)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is dialog.text
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert dialog.isVisible() and patient_consents(ctx, patient) == []
    dialog.mark_unchanged()
