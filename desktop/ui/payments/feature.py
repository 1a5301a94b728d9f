"""Payments on the main window: the money section in each patient's workspace, Take payment
(Ctrl+Shift+M, Patient menu), refunds, receipts (numbered, previewed, printed, cancelled)
and a course's extension or early close. Every change is announced as
``sig_payment_saved``, so the balance refreshes wherever the patient is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from desktop.services.patients import records as patients
from desktop.services.payments import courses, money, receipts
from desktop.services.payments.rows import CourseRow, MoneyEventRow
from desktop.services.sessions import day_list
from desktop.services.sessions.day_list import SessionListRow
from desktop.ui.errors import show_problem
from desktop.ui.main_window import MenuName
from desktop.ui.payments.money_section import MoneyActions, MoneySection
from desktop.ui.payments.payment_dialog import PaymentDialog
from desktop.ui.payments.reason_dialogs import (
    ReasonDialog,
    cancel_receipt_dialog,
    close_course_dialog,
    extend_course_dialog,
)
from desktop.ui.sessions.feature import SessionsFeature
from desktop.ui.shell.actions import quietly, value_or_none
from desktop.ui.shell.feature import Feature
from desktop.ui.widgets.document_output import show_document

if TYPE_CHECKING:  # QtPdf loads with the first preview, not at start-up
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

PAYMENT_SHORTCUT = QKeySequence("Ctrl+Shift+M")
RECEIPT_DOCUMENT = "receipt"
# Sessions offered as what a payment is for: the patient's latest ones.
SESSIONS_OFFERED = 8


class PaymentsFeature(Feature):
    def install(self) -> None:
        window = self.window
        self.sections: list[MoneySection] = []
        self.dialogs: list[QDialog] = []  # open dialogs, kept referenced (and for tests)
        self.last_preview: PdfPreviewDialog | None = None  # the last receipt's preview
        window.add_patient_section(self._section)
        self.action_take_payment = QAction(
            QCoreApplication.translate("PaymentsFeature", "Take pa&yment…"), window
        )
        self.action_take_payment.setShortcut(PAYMENT_SHORTCUT)
        self.action_take_payment.triggered.connect(self.take_payment_current)
        window.add_action(MenuName.PATIENT, self.action_take_payment)
        window.events.sig_payment_saved.connect(self._payment_saved)
        window.events.sig_quote_saved.connect(lambda q: self._refresh(q.patient_id))
        window.events.sig_session_saved.connect(lambda s: self._refresh(s.patient_id))
        window.events.sig_patient_anonymised.connect(self._refresh)

    # --- the workspace section ------------------------------------------------------------
    def _section(self, patient_id: int) -> QWidget:
        section = MoneySection(
            self.ctx,
            self.window.tasks,
            patient_id,
            MoneyActions(
                refund=self.refund,
                print_receipt=self.print_receipt,
                cancel_receipt=self.cancel_receipt,
                extend_course=self.extend_course,
                close_course=self.close_course,
            ),
        )
        self.sections.append(section)
        section.destroyed.connect(lambda _o=None, s=section: self._forget_section(s))
        return section

    def _forget_section(self, section: MoneySection) -> None:
        if section in self.sections:
            self.sections.remove(section)

    def sections_of(self, patient_id: int) -> list[MoneySection]:
        return [s for s in self.sections if s.patient_id == patient_id]

    def _refresh(self, patient_id: int) -> None:
        for section in self.sections_of(patient_id):
            section.refresh()

    def _payment_saved(self, saved: object) -> None:
        patient_id = getattr(saved, "patient_id", None)
        if isinstance(patient_id, int):
            self._refresh(patient_id)

    # --- taking and giving back money -----------------------------------------------------
    def take_payment_current(self) -> PaymentDialog | None:
        patient_id = self.window.patient_or_hint(
            QCoreApplication.translate("PaymentsFeature", "Find and select a patient first.")
        )
        if patient_id is None:
            return None
        return self.take_payment(patient_id)

    def take_payment(self, patient_id: int) -> PaymentDialog | None:
        return self._payment_dialog(patient_id, refund=False)

    def refund(self, patient_id: int) -> PaymentDialog | None:
        return self._payment_dialog(patient_id, refund=True)

    def _payment_dialog(self, patient_id: int, *, refund: bool) -> PaymentDialog | None:
        title = (
            QCoreApplication.translate("PaymentsFeature", "Give money back")
            if refund
            else QCoreApplication.translate("PaymentsFeature", "Take a payment")
        )
        ctx = self.ctx
        patient = value_or_none(self.window, title, lambda: patients.get_patient(ctx, patient_id))
        balance = value_or_none(self.window, title, lambda: money.balance(ctx, patient_id))
        if patient is None or balance is None:
            return None
        found: list[CourseRow] = quietly(lambda: courses.courses_of(ctx, patient_id), [])
        open_courses = [c for c in found if c.status == "open"]
        sessions: list[SessionListRow] = quietly(
            lambda: day_list.patient_sessions(ctx, patient_id), []
        )
        dialog = PaymentDialog(
            ctx,
            self.window.writes,
            patient_id=patient_id,
            patient_name=patient.full_name,
            balance=balance,
            courses=open_courses,
            sessions=[s for s in sessions if s.status in ("planned", "done")][:SESSIONS_OFFERED],
            refund=refund,
            parent=self.window,
        )
        dialog.sig_payment_saved.connect(self.window.events.sig_payment_saved)
        dialog.sig_print_receipt.connect(self.print_receipt)
        self._run(dialog)
        return dialog

    # --- receipts -------------------------------------------------------------------------
    def print_receipt(self, event: MoneyEventRow) -> None:
        """Number the event's receipt if it has none yet, then open it in the preview."""
        ctx = self.ctx
        event_id, receipt_id = event.id, event.receipt_id
        title = QCoreApplication.translate("PaymentsFeature", "Receipt")
        if receipt_id is None:
            self.window.writes.write(
                self.window,
                title,
                lambda: receipts.receipt_pdf(ctx, receipts.issue_receipt(ctx, event_id).id),
                self._show_receipt,
                key=f"receipt-{event_id}",
            )
            return
        self.window.tasks.submit(
            lambda: receipts.receipt_pdf(ctx, receipt_id),
            self._show_receipt,
            lambda error: show_problem(self.window, title, error),
        )

    def _show_receipt(self, built: receipts.ReceiptPdf) -> None:
        self.window.events.sig_payment_saved.emit(built.receipt)  # its number shows at once
        dialog = show_document(
            self.window,
            self.ctx,
            built.pdf,
            title=QCoreApplication.translate("PaymentsFeature", "Receipt {number}").format(
                number=built.receipt.number
            ),
            suggested_name=built.suggested_name,
            document=RECEIPT_DOCUMENT,
            patient_id=built.receipt.patient_id,
            entity="receipt",
            entity_id=built.receipt.id,
        )
        if dialog is not None:
            self.last_preview = dialog

    def cancel_receipt(self, event: MoneyEventRow) -> ReasonDialog:
        return self._reason(cancel_receipt_dialog(self.ctx, self.window.writes, event, self.window))

    # --- courses --------------------------------------------------------------------------
    def extend_course(self, course: CourseRow) -> ReasonDialog:
        return self._reason(extend_course_dialog(self.ctx, self.window.writes, course, self.window))

    def close_course(self, course: CourseRow) -> ReasonDialog:
        return self._reason(close_course_dialog(self.ctx, self.window.writes, course, self.window))

    # --- helpers --------------------------------------------------------------------------
    def _reason(self, dialog: ReasonDialog) -> ReasonDialog:
        dialog.sig_saved.connect(self.window.events.sig_payment_saved)
        self._run(dialog)
        return dialog

    def _run(self, dialog: QDialog) -> None:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def show_payments(self) -> MoneySection | None:
        """The current patient's workspace with the focus on their payments."""
        patient_id = self.window.current_patient_id()
        if patient_id is None or not self.window.has_feature(SessionsFeature):
            return None
        workspace = self.window.feature(SessionsFeature).open_workspace(patient_id)
        found = [s for s in workspace.sections if isinstance(s, MoneySection)]
        if found:
            found[0].focus_events()
            return found[0]
        return None
