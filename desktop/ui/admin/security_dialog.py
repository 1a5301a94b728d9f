"""Administrators set the password and lock rules (stored as clinic settings, audited)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from desktop.services.common.context import ServiceContext
from desktop.services.settings import store as settings
from desktop.ui.shell.actions import attempt
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.widgets.field_error import FieldError

# key: (label, suffix); the range is the setting's own (settings.bounds)
FIELDS = {
    "idle_lock_minutes": (
        QT_TRANSLATE_NOOP("SecurityDialog", "Lock the screen after"),
        QT_TRANSLATE_NOOP("SecurityDialog", " min without use (0: never)"),
    ),
    "password_min_length": (
        QT_TRANSLATE_NOOP("SecurityDialog", "Shortest password"),
        QT_TRANSLATE_NOOP("SecurityDialog", " characters"),
    ),
    "login_max_failures": (
        QT_TRANSLATE_NOOP("SecurityDialog", "Lock an account after"),
        QT_TRANSLATE_NOOP("SecurityDialog", " wrong passwords"),
    ),
    "login_lockout_minutes": (
        QT_TRANSLATE_NOOP("SecurityDialog", "for"),
        QT_TRANSLATE_NOOP("SecurityDialog", " minutes"),
    ),
}


class SecurityDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: dict[str, int] | None = None
        self.setWindowTitle(self.tr("Passwords and screen lock"))
        current = settings.read_all(ctx)
        self._read = current  # saved against it: another administrator's change is not lost
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for key, (label, suffix) in FIELDS.items():
            spin = QSpinBox()
            spin.setObjectName(key)
            spin.setRange(*settings.bounds(key))
            spin.setSuffix(self.tr(suffix))
            spin.setValue(getattr(current, key))
            self.spins[key] = spin
            form.addRow(self.tr(label), spin)
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
        done = attempt(
            self,
            self.windowTitle(),
            lambda: settings.update(self._ctx, values, read=self._read),
            inline=self.error.show_message,
        )
        if done is None:
            return
        self.saved = values
        self.accept()
