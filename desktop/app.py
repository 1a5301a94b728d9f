"""Wires the application together: database, services, main window."""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__

if TYPE_CHECKING:
    from db.engine import Database
    from desktop.services.common.context import Actor, ServiceContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.shell.starting_window import StartingWindow


def _smoke_actor() -> Actor:
    """`--smoke` builds every widget an administrator would see, under a cover it cannot lift."""
    from desktop.services.common.context import Actor

    return Actor(staff_id=None, name="Start-up check", role="admin")


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
# it started this process. PeelDesk prints the seconds until its first window was shown
# (the first event-loop turn after show(): "first-show-seconds") and until the main window
# with every feature was shown ("window-ready-seconds"), then quits.
FIRST_SHOW_ENV = "PEELDESK_QUIT_AFTER_FIRST_SHOW"
# With FIRST_SHOW_ENV: typed into the search box as the first window appears; PeelDesk quits
# once the main window shows results for it ("first-results-seconds").
SEARCH_AT_START_ENV = "PEELDESK_SEARCH_AT_START"


def _seconds_since_launch() -> float | None:
    started = os.environ.get(FIRST_SHOW_ENV)
    return time.time() - float(started) if started else None


def _report_first_show(starting: StartingWindow) -> None:
    if not os.environ.get(FIRST_SHOW_ENV):
        return
    query = os.environ.get(SEARCH_AT_START_ENV)
    if query:
        starting.search_box.setText(query)

    def report() -> None:
        print(f"first-show-seconds {_seconds_since_launch():.6f}", flush=True)

    QTimer.singleShot(0, report)


def _quit_after_first_show(window: MainWindow) -> None:
    if not os.environ.get(FIRST_SHOW_ENV):
        return

    def report() -> None:
        print(f"window-ready-seconds {_seconds_since_launch():.6f}", flush=True)
        if not os.environ.get(SEARCH_AT_START_ENV):
            window.close()

    def results() -> None:
        if window.search_page.model.rowCount() > 0:
            print(f"first-results-seconds {_seconds_since_launch():.6f}", flush=True)
            window.close()

    window.search_page.model.modelReset.connect(results)
    QTimer.singleShot(0, report)


def _cheaper_pyside_import_hook() -> None:
    """Stop PySide6 from keeping the source of every module imported after it.

    PySide6 hooks ``__import__`` for its ``__feature__`` switches and asks, for each new
    module, whether its source mentions "PySide6" with ``inspect.getsource``, which keeps the
    text of every file in ``linecache``: for SQLAlchemy, the models, the services and the
    features (all imported after the first window) ~18 MiB of peak memory and ~100 ms. The
    same question, answered by reading the file once without keeping it. PeelDesk uses no
    ``__feature__``; a PySide6 without this internal is left as it is.
    """
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return

    def mentions_pyside(module: object) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if not isinstance(origin, str) or not origin.endswith(".py"):
            return False  # built in, compiled or frozen: getsource finds no source either
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False

    feature._mod_uses_pyside = mentions_pyside


def _warm_up(smoke: bool) -> None:
    """Everything the main window needs, imported on a worker while the first window shows.

    Also configures the ORM mappers, which SQLAlchemy otherwise does on the first query
    (the first search). Nothing here touches the database or a widget.
    """
    from desktop.services import bootstrap

    bootstrap.warm_up()
    import desktop.ui.backups.sealing_dialogs
    import desktop.ui.backups.startup
    import desktop.ui.shell.desks
    import desktop.ui.shell.features

    if not smoke:
        import desktop.ui.accounts.login_dialog
        import desktop.ui.settings.clinic_setup_dialog  # noqa: F401


def run_gui(database_url: str, *, smoke: bool = False) -> int:
    """Start the app. Returns the process exit status."""
    _cheaper_pyside_import_hook()
    app = create_application()
    from desktop.ui.errors import install_excepthook

    install_excepthook(smoke=smoke)
    from desktop.ui.shell.i18n import install_language, resolve_language
    from desktop.ui.shell.starting_window import StartingWindow, run_while_responsive
    from desktop.ui.shell.view_state import remembered_language, restore_geometry

    # The language last used here (else the computer's) until the database can be read.
    install_language(resolve_language(remembered_language()))
    # On screen before SQLAlchemy, the services and the features are even imported.
    starting = StartingWindow()
    restore_geometry(starting, "mainWindow")  # where the main window will be (ShellFeature)
    starting.show()
    _report_first_show(starting)
    try:
        run_while_responsive(lambda: _warm_up(smoke))
        if not starting.isVisible():
            return 0  # closed before the desk was ready: the person changed their mind
        return _open_and_run(app, database_url, smoke=smoke, starting=starting)
    finally:
        starting.close()
        starting.deleteLater()


def _open_and_run(
    app: QApplication, database_url: str, *, smoke: bool, starting: StartingWindow
) -> int:
    from desktop.services.bootstrap import make_context
    from desktop.services.common.errors import DatabaseProblem
    from desktop.ui.accounts.feature import AccountsFeature
    from desktop.ui.backups.feature import BackupsFeature
    from desktop.ui.backups.startup import open_for_gui
    from desktop.ui.shell.desks import Desks
    from desktop.ui.shell.i18n import error_text

    if not _unlock_database(database_url, smoke=smoke, starting=starting):
        return 0
    # Local disk only, one PeelDesk per file, a damaged file offers the newest good backup.
    # The first start of the day checks the file on a worker, with writes held meanwhile.
    opened = open_for_gui(database_url, check_later=True)
    if opened is None:
        return 1
    check = None
    if opened.check_pending is not None:
        from desktop.ui.backups.startup_check import StartupCheck

        check = StartupCheck(opened)
        starting.statusBar().addWidget(check.label)
        check.start()
    try:
        # The GUI holds the database only as an opaque handle (it never imports db).
        ctx = make_context(cast("Database", opened.database))
        # Before the log-in dialog, so that it speaks the clinic's language too.
        _install_language(ctx)
        if smoke:
            # A start-up check, never a way in: no setup or log-in dialog, no account created,
            # and the window is locked from its first frame (unlocking needs a real account).
            actor = _smoke_actor()
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
            if check is not None and check.failed:
                return check.exit_status
            if signed_in is None:
                return 0
            actor = signed_in
            _finish_first_start(ctx, actor)
        # One desk (main window) per logged-in person, each with its own copy of the context
        # (its actor stays for the desk's life; Switch user shows another person's desk).
        desks = Desks(ctx)
        window = desks.open_desk(actor)
        if check is not None and not check.finished:
            window.add_status_widget(check.label)
        window.show()
        starting.close()
        # What was typed while the database opened is searched for at once.
        typed = starting.typed_text().strip()
        if typed:
            window.search_page.set_query(typed)
        if smoke:
            # Leaves the database as it found it: no backup (and so no audit event).
            window.feature(AccountsFeature).idle_lock.lock()
            if not os.environ.get(SEARCH_AT_START_ENV):
                QTimer.singleShot(200, window.close)
        else:
            # Backup at start, then every N hours; after the file's check has passed.
            scheduler = window.feature(BackupsFeature).scheduler
            if check is None:
                scheduler.start()
            else:
                check.when_passed(scheduler.start)
            # The first print is ready before anyone asks for it (reads only: safe during
            # the file check).
            from desktop.ui.handouts.print_warmup import warm_printing_later

            warm_printing_later(window.tasks, window.ctx)
        _quit_after_first_show(window)
        if check is not None and check.failed:
            return check.exit_status
        # A check that fails later ends the loop itself (0 when a backup was restored).
        return app.exec()
    finally:
        if check is not None:
            check.finish_quietly()  # the worker reads the file: let it end before closing
        opened.close()


def _unlock_database(url: str, *, smoke: bool, starting: StartingWindow) -> bool:
    """A sealed database's passphrase, asked once before anything opens the file (so a wrong
    one is told as such, never taken for a damaged file); a new clinic's database is created
    sealed. False when the person chose to quit."""
    from desktop.services.bootstrap import sqlite_file
    from desktop.ui.backups.sealing_dialogs import ask_new_clinic_passphrase, ask_to_unlock

    path = sqlite_file(url)
    if path is None:
        return True
    if not smoke and not ask_new_clinic_passphrase(path, starting):
        return False
    return ask_to_unlock(path, starting)


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
    from desktop.services.common.errors import DatabaseProblem
    from desktop.services.settings import store as settings
    from desktop.ui.shell.i18n import install_language, resolve_language
    from desktop.ui.shell.view_state import remember_language

    try:
        chosen = settings.read(ctx, "ui_language")
    except DatabaseProblem:
        chosen = "system"
    install_language(resolve_language(chosen))
    remember_language(chosen)
