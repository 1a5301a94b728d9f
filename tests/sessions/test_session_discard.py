"""The booking/session form asks before throwing typed changes away (Esc, Close, the
window's close box) and asks nothing when nothing was typed, also when it opened filled
from a session, the last session or a quote."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPlainTextEdit

from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput
from desktop.services.quotes import drafts as quote_drafts
from desktop.services.quotes import issuing as quote_issuing
from desktop.services.quotes import records as quotes
from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog
from desktop.ui.sessions.feature import SessionsFeature
from desktop.ui.sessions.session_dialog import SessionDialog
from tests.helpers import type_text
from tests.sessions_support import add_staff, book, bulk_history, screened_patient


class Answers:
    """Stands in for QMessageBox.question: records each question, answers ``answer``."""

    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.Cancel) -> None:
        self.asked: list[str] = []
        self.answer: QMessageBox.StandardButton = answer
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _question(self, _parent, title, *_args, **_kwargs) -> QMessageBox.StandardButton:
        self.asked.append(title)
        return self.answer


@pytest.fixture
def doc(ctx) -> int:
    return add_staff(ctx, "dr.aydin", "Dr. Selin Aydın")


def _booking_form(qtbot, ctx) -> SessionDialog:
    patient = screened_patient(ctx)
    dialog = SessionDialog(ctx, patient_id=patient, patient_name="Ayşe Yılmaz")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_untouched_booking_closes_on_escape_without_a_question(qtbot, ctx, monkeypatch) -> None:
    answers = Answers(monkeypatch)
    dialog = _booking_form(qtbot, ctx)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert answers.asked == []


def test_typed_booking_asks_on_escape_close_button_and_close_box(qtbot, ctx, monkeypatch) -> None:
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog = _booking_form(qtbot, ctx)
    notes = dialog.fields["notes"]
    assert isinstance(notes, QPlainTextEdit)
    notes.setFocus()
    type_text(notes, "Erken gelecek")
    qtbot.keyClick(notes, Qt.Key.Key_Escape)
    assert dialog.isVisible() and answers.asked == ["Discard changes?"]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert dialog.isVisible() and len(answers.asked) == 2
    dialog.close()  # the window's close box
    assert dialog.isVisible() and len(answers.asked) == 3
    assert notes.toPlainText() == "Erken gelecek"  # what was typed stays
    answers.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(notes, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_added_area_counts_as_a_change(qtbot, ctx, monkeypatch) -> None:
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog = _booking_form(qtbot, ctx)
    dialog.add_area_button.click()
    dialog.reject()
    assert answers.asked == ["Discard changes?"] and not dialog.isVisible()


def test_booking_filled_from_an_accepted_quote_closes_without_a_question(
    qtbot, ctx, monkeypatch
) -> None:
    answers = Answers(monkeypatch)
    patient = register_patient(ctx, PatientInput(given_name="Gül", family_name="Şen"))
    areas = {a.code: a for a in quotes.builder_data(ctx, patient.id).areas}
    draft = quote_drafts.create_draft(
        ctx, patient.id, quotes.QuoteInput(lines=(quotes.QuoteLineInput(areas["neck"].id, D(140)),))
    )
    issued = quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    quote_issuing.set_outcome(ctx, issued.id, issued.row_version, "accepted")
    builder = QuoteBuilderDialog(ctx, patient.id, issued.id)
    qtbot.addWidget(builder)
    builder.book_button.click()
    booking = builder.booking_dialog
    assert booking is not None and len(booking.area_rows) == 1
    booking.reject()
    assert not booking.isVisible() and answers.asked == []


def test_record_form_copied_from_the_last_session_closes_without_a_question(
    qtbot, window, ctx, doc, monkeypatch
) -> None:
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Cancel)
    patient = screened_patient(ctx)
    bulk_history(ctx, patient, doc, 3)
    early = dataclasses.replace(ctx, clock=lambda: datetime(2026, 11, 25, 5, 0, tzinfo=UTC))
    planned = book(early, patient, doc, date(2026, 11, 25), at=time(9, 30), codes=("chin",))
    dialog = window.feature(SessionsFeature).open_session(planned.id)
    assert dialog is not None
    dialog.copy_button.click()
    assert len(dialog.area_rows) == 2
    dialog.reject()
    assert not dialog.isVisible() and answers.asked == []

    again = window.feature(SessionsFeature).open_session(planned.id)
    assert again is not None
    notes = again.fields["notes"]
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("Kızarıklık hafif")
    again.copy_button.click()  # typed before copying: still a change worth asking about
    again.reject()
    assert again.isVisible() and answers.asked == ["Discard changes?"]
    answers.answer = QMessageBox.StandardButton.Discard
    again.reject()
    assert not again.isVisible()
