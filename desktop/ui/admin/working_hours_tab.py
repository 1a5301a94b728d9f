"""The working hours tab: a physician, then one line of hours per weekday."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.resources import hours
from desktop.services.sessions import records as sessions
from desktop.ui.shell.actions import attempt, under_fields, value_or_none
from desktop.ui.widgets.field_error import FieldError, clear_field_errors, with_error


class WorkingHoursTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.physician = QComboBox()
        self.physician.setObjectName("hoursPhysician")
        for doctor in value_or_none(self, "", lambda: sessions.list_physicians(ctx)) or []:
            self.physician.addItem(doctor.full_name, doctor.id)
        self.physician.currentIndexChanged.connect(lambda _n: self.load())
        form = QFormLayout()
        form.addRow(self.tr("&Physician"), self.physician)
        names = (
            self.tr("&Monday"),
            self.tr("&Tuesday"),
            self.tr("&Wednesday"),
            self.tr("T&hursday"),
            self.tr("&Friday"),
            self.tr("&Saturday"),
            self.tr("S&unday"),
        )
        self.days: list[QLineEdit] = []
        self.errors: dict[str, FieldError] = {}
        for number, name in enumerate(names):
            edit = QLineEdit()
            edit.setObjectName(f"day{number}")
            edit.setPlaceholderText(self.tr("day off"))
            self.days.append(edit)
            self.errors[f"day{number}"] = FieldError()
            form.addRow(name, with_error(edit, self.errors[f"day{number}"], spacing=None))
        hint = QLabel(
            self.tr(
                "Type 09:00–18:00, or 09:00–13:00, 14:00–18:00 for a split day; leave a day "
                "empty for a day off. A physician with no hours at all is booked at any time."
            )
        )
        hint.setWordWrap(True)
        self.general_error = FieldError()
        self.save_button = QPushButton(self.tr("Sa&ve hours"))
        self.save_button.setObjectName("saveHours")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)  # outside the form: a wrapped label in a form row clips
        layout.addWidget(self.general_error)
        layout.addLayout(line)
        layout.addStretch(1)
        for edit in self.days:
            edit.returnPressed.connect(self.save)
        self.load()

    def load(self) -> None:
        clear_field_errors(self.errors, self.general_error)
        staff_id = self.physician.currentData()
        if staff_id is None:
            return
        texts = value_or_none(self, "", lambda: hours.week_hours_text(self._ctx, staff_id))
        for edit, text in zip(self.days, texts or ("",) * 7, strict=True):
            edit.setText(text)

    def save(self) -> None:
        clear_field_errors(self.errors, self.general_error)
        staff_id = self.physician.currentData()
        if staff_id is None:
            self.general_error.show_message(self.tr("Add a physician first (Staff accounts)."))
            return
        typed = tuple(edit.text() for edit in self.days)
        done = attempt(
            self,
            self.tr("Working hours"),
            lambda: hours.set_week_hours(self._ctx, staff_id, typed),
            inline=self.general_error.show_message,
            on_problem=under_fields(self.errors, self.general_error),
        )
        if done is not None:
            for edit, text in zip(self.days, done.value, strict=True):
                edit.setText(text)
            self.general_error.show_message(self.tr("Saved."))
