"""The patient form's fields, in a scroll area: names, contact, skin type, screening,
consents and notes, each with the line that shows its error.

PatientDialog loads, checks and saves them; they are built here so the dialog stays about
what happens to them. Texts keep the dialog's "PatientDialog" translation context.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.common.dates import format_user_date
from desktop.services.common.permissions import Permission, allowed
from desktop.ui.patients.patient_choices import (
    CONTRAINDICATIONS,
    DATE_PLACEHOLDER,
    LANGUAGE_CHOICES,
    SEX_CHOICES,
    SKIN_TYPES,
)
from desktop.ui.widgets.field_error import FieldError, with_error
from desktop.ui.widgets.whole_form import WholeFormScrollArea


class PatientFormFields:
    """``fields`` and ``errors`` by service field name; ``scroll`` holds them all."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        form_widget = QWidget()
        outer = QVBoxLayout(form_widget)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height goes below the form, not into its rows
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self._add_line(
            form, "given_name", QCoreApplication.translate("PatientDialog", "&Given names *")
        )
        self._add_line(
            form, "family_name", QCoreApplication.translate("PatientDialog", "&Family name *")
        )
        self._add_line(
            form,
            "birth_date",
            QCoreApplication.translate("PatientDialog", "&Birth date"),
            DATE_PLACEHOLDER,
        )
        self._add_combo(
            form, "sex", QCoreApplication.translate("PatientDialog", "Se&x"), SEX_CHOICES
        )
        self._add_line(
            form,
            "phone",
            QCoreApplication.translate("PatientDialog", "&Phone"),
            QCoreApplication.translate("PatientDialog", "0532 123 45 67 or +44 …"),
        )
        self._add_line(form, "email", QCoreApplication.translate("PatientDialog", "E-&mail"))
        self._add_combo(
            form,
            "language",
            QCoreApplication.translate("PatientDialog", "&Language"),
            LANGUAGE_CHOICES,
        )
        self._add_combo(
            form,
            "skin_type",
            QCoreApplication.translate("PatientDialog", "S&kin type (Fitzpatrick)"),
            SKIN_TYPES,
        )

        screening = QGroupBox(
            QCoreApplication.translate("PatientDialog", "Contraindication screening")
        )
        screening_form = QFormLayout(screening)
        self._add_line(
            screening_form,
            "screened_on",
            QCoreApplication.translate("PatientDialog", "Asked on"),
            DATE_PLACEHOLDER,
            today_button=True,
        )
        # The answers in two columns, in reading (and Tab) order, then the isotretinoin's
        # last dose: the whole form fits a 1600×1000 screen.
        answers = QGridLayout()
        for number, (key, label) in enumerate(CONTRAINDICATIONS):
            box = QCheckBox(QCoreApplication.translate("PatientDialog", label))
            box.setObjectName(key)
            self.fields[key] = box
            answers.addWidget(box, number // 2, number % 2)
        screening_form.addRow(answers)
        self._add_line(
            screening_form,
            "isotretinoin_last_dose",
            QCoreApplication.translate("PatientDialog", "Isotretinoin last dose"),
            DATE_PLACEHOLDER,
        )
        form.addRow(screening)

        # The consent dates from before signed consents: history, never the consent itself.
        on_paper = QCoreApplication.translate(
            "PatientDialog",
            "The date this consent was signed on paper, before consents were signed on screen. "
            "It is kept as history: the consents that count are signed in the patient's "
            "Consents section.",
        )
        self._add_line(
            form,
            "consent_treatment_on",
            QCoreApplication.translate("PatientDialog", "Treatment consent on paper"),
            DATE_PLACEHOLDER,
            today_button=True,
            tooltip=on_paper,
        )
        self._add_line(
            form,
            "consent_photos_on",
            QCoreApplication.translate("PatientDialog", "Photo consent on paper"),
            DATE_PLACEHOLDER,
            today_button=True,
            tooltip=on_paper,
        )
        notes = QPlainTextEdit()
        notes.setObjectName("notes")
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(80)
        self.fields["notes"] = notes
        self.errors["notes"] = FieldError()
        notes_box = with_error(notes, self.errors["notes"])
        form.addRow(QCoreApplication.translate("PatientDialog", "&Notes"), notes_box)
        # Clinical notes are for physicians; the service blanks them for other roles anyway.
        form.setRowVisible(notes_box, allowed(ctx, Permission.VIEW_CLINICAL))

        self.scroll = WholeFormScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(form_widget)

    def _add_line(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        placeholder: str = "",
        today_button: bool = False,
        tooltip: str = "",
    ) -> None:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setToolTip(tooltip)
        edit.setPlaceholderText(QCoreApplication.translate("PatientDialog", placeholder))
        self.fields[key] = edit
        self.errors[key] = FieldError()
        widget: QWidget = edit
        if today_button:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(edit, 1)
            button = QPushButton(QCoreApplication.translate("PatientDialog", "Today"))
            button.setAutoDefault(False)
            button.clicked.connect(lambda: edit.setText(format_user_date(self._ctx.today())))
            line.addWidget(button)
            widget = row
        form.addRow(label, with_error(widget, self.errors[key]))

    def _add_combo(
        self, form: QFormLayout, key: str, label: str, choices: Iterable[tuple[object, str]]
    ) -> None:
        combo = QComboBox()
        combo.setObjectName(key)
        for value, text in choices:
            combo.addItem(QCoreApplication.translate("PatientDialog", text), value)
        self.fields[key] = combo
        self.errors[key] = FieldError()
        form.addRow(label, with_error(combo, self.errors[key]))
