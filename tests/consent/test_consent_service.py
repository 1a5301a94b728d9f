"""Consent forms and signatures: versions frozen, signing, re-consent, withdrawal, rules."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from db.codes import ConsentKind
from db.models import AuditEvent, ConsentTemplate
from desktop.services.common.context import Actor
from desktop.services.common.errors import PermissionDenied, ValidationError
from desktop.services.consent.rule import required_kinds
from desktop.services.consent.signing import (
    ConsentStatus,
    SignatureInput,
    has_valid_consent,
    missing_consents,
    patient_consents,
    sign_consent,
    withdraw_consent,
)
from desktop.services.consent.templates import (
    current_template,
    list_templates,
    publish_template,
)
from tests.consent_support import a_signature, sign, signature_png, witness_id
from tests.sessions_support import add_staff, screened_patient

pytestmark = pytest.mark.both_engines


@pytest.fixture
def admin(ctx):
    staff = add_staff(ctx, "boss", "Selin Admin", role="admin")
    ctx.actor = Actor(staff, "Selin Admin", "admin")
    return ctx


def test_every_kind_ships_in_turkish_and_english(ctx) -> None:
    forms = list_templates(ctx)
    assert {(f.kind, f.language) for f in forms} == {
        (k, lang) for k in ConsentKind for lang in ("en", "tr")
    }
    assert all(f.version == 1 and not f.requires_reconsent for f in forms)
    deep_tr = current_template(ctx, ConsentKind.TREATMENT_DEEP, "tr")
    assert "lokal anestezi" in deep_tr.text.lower() and "kanama" in deep_tr.text
    standard = current_template(ctx, "treatment_standard", "en")
    for risk in ("red", "burning", "colour", "infection", "scarring", "sun", "3 to 4 days"):
        assert risk in standard.text
    assert standard.text_sha256 == hashlib.sha256(standard.text.encode()).hexdigest()


def test_publishing_makes_a_new_frozen_version(admin) -> None:
    first = current_template(admin, "marketing", "en")
    second = publish_template(admin, "marketing", "en", "Offers", "We may text you offers.")
    assert (second.version, second.published_by_name) == (2, "Selin Admin")
    assert current_template(admin, "marketing", "en").id == second.id
    with admin.database.read() as session:
        old = session.get(ConsentTemplate, first.id)
        assert old is not None and (old.title, old.body) == (first.title, first.body)
    with pytest.raises(ValidationError, match="same as the current version"):
        publish_template(admin, "marketing", "en", "Offers", "We may text you offers.")
    with pytest.raises(ValidationError):
        publish_template(admin, "marketing", "en", " ", "")


def test_only_administrators_publish(ctx) -> None:
    ctx.actor = Actor(add_staff(ctx, "desk", "Desk", role="reception"), "Desk", "reception")
    with pytest.raises(PermissionDenied):
        publish_template(ctx, "marketing", "en", "Offers", "Text")


def test_signing_stores_the_proof_and_an_audit_event(ctx) -> None:
    patient = screened_patient(ctx)
    signed = sign(ctx, patient, ConsentKind.PHOTOGRAPHY, "tr")
    assert signed.status == ConsentStatus.VALID and signed.language == "tr"
    assert signed.text.startswith("Klinik fotoğraf onam formu\n\n")
    assert signed.text_sha256 == hashlib.sha256(signed.text.encode()).hexdigest()
    assert signed.signature_png == signature_png() and signed.witness_name
    with ctx.database.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event is not None and event.action == "consent.sign"
        assert signed.proof_sha256 in event.details and event.patient_id == patient
    assert has_valid_consent(ctx, patient, "photography")
    assert missing_consents(ctx, patient, ConsentKind) == [
        ConsentKind.TREATMENT_STANDARD,
        ConsentKind.TREATMENT_DEEP,
        ConsentKind.TREATMENT_COMBINED,
        ConsentKind.MARKETING,
    ]


def test_an_empty_signature_is_refused_and_nothing_is_saved(ctx) -> None:
    patient = screened_patient(ctx)
    form = current_template(ctx, "treatment_standard", "en")
    witness = witness_id(ctx)
    empty: list[list[list[list[float]]]] = [[], [[]], [[[5, 5, 1, 0], [5, 5, 1, 10]]]]
    for strokes in empty:
        with pytest.raises(ValidationError, match="empty"):
            sign_consent(ctx, patient, form.id, SignatureInput(strokes, signature_png()), witness)
    with pytest.raises(ValidationError, match="image is missing"):
        sign_consent(ctx, patient, form.id, SignatureInput(a_signature().strokes, b""), witness)
    with pytest.raises(ValidationError, match="could not be read"):
        sign_consent(
            ctx,
            patient,
            form.id,
            SignatureInput([[["x", 1, 1, 1]]], signature_png()),  # type: ignore[list-item]
            witness,
        )
    with pytest.raises(ValidationError, match="witnessed"):
        sign_consent(ctx, patient, form.id, a_signature(), 9999)
    assert patient_consents(ctx, patient) == []
    with ctx.database.read() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "consent.sign")
            )
            == 0
        )


def test_an_older_version_cannot_be_signed(admin) -> None:
    patient = screened_patient(admin)
    old = current_template(admin, "treatment_standard", "en")
    publish_template(admin, "treatment_standard", "en", old.title, old.body + "\nMore.")
    with pytest.raises(ValidationError, match="newer version"):
        sign_consent(admin, patient, old.id, a_signature(), witness_id(admin))


def test_a_new_version_requiring_reconsent_supersedes_older_signatures(admin) -> None:
    patient = screened_patient(admin)
    before = sign(admin, patient)
    form = current_template(admin, "treatment_standard", "en")
    publish_template(admin, "treatment_standard", "en", form.title, form.body + "\nFixed.")
    assert has_valid_consent(admin, patient, "treatment_standard")  # no re-consent asked
    publish_template(admin, "treatment_standard", "en", form.title, form.body + "\nNew risk.", True)
    assert missing_consents(admin, patient, ["treatment_standard"]) == ["treatment_standard"]
    assert patient_consents(admin, patient)[0].status == ConsentStatus.SUPERSEDED
    again = sign(admin, patient)
    assert again.version == 3 and again.status == ConsentStatus.VALID
    statuses = {c.id: c.status for c in patient_consents(admin, patient)}
    assert statuses == {again.id: "valid", before.id: "superseded"}


def test_withdrawal_is_recorded_and_stops_the_consent(ctx) -> None:
    patient = screened_patient(ctx)
    marketing = sign(ctx, patient, ConsentKind.MARKETING)
    photos = sign(ctx, patient, ConsentKind.PHOTOGRAPHY)
    ctx.actor = Actor(witness_id(ctx), "Desk", "reception")
    gone = withdraw_consent(ctx, marketing.id, "No more messages, please.")
    assert gone.status == ConsentStatus.WITHDRAWN and gone.withdrawal_reason
    assert gone.withdrawn_at == ctx.now()
    assert not has_valid_consent(ctx, patient, "marketing")
    assert has_valid_consent(ctx, patient, "photography")
    with pytest.raises(ValidationError, match="already withdrawn"):
        withdraw_consent(ctx, marketing.id, "again")
    withdraw_consent(ctx, photos.id, "")
    assert not has_valid_consent(ctx, patient, "photography")
    # Never deleted: both signatures are still on file.
    assert {c.id for c in patient_consents(ctx, patient)} == {marketing.id, photos.id}


def test_required_kinds_follow_depth_anaesthesia_and_fractional_laser() -> None:
    standard = ConsentKind.TREATMENT_STANDARD
    assert required_kinds() == {standard}
    assert required_kinds(depths_um=[20, None, 80], anaesthesia="topical") == {standard}
    assert required_kinds(depths_um=[120]) == {standard, ConsentKind.TREATMENT_DEEP}
    assert required_kinds(anaesthesia="local") == {standard, ConsentKind.TREATMENT_DEEP}
    assert required_kinds(combined_procedures=["fractional_laser", "prp"]) == {
        standard,
        ConsentKind.TREATMENT_COMBINED,
    }
    assert required_kinds(combined_procedures=["microneedling"]) == {standard}
