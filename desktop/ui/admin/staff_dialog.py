"""Staff accounts for administrators: add, edit, set password, deactivate, unlock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_local_datetime, format_local_time
from desktop.services.accounts import staff
from desktop.services.accounts.staff import StaffInput, StaffRow
from desktop.services.common.context import ServiceContext
from desktop.services.common.permissions import ROLE_NAMES
from desktop.ui.shell.actions import attempt, under_fields, value_or_none
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.widgets.dto_table_model import DtoTableModel
from desktop.ui.widgets.field_error import FieldError, clear_field_errors, with_error
from desktop.ui.widgets.vocabulary import word


class StaffTableModel(DtoTableModel[StaffRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("StaffTableModel", "Name"),
        QT_TRANSLATE_NOOP("StaffTableModel", "User name"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Role"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Status"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Last log-in"),
    )
    HEADER_CONTEXT = "StaffTableModel"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx

    def cell_data(self, row: StaffRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.full_name
        if column == 1:
            return row.username
        if column == 2:
            return word(row.role_name)
        if column == 3:
            if not row.active:
                return self.tr("deactivated")
            if row.locked_until is not None and row.locked_until > self._ctx.now():
                return self.tr("locked until {time}").format(
                    time=format_local_time(row.locked_until, self._ctx.zone)
                )
            return self.tr("active") if row.can_log_in else self.tr("listed only (cannot log in)")
        if column == 4 and row.last_login_at:
            return format_local_datetime(row.last_login_at, self._ctx.zone)
        return None


class StaffEditDialog(QDialog):
    """New account (with an optional password) or changes to name, user name and role."""

    def __init__(
        self, ctx: ServiceContext, existing: StaffRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._existing = existing
        self.saved: StaffRow | None = None
        self.setWindowTitle(
            self.tr("Staff — {name}").format(name=existing.full_name)
            if existing
            else self.tr("New staff account")
        )
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout()
        self._add(form, "full_name", self.tr("&Full name"), QLineEdit())
        self._add(form, "username", self.tr("&User name"), QLineEdit())
        role = QComboBox()
        for value in ("reception", "physician", "admin"):
            role.addItem(word(ROLE_NAMES[value].capitalize()), value)
        self._add(form, "role", self.tr("&Role"), role)
        if existing is None:
            for key, label in (
                ("password", self.tr("&Password")),
                ("password_again", self.tr("Password &again")),
            ):
                edit = QLineEdit()
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.setPlaceholderText(self.tr("leave empty: listed only, cannot log in"))
                self._add(form, key, label, edit)
        else:
            self.fields["full_name"].setText(existing.full_name)  # type: ignore[attr-defined]
            self.fields["username"].setText(existing.username)  # type: ignore[attr-defined]
            role.setCurrentIndex(max(role.findData(existing.role), 0))
        self.general_error = FieldError()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(key)
        self.fields[key] = widget
        self.errors[key] = FieldError()
        form.addRow(label, with_error(widget, self.errors[key], spacing=None))

    def _text(self, key: str) -> str:
        widget = self.fields.get(key)
        return widget.text() if isinstance(widget, QLineEdit) else ""

    def save(self) -> None:
        clear_field_errors(self.errors, self.general_error)
        role = self.fields["role"]
        assert isinstance(role, QComboBox)
        data = StaffInput(self._text("username"), self._text("full_name"), role.currentData())
        existing = self._existing
        if existing is None:
            password = self._text("password") or None
            again = self._text("password_again")
            done = attempt(
                self,
                self.windowTitle(),
                lambda: staff.create_staff(self._ctx, data, password, again),
                inline=self.general_error.show_message,
                on_problem=under_fields(self.errors, self.general_error),
            )
        else:
            done = attempt(
                self,
                self.windowTitle(),
                lambda: staff.update_staff(self._ctx, existing.id, existing.row_version, data),
                inline=self.general_error.show_message,
                on_problem=under_fields(self.errors, self.general_error),
            )
        if done is None:
            return
        self.saved = done.value
        self.accept()


class PasswordDialog(QDialog):
    def __init__(self, ctx: ServiceContext, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._row = row
        self.setWindowTitle(self.tr("New password for {name}").format(name=row.full_name))
        self.password = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("Password &again"), self.again)
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
        done = attempt(
            self,
            self.windowTitle(),
            lambda: staff.set_password(
                self._ctx, self._row.id, self.password.text(), self.again.text()
            ),
            inline=self.error.show_message,
        )
        if done is not None:
            self.accept()


class StaffDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Staff accounts"))
        self.resize(860, 440)
        self.model = StaffTableModel(ctx, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # One line per account: the name takes the room left, the other columns (a Turkish
        # status is the longest text) are as wide as their text.
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        actions = QHBoxLayout()
        for label, slot in (
            (self.tr("&Add…"), self.add),
            (self.tr("&Edit…"), self.edit),
            (self.tr("Set &password…"), self.set_password),
            (self.tr("&Deactivate / reactivate"), self.toggle_active),
            (self.tr("&Unlock"), self.unlock),
            (self.tr("&Language…"), self.set_language),
        ):
            button = QPushButton(label)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.error = FieldError()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        rows = value_or_none(self, self.tr("Staff accounts"), lambda: staff.list_staff(self._ctx))
        if rows is not None:
            self.model.reset_rows(rows)

    def selected(self) -> StaffRow | None:
        indexes = self.table.selectionModel().selectedRows()
        row = self.model.row_at(indexes[0].row()) if indexes else None
        if row is None:
            self.error.show_message(self.tr("Select an account in the list first."))
        return row

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.error.show_message("")
            self.reload()

    def add(self) -> None:
        self._run(StaffEditDialog(self._ctx, None, self))

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(StaffEditDialog(self._ctx, row, self))

    def set_password(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(PasswordDialog(self._ctx, row, self))

    def set_language(self) -> None:
        """The account's own interface language (used from its next log-in on a desk)."""
        from desktop.ui.accounts.language_dialog import LanguageDialog

        row = self.selected()
        if row is not None:
            self._run(LanguageDialog(self._ctx, row.id, self))

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._call(lambda: staff.set_active(self._ctx, row.id, row.row_version, not row.active))

    def unlock(self) -> None:
        row = self.selected()
        if row is not None:
            self._call(lambda: staff.unlock_account(self._ctx, row.id))

    def _call(self, action: Callable[[], object]) -> None:
        if attempt(self, self.windowTitle(), action, inline=self.error.show_message) is None:
            return
        self.error.show_message("")
        self.reload()
