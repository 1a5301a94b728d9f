"""Who sees photos, the photography consent, and what erasing or exporting a patient does."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from db.codes import ConsentKind, SessionStatus
from db.models import AuditEvent, PhotoBlob, TreatmentPhoto, TreatmentSession
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.consent.signing import patient_consents, withdraw_consent
from desktop.services.patients import records as patients
from desktop.services.patients.anonymise import anonymise_patient
from desktop.services.patients.export import export_patient
from desktop.services.photos.importing import import_photo
from desktop.services.photos.reading import (
    list_photos,
    photo_rendition,
    set_photo_hidden,
    verify_photo,
)
from desktop.services.sessions import records as sessions
from tests.consent_support import sign
from tests.photos.photo_support import camera_jpeg, png_bytes, treated_patient
from tests.sessions_support import record_done

pytestmark = pytest.mark.both_engines


def test_reception_neither_imports_nor_sees_photos(ctx: ServiceContext) -> None:
    treated = treated_patient(ctx)
    photo = import_photo(
        treated.physician, treated.session_area_ids[0], "before", "front", png_bytes(), "a.png"
    )
    desk = treated.reception
    with pytest.raises(PermissionDenied):
        import_photo(desk, treated.session_area_ids[0], "before", "front", png_bytes(), "b.png")
    with pytest.raises(PermissionDenied):
        list_photos(desk, treated.patient_id)
    with pytest.raises(PermissionDenied):
        photo_rendition(desk, photo.id, "thumb")
    with pytest.raises(PermissionDenied):
        verify_photo(desk, photo.id)
    admin = replace(treated.physician, actor=replace(treated.physician.actor, role="admin"))
    assert [r.id for r in list_photos(admin, treated.patient_id)] == [photo.id]


def test_a_photo_needs_the_photography_consent(ctx: ServiceContext) -> None:
    treated = treated_patient(ctx, photo_consent=False)
    sign(treated.physician, treated.patient_id, ConsentKind.MARKETING)  # not the same consent
    with pytest.raises(ValidationError, match="clinical photography"):
        import_photo(
            treated.physician, treated.session_area_ids[0], "before", "front", png_bytes(), "a"
        )
    with ctx.database.read() as session:
        assert session.scalar(select(func.count()).select_from(TreatmentPhoto)) == 0


def test_withdrawing_the_consent_hides_photos_from_every_read(ctx: ServiceContext) -> None:
    treated = treated_patient(ctx)
    doctor = treated.physician
    area = treated.session_area_ids[0]
    before = import_photo(doctor, area, "before", "front", png_bytes(), "a.png")
    after = import_photo(doctor, area, "after", "front", png_bytes(), "b.png")
    assert [r.id for r in list_photos(doctor, treated.patient_id)] == [before.id, after.id]
    set_photo_hidden(doctor, before.id, True)
    assert [r.id for r in list_photos(doctor, treated.patient_id)] == [after.id]
    with pytest.raises(NotFound, match="hidden"):
        photo_rendition(doctor, before.id, "screen")
    (consent,) = [
        c for c in patient_consents(doctor, treated.patient_id) if c.kind == "photography"
    ]
    withdraw_consent(doctor, consent.id, "Patient asked")
    assert list_photos(doctor, treated.patient_id) == []
    for size in ("thumb", "screen", "original"):
        with pytest.raises(NotFound, match="withdrawn consent"):
            photo_rendition(doctor, after.id, size)
    with pytest.raises(ValidationError, match="clinical photography"):
        import_photo(doctor, area, "after", "left", png_bytes(), "c.png")


def test_erasing_a_patient_deletes_their_photos(ctx: ServiceContext) -> None:
    treated = treated_patient(ctx)
    import_photo(
        treated.physician, treated.session_area_ids[0], "before", "front", png_bytes(), "a.png"
    )
    with ctx.database.write() as session:
        treatment = session.get(TreatmentSession, treated.session_id)
        assert treatment is not None
        treatment.status = SessionStatus.DONE
    version = patients.get_patient(ctx, treated.patient_id).row_version
    anonymise_patient(ctx, treated.patient_id, version, reason="Written request, 25.11.2026")
    with ctx.database.read() as session:
        assert session.scalar(select(func.count()).select_from(TreatmentPhoto)) == 0
        assert session.scalar(select(func.count()).select_from(PhotoBlob)) == 0
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.anonymise")
        ).one()
    assert json.loads(event.details)["photos_deleted"] == 1


def test_the_data_export_includes_the_photos(ctx: ServiceContext, tmp_path) -> None:
    treated = treated_patient(ctx)
    doctor = treated.physician
    jpeg = import_photo(
        doctor, treated.session_area_ids[0], "before", "front", camera_jpeg(400, 300), "c.jpg"
    )
    png = import_photo(doctor, treated.session_area_ids[1], "after", "right", png_bytes(), "p")
    files = export_patient(ctx, treated.patient_id, tmp_path / "out")
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert [p["id"] for p in data["photos"]] == [jpeg.id, png.id]
    assert files.photos == 2 and files.photo_folder is not None
    for row in data["photos"]:
        stored = photo_rendition(doctor, row["id"], "original").data
        assert (files.photo_folder / row["file"]).read_bytes() == stored
    assert data["photos"][0]["file"].endswith(".jpg") and data["photos"][1]["file"].endswith(".png")


def test_photos_stay_with_their_area_when_the_session_is_recorded(ctx: ServiceContext) -> None:
    treated = treated_patient(ctx)
    doctor = treated.physician
    before = import_photo(
        doctor, treated.session_area_ids[1], "before", "left", png_bytes(), "a.png"
    )
    # Recording replaces the session's area rows (the old rows are deleted).
    doctor = replace(doctor, clock=lambda: datetime(2026, 11, 27, 10, 0, tzinfo=UTC))
    record_done(doctor, sessions.get_session(doctor, treated.session_id), depth=60)
    (row,) = list_photos(doctor, treated.patient_id)
    assert row.id == before.id and row.depth_um == 60
    assert row.session_area_id is not None and row.session_area_id not in treated.session_area_ids
    assert verify_photo(doctor, before.id)
