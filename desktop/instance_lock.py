"""One running PeelDesk per database file: a QLockFile next to the database.

Lives in the app layer (db/ never imports Qt). QtCore works without a
QApplication, so the CLI uses the same lock to refuse a restore while the app
is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from db.errors import DatabaseInUse
from db.messages import msg
from db.paths import ensure_private_dir


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._lock = QLockFile(str(lock_path(db_path)))
        # Never treat a lock as stale because of its age: a clinic keeps the app open
        # for days. A lock whose process has died is still detected as stale by Qt.
        self._lock.setStaleLockTime(0)
        # True when the last PeelDesk on this file did not close cleanly (crash, power cut):
        # its lock file was still there, held by a process that no longer exists.
        self.previous_run_crashed = False

    def acquire(self, *, for_restore: bool = False) -> None:
        """Take the lock or raise DatabaseInUse naming the holder.

        ``for_restore``: the message says the copy cannot replace the file with a backup
        (rather than open it).
        """
        try:
            ensure_private_dir(self.db_path.parent)  # a new database's folder may not exist yet
        except OSError:
            pass  # reported below as a lock file that cannot be created
        left_behind = lock_path(self.db_path).exists()
        if self._lock.tryLock(0):
            self.previous_run_crashed = left_behind
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            if for_restore:
                raise DatabaseInUse(
                    msg(
                        "PeelDesk is already running with the database {path} ({holder}), so "
                        "this copy cannot replace it with a backup. Switch to the open "
                        "PeelDesk window, or close it first.",
                        path=str(self.db_path),
                        holder=self.holder(),
                    )
                )
            raise DatabaseInUse(
                msg(
                    "PeelDesk is already running with the database {path} ({holder}), so "
                    "this copy cannot open it. Switch to the open PeelDesk window, or close "
                    "it first.",
                    path=str(self.db_path),
                    holder=self.holder(),
                )
            )
        raise DatabaseInUse(
            msg(
                "PeelDesk cannot create its lock file next to {path}. "
                "Check that the folder is writable.",
                path=str(self.db_path),
            )
        )

    def holder(self) -> str:
        # PySide6 returns (pid, host, app), some versions prefix an "ok" flag or return an
        # empty tuple, whatever its stubs say: keep the checks for those.
        info: tuple[object, ...] = self._lock.getLockInfo()
        if not info or (len(info) == 4 and not info[0]):
            return msg("another process")
        pid, host, app = info[-3:]
        program = app or msg("another program")
        if host:
            return msg("{program}, process {pid} on {host}", program=program, pid=pid, host=host)
        return msg("{program}, process {pid}", program=program, pid=pid)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
