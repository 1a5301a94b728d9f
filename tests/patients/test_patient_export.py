"""Per-patient export (access request) and identity removal (anonymise on request)."""

from __future__ import annotations

import io
import json
import stat
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import AuditEvent, Patient, PatientSearchToken, SessionArea, TreatmentSession
from desktop.services.common.context import Actor
from desktop.services.common.errors import PermissionDenied, ValidationError
from desktop.services.patients import records as patients
from desktop.services.patients import search as patient_search
from desktop.services.patients.anonymise import ANONYMISED_NAME, anonymise_patient
from desktop.services.patients.export import export_patient
from desktop.services.settings import store as settings
from tests.backup_helpers import add_clinical_record, register

RECEPTION = Actor(staff_id=None, name="Desk", role="reception")
PHYSICIAN = Actor(staff_id=None, name="Doctor", role="physician")


def _patient(ctx) -> int:
    patient_id = register(
        ctx,
        "Ayşe",
        "Işık",
        phone="0532 123 45 67",
        email="ayse@example.com",
        birth_date=date(1990, 4, 17),
        notes="Prefers morning appointments.",
    )
    add_clinical_record(ctx, patient_id)
    register(ctx, "Başka", "Hasta")  # someone else, who must not appear in the export
    return patient_id


def test_export_writes_complete_json_and_readable_pdf(ctx, tmp_path) -> None:
    patient_id = _patient(ctx)
    files = export_patient(ctx, patient_id, tmp_path / "out")
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert (
        data["patient"]["given_name"] == "Ayşe" and data["patient"]["phone_e164"] == "+905321234567"
    )
    assert data["patient"]["birth_date"] == "1990-04-17"
    assert "row_version" not in data["patient"] and "sort_key" not in data["patient"]
    (treatment,) = data["sessions"]
    assert treatment["indications"] == ["acne_scars"]
    assert treatment["physician_name"] == "Dr. Selin Aydın"
    assert [a["depth_um"] for a in treatment["areas"]] == [40, 30]
    assert treatment["areas"][1]["size_cm2"] == "25.50" and treatment["areas"][1]["area_name_en"]
    assert treatment["follow_ups"][0]["adverse_events"] == ["prolonged_redness"]
    (quote,) = data["quotes"]
    assert quote["total"] == "4500.00" and quote["lines"][0]["description"] == "Yanaklar / cheeks"
    assert [e["action"] for e in data["audit_events"]] == ["patient.create"]
    assert "Başka" not in files.json_path.read_text(encoding="utf-8")
    for path in (files.json_path, files.pdf_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert "Ayşe" not in path.name  # no names in file names

    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(files.pdf_path.read_bytes())).pages
    )
    for expected in (
        "Ayşe",
        "Işık",
        "+905321234567",
        "Dr. Selin Aydın",
        "Akne izleri",  # the indication in the patient's words, not the stored code
        "Q-2026-",
        "patient.create",
    ):
        assert expected in text
    # In the patient's language (Turkish here), Turkish letters intact.
    assert "Kliniğin sakladığı kişisel veriler" in text and "Doğum tarihi" in text
    assert "acne_scars" not in text and "prolonged_redness" not in text


def test_export_pdf_is_in_english_for_an_english_speaking_patient(ctx, tmp_path) -> None:
    patient_id = register(ctx, "Mary", "Smith", language="en")
    files = export_patient(ctx, patient_id, tmp_path)
    reader = PdfReader(io.BytesIO(files.pdf_path.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Personal data held by the clinic" in text and "No sessions are recorded." in text

    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.export")
        ).one()
    assert event.patient_id == patient_id
    assert json.loads(event.details)["files"] == [files.json_path.name, files.pdf_path.name]


def test_export_needs_the_permission_and_writes_nothing_without_it(ctx, tmp_path) -> None:
    patient_id = _patient(ctx)
    for actor in (RECEPTION, PHYSICIAN):
        with pytest.raises(PermissionDenied):
            export_patient(replace(ctx, actor=actor), patient_id, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_export_to_an_unwritable_place_says_so(ctx, tmp_path) -> None:
    patient_id = _patient(ctx)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Exception, match="could not be written"):
        export_patient(ctx, patient_id, blocker / "out")


def test_anonymise_removes_identity_and_keeps_treatment_records(ctx) -> None:
    patient_id = _patient(ctx)
    version = patients.get_patient(ctx, patient_id).row_version
    settings.update(ctx, {"legal_retention_years": 10})
    result = anonymise_patient(ctx, patient_id, version, reason="Written request, 20.11.2026")
    # Last session 2 March 2026 + 10 years.
    assert result.records_kept_until == date(2036, 3, 2)
    assert result.sessions_kept == 1 and result.quotes_kept == 1
    with ctx.database.read() as session:
        patient = session.get(Patient, patient_id)
        assert (patient.given_name, patient.family_name) == (ANONYMISED_NAME, "")
        assert patient.phone_e164 is None and patient.email is None
        assert patient.birth_date is None and patient.notes == ""
        assert patient.anonymised_at is not None and patient.archived
        assert not session.scalars(
            select(PatientSearchToken).where(PatientSearchToken.patient_id == patient_id)
        ).all()
        treatment = session.scalars(
            select(TreatmentSession).where(TreatmentSession.patient_id == patient_id)
        ).one()
        assert treatment.notes == "Tolerated well."  # the clinical record stays
        assert len(session.scalars(select(SessionArea)).all()) == 2
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.anonymise")
        ).one()
        details = json.loads(event.details)
    assert details["records_kept_until"] == "2036-03-02"
    assert set(details["removed_fields"]) >= {"given_name", "phone_e164", "email", "birth_date"}
    assert "Ayşe" not in event.details
    assert patient_search.search_patients(ctx, "ayse").rows == []
    assert patient_search.search_patients(ctx, "0532").rows == []
    with pytest.raises(ValidationError, match="already removed"):
        anonymise_patient(ctx, patient_id, patient.row_version, reason="again, by mistake")


def test_anonymise_is_refused_without_reason_permission_or_with_planned_sessions(ctx) -> None:
    patient_id = register(ctx, "Planlı", "Hasta")
    add_clinical_record(ctx, patient_id, planned=True)
    version = patients.get_patient(ctx, patient_id).row_version
    with pytest.raises(ValidationError, match="Write why"):
        anonymise_patient(ctx, patient_id, version, reason=" ")
    with pytest.raises(PermissionDenied):
        anonymise_patient(replace(ctx, actor=PHYSICIAN), patient_id, version, reason="request")
    with pytest.raises(ValidationError, match="planned session"):
        anonymise_patient(ctx, patient_id, version, reason="Written request")
    assert patients.get_patient(ctx, patient_id).data.given_name == "Planlı"  # unchanged
