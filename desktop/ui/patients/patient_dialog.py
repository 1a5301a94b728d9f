"""New / edit patient form. Validation happens in the service; messages show by each field."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import format_user_date
from desktop.services.common.errors import DatabaseProblem, ServiceError, ValidationError
from desktop.services.patients import records as patients
from desktop.services.patients.records import PatientDetail, PatientRow
from desktop.services.patients.validation import PatientInput
from desktop.ui.patients.duplicate_banner import fill_duplicate_banner
from desktop.ui.patients.name_print_hint import NamePrintHint
from desktop.ui.patients.patient_form_fields import PatientFormFields
from desktop.ui.shell.actions import ActionRunner, attempt
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.banner import make_banner
from desktop.ui.widgets.field_error import (
    FieldError,
    clear_field_errors,
    show_field_errors,
)
from desktop.ui.widgets.whole_form import open_at_full_height


class PatientDialog(QDialog):
    sig_patient_saved = Signal(object)  # PatientDetail
    sig_open_patient = Signal(int)

    def __init__(
        self,
        ctx: ServiceContext,
        patient: PatientDetail | None = None,
        *,
        prefill: PatientInput | None = None,
        parent: QWidget | None = None,
        writes: ActionRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # The save may wait on another desk's lock: it runs off the GUI thread (the main
        # window's runner, or one of the dialog's own when it stands alone).
        self._writes = writes if writes is not None else ActionRunner(TaskRunner(self))
        self._save_key = f"save patient {id(self)}"  # one save of this form at a time
        self._patient = patient
        self._duplicates_acknowledged = False
        self.saved: PatientDetail | None = None
        self.setWindowTitle(
            self.tr("Patient — {name}").format(name=patient.full_name)
            if patient
            else self.tr("New patient")
        )
        self.setMinimumWidth(560)

        form = PatientFormFields(ctx)
        self.fields = form.fields
        self.errors = form.errors

        self.duplicate_banner, self._banner_layout = make_banner("duplicateBanner")
        self.name_print_hint = NamePrintHint(self.fields["given_name"], self.fields["family_name"])

        self.general_error = FieldError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.archive_button: QPushButton | None = None
        if patient is not None:
            label = (
                self.tr("Bring back from archive")
                if patient.archived
                else self.tr("Archive patient")
            )
            self.archive_button = self.buttons.addButton(
                label, QDialogButtonBox.ButtonRole.ResetRole
            )
            self.archive_button.clicked.connect(self._toggle_archive)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.duplicate_banner)
        layout.addWidget(self.name_print_hint)
        layout.addWidget(form.scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        if patient is not None:
            self._load(patient.data)
        elif prefill is not None:
            self._load(prefill)
        self._initial = self._values()
        # A new patient's first empty field gets the focus (the names may come from search).
        typed = [self.fields[k] for k in ("given_name", "family_name", "birth_date", "phone")]
        empty = [f for f in typed if isinstance(f, QLineEdit) and not f.text() and not patient]
        (empty or typed)[0].setFocus()
        open_at_full_height(self)

    # --- values ----------------------------------------------------------------------
    def _load(self, data: PatientInput) -> None:
        for key, widget in self.fields.items():
            value = getattr(data, key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                position = widget.findData(value)
                widget.setCurrentIndex(max(position, 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                if key in (
                    "birth_date",
                    "screened_on",
                    "isotretinoin_last_dose",
                    "consent_treatment_on",
                    "consent_photos_on",
                ):
                    widget.setText(format_user_date(value))
                else:
                    widget.setText(value or "")

    def _values(self) -> dict:
        values: dict = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QCheckBox):
                values[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[key] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                values[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                values[key] = widget.text()
        return values

    def has_unsaved_changes(self) -> bool:
        return self._values() != self._initial

    # --- saving ----------------------------------------------------------------------
    def save(self) -> None:
        if self.is_saving():
            return  # a second Enter while the first save runs
        self._clear_errors()
        ctx = self._ctx
        checked = attempt(
            self,
            self.windowTitle(),
            lambda: patients.check_form(ctx, self._values()),
            inline=self.general_error.show_message,
            on_problem=self._field_errors,
        )
        if checked is None:
            return
        data = checked.value
        if not self._duplicates_acknowledged:
            exclude = self._patient.id if self._patient else None
            duplicates = attempt(
                self,
                self.windowTitle(),
                lambda: patients.find_duplicates(ctx, data, exclude_id=exclude),
                inline=self.general_error.show_message,
            )
            if duplicates is None:
                return
            if duplicates.value:
                self._show_duplicates(duplicates.value)
                return
        existing = self._patient
        if existing is None:
            write = partial(patients.register_patient, ctx, data)
        else:
            write = partial(patients.update_patient, ctx, existing.id, existing.row_version, data)
        self._writes.write(
            self,
            self.windowTitle(),
            write,
            self._finish,
            key=self._save_key,
            busy=[self.buttons],
            inline=self.general_error.show_message,
            on_problem=self._field_errors,
        )

    def is_saving(self) -> bool:
        return self._writes.is_running(self._save_key)

    def _field_errors(self, error: ServiceError | DatabaseProblem) -> bool:
        if isinstance(error, ValidationError):
            self._show_errors(error.field_errors)
            return True
        return False

    def _finish(self, saved: PatientDetail) -> None:
        self.saved = saved
        self._initial = self._values()
        self.sig_patient_saved.emit(saved)
        self.accept()

    def _toggle_archive(self) -> None:
        assert self._patient is not None
        archive = not self._patient.archived
        if archive:
            answer = QMessageBox.question(
                self,
                self.tr("Archive patient"),
                self.tr(
                    "Archive {name}? Their records are kept and they can be "
                    "brought back later; archived patients are hidden from search."
                ).format(name=self._patient.full_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        patient = self._patient
        done = attempt(
            self,
            self.windowTitle(),
            lambda: patients.set_archived(self._ctx, patient.id, patient.row_version, archive),
            inline=self.general_error.show_message,
        )
        if done is not None:
            self._finish(done.value)

    def _show_errors(self, field_errors: dict[str, str]) -> None:
        first = show_field_errors(
            field_errors,
            self.errors,
            self.fields,
            self.general_error,
            self.tr("Please correct the fields marked in red. Nothing was saved."),
        )
        if first is not None:
            first.setFocus()

    def _clear_errors(self) -> None:
        clear_field_errors(self.errors, self.general_error)

    def _show_duplicates(self, duplicates: list[PatientRow]) -> None:
        fill_duplicate_banner(
            self._banner_layout,
            duplicates,
            self._open_existing,
            self._save_anyway,
            discards_typing=self.has_unsaved_changes(),
        )
        self.duplicate_banner.show()

    def _save_anyway(self) -> None:
        self._duplicates_acknowledged = True
        self.save()

    def _open_existing(self, patient_id: int) -> None:
        # No second question: the banner said what Open leaves unsaved, and the person
        # chose the existing record.
        self._initial = self._values()
        self.sig_open_patient.emit(patient_id)
        self.reject()

    # --- nothing lost: confirm before throwing typed work away ------------------------
    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("You have typed changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.is_saving():
            return  # the result is on its way; closing now would lose what it says
        # QDialog routes Esc and the window's close button through here too.
        if self.saved is None and self.has_unsaved_changes() and not self._confirm_discard():
            return
        super().reject()
