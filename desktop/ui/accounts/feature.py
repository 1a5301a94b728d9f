"""Staff accounts on the main window: who is logged in, Lock screen, Switch user, one's own
interface language, the staff/audit entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from desktop.services.common.context import Actor
from desktop.services.common.permissions import ROLE_NAMES, Permission, allowed
from desktop.services.settings import store as settings
from desktop.ui.accounts.idle_lock import IdleLock
from desktop.ui.main_window import MainWindow, MenuName, is_admin
from desktop.ui.shell.actions import quietly, value_or_none
from desktop.ui.shell.feature import Feature
from desktop.ui.widgets.vocabulary import word

if TYPE_CHECKING:  # the audit page loads when an administrator opens it, not at start-up
    from desktop.ui.admin.audit_page import AuditPage

DEFAULT_IDLE_MINUTES = 10


class AccountsFeature(Feature):
    def install(self) -> None:
        window = self.window
        ctx = self.ctx
        actor = ctx.actor
        self.user_label = QLabel(f"{actor.name} ({word(ROLE_NAMES.get(actor.role, actor.role))})")
        self.user_label.setObjectName("loggedInUser")
        window.add_status_widget(self.user_label)

        minutes = int(
            quietly(lambda: settings.read(ctx, "idle_lock_minutes"), DEFAULT_IDLE_MINUTES)
        )
        self.idle_lock = IdleLock(window, ctx, minutes * 60_000)

        self.action_lock = QAction(QCoreApplication.translate("MainWindow", "&Lock screen"), window)
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.triggered.connect(self.idle_lock.lock)
        window.add_action(MenuName.ACCOUNT, self.action_lock)
        self.idle_lock.sig_switch_user.connect(self.switch_to)

        self.action_switch_user = QAction(
            QCoreApplication.translate("MainWindow", "S&witch user…"), window
        )
        self.action_switch_user.setObjectName("actionSwitchUser")
        self.action_switch_user.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action_switch_user.triggered.connect(self.switch_user)
        window.add_action(MenuName.ACCOUNT, self.action_switch_user)

        self.action_language = QAction(
            QCoreApplication.translate("MainWindow", "Interface &language…"), window
        )
        self.action_language.setObjectName("actionMyLanguage")
        self.action_language.setEnabled(actor.staff_id is not None)
        self.action_language.triggered.connect(self.open_language)
        window.add_action(MenuName.ACCOUNT, self.action_language)

        # First in the Admin menu, above what other features put there. The window hides
        # the menu from everyone but administrators.
        if not is_admin(ctx):
            return
        ours: list[QAction] = []
        if allowed(ctx, Permission.MANAGE_STAFF):
            staff_action = QAction(
                QCoreApplication.translate("MainWindow", "&Staff accounts…"), window
            )
            staff_action.triggered.connect(lambda: _open_staff(window))
            ours.append(staff_action)
        if allowed(ctx, Permission.MANAGE_SETTINGS):
            security_action = QAction(
                QCoreApplication.translate("MainWindow", "&Passwords and screen lock…"), window
            )
            security_action.triggered.connect(lambda: self._open_security())
            ours.append(security_action)
        if allowed(ctx, Permission.VIEW_AUDIT):
            audit_action = QAction(
                QCoreApplication.translate("MainWindow", "&Audit trail…"), window
            )
            audit_action.triggered.connect(lambda: open_audit(window))
            ours.append(audit_action)
        for action in ours:
            window.add_action(MenuName.ADMIN, action, at_top=True)
        if len(window.menu(MenuName.ADMIN).actions()) > len(ours):
            window.add_separator(MenuName.ADMIN, at_top=True)

    def switch_user(self) -> None:
        """Lock this desk, keeping its work, and let someone else log in."""
        self.idle_lock.lock()
        if self.idle_lock.dialog is not None:
            self.idle_lock.dialog.open_switch()

    def switch_to(self, actor: Actor) -> MainWindow:
        """Show ``actor``'s desk (their password was just checked); this one stays locked."""
        from desktop.ui.shell.desks import desks_of

        target = desks_of(self.window).switch_to(actor, self.window)
        target.feature(AccountsFeature).idle_lock.unlock()
        return target

    def open_language(self) -> None:
        from desktop.ui.accounts.language_dialog import choose_own_language

        choose_own_language(self.window)

    def _open_security(self) -> None:
        from desktop.ui.admin.security_dialog import SecurityDialog

        dialog = SecurityDialog(self.ctx, self.window)
        if dialog.exec() == SecurityDialog.DialogCode.Accepted and dialog.saved:
            # Takes effect at once on this desk; other desks read it at their next start.
            self.idle_lock.set_timeout_ms(dialog.saved["idle_lock_minutes"] * 60_000)


def _open_staff(window: MainWindow) -> None:
    from desktop.ui.admin.staff_dialog import StaffDialog

    StaffDialog(window.ctx, window).exec()


def open_audit(window: MainWindow) -> AuditPage | None:
    from desktop.ui.admin.audit_page import AuditPage

    page = value_or_none(
        window,
        QCoreApplication.translate("MainWindow", "Audit trail"),
        lambda: AuditPage(window.ctx, window.tasks, window),
    )
    if page is not None:
        page.show()
    return page
