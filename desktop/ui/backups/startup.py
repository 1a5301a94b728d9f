"""Opening the database for the GUI, safely: local disk only, one PeelDesk per file,
and a damaged file offers the newest good backup instead of a crash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.formatting import format_local_datetime
from desktop.instance_lock import InstanceLock
from desktop.services.backups import operations as backups
from desktop.services.bootstrap import (
    open_database,
    open_for_checking,
    refuse_network_share,
    sqlite_file,
)
from desktop.services.common.errors import DatabaseDamaged, DatabaseProblem, ServiceError
from desktop.ui.shell.i18n import QT_TRANSLATE_NOOP, error_text, translated

# Translated where shown: the language is installed before the database opens (app.py).
TITLE = QT_TRANSLATE_NOOP("StartupCheck", "PeelDesk cannot open the database")
# The whole-file check costs ~2 s on a 100,000-patient clinic, so it does not run before
# every window: it runs after a crash, when a background backup found a problem, and
# otherwise at the first start of the day. Every start's background backup still checks
# the full integrity of its copy.
CHECK_INTERVAL = timedelta(hours=20)


def checked_marker(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def request_check_at_next_start(path: Path) -> None:
    checked_marker(path).unlink(missing_ok=True)


def _check_due(path: Path, lock: InstanceLock) -> bool:
    if lock.previous_run_crashed:
        return True
    try:
        last = datetime.fromisoformat(checked_marker(path).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return True
    return not (timedelta(0) <= datetime.now(UTC) - last <= CHECK_INTERVAL)


def remember_check(path: Path) -> None:
    try:
        checked_marker(path).write_text(datetime.now(UTC).isoformat(), encoding="ascii")
    except OSError:
        pass  # only means the check runs again next time


@dataclass
class OpenedDatabase:
    database: object  # db.engine.Database; the GUI only passes it on to services
    lock: InstanceLock | None
    # The file whose check is still to run, with writes held until it passes
    # (``open_for_gui(..., check_later=True)``; see startup_check.py).
    check_pending: Path | None = None

    def close(self) -> None:
        self.database.dispose()  # type: ignore[attr-defined]
        if self.lock is not None:
            self.lock.release()


def open_for_gui(
    url: str, parent: QWidget | None = None, *, check_later: bool = False
) -> OpenedDatabase | None:
    """The open database (and its instance lock), or None after telling the user why not.

    ``check_later``: a check that is due does not hold up the window. The database opens
    with every write held and ``check_pending`` set; the caller runs the check
    (``StartupCheck``), which lets writes go or refuses the file. A file due for an upgrade
    is still checked first, because upgrading writes to it.
    """
    path = sqlite_file(url)
    lock = None
    try:
        if path is not None:
            refuse_network_share(path)
            lock = InstanceLock(path)
            lock.acquire()
            due = path.is_file() and path.stat().st_size > 0 and _check_due(path, lock)
            if due and check_later:
                held = open_for_checking(url)
                if held is not None:
                    return OpenedDatabase(held, lock, check_pending=path)
            if due:
                problems = backups.check_file(path, quick=True)
                if problems and not offer_restore(path, problems, parent):
                    lock.release()
                    return None
                if not problems:
                    remember_check(path)
        database = _open_or_offer_restore(url, path, parent)
        if database is None:
            if lock is not None:
                lock.release()
            return None
    except DatabaseProblem as problem:
        if lock is not None:
            lock.release()
        QMessageBox.critical(parent, _tr(TITLE), error_text(problem))
        return None
    return OpenedDatabase(database, lock)


def _open_or_offer_restore(url: str, path: Path | None, parent: QWidget | None) -> object | None:
    """open_database, offering the newest good backup for a file found unusable before
    anything was written to it (emptied, a damaged schema). None: not opened, user told."""
    try:
        return open_database(url)
    except DatabaseDamaged as damage:
        if path is None or not offer_restore(path, damage.problems, parent):
            return None
    return open_database(url)


def offer_restore(path: Path, problems: list[str], parent: QWidget | None) -> bool:
    """Ask to restore the newest good backup. True when the file was restored."""
    QApplication.setOverrideCursor(_wait_cursor())
    try:
        good = backups.newest_good_backup(path)
    finally:
        QApplication.restoreOverrideCursor()
    detail = translated(problems[0])
    if len(problems) > 1:
        detail = QCoreApplication.translate("StartupCheck", "{problem} (and {count} more)").format(
            problem=detail, count=len(problems) - 1
        )
    found = QCoreApplication.translate("StartupCheck", "Problem found: {problem}").format(
        problem=detail
    )
    damaged = QCoreApplication.translate("StartupCheck", "The database is damaged")
    if good is None:
        QMessageBox.critical(
            parent,
            damaged,
            QCoreApplication.translate(
                "StartupCheck",
                "The database {path} failed its integrity check and no good backup of it was "
                "found in {folder}. PeelDesk will close without changing anything. Ask your "
                "administrator, or restore a copy with “peeldesk restore”.",
            ).format(path=path, folder=backups.folder_for_file(path))
            + "\n\n"
            + found,
        )
        return False
    when = format_local_datetime(good.created_at, None)
    answer = QMessageBox.question(
        parent,
        damaged,
        QCoreApplication.translate(
            "StartupCheck", "The database {path} failed its integrity check."
        ).format(path=path)
        + "\n\n"
        + QCoreApplication.translate(
            "StartupCheck",
            "Restore the newest good backup, made on {when} ({count} patients)? Changes made "
            "after that backup will be missing. The damaged file is kept beside it for an "
            "expert to look at.",
        ).format(when=when, count=f"{good.patients:,}")
        + "\n\n"
        + QCoreApplication.translate(
            "StartupCheck", "Choose No to close PeelDesk without changing anything."
        )
        + "\n\n"
        + found,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        summary = backups.restore_database(path, good.path)
    except backups.RestoreNotRecorded as problem:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("StartupCheck", "Backup restored"),
            error_text(problem),
        )
        return True
    except (DatabaseProblem, ServiceError) as problem:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("StartupCheck", "The backup was not restored"),
            error_text(problem),
        )
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("StartupCheck", "Backup restored"),
        "\n\n".join(
            [
                QCoreApplication.translate(
                    "StartupCheck",
                    "The backup of {when} was restored. The previous file was kept as {file}.",
                ).format(when=when, file=summary.previous_saved_as),
                # e.g. an unsigned backup from an earlier PeelDesk: its origin is not proven.
                *(translated(warning) for warning in summary.warnings),
            ]
        ),
    )
    return True


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartupCheck", text)


def _wait_cursor() -> QCursor:
    from PySide6.QtCore import Qt

    return QCursor(Qt.CursorShape.WaitCursor)
