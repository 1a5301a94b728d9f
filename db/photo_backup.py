"""Photo bytes in SQLite backups, copied once: an append-only folder beside the backups.

A daily full copy of a database holding photos would copy every photo every day. So the
backup's copy of ``photo_blob`` keeps every row but not its bytes: each blob is written
once to ``<backup folder>/photos/<sha256[:2]>/<sha256>`` (named by its content hash, kept in
the row; written only when absent, fsynced, renamed into place), and the copy's ``data`` is
emptied and the file vacuumed. Restoring refills the bytes from that folder, checking each
file's hash, and refuses when one is missing or changed (db/restore.py).

Each backup copy names its photo files (the ``sha256`` of every ``photo_blob`` row), so after
rotation ``sweep_photo_files`` deletes the files no backup in the folder names any more: the
photos of an erased patient leave the folder when the last backup holding them is rotated out.
``verify_backup`` counts the files a backup names and reports those missing (a backup copied
elsewhere without its ``photos`` folder), not only the restore.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from db.errors import BackupInvalid
from db.messages import msg
from db.paths import ensure_private_dir

PHOTO_FOLDER = "photos"
# A file younger than this is never swept: a backup being written by another process has
# already archived its photos but has no final name yet.
SWEEP_GRACE_SECONDS = 3600


def _has_photos(connection: sqlite3.Connection) -> bool:
    return (
        connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'photo_blob'"
        ).fetchone()
        is not None
    )


def photo_file(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256


def archive_photo_blobs(copy: sqlite3.Connection, folder: Path) -> int:
    """Write the copy's photo bytes not yet in ``folder``, then empty them in the copy.

    Returns how many files were written. ``copy`` is the backup being made, never the clinic's
    database."""
    if not _has_photos(copy):
        return 0
    written = 0
    # length() of a blob is read from the row header, not its pages: only new bytes are read.
    rows = copy.execute(
        "SELECT photo_id, rendition, sha256, length(data) FROM photo_blob WHERE length(data) > 0"
    ).fetchall()
    if not rows:
        return 0
    for photo_id, rendition, sha256, size in rows:
        target = photo_file(folder, sha256)
        if target.exists() and target.stat().st_size == size:
            continue
        (data,) = copy.execute(
            "SELECT data FROM photo_blob WHERE photo_id = ? AND rendition = ?",
            (photo_id, rendition),
        ).fetchone()
        ensure_private_dir(target.parent)
        partial = target.with_name(f".{sha256}.partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
        written += 1
    # The copy is a temporary file, discarded on any failure: no journal needed while it
    # shrinks (a rollback journal would write every emptied page once more).
    copy.execute("PRAGMA journal_mode = OFF")
    copy.execute("PRAGMA synchronous = OFF")
    copy.execute("UPDATE photo_blob SET data = x''")
    copy.commit()
    copy.execute("VACUUM")
    copy.execute("PRAGMA journal_mode = DELETE")
    copy.execute("PRAGMA synchronous = FULL")
    return written


def refill_photo_blobs(staged: Path, folder: Path) -> int:
    """Put the photo bytes back into a restored copy; raises BackupInvalid if any is missing
    or changed (the copy is then discarded by the caller; nothing was restored)."""
    connection = sqlite3.connect(staged)
    try:
        if not _has_photos(connection):
            return 0
        wanted = connection.execute(
            "SELECT photo_id, rendition, sha256 FROM photo_blob WHERE length(data) = 0"
        ).fetchall()
        missing = 0
        for photo_id, rendition, sha256 in wanted:
            path = photo_file(folder, sha256)
            try:
                data = path.read_bytes()
            except OSError:
                missing += 1
                continue
            if hashlib.sha256(data).hexdigest() != sha256:
                missing += 1
                continue
            connection.execute(
                "UPDATE photo_blob SET data = ? WHERE photo_id = ? AND rendition = ?",
                (data, photo_id, rendition),
            )
        if missing:
            raise BackupInvalid(
                msg(
                    "{count} photo file(s) of this backup are missing or changed in {folder}. "
                    "Nothing was restored. Copy the backup's “photos” folder next to it "
                    "and try again.",
                    count=missing,
                    folder=str(folder),
                )
            )
        connection.commit()
        return len(wanted)
    finally:
        connection.close()


def named_photo_hashes(backup: Path) -> set[str]:
    """The content hashes of the photo files a backup copy needs (sqlite3.Error if unreadable)."""
    connection = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if not _has_photos(connection):
            return set()
        rows = connection.execute("SELECT sha256 FROM photo_blob WHERE length(data) = 0")
        return {str(sha256) for (sha256,) in rows}
    finally:
        connection.close()


def missing_photo_files(backup: Path) -> tuple[int, int]:
    """(files the backup names, how many of them are not in the ``photos`` folder beside it)."""
    names = named_photo_hashes(backup)
    folder = backup.parent / PHOTO_FOLDER
    missing = sum(1 for sha256 in names if not photo_file(folder, sha256).is_file())
    return len(names), missing


def sweep_photo_files(
    folder: Path, backups: Iterable[Path], *, now: float | None = None
) -> list[Path]:
    """Delete the files in ``folder/photos`` that none of ``backups`` names; returns them.

    ``backups`` must be every backup copy in ``folder`` (labelled ones too). If one cannot be
    read, nothing is deleted: a photo kept too long is a smaller harm than a backup that can
    no longer be restored."""
    photos = folder / PHOTO_FOLDER
    if not photos.is_dir():
        return []
    named: set[str] = set()
    try:
        for backup in backups:
            named |= named_photo_hashes(backup)
    except sqlite3.Error:
        return []
    moment = time.time() if now is None else now
    removed: list[Path] = []
    for subfolder in photos.iterdir():
        if not subfolder.is_dir():
            continue
        for path in subfolder.iterdir():
            if path.name in named:  # a half-written ".partial" is never named: swept when old
                continue
            with contextlib.suppress(OSError):
                if moment - path.stat().st_mtime > SWEEP_GRACE_SECONDS:
                    path.unlink()
                    removed.append(path)
        with contextlib.suppress(OSError):
            subfolder.rmdir()  # only when it is empty
    return removed
