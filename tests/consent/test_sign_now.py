"""A save refused for a missing consent offers *Sign now*: sign, and the save goes through."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.services.common.context import Actor
from desktop.services.consent.signing import patient_consents
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from desktop.services.sessions import day_list
from desktop.ui.consent.feature import ConsentFeature
from desktop.ui.consent.signing_dialog import SigningDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.sessions.feature import SessionsFeature
from tests import handout_fixtures as hf
from tests.consent.pad_drawing import draw
from tests.sessions_support import add_staff

pytestmark = pytest.mark.consent_rule  # the patient signs only when the test makes her


def click_in_box(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the next message box that opens (it runs its own loop)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == button_text]
        assert isinstance(button, QPushButton)
        button.click()

    QTimer.singleShot(0, click)


@pytest.fixture
def desk(qtbot, ctx):
    """A receptionist's window, and a returning patient with no consent signed on screen."""
    staff = add_staff(ctx, "derya", "Derya Resepsiyon", role="reception")
    ctx.actor = Actor(staff, "Derya Resepsiyon", "reception")
    patient = patients.register_patient(
        ctx,
        PatientInput(
            given_name="Nur", family_name="Çelik", screened_on=datetime(2026, 11, 18).date()
        ),
    ).id
    hf.make_session(ctx, patient, datetime(2026, 10, 1, 8, 0, tzinfo=UTC), [("forehead", 40)])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, patient
    window.tasks.wait()


def planned(ctx, patient: int) -> list:
    return [r for r in day_list.patient_sessions(ctx, patient) if r.status == "planned"]


def test_sign_now_signs_the_missing_consent_then_books(qtbot, desk, monkeypatch) -> None:
    window, patient = desk
    # "Print a copy for the patient?" after signing: not now.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    form = window.feature(SessionsFeature).book_for(patient)
    assert form is not None
    seen: list[str] = []
    click_in_box("&Sign now…", seen)
    form.save_button.click()
    feature = window.feature(ConsentFeature)
    qtbot.waitUntil(
        lambda: any(isinstance(d, SigningDialog) for d in feature.dialogs), timeout=5000
    )
    assert "has not signed the consent form for laser peeling" in seen[0]
    assert "has not signed" in form.general_error.text()  # the form says why meanwhile
    assert planned(window.ctx, patient) == []
    [signing] = [d for d in feature.dialogs if isinstance(d, SigningDialog)]
    qtbot.waitExposed(signing)
    assert signing.kind == "treatment_standard"
    draw(signing.pad.canvas)
    signing.sign_button.click()
    qtbot.waitUntil(lambda: form.saved is not None, timeout=10_000)
    assert len(planned(window.ctx, patient)) == 1
    [consent] = patient_consents(window.ctx, patient)
    assert (consent.kind, consent.status) == ("treatment_standard", "valid")


def test_not_now_leaves_the_form_open_and_nothing_booked(qtbot, desk) -> None:
    window, patient = desk
    form = window.feature(SessionsFeature).book_for(patient)
    assert form is not None
    seen: list[str] = []
    click_in_box("Not now", seen)
    form.save_button.click()
    qtbot.waitUntil(lambda: seen != [], timeout=5000)
    qtbot.waitUntil(lambda: not form.is_saving(), timeout=5000)
    assert form.isVisible() and form.saved is None
    assert not any(isinstance(d, SigningDialog) for d in window.feature(ConsentFeature).dialogs)
    assert planned(window.ctx, patient) == [] and patient_consents(window.ctx, patient) == []
    form.mark_unchanged()
    form.reject()


def test_several_missing_consents_are_signed_one_after_the_other(qtbot, desk, monkeypatch) -> None:
    window, patient = desk
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    feature = window.feature(ConsentFeature)
    done: list[bool] = []
    first = feature.sign(
        patient, ["treatment_standard", "treatment_deep"], lambda: done.append(True)
    )
    assert first is not None and first.kind == "treatment_standard"
    qtbot.waitExposed(first)
    draw(first.pad.canvas)
    first.sign_button.click()
    qtbot.waitUntil(
        lambda: any(
            isinstance(d, SigningDialog) and d.kind == "treatment_deep" for d in feature.dialogs
        ),
        timeout=5000,
    )
    assert done == []  # not before the last one is signed
    [second] = [
        d for d in feature.dialogs if isinstance(d, SigningDialog) and d.kind == "treatment_deep"
    ]
    qtbot.waitExposed(second)
    draw(second.pad.canvas)
    second.sign_button.click()
    qtbot.waitUntil(lambda: done == [True], timeout=5000)
    kinds = {c.kind for c in patient_consents(window.ctx, patient)}
    assert kinds == {"treatment_standard", "treatment_deep"}
