"""Signing a consent at the desk: the exact text in the patient's language, the pad, the witness.

The text shown is the template version the service stores with the signature (its SHA-256 is
the proof of what was read), so the dialog never edits or re-flows it. Switching the language
is possible until the patient signs: a signature belongs to the text it was drawn under.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_short_date
from desktop.services.accounts.colleagues import ColleagueOption, active_colleagues
from desktop.services.common.context import ServiceContext
from desktop.services.consent.signing import SignatureInput, sign_consent
from desktop.services.consent.templates import ConsentTemplateView, current_template
from desktop.ui.consent.signature_pad import SignaturePad
from desktop.ui.consent.words import kind_title
from desktop.ui.shell.actions import ActionRunner, attempt, quietly
from desktop.ui.widgets.field_error import FieldError

LANGUAGES = (("tr", "Türkçe"), ("en", "English"))


class SigningDialog(QDialog):
    """One consent of one kind for one patient; ``signed`` holds the service's answer."""

    sig_consent_signed = Signal(object)  # what sign_consent returned

    def __init__(
        self,
        ctx: ServiceContext,
        writes: ActionRunner,
        *,
        patient_id: int,
        patient_name: str,
        patient_language: str,
        kind: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signingDialog")
        self._ctx = ctx
        self._writes = writes
        self._patient_id = patient_id
        self.kind = kind
        self._save_key = f"sign-consent-{patient_id}-{kind}"
        self._asked = False  # the discard question was answered (or a test said so)
        self.template: ConsentTemplateView | None = None
        self.signed: object | None = None
        self.setWindowTitle(
            self.tr("Consent of {name}: {kind}").format(name=patient_name, kind=kind_title(kind))
        )
        self.setMinimumSize(760, 600)
        self.resize(1040, 690)

        self.language = QComboBox()
        self.language.setObjectName("consentLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        language_label = QLabel(self.tr("&Language of the form:"))
        language_label.setBuddy(self.language)

        self.title_label = QLabel()
        self.title_label.setObjectName("consentTitle")
        self.title_label.setWordWrap(True)
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.version_label = QLabel()
        self.version_label.setObjectName("consentVersion")

        self.text = QTextBrowser()
        self.text.setObjectName("consentText")
        self.text.setOpenLinks(False)
        text_font = QFont(self.text.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.25)
        self.text.setFont(text_font)

        self.pad = SignaturePad()
        self.pad.setMinimumHeight(190)
        sign_here = QLabel(self.tr("<b>Signature of {name}</b>").format(name=patient_name))
        sign_here.setTextFormat(Qt.TextFormat.RichText)

        self.witness = QComboBox()
        self.witness.setObjectName("consentWitness")
        colleagues: list[ColleagueOption] = quietly(lambda: active_colleagues(ctx), [])
        for option in colleagues:
            self.witness.addItem(option.full_name, option.id)
        if ctx.actor.staff_id is not None:
            index = self.witness.findData(ctx.actor.staff_id)
            if index < 0:  # the person at the desk is always a possible witness
                self.witness.insertItem(0, ctx.actor.name, ctx.actor.staff_id)
                index = 0
            self.witness.setCurrentIndex(index)
        witness_label = QLabel(self.tr("&Witnessed by:"))
        witness_label.setBuddy(self.witness)

        self.error = FieldError()
        self.buttons = QDialogButtonBox()
        self.sign_button = QPushButton(self.tr("&Sign"))
        self.sign_button.setObjectName("signConsent")
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        for button in (self.sign_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter does neither (keyPressEvent)

        top = QHBoxLayout()
        top.addWidget(self.version_label, 1)
        top.addWidget(language_label)
        top.addWidget(self.language)
        bottom = QHBoxLayout()
        bottom.addWidget(witness_label)
        bottom.addWidget(self.witness)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text, 3)
        layout.addWidget(sign_here)
        layout.addWidget(self.pad, 2)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self.pad.sig_changed.connect(self._update_buttons)
        start = self.language.findData(patient_language)
        self.language.setCurrentIndex(max(start, 0))
        self.language.currentIndexChanged.connect(lambda _i: self.load_text())
        self.load_text()
        self.text.setFocus()  # the arrow keys and Page Down scroll the text

    # --- the text -------------------------------------------------------------------------
    def load_text(self) -> None:
        language = str(self.language.currentData())
        template = attempt(
            self,
            self.windowTitle(),
            lambda: current_template(self._ctx, self.kind, language),
            inline=self.error.show_message,
        )
        self.template = None if template is None else template.value
        if self.template is None:
            self.title_label.clear()
            self.version_label.clear()
            self.text.clear()
        else:
            self.error.show_message("")
            self._show(self.template, language)
        self._update_buttons()

    def _show(self, template: ConsentTemplateView, language: str) -> None:
        self.title_label.setText(template.title)
        self.text.setPlainText(template.body)
        published = format_short_date(template.published_at.astimezone(self._ctx.zone).date())
        self.version_label.setText(
            self.tr("Version {version}, published {date}").format(
                version=template.version, date=published
            )
        )
        if template.language != language:
            self.version_label.setText(
                self.version_label.text()
                + " · "
                + self.tr("not written in the chosen language yet; shown in English")
            )

    # --- signing --------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        empty = self.pad.is_empty()
        self.sign_button.setEnabled(self.template is not None and self.pad.is_signature())
        # A signature belongs to the text it was drawn under: clear it to switch the language.
        self.language.setEnabled(empty)
        self.language.setToolTip(
            "" if empty else self.tr("Clear the signature to show the form in another language.")
        )

    def sign(self) -> None:
        if self.template is None or not self.pad.is_signature():
            return
        if self._writes.is_running(self._save_key):
            return
        self.error.show_message("")
        witness = self.witness.currentData()
        if witness is None:
            self.error.show_message(self.tr("Pick the staff member who witnessed the signature."))
            return
        signature = SignatureInput(strokes=self.pad.strokes(), png=self.pad.to_png())
        self._writes.write(
            self,
            self.windowTitle(),
            partial(
                sign_consent,
                self._ctx,
                self._patient_id,
                self.template.id,
                signature,
                int(witness),
            ),
            self._signed,
            key=self._save_key,
            busy=[self.buttons, self.pad, self.language, self.witness],
            inline=self.error.show_message,
        )

    def _signed(self, result: object) -> None:
        self.signed = result
        self.sig_consent_signed.emit(result)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter must not sign: QDialogButtonBox makes Sign the default button when shown, and
        # the patient may press keys while reading. Sign is a click (or Space on the button).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- leaving --------------------------------------------------------------------------
    def has_signature(self) -> bool:
        return not self.pad.is_empty()

    def mark_unchanged(self) -> None:
        """Close without asking (tests' teardown; after the question was answered)."""
        self._asked = True

    def reject(self) -> None:
        if self._writes.is_running(self._save_key):
            return  # the signature is being stored; its answer must not be lost
        if self.signed is None and self.has_signature() and not self._asked:
            answer = QMessageBox.question(
                self,
                self.tr("Discard the signature?"),
                self.tr("The patient has signed but the consent is not stored. Discard it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
