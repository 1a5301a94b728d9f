"""The comparison sheet: two or four photos of one area with their dates and depths; the
patient copy only with the patient's marketing consent (checked in the service)."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.codes import ConsentKind
from db.models import AuditEvent
from desktop.services.common import document_output
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.consent.signing import patient_consents, withdraw_consent
from desktop.services.photos.comparison import (
    build_comparison_sheet,
    photo_series,
    series_of_photo,
    sheet_document,
)
from desktop.services.photos.reading import set_photo_hidden
from tests.consent_support import sign
from tests.photos.compare_support import compared_patient
from tests.printing.test_embedded_fonts import BUNDLED, fonts_of

pytestmark = pytest.mark.both_engines


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_series_group_an_areas_photos_by_angle_oldest_first(ctx: ServiceContext) -> None:
    compared = compared_patient(ctx)
    doctor = compared.treated.physician
    series = photo_series(doctor, compared.treated.patient_id)
    assert [(s.area_names["en"], s.angle.value, len(s.photos)) for s in series] == [
        ("Forehead", "front", 3),
        ("Forehead", "left", 1),
        ("Cheeks (both)", "front", 1),
    ]
    assert series_of_photo(doctor, compared.front[1]).photos == series[0].photos
    assert [p.id for p in series[0].photos] == list(compared.front)
    assert {p.depth_um for p in series[0].photos} == {60}
    with pytest.raises(PermissionDenied):
        photo_series(compared.treated.reception, compared.treated.patient_id)
    set_photo_hidden(doctor, compared.front[1], True)
    assert [p.id for p in series_of_photo(doctor, compared.front[0]).photos] == [
        compared.front[0],
        compared.front[2],
    ]


def test_the_file_copy_prints_dates_depths_and_the_patients_name(ctx: ServiceContext) -> None:
    compared = compared_patient(ctx)
    doctor = compared.treated.physician
    built = build_comparison_sheet(
        doctor, [compared.front[2], compared.front[0]], "file", language="tr"
    )
    assert built.photo_ids == (compared.front[0], compared.front[2])  # oldest first
    text = _text(built.pdf)
    assert "Ayşe Yılmaz" in text and "Alın" in text
    assert "27.11.2026" in text and "11.12.2026" in text
    assert "60 µm" in text
    assert "Önce" in text and "Kontrol" in text and "Önden" in text
    assert "Hekim dosyası" in text
    assert fonts_of(built.pdf) <= set(BUNDLED)
    # The screen renditions are embedded as they are, not the originals re-encoded.
    assert len(built.pdf) < 400_000
    four = build_comparison_sheet(doctor, [*compared.front, compared.left], "file", "en")
    assert len(PdfReader(io.BytesIO(four.pdf)).pages) == 1
    assert "Left side" in _text(four.pdf) and "Follow-up" in _text(four.pdf)


def test_a_sheet_holds_two_or_four_photos_of_one_area(ctx: ServiceContext) -> None:
    compared = compared_patient(ctx)
    doctor = compared.treated.physician
    with pytest.raises(ValidationError, match="two or four"):
        build_comparison_sheet(doctor, list(compared.front), "file", "en")
    with pytest.raises(ValidationError, match="same area"):
        build_comparison_sheet(doctor, [compared.front[0], compared.other_area], "file", "en")
    with pytest.raises(ValidationError, match="file copy or the patient copy"):
        build_comparison_sheet(doctor, list(compared.front[:2]), "poster", "en")
    set_photo_hidden(doctor, compared.front[1], True)
    with pytest.raises(NotFound, match="hidden"):
        build_comparison_sheet(doctor, list(compared.front[:2]), "file", "en")
    with pytest.raises(PermissionDenied):
        build_comparison_sheet(
            compared.treated.reception, [compared.front[0], compared.front[2]], "file", "en"
        )


def test_the_patient_copy_needs_the_marketing_consent(ctx: ServiceContext) -> None:
    compared = compared_patient(ctx)
    doctor = compared.treated.physician
    pair = [compared.front[0], compared.front[2]]
    with pytest.raises(ValidationError, match="marketing consent"):
        build_comparison_sheet(doctor, pair, "patient", "en")
    sign(doctor, compared.treated.patient_id, ConsentKind.MARKETING)
    built = build_comparison_sheet(doctor, pair, "patient", "en")
    assert "Patient copy" in _text(built.pdf)
    document_output.record_output(
        doctor,
        document=sheet_document("patient"),
        action="print",
        patient_id=built.patient_id,
        entity="treatment_photo",
        entity_id=built.photo_ids[0],
        pages=1,
    )
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.print")
        ).one()
    assert json.loads(event.details)["document"] == "photo_comparison_patient"
    # Withdrawn: refused again.
    (marketing,) = [
        c
        for c in patient_consents(doctor, compared.treated.patient_id)
        if c.kind == ConsentKind.MARKETING
    ]
    withdraw_consent(doctor, marketing.id, reason="Asked on the phone")
    with pytest.raises(ValidationError, match="marketing consent"):
        build_comparison_sheet(doctor, pair, "patient", "en")
    admin = replace(doctor, actor=replace(doctor.actor, role="admin"))
    assert build_comparison_sheet(admin, pair, "file", "en").copy == "file"
