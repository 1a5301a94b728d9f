"""The consent dates on the patient form are the paper consents from before signed consents:
the form says so, and the patient's Consents section shows them as read-only history under a
kind never signed on screen (not once it is signed)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.services.patients.validation import PatientInput, validate_patient
from desktop.ui.consent.consents_section import ConsentsSection
from desktop.ui.main_window import MainWindow
from desktop.ui.patients.patient_dialog import PatientDialog
from desktop.ui.sessions.feature import SessionsFeature
from tests.consent_support import sign
from tests.sessions_support import screened_patient

PAPER_DAY = date(2025, 3, 12)


def test_the_patient_form_calls_the_dates_paper_consents(qtbot, ctx) -> None:
    dialog = PatientDialog(ctx)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Treatment consent on paper", "Photo consent on paper"} <= labels
    assert not {"Treatment consent", "Photo consent"} & labels
    for key in ("consent_treatment_on", "consent_photos_on"):
        edit = dialog.fields[key]
        assert isinstance(edit, QLineEdit)
        assert "signed on paper" in edit.toolTip() and "Consents section" in edit.toolTip()


def test_a_bad_paper_date_is_named_as_the_paper_consent(ctx) -> None:
    from desktop.services.common.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        validate_patient(
            PatientInput(given_name="Nur", family_name="Çelik", consent_photos_on=date(2030, 1, 1)),
            today=date(2026, 12, 7),
            default_region="TR",
        )
    assert "paper photo consent" in str(refused.value.field_errors["consent_photos_on"])


@pytest.fixture
def window(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.tasks.wait()


def open_section(qtbot, window: MainWindow, patient: int, rows: int) -> ConsentsSection:
    workspace = window.feature(SessionsFeature).open_workspace(patient)
    [section] = [s for s in workspace.sections if isinstance(s, ConsentsSection)]
    qtbot.waitUntil(lambda: section.model.rowCount() == rows, timeout=5000)
    return section


def shown(section: ConsentsSection) -> list[tuple[str, str]]:
    model = section.model
    return [
        (
            model.index(n, model.COL_KIND).data(),
            model.index(n, model.COL_STATUS).data(),
        )
        for n in range(model.rowCount())
    ]


def test_a_paper_date_shows_under_a_kind_never_signed_on_screen(qtbot, ctx, window) -> None:
    patient = screened_patient(
        ctx, "Nur", "Çelik", consent_treatment_on=PAPER_DAY, consent_photos_on=PAPER_DAY
    )
    sign(ctx, patient, "photography")  # signed on screen since: its paper date is not listed
    section = open_section(qtbot, window, patient, rows=6)
    rows = shown(section)
    assert rows[:2] == [
        ("Laser peeling", "Not signed"),
        ("Laser peeling", "Recorded on paper on 12.03.2025"),
    ]
    assert ("Clinical photography", "Valid") in rows
    assert not any("paper" in status and kind != "Laser peeling" for kind, status in rows)
    # Read-only: nothing to withdraw or print on the paper row.
    section.table.selectRow(1)
    line = section.selected()
    assert line is not None and line.status == "paper"
    assert not section.withdraw_button.isEnabled() and not section.print_button.isEnabled()
    tip = section.model.index(1, section.model.COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "signed on paper" in tip and "not a signed consent" in tip


def test_no_paper_date_no_paper_row(qtbot, ctx, window) -> None:
    patient = screened_patient(ctx, "Can", "Kaya")
    section = open_section(qtbot, window, patient, rows=5)
    assert not any("paper" in status for _kind, status in shown(section))
