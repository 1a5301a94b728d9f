"""Print the aftercare / pre-treatment sheet of a session: build off the GUI thread, preview, audit.

``open_aftercare`` / ``open_pretreatment`` are the entry points other views (the
sessions list) call with a session id; the Patient menu proposes today's session (else
the most recent) and lets the desk pick another when there are several.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.common.context import ServiceContext
from desktop.services.common.permissions import Permission, allowed
from desktop.services.handouts import session_choice
from desktop.services.handouts import session_data as handout_sessions
from desktop.services.handouts import sheets as handouts
from desktop.services.handouts.session_choice import SessionChoice, SessionChoices
from desktop.ui.errors import show_problem
from desktop.ui.main_window import MenuName
from desktop.ui.shell.actions import attempt, value_or_none
from desktop.ui.shell.feature import Feature
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.document_output import show_document

if TYPE_CHECKING:  # QtPdf loads at the first preview, not at start-up
    from desktop.ui.handouts.session_picker import SessionPickerDialog
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

TITLES = {
    "aftercare": QT_TRANSLATE_NOOP("handouts", "Aftercare sheet"),
    "pretreatment": QT_TRANSLATE_NOOP("handouts", "Pre-treatment sheet"),
}


def open_handout(
    parent: QWidget | None,
    ctx: ServiceContext,
    document: str,
    session_id: int,
    tasks: TaskRunner | None = None,
    on_shown: Callable[[PdfPreviewDialog], None] | None = None,
) -> PdfPreviewDialog | None:
    """Build the sheet and show it in the preview (print and save are audited there).

    With ``tasks`` the PDF is built off the GUI thread and None is returned;
    ``on_shown`` receives the preview once it is open.
    """

    def show(built: handouts.BuiltHandout) -> PdfPreviewDialog | None:
        dialog = show_document(
            parent,
            ctx,
            built.pdf,
            title=f"{QCoreApplication.translate('handouts', TITLES[document])} — {built.title}",
            suggested_name=built.suggested_name,
            document=document,
            patient_id=built.patient_id,
            entity="treatment_session",
            entity_id=built.session_id,
        )
        if on_shown is not None and dialog is not None:
            on_shown(dialog)
        return dialog

    def failed(error: BaseException) -> None:
        show_problem(parent, QCoreApplication.translate("handouts", TITLES[document]), error)

    if tasks is None:
        built = value_or_none(
            parent,
            QCoreApplication.translate("handouts", TITLES[document]),
            lambda: handouts.build_handout(ctx, document, session_id),
        )
        return None if built is None else show(built)
    tasks.submit(lambda: handouts.build_handout(ctx, document, session_id), show, failed)
    return None


def open_aftercare(
    parent: QWidget | None,
    ctx: ServiceContext,
    session_id: int,
    tasks: TaskRunner | None = None,
    on_shown: Callable[[PdfPreviewDialog], None] | None = None,
) -> PdfPreviewDialog | None:
    return open_handout(parent, ctx, "aftercare", session_id, tasks, on_shown)


def open_pretreatment(
    parent: QWidget | None,
    ctx: ServiceContext,
    session_id: int,
    tasks: TaskRunner | None = None,
    on_shown: Callable[[PdfPreviewDialog], None] | None = None,
) -> PdfPreviewDialog | None:
    return open_handout(parent, ctx, "pretreatment", session_id, tasks, on_shown)


_NO_SESSION = {
    "aftercare": QT_TRANSLATE_NOOP(
        "handouts",
        "This patient has no session marked as done yet. The aftercare sheet is "
        "printed for a completed session: record the session first.",
    ),
    "pretreatment": QT_TRANSLATE_NOOP(
        "handouts",
        "This patient has no upcoming planned session. Book the session first; "
        "the pre-treatment sheet then shows its date and time.",
    ),
}


class HandoutsFeature(Feature):
    """Patient menu: print aftercare / pre-treatment sheets; Admin: handout templates."""

    def install(self) -> None:
        window = self.window
        self.last_preview: PdfPreviewDialog | None = None
        self.last_picker: SessionPickerDialog | None = None
        window.add_separator(MenuName.PATIENT)
        self.action_aftercare = QAction(
            QCoreApplication.translate("MainWindow", "Print &aftercare sheet…"), window
        )
        self.action_aftercare.setShortcut(QKeySequence.StandardKey.Print)
        self.action_aftercare.triggered.connect(lambda: self.print_for_patient("aftercare"))
        self.action_pretreatment = QAction(
            QCoreApplication.translate("MainWindow", "Print p&re-treatment sheet…"), window
        )
        # Printed right after booking, from the patient's workspace: Ctrl+P is the aftercare's.
        self.action_pretreatment.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.action_pretreatment.triggered.connect(lambda: self.print_for_patient("pretreatment"))
        self.action_products = QAction(
            QCoreApplication.translate("MainWindow", "Aftercare pro&ducts of the last session…"),
            window,
        )
        self.action_products.triggered.connect(self.edit_products)
        self.action_products.setEnabled(allowed(self.ctx, Permission.RECORD_TREATMENT))
        for action in (self.action_aftercare, self.action_pretreatment, self.action_products):
            window.add_action(MenuName.PATIENT, action)
        self.action_templates = QAction(
            QCoreApplication.translate("MainWindow", "Handout &templates…"), window
        )
        self.action_templates.triggered.connect(self.edit_templates)
        self.action_templates.setEnabled(allowed(self.ctx, Permission.MANAGE_TEMPLATES))
        window.add_action(MenuName.ADMIN, self.action_templates)

    def _choices_for(self, document: str) -> SessionChoices | None:
        """The sessions the sheet may be for; None (after saying why) when there is none."""
        patient_id = self.window.patient_or_hint(
            QCoreApplication.translate("MainWindow", "Find and select a patient first.")
        )
        if patient_id is None:
            return None
        done = attempt(
            self.window,
            QCoreApplication.translate("handouts", TITLES[document]),
            lambda: session_choice.session_choices(self.ctx, patient_id, document),
        )
        if done is None:
            return None
        choices: SessionChoices = done.value
        if not choices.sessions:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("handouts", TITLES[document]),
                QCoreApplication.translate("handouts", _NO_SESSION[document]),
            )
            return None
        return choices

    def print_for_patient(self, document: str) -> None:
        """Today's session (or the most recent) is proposed; with several, the desk picks."""
        from desktop.ui.handouts.session_picker import SessionPickerDialog

        choices = self._choices_for(document)
        if choices is None:
            return
        default = choices.default
        if len(choices.sessions) == 1 and default is not None:
            self._print_session(document, default)
            return
        picker = SessionPickerDialog(
            self.ctx,
            QCoreApplication.translate("handouts", TITLES[document]),
            choices,
            self.window,
        )
        picker.sig_session_chosen.connect(lambda choice: self._print_session(document, choice))
        self.last_picker = picker
        picker.open()

    def _print_session(self, document: str, choice: SessionChoice) -> None:
        from desktop.ui.handouts.session_picker import session_label

        self.window.show_status(
            QCoreApplication.translate(
                "handouts", "Preparing the sheet for the session of {session}…"
            ).format(session=session_label(self.ctx, choice)),
            8000,
        )
        open_handout(
            self.window, self.ctx, document, choice.session_id, self.window.tasks, self._shown
        )

    def _shown(self, dialog: PdfPreviewDialog) -> None:
        self.last_preview = dialog

    def edit_products(self) -> None:
        from desktop.ui.handouts.products_dialog import ProductsDialog

        choices = self._choices_for("aftercare")
        default = choices.default if choices is not None else None
        if default is None:
            return
        session_id = default.session_id
        data = value_or_none(
            self.window,
            QCoreApplication.translate("handouts", "Aftercare products"),
            lambda: handout_sessions.read_handout_session(self.ctx, session_id),
        )
        if data is None:
            return
        ProductsDialog(self.ctx, data, self.window).open()

    def edit_templates(self) -> None:
        from desktop.ui.handouts.template_editor import TemplateEditorDialog

        dialog = value_or_none(
            self.window,
            QCoreApplication.translate("handouts", "Handout templates"),
            lambda: TemplateEditorDialog(self.ctx, self.window),
        )
        if dialog is not None:
            dialog.open()
