"""Signed consents in a patient's data export, and what anonymising removes from them.

Anonymising keeps every consent row (what was agreed, the form's version and text hash, when,
the witness, withdrawals and the proof) but removes the handwriting: the pen strokes and the
signature image identify the person. The digests of both stay in the signing's audit event,
so ``audit verify`` still checks everything else (proof.py).
"""

from __future__ import annotations

import base64
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import ConsentWithdrawal, SignedConsent, Staff
from desktop.services.consent.proof import utc_stamp
from desktop.services.consent.signing import consents_in_session


def consent_export(session: Session, patient_id: int) -> list[dict[str, Any]]:
    """Every signed consent with its text, signature (strokes, PNG as base64), hashes and
    withdrawal, oldest first, as JSON-able data."""
    views = list(reversed(consents_in_session(session, patient_id)))
    # (dict() of a Result would take it for a mapping: it has keys())
    strokes = {
        consent_id: drawn
        for consent_id, drawn in session.execute(
            select(SignedConsent.id, SignedConsent.strokes).where(
                SignedConsent.patient_id == patient_id
            )
        )
    }
    withdrawals = {
        w.signed_consent_id: w
        for w in session.scalars(
            select(ConsentWithdrawal)
            .join(SignedConsent, SignedConsent.id == ConsentWithdrawal.signed_consent_id)
            .where(SignedConsent.patient_id == patient_id)
        )
    }
    names = {
        staff_id: name for staff_id, name in session.execute(select(Staff.id, Staff.full_name))
    }
    out = []
    for view in views:
        withdrawal = withdrawals.get(view.id)
        out.append(
            {
                "id": view.id,
                "kind": view.kind.value,
                "language": view.language.value,
                "form_version": view.version,
                "template_id": view.template_id,
                "status": view.status.value,
                "text": view.text,
                "text_sha256": view.text_sha256,
                "signed_at": utc_stamp(view.signed_at),
                "witness_name": view.witness_name,
                "proof_sha256": view.proof_sha256,
                "strokes": strokes.get(view.id) or [],
                "signature_png_base64": (
                    base64.b64encode(view.signature_png).decode("ascii")
                    if view.signature_png is not None
                    else None
                ),
                "withdrawn_at": utc_stamp(withdrawal.withdrawn_at) if withdrawal else None,
                "withdrawal_witness_name": names.get(withdrawal.witness_id, "")
                if withdrawal
                else "",
                "withdrawal_reason": withdrawal.reason if withdrawal else "",
            }
        )
    return out


def remove_signatures(session: Session, patient_id: int) -> int:
    """Drop the handwriting of every consent the patient signed (anonymisation). Returns how
    many signatures were removed."""
    result = session.execute(
        update(SignedConsent)
        .where(SignedConsent.patient_id == patient_id, SignedConsent.signature_png.is_not(None))
        .values(signature_png=None, strokes=[])
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
