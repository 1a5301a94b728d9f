"""The patient's consents in the workspace: every kind, Sign…, Withdraw…, and the keyboard."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services.common.context import SYSTEM_ACTOR, Actor
from desktop.services.consent.signing import patient_consents
from desktop.ui.consent.consents_section import ConsentsSection
from desktop.ui.consent.feature import ConsentFeature
from desktop.ui.consent.signing_dialog import SigningDialog
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.sessions.feature import SessionsFeature
from tests.consent.pad_drawing import draw
from tests.consent_support import sign
from tests.sessions_support import add_staff, screened_patient


@pytest.fixture
def desk(qtbot, ctx):
    """The main window for a receptionist, and a patient who signed the photo consent."""
    staff = add_staff(ctx, "derya", "Derya Resepsiyon", role="reception")
    ctx.actor = Actor(staff, "Derya Resepsiyon", "reception")
    patient = screened_patient(ctx)
    sign(ctx, patient, "photography", "tr")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, patient
    window.tasks.wait()


def open_section(qtbot, window: MainWindow, patient: int) -> ConsentsSection:
    workspace = window.feature(SessionsFeature).open_workspace(patient)
    [section] = [s for s in workspace.sections if isinstance(s, ConsentsSection)]
    qtbot.waitUntil(lambda: section.model.rowCount() == 5, timeout=5000)
    return section


def statuses(section: ConsentsSection) -> dict[str, str]:
    lines = [section.model.row_at(n) for n in range(section.model.rowCount())]
    return {line.kind: line.status for line in lines if line is not None}


def select(section: ConsentsSection, kind: str) -> None:
    section.select_kind(kind)
    line = section.selected()
    assert line is not None and line.kind == kind


def test_every_kind_is_listed_signed_or_not(qtbot, desk) -> None:
    window, patient = desk
    section = open_section(qtbot, window, patient)
    assert statuses(section) == {
        "treatment_standard": "missing",
        "treatment_deep": "missing",
        "treatment_combined": "missing",
        "photography": "valid",
        "marketing": "missing",
    }
    model = section.model
    kinds = [line.kind for line in (model.row_at(n) for n in range(model.rowCount())) if line]
    photo = kinds.index("photography")
    shown = [model.index(photo, c).data() for c in range(model.columnCount())]
    assert shown[0] == "Clinical photography"
    assert shown[1] == "1 (tr)"
    assert shown[3] == "Derya Resepsiyon"
    assert shown[4] == "Valid"
    select(section, "marketing")
    assert section.sign_button.isEnabled()
    assert not section.withdraw_button.isEnabled() and not section.print_button.isEnabled()


def test_enter_on_a_missing_consent_signs_it(qtbot, desk, monkeypatch) -> None:
    window, patient = desk
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No
    )  # "Print a copy?" — not now
    section = open_section(qtbot, window, patient)
    select(section, "treatment_standard")
    section.table.setFocus()
    QTest.keyClick(section.table, Qt.Key.Key_Return)
    dialog = window.feature(ConsentFeature).dialogs[-1]
    assert isinstance(dialog, SigningDialog)
    qtbot.waitExposed(dialog)
    draw(dialog.pad.canvas)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: statuses(section)["treatment_standard"] == "valid", timeout=5000)
    assert {c.kind for c in patient_consents(window.ctx, patient)} == {
        "photography",
        "treatment_standard",
    }


def test_withdrawing_asks_for_a_confirmation(qtbot, desk, monkeypatch) -> None:
    window, patient = desk
    section = open_section(qtbot, window, patient)
    select(section, "photography")
    assert section.withdraw_button.isEnabled()
    section.withdraw_button.click()
    dialog = window.feature(ConsentFeature).dialogs[-1]
    assert isinstance(dialog, WithdrawDialog)
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return (
            QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.reason.setPlainText("Fotoğraflarımın çekilmesini istemiyorum.")
    dialog.withdraw_button.click()
    assert len(asked) == 1 and dialog.isVisible()  # Cancel: still open, nothing changed
    assert statuses(section)["photography"] == "valid"
    dialog.withdraw_button.click()
    qtbot.waitUntil(lambda: statuses(section)["photography"] == "withdrawn", timeout=5000)
    [withdrawn] = patient_consents(window.ctx, patient)
    assert withdrawn.withdrawal_reason == "Fotoğraflarımın çekilmesini istemiyorum."
    assert withdrawn.withdrawn_witness_name == "Derya Resepsiyon"
    assert not section.withdraw_button.isEnabled()


def test_the_consents_shortcut_puts_the_focus_on_the_list(qtbot, desk) -> None:
    window, patient = desk
    open_section(qtbot, window, patient)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    section = window.feature(ConsentFeature).sections_of(patient)[0]
    qtbot.waitUntil(lambda: section.table.hasFocus())


def mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


@pytest.mark.parametrize("language", ["en", "tr"])
def test_the_consent_buttons_alt_keys_are_their_own(
    qtbot, ctx, qm_dir, english_afterwards, language
) -> None:
    """Alt+letter on Sign, Withdraw and Print reaches them, not another workspace button."""
    from desktop.ui.shell import i18n

    assert i18n.install_language(language, qm_dir)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    patient = screened_patient(ctx)
    section = open_section(qtbot, window, patient)
    workspace = window.feature(SessionsFeature).workspaces[patient]
    ours = [section.sign_button, section.withdraw_button, section.print_button]
    others = [b.text() for b in workspace.action_buttons.values()]
    others += [a.text() for a in window.menuBar().actions()]
    others += [window.tabs.tabText(n) for n in range(window.tabs.count())]
    taken = [mnemonic(t) for t in others if mnemonic(t)]
    keys = [mnemonic(b.text()) for b in ours]
    assert None not in keys and len(set(keys)) == 3
    assert set(keys) & set(taken) == set()
    window.tasks.wait()


def test_print_shows_the_signed_consent_as_a_pdf(qtbot, desk) -> None:
    import io

    from pypdf import PdfReader

    from desktop.services.settings import store as settings
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    window, patient = desk
    admin = replace(window.ctx, actor=SYSTEM_ACTOR)
    settings.update(admin, {"clinic_name": "Demo Klinik", "clinic_phone": "+90 212 555 01 23"})
    section = open_section(qtbot, window, patient)
    select(section, "photography")
    assert section.print_button.isEnabled()
    section.print_button.click()
    feature = window.feature(ConsentFeature)
    qtbot.waitUntil(lambda: feature.last_preview is not None, timeout=10_000)
    preview = feature.last_preview
    assert isinstance(preview, PdfPreviewDialog)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    [consent] = patient_consents(window.ctx, patient)
    assert consent.title in text
    assert "Derya Resepsiyon" in text
    preview.done(0)


def test_a_consent_can_be_withdrawn_without_a_reason(qtbot, desk, monkeypatch) -> None:
    # The patient owes no explanation; the service records an empty reason, the screen agrees.
    window, patient = desk
    section = open_section(qtbot, window, patient)
    select(section, "photography")
    section.withdraw_button.click()
    dialog = window.feature(ConsentFeature).dialogs[-1]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.withdraw_button.click()
    qtbot.waitUntil(lambda: statuses(section)["photography"] == "withdrawn", timeout=5000)
    [withdrawn] = patient_consents(window.ctx, patient)
    assert withdrawn.withdrawal_reason == ""
