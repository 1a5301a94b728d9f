"""Verified online backups of a SQLite database file and their rotation (restore: db/restore.py).

A backup is written with SQLite's backup API (a consistent snapshot even
while other connections write), to a temporary file in the target folder. The
copy is switched to a single-file journal mode, checked with
``PRAGMA integrity_check`` and ``foreign_key_check``, hashed (SHA-256), and
only then renamed to its final name, after its two sidecars:
``NAME.sqlite3.sha256`` (``sha256sum -c`` format) and ``NAME.sqlite3.json``
(hash, time, row counts). A file with a final name is therefore complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from db.backup_folder import (  # noqa: F401  (the backup folder's API, used through here)
    STAMP_FORMAT,
    SUFFIX,
    list_backups,
    plan_rotation,
    rotate,
    sidecars,
    sweep_photos,
)
from db.backup_folder import remove_quietly as _remove_quietly
from db.errors import BackupFailed, DatabaseLocked, DatabaseProblem
from db.messages import join, msg
from db.paths import ensure_private_dir, fsync_dir
from db.photo_backup import (
    PHOTO_FOLDER,
    archive_photo_blobs,
    named_photo_hashes,
)
from db.schema_shape import schema_problems
from db.sealing import (
    SAME_KEY,
    data_key_for,
    driver_errors,
    key_file,
    read_key_file,
    write_key_file,
)
from db.sealing import connect as connect_file

_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
_BUSY_MS = 5000


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    sha256: str
    created_at: datetime
    size: int
    row_counts: dict[str, int] = field(default_factory=dict)
    # Files in the backups' photos/ folder this backup needs (its photo bytes live there).
    photo_files: int = 0


# --- checks ----------------------------------------------------------------------------


def _connect(path: Path, *, read_only: bool, key: object = SAME_KEY) -> sqlite3.Connection:
    """Open an existing file (never create one) with a busy timeout; keyed when sealed
    (``key``: the file's own key, from the key file beside it, unless given)."""
    mode = "ro" if read_only else "rw"
    connection: sqlite3.Connection = connect_file(path, mode=mode, key=key, timeout=_BUSY_MS / 1e3)
    connection.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
    return connection


def integrity_problems(
    path: Path,
    *,
    read_only: bool = True,
    quick: bool = False,
    on_step: Callable[[int, int], object] | None = None,
    key: object = SAME_KEY,
) -> list[str]:
    """Everything ``integrity_check`` and ``foreign_key_check`` report; [] means healthy.

    ``quick`` runs ``quick_check`` instead (no index-versus-table comparison), several
    times faster: for the start-up check, while backups run the full one.
    """
    if not path.is_file():
        return [msg("The file {path} does not exist.", path=str(path))]
    if path.stat().st_size == 0:
        # SQLite reads an empty file as an empty database: "ok". For a clinic's file that
        # had data, it is the worst damage there is.
        return [msg("The file {path} is empty (0 bytes).", path=str(path))]
    # A sealed file whose key was not given raises KeyNeeded here: that is not damage.
    key = data_key_for(path) if key is SAME_KEY else key
    try:
        connection = _connect(path, read_only=read_only, key=key)
    except driver_errors() as error:
        return [msg("The file cannot be opened: {detail}.", detail=str(error))]
    try:
        pragma = "quick_check" if quick else "integrity_check"
        if on_step is not None:
            on_step(1, 2)
        rows = [r[0] for r in connection.execute(f"PRAGMA {pragma}")]
        # SQLite's own wording (English) stays a value: it names pages and indexes.
        problems: list[str] = (
            [] if rows == ["ok"] else [msg("Integrity: {detail}", detail=row) for row in rows]
        )
        if on_step is not None:
            on_step(2, 2)
        problems.extend(schema_problems(connection))
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
            problems.append(
                msg(
                    "Foreign key: row {row} of table {table} points to a missing {parent} row.",
                    row=rowid,
                    table=table,
                    parent=parent,
                )
            )
        return problems
    except driver_errors() as error:
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            # Held by another program: that says nothing about damage.
            raise DatabaseLocked(
                msg(
                    "The database {path} is held by another program, so it could not be "
                    "checked. Close that program (or PeelDesk on another desk) and try again.",
                    path=str(path),
                )
            ) from error
        return [msg("The file is damaged: {detail}.", detail=str(error))]
    finally:
        connection.close()


def row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    tables = [
        r[0]
        for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def read_setting(path: Path, key: str) -> object | None:
    """One setting straight from the file, even if other pages of it are damaged."""
    try:
        connection = _connect(path, read_only=False)
    except driver_errors(DatabaseProblem):
        return None
    try:
        row = connection.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        # The column is declared JSON, which SQLite gives numeric affinity: a number
        # comes back as a number, anything else as its JSON text.
        value: object = json.loads(row[0]) if isinstance(row[0], str) else row[0]
        return value
    except driver_errors(ValueError):
        return None
    finally:
        connection.close()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- writing a backup ------------------------------------------------------------------


def backup_name(db_path: Path, when: datetime, label: str = "") -> str:
    stamp = when.astimezone(UTC).strftime(STAMP_FORMAT)
    return f"{db_path.stem}-{stamp}{'-' + label if label else ''}{SUFFIX}"


def _write_private(path: Path, content: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())


def _free_name(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, or name-2, name-3... if taken (two backups in one second)."""
    candidate = folder / name
    stem = name[: -len(SUFFIX)]
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{counter}{SUFFIX}"
        counter += 1
    return candidate


def create_backup(source: Path, target: Path, *, when: datetime | None = None) -> BackupInfo:
    """Copy the database ``source`` to ``target`` (a file path), verified; see module doc.

    Raises BackupFailed with a message for people; ``source`` is never changed.
    """
    when = when or datetime.now(UTC)
    folder = target.parent
    try:
        ensure_private_dir(folder)
        if not os.access(folder, os.W_OK):
            raise PermissionError(13, "Permission denied", str(folder))
        target = _free_name(folder, target.name)
        temporary = folder / f".{target.name}.partial"
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
    except OSError as error:
        raise BackupFailed(
            msg(
                "The backup folder {folder} cannot be written ({detail}). "
                "Nothing was backed up. Choose another folder, or ask your administrator "
                "to make this one writable.",
                folder=str(folder),
                detail=error.strerror or str(error),
            )
        ) from error
    try:
        counts = _copy_and_check(source, temporary)
        photo_files = len(named_photo_hashes(temporary, key=data_key_for(source)))
        digest = sha256_file(temporary)
        size = temporary.stat().st_size
        sha_file, manifest_file = sidecars(target)
        manifest = {
            "format": 1,
            "file": target.name,
            "sha256": digest,
            "size": size,
            "created_at": when.astimezone(UTC).isoformat(),
            "source": source.name,
            "integrity": "ok",
            "row_counts": counts,
            "photo_files": photo_files,
        }
        if key_file(source).is_file():
            # The wrapped keys travel with it: elsewhere only the passphrase is needed.
            keys = read_key_file(source)
            manifest["sealed"] = {"key_id": keys["key_id"], "key_file": key_file(target).name}
            write_key_file(target, keys)
        for path, text in (
            (sha_file, f"{digest}  {target.name}\n"),
            (manifest_file, json.dumps(manifest, indent=2, sort_keys=True) + "\n"),
        ):
            partial = path.with_name(f".{path.name}.partial")
            _write_private(partial, text)
            os.replace(partial, path)
        # The database file last: a backup under its final name is always complete.
        os.replace(temporary, target)
        fsync_dir(folder)
    except BackupFailed:
        _remove_quietly(temporary)
        raise
    except driver_errors(OSError) as error:
        _remove_quietly(temporary)
        for path in (*sidecars(target), key_file(target)):
            _remove_quietly(path)
        raise BackupFailed(_failure_message(folder, error)) from error
    return BackupInfo(target, digest, when, size, counts, photo_files)


def _failure_message(folder: Path, error: BaseException) -> str:
    text = str(error).lower()
    if "full" in text or getattr(error, "errno", None) == 28:
        return msg(
            "The disk holding {folder} is full, so the backup could not be written. "
            "Free some space or choose another folder; the database itself is unchanged.",
            folder=str(folder),
        )
    return msg(
        "The backup to {folder} failed ({detail}). "
        "The database itself is unchanged. Try again, or choose another folder.",
        folder=str(folder),
        detail=str(error),
    )


def _copy_and_check(source: Path, temporary: Path) -> dict[str, int]:
    key = data_key_for(source)
    try:
        src = _connect(source, read_only=False, key=key)
    except driver_errors() as error:
        raise BackupFailed(
            msg(
                "The database {path} cannot be read for a backup ({detail}).",
                path=str(source),
                detail=str(error),
            )
        ) from error
    try:
        # A sealed database's copy is sealed with the same key (SQLCipher's backup API
        # copies the encrypted pages between two connections keyed alike).
        dest = connect_file(temporary, key=key)
        try:
            # One step: the whole copy is one consistent snapshot of the source.
            src.backup(dest, pages=-1)
            # A single self-contained file (no -wal beside it).
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.commit()
            # Photo bytes go once into the folder beside the backups, not into every copy.
            sealed = None if key is None else (str(read_key_file(source)["key_id"]), key)
            archive_photo_blobs(dest, temporary.parent / PHOTO_FOLDER, sealed=sealed)
        finally:
            dest.close()
    finally:
        src.close()
    problems = integrity_problems(temporary, key=key)
    if problems:
        raise BackupFailed(
            msg(
                "The copy of the database failed its integrity check, so it was not kept: "
                "{problems} Run “peeldesk check”.",
                problems=join(*problems[:3]),
            )
        )
    checker = _connect(temporary, read_only=True, key=key)
    try:
        return row_counts(checker)
    finally:
        checker.close()
