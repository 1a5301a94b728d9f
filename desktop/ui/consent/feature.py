"""Consents on the main window: the section in each patient's workspace, signing at the desk,
withdrawal, printing, *Sign now* when a save is refused for a missing consent, and the admin's
consent forms."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.services.common.permissions import Permission, allowed
from desktop.services.consent.rule import ConsentMissing
from desktop.services.consent.signing import SignedConsentView
from desktop.services.patients import records as patients
from desktop.ui.consent.consents_section import ConsentsSection
from desktop.ui.consent.printing import print_signed_consent
from desktop.ui.consent.signing_dialog import SigningDialog
from desktop.ui.consent.template_editor import ConsentFormsDialog
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.main_window import MenuName
from desktop.ui.sessions.feature import SessionsFeature
from desktop.ui.shell.actions import ProblemOffer, value_or_none
from desktop.ui.shell.feature import Feature

CONSENTS_SHORTCUT = QKeySequence("Ctrl+Shift+N")


class ConsentFeature(Feature):
    def install(self) -> None:
        window = self.window
        self.sections: list[ConsentsSection] = []
        self.dialogs: list[QDialog] = []  # open dialogs, kept referenced (and for tests)
        self.last_preview: QWidget | None = None  # the last signed consent's print preview
        window.add_patient_section(self._section)
        window.writes.add_offer(
            ProblemOffer(
                applies=lambda error: isinstance(error, ConsentMissing),
                label=lambda: QCoreApplication.translate("ConsentFeature", "&Sign now…"),
                accept=self._sign_missing,
            )
        )
        self.action_consents = QAction(
            QCoreApplication.translate("ConsentFeature", "Co&nsents"), window
        )
        self.action_consents.setShortcut(CONSENTS_SHORTCUT)
        self.action_consents.triggered.connect(self.show_consents)
        window.add_action(MenuName.PATIENT, self.action_consents)
        self.action_forms = QAction(
            QCoreApplication.translate("ConsentFeature", "Consent &forms…"), window
        )
        self.action_forms.triggered.connect(self.edit_forms)
        self.action_forms.setEnabled(allowed(self.ctx, Permission.MANAGE_CONSENT_FORMS))
        window.add_action(MenuName.ADMIN, self.action_forms)
        window.events.sig_consent_saved.connect(self._consent_saved)
        window.events.sig_patient_saved.connect(lambda p: self._refresh(p.id))
        window.events.sig_patient_anonymised.connect(self._refresh)

    # --- the workspace section ----------------------------------------------------------
    def _section(self, patient_id: int) -> QWidget:
        section = ConsentsSection(
            self.ctx,
            self.window.tasks,
            patient_id,
            sign=lambda pid, kind: self.sign(pid, [kind]),
            withdraw=self.withdraw,
            print_consent=self.print_consent,
        )
        self.sections.append(section)
        section.destroyed.connect(lambda _o=None, s=section: self._forget_section(s))
        return section

    def _forget_section(self, section: ConsentsSection) -> None:
        if section in self.sections:
            self.sections.remove(section)

    def sections_of(self, patient_id: int) -> list[ConsentsSection]:
        return [s for s in self.sections if s.patient_id == patient_id]

    def _refresh(self, patient_id: int) -> None:
        for section in self.sections_of(patient_id):
            section.refresh()

    def show_consents(self) -> ConsentsSection | None:
        """The current patient's workspace, with the focus on their consents."""
        patient_id = self.window.patient_or_hint(
            QCoreApplication.translate("ConsentFeature", "Find and select a patient first.")
        )
        if patient_id is None or not self.window.has_feature(SessionsFeature):
            return None
        workspace = self.window.feature(SessionsFeature).open_workspace(patient_id)
        found = [s for s in workspace.sections if isinstance(s, ConsentsSection)]
        if not found:
            return None
        found[0].focus_list()
        return found[0]

    # --- signing --------------------------------------------------------------------------
    def sign(
        self,
        patient_id: int,
        kinds: Sequence[str],
        then: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> SigningDialog | None:
        """Sign ``kinds`` one after the other; ``then`` runs once the last one is signed."""
        if not kinds:
            if then is not None:
                then()
            return None
        title = QCoreApplication.translate("ConsentFeature", "Sign a consent")
        patient = value_or_none(
            parent or self.window, title, lambda: patients.get_patient(self.ctx, patient_id)
        )
        if patient is None:
            return None
        dialog = SigningDialog(
            self.ctx,
            self.window.writes,
            patient_id=patient_id,
            patient_name=patient.full_name,
            patient_language=patient.data.language or "tr",
            kind=kinds[0],
            parent=parent or self.window,
        )

        def signed(view: SignedConsentView) -> None:
            self.window.events.sig_consent_saved.emit(view)
            self._offer_print(dialog, view)
            self.sign(patient_id, kinds[1:], then, parent)

        dialog.sig_consent_signed.connect(signed)
        self._run(dialog)
        return dialog

    def _sign_missing(
        self,
        parent: QWidget | None,
        error: ServiceError | DatabaseProblem,
        retry: Callable[[], None],
    ) -> None:
        """*Sign now*: the consents the refused save needs, then the save again."""
        assert isinstance(error, ConsentMissing)
        self.sign(error.patient_id, [str(kind) for kind in error.kinds], retry, parent)

    def _offer_print(self, parent: QWidget, view: SignedConsentView) -> None:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("ConsentFeature", "Consent signed"),
            QCoreApplication.translate(
                "ConsentFeature",
                "The consent is signed and stored. Print a copy for the patient to take home?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.print_consent(view)

    # --- withdrawing and printing ---------------------------------------------------------
    def withdraw(self, consent: SignedConsentView) -> WithdrawDialog:
        dialog = WithdrawDialog(self.ctx, self.window.writes, consent, self.window)
        dialog.sig_withdrawn.connect(self.window.events.sig_consent_saved)
        self._run(dialog)
        return dialog

    def print_consent(self, consent: SignedConsentView) -> None:
        print_signed_consent(
            self.window, self.ctx, consent, self.window.tasks, on_shown=self._preview_shown
        )

    def _preview_shown(self, preview: QWidget) -> None:
        self.last_preview = preview

    # --- administration -------------------------------------------------------------------
    def edit_forms(self) -> ConsentFormsDialog:
        dialog = ConsentFormsDialog(self.ctx, self.window)
        self._run(dialog)
        return dialog

    # --- helpers --------------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> None:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def _consent_saved(self, view: SignedConsentView) -> None:
        self._refresh(view.patient_id)
        self.window.show_status(
            QCoreApplication.translate("ConsentFeature", "Consent saved: {form}.").format(
                form=view.title
            ),
            5000,
        )
