"""Backups on the main window: status label and schedule, "Back up now", and a patient's
data-protection requests (export, anonymise) in the Patient menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from desktop.formatting import format_short_date
from desktop.services.common.permissions import Permission, allowed
from desktop.services.patients import records as patients
from desktop.services.patients.anonymise import anonymise_patient
from desktop.services.patients.export import ExportFiles, export_patient
from desktop.ui.backups.scheduler import BackupScheduler
from desktop.ui.errors import show_problem
from desktop.ui.main_window import MainWindow, MenuName
from desktop.ui.shell.actions import value_or_none
from desktop.ui.shell.feature import Feature
from desktop.ui.widgets.progress import WorkInProgress, run_with_progress


class BackupsFeature(Feature):
    """Owns the backup scheduler and the actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        # Parented at once: the scheduler shows it before the status bar takes it, and a
        # parentless label shown is a window of its own (which a locked desk would cover).
        self.label = QLabel(window)
        self.scheduler = BackupScheduler(
            window.ctx, window.tasks, self.label, window, show_status=window.show_status
        )
        self.last_export: ExportFiles | None = None
        self.progress: WorkInProgress | None = None

    def take_over_from(self, previous: Feature) -> None:
        """A rebuilt window keeps the schedule running, without an extra backup."""
        if isinstance(previous, BackupsFeature):
            self.take_schedule_from(previous)

    def take_schedule_from(self, previous: BackupsFeature) -> None:
        """Run the application's one backup schedule here instead (the desk now shown)."""
        if previous.scheduler.started:
            previous.scheduler.stop()
            self.scheduler.start(back_up_now=False)

    def _settings_changed(self, _saved: object) -> None:
        # A new backup interval applies now (no extra backup: only the timer is set again).
        if self.scheduler.started:
            self.scheduler.start(back_up_now=False)

    def install(self) -> None:
        window = self.window
        ctx = self.ctx
        window.add_status_widget(self.label)
        window.events.sig_settings_changed.connect(self._settings_changed)

        self.action_backup_now = QAction(
            QCoreApplication.translate("BackupActions", "&Back up now"), window
        )
        self.action_backup_now.triggered.connect(lambda: self.scheduler.backup_now(manual=True))
        self.action_backup_now.setEnabled(
            self.scheduler.enabled and allowed(ctx, Permission.MANAGE_BACKUPS)
        )
        window.add_action(MenuName.ADMIN, self.action_backup_now)

        window.add_separator(MenuName.PATIENT)
        self.action_export = QAction(
            QCoreApplication.translate("BackupActions", "E&xport patient data (access request)…"),
            window,
        )
        self.action_export.triggered.connect(self.export_current)
        self.action_export.setEnabled(allowed(ctx, Permission.EXPORT_PATIENT_DATA))
        window.add_action(MenuName.PATIENT, self.action_export)
        self.action_anonymise = QAction(
            QCoreApplication.translate("BackupActions", "Remove patient's &identity (on request)…"),
            window,
        )
        self.action_anonymise.triggered.connect(self.anonymise_current)
        self.action_anonymise.setEnabled(allowed(ctx, Permission.ANONYMISE_PATIENTS))
        window.add_action(MenuName.PATIENT, self.action_anonymise)

    def _current(self) -> int | None:
        return self.window.patient_or_hint(
            QCoreApplication.translate("BackupActions", "Find and select a patient first.")
        )

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

        ctx = self.ctx

        def done(files: ExportFiles) -> None:
            self.last_export = files
            self.window.show_status(
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
            self.window.clear_status()
            show_problem(
                self.window,
                QCoreApplication.translate("BackupActions", "Export patient data"),
                error,
            )

        self.progress = run_with_progress(
            self.window,
            self.window.tasks,
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
        ctx = self.ctx
        title = QCoreApplication.translate("BackupActions", "Remove identity")
        detail = value_or_none(self.window, title, lambda: patients.get_patient(ctx, patient_id))
        if detail is None:
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
        result = value_or_none(
            self.window,
            title,
            lambda: anonymise_patient(ctx, patient_id, detail.row_version, reason=reason),
        )
        if result is None:
            return
        self.window.show_status(
            QCoreApplication.translate(
                "BackupActions", "Identity removed; treatment records kept until {date}."
            ).format(date=format_short_date(result.records_kept_until)),
            10000,
        )
        self.window.events.sig_patient_anonymised.emit(patient_id)
