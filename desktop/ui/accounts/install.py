"""What staff accounts add to the main window: who is logged in, Lock screen, the Admin menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.services.common.permissions import ROLE_NAMES, Permission, allowed
from desktop.services.settings import store as settings
from desktop.ui.accounts.idle_lock import IdleLock
from desktop.ui.widgets.menus import shared_menu
from desktop.ui.widgets.vocabulary import word

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

DEFAULT_IDLE_MINUTES = 10


def install_accounts(window: MainWindow) -> None:
    ctx = window.ctx
    actor = ctx.actor
    window.user_label = QLabel(f"{actor.name} ({word(ROLE_NAMES.get(actor.role, actor.role))})")
    window.user_label.setObjectName("loggedInUser")
    window.statusBar().addPermanentWidget(window.user_label)

    try:
        minutes = int(settings.read(ctx, "idle_lock_minutes"))
    except (ServiceError, DatabaseProblem):
        minutes = DEFAULT_IDLE_MINUTES
    window.idle_lock = IdleLock(window, ctx, minutes * 60_000)

    account_menu = _menu(window, "Account", QCoreApplication.translate("MainWindow", "A&ccount"))
    window.action_lock = QAction(QCoreApplication.translate("MainWindow", "&Lock screen"), window)
    window.action_lock.setShortcut(QKeySequence("Ctrl+L"))
    window.action_lock.triggered.connect(window.idle_lock.lock)
    account_menu.addAction(window.action_lock)
    window.addAction(window.action_lock)

    # The Admin menu is shared with other features (handout templates, backups, ...). Only
    # administrators see it; the services refuse everyone else anyway.
    window.admin_menu = _menu(window, "Admin", QCoreApplication.translate("MainWindow", "A&dmin"))
    if not is_admin(ctx):
        window.admin_menu.menuAction().setVisible(False)
        return
    existing = window.admin_menu.actions()
    first = existing[0] if existing else None
    ours = []
    if allowed(ctx, Permission.MANAGE_STAFF):
        staff_action = QAction(QCoreApplication.translate("MainWindow", "&Staff accounts…"), window)
        staff_action.triggered.connect(lambda: _open_staff(window))
        ours.append(staff_action)
    if allowed(ctx, Permission.MANAGE_SETTINGS):
        security_action = QAction(
            QCoreApplication.translate("MainWindow", "&Passwords and screen lock…"), window
        )
        security_action.triggered.connect(lambda: _open_security(window))
        ours.append(security_action)
    if allowed(ctx, Permission.VIEW_AUDIT):
        audit_action = QAction(QCoreApplication.translate("MainWindow", "&Audit trail…"), window)
        audit_action.triggered.connect(lambda: open_audit(window))
        ours.append(audit_action)
    window.admin_menu.insertActions(first, ours)
    if first is not None:
        window.admin_menu.insertSeparator(first)


def is_admin(ctx: ServiceContext) -> bool:
    return allowed(ctx, Permission.MANAGE_STAFF) or allowed(ctx, Permission.VIEW_AUDIT)


def _menu(window: MainWindow, name: str, title: str) -> QMenu:
    """The menu called ``name`` if a feature made it already, else a new one before Help."""
    return shared_menu(window, name.lower(), title)


def _open_staff(window: MainWindow) -> None:
    from desktop.ui.admin.staff_dialog import StaffDialog

    StaffDialog(window.ctx, window).exec()


def _open_security(window: MainWindow) -> None:
    from desktop.ui.admin.security_dialog import SecurityDialog

    dialog = SecurityDialog(window.ctx, window)
    if dialog.exec() == SecurityDialog.DialogCode.Accepted and dialog.saved:
        # Takes effect at once on this desk; other desks read it at their next start.
        window.idle_lock.set_timeout_ms(dialog.saved["idle_lock_minutes"] * 60_000)


def open_audit(window: MainWindow):
    from desktop.ui.admin.audit_page import AuditPage
    from desktop.ui.errors import show_problem

    try:
        page = AuditPage(window.ctx, window.tasks, window)
    except (ServiceError, DatabaseProblem) as error:
        show_problem(window, QCoreApplication.translate("MainWindow", "Audit trail"), error)
        return None
    page.show()
    return page
