"""Building, issuing and printing a quote through the widgets; the price list dialog."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget, QTableWidgetItem

from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput
from desktop.services.quotes import drafts as quote_drafts
from desktop.services.quotes import issuing as quote_issuing
from desktop.services.quotes import price_lists
from desktop.services.quotes import records as quotes
from desktop.ui.quotes.feature import QuotesFeature
from desktop.ui.quotes.price_list_dialog import PriceListDialog
from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog
from desktop.ui.quotes.quote_list_dialog import PatientQuotesDialog
from desktop.ui.sessions.feature import SessionsFeature
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.handout_fixtures import clinic
from tests.helpers import line_edits, type_text


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell the dialog filled in (Qt answers None only for a cell never set)."""
    item = table.item(row, column)
    assert item is not None
    return item


def _visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _active(qtbot, kind):
    qtbot.waitUntil(lambda: len(_visible(kind)) == 1)
    dialog = _visible(kind)[0]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _select_patient(qtbot, window, typed: str) -> None:
    type_text(window.search_page.search_box, typed)
    qtbot.waitUntil(lambda: window.current_patient_id() is not None, timeout=3000)


def _add(qtbot, dialog, area: str, size: str = "") -> None:
    dialog.area_combo.setFocus()
    type_text(dialog.area_combo.lineEdit(), area)
    dialog.size_edit.setFocus()
    if size:
        dialog.size_edit.clear()
        type_text(dialog.size_edit, size)
    qtbot.keyClick(dialog.size_edit, Qt.Key.Key_Return)


def test_build_and_issue_a_quote_with_the_keyboard(qtbot, window, ctx) -> None:
    clinic(ctx)  # else printing asks about the missing clinic details first
    patient = register_patient(
        ctx, PatientInput(given_name="Şükrü", family_name="Işıkoğlu", language="tr")
    )
    _select_patient(qtbot, window, "ışıkoğlu")
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    dialog = _active(qtbot, QuoteBuilderDialog)
    assert dialog.builder.patient_name == "Şükrü Işıkoğlu"

    _add(qtbot, dialog, "tüm yüz")  # default size 350 cm²
    _add(qtbot, dialog, "boyun")  # default size 150 cm²
    dialog.area_combo.setFocus()
    type_text(dialog.area_combo.lineEdit(), "custom")
    qtbot.keyClick(dialog.area_combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.custom_name.hasFocus)  # Enter on the area moves on to its name
    type_text(dialog.custom_name, "Sol yanak izi — çğış")
    _add(qtbot, dialog, "", "12,5")
    assert dialog.model.rowCount() == 3
    assert dialog.model.row_at(2).description == "Sol yanak izi — çğış"
    assert dialog.model.row_at(2).band_label == "≤25 cm²"

    dialog.sessions_spin.setFocus()
    dialog.sessions_spin.selectAll()
    qtbot.keyClicks(dialog.sessions_spin, "3")
    dialog.discount_kind.setCurrentIndex(1)
    type_text(dialog.discount_value, "5")
    assert "why the manual discount" in dialog.errors.text()  # a reason is required
    type_text(dialog.discount_reason, "Sadık hasta")
    # 13080 + 8720 + 3630 (hand-computed in test_quotes_pricing).
    qtbot.waitUntil(lambda: dialog.total_text() == "₺25.430,00")
    assert dialog.errors.text() == ""

    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    [row] = quotes.list_quotes(ctx, patient.id)
    assert (row.number, row.status, row.total) == ("Q-2026-0001", "issued", D(25430))
    assert "Q-2026-0001" in dialog.heading.text()
    assert not dialog.add_button.isEnabled()  # frozen

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count() == 1)
    preview.close()
    dialog.close()


def test_new_quote_without_a_patient_says_what_to_do(qtbot, window) -> None:
    window.feature(QuotesFeature).action_new_quote.trigger()
    assert "select a patient" in window.statusBar().currentMessage()
    assert window.feature(QuotesFeature).action_new_quote.shortcut().toString() == "Ctrl+Q"
    assert not any(
        a is not window.feature(QuotesFeature).action_new_quote
        and a.shortcut().toString() == "Ctrl+Q"
        for a in window.findChildren(type(window.feature(QuotesFeature).action_new_quote))
    )


def test_bad_size_is_refused_with_a_message(qtbot, ctx) -> None:
    patient = register_patient(ctx, PatientInput(given_name="Gül", family_name="Şen"))
    dialog = QuoteBuilderDialog(ctx, patient.id)
    qtbot.addWidget(dialog)
    _add(qtbot, dialog, "boyun", "2500")
    assert dialog.model.rowCount() == 0
    assert "2000" in dialog.add_error.text()
    assert not dialog.save_draft()  # an empty quote is not saved
    assert "at least one area" in dialog.errors.text()
    assert quotes.list_quotes(ctx, patient.id) == []


def test_patient_quote_list_opens_and_marks_accepted(qtbot, ctx) -> None:
    patient = register_patient(ctx, PatientInput(given_name="Ayşe", family_name="Yılmaz"))
    draft = quote_drafts.create_draft(
        ctx,
        patient.id,
        quotes.QuoteInput(lines=(quotes.QuoteLineInput(None, D(20), "Leke"),)),
    )
    quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    listing = PatientQuotesDialog(ctx, patient.id)
    qtbot.addWidget(listing)
    assert listing.model.rowCount() == 1
    listing.open_selected()
    builder = listing.builder
    assert builder is not None and builder.accept_button.isVisibleTo(builder)
    builder.accept_button.click()
    row = listing.model.row_at(0)
    assert row is not None and row.status == "accepted"


def test_price_list_dialog_refuses_a_gap_then_publishes(qtbot, ctx, monkeypatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    dialog = PriceListDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # version 1 is published: read-only
    dialog.start_new_version()
    assert dialog.shown is not None
    assert dialog.shown.version == 2 and dialog.save_button.isEnabled()
    _cell(dialog.bands, 1, 0).setText("30")  # 25 → 30 leaves a gap
    assert not dialog.save()
    assert "no band" in dialog.errors.text()
    _cell(dialog.bands, 1, 0).setText("25")
    _cell(dialog.bands, 0, 2).setText("1750")
    dialog.currency_combo.setCurrentText("EUR")
    dialog.publish()
    current = price_lists.current_price_list(ctx)
    assert current.version == 2 and current.spec.currency == "EUR"
    assert current.spec.bands[0].price == D(1750)
    assert not dialog.save_button.isEnabled()


def test_price_list_is_in_the_admin_menu(window) -> None:
    admin = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Admin"
    )
    assert window.feature(QuotesFeature).action_price_list in admin.actions()
    assert window.feature(QuotesFeature).action_price_list.isEnabled()


def test_accepted_quote_books_its_areas(qtbot, ctx) -> None:
    from desktop.ui.sessions.session_dialog import SessionDialog

    patient = register_patient(ctx, PatientInput(given_name="Ayşe", family_name="Yılmaz"))
    areas = {a.code: a for a in quotes.builder_data(ctx, patient.id).areas}
    data = quotes.QuoteInput(
        lines=(
            quotes.QuoteLineInput(areas["neck"].id, D(140)),
            quotes.QuoteLineInput(None, D("7.5"), "Alın izi"),
        ),
        sessions=3,
    )
    draft = quote_drafts.create_draft(ctx, patient.id, data)
    issued = quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    builder = QuoteBuilderDialog(ctx, patient.id, issued.id)
    qtbot.addWidget(builder)
    assert not builder.book_button.isVisibleTo(builder)  # issued, not yet accepted
    builder.accept_button.click()
    assert builder.book_button.isVisibleTo(builder)
    builder.book_button.click()
    booking = builder.booking_dialog
    assert isinstance(booking, SessionDialog) and booking.booking
    rows = [(r.area_id, line_edits(r.fields)["size_cm2"].text()) for r in booking.area_rows]
    assert rows == [(areas["neck"].id, "140"), (areas["spot_scar"].id, "7.5")]
    assert "3 session(s)" in builder.price_note.text()
    booking.close()


def test_booking_from_a_quote_goes_through_the_main_window_sessions(qtbot, window, ctx) -> None:
    patient = register_patient(ctx, PatientInput(given_name="Gül", family_name="Şen"))
    draft = quote_drafts.create_draft(
        ctx, patient.id, quotes.QuoteInput(lines=(quotes.QuoteLineInput(None, D(9), "Leke"),))
    )
    issued = quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    quote_issuing.set_outcome(ctx, issued.id, issued.row_version, "accepted")
    builder = QuoteBuilderDialog(ctx, patient.id, issued.id, parent=window)
    builder.book_button.click()
    booking = builder.booking_dialog
    assert booking is not None
    assert booking in window.feature(SessionsFeature).dialogs  # the day list hears of the save
    assert [line_edits(r.fields)["size_cm2"].text() for r in booking.area_rows] == ["9"]
    booking.close()
    builder.close()
