"""Signing a consent at the desk, withdrawing it, and reading a patient's consents.

A signature is valid until it is withdrawn, or until the clinic publishes a newer version of
the same form (kind and language) marked "requires re-consent" (then it is *superseded*).
Rows are never updated or deleted (except the image and strokes at anonymisation).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import ConsentKind, Language
from db.models import ConsentTemplate, ConsentWithdrawal, Patient, SignedConsent, Staff
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound, ValidationError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.consent.proof import (
    ENTITY,
    SIGN_ACTION,
    WITHDRAW_ACTION,
    png_digest,
    proof_digest,
    sign_details,
    strokes_digest,
    withdraw_details,
)
from desktop.services.consent.signature_input import SignatureInput, check_png, checked_strokes
from desktop.services.consent.templates import current_row, shown_text, text_digest

__all__ = [
    "ConsentStatus",
    "SignatureInput",
    "SignedConsentView",
    "has_valid_consent",
    "missing_consents",
    "patient_consents",
    "sign_consent",
    "withdraw_consent",
]

MAX_REASON = 1_000


class ConsentStatus(enum.StrEnum):
    VALID = "valid"
    WITHDRAWN = "withdrawn"
    SUPERSEDED = "superseded"  # a newer version requiring re-consent was published


STATUS_WORDS = {
    ConsentStatus.VALID: msg("valid"),
    ConsentStatus.WITHDRAWN: msg("withdrawn"),
    ConsentStatus.SUPERSEDED: msg("needs signing again (new version)"),
}


@dataclass(frozen=True)
class SignedConsentView:
    id: int
    patient_id: int
    template_id: int
    kind: ConsentKind
    language: Language
    version: int
    title: str
    text: str  # exactly what was shown and signed
    text_sha256: str
    signed_at: datetime
    witness_id: int
    witness_name: str
    proof_sha256: str
    status: ConsentStatus
    signature_png: bytes | None  # None once the patient was anonymised
    withdrawn_at: datetime | None = None
    withdrawn_witness_name: str = ""
    withdrawal_reason: str = ""


# --- writing -------------------------------------------------------------------------------
def sign_consent(
    ctx: ServiceContext,
    patient_id: int,
    template_id: int,
    signature: SignatureInput,
    witness_id: int,
) -> SignedConsentView:
    """Store the patient's signature under the current version of a form, with its proof."""
    require(ctx, Permission.EDIT_PATIENTS)
    strokes = checked_strokes(signature.strokes)
    check_png(signature.png)
    with ctx.database.write() as session:
        return sign_in_session(
            session, ctx, patient_id, template_id, strokes, signature.png, witness_id
        )


def sign_in_session(
    session: Session,
    ctx: ServiceContext,
    patient_id: int,
    template_id: int,
    strokes: list[list[list[float]]],
    png: bytes,
    witness_id: int,
) -> SignedConsentView:
    """sign_consent inside the caller's transaction (demo data); input already checked."""
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(msg("This patient no longer exists. Search again."))
    if patient.anonymised_at is not None:
        raise ValidationError({"patient": msg("This patient was anonymised and cannot sign.")})
    template = session.get(ConsentTemplate, template_id)
    if template is None:
        raise NotFound(msg("This consent form no longer exists. Open it again."))
    latest = current_row(session, template.kind, template.language)
    if latest is None or latest.id != template.id:
        raise ValidationError(
            {
                "template": msg(
                    "A newer version of this consent form was published. Open the form "
                    "again so the patient reads and signs the current text."
                )
            }
        )
    _check_witness(session, witness_id)
    text_sha256 = text_digest(shown_text(template.title, template.body))
    signed_at = ctx.now()
    row = SignedConsent(
        patient_id=patient_id,
        template_id=template.id,
        text_sha256=text_sha256,
        signed_at=signed_at,
        witness_id=witness_id,
        strokes=strokes,
        signature_png=png,
        proof_sha256=proof_digest(
            template_id=template.id,
            template_version=template.version,
            text_sha256=text_sha256,
            patient_id=patient_id,
            witness_id=witness_id,
            signed_at=signed_at,
            strokes_sha256=strokes_digest(strokes),
            png_sha256=png_digest(png),
        ),
    )
    session.add(row)
    session.flush()
    record_event(
        session,
        ctx,
        SIGN_ACTION,
        entity=ENTITY,
        entity_id=row.id,
        patient_id=patient_id,
        details=sign_details(row, template),
    )
    return _view(session, row)


def withdraw_consent(
    ctx: ServiceContext,
    signed_consent_id: int,
    reason: str,
    witness_id: int | None = None,
) -> SignedConsentView:
    """Record that the patient took a consent back (witnessed by the logged-in staff member
    unless another is named). The signature stays on file; the consent stops counting."""
    require(ctx, Permission.EDIT_PATIENTS)
    reason = (reason or "").strip()
    if len(reason) > MAX_REASON:
        raise ValidationError(
            {"reason": msg("Keep the reason under {limit} characters.", limit=MAX_REASON)}
        )
    witness = witness_id if witness_id is not None else ctx.actor.staff_id
    with ctx.database.write() as session:
        row = session.get(SignedConsent, signed_consent_id)
        if row is None:
            raise NotFound(msg("This signed consent no longer exists. Reload the list."))
        if session.scalar(
            select(ConsentWithdrawal.id).where(ConsentWithdrawal.signed_consent_id == row.id)
        ):
            raise ValidationError({"consent": msg("This consent was already withdrawn.")})
        if witness is None:
            raise ValidationError(
                {"witness": msg("A staff member must witness the withdrawal. Log in first.")}
            )
        _check_witness(session, witness)
        withdrawal = ConsentWithdrawal(
            signed_consent_id=row.id, withdrawn_at=ctx.now(), witness_id=witness, reason=reason
        )
        session.add(withdrawal)
        session.flush()
        template = session.get(ConsentTemplate, row.template_id)
        assert template is not None  # a foreign key
        record_event(
            session,
            ctx,
            WITHDRAW_ACTION,
            entity=ENTITY,
            entity_id=row.id,
            patient_id=row.patient_id,
            details={**withdraw_details(withdrawal), "kind": template.kind.value},
        )
        return _view(session, row)


# --- reading -------------------------------------------------------------------------------
def patient_consents(ctx: ServiceContext, patient_id: int) -> list[SignedConsentView]:
    """Every consent the patient signed, newest first, each with its status."""
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        return consents_in_session(session, patient_id)


def get_signed_consent(ctx: ServiceContext, signed_consent_id: int) -> SignedConsentView:
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        row = session.get(SignedConsent, signed_consent_id)
        if row is None:
            raise NotFound(msg("This signed consent no longer exists. Reload the list."))
        return _view(session, row)


def has_valid_consent(ctx: ServiceContext, patient_id: int, kind: str) -> bool:
    """Whether the patient's consent of this kind counts now (photos ask PHOTOGRAPHY;
    marketing contact asks MARKETING: that consent is the marketing flag)."""
    return not missing_consents(ctx, patient_id, [ConsentKind(kind)])


def missing_consents(
    ctx: ServiceContext, patient_id: int, kinds: Iterable[str]
) -> list[ConsentKind]:
    """The kinds among ``kinds`` the patient has no valid signature for, in the usual order."""
    require(ctx, Permission.VIEW_PATIENTS)
    with ctx.database.read() as session:
        return missing_in_session(session, patient_id, kinds)


def missing_in_session(
    session: Session, patient_id: int, kinds: Iterable[str]
) -> list[ConsentKind]:
    wanted = {ConsentKind(k) for k in kinds}
    valid = {v.kind for v in consents_in_session(session, patient_id) if v.status == "valid"}
    return [kind for kind in ConsentKind if kind in wanted and kind not in valid]


def consents_in_session(session: Session, patient_id: int) -> list[SignedConsentView]:
    rows = session.execute(
        select(SignedConsent, ConsentTemplate, ConsentWithdrawal)
        .join(ConsentTemplate, ConsentTemplate.id == SignedConsent.template_id)
        .outerjoin(ConsentWithdrawal, ConsentWithdrawal.signed_consent_id == SignedConsent.id)
        .where(SignedConsent.patient_id == patient_id)
        .order_by(SignedConsent.signed_at.desc(), SignedConsent.id.desc())
    ).all()
    if not rows:
        return []
    # The first version of each kind and language that asks everybody to sign again.
    reconsent: dict[tuple[ConsentKind, Language], int] = {}
    for kind, language, version in session.execute(
        select(ConsentTemplate.kind, ConsentTemplate.language, ConsentTemplate.version).where(
            ConsentTemplate.requires_reconsent.is_(True)
        )
    ):
        key = (kind, language)
        reconsent[key] = max(reconsent.get(key, 0), version)
    names = _staff_names(
        session,
        {r.witness_id for r, _, _ in rows} | {w.witness_id for _, _, w in rows if w is not None},
    )
    return [
        _view_with(row, template, withdrawal, names, reconsent)
        for row, template, withdrawal in rows
    ]


# --- helpers -------------------------------------------------------------------------------
def _check_witness(session: Session, witness_id: int) -> None:
    witness = session.get(Staff, witness_id)
    if witness is None or not witness.active:
        raise ValidationError(
            {"witness": msg("Pick the staff member who witnessed the signature.")}
        )


def _staff_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    stmt = select(Staff.id, Staff.full_name).where(Staff.id.in_(ids))
    return {staff_id: name for staff_id, name in session.execute(stmt)}


def _view(session: Session, row: SignedConsent) -> SignedConsentView:
    found = [v for v in consents_in_session(session, row.patient_id) if v.id == row.id]
    return found[0]


def _view_with(
    row: SignedConsent,
    template: ConsentTemplate,
    withdrawal: ConsentWithdrawal | None,
    names: dict[int, str],
    reconsent: dict[tuple[ConsentKind, Language], int],
) -> SignedConsentView:
    if withdrawal is not None:
        status = ConsentStatus.WITHDRAWN
    elif reconsent.get((template.kind, template.language), 0) > template.version:
        status = ConsentStatus.SUPERSEDED
    else:
        status = ConsentStatus.VALID
    return SignedConsentView(
        id=row.id,
        patient_id=row.patient_id,
        template_id=template.id,
        kind=template.kind,
        language=template.language,
        version=template.version,
        title=template.title,
        text=shown_text(template.title, template.body),
        text_sha256=row.text_sha256,
        signed_at=row.signed_at,
        witness_id=row.witness_id,
        witness_name=names.get(row.witness_id, ""),
        proof_sha256=row.proof_sha256,
        status=status,
        signature_png=row.signature_png,
        withdrawn_at=withdrawal.withdrawn_at if withdrawal else None,
        withdrawn_witness_name=names.get(withdrawal.witness_id, "") if withdrawal else "",
        withdrawal_reason=withdrawal.reason if withdrawal else "",
    )
