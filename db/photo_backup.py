"""Photo bytes in SQLite backups, copied once: an append-only folder beside the backups.

A daily full copy of a database holding photos would copy every photo every day. So the
backup's copy of ``photo_blob`` keeps every row but not its bytes: each blob is written
once to ``<backup folder>/photos/<sha256[:2]>/<sha256>`` (named by its content hash, kept in
the row; written only when absent, fsynced, renamed into place), and the copy's ``data`` is
emptied and the file vacuumed. Restoring refills the bytes from that folder, checking each
file's hash, and refuses when one is missing or changed (db/restore.py).

The folder only grows; files of photos deleted since (an erased patient) stay until a sweep
removes files no kept backup names (not written yet: docs/architecture.md, Treatment photos).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from db.errors import BackupInvalid
from db.messages import msg
from db.paths import ensure_private_dir

PHOTO_FOLDER = "photos"


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


def refill_photo_blobs(staged: Path, folder: Path, *, key: bytes | None = None) -> int:
    """Put the photo bytes back into a restored copy; raises BackupInvalid if any is missing
    or changed (the copy is then discarded by the caller; nothing was restored)."""
    from db.sealing import connect

    connection = connect(staged, key=key)
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
