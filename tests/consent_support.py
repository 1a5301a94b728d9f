"""Helpers for tests that need signed consents: a synthetic pen signature, and signing."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import ConsentKind, Language
from db.engine import Database
from db.models import Staff
from desktop.services.common.context import ServiceContext
from desktop.services.consent.signing import (
    SignatureInput,
    SignedConsentView,
    missing_in_session,
    sign_consent,
    sign_in_session,
)
from desktop.services.consent.templates import current_template

TREATMENT = (ConsentKind.TREATMENT_STANDARD,)


def pen_strokes() -> list[list[list[float]]]:
    """Two strokes of a signature as a pen tablet reports them: x, y, pressure, ms."""
    first = [[10.0 + 4 * n, 40.0 + (n % 5) * 3.5, 0.3 + n / 100, 8.0 * n] for n in range(30)]
    second = [[30.0 + 2 * n, 60.0 - n * 1.5, 0.55, 400.0 + 9 * n] for n in range(12)]
    return [first, second]


def signature_png(strokes: list[list[list[float]]] | None = None) -> bytes:
    """A small PNG with the strokes drawn in black (what the pad renders)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (200, 100), "white")
    draw = ImageDraw.Draw(image)
    for stroke in strokes or pen_strokes():
        draw.line([(p[0], p[1]) for p in stroke], fill="black", width=2)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def a_signature() -> SignatureInput:
    strokes = pen_strokes()
    return SignatureInput(strokes, signature_png(strokes))


def witness_id(ctx: ServiceContext) -> int:
    """The logged-in staff member, else any staff member, else a new one ("Desk Witness")."""
    if ctx.actor.staff_id is not None:
        return ctx.actor.staff_id
    with ctx.database.write() as session:
        found = session.scalar(select(Staff.id).where(Staff.active.is_(True)).limit(1))
        if found is not None:
            return found
        staff = Staff(username="witness", full_name="Desk Witness", role="reception")
        session.add(staff)
        session.flush()
        return staff.id


def sign(
    ctx: ServiceContext,
    patient_id: int,
    kind: str = ConsentKind.TREATMENT_STANDARD,
    language: str = "en",
) -> SignedConsentView:
    template = current_template(ctx, kind, language)
    return sign_consent(ctx, patient_id, template.id, a_signature(), witness_id(ctx))


def sign_all(
    ctx: ServiceContext, patient_id: int, kinds: Iterable[str] = tuple(ConsentKind)
) -> list[SignedConsentView]:
    return [sign(ctx, patient_id, kind) for kind in kinds]


def sign_when_asked(session: Session, patient_id: int, kinds: Iterable[str]) -> list[ConsentKind]:
    """Stands in for the rule's ``missing_in_session`` in tests not about consent (the autouse
    fixture in tests/conftest.py): a patient asked for a consent she has not signed signs it
    then, through the real signing code (rows, proof, audit event), in the patient's
    language, witnessed by the first staff member; then the real check runs."""
    from db.models import Patient
    from desktop.services.consent.templates import current_row
    from tests.conftest import FIXED_NOW

    missing = missing_in_session(session, patient_id, kinds)
    patient = session.get(Patient, patient_id)
    witness = session.scalar(select(Staff.id).where(Staff.active.is_(True)).order_by(Staff.id))
    if not missing or patient is None or witness is None or patient.anonymised_at is not None:
        return missing
    ctx = ServiceContext(database=cast(Database, None), clock=lambda: FIXED_NOW)
    strokes = pen_strokes()
    for kind in missing:
        template = current_row(session, kind, patient.language) or current_row(
            session, kind, Language.ENGLISH
        )
        assert template is not None
        sign_in_session(session, ctx, patient_id, template.id, strokes, _PNG, witness)
    return missing_in_session(session, patient_id, kinds)


_PNG = signature_png()
