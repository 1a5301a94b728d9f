"""Withdrawing a consent: the reason in the patient's words, then a confirmation.

Nothing is deleted: the service records the withdrawal (time, witness, reason) beside the
signature, and the consent stops counting from then on.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_date_time
from desktop.services.common.context import ServiceContext
from desktop.services.consent.signing import SignedConsentView, withdraw_consent
from desktop.ui.consent.words import kind_title
from desktop.ui.shell.actions import ActionRunner
from desktop.ui.widgets.field_error import FieldError


class WithdrawDialog(QDialog):
    sig_withdrawn = Signal(object)  # SignedConsentView

    def __init__(
        self,
        ctx: ServiceContext,
        writes: ActionRunner,
        consent: SignedConsentView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawConsentDialog")
        self._ctx = ctx
        self._writes = writes
        self.consent = consent
        self._key = f"withdraw-consent-{consent.id}"
        self.setWindowTitle(self.tr("Withdraw a consent"))
        self.setMinimumWidth(560)
        signed = format_date_time(consent.signed_at.astimezone(ctx.zone))
        about = QLabel(
            self.tr(
                "{form}, version {version}, signed on {when}. The signature stays on file; "
                "the consent no longer counts from now on."
            ).format(form=kind_title(consent.kind), version=consent.version, when=signed)
        )
        about.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("withdrawReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        reason_label = QLabel(self.tr("&Reason the patient gives (optional):"))
        reason_label.setBuddy(self.reason)
        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.withdraw_button = self.buttons.addButton(
            self.tr("&Withdraw consent"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.withdraw)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def withdraw(self) -> None:
        # A patient may take a consent back without giving a reason: it is asked, not required.
        reason = self.reason.toPlainText().strip()
        self.error.show_message("")
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Withdraw the consent for {form}? This cannot be undone.").format(
                form=kind_title(self.consent.kind)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._writes.write(
            self,
            self.windowTitle(),
            partial(withdraw_consent, self._ctx, self.consent.id, reason),
            self._done,
            key=self._key,
            busy=[self.buttons],
            inline=self.error.show_message,
        )

    def _done(self, withdrawn: SignedConsentView) -> None:
        self.sig_withdrawn.emit(withdrawn)
        self.accept()

    def reject(self) -> None:
        if not self._writes.is_running(self._key):
            super().reject()
