"""First start, second step: the clinic's name, address, phone, logo, time zone and language.

Shown right after the first administrator is created, and at every administrator log-in
while the clinic has no name (so a set-up closed halfway resumes here). "Later" lets the
administrator in; printing a patient document then warns about the missing details.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError, ValidationError
from desktop.services.settings import clinic_identity
from desktop.services.settings.clinic_identity import ClinicIdentityInput
from desktop.services.settings.clinic_settings import ClinicSettings
from desktop.services.settings.clinic_zone import computer_zone_name
from desktop.ui.settings.clinic_fields import LanguageCombo, LogoField, TimeZoneCombo
from desktop.ui.shell.actions import quietly, value_or_none
from desktop.ui.widgets.field_error import (
    FieldError,
    clear_field_errors,
    show_field_errors,
    with_error,
)


class ClinicSetupDialog(QDialog):
    """The clinic's identity for every printed sheet; ``saved`` holds the result."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: ClinicSettings | None = None
        self.setWindowTitle(self.tr("PeelDesk — your clinic"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "<b>Your clinic</b><br>Aftercare and pre-treatment sheets, quotes and "
                "histories print the clinic's name, address and phone, so that patients know "
                "whom to call. You can change all of this later under Admin → Clinic settings."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("clinic_name")
        self.name_edit.setPlaceholderText(self.tr("for example Işıltı Cilt Kliniği"))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setObjectName("clinic_address")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(64)
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("clinic_phone")
        self.phone_edit.setPlaceholderText(self.tr("for example +90 216 555 01 23"))
        self.logo_field = LogoField()
        self.zone_combo = TimeZoneCombo(computer_choice=False)
        self.zone_combo.set_zone_name(computer_zone_name())
        self.language_combo = LanguageCombo()
        self.language_combo.set_setting(str(quietly(lambda: self._current().ui_language, "system")))
        self.fields: dict[str, QWidget] = {
            "clinic_name": self.name_edit,
            "clinic_address": self.address_edit,
            "clinic_phone": self.phone_edit,
            "clinic_logo_path": self.logo_field.edit,
            "clinic_time_zone": self.zone_combo,
            "ui_language": self.language_combo,
        }
        self.errors = {key: FieldError() for key in self.fields}
        rows = {
            "clinic_name": (self.tr("Clinic &name"), self.name_edit),
            "clinic_address": (self.tr("&Address"), self.address_edit),
            "clinic_phone": (self.tr("&Phone"), self.phone_edit),
            "clinic_logo_path": (self.tr("&Logo (optional)"), self.logo_field),
            "clinic_time_zone": (self.tr("&Time zone"), self.zone_combo),
            "ui_language": (self.tr("Interface &language"), self.language_combo),
        }
        form = QFormLayout()
        for key, (label, widget) in rows.items():
            form.addRow(label, with_error(widget, self.errors[key]))
        zone_note = QLabel(
            self.tr(
                "Dates and times are shown and printed in the clinic's time zone, whatever "
                "the clock of a desk computer is set to. Type part of a city's name to find it."
            )
        )
        zone_note.setWordWrap(True)
        self.general_error = FieldError()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("&Save and start"))
        self.later_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.later_button.setText(self.tr("Fill in &later"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        # Outside the form: a wrapped label in a QFormLayout row gets too little height.
        layout.addWidget(zone_note)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def _current(self) -> ClinicSettings:
        from desktop.services.settings import store

        return store.read_all(self._ctx)

    def values(self) -> ClinicIdentityInput:
        return ClinicIdentityInput(
            name=self.name_edit.text(),
            address=self.address_edit.toPlainText(),
            phone=self.phone_edit.text(),
            logo_path=self.logo_field.path(),
            time_zone=self.zone_combo.zone_name(),
            ui_language=self.language_combo.setting(),
        )

    def _field_errors(self, error: ServiceError | DatabaseProblem) -> bool:
        if not isinstance(error, ValidationError):
            return False
        first = show_field_errors(
            error.field_errors,
            self.errors,
            self.fields,
            self.general_error,
            self.tr("Please correct the fields marked in red. Nothing was saved."),
        )
        if first is not None:
            first.setFocus()
        return True

    def save(self) -> None:
        clear_field_errors(self.errors, self.general_error)
        wanted = self.values()

        def save() -> ClinicSettings:
            self.logo_field.check_decodes()
            return clinic_identity.save_clinic_identity(self._ctx, wanted)

        saved = value_or_none(
            self,
            self.windowTitle(),
            save,
            inline=self.general_error.show_message,
            on_problem=self._field_errors,
        )
        if saved is None:
            return
        self.saved = saved
        self.accept()


def ask_clinic_identity(ctx: ServiceContext, parent: QWidget | None = None) -> bool:
    """Ask an administrator for the clinic's identity while it has no name; True if saved."""
    if not quietly(lambda: clinic_identity.needs_clinic_identity(ctx), False):
        return False
    dialog = ClinicSetupDialog(ctx, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
