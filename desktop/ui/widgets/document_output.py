"""Open a built PDF in the preview, and audit every print and save of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.common import document_output
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.services.common.permissions import Permission, allowed
from desktop.services.settings import clinic_identity
from desktop.ui.shell.actions import attempt, quietly, value_or_none
from desktop.ui.shell.i18n import translated

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
) -> PdfPreviewDialog | None:
    """The preview of ``pdf``, or None when the clinic's details are missing and the person
    chose Settings or Cancel instead of printing anyway (every patient document comes here).
    """
    if not clinic_details_confirmed(parent, ctx, title):
        return None
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


def clinic_details_confirmed(parent: QWidget | None, ctx: ServiceContext, title: str) -> bool:
    """True to go on printing: the clinic's name and phone are set, or "Print anyway" chosen.

    An administrator may open Clinic settings from here instead (then print again).
    """
    missing = quietly(lambda: clinic_identity.missing_clinic_details(ctx), None)
    if missing is None:
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(translated(missing))
    anyway = box.addButton(
        QCoreApplication.translate("document_output", "Print &anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    settings = None
    if allowed(ctx, Permission.MANAGE_SETTINGS):
        settings = box.addButton(
            QCoreApplication.translate("document_output", "Open clinic &settings"),
            QMessageBox.ButtonRole.ActionRole,
        )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(settings or anyway)
    box.setObjectName("clinicDetailsMissing")
    box.exec()
    if box.clickedButton() is anyway:
        return True
    if settings is not None and box.clickedButton() is settings:
        _open_clinic_settings(parent, ctx)
    return False


def _open_clinic_settings(parent: QWidget | None, ctx: ServiceContext) -> None:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.shell.shell_feature import open_settings

    widget = parent
    while widget is not None and not isinstance(widget, MainWindow):
        widget = widget.parentWidget()
    if widget is not None:
        open_settings(widget)
        return
    from desktop.ui.settings.settings_dialog import SettingsDialog

    dialog = value_or_none(parent, "PeelDesk", lambda: SettingsDialog(ctx, parent))
    if dialog is not None:
        dialog.open()
