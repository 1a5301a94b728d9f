"""The printable history report: Turkish names, every session, numbered pages."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader

from desktop.printing.history import build_history_pdf
from desktop.printing.layout import ClinicIdentity
from desktop.services.sessions.follow_ups import FollowUpInput, add_follow_up
from desktop.services.sessions.history import patient_history
from tests.conftest import ISTANBUL
from tests.sessions_support import add_staff, bulk_history, screened_patient


def test_history_report_lists_every_session_with_turkish_text(ctx) -> None:
    doc = add_staff(ctx, "dr.a", "Dr. Selin Aydın")
    patient = screened_patient(ctx, "Şükrü", "Işıkoğlu", skin_type=3)
    bulk_history(ctx, patient, doc, 200)
    first = patient_history(ctx, patient).sessions[0]
    add_follow_up(ctx, first.id, FollowUpInput("week_1", healing="iyileşme iyi, hafif kızarıklık"))
    history = patient_history(ctx, patient)
    pdf = build_history_pdf(
        history,
        clinic=ClinicIdentity(name="Işıltı Klinik"),
        zone=ISTANBUL,
        printed_at=datetime(2026, 11, 25, 7, 0, tzinfo=UTC),
    )
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    text = "\n".join(pages)
    assert "Treatment history — Şükrü Işıkoğlu" in pages[0]
    assert "skin type III" in pages[0]
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "iyileşme iyi, hafif kızarıklık" in text
    assert text.count("Dr. Selin Aydın") == 200
    assert "1 November 2026, 11:00" in pages[0]  # newest first, in clinic time
    assert "17 March 2019" in pages[-1]  # the oldest of the 200, on the last page
