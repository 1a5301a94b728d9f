"""Admin → Add demo data…: fill an empty database with synthetic patients to try PeelDesk.

The same generator as `peeldesk demo`; it refuses a database that holds real patients (the
service checks). Runs in the background behind a progress dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from desktop.formatting import format_count
from desktop.services.demo.generate import DemoSummary, generate_demo
from desktop.ui.errors import show_problem
from desktop.ui.shell.i18n import current_language
from desktop.ui.widgets.progress import Report, WorkInProgress, run_with_progress

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SESSIONS_PER_PATIENT = 10


def ask_and_add_demo_data(window: MainWindow) -> WorkInProgress | None:
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


def add_demo_data(window: MainWindow, patients: int, show_after_ms: int = 400) -> WorkInProgress:
    ctx = window.ctx
    sessions = patients * SESSIONS_PER_PATIENT

    def job(report: Report) -> DemoSummary:
        return generate_demo(
            ctx,
            patients=patients,
            sessions=sessions,
            progress=lambda stage, done, total: report(done, total, stage),
        )

    def done(summary: DemoSummary) -> None:
        window.show_status(
            QCoreApplication.translate(
                "DemoData", "Added {patients} demo patients and {sessions} sessions."
            ).format(
                patients=format_count(summary.patients, current_language()),
                sessions=format_count(summary.sessions, current_language()),
            ),
            10_000,
        )
        window.events.sig_data_imported.emit()

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
