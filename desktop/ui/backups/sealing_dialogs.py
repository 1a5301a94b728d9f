"""The clinic passphrase on screen: unlocking a sealed database before the log-in, choosing
a passphrase (new clinic, encrypting, changing it) and showing the recovery key once."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.backups import sealing
from desktop.services.common.errors import DatabaseProblem, ServiceError, ValidationError
from desktop.ui.shell.actions import attempt
from desktop.ui.shell.i18n import error_text, translated

# Development and the test suite only: new databases are left plaintext (no passphrase
# asked). Never set on a clinic's computer.
PLAINTEXT_NEW_DATABASES_ENV = "PEELDESK_PLAINTEXT_NEW_DATABASES"


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class UnlockDialog(QDialog):
    """Asks the clinic passphrase (or recovery key) once; ``Open`` checks it at once."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self.setWindowTitle(self.tr("Open the clinic's database"))
        intro = QLabel(
            self.tr(
                "This clinic's database is encrypted. Type the clinic passphrase, or the "
                "recovery key kept in the clinic's safe."
            )
        )
        intro.setWordWrap(True)
        self.secret = _secret_field()
        self.secret.setAccessibleName(self.tr("Clinic passphrase"))
        self.error = _error_label()
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.secret)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.secret.setFocus()

    def try_open(self) -> None:
        typed = self.secret.text()
        if not typed:
            self._show(self.tr("Type the clinic passphrase first."))
            return

        def wrong_key(problem: ServiceError | DatabaseProblem) -> bool:
            if not isinstance(problem, sealing.WrongKey):
                return False  # an unreadable key file: shown in a box, then PeelDesk closes
            self._show(error_text(problem))
            self.secret.clear()
            return True

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = attempt(
                self,
                self.windowTitle(),
                lambda: sealing.unlock_file(self._path, typed),
                on_problem=wrong_key,
            )
        finally:
            QApplication.restoreOverrideCursor()
        if done is not None:
            self.accept()
        elif not self.error.isVisible():
            self.reject()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.secret.setFocus()


class PassphraseDialog(QDialog):
    """A new passphrase typed twice (and the current one when changing it). ``submit``
    gets (current, new, again) and returns the recovery key to show, or None."""

    def __init__(
        self,
        title: str,
        intro: str,
        submit: Callable[[str, str, str], str | None],
        *,
        ask_current: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.recovery_key: str | None = None
        self.setWindowTitle(title)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.current = _secret_field()
        self.passphrase = _secret_field()
        self.again = _secret_field()
        self.errors = {name: _error_label() for name in ("current", "passphrase", "again")}
        form = QFormLayout()
        if ask_current:
            form.addRow(self.tr("Current passphrase or recovery key:"), self.current)
            form.addRow(self.errors["current"])
        form.addRow(self.tr("New clinic passphrase:"), self.passphrase)
        form.addRow(self.errors["passphrase"])
        form.addRow(self.tr("The same again:"), self.again)
        form.addRow(self.errors["again"])
        hint = QLabel(
            self.tr(
                "At least 10 characters; a few unrelated words are easy to remember and hard "
                "to guess. Everyone who opens PeelDesk on this computer needs it."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        (self.current if ask_current else self.passphrase).setFocus()

    def try_save(self) -> None:
        for label in self.errors.values():
            label.hide()

        def by_field(problem: ServiceError | DatabaseProblem) -> bool:
            if isinstance(problem, ValidationError):
                for field, message in problem.field_errors.items():
                    self._show(field, translated(message))
                return True
            if isinstance(problem, sealing.WrongKey):
                self._show("current", error_text(problem))
                return True
            return False  # anything else in a box; nothing typed is lost

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = attempt(
                self,
                self.windowTitle(),
                lambda: self._submit(
                    self.current.text(), self.passphrase.text(), self.again.text()
                ),
                on_problem=by_field,
            )
        finally:
            QApplication.restoreOverrideCursor()
        if done is not None:
            self.recovery_key = done.value
            self.accept()

    def _show(self, field: str, text: str) -> None:
        label = self.errors.get(field, self.errors["passphrase"])
        label.setText(text)
        label.show()
        {"current": self.current, "again": self.again}.get(field, self.passphrase).setFocus()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once, with a sheet to print; Continue only once confirmed."""

    def __init__(self, recovery_key: str, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self._database = database
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Recovery key: print it now"))
        intro = QLabel(
            self.tr(
                "This is the recovery key of the clinic's database. Print the sheet (or write "
                "the key down) and keep it in the clinic's safe. It opens the database and "
                "every backup if the passphrase is forgotten. It is shown only this once: "
                "with neither the passphrase nor this key, nobody can open the data again, "
                "PeelDesk included."
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        font.setPointSize(18)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = QPushButton(self.tr("Save the sheet to print (PDF)…"))
        self.save_button.clicked.connect(self.save_sheet)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        self.confirmed = QCheckBox(self.tr("I have printed or written down the recovery key"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.continue_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.confirmed.toggled.connect(self.continue_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.key_label, self.save_button, copy, self.confirmed, buttons):
            layout.addWidget(widget)
        self.save_button.setFocus()

    def reject(self) -> None:  # Esc or the close box: the key must not be lost unseen
        if self.confirmed.isChecked():
            super().reject()

    def sheet_pdf(self) -> bytes:
        from desktop.printing.layout import ClinicIdentity
        from desktop.printing.recovery_sheet import recovery_sheet_pdf

        return recovery_sheet_pdf(
            title=self.tr("PeelDesk recovery key"),
            language="",
            clinic=ClinicIdentity(),
            database=self.tr("Database: {path}").format(path=self._database),
            recovery_key=self.recovery_key,
            paragraphs=[
                self.tr(
                    "Keep this sheet in the clinic's safe, away from the computer. Whoever "
                    "holds it can open the clinic's patient records."
                ),
                self.tr(
                    "When nobody remembers the clinic passphrase, type this key instead of "
                    "it when PeelDesk starts (capitals and dashes do not matter), then set a "
                    "new passphrase in the Administration menu."
                ),
                self.tr(
                    "With neither the passphrase nor this key, the database and its backups "
                    "cannot be opened again by anyone."
                ),
            ],
        )

    def save_sheet(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.save_button.text(), "peeldesk-recovery-key.pdf", "PDF (*.pdf)"
        )
        if not name:
            return
        target = Path(name)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(self.sheet_pdf())
        except OSError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error.strerror or error))
            return
        self.saved_to = target


def ask_to_unlock(path: Path, parent: QWidget | None = None) -> bool:
    """Before the log-in: True when ``path`` may be opened (plaintext, or its key given)."""
    if not sealing.needs_key(path):
        return True
    return UnlockDialog(path, parent).exec() == QDialog.DialogCode.Accepted


def ask_new_clinic_passphrase(path: Path, parent: QWidget | None = None) -> bool:
    """A new clinic's database is created sealed: the passphrase, then the recovery key.
    False when the person cancelled (nothing was created)."""
    if os.environ.get(PLAINTEXT_NEW_DATABASES_ENV) or not sealing.is_new_database(path):
        return True
    dialog = PassphraseDialog(
        QCoreApplication.translate("PassphraseDialog", "Protect the new clinic's data"),
        QCoreApplication.translate(
            "PassphraseDialog",
            "PeelDesk keeps the clinic's records encrypted on this computer. Choose the "
            "clinic passphrase: it is asked each time PeelDesk starts.",
        ),
        lambda _current, new, again: sealing.seal_new_database(path, new, again),
        parent=parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.recovery_key is None:
        return False
    RecoveryKeyDialog(dialog.recovery_key, str(path), parent).exec()
    return True
