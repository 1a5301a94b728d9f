from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import AuditEvent, AuditPersonalValue, Patient, PatientSearchToken
from db.models.base import Base
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, StaleRecord, ValidationError
from desktop.services.patients import records as patients
from desktop.services.patients import search as patient_search
from desktop.services.patients.validation import PatientInput, input_from_form

# Every test here runs on SQLite and on PostgreSQL (skipped without a server).
pytestmark = pytest.mark.both_engines


def _ayse(**changes: Any) -> PatientInput:
    values: dict[str, Any] = dict(
        given_name="Ayşe Nur",
        family_name="Yılmaz",
        birth_date=date(1985, 3, 12),
        phone="0532 123 45 67",
        email="ayse@example.com",
        language="tr",
        skin_type=3,
    )
    values.update(changes)
    return PatientInput(**values)


def _count(ctx: ServiceContext, model: type[Base]) -> int:
    with ctx.database.read() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_register_stores_e164_phone_and_reads_back(ctx) -> None:
    saved = patients.register_patient(ctx, _ayse())
    assert saved.phone_e164 == "+905321234567"
    assert saved.phone_display == "+90 532 123 45 67"
    loaded = patients.get_patient(ctx, saved.id)
    assert loaded.data.given_name == "Ayşe Nur"
    assert loaded.data.family_name == "Yılmaz"
    assert loaded.data.birth_date == date(1985, 3, 12)
    assert loaded.row_version == 1


def test_register_writes_one_audit_event_without_copying_notes(ctx) -> None:
    saved = patients.register_patient(ctx, _ayse(notes="Allergic to lidocaine"))
    with ctx.database.read() as session:
        events = session.scalars(select(AuditEvent)).all()
    assert [(e.action, e.patient_id) for e in events] == [("patient.create", saved.id)]
    assert "lidocaine" not in events[0].details


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"given_name": "  "}, "given_name", "required"),
        ({"family_name": "1234"}, "family_name", "letters"),
        ({"birth_date": date(2027, 1, 1)}, "birth_date", "future"),
        ({"birth_date": date(1850, 1, 1)}, "birth_date", "1900"),
        ({"phone": "12"}, "phone", "not a valid phone"),
        ({"email": "ayse@"}, "email", "not valid"),
        ({"skin_type": 7}, "skin_type", "I to VI"),
        ({"language": "de"}, "language", "English or Turkish"),
        ({"isotretinoin_last_dose": date(2026, 1, 1)}, "isotretinoin_last_dose", "not ticked"),
        ({"notes": "x" * 4001}, "notes", "too long"),
        ({"given_name": "Ay\x00se"}, "given_name", "cannot be printed"),
    ],
)
def test_bad_input_is_refused_with_a_field_message_and_nothing_saved(ctx, changes, field, words):
    with pytest.raises(ValidationError) as caught:
        patients.register_patient(ctx, _ayse(**changes))
    assert words in caught.value.field_errors[field]
    assert _count(ctx, Patient) == 0
    assert _count(ctx, AuditEvent) == 0


def test_unreadable_typed_date_is_a_field_message() -> None:
    with pytest.raises(ValidationError) as caught:
        input_from_form({"given_name": "A", "family_name": "B", "birth_date": "31.02.1980"})
    assert "day.month.year" in caught.value.field_errors["birth_date"]


def test_update_records_changed_fields_and_bumps_version(ctx) -> None:
    saved = patients.register_patient(ctx, _ayse())
    updated = patients.update_patient(ctx, saved.id, saved.row_version, _ayse(family_name="Işık"))
    assert updated.row_version == saved.row_version + 1
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.update")
        ).one()
    details = json.loads(event.details)
    # The signed event names the field; the values are kept apart, where erasure reaches them.
    assert details["changed"] == ["family_name"] and "Yılmaz" not in event.details
    with ctx.database.read() as session:
        kept = session.get(AuditPersonalValue, details["values_ref"])
    assert kept is not None and kept.content is not None
    assert json.loads(kept.content) == {"family_name": ["Yılmaz", "Işık"]}
    # The search words follow the new name.
    assert [r.id for r in patient_search.search_patients(ctx, "isik").rows] == [saved.id]
    assert patient_search.search_patients(ctx, "yilmaz").rows == []


def test_saving_over_a_newer_change_is_refused_and_nothing_overwritten(ctx) -> None:
    saved = patients.register_patient(ctx, _ayse())
    patients.update_patient(ctx, saved.id, saved.row_version, _ayse(email="first@example.com"))
    with pytest.raises(StaleRecord) as caught:
        patients.update_patient(ctx, saved.id, saved.row_version, _ayse(email="second@example.com"))
    assert "reload" in str(caught.value)
    assert patients.get_patient(ctx, saved.id).data.email == "first@example.com"


def test_archive_hides_from_search_but_keeps_the_record(ctx) -> None:
    saved = patients.register_patient(ctx, _ayse())
    archived = patients.set_archived(ctx, saved.id, saved.row_version, True)
    assert archived.archived
    assert patient_search.search_patients(ctx, "ayse").rows == []
    rows = patient_search.search_patients(ctx, "ayse", include_archived=True).rows
    assert [r.id for r in rows] == [saved.id]
    assert _count(ctx, Patient) == 1


def test_unknown_patient_is_a_clear_not_found(ctx) -> None:
    with pytest.raises(NotFound, match="no longer exists"):
        patients.get_patient(ctx, 9999)


def test_duplicates_by_name_and_birth_date_or_phone(ctx) -> None:
    first = patients.register_patient(ctx, _ayse())
    same_person = PatientInput(
        given_name="AYŞE NUR", family_name="YILMAZ", birth_date=date(1985, 3, 12)
    )
    assert [r.id for r in patients.find_duplicates(ctx, same_person)] == [first.id]
    same_phone = PatientInput(given_name="Mehmet", family_name="Kaya", phone="+90 532 123 4567")
    assert [r.id for r in patients.find_duplicates(ctx, same_phone)] == [first.id]
    other = PatientInput(given_name="Ayşe Nur", family_name="Yılmaz", birth_date=date(1990, 1, 1))
    assert patients.find_duplicates(ctx, other) == []
    assert patients.find_duplicates(ctx, same_person, exclude_id=first.id) == []


def test_tokens_are_removed_with_their_patient_rows(ctx) -> None:
    patients.register_patient(ctx, _ayse())
    assert _count(ctx, PatientSearchToken) > 3
