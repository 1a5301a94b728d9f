"""Admin → Treatment area catalog… and Rooms, devices and working hours…: what sessions are
booked on, kept by the people allowed to change it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from desktop.services.common.permissions import Permission, allowed
from desktop.ui.main_window import MenuName
from desktop.ui.shell.feature import Feature


class TreatmentSetupFeature(Feature):
    def install(self) -> None:
        self.dialogs: list[QDialog] = []  # open dialogs stay referenced
        self.action_catalog = self._admin_action(
            QCoreApplication.translate("SessionsFeature", "Treatment area &catalog…"),
            self.edit_catalog,
            Permission.MANAGE_CATALOG,
        )
        self.action_resources = self._admin_action(
            QCoreApplication.translate("SessionsFeature", "&Rooms, devices and working hours…"),
            self.edit_resources,
            Permission.MANAGE_RESOURCES,
        )

    def _admin_action(
        self, text: str, slot: Callable[[], object], permission: Permission
    ) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        action.setEnabled(allowed(self.ctx, permission))
        return self.window.add_action(MenuName.ADMIN, action)

    def edit_catalog(self) -> QDialog:
        from desktop.ui.admin.catalog_dialog import CatalogDialog

        return self._open(CatalogDialog(self.ctx, self.window))

    def edit_resources(self) -> QDialog:
        from desktop.ui.admin.resources_dialog import ResourcesDialog

        return self._open(ResourcesDialog(self.ctx, self.window))

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()
