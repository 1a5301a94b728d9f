"""The quote's area picker: typed names found the way patient search finds names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput
from desktop.services.quotes.area_matching import find_area
from desktop.services.sessions.catalog import list_areas
from desktop.ui.quotes.quote_builder_dialog import QuoteBuilderDialog
from tests.helpers import type_text
from tests.sessions_support import area_id


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


def _type_area_and_enter(qtbot, dialog: QuoteBuilderDialog, typed: str) -> None:
    """Type in the area field and press Enter twice: once for the area, once for its size."""
    typed_field = dialog.area_combo.lineEdit()
    assert typed_field is not None
    dialog.area_combo.setFocus()
    type_text(typed_field, typed)
    qtbot.keyClick(typed_field, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.size_edit, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("goz", "eye_contour"),
        ("GÖZ", "eye_contour"),
        ("göz çevresi", "eye_contour"),
        ("GOZ CEVRESI", "eye_contour"),
        ("tum yuz", "face_full"),
        ("TÜM YÜZ", "face_full"),
        ("decollete", "decollete"),
        ("el sirtlari", "back_of_hands"),
    ],
)
def test_typed_area_is_found_without_accents(qtbot, ctx, typed: str, code: str) -> None:
    dialog = _builder(qtbot, ctx)
    _type_area_and_enter(qtbot, dialog, typed)
    assert [line.area_id for line in dialog.lines] == [area_id(ctx, code)]
    assert dialog.add_error.text() == ""


def test_turkish_interface_finds_folded_names_too(qtbot, ctx, turkish) -> None:
    dialog = _builder(qtbot, ctx)
    _type_area_and_enter(qtbot, dialog, "goz")
    _type_area_and_enter(qtbot, dialog, "eye")  # the English name is found as well
    _type_area_and_enter(qtbot, dialog, "ALIN")
    assert [line.area_id for line in dialog.lines] == [
        area_id(ctx, "eye_contour"),
        area_id(ctx, "eye_contour"),
        area_id(ctx, "forehead"),
    ]


def test_unknown_area_is_refused_with_a_message(qtbot, ctx) -> None:
    dialog = _builder(qtbot, ctx)
    _type_area_and_enter(qtbot, dialog, "elbow")
    assert dialog.lines == []
    assert "Choose an area" in dialog.add_error.text()


def test_find_area_folds_like_patient_search(ctx) -> None:
    areas = list_areas(ctx)

    def code(typed: str, language: str) -> str | None:
        area = find_area(areas, typed, language)
        return None if area is None else area.code

    assert code("goz", "tr") == "eye_contour"
    assert code("  TUM   YUZ ", "en") == "face_full"
    assert code("alın", "en") == "forehead"  # the name in the other language
    assert code("", "en") is None
    assert code("elbow", "tr") is None
