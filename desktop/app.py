"""Wires the application together: database, services, main window."""

from __future__ import annotations

import dataclasses
import sys
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import __version__
from desktop.services.bootstrap import make_context
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import DatabaseProblem

if TYPE_CHECKING:
    from db.engine import Database

# `--smoke` builds every widget an administrator would see, under a cover it cannot lift.
SMOKE_ACTOR = Actor(staff_id=None, name="Start-up check", role="admin")


def create_application(argv: list[str] | None = None) -> QApplication:
    # instance() is typed as the QCoreApplication base; here it is always a QApplication.
    app = cast(QApplication, QApplication.instance() or QApplication(argv or sys.argv[:1]))
    app.setApplicationName("PeelDesk")
    app.setOrganizationName("PeelDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("peeldesk")  # matches packaging/peeldesk.desktop (Wayland icon)
    from PySide6.QtGui import QIcon

    from desktop.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "peeldesk.svg"))))
    return app


# For the benchmark (bench/startup.py): set to the launcher's time.time() just before
# it started this process; PeelDesk prints the seconds until the main window was
# shown (the first event-loop turn after show()) and quits.
FIRST_SHOW_ENV = "PEELDESK_QUIT_AFTER_FIRST_SHOW"


def _quit_after_first_show(window: QWidget) -> None:
    import os

    started = os.environ.get(FIRST_SHOW_ENV)
    if not started:
        return

    def report() -> None:
        import time

        print(f"first-show-seconds {time.time() - float(started):.6f}", flush=True)
        window.close()

    QTimer.singleShot(0, report)


def run_gui(database_url: str, *, smoke: bool = False) -> int:
    """Start the app. Returns the process exit status."""
    app = create_application()
    from desktop.ui.errors import install_excepthook

    install_excepthook(smoke=smoke)
    from desktop.ui.shell.i18n import error_text, install_language, resolve_language
    from desktop.ui.shell.view_state import remembered_language

    # The language last used here (else the computer's) until the database can be read.
    install_language(resolve_language(remembered_language()))
    from desktop.ui.backups.startup import open_for_gui

    # Local disk only, one PeelDesk per file, a damaged file offers the newest good backup.
    opened = open_for_gui(database_url)
    if opened is None:
        return 1
    try:
        from desktop.ui.accounts.feature import AccountsFeature
        from desktop.ui.backups.feature import BackupsFeature
        from desktop.ui.shell.desks import Desks

        # The GUI holds the database only as an opaque handle (it never imports db).
        ctx = make_context(cast("Database", opened.database))
        # Before the log-in dialog, so that it speaks the clinic's language too.
        _install_language(ctx)
        if smoke:
            # A start-up check, never a way in: no setup or log-in dialog, no account created,
            # and the window is locked from its first frame (unlocking needs a real account).
            actor = SMOKE_ACTOR
        else:
            from desktop.services.accounts.login import LOGIN_ACTOR
            from desktop.ui.accounts.login_dialog import sign_in

            # Until someone logs in, the context may do nothing that needs a permission.
            ctx.actor = LOGIN_ACTOR
            try:
                signed_in = sign_in(ctx)
            except DatabaseProblem as problem:
                QMessageBox.critical(None, "PeelDesk", error_text(problem))
                signed_in = None
            if signed_in is None:
                return 0
            actor = signed_in
            _finish_first_start(ctx, actor)
        # One desk (main window) per logged-in person, each with its own copy of the context
        # (its actor stays for the desk's life; Switch user shows another person's desk).
        desks = Desks(ctx)
        window = desks.open_desk(actor)
        window.show()
        if smoke:
            # Leaves the database as it found it: no backup (and so no audit event).
            window.feature(AccountsFeature).idle_lock.lock()
            QTimer.singleShot(200, window.close)
        else:
            window.feature(BackupsFeature).scheduler.start()  # backup at start, then every N hours
        _quit_after_first_show(window)
        return app.exec()
    finally:
        opened.close()


def _finish_first_start(ctx: ServiceContext, actor: Actor) -> None:
    """An administrator's log-in asks for the clinic's identity while it has none (set-up).

    The set-up acts as the person who logged in; the zone it chose goes on the shared context
    every desk copies."""
    from desktop.services.settings.clinic_zone import apply_clinic_zone
    from desktop.ui.settings.clinic_setup_dialog import ask_clinic_identity

    if ask_clinic_identity(dataclasses.replace(ctx, actor=actor)):
        # The set-up chose the time zone and perhaps another language: the window uses both.
        apply_clinic_zone(ctx)
        _install_language(ctx)


def _install_language(ctx: ServiceContext) -> None:
    """Load the interface language chosen in Settings before the first window is built."""
    from desktop.services.settings import store as settings
    from desktop.ui.shell.i18n import install_language, resolve_language
    from desktop.ui.shell.view_state import remember_language

    try:
        chosen = settings.read(ctx, "ui_language")
    except DatabaseProblem:
        chosen = "system"
    install_language(resolve_language(chosen))
    remember_language(chosen)
