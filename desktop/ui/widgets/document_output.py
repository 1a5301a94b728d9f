"""Open a built PDF in the preview, and audit every print and save of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.common import document_output
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.ui.shell.actions import attempt

if TYPE_CHECKING:
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog


def show_document(
    parent: QWidget | None,
    ctx: ServiceContext,
    pdf: bytes,
    *,
    title: str,
    suggested_name: str,
    document: str,
    patient_id: int | None,
    entity: str = "",
    entity_id: int | None = None,
) -> PdfPreviewDialog:
    # QtPdf costs start-up time and memory: import it when the first preview opens.
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(pdf, title, suggested_name, parent)

    def audit(action: str, pages: int | None = None, destination: str = "") -> None:
        def not_recorded(error: ServiceError | DatabaseProblem) -> bool:
            # The document is out already: say what was not written down, with the cause.
            QMessageBox.warning(
                dialog,
                QCoreApplication.translate("document_output", "Not recorded"),
                (
                    QCoreApplication.translate(
                        "document_output",
                        "The document was printed, but the audit log could not record it: {error}",
                    )
                    if action == "print"
                    else QCoreApplication.translate(
                        "document_output",
                        "The document was saved, but the audit log could not record it: {error}",
                    )
                ).format(error=error),
            )
            return True

        attempt(
            dialog,
            QCoreApplication.translate("document_output", "Not recorded"),
            lambda: document_output.record_output(
                ctx,
                document=document,
                action=action,
                patient_id=patient_id,
                entity=entity,
                entity_id=entity_id,
                pages=pages,
                destination=destination,
            ),
            on_problem=not_recorded,
        )

    dialog.sig_printed.connect(lambda pages: audit("print", pages=pages))
    dialog.sig_saved.connect(lambda path: audit("save", destination=path))
    dialog.open()
    return dialog
