"""Signed consents in the patient's data export, and anonymisation keeping their proof."""

from __future__ import annotations

import base64
import io
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from desktop.services.accounts.audit_trail import verify_chain
from desktop.services.consent.signing import patient_consents, withdraw_consent
from desktop.services.patients.anonymise import anonymise_patient
from desktop.services.patients.export import export_patient
from desktop.services.patients.records import get_patient
from tests.consent_support import sign, signature_png, witness_id
from tests.sessions_support import screened_patient

pytestmark = pytest.mark.both_engines


def test_the_export_holds_each_consent_with_text_signature_hashes_and_withdrawal(
    ctx, tmp_path
) -> None:
    patient = screened_patient(ctx)
    treatment = sign(ctx, patient, "treatment_standard", "tr")
    marketing = sign(ctx, patient, "marketing", "tr")
    withdraw_consent(ctx, marketing.id, "Mesaj istemiyorum", witness_id=witness_id(ctx))
    files = export_patient(ctx, patient, tmp_path)
    data = json.loads(files.json_path.read_text())
    consents = {c["id"]: c for c in data["consents"]}
    assert list(consents) == [treatment.id, marketing.id]
    first = consents[treatment.id]
    assert first["text"] == treatment.text and first["text_sha256"] == treatment.text_sha256
    assert first["proof_sha256"] == treatment.proof_sha256 and first["status"] == "valid"
    assert base64.b64decode(first["signature_png_base64"]) == signature_png()
    assert len(first["strokes"]) == 2 and first["form_version"] == 1
    second = consents[marketing.id]
    assert second["status"] == "withdrawn" and second["withdrawal_reason"] == "Mesaj istemiyorum"
    pdf = PdfReader(io.BytesIO(files.pdf_path.read_bytes()))
    printed = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    assert "Mikro lazer peeling onam formu" in printed and treatment.proof_sha256 in printed


def test_anonymising_removes_the_handwriting_and_keeps_the_proof(ctx) -> None:
    patient = screened_patient(ctx)
    signed = sign(ctx, patient)
    version = get_patient(ctx, patient).row_version
    anonymise_patient(ctx, patient, version, reason="Patient asked to be forgotten")
    (kept,) = patient_consents(ctx, patient)
    assert kept.signature_png is None and kept.proof_sha256 == signed.proof_sha256
    assert kept.text == signed.text and kept.status == "valid"
    with ctx.database.read() as session:
        strokes = session.execute(text("SELECT strokes FROM signed_consent")).scalar_one()
    assert strokes in ([], "[]")
    assert verify_chain(ctx).ok  # the digests in the signing event still match
    with ctx.database.engine.begin() as conn:
        conn.execute(
            text("UPDATE signed_consent SET signed_at = signed_at - INTERVAL '1 day'")
            if ctx.database.url.startswith("postgresql")
            else text("UPDATE signed_consent SET signed_at = '2020-01-01 00:00:00'")
        )
    assert [p.kind for p in verify_chain(ctx).problems] == ["consent"]
