"""The quote picker's drop-down suggests what Enter would find (accents folded), and sizes
are written the way the language writes numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMessageBox

from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput
from desktop.services.quotes.pricing import PricedLine
from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog
from desktop.ui.quotes.quote_table_models import QuoteLineTableModel, size_text
from tests.helpers import type_text


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch) -> None:
    """Closing the builder with lines asks to save them; the tests answer Discard."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Discard
    )


def _builder(qtbot, ctx) -> QuoteBuilderDialog:
    patient = register_patient(ctx, PatientInput(given_name="Gül", family_name="Şen"))
    dialog = QuoteBuilderDialog(ctx, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _suggestions(qtbot, dialog: QuoteBuilderDialog, typed: str) -> list[str]:
    field = dialog.area_combo.lineEdit()
    completer = dialog.area_combo.completer()
    assert field is not None and completer is not None
    dialog.area_combo.setFocus()
    type_text(field, typed)
    model = completer.completionModel()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_unaccented_typing_suggests_the_turkish_area(qtbot, ctx, turkish) -> None:
    dialog = _builder(qtbot, ctx)
    shown = _suggestions(qtbot, dialog, "goz")
    assert shown == ["Göz çevresi (30 cm²)"]
    completer = dialog.area_combo.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)


def test_english_interface_suggests_by_the_turkish_name_too(qtbot, ctx) -> None:
    dialog = _builder(qtbot, ctx)
    assert _suggestions(qtbot, dialog, "tum yuz") == ["Full face (350 cm²)"]


def test_a_suggestion_chosen_picks_its_area(qtbot, ctx, turkish) -> None:
    dialog = _builder(qtbot, ctx)
    _suggestions(qtbot, dialog, "alin")
    completer = dialog.area_combo.completer()
    assert completer is not None
    first = completer.completionModel().index(0, 0)
    completer.activated[QModelIndex].emit(first)  # type: ignore[index]
    assert dialog.area_combo.currentText().startswith("Alın")


def test_picker_writes_sizes_in_the_interface_language(qtbot, ctx, turkish) -> None:
    dialog = _builder(qtbot, ctx)
    assert dialog.area_combo.findText("Tüm yüz (350 cm²)") >= 0


@pytest.mark.parametrize(("language", "shown"), [("en", "12.5"), ("tr", "12,5")])
def test_measured_size_follows_the_quote_language(language: str, shown: str) -> None:
    assert size_text(Decimal("12.50"), language) == shown
    model = QuoteLineTableModel()
    model.language = language
    line = PricedLine(
        description="Spot or scar",
        area_code="spot_scar",
        size_cm2=Decimal("12.50"),
        band_label="",
        unit_price=Decimal(100),
        sessions=1,
        gross=Decimal(100),
        discount=Decimal(0),
        discount_labels=(),
        vat=Decimal(0),
        total=Decimal(100),
        rounding=Decimal(0),
    )
    model.set_lines([line], "TRY")
    assert model.index(0, model.COL_SIZE).data() == shown
