"""Every code the database stores has a word for printouts, in Turkish and English."""

from __future__ import annotations

import pytest

from db.codes import Language, MoneyKind, PaymentMethod, QuoteStatus, Sex
from desktop.printing.code_labels import LABELS, label
from desktop.services.sessions.checks import (
    ADVERSE_EVENT_LABELS,
    ANAESTHESIA_LABELS,
    COMBINED_PROCEDURES,
    FOLLOW_UP_KIND_LABELS,
    INDICATIONS,
    STATUS_LABELS,
)

CODES = {
    *(str(s) for s in Sex if s),
    *map(str, Language),
    *map(str, QuoteStatus),
    *map(str, MoneyKind),
    *map(str, PaymentMethod),
    *map(str, STATUS_LABELS),
    *map(str, ANAESTHESIA_LABELS),
    *map(str, INDICATIONS),
    *map(str, COMBINED_PROCEDURES),
    *map(str, FOLLOW_UP_KIND_LABELS),
    *map(str, ADVERSE_EVENT_LABELS),
}


@pytest.mark.parametrize("code", sorted(CODES - set(map(str, Language))))
def test_every_stored_code_has_a_word_in_both_languages(code: str) -> None:
    assert code in LABELS
    assert label(code, "en") == LABELS[code]
    assert label(code, "tr") != label(code, "en") or code == "prp"


def test_a_patients_language_is_named_in_the_documents_language() -> None:
    assert [label(code, "tr") for code in ("tr", "en")] == ["Türkçe", "İngilizce"]
    assert [label(code, "en") for code in ("tr", "en")] == ["Turkish", "English"]


def test_text_that_is_not_a_code_is_left_as_written() -> None:
    assert label("Ayşe Işık", "tr") == "Ayşe Işık"
    assert label("no_show", "tr") == "Gelmedi"
    assert label("no_show", "de") == "Did not come"  # unknown language: English
