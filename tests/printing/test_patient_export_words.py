"""The readable export prints stored codes as words in the patient's language."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop.services.patients.export import export_patient
from tests.backup_helpers import add_clinical_record, register


def _export_text(ctx, tmp_path, language: str) -> str:
    patient_id = register(ctx, "Ayşe", "Işık", language=language)
    add_clinical_record(ctx, patient_id)  # a week-1 follow-up and an issued quote
    files = export_patient(ctx, patient_id, tmp_path / language)
    pages = PdfReader(io.BytesIO(files.pdf_path.read_bytes())).pages
    return "\n".join(page.extract_text() for page in pages)


def test_follow_up_kind_and_quote_status_are_words_not_codes(ctx, tmp_path) -> None:
    turkish = _export_text(ctx, tmp_path, "tr")
    assert "(Birinci hafta kontrolü)" in turkish and "week_1" not in turkish
    assert "· Verildi ·" in turkish and "issued" not in turkish
    english = _export_text(ctx, tmp_path, "en")
    assert "(One-week review)" in english and "· Issued ·" in english


def test_the_old_consent_dates_print_as_recorded_on_paper(ctx, tmp_path) -> None:
    # Since consents are signed on screen, the form's dates are paper history, not the consent.
    from datetime import date

    patient_id = register(
        ctx, "Şule", "Ağaoğlu", language="tr", consent_treatment_on=date(2025, 3, 12)
    )
    files = export_patient(ctx, patient_id, tmp_path / "paper")
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(files.pdf_path.read_bytes())).pages
    )
    assert "Kâğıt üzerinde tedavi onamı" in text and "12.03.2025" in text
