"""What the photo grid reads: every session held and its areas (photographed or not), the
photos only with a valid photography consent, nothing for reception."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.services.common.errors import PermissionDenied
from desktop.services.photos.grid_data import photo_sheet
from desktop.services.photos.importing import import_photo
from desktop.services.sessions import records as sessions
from tests.photos.photo_support import png_bytes, treated_patient
from tests.sessions_support import add_staff, book

pytestmark = pytest.mark.both_engines


def test_sheet_lists_sessions_held_with_every_area(ctx) -> None:
    treated = treated_patient(ctx)
    doc = treated.physician
    photo = import_photo(doc, treated.session_area_ids[1], "before", "left", png_bytes(), "a")
    other_doc = add_staff(ctx, "dr_other", "Dr Other")
    gone = book(ctx, treated.patient_id, other_doc, date(2026, 12, 10), codes=("neck",))
    sessions.cancel_session(ctx, gone.id, gone.row_version)
    sheet = photo_sheet(doc, treated.patient_id)
    assert sheet.consented
    assert [s.id for s in sheet.sessions] == [treated.session_id]
    assert sorted(t.session_area_id for t in sheet.targets) == sorted(treated.session_area_ids)
    assert {names["en"] for _id, names in sheet.areas} == {"Forehead", "Cheeks (both)"}
    assert [p.id for p in sheet.photos] == [photo.id]


def test_sheet_without_consent_has_targets_but_no_photos(ctx) -> None:
    treated = treated_patient(ctx, photo_consent=False)
    sheet = photo_sheet(treated.physician, treated.patient_id)
    assert not sheet.consented and sheet.photos == () and len(sheet.targets) == 2


def test_reception_reads_no_sheet(ctx) -> None:
    treated = treated_patient(ctx)
    with pytest.raises(PermissionDenied):
        photo_sheet(treated.reception, treated.patient_id)
    admin = replace(treated.physician, actor=replace(treated.physician.actor, role="admin"))
    assert photo_sheet(admin, treated.patient_id).consented


def test_session_targets_are_the_sessions_areas(ctx) -> None:
    from desktop.services.common.errors import NotFound
    from desktop.services.photos.grid_data import session_targets

    treated = treated_patient(ctx, photo_consent=False)
    targets = session_targets(treated.physician, treated.session_id)
    assert targets.patient_id == treated.patient_id and not targets.consented
    assert [area_id for area_id, _names in targets.areas] == list(treated.session_area_ids)
    assert [names["en"] for _id, names in targets.areas] == ["Forehead", "Cheeks (both)"]
    with pytest.raises(PermissionDenied):
        session_targets(treated.reception, treated.session_id)
    with pytest.raises(NotFound):
        session_targets(treated.physician, 999_999)
