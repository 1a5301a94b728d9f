"""A quote with an area inside another (eye contour with the full face) says so; it is a
warning beside the lines, not a refusal."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput
from desktop.services.quotes import records as quotes
from desktop.services.quotes.records import QuoteInput, QuoteLineInput
from desktop.services.sessions.catalog import list_areas
from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog
from tests.sessions_support import area_id


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch) -> None:
    """Closing the builder with lines asks to save them; the tests answer Discard."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Discard
    )


def test_overlap_warning_from_the_service(ctx) -> None:
    areas = list_areas(ctx)
    data = QuoteInput(
        lines=(
            QuoteLineInput(area_id(ctx, "face_full"), Decimal(350)),
            QuoteLineInput(area_id(ctx, "eye_contour"), Decimal(30)),
            QuoteLineInput(None, Decimal(5), "Scar"),
        )
    )
    assert [str(m) for m in quotes.overlap_warnings(areas, data)] == [
        "Eye contour lies inside Full face: quoted together, that skin is charged twice. "
        "Remove one of them unless that is meant."
    ]
    alone = QuoteInput(lines=data.lines[:1] + data.lines[2:])
    assert quotes.overlap_warnings(areas, alone) == []


def test_builder_shows_the_overlap_and_still_prices(qtbot, ctx, turkish) -> None:
    patient = register_patient(ctx, PatientInput(given_name="Gül", family_name="Şen"))
    dialog = QuoteBuilderDialog(ctx, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    for code in ("face_full", "eye_contour"):
        dialog.area_combo.setCurrentIndex(dialog.area_combo.findData(area_id(ctx, code)))
        dialog.add_line()
    assert dialog.overlap_warning.isVisible()
    assert dialog.overlap_warning.text().startswith(
        "⚠ Göz çevresi, Tüm yüz içinde kalıyor: birlikte fiyatlanırsa aynı cilt iki kez "
    )
    assert dialog.priced is not None and len(dialog.priced.lines) == 2
    dialog.table.selectRow(1)
    dialog.remove_selected()
    assert not dialog.overlap_warning.isVisible()
