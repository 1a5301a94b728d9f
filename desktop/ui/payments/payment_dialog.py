"""Take a payment (or give money back): amount, method, kind, what it is for.

Keyboard-first: the amount is pre-filled with what the patient owes and selected, so typing
replaces it and Enter takes the payment. The amount may be typed Turkish style (1.250,50) or
English style (1,250.50). The service checks everything again and its field messages show
under the fields; nothing is written then. On success the receipt is numbered and opened in
the preview when "Print the receipt" is ticked (it is by default).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import decimal_sign, format_local_datetime
from desktop.services.common.context import ServiceContext
from desktop.services.payments import money
from desktop.services.payments.money import PaymentInput
from desktop.services.payments.rows import Balance, CourseRow, MoneyEventRow
from desktop.services.sessions.day_list import SessionListRow
from desktop.ui.payments.amount_text import plain_amount
from desktop.ui.payments.words import METHOD_WORDS, amount_as_typed, method_word, money_text
from desktop.ui.shell.actions import ActionRunner, under_fields
from desktop.ui.shell.i18n import current_language
from desktop.ui.widgets.field_error import FieldError, with_error


def course_title(course: CourseRow) -> str:
    return ", ".join(course.areas) or course.quote_number


class PaymentDialog(QDialog):
    sig_payment_saved = Signal(object)  # MoneyEventRow
    # The saved event, when the receipt should be printed now.
    sig_print_receipt = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        writes: ActionRunner,
        *,
        patient_id: int,
        patient_name: str,
        balance: Balance,
        courses: Sequence[CourseRow] = (),
        sessions: Sequence[SessionListRow] = (),
        refund: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog" if refund else "paymentDialog")
        self._ctx = ctx
        self._writes = writes
        self.patient_id = patient_id
        self.refund = refund
        self._key = f"{'refund' if refund else 'payment'}-{patient_id}"
        self.setWindowTitle(self.tr("Give money back") if refund else self.tr("Take a payment"))
        self.setMinimumWidth(460)

        about = QLabel(self._about(patient_name, balance))
        about.setObjectName("paymentAbout")
        about.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setObjectName("paymentAmount")
        if not refund and balance.owed > 0:
            self.amount.setText(amount_as_typed(balance.owed))
        self.amount.selectAll()
        self.method = QComboBox()
        self.method.setObjectName("paymentMethod")
        for code in METHOD_WORDS:
            self.method.addItem(method_word(code), code)
        self.kind = QComboBox()
        self.kind.setObjectName("paymentKind")
        self.kind.addItem(self.tr("Payment"), "payment")
        self.kind.addItem(self.tr("Deposit"), "deposit")
        self.target = QComboBox()
        self.target.setObjectName("paymentFor")
        self.target.addItem(self.tr("The patient's balance"), None)
        for course in courses:
            self.target.addItem(
                self.tr("Course: {areas} ({quote})").format(
                    areas=course_title(course), quote=course.quote_number
                ),
                ("course", course.id),
            )
        for row in sessions:
            self.target.addItem(
                self.tr("Session: {when} · {areas}").format(
                    when=_when(row, ctx.zone), areas=", ".join(row.areas)
                ),
                ("session", row.id),
            )
        if courses and not refund:
            self.target.setCurrentIndex(1)  # most payments are towards the course
        self.reason = QLineEdit()
        self.reason.setObjectName("refundReason")
        self.print_receipt = QCheckBox(self.tr("&Print the receipt"))
        self.print_receipt.setObjectName("printReceipt")
        self.print_receipt.setChecked(True)

        self.errors = {
            key: FieldError() for key in ("amount", "method", "kind", "course", "session", "reason")
        }
        self.general = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&Amount"), with_error(self.amount, self.errors["amount"]))
        form.addRow(self.tr("&Method"), with_error(self.method, self.errors["method"]))
        if not refund:
            form.addRow(self.tr("&Kind"), with_error(self.kind, self.errors["kind"]))
        target = QWidget()
        column = QVBoxLayout(target)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.target)
        column.addWidget(self.errors["course"])
        column.addWidget(self.errors["session"])
        form.addRow(self.tr("&For"), target)
        if refund:
            form.addRow(self.tr("&Reason"), with_error(self.reason, self.errors["reason"]))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("&Give back") if refund else self.tr("&Take payment"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.print_receipt)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.amount.setFocus()

    def _about(self, name: str, balance: Balance) -> str:
        if balance.owed > 0:
            return self.tr("{patient} owes {amount}.").format(
                patient=name, amount=money_text(balance.owed, balance.currency)
            )
        if balance.owed < 0:
            return self.tr("{patient} has {amount} in credit.").format(
                patient=name, amount=money_text(-balance.owed, balance.currency)
            )
        return self.tr("{patient} owes nothing.").format(patient=name)

    def payment_input(self) -> PaymentInput:
        target = self.target.currentData()
        course_id = target[1] if target and target[0] == "course" else None
        session_id = target[1] if target and target[0] == "session" else None
        return PaymentInput(
            patient_id=self.patient_id,
            amount=plain_amount(self.amount.text(), decimal_sign(current_language())),
            method=str(self.method.currentData()),
            kind="payment" if self.refund else str(self.kind.currentData()),
            course_id=course_id,
            session_id=session_id,
        )

    def save(self) -> None:
        for error in (*self.errors.values(), self.general):
            error.show_message("")
        data = self.payment_input()
        if self.refund:
            call = partial(money.refund, self._ctx, data, self.reason.text())
        else:
            call = partial(money.take_payment, self._ctx, data)
        self._writes.write(
            self,
            self.windowTitle(),
            call,
            self._done,
            key=self._key,
            busy=[self.buttons],
            inline=self.general.show_message,
            on_problem=under_fields(self.errors, self.general),
        )

    def _done(self, event: MoneyEventRow) -> None:
        self.sig_payment_saved.emit(event)
        if self.print_receipt.isChecked():
            self.sig_print_receipt.emit(event)
        self.accept()

    def reject(self) -> None:
        if not self._writes.is_running(self._key):
            super().reject()


def _when(row: SessionListRow, zone: tzinfo) -> str:
    return format_local_datetime(row.starts_at, zone)
