"""Personal values stay out of the signed chain, and anonymisation erases them for good."""

from __future__ import annotations

import json

from sqlalchemy import select, text

from db.models import AuditEvent, AuditPersonalValue
from desktop.services.accounts.audit_trail import AuditFilter, list_events, verify_chain
from desktop.services.patients import records as patients
from desktop.services.patients.anonymise import anonymise_patient
from desktop.services.patients.validation import PatientInput

OLD = {"given_name": "Ayşe", "family_name": "Işıkoğlu", "email": "ayse.isikoglu@example.com"}
NEW = {"given_name": "Ayşegül", "family_name": "Kayaşen", "email": "aysegul.kayasen@example.com"}
OLD_PHONE, NEW_PHONE = "0532 417 66 93", "0533 908 12 74"
# How each phone number is stored (E.164) and could be found in the file.
PHONE_DIGITS = ("5324176693", "5339081274")


def _person(values: dict[str, str], phone: str) -> PatientInput:
    return PatientInput(
        given_name=values["given_name"],
        family_name=values["family_name"],
        email=values["email"],
        phone=phone,
    )


def _patient_with_a_changed_identity(ctx) -> int:
    saved = patients.register_patient(ctx, _person(OLD, OLD_PHONE))
    changed = patients.update_patient(ctx, saved.id, saved.row_version, _person(NEW, NEW_PHONE))
    return changed.id


def test_the_signed_update_event_names_the_fields_not_the_values(ctx) -> None:
    patient_id = _patient_with_a_changed_identity(ctx)
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.update")
        ).one()
    details = json.loads(event.details)
    assert details["changed"] == ["email", "family_name", "given_name", "phone_e164"]
    for value in (*OLD.values(), *NEW.values(), *PHONE_DIGITS):
        assert value not in event.details
    # The administrator's viewer still shows what changed, from the erasable table.
    rows = list_events(ctx, AuditFilter(patient_ids=(patient_id,))).rows
    update = next(row for row in rows if row.action == "patient.update")
    assert "family_name: Işıkoğlu → Kayaşen" in update.summary
    assert verify_chain(ctx).ok


def test_anonymisation_erases_every_old_value_and_the_chain_still_verifies(ctx) -> None:
    patient_id = _patient_with_a_changed_identity(ctx)
    version = patients.get_patient(ctx, patient_id).row_version
    anonymise_patient(ctx, patient_id, version, reason="Written request, 08.12.2026")
    report = verify_chain(ctx)
    assert report.ok, report.problems
    with ctx.database.read() as session:
        kept = session.scalars(select(AuditPersonalValue)).one()
        anonymised = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.anonymise")
        ).one()
        details = session.scalars(select(AuditEvent.details)).all()
    assert kept.content is None and kept.salt == "" and kept.erased_at is not None
    assert json.loads(anonymised.details)["audit_values_erased"] == 1
    for value in (*OLD.values(), *NEW.values(), *PHONE_DIGITS):
        assert not any(value in text_ for text_ in details)
    rows = list_events(ctx, AuditFilter(patient_ids=(patient_id,))).rows
    update = next(row for row in rows if row.action == "patient.update")
    assert "values erased" in update.summary and "Işıkoğlu" not in update.summary
    # Nowhere in the file either: not in freed space, not in the write-ahead log.
    path = ctx.database.path
    ctx.database.dispose()
    raw = b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    for value in (*OLD.values(), *NEW.values(), *PHONE_DIGITS):
        assert value.encode("utf-8") not in raw, value


def test_a_changed_kept_value_is_reported(ctx) -> None:
    _patient_with_a_changed_identity(ctx)
    with ctx.database.engine.begin() as conn:
        conn.execute(text("UPDATE audit_personal_value SET content = '{}'"))
    report = verify_chain(ctx)
    assert [(p.kind, p.event_id) for p in report.problems] == [("values", 2)]
    with ctx.database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_personal_value"))
    assert "deleted outside anonymisation" in verify_chain(ctx).problems[0].message


def test_older_events_that_still_sign_values_are_counted_when_anonymising(ctx) -> None:
    from desktop.services.common.audit import record_event

    saved = patients.register_patient(ctx, _person(OLD, OLD_PHONE))
    with ctx.database.write() as session:  # as the previous release wrote a change
        record_event(
            session,
            ctx,
            "patient.update",
            entity="patient",
            entity_id=saved.id,
            patient_id=saved.id,
            details={"changes": {"family_name": ["Işıkoğlu", "Kaya"]}},
        )
    version = patients.get_patient(ctx, saved.id).row_version
    anonymise_patient(ctx, saved.id, version, reason="Written request, 08.12.2026")
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.anonymise")
        ).one()
    details = json.loads(event.details)
    assert details["older_events_with_values"] == 1 and details["audit_values_erased"] == 0
    assert verify_chain(ctx).ok


def test_the_viewer_shows_erased_values_in_turkish(qtbot, ctx, turkish) -> None:
    from desktop.ui.admin.audit_table_model import AuditTableModel

    patient_id = _patient_with_a_changed_identity(ctx)
    version = patients.get_patient(ctx, patient_id).row_version
    anonymise_patient(ctx, patient_id, version, reason="Written request, 08.12.2026")
    rows = [
        row
        for row in list_events(ctx, AuditFilter(patient_ids=(patient_id,))).rows
        if row.action == "patient.update"
    ]
    model = AuditTableModel(ctx.zone)
    model.reset_rows(rows)
    shown = model.data(model.index(0, AuditTableModel.COL_CHANGES))
    assert shown == "email, family_name, given_name, phone_e164 değişti (değerler silindi)"
