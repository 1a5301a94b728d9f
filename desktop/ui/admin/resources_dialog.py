"""Rooms, laser devices and physicians' working hours, for administrators (Admin menu).

Keyboard first, like the staff accounts: each tab is a list with Add / Edit / in-service
buttons (Enter or double-click edits); the hours tab is seven lines of text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.context import ServiceContext
from desktop.services.resources import equipment
from desktop.services.resources.equipment import EquipmentInput, EquipmentRow, ResourceKind
from desktop.ui.admin.device_log_tab import DeviceLogTab
from desktop.ui.admin.working_hours_tab import WorkingHoursTab
from desktop.ui.shell.actions import attempt, under_fields, value_or_none
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP
from desktop.ui.widgets.dto_table_model import DtoTableModel
from desktop.ui.widgets.field_error import FieldError, clear_field_errors, with_error


class EquipmentTableModel(DtoTableModel[EquipmentRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("EquipmentTableModel", "Name"),
        QT_TRANSLATE_NOOP("EquipmentTableModel", "Model"),
        QT_TRANSLATE_NOOP("EquipmentTableModel", "Serial number"),
        QT_TRANSLATE_NOOP("EquipmentTableModel", "Status"),
    )
    HEADER_CONTEXT = "EquipmentTableModel"

    def cell_data(self, row: EquipmentRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 3:
            return self.tr("in service") if row.in_service else self.tr("out of service")
        return (row.name, row.model, row.serial)[column]


class EquipmentEditDialog(QDialog):
    """A new room or device, or changes to one."""

    def __init__(
        self,
        ctx: ServiceContext,
        kind: ResourceKind,
        existing: EquipmentRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._kind = kind
        self._existing = existing
        self.saved: EquipmentRow | None = None
        if kind == ResourceKind.ROOM:
            title = self.tr("Room — {name}") if existing else self.tr("New room")
        else:
            title = self.tr("Laser device — {name}") if existing else self.tr("New laser device")
        self.setWindowTitle(title.format(name=existing.name if existing else ""))
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout()
        self._add(form, "name", self.tr("&Name"))
        if kind == ResourceKind.DEVICE:
            self._add(form, "model", self.tr("&Model"))
            self._add(form, "serial", self.tr("&Serial number"))
        self.in_service = QCheckBox(self.tr("&In service (offered when booking)"))
        self.in_service.setObjectName("in_service")
        self.in_service.setChecked(existing.in_service if existing else True)
        form.addRow("", self.in_service)
        if existing is not None:
            for key, edit in self.fields.items():
                edit.setText(getattr(existing, key))
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

    def _add(self, form: QFormLayout, key: str, label: str) -> None:
        edit = QLineEdit()
        edit.setObjectName(key)
        self.fields[key] = edit
        self.errors[key] = FieldError()
        form.addRow(label, with_error(edit, self.errors[key], spacing=None))

    def save(self) -> None:
        clear_field_errors(self.errors, self.general_error)
        data = EquipmentInput(
            name=self.fields["name"].text(),
            model=self.fields["model"].text() if "model" in self.fields else "",
            serial=self.fields["serial"].text() if "serial" in self.fields else "",
            in_service=self.in_service.isChecked(),
        )
        existing = self._existing
        done = attempt(
            self,
            self.windowTitle(),
            lambda: equipment.save_equipment(
                self._ctx,
                self._kind,
                data,
                existing.id if existing else None,
                existing.row_version if existing else None,
            ),
            inline=self.general_error.show_message,
            on_problem=under_fields(self.errors, self.general_error),
        )
        if done is not None:
            self.saved = done.value
            self.accept()


class EquipmentTab(QWidget):
    def __init__(self, ctx: ServiceContext, kind: ResourceKind, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.kind = kind
        self.model = EquipmentTableModel(self)
        self.table = QTableView()
        self.table.setObjectName(f"{kind.value}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if kind == ResourceKind.ROOM:  # a room has no model or serial number
            self.table.setColumnHidden(1, True)
            self.table.setColumnHidden(2, True)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.activated.connect(lambda _index: self.edit())  # Enter
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("add", self.tr("&Add…"), self.add),
            ("edit", self.tr("&Edit…"), self.edit),
            ("toggle", self.tr("Take &out of / put back in service"), self.toggle),
        ):
            button = QPushButton(label)
            button.setObjectName(f"{kind.value}:{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        self.error = FieldError()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        self.reload()

    def reload(self) -> None:
        rows = value_or_none(
            self, self.windowTitle(), lambda: equipment.list_equipment(self._ctx, self.kind)
        )
        if rows is not None:
            self.model.reset_rows(rows)

    def selected(self) -> EquipmentRow | None:
        indexes = self.table.selectionModel().selectedRows()
        row = self.model.row_at(indexes[0].row()) if indexes else None
        if row is None:
            self.error.show_message(self.tr("Select a line in the list first."))
        return row

    def add(self) -> None:
        self._run(EquipmentEditDialog(self._ctx, self.kind, None, self))

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(EquipmentEditDialog(self._ctx, self.kind, row, self))

    def toggle(self) -> None:
        row = self.selected()
        if row is None:
            return
        data = EquipmentInput(row.name, row.model, row.serial, not row.in_service)
        done = attempt(
            self,
            self.tr("Rooms and devices"),
            lambda: equipment.save_equipment(self._ctx, self.kind, data, row.id, row.row_version),
            inline=self.error.show_message,
        )
        if done is not None:
            self.error.show_message("")
            self.reload()

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.error.show_message("")
            self.reload()


class ResourcesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rooms, devices and working hours"))
        self.resize(820, 480)
        self.tabs = QTabWidget()
        self.rooms = EquipmentTab(ctx, ResourceKind.ROOM)
        self.devices = EquipmentTab(ctx, ResourceKind.DEVICE)
        self.hours = WorkingHoursTab(ctx)
        self.tabs.addTab(self.rooms, self.tr("&Rooms"))
        self.tabs.addTab(self.devices, self.tr("Laser &devices"))
        self.tabs.addTab(self.hours, self.tr("Working &hours"))
        self.device_log = DeviceLogTab(ctx)
        self.tabs.addTab(self.device_log, self.tr("Device &log"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
