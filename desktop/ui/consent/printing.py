"""The signed consent as a PDF for the patient: built off the GUI thread, previewed, audited."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.common.context import ServiceContext
from desktop.services.consent.signing import SignedConsentView


def print_signed_consent(
    parent: QWidget | None, ctx: ServiceContext, consent: SignedConsentView
) -> None:
    """Open the preview of the signed consent (waiting for the consent printout)."""
    del parent, ctx, consent
