"""Payments → Cash-up… (Ctrl+Shift+U): the day's money, printable and exportable as CSV.

Reception takes payments, so the end-of-day count is a desk task: the action is there for
everyone allowed to take payments (the service refuses anyone else).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop.services.common.permissions import Permission, allowed
from desktop.ui.main_window import MenuName
from desktop.ui.payments.cash_up_dialog import CashUpDialog
from desktop.ui.shell.feature import Feature

CASH_UP_SHORTCUT = "Ctrl+Shift+U"


class CashUpFeature(Feature):
    def install(self) -> None:
        self.dialog: CashUpDialog | None = None
        self.action_cash_up = QAction(
            QCoreApplication.translate("CashUpFeature", "&Cash-up…"), self.window
        )
        self.action_cash_up.setObjectName("actionCashUp")
        self.action_cash_up.setShortcut(QKeySequence(CASH_UP_SHORTCUT))
        self.action_cash_up.triggered.connect(self.open_dialog)
        self.action_cash_up.setEnabled(allowed(self.ctx, Permission.TAKE_PAYMENTS))
        self.window.add_action(MenuName.PAYMENTS, self.action_cash_up)

    def open_dialog(self) -> CashUpDialog:
        """Today's cash-up (the clinic's day); one dialog, brought forward and read again when
        open (payments taken since are counted)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.load()
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        self.dialog = CashUpDialog(self.ctx, self.window.tasks, self.ctx.today(), self.window)
        self.dialog.open()
        return self.dialog
