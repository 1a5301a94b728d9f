"""Administrators set the password and lock rules (stored as clinic settings, audited)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from desktop.services import settings
from desktop.services.context import ServiceContext
from desktop.services.errors import DatabaseProblem, ServiceError
from desktop.ui.widgets.field_error import FieldError

# key: (label, minimum, maximum, suffix)
FIELDS = {
    "idle_lock_minutes": ("Lock the screen after", 0, 240, " min without use (0: never)"),
    "password_min_length": ("Shortest password", 8, 128, " characters"),
    "login_max_failures": ("Lock an account after", 3, 20, " wrong passwords"),
    "login_lockout_minutes": ("for", 1, 1440, " minutes"),
}


class SecurityDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: dict[str, int] | None = None
        self.setWindowTitle("Passwords and screen lock")
        current = settings.get_all(ctx)
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for key, (label, low, high, suffix) in FIELDS.items():
            spin = QSpinBox()
            spin.setObjectName(key)
            spin.setRange(low, high)
            spin.setSuffix(suffix)
            spin.setValue(int(current[key]))
            self.spins[key] = spin
            form.addRow(label, spin)
        self.error = FieldError()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        values = {key: spin.value() for key, spin in self.spins.items()}
        try:
            settings.update(self._ctx, values)
        except (ServiceError, DatabaseProblem) as error:
            self.error.show_message(str(error))
            return
        self.saved = values
        self.accept()
