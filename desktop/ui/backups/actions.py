"""Menu actions for backups and a patient's data-protection requests, plus the status
bar's backup label. Installed on the main window by MainWindow._install_backups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
)

from desktop.formatting import format_short_date
from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.services.common.permissions import Permission, allowed
from desktop.services.patients import records as patients
from desktop.services.patients.anonymise import anonymise_patient
from desktop.services.patients.export import export_patient
from desktop.ui.backups.scheduler import BackupScheduler
from desktop.ui.errors import show_problem
from desktop.ui.widgets.menus import shared_menu
from desktop.ui.widgets.progress import run_with_progress


class BackupActions:
    """Owns the backup scheduler and the actions; kept as window.backups."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        ctx = window.ctx  # type: ignore[attr-defined]
        self.label = QLabel()
        window.statusBar().addPermanentWidget(self.label)
        self.scheduler = BackupScheduler(ctx, window.tasks, self.label, window)  # type: ignore[attr-defined]

        self.action_backup_now = QAction(
            QCoreApplication.translate("BackupActions", "&Back up now"), window
        )
        self.action_backup_now.triggered.connect(lambda: self.scheduler.backup_now(manual=True))
        self.action_backup_now.setEnabled(
            self.scheduler.enabled and allowed(ctx, Permission.MANAGE_BACKUPS)
        )
        _admin_menu(window).addAction(self.action_backup_now)

        menu = window.patient_menu  # type: ignore[attr-defined]
        menu.addSeparator()
        self.action_export = QAction(
            QCoreApplication.translate("BackupActions", "E&xport patient data (access request)…"),
            window,
        )
        self.action_export.triggered.connect(self.export_current)
        self.action_export.setEnabled(allowed(ctx, Permission.EXPORT_PATIENT_DATA))
        menu.addAction(self.action_export)
        self.action_anonymise = QAction(
            QCoreApplication.translate("BackupActions", "Remove patient's &identity (on request)…"),
            window,
        )
        self.action_anonymise.triggered.connect(self.anonymise_current)
        self.action_anonymise.setEnabled(allowed(ctx, Permission.ANONYMISE_PATIENTS))
        menu.addAction(self.action_anonymise)

    def _current(self) -> int | None:
        patient_id = self.window.current_patient_id()  # type: ignore[attr-defined]
        if patient_id is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("BackupActions", "Find and select a patient first."),
                4000,
            )
        return patient_id

    def export_current(self) -> None:
        patient_id = self._current()
        if patient_id is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window,
            QCoreApplication.translate(
                "BackupActions", "Export the patient's data to which folder?"
            ),
        )
        if not folder:
            return
        from pathlib import Path

        ctx = self.window.ctx  # type: ignore[attr-defined]

        def done(files) -> None:
            self.last_export = files
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "BackupActions", "Exported to {folder}: {json}, {pdf}."
                ).format(
                    folder=files.json_path.parent,
                    json=files.json_path.name,
                    pdf=files.pdf_path.name,
                ),
                10000,
            )

        def failed(error: BaseException) -> None:
            self.window.statusBar().clearMessage()
            show_problem(
                self.window,
                QCoreApplication.translate("BackupActions", "Export patient data"),
                error,
            )

        self.progress = run_with_progress(
            self.window,
            self.window.tasks,  # type: ignore[attr-defined]
            QCoreApplication.translate("BackupActions", "Export patient data"),
            QCoreApplication.translate(
                "BackupActions", "Writing the patient's data (JSON) and summary (PDF)…"
            ),
            lambda _report: export_patient(ctx, patient_id, Path(folder)),
            done,
            failed,
        )

    def anonymise_current(self) -> None:
        patient_id = self._current()
        if patient_id is None:
            return
        ctx = self.window.ctx  # type: ignore[attr-defined]
        try:
            detail = patients.get_patient(ctx, patient_id)
        except (ServiceError, DatabaseProblem) as error:
            show_problem(
                self.window, QCoreApplication.translate("BackupActions", "Remove identity"), error
            )
            return
        reason, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("BackupActions", "Remove patient's identity"),
            QCoreApplication.translate(
                "BackupActions",
                "This removes the names, birth date, phone, e-mail and notes of "
                "{name} for good. Sessions, treated areas, follow-ups and quotes are "
                "kept for the legal retention period, without a name.\n\n"
                "Why? (kept in the audit trail, e.g. “written request, 20.11.2026”)",
            ).format(name=detail.full_name),
            QLineEdit.EchoMode.Normal,
        )
        if not ok:
            return
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("BackupActions", "Remove patient's identity"),
            QCoreApplication.translate(
                "BackupActions", "Remove the identity of {name} now? This cannot be undone."
            ).format(name=detail.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = anonymise_patient(ctx, patient_id, detail.row_version, reason=reason)
        except (ServiceError, DatabaseProblem) as error:
            show_problem(
                self.window, QCoreApplication.translate("BackupActions", "Remove identity"), error
            )
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "BackupActions", "Identity removed; treatment records kept until {date}."
            ).format(date=format_short_date(result.records_kept_until)),
            10000,
        )
        search = getattr(self.window, "search_page", None)
        if search is not None:
            search.refresh()


def _admin_menu(window: QMainWindow) -> QMenu:
    """The shared Admin menu (another feature may have made it already), before Help."""
    # Found by object name: the title is translated.
    return shared_menu(window, "admin", QCoreApplication.translate("MainWindow", "A&dmin"))
