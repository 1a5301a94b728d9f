"""First-start setup (creates the administrator) and the log-in dialog."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts import login as staff_login
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError, ValidationError
from desktop.ui.accounts.held_login import HeldLogin, Problem, typed_wrong
from desktop.ui.shell.actions import quietly, value_or_none
from desktop.ui.widgets.field_error import FieldError, clear_field_errors


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LoginDialog(QDialog):
    """User name and password; ``actor`` is set when the log-in succeeds.

    ``switching_from``: the person whose desk stays locked while this one logs in (audited).
    """

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        switching_from: Actor | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._switching_from = switching_from
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("PeelDesk — log in"))
        if switching_from is not None:
            self.setWindowTitle(self.tr("PeelDesk — switch user"))
        self.setMinimumWidth(380)

        heading = QLabel(self.tr("<b>Log in to PeelDesk</b>"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("for example ayse.kaya"))
        self.password = _password_edit("password")
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        self.error = FieldError()
        self.error.setObjectName("loginError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.login_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("&Log in"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        # While the morning check of the file holds writes, the log-in waits for it on a worker.
        self.held = HeldLogin(
            self,
            ctx,
            key="login",
            edits=(self.username, self.password),
            buttons=(self.login_button, self.cancel_button),
            inline=self.error.show_message,
        )

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.held.notice)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.username.setFocus()

    def try_login(self) -> None:
        username, password = self.username.text(), self.password.text()
        switched_from = self._switching_from
        self.held.run(
            lambda: staff_login.authenticate(
                self._ctx, username, password, switched_from=switched_from
            ),
            self._logged_in,
            self._refused,
        )

    def _logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.password.clear()
        self.accept()

    def _refused(self, problem: Problem | None) -> None:
        if typed_wrong(problem):
            self.password.clear()  # a database that could not save keeps what was typed
        self.password.setFocus()

    def reject(self) -> None:
        if not self.held.running:  # Esc while the log-in waits: it is on its way
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.held.running:
            event.ignore()
            return
        super().closeEvent(event)


class SetupDialog(QDialog):
    """Shown while no account can log in: creates the first administrator."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("PeelDesk — first start"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr(
                "<b>Welcome to PeelDesk.</b><br>Create the administrator account first. "
                "The administrator adds the other staff accounts later (Admin menu). "
                "There is no default password: choose one of at least "
                "{length} characters that is hard to guess (three or four unrelated words, "
                "for example) and keep it safe."
            ).format(length=self._min_length())
        )
        intro.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {
            "full_name": QLineEdit(),
            "username": QLineEdit(),
            "password": _password_edit("password"),
            "password_again": _password_edit("password_again"),
        }
        self.fields["full_name"].setObjectName("full_name")
        self.fields["username"].setObjectName("username")
        self.errors = {key: FieldError() for key in self.fields}
        labels = {
            "full_name": self.tr("&Full name"),
            "username": self.tr("&User name"),
            "password": self.tr("&Password"),
            "password_again": self.tr("Password &again"),
        }
        form = QFormLayout()
        for key, edit in self.fields.items():
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(edit)
            column.addWidget(self.errors[key])
            form.addRow(labels[key], box)
        self.general_error = FieldError()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Create administrator"))
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.fields["full_name"].setFocus()

    def _min_length(self) -> int:
        from desktop.services.settings import store as settings

        return int(quietly(lambda: settings.read(self._ctx, "password_min_length"), 10))

    def _field_errors(self, error: ServiceError | DatabaseProblem) -> bool:
        if not isinstance(error, ValidationError):
            return False
        for key, message in error.field_errors.items():
            (self.errors.get(key) or self.general_error).show_message(message)
        if {"password", "password_again"} & error.field_errors.keys():
            self.fields["password"].clear()
            self.fields["password_again"].clear()
        return True

    def try_create(self) -> None:
        clear_field_errors(self.errors, self.general_error)
        values = {key: edit.text() for key, edit in self.fields.items()}
        actor = value_or_none(
            self,
            self.windowTitle(),
            lambda: staff_login.create_first_admin(
                self._ctx,
                values["full_name"],
                values["username"],
                values["password"],
                values["password_again"],
            ),
            inline=self.general_error.show_message,
            on_problem=self._field_errors,
        )
        if actor is None:
            return
        self.actor = actor
        for key in ("password", "password_again"):
            self.fields[key].clear()
        self.accept()


def sign_in(ctx: ServiceContext, parent: QWidget | None = None) -> Actor | None:
    """Setup on first start, else log-in. None when the person cancels."""
    dialog: LoginDialog | SetupDialog
    dialog = SetupDialog(ctx, parent) if staff_login.needs_setup(ctx) else LoginDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor
