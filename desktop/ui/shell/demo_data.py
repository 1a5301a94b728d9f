"""Admin → Add demo data…: fill an empty database with synthetic patients to try PeelDesk.

The same generator as `peeldesk demo`; it refuses a database that holds real patients (the
service checks). Runs in the background behind a progress dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMainWindow

from desktop.formatting import format_count
from desktop.services.common.permissions import Permission, allowed
from desktop.services.demo.generate import DemoSummary, generate_demo
from desktop.ui.errors import show_problem
from desktop.ui.shell.i18n import current_language
from desktop.ui.widgets.menus import shared_menu
from desktop.ui.widgets.progress import WorkInProgress, run_with_progress

SESSIONS_PER_PATIENT = 10


def install_demo_data(window: QMainWindow) -> QAction:
    action = QAction(QCoreApplication.translate("DemoData", "Add &demo data…"), window)
    action.setObjectName("actionDemoData")
    # Administrators only; the service also refuses a database with real patients.
    action.setVisible(allowed(window.ctx, Permission.MANAGE_SETTINGS))
    action.triggered.connect(lambda: ask_and_add_demo_data(window))
    shared_menu(window, "admin", QCoreApplication.translate("MainWindow", "A&dmin")).addAction(
        action
    )
    return action


def ask_and_add_demo_data(window: QMainWindow) -> WorkInProgress | None:
    count, ok = QInputDialog.getInt(
        window,
        QCoreApplication.translate("DemoData", "Add demo data"),
        QCoreApplication.translate(
            "DemoData",
            "How many made-up patients? Each gets about {sessions} sessions.\n"
            "Only for trying PeelDesk: a database with real patients is refused.",
        ).format(sessions=SESSIONS_PER_PATIENT),
        2000,
        1,
        100_000,
        500,
    )
    if not ok:
        return None
    return add_demo_data(window, count)


def add_demo_data(window: QMainWindow, patients: int, show_after_ms: int = 400) -> WorkInProgress:
    ctx = window.ctx
    sessions = patients * SESSIONS_PER_PATIENT

    def job(report) -> DemoSummary:
        return generate_demo(
            ctx,
            patients=patients,
            sessions=sessions,
            progress=lambda stage, done, total: report(done, total, stage),
        )

    def done(summary: DemoSummary) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "DemoData", "Added {patients} demo patients and {sessions} sessions."
            ).format(
                patients=format_count(summary.patients, current_language()),
                sessions=format_count(summary.sessions, current_language()),
            ),
            10_000,
        )
        window.search_page.refresh()
        sessions_feature = getattr(window, "sessions", None)
        if sessions_feature is not None:
            sessions_feature.day_page.refresh()

    def failed(error: BaseException) -> None:
        show_problem(window, QCoreApplication.translate("DemoData", "Add demo data"), error)

    return run_with_progress(
        window,
        window.tasks,
        QCoreApplication.translate("DemoData", "Add demo data"),
        QCoreApplication.translate("DemoData", "Preparing…"),
        job,
        done,
        failed,
        stages={
            "patients": QCoreApplication.translate("DemoData", "Adding patients…"),
            "sessions": QCoreApplication.translate("DemoData", "Adding sessions…"),
        },
        show_after_ms=show_after_ms,
    )
