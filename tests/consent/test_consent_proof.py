"""Changing a signed consent in the database afterwards is reported by `audit verify`."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from db.codes import ConsentKind
from desktop.services.accounts.audit_trail import verify_chain
from desktop.services.consent.signing import withdraw_consent
from tests.consent_support import sign, witness_id
from tests.sessions_support import add_staff, screened_patient

pytestmark = pytest.mark.both_engines


def _sql(ctx, statement: str, **params) -> None:
    with ctx.database.engine.begin() as conn:
        conn.execute(text(statement), params)


def _consent_messages(ctx) -> list[str]:
    report = verify_chain(ctx)
    assert all(p.kind == "consent" for p in report.problems), report.problems
    return [p.message for p in report.problems]


@pytest.fixture
def signed(ctx):
    patient = screened_patient(ctx)
    consent = sign(ctx, patient, ConsentKind.TREATMENT_STANDARD)
    sign(ctx, patient, ConsentKind.PHOTOGRAPHY, "tr")
    assert verify_chain(ctx).ok
    return consent


def test_a_changed_witness_or_time_is_reported(ctx, signed) -> None:
    other = add_staff(ctx, "other", "Other Person", role="reception")
    _sql(ctx, "UPDATE signed_consent SET witness_id = :w WHERE id = :id", w=other, id=signed.id)
    assert _consent_messages(ctx) == [
        f"Consent {signed.id} (its patient, form, witness or time) was changed after it was signed."
    ]


def test_a_replaced_signature_image_is_reported(ctx, signed) -> None:
    _sql(
        ctx,
        "UPDATE signed_consent SET signature_png = :png WHERE id = :id",
        png=b"\x89PNG\r\n\x1a\nforged",
        id=signed.id,
    )
    assert _consent_messages(ctx) == [
        f"The signature of consent {signed.id} (its pen strokes or image) was changed after "
        "it was signed."
    ]


def test_changed_pen_strokes_are_reported(ctx, signed, engine_name) -> None:
    value = "CAST(:s AS JSONB)" if engine_name == "postgresql" else ":s"
    _sql(
        ctx,
        f"UPDATE signed_consent SET strokes = {value} WHERE id = :id",
        s="[[[1.0, 1.0, 0.5, 0], [9.0, 9.0, 0.5, 10]]]",
        id=signed.id,
    )
    assert len(_consent_messages(ctx)) == 1
    assert "pen strokes or image" in _consent_messages(ctx)[0]


def test_an_edited_form_text_is_reported(ctx, signed) -> None:
    _sql(
        ctx,
        "UPDATE consent_template SET body = body || ' No risks at all.' WHERE id = :id",
        id=signed.template_id,
    )
    assert _consent_messages(ctx) == [
        f"The text of the consent form signed as consent {signed.id} was changed after it "
        "was signed."
    ]


def test_a_consent_added_or_deleted_behind_peeldesks_back_is_reported(ctx, signed) -> None:
    _sql(
        ctx,
        "INSERT INTO signed_consent (patient_id, template_id, text_sha256, signed_at, "
        "witness_id, strokes, signature_png, proof_sha256) SELECT patient_id, template_id, "
        "text_sha256, signed_at, witness_id, strokes, signature_png, proof_sha256 "
        "FROM signed_consent WHERE id = :id",
        id=signed.id,
    )
    messages = _consent_messages(ctx)
    assert len(messages) == 1 and "no signing record in the audit trail" in messages[0]
    _sql(ctx, "DELETE FROM signed_consent WHERE id = :id", id=signed.id)
    assert any("no longer in the database: it was deleted" in m for m in _consent_messages(ctx))


def test_a_deleted_or_edited_withdrawal_is_reported(ctx, signed) -> None:
    withdraw_consent(ctx, signed.id, "Changed my mind.", witness_id=witness_id(ctx))
    assert verify_chain(ctx).ok
    _sql(ctx, "UPDATE consent_withdrawal SET reason = 'Moved away.'")
    assert _consent_messages(ctx) == [
        f"The withdrawal of consent {signed.id} was changed after it was recorded."
    ]
    _sql(ctx, "DELETE FROM consent_withdrawal")
    assert _consent_messages(ctx) == [
        f"The withdrawal of consent {signed.id} was deleted: the audit trail records it."
    ]
