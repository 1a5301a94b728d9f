"""Automatic backups: at start and every N hours, off the GUI thread; the status bar
shows when the last one was made (or that it failed, and why)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.formatting import format_local_datetime
from desktop.services.backups import operations as backups
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.services.settings import store as settings
from desktop.ui.shell.actions import quietly
from desktop.ui.shell.i18n import error_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.progress import run_with_progress

HOUR_MS = 3_600_000


class BackupScheduler(QObject):
    sig_backup_done = Signal(object)  # BackupResult
    sig_backup_failed = Signal(str)

    def __init__(
        self,
        ctx: ServiceContext,
        tasks: TaskRunner,
        label: QLabel,
        parent: QWidget,
        show_status: Callable[[str, int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        # Where "Backup saved" is announced (the main window's status bar), if anywhere.
        self._show_status = show_status
        self.ctx = ctx
        self.tasks = tasks
        self.label = label
        self._window = parent
        self._running = False
        self._warned = False
        self.started = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.backup_now())
        self.enabled = ctx.database.path is not None
        label.setVisible(self.enabled)
        if self.enabled:
            self._show_last(backups.last_backup_time(ctx))

    def start(self, *, back_up_now: bool = True) -> None:
        """Back up now (unless told not to) and then every ``backup_interval_hours``."""
        if not self.enabled:
            return
        self.started = True
        hours = quietly(
            lambda: settings.read(self.ctx, "backup_interval_hours"),
            settings.DEFAULTS["backup_interval_hours"],
        )
        self.timer.stop()
        if hours > 0:
            self.timer.start(max(1, min(hours, 24 * 7)) * HOUR_MS)
        if back_up_now:
            self.backup_now()

    def stop(self) -> None:
        """No more automatic backups from here (another desk's scheduler takes over)."""
        self.started = False
        self.timer.stop()

    def backup_now(self, *, manual: bool = False) -> None:
        """Start one backup in the background; ``manual`` ones need the backup permission.

        A manual backup (someone is waiting for it) shows a progress dialog; the automatic
        ones only change the status bar label, so the desk keeps working.
        """
        if not self.enabled or self._running:
            return
        self._running = True
        self.label.setText(self.tr("Backing up…"))
        ctx = self.ctx
        if not manual:
            self.tasks.submit(
                lambda: backups.backup_now(ctx, automatic=True), self._done, self._failed
            )
            return
        self.progress = run_with_progress(
            self._window,
            self.tasks,
            self.tr("Back up now"),
            self.tr("Copying the database and checking the copy…"),
            lambda _report: backups.backup_now(ctx, automatic=False),
            self._manual_done,
            lambda error: self._failed(error, manual=True),
        )

    def _manual_done(self, result: backups.BackupResult) -> None:
        self._done(result)
        if self._show_status is not None:
            self._show_status(
                self.tr("Backup saved and checked: {file}").format(file=result.path.name), 10_000
            )

    def _done(self, result: backups.BackupResult) -> None:
        self._running = False
        self._warned = False
        self.label.setStyleSheet("")
        self._show_last(result.created_at)
        self.sig_backup_done.emit(result)

    def _failed(self, error: BaseException, *, manual: bool = False) -> None:
        self._running = False
        if isinstance(error, ServiceError | DatabaseProblem):
            message = error_text(error)
        else:
            message = self.tr("The automatic backup failed for an unexpected reason.")
        if isinstance(error, backups.BackupNotRecorded):
            # The copy exists; only its audit event is missing.
            self._show_last(error.result.created_at)
            self.label.setText(self.label.text() + self.tr(" (not audited)"))
        else:
            self.label.setText(self.tr("Last backup FAILED"))
            # The failure may be a damaged database: check it before the next window opens.
            path = self.ctx.database.path
            if path is not None:
                from desktop.ui.backups.startup import request_check_at_next_start

                request_check_at_next_start(path)
        self.label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.label.setToolTip(message)
        self.sig_backup_failed.emit(message)
        # Automatic: once until a backup works again, not every few hours. Manual: always.
        if manual or not self._warned:
            self._warned = self._warned or not manual
            tail = (
                self.tr("The backup copy itself is fine.")
                if isinstance(error, backups.BackupNotRecorded)
                else self.tr(
                    "Your work is still saved in the database; only the backup copy is "
                    "missing. PeelDesk will try again later."
                )
            )
            if isinstance(error, backups.BackupNotRecorded):
                title = self.tr("Backup not recorded")
            elif manual:
                title = self.tr("The backup failed")
            else:
                title = self.tr("Automatic backup failed")
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                title,
                message + "\n\n" + tail,
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            box.open()  # not modal to the app: the desk keeps working
            self.warning_box = box

    def _show_last(self, when: datetime | None) -> None:
        if when is None:
            self.label.setText(self.tr("No backup yet"))
            return
        self.label.setText(
            self.tr("Last backup: {when}").format(when=format_local_datetime(when, self.ctx.zone))
        )
        self.label.setToolTip(
            self.tr("Backups are kept in {folder}").format(folder=backups.backup_folder(self.ctx))
        )
