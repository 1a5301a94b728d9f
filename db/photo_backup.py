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
from typing import Any

from db.errors import BackupInvalid
from db.messages import msg
from db.paths import ensure_private_dir

PHOTO_FOLDER = "photos"
# A file younger than this is never swept: a backup being written by another process has
# already archived its photos but has no final name yet.
SWEEP_GRACE_SECONDS = 3600
# A photo file of a sealed database's backups: MAGIC, the data key's id (8 bytes), a random
# nonce (12 bytes), then the bytes sealed with AES-256-GCM under a key derived from the data
# key by HKDF (so the photo files need no key of their own). The name stays the hash of the
# photo's own bytes; the associated data binds the file to that name.
SEALED_MAGIC = b"PDPHOTO1"
_SEAL_OVERHEAD = len(SEALED_MAGIC) + 8 + 12 + 16


def _photo_key(data_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"peeldesk photo backup files"
    ).derive(data_key)


def seal_photo(data: bytes, sha256: str, key_id: str, data_key: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    head = SEALED_MAGIC + bytes.fromhex(key_id)
    nonce = os.urandom(12)
    sealed = AESGCM(_photo_key(data_key)).encrypt(nonce, data, head + sha256.encode("ascii"))
    return head + nonce + sealed


def open_photo(content: bytes, sha256: str) -> bytes | None:
    """A photo file's bytes (opened with a key given in this process when sealed), or None."""
    if not content.startswith(SEALED_MAGIC):
        return content
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from db.sealing import remembered

    head, nonce = content[:16], content[16:28]
    data_key = remembered(head[8:].hex())
    if data_key is None:
        return None
    try:
        return AESGCM(_photo_key(data_key)).decrypt(
            nonce, content[28:], head + sha256.encode("ascii")
        )
    except InvalidTag:
        return None


def _kept_as_wanted(target: Path, size: int, sealed: tuple[str, bytes] | None) -> bool:
    """The file already there is this photo, sealed (with this key) when the copy is."""
    try:
        if sealed is None:
            return target.stat().st_size == size
        with target.open("rb") as handle:
            head = handle.read(16)
        return (
            head == SEALED_MAGIC + bytes.fromhex(sealed[0])
            and target.stat().st_size == size + _SEAL_OVERHEAD
        )
    except OSError:
        return False


def _has_photos(connection: sqlite3.Connection) -> bool:
    return (
        connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'photo_blob'"
        ).fetchone()
        is not None
    )


def photo_file(folder: Path, sha256: str) -> Path:
    return folder / sha256[:2] / sha256


def archive_photo_blobs(
    copy: sqlite3.Connection, folder: Path, *, sealed: tuple[str, bytes] | None = None
) -> int:
    """Write the copy's photo bytes not yet in ``folder``, then empty them in the copy.

    Returns how many files were written. ``copy`` is the backup being made, never the clinic's
    database. ``sealed`` (key id, data key): the database is sealed, and so are its photo files.
    """
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
        if _kept_as_wanted(target, size, sealed):
            continue
        (data,) = copy.execute(
            "SELECT data FROM photo_blob WHERE photo_id = ? AND rendition = ?",
            (photo_id, rendition),
        ).fetchone()
        ensure_private_dir(target.parent)
        partial = target.with_name(f".{sha256}.partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data if sealed is None else seal_photo(data, sha256, *sealed))
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
                data = open_photo(path.read_bytes(), sha256)
            except OSError:
                data = None
            if data is None or hashlib.sha256(data).hexdigest() != sha256:
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


def named_photo_hashes(backup: Path, *, key: Any = None) -> set[str]:
    """The content hashes of the photo files a backup copy needs (either driver's error, or
    KeyNeeded for a sealed copy whose key was not given, if unreadable)."""
    from db.sealing import SAME_KEY, connect

    # Keyed when the copy is sealed: by its own key file, or ``key`` (a copy being written,
    # whose key file is not beside it yet).
    connection = connect(backup, mode="ro", key=SAME_KEY if key is None else key)
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
    from db.errors import DatabaseProblem
    from db.sealing import driver_errors

    try:
        for backup in backups:
            named |= named_photo_hashes(backup)
    except driver_errors(DatabaseProblem):
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
