"""The proof of a signed consent, and finding consents changed after they were signed.

At signing, a SHA-256 ``proof`` is taken over what was agreed: the template (id and version),
the SHA-256 of the exact text shown, the patient, the witness, the time, the pen strokes and the
signature image. It is stored on the row and in the ``consent.sign`` audit event, whose details
the HMAC chain signs (common/audit.py). ``consent_problems`` recomputes every proof from the
rows as they are now and compares it with the signed event, so a consent row, its strokes, its
image or the template text edited afterwards (or a signature or withdrawal deleted) is reported
by ``peeldesk audit verify``.

Anonymising a patient removes the strokes and the image (they identify a person); the digests in
the audit event still prove what was signed, and only then is a missing image not a problem.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEvent, ConsentTemplate, ConsentWithdrawal, Patient, SignedConsent
from desktop.services.common.messages import msg
from desktop.services.consent.templates import shown_text, text_digest

SIGN_ACTION = "consent.sign"
WITHDRAW_ACTION = "consent.withdraw"
ENTITY = "signed_consent"


def strokes_digest(strokes: Sequence[Any]) -> str:
    canonical = json.dumps(list(strokes), separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def png_digest(png: bytes) -> str:
    return hashlib.sha256(png).hexdigest()


def utc_stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def proof_digest(
    *,
    template_id: int,
    template_version: int,
    text_sha256: str,
    patient_id: int,
    witness_id: int,
    signed_at: datetime,
    strokes_sha256: str,
    png_sha256: str,
) -> str:
    fields = [
        "PeelDesk signed consent v1",
        template_id,
        template_version,
        text_sha256,
        patient_id,
        witness_id,
        utc_stamp(signed_at),
        strokes_sha256,
        png_sha256,
    ]
    return hashlib.sha256(json.dumps(fields, separators=(",", ":")).encode("ascii")).hexdigest()


def sign_details(row: SignedConsent, template: ConsentTemplate) -> dict[str, Any]:
    """The audit event's details for a new signature (row already flushed)."""
    return {
        "template_id": template.id,
        "kind": template.kind.value,
        "language": template.language.value,
        "version": template.version,
        "text_sha256": row.text_sha256,
        "witness_id": row.witness_id,
        "signed_at": utc_stamp(row.signed_at),
        "strokes_sha256": strokes_digest(row.strokes),
        "png_sha256": png_digest(row.signature_png or b""),
        "proof": row.proof_sha256,
    }


def withdraw_details(withdrawal: ConsentWithdrawal) -> dict[str, Any]:
    return {
        "withdrawn_at": utc_stamp(withdrawal.withdrawn_at),
        "witness_id": withdrawal.witness_id,
        "reason_sha256": text_digest(withdrawal.reason),
    }


def consent_problems(session: Session) -> list[tuple[int, str]]:
    """(signed consent id, message) for every consent that no longer matches its signing."""
    signed: dict[int, dict[str, Any]] = {}
    withdrawn: dict[int, dict[str, Any]] = {}
    events = session.execute(
        select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.details).where(
            AuditEvent.entity == ENTITY, AuditEvent.action.in_((SIGN_ACTION, WITHDRAW_ACTION))
        )
    )
    for action, entity_id, details in events:
        if entity_id is None:
            continue
        target = signed if action == SIGN_ACTION else withdrawn
        target[entity_id] = _parsed(details)
    problems: list[tuple[int, str]] = []
    rows = session.execute(
        select(SignedConsent, ConsentTemplate, Patient.anonymised_at)
        .join(ConsentTemplate, ConsentTemplate.id == SignedConsent.template_id)
        .join(Patient, Patient.id == SignedConsent.patient_id)
        .order_by(SignedConsent.id)
    ).all()
    seen: set[int] = set()
    for row, template, anonymised_at in rows:
        seen.add(row.id)
        event = signed.get(row.id)
        if event is None:
            problems.append((row.id, _no_event(row.id)))
            continue
        problem = _row_problem(row, template, event, anonymised_at is not None)
        if problem:
            problems.append((row.id, problem))
    for consent_id in sorted(set(signed) - seen):
        problems.append(
            (
                consent_id,
                msg(
                    "Signed consent {consent} is in the audit trail but no longer in the "
                    "database: it was deleted.",
                    consent=consent_id,
                ),
            )
        )
    problems.extend(_withdrawal_problems(session, withdrawn))
    return problems


def _row_problem(
    row: SignedConsent, template: ConsentTemplate, event: dict[str, Any], anonymised: bool
) -> str:
    if text_digest(shown_text(template.title, template.body)) != row.text_sha256:
        return msg(
            "The text of the consent form signed as consent {consent} was changed after it "
            "was signed.",
            consent=row.id,
        )
    strokes = strokes_digest(row.strokes) if row.strokes else None
    png = png_digest(row.signature_png) if row.signature_png is not None else None
    if (strokes is None or png is None) and anonymised:
        strokes = strokes or event.get("strokes_sha256")
        png = png or event.get("png_sha256")
    if strokes != event.get("strokes_sha256") or png != event.get("png_sha256"):
        return msg(
            "The signature of consent {consent} (its pen strokes or image) was changed after "
            "it was signed.",
            consent=row.id,
        )
    proof = proof_digest(
        template_id=row.template_id,
        template_version=template.version,
        text_sha256=row.text_sha256,
        patient_id=row.patient_id,
        witness_id=row.witness_id,
        signed_at=row.signed_at,
        strokes_sha256=strokes or "",
        png_sha256=png or "",
    )
    if proof != row.proof_sha256 or proof != event.get("proof"):
        return msg(
            "Consent {consent} (its patient, form, witness or time) was changed after it was "
            "signed.",
            consent=row.id,
        )
    return ""


def _withdrawal_problems(
    session: Session, withdrawn: dict[int, dict[str, Any]]
) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    rows = {w.signed_consent_id: w for w in session.scalars(select(ConsentWithdrawal))}
    for consent_id in sorted(set(rows) | set(withdrawn)):
        row, event = rows.get(consent_id), withdrawn.get(consent_id)
        if event is None:
            problems.append(
                (
                    consent_id,
                    msg(
                        "The withdrawal of consent {consent} has no record in the audit "
                        "trail: it was added afterwards.",
                        consent=consent_id,
                    ),
                )
            )
        elif row is None:
            problems.append(
                (
                    consent_id,
                    msg(
                        "The withdrawal of consent {consent} was deleted: the audit trail "
                        "records it.",
                        consent=consent_id,
                    ),
                )
            )
        elif any(event.get(key) != value for key, value in withdraw_details(row).items()):
            problems.append(
                (
                    consent_id,
                    msg(
                        "The withdrawal of consent {consent} was changed after it was recorded.",
                        consent=consent_id,
                    ),
                )
            )
    return problems


def _no_event(consent_id: int) -> str:
    return msg(
        "Signed consent {consent} has no signing record in the audit trail: it was added "
        "afterwards, outside PeelDesk.",
        consent=consent_id,
    )


def _parsed(details: str) -> dict[str, Any]:
    try:
        value = json.loads(details or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
