"""File → Settings: clinic identity for printouts and the desk's defaults (needs MANAGE_SETTINGS)."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError, ValidationError
from desktop.services.settings import store as clinic_settings
from desktop.services.settings.clinic_settings import ClinicSettings
from desktop.ui.settings.clinic_fields import LanguageCombo, LogoField, TimeZoneCombo
from desktop.ui.shell.actions import attempt, value_or_none
from desktop.ui.widgets.field_error import FieldError, clear_field_errors, with_error

FieldWidget = TypeVar("FieldWidget", bound=QWidget)


class SettingsDialog(QDialog):
    sig_language_changed = Signal(str)  # the new ui_language setting, after a successful save

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.saved: ClinicSettings | None = None
        self._loaded = clinic_settings.load(ctx)
        self.loaded = self._loaded  # what the dialog opened with (to tell what changed)
        self.errors: dict[str, FieldError] = {}
        self.fields: dict[str, QWidget] = {}

        clinic = QGroupBox(self.tr("Clinic (printed on every document)"), self)
        clinic_form = QFormLayout(clinic)
        self.name_edit = self._add(clinic_form, "clinic_name", self.tr("&Name"), QLineEdit())
        self.address_edit = QPlainTextEdit()
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(64)
        self._add(clinic_form, "clinic_address", self.tr("&Address"), self.address_edit)
        self.phone_edit = self._add(clinic_form, "clinic_phone", self.tr("&Phone"), QLineEdit())
        self.logo_field = LogoField()
        self.logo_edit = self.logo_field.edit
        self.logo_preview = self.logo_field.preview
        self.fields["clinic_logo_path"] = self.logo_edit
        self._add_row(clinic_form, "clinic_logo_path", self.tr("&Logo"), self.logo_field)
        self.zone_combo = TimeZoneCombo(computer_choice=True)
        self.zone_combo.setToolTip(
            self.tr(
                "Every date and time is shown and printed in this zone, whatever the "
                "computer's clock is set to. Type part of a name to find it."
            )
        )
        self._add(clinic_form, "clinic_time_zone", self.tr("&Time zone"), self.zone_combo)

        desk = QGroupBox(self.tr("Desk defaults"), self)
        desk_form = QFormLayout(desk)
        self.region_edit = self._add(
            desk_form, "default_region", self.tr("Phone &region"), QLineEdit()
        )
        self.region_edit.setMaxLength(2)
        self.region_edit.setToolTip(
            self.tr("Country of phone numbers typed without a country code (TR for Turkey).")
        )
        self.healing_spin = self._spin(
            *clinic_settings.bounds("healing_interval_days"), self.tr(" days")
        )
        self._add(
            desk_form, "healing_interval_days", self.tr("&Healing interval"), self.healing_spin
        )
        self.screening_spin = self._spin(
            *clinic_settings.bounds("screening_max_age_days"), self.tr(" days")
        )
        self._add(
            desk_form,
            "screening_max_age_days",
            self.tr("&Screening valid for"),
            self.screening_spin,
        )
        self.depth_min_spin = self._spin(*clinic_settings.bounds("depth_min_um"), " µm")
        self.depth_max_spin = self._spin(*clinic_settings.bounds("depth_max_um"), " µm")
        self._add(desk_form, "depth_min_um", self.tr("Shallowest &depth"), self.depth_min_spin)
        self._add(desk_form, "depth_max_um", self.tr("Deepest d&epth"), self.depth_max_spin)
        # Above this manual quote discount, reception needs a physician or an administrator.
        self.discount_limit_spin = self._spin(
            *clinic_settings.bounds("discount_limit_percent"), " %"
        )
        self._add(
            desk_form,
            "discount_limit_percent",
            self.tr("Reception's discount li&mit"),
            self.discount_limit_spin,
        )
        self.language_combo = LanguageCombo()
        self._add(desk_form, "ui_language", self.tr("Interface &language"), self.language_combo)
        language_note = QLabel(
            self.tr(
                "A new interface language is used as soon as you save: the window is rebuilt "
                "in it, with the same patients open."
            )
        )
        language_note.setWordWrap(True)

        backups_box = QGroupBox(self.tr("Backups (of this computer's database file)"), self)
        backups_form = QFormLayout(backups_box)
        self.backup_hours_spin = self._spin(
            *clinic_settings.bounds("backup_interval_hours"), self.tr(" hours")
        )
        self.backup_hours_spin.setSpecialValueText(self.tr("only at start"))
        self._add(
            backups_form,
            "backup_interval_hours",
            self.tr("Back &up every"),
            self.backup_hours_spin,
        )
        self.keep_daily_spin = self._spin(*clinic_settings.bounds("backup_keep_daily"), "")
        self._add(backups_form, "backup_keep_daily", self.tr("Keep dail&y"), self.keep_daily_spin)
        self.keep_weekly_spin = self._spin(*clinic_settings.bounds("backup_keep_weekly"), "")
        self._add(
            backups_form, "backup_keep_weekly", self.tr("Keep &weekly"), self.keep_weekly_spin
        )

        photos_box = QGroupBox(self.tr("Treatment photos"), self)
        photos_form = QFormLayout(photos_box)
        self.inbox_edit = self._add(
            photos_form, "photo_inbox_folder", self.tr("&Incoming folder"), QLineEdit()
        )
        self.inbox_edit.setPlaceholderText(self.tr("none"))
        self.inbox_edit.setToolTip(
            self.tr(
                "The folder where the camera or phone saves photos; new files there are offered "
                "in the history's Photos tab to add to a session."
            )
        )
        self.inbox_spin = self._spin(
            *clinic_settings.bounds("photo_inbox_rescan_seconds"), self.tr(" seconds")
        )
        self._add(
            photos_form, "photo_inbox_rescan_seconds", self.tr("Look e&very"), self.inbox_spin
        )

        prices_box = QGroupBox(self.tr("Prices"), self)
        prices_row = QHBoxLayout(prices_box)
        self.prices_label = QLabel(self._price_terms_text())
        self.prices_label.setWordWrap(True)
        prices_row.addWidget(self.prices_label, 1)
        self.price_list_button = QPushButton(self.tr("&Price list…"))
        self.price_list_button.setAutoDefault(False)
        self.price_list_button.setToolTip(
            self.tr("Currency and VAT belong to the price list, versioned with its prices.")
        )
        self.price_list_button.clicked.connect(self._open_price_list)
        prices_row.addWidget(self.price_list_button)

        self.general_error = FieldError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(clinic)
        layout.addWidget(desk)
        # Outside the form: a wrapped label in a QFormLayout row gets too little height.
        layout.addWidget(language_note)
        layout.addWidget(backups_box)
        layout.addWidget(photos_box)
        layout.addWidget(prices_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._load(self._loaded)

    # --- building ------------------------------------------------------------------
    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _add(self, form: QFormLayout, key: str, label: str, widget: FieldWidget) -> FieldWidget:
        widget.setObjectName(key)
        self.fields[key] = widget
        self._add_row(form, key, label, widget)
        return widget

    def _add_row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        error = FieldError()
        self.errors[key] = error
        form.addRow(label, with_error(widget, error))

    # --- values --------------------------------------------------------------------
    def _load(self, values: ClinicSettings) -> None:
        self.name_edit.setText(values.clinic_name)
        self.address_edit.setPlainText(values.clinic_address)
        self.phone_edit.setText(values.clinic_phone)
        self.logo_field.set_path(values.clinic_logo_path)
        self.zone_combo.set_zone_name(values.clinic_time_zone)
        self.region_edit.setText(values.default_region)
        self.healing_spin.setValue(values.healing_interval_days)
        self.screening_spin.setValue(values.screening_max_age_days)
        self.depth_min_spin.setValue(values.depth_min_um)
        self.depth_max_spin.setValue(values.depth_max_um)
        self.discount_limit_spin.setValue(values.discount_limit_percent)
        self.language_combo.set_setting(values.ui_language)
        self.backup_hours_spin.setValue(values.backup_interval_hours)
        self.keep_daily_spin.setValue(values.backup_keep_daily)
        self.keep_weekly_spin.setValue(values.backup_keep_weekly)
        self.inbox_edit.setText(values.photo_inbox_folder)
        self.inbox_spin.setValue(values.photo_inbox_rescan_seconds)

    def values(self) -> ClinicSettings:
        return replace(
            self._loaded,
            clinic_name=self.name_edit.text(),
            clinic_address=self.address_edit.toPlainText(),
            clinic_phone=self.phone_edit.text(),
            clinic_logo_path=self.logo_edit.text(),
            clinic_time_zone=self.zone_combo.zone_name(),
            default_region=self.region_edit.text(),
            healing_interval_days=self.healing_spin.value(),
            screening_max_age_days=self.screening_spin.value(),
            depth_min_um=self.depth_min_spin.value(),
            depth_max_um=self.depth_max_spin.value(),
            discount_limit_percent=self.discount_limit_spin.value(),
            ui_language=self.language_combo.setting(),
            backup_interval_hours=self.backup_hours_spin.value(),
            backup_keep_daily=self.keep_daily_spin.value(),
            backup_keep_weekly=self.keep_weekly_spin.value(),
            photo_inbox_folder=self.inbox_edit.text(),
            photo_inbox_rescan_seconds=self.inbox_spin.value(),
        )

    def _price_terms_text(self) -> str:
        problems: list[str] = []
        done = attempt(
            self,
            self.windowTitle(),
            lambda: clinic_settings.price_terms(self._ctx),
            inline=problems.append,
        )
        if done is None:
            return problems[0]
        terms = done.value
        if terms is None:
            return self.tr("No price list is published yet: quotes cannot be priced.")
        included = (
            self.tr("included in the prices")
            if terms.prices_include_vat
            else self.tr("added to the prices")
        )
        return self.tr(
            "Quotes are priced in {currency}, VAT {rate} % {included} (price list version "
            "{version})."
        ).format(
            currency=terms.currency,
            rate=terms.vat_rate_percent,
            included=included,
            version=terms.version,
        )

    def _open_price_list(self) -> None:
        from desktop.ui.quotes.price_list_dialog import PriceListDialog

        dialog = value_or_none(
            self,
            self.windowTitle(),
            lambda: PriceListDialog(self._ctx, self),
            inline=self.general_error.show_message,
        )
        if dialog is None:
            return
        dialog.finished.connect(lambda _result: self.prices_label.setText(self._price_terms_text()))
        dialog.open()

    # --- saving --------------------------------------------------------------------
    def _field_errors(self, error: ServiceError | DatabaseProblem) -> bool:
        if not isinstance(error, ValidationError):
            return False
        first = None
        for key, message in error.field_errors.items():
            target = self.errors.get(key, self.general_error)
            target.show_message(message)
            first = first or self.fields.get(key)
        self.general_error.show_message(
            self.general_error.text()
            or self.tr("Please correct the fields marked in red. Nothing was saved.")
        )
        if first is not None:
            first.setFocus()
        return True

    def save(self) -> None:
        clear_field_errors(self.errors, self.general_error)
        wanted = self.values()

        def save() -> ClinicSettings:
            self.logo_field.check_decodes()
            return clinic_settings.save(self._ctx, wanted, self._loaded)

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
        if saved.ui_language != self._loaded.ui_language:
            self.sig_language_changed.emit(saved.ui_language)
