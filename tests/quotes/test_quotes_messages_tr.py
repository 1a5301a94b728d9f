"""The Turkish interface shows the quote and price-list services' refusals in Turkish."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QTableWidget, QTableWidgetItem

from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput
from desktop.services.quotes import drafts as quote_drafts
from desktop.services.quotes import issuing as quote_issuing
from desktop.services.quotes import price_lists
from desktop.services.quotes import records as quotes
from desktop.ui.quotes.price_list_dialog import PriceListDialog
from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog
from tests.helpers import type_text


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Texts of the QMessageBox warnings show_problem() would open."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: shown.append(text))
    )
    return shown


def test_quote_builder_explains_field_problems_in_turkish(qtbot, ctx, turkish) -> None:
    patient = register_patient(ctx, PatientInput(given_name="Gül", family_name="Şen"))
    dialog = QuoteBuilderDialog(ctx, patient.id)
    qtbot.addWidget(dialog)

    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData(dialog.builder.areas[0].id))
    dialog.size_edit.setText("2500")
    dialog.add_line()
    assert dialog.add_error.text() == (
        "0 ile 2000 cm² arasında bir boyut girin (ölçümü kontrol edin)."
    )
    assert not dialog.save_draft()
    assert dialog.errors.text() == "Teklife en az bir bölge ekleyin."

    dialog.size_edit.setText("40")
    dialog.add_line()
    assert dialog.add_error.text() == "" and dialog.model.rowCount() == 1
    dialog.discount_kind.setCurrentIndex(1)  # percent
    type_text(dialog.discount_value, "beş")
    # The service's sentence around the dialog's own (translated) name of the figure.
    assert dialog.errors.text() == "“beş” bir sayı değil; indirim yüzdesini girin."
    dialog.discount_value.setText("5")
    assert dialog.errors.text() == "Elle indirimin neden yapıldığını yazın."
    assert not dialog.save_draft()
    type_text(dialog.discount_reason, "Sadık hasta")
    assert dialog.errors.text() == ""
    tip = dialog.model.index(0, dialog.model.COL_DISCOUNT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "ek indirim −%5"  # in the interface language
    assert quotes.list_quotes(ctx, patient.id) == []


def test_quote_builder_refuses_an_expired_quote_in_turkish(qtbot, ctx, turkish, warnings) -> None:
    patient = register_patient(ctx, PatientInput(given_name="Ayşe", family_name="Yılmaz"))
    data = quotes.QuoteInput(lines=(quotes.QuoteLineInput(None, D(20), "Leke"),))
    draft = quote_drafts.create_draft(ctx, patient.id, data)
    issued = quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    assert issued.valid_until == date(2026, 12, 25)  # 30 days, the default
    now = [ctx.now()]
    desk = replace(ctx, clock=lambda: now[0])
    dialog = QuoteBuilderDialog(desk, patient.id, issued.id)
    qtbot.addWidget(dialog)
    assert dialog.accept_button.isVisibleTo(dialog)

    now[0] = datetime(2026, 12, 26, 9, 0, tzinfo=UTC)  # the dialog stayed open past expiry
    dialog.accept_button.click()
    assert warnings == [
        "Q-2026-0001 numaralı teklifin süresi 25.12.2026 tarihinde doldu; "
        "hasta için yeni bir teklif hazırlayın."
    ]
    assert quotes.get_quote(ctx, issued.id).status == "issued"


def test_quote_builder_says_in_turkish_that_another_desk_saved_first(
    qtbot, ctx, turkish, warnings
) -> None:
    patient = register_patient(ctx, PatientInput(given_name="Ayşe", family_name="Yılmaz"))
    data = quotes.QuoteInput(lines=(quotes.QuoteLineInput(None, D(20), "Leke"),))
    draft = quote_drafts.create_draft(ctx, patient.id, data)
    issued = quote_issuing.issue_quote(ctx, draft.id, draft.row_version)
    dialog = QuoteBuilderDialog(ctx, patient.id, issued.id)
    qtbot.addWidget(dialog)
    quote_issuing.set_outcome(ctx, issued.id, issued.row_version, "declined")  # another desk
    dialog.accept_button.click()
    assert warnings == [
        "Bu teklif, siz açtıktan sonra başka bir bilgisayarda değiştirildi. Hiçbir şey "
        "kaydedilmedi: teklifi yeniden açın ve değişikliğinizi tekrar yapın."
    ]
    assert quotes.get_quote(ctx, issued.id).status == "declined"


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def test_price_list_dialog_refuses_in_turkish_and_saves_nothing(qtbot, ctx, turkish) -> None:
    dialog = PriceListDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.start_new_version()
    assert dialog.shown is not None
    before = price_lists.get_price_list(ctx, dialog.shown.id)

    _cell(dialog.bands, 1, 0).setText("30")  # 25 → 30 leaves a gap
    assert not dialog.save()
    assert dialog.errors.text() == (
        "25 ile 30 cm² arasındaki boyutlar hiçbir aralığa girmiyor: her aralığı bir "
        "öncekinin bittiği yerden başlatın."
    )
    _cell(dialog.bands, 1, 0).setText("25")

    _cell(dialog.bands, 0, 2).setText("bin")
    assert not dialog.save()
    assert dialog.errors.text() == "“bin” bir sayı değil; 1. aralık için bir fiyat girin."
    _cell(dialog.bands, 0, 2).setText("1500")

    dialog._add_rule_row(None)
    row = dialog.rules.rowCount() - 1
    _cell(dialog.rules, row, 4).setText("10")
    _cell(dialog.rules, row, 3).setText("3")
    kind = dialog.rules.cellWidget(row, 0)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(1)  # a sessions package without a name
    assert not dialog.save()
    assert dialog.errors.text() == f"Kural {row + 1} (adsız): kurala bir ad verin."
    assert price_lists.get_price_list(ctx, dialog.shown.id) == before
