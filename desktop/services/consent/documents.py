"""The signed consent's PDF (GUI and CLI alike), and saving it to a file (audited)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.models import Patient
from desktop.services.common import document_output
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import NotFound
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.consent.signing import SignedConsentView, get_signed_consent
from desktop.services.settings.store import clinic_identity

DOCUMENT = "signed_consent"


@dataclass(frozen=True)
class ConsentPdf:
    pdf: bytes
    consent: SignedConsentView

    @property
    def suggested_name(self) -> str:
        return f"consent-{self.consent.id}-{self.consent.kind.value}-v{self.consent.version}.pdf"


def consent_pdf(ctx: ServiceContext, signed_consent_id: int) -> ConsentPdf:
    """The signed consent as a PDF in the language the patient read (ReportLab loaded now)."""
    from desktop.printing.consent import ConsentPrint, build_consent_pdf

    require(ctx, Permission.PRINT_HANDOUTS)
    consent = get_signed_consent(ctx, signed_consent_id)
    with ctx.database.read() as session:
        patient = session.get(Patient, consent.patient_id)
        if patient is None:
            raise NotFound(msg("This patient no longer exists. Search again."))
        name = f"{patient.given_name} {patient.family_name}".strip()
        born = patient.birth_date
    body = consent.text.partition("\n\n")[2]
    data = ConsentPrint(
        clinic=clinic_identity(ctx),
        language=consent.language,
        consent_id=consent.id,
        patient_name=name,
        patient_birth_date=born,
        title=consent.title,
        body=body,
        version=consent.version,
        signed_at=consent.signed_at,
        zone=ctx.zone,
        witness_name=consent.witness_name,
        text_sha256=consent.text_sha256,
        proof_sha256=consent.proof_sha256,
        signature_png=consent.signature_png,
        withdrawn_at=consent.withdrawn_at,
        withdrawal_reason=consent.withdrawal_reason,
    )
    return ConsentPdf(build_consent_pdf(data), consent)


def save_consent_pdf(ctx: ServiceContext, built: ConsentPdf, path: str | Path) -> Path:
    """Write the PDF owner-only and audit the save (the CLI's path)."""
    return document_output.save_pdf(
        ctx,
        built.pdf,
        path,
        document=DOCUMENT,
        patient_id=built.consent.patient_id,
        entity="signed_consent",
        entity_id=built.consent.id,
        example_name=built.suggested_name,
    )
