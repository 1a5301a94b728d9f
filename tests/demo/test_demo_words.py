"""Demo data writes what a physician would: in the patient's language. A Turkish patient's
history (and its print) reads "eritem" and "mikro peeling", an English one "erythema"."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader
from sqlalchemy import select

from db.models import Patient, SessionArea, TreatmentSession
from desktop.printing.history import build_history_pdf
from desktop.printing.layout import ClinicIdentity
from desktop.services.demo.generate import generate_demo
from desktop.services.sessions.history import patient_history
from tests.conftest import ISTANBUL

MODES = {"tr": ("mikro peeling", "fraksiyonel"), "en": ("micro peel", "fractional")}
REACTIONS = {"tr": ("", "eritem", "noktasal kanama"), "en": ("", "erythema", "pinpoint bleeding")}


def _done_areas(ctx) -> list[tuple[int, str, str, str]]:
    """(patient id, patient language, mode, reaction) of every area of a done session."""
    with ctx.database.read() as session:
        rows = session.execute(
            select(Patient.id, Patient.language, SessionArea.mode, SessionArea.immediate_reaction)
            .join(TreatmentSession, TreatmentSession.patient_id == Patient.id)
            .join(SessionArea, SessionArea.session_id == TreatmentSession.id)
            .where(TreatmentSession.status == "done")
        ).all()
    return [tuple(row) for row in rows]


def test_demo_words_follow_the_patients_language(ctx) -> None:
    generate_demo(ctx, patients=60, sessions=400)
    areas = _done_areas(ctx)
    assert {language for _pid, language, _mode, _reaction in areas} == {"tr", "en"}
    for _pid, language, mode, reaction in areas:
        assert mode in MODES[language], (language, mode)
        assert reaction in REACTIONS[language], (language, reaction)
    turkish = {reaction for _p, language, _m, reaction in areas if language == "tr"}
    assert {"eritem", "noktasal kanama"} <= turkish


def test_turkish_demo_patients_history_prints_turkish_words(ctx) -> None:
    generate_demo(ctx, patients=60, sessions=400)
    patient = next(pid for pid, language, _m, r in _done_areas(ctx) if language == "tr" and r)
    pdf = build_history_pdf(
        patient_history(ctx, patient),
        clinic=ClinicIdentity(name="Işıltı Klinik"),
        zone=ISTANBUL,
        printed_at=datetime(2026, 11, 25, 7, 0, tzinfo=UTC),
        language="tr",
    )
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "mikro peeling" in text or "fraksiyonel" in text
    for english in ("micro peel", "fractional", "erythema", "pinpoint bleeding"):
        assert english not in text
