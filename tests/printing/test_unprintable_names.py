"""Names in scripts the bundled font cannot print: the patient form says so, with the letters.

Chosen over bundling a fallback font: the CJK fonts are OpenType/CFF (ReportLab embeds only
TrueType outlines) and 16–20 MB each, and Thai, Devanagari and Arabic also need text shaping
ReportLab does not do, so a fallback font would still print them wrong.
"""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtWidgets import QLineEdit

from desktop.printing.layout import SURELY_PRINTABLE_BELOW, _font_letters, unprintable_letters
from desktop.services.patients.validation import name_print_warning
from desktop.ui.patients.patient_dialog import PatientDialog


@pytest.mark.parametrize(
    ("given", "family", "letters"),
    [
        ("Şükrü İsmail", "Işıkoğlu", ""),
        ("Zoë", "Ångström-Łukasiewicz", ""),
        ("Жанна", "Σωκράτης", ""),  # Cyrillic and Greek are in DejaVu Sans
        ("李", "明明", "李 明"),
        ("สมชาย", "Chan", "ส ม ช า ย"),
        ("राम", "Sharma", "र ा म"),
        ("محمد", "Ali", "م ح د"),  # the font has the letters, but not their joining
        ("Ayşe", "כהן", "כ ה ן"),
    ],
)
def test_the_warning_names_the_letters_that_cannot_print(given, family, letters) -> None:
    warning = name_print_warning(given, family)
    if not letters:
        assert warning == ""
    else:
        assert f"letters {letters} of this name" in warning
    assert unprintable_letters(f"{given}{family}") == letters.replace(" ", "")


def test_every_letter_below_the_fast_path_limit_is_in_the_font() -> None:
    letters = _font_letters()
    for code in range(0x20, SURELY_PRINTABLE_BELOW):
        if unicodedata.category(chr(code)).startswith("L"):
            assert code in letters, hex(code)


def test_the_patient_form_warns_while_the_name_is_typed(qtbot, ctx) -> None:
    dialog = PatientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.name_print_hint
    given = dialog.fields["given_name"]
    family = dialog.fields["family_name"]
    assert isinstance(given, QLineEdit) and isinstance(family, QLineEdit)
    given.setText("Ayşe")
    family.setText("Işık")
    assert not hint.isVisible()
    family.setText("王")
    assert hint.isVisible() and "王" in hint.text()
    family.setText("Wang")
    assert not hint.isVisible()
    given.setText("")
    family.setText("")  # nothing typed: closing asks no question
    dialog.reject()
