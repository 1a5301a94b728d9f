"""The demo clinic's patients with open bookings have signed what their sessions need."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import select

from db.models import TreatmentSession
from desktop.services.accounts.audit_trail import verify_chain
from desktop.services.consent.rule import required_kinds
from desktop.services.consent.signing import missing_consents, patient_consents
from desktop.services.demo.generate import generate_demo

pytestmark = pytest.mark.consent_rule


def test_demo_patients_with_open_bookings_have_their_consents(ctx) -> None:
    summary = generate_demo(ctx, patients=25, sessions=120)
    assert summary.consents > 0
    with ctx.database.read() as session:
        open_sessions = session.scalars(
            select(TreatmentSession).where(TreatmentSession.status == "planned")
        ).all()
        assert open_sessions
        for booked in open_sessions:
            needed = required_kinds(
                anaesthesia=booked.anaesthesia, combined_procedures=booked.combined_procedures
            )
            assert missing_consents(ctx, booked.patient_id, needed) == []
    signed = patient_consents(ctx, open_sessions[0].patient_id)[0]
    assert signed.signature_png is not None
    image = Image.open(io.BytesIO(signed.signature_png))
    assert image.size == (240, 80) and image.getextrema()[0] == 0  # some ink
    assert verify_chain(ctx).ok
