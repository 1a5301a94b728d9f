"""Sessions → Print day sheet… (Ctrl+Shift+D): the desk's plan of one physician or room."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop.services.common.codes import Role
from desktop.services.common.permissions import Permission, allowed
from desktop.ui.main_window import MenuName
from desktop.ui.sessions.day_sheet_dialog import DaySheetDialog
from desktop.ui.sessions.feature import SessionsFeature
from desktop.ui.shell.feature import Feature

DAY_SHEET_SHORTCUT = "Ctrl+Shift+D"


class DaySheetFeature(Feature):
    def install(self) -> None:
        self.dialog: DaySheetDialog | None = None
        self.action_day_sheet = QAction(
            QCoreApplication.translate("DaySheetFeature", "Print day &sheet…"), self.window
        )
        self.action_day_sheet.setShortcut(QKeySequence(DAY_SHEET_SHORTCUT))
        self.action_day_sheet.triggered.connect(self.open_dialog)
        self.action_day_sheet.setEnabled(allowed(self.ctx, Permission.BOOK_SESSIONS))
        self.window.add_separator(MenuName.SESSIONS)
        self.window.add_action(MenuName.SESSIONS, self.action_day_sheet)

    def open_dialog(self) -> DaySheetDialog:
        """Defaults: the day the front page shows, the logged-in physician (else the first)."""
        actor = self.ctx.actor
        physician_id = actor.staff_id if actor.role == Role.PHYSICIAN else None
        day = self.window.feature(SessionsFeature).day_page.day
        self.dialog = DaySheetDialog(self.ctx, self.window.tasks, day, physician_id, self.window)
        self.dialog.open()
        return self.dialog
