"""The signed consent as a PDF for the patient: built off the GUI thread, previewed, audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services.common.context import ServiceContext
from desktop.services.consent import documents
from desktop.services.consent.signing import SignedConsentView
from desktop.ui.consent.words import kind_title
from desktop.ui.errors import show_problem
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.document_output import show_document

if TYPE_CHECKING:  # QtPdf loads with the first preview, not at start-up
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog


def print_signed_consent(
    parent: QWidget | None,
    ctx: ServiceContext,
    consent: SignedConsentView,
    tasks: TaskRunner,
    on_shown: Callable[[PdfPreviewDialog], None] | None = None,
) -> None:
    """Build the PDF on ``tasks`` and open it in the preview (print and save are audited)."""
    title = QCoreApplication.translate("ConsentPrinting", "Signed consent — {form}").format(
        form=kind_title(consent.kind)
    )

    def show(built: documents.ConsentPdf) -> None:
        dialog = show_document(
            parent,
            ctx,
            built.pdf,
            title=title,
            suggested_name=built.suggested_name,
            document=documents.DOCUMENT,
            patient_id=built.consent.patient_id,
            entity="signed_consent",
            entity_id=built.consent.id,
        )
        if dialog is not None and on_shown is not None:
            on_shown(dialog)

    def failed(error: BaseException) -> None:
        show_problem(parent, title, error)

    tasks.submit(lambda: documents.consent_pdf(ctx, consent.id), show, failed)
