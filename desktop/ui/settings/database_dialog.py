"""Admin → Database connection…: which database this computer uses, tested before saving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError, ValidationError
from desktop.services.settings import database_connection as connection
from desktop.services.settings.database_connection import ConnectionCheck, ConnectionInput
from desktop.ui.shell.actions import report_problem, value_or_none
from desktop.ui.shell.i18n import translated
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.field_error import (
    FieldError,
    clear_field_errors,
    show_field_errors,
    with_error,
)

_GOOD, _BAD = "#1b5e20", "#b00020"


class DatabaseDialog(QDialog):
    sig_saved = Signal(str)  # the saved database, shown without a password

    def __init__(
        self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._checking = False
        self.saved: str | None = None
        self.setWindowTitle(self.tr("Database connection"))
        self.setMinimumWidth(560)
        setting = connection.describe_current(ctx)

        current = QLabel(self.tr("In use now: {database}").format(database=setting.in_use))
        current.setWordWrap(True)
        saved = QLabel(
            self.tr("Saved for this computer: {database}").format(database=setting.saved_url)
            if setting.saved_url
            else self.tr("Saved for this computer: nothing (the database file in the user folder)")
        )
        saved.setWordWrap(True)
        note = FieldError()
        note.show_message(setting.note)

        self.sqlite_radio = QRadioButton(self.tr("&This computer (SQLite file)"))
        self.server_radio = QRadioButton(self.tr("&Clinic server (PostgreSQL)"))
        group = QButtonGroup(self)
        group.addButton(self.sqlite_radio)
        group.addButton(self.server_radio)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        self.file_box = QWidget()
        file_row = QHBoxLayout(self.file_box)
        file_row.setContentsMargins(24, 0, 0, 0)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.errors: dict[str, FieldError] = {"path": FieldError()}
        self.fields: dict[str, QWidget] = {"path": self.path_edit}

        self.host_edit = QLineEdit()
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.tls_check = QCheckBox(self.tr("Encrypted connection (the server has TLS)"))
        self.root_edit = QLineEdit()
        self.root_edit.setPlaceholderText(
            self.tr("optional: the clinic's root certificate, to verify the server")
        )
        root_browse = QPushButton(self.tr("B&rowse…"))
        root_browse.setAutoDefault(False)
        root_browse.clicked.connect(self._browse_root)
        root_row = QWidget()
        root_layout = QHBoxLayout(root_row)
        root_layout.setContentsMargins(0, 0, 0, 0)
        root_layout.addWidget(self.root_edit, 1)
        root_layout.addWidget(root_browse)
        self.server_box = QWidget()
        server_form = QFormLayout(self.server_box)
        server_form.setContentsMargins(24, 0, 0, 0)
        for key, label, widget in (
            ("host", self.tr("Ser&ver"), self.host_edit),
            ("port", self.tr("&Port"), self.port_spin),
            ("database", self.tr("&Database"), self.database_edit),
            ("user", self.tr("&User"), self.user_edit),
        ):
            widget.setObjectName(key)
            self.errors[key] = FieldError()
            self.fields[key] = widget
            server_form.addRow(label, with_error(widget, self.errors[key]))
        server_form.addRow("", self.tls_check)
        self.root_edit.setObjectName("root_certificate")
        self.errors["root_certificate"] = FieldError()
        self.fields["root_certificate"] = self.root_edit
        server_form.addRow(
            self.tr("Root cert&ificate"), with_error(root_row, self.errors["root_certificate"])
        )
        password_note = QLabel(
            self.tr(
                "PeelDesk does not store a password. Put it in this user's PostgreSQL "
                "password file (.pgpass; pgpass.conf on Windows), or let the server trust "
                "this computer."
            )
        )
        password_note.setWordWrap(True)
        server_form.addRow("", password_note)

        self.test_button = QPushButton(self.tr("T&est connection"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        restart = QLabel(self.tr("A new choice is used from the next start of PeelDesk."))
        restart.setWordWrap(True)

        self.general_error = FieldError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for part in (current, saved, note, self.sqlite_radio, self.file_box):
            layout.addWidget(part)
        layout.addWidget(self.errors["path"])
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_box)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result_label, 1)
        layout.addLayout(test_row)
        layout.addWidget(restart)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self._load(setting.choice)
        self.sqlite_radio.toggled.connect(self._kind_changed)
        for edit in (
            self.path_edit,
            self.host_edit,
            self.database_edit,
            self.user_edit,
            self.root_edit,
        ):
            edit.textChanged.connect(self._forget_result)
        self.port_spin.valueChanged.connect(self._forget_result)
        self.tls_check.toggled.connect(self._forget_result)

    # --- values ------------------------------------------------------------------------
    def _load(self, choice: ConnectionInput) -> None:
        sqlite = choice.kind == connection.SQLITE
        self.sqlite_radio.setChecked(sqlite)
        self.server_radio.setChecked(not sqlite)
        self.path_edit.setText(choice.path)
        self.host_edit.setText(choice.host)
        self.port_spin.setValue(choice.port)
        self.database_edit.setText(choice.database or "peeldesk")
        self.user_edit.setText(choice.user)
        self.tls_check.setChecked(choice.require_tls)
        self.root_edit.setText(choice.root_certificate)
        self._kind_changed()

    def choice(self) -> ConnectionInput:
        if self.sqlite_radio.isChecked():
            return ConnectionInput(kind=connection.SQLITE, path=self.path_edit.text())
        return ConnectionInput(
            kind=connection.POSTGRESQL,
            host=self.host_edit.text(),
            port=self.port_spin.value(),
            database=self.database_edit.text(),
            user=self.user_edit.text(),
            require_tls=self.tls_check.isChecked(),
            root_certificate=self.root_edit.text(),
        )

    def _kind_changed(self, *_args: object) -> None:
        self.file_box.setEnabled(self.sqlite_radio.isChecked())
        self.server_box.setEnabled(self.server_radio.isChecked())
        self._forget_result()

    def _forget_result(self, *_args: object) -> None:
        # A result is only about the fields it was tested with.
        if not self._checking:
            self.result_label.clear()

    def _browse(self) -> None:
        start = self.path_edit.text() or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose the database file"),
            start,
            self.tr("PeelDesk database (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.sqlite_radio.setChecked(True)
            self.path_edit.setText(path)

    def _browse_root(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the clinic's root certificate"),
            self.root_edit.text() or str(Path.home()),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if path:
            self.root_edit.setText(path)

    def _clear_errors(self) -> None:
        clear_field_errors(self.errors, self.general_error)

    def _show_invalid(self, error: ValidationError) -> None:
        first = show_field_errors(
            error.field_errors,
            self.errors,
            self.fields,
            self.general_error,
            self.tr("Please correct the fields marked in red. Nothing was saved."),
        )
        if first is not None:
            first.setFocus()

    # --- test and save -----------------------------------------------------------------
    def test_connection(self) -> None:
        self._clear_errors()
        choice = self.choice()
        self._checking = True
        self.test_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Connecting…"))
        ctx = self._ctx
        self._tasks.submit(
            lambda: connection.check_connection(ctx, choice),
            self._tested,
            self._test_failed,
        )

    def _tested(self, result: ConnectionCheck) -> None:
        self._checking = False
        self.test_button.setEnabled(True)
        self.result_label.setStyleSheet(f"color: {_GOOD if result.usable else _BAD};")
        self.result_label.setText(translated(result.message))

    def _test_failed(self, error: BaseException) -> None:
        self._checking = False
        self.test_button.setEnabled(True)
        self.result_label.clear()
        if not isinstance(error, ServiceError | DatabaseProblem):
            raise error  # a bug: to the excepthook
        report_problem(
            self,
            self.windowTitle(),
            error,
            inline=self.general_error.show_message,
            on_problem=self._invalid,
        )

    def _invalid(self, error: ServiceError | DatabaseProblem) -> bool:
        if isinstance(error, ValidationError):
            self._show_invalid(error)
            return True
        return False

    def save(self) -> None:
        self._clear_errors()
        saved = value_or_none(
            self,
            self.windowTitle(),
            lambda: connection.save_connection(self._ctx, self.choice()),
            inline=self.general_error.show_message,
            on_problem=self._invalid,
        )
        if saved is None:
            return
        self.saved = saved
        self.sig_saved.emit(self.saved)
        self.accept()
