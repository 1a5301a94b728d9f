"""Verifying a backup (checksum, integrity, schema) and swapping it in for the database.

The current file is always kept first: as a verified ``-pre-restore`` backup, or, if
it is damaged, moved aside as ``NAME.damaged-STAMP``. Nothing changes if a check fails.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.backup import (
    STAMP_FORMAT,
    BackupInfo,
    _connect,
    _remove_quietly,
    backup_name,
    create_backup,
    integrity_problems,
    list_backups,
    row_counts,
    sha256_file,
    sidecars,
)
from db.errors import BackupFailed, BackupInvalid, DatabaseInUse
from db.messages import msg
from db.paths import ensure_private_dir, fsync_dir
from db.photo_backup import PHOTO_FOLDER, missing_photo_files, refill_photo_blobs
from db.sealing import KEYS_SUFFIX, KeyNeeded, data_key_for, driver_errors, key_file


@dataclass(frozen=True)
class RestoreResult:
    restored_from: BackupInfo
    # The file as it was before the swap: a verified backup, or (if it was
    # damaged) the file itself moved aside. None if there was no file.
    previous_saved_as: Path | None
    previous_was_damaged: bool


def verify_backup(path: Path, *, require_hash: bool = True) -> BackupInfo:
    """Check a backup's SHA-256 against its sidecar and its integrity; BackupInvalid if not."""
    if not path.is_file():
        raise BackupInvalid(msg("The backup file {path} does not exist.", path=str(path)))
    digest = sha256_file(path)
    sha_file, manifest_file = sidecars(path)
    expected: str | None = None
    if sha_file.is_file():
        first_word = sha_file.read_text(encoding="utf-8").split()[0:1]
        expected = first_word[0].lower() if first_word else ""
    elif manifest_file.is_file():
        with contextlib.suppress(ValueError, OSError):
            expected = str(json.loads(manifest_file.read_text(encoding="utf-8"))["sha256"])
    if expected is None and require_hash:
        raise BackupInvalid(
            msg(
                "The backup {name} has no checksum file ({checksum}), so it cannot be "
                "verified. Restore it only if you are sure it is right (option --unverified).",
                name=path.name,
                checksum=sha_file.name,
            )
        )
    if expected is not None and expected != digest:
        raise BackupInvalid(
            msg(
                "The backup {name} does not match its checksum: the file was changed or "
                "damaged after it was written. Nothing was restored; choose another backup.",
                name=path.name,
            )
        )
    problems = integrity_problems(path)
    if problems:
        raise BackupInvalid(
            msg(
                "The backup {name} is damaged ({problem}). "
                "Nothing was restored; choose another backup.",
                name=path.name,
                problem=problems[0],
            )
        )
    connection = _connect(path, read_only=True)
    try:
        counts = row_counts(connection)
    finally:
        connection.close()
    photo_files, missing = missing_photo_files(path)
    if missing:
        raise BackupInvalid(
            msg(
                "{missing} of the {count} photo file(s) this backup needs are not in the "
                "“photos” folder beside it ({folder}). Copy that folder next to the backup, "
                "or choose another backup.",
                missing=missing,
                count=photo_files,
                folder=str(path.parent / PHOTO_FOLDER),
            )
        )
    created = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return BackupInfo(path, digest, created, path.stat().st_size, counts, photo_files)


def newest_good_backup(folder: Path, stem: str) -> BackupInfo | None:
    for _when, path in list_backups(folder, stem):
        try:
            info = verify_backup(path)
        except (BackupInvalid, KeyNeeded):  # KeyNeeded: sealed with a key not given (re-keyed)
            continue
        return BackupInfo(
            info.path, info.sha256, _when, info.size, info.row_counts, info.photo_files
        )
    return None


_IN_USE = msg(
    "The database is open in another program or on another workstation, so it was "
    "not replaced. Close PeelDesk everywhere and try again."
)


def _release_wal(db_path: Path) -> None:
    """Fold the -wal file into the database and leave WAL mode, which SQLite only allows
    when no other connection has the file open: that is the in-use check."""
    try:
        connection = _connect(db_path, read_only=False)
        connection.execute("PRAGMA busy_timeout = 0")
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            connection.close()
    except driver_errors() as error:
        raise DatabaseInUse(_IN_USE) from error
    if str(mode).lower() != "delete":
        raise DatabaseInUse(_IN_USE)


def move_aside(db_path: Path, when: datetime) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way, keeping it for experts."""
    stamp = when.astimezone(UTC).strftime(STAMP_FORMAT)
    moved = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm", KEYS_SUFFIX):
        item = db_path.with_name(db_path.name + suffix)
        if item.exists():
            os.replace(item, moved.with_name(moved.name + suffix))
    return moved


def restore_backup(
    backup: Path,
    db_path: Path,
    *,
    safety_folder: Path,
    when: datetime | None = None,
    require_hash: bool = True,
) -> RestoreResult:
    """Replace ``db_path`` by a verified copy of ``backup``.

    The current file is first saved: as a verified ``-pre-restore`` backup in
    ``safety_folder`` or, if it cannot be backed up because it is damaged,
    moved aside as ``NAME.damaged-STAMP``. The swap is one rename on the same
    file system. Raises BackupInvalid / BackupFailed / DatabaseInUse, having
    changed nothing.
    """
    when = when or datetime.now(UTC)
    info = verify_backup(backup, require_hash=require_hash)
    _check_schema_known(backup)
    ensure_private_dir(db_path.parent)
    staged = db_path.with_name(f".{db_path.name}.restoring")
    try:
        shutil.copyfile(backup, staged)
        staged.chmod(0o600)
        with staged.open("rb+") as handle:
            os.fsync(handle.fileno())
    except OSError as error:
        _remove_quietly(staged)
        raise BackupFailed(
            msg(
                "The backup could not be copied next to the database ({detail}). "
                "Nothing was restored. Free some space or check the folder's permissions.",
                detail=error.strerror or str(error),
            )
        ) from error
    try:
        if sha256_file(staged) != info.sha256:
            raise BackupInvalid(msg("The backup changed while it was being copied. Try again."))
        # A sealed backup is opened with its own key (its key file's copy, by key id).
        refill_photo_blobs(staged, backup.parent / PHOTO_FOLDER, key=data_key_for(backup))
        saved: Path | None = None
        damaged = False
        if db_path.exists() and db_path.stat().st_size > 0:
            if integrity_problems(db_path, read_only=False):
                damaged = True
            else:
                _release_wal(db_path)
                saved = create_backup(
                    db_path, safety_folder / backup_name(db_path, when, "pre-restore"), when=when
                ).path
        if damaged:
            saved = move_aside(db_path, when)
        for suffix in ("-wal", "-shm"):
            _remove_quietly(db_path.with_name(db_path.name + suffix))
        _keys_follow(backup, db_path)
        os.replace(staged, db_path)
        fsync_dir(db_path.parent)
    finally:
        _remove_quietly(staged)
    return RestoreResult(info, saved, damaged)


def _keys_follow(backup: Path, db_path: Path) -> None:
    """The database's key file becomes the backup's (the key the restored pages need), or
    goes when the backup is a plaintext one (made before the database was sealed)."""
    if key_file(backup).is_file():
        staged_keys = key_file(db_path).with_name(f".{key_file(db_path).name}.restoring")
        shutil.copyfile(key_file(backup), staged_keys)
        staged_keys.chmod(0o600)
        os.replace(staged_keys, key_file(db_path))
    else:
        _remove_quietly(key_file(db_path))


def _check_schema_known(backup: Path) -> None:
    from db.schema import KNOWN_REVISIONS

    connection = _connect(backup, read_only=True)
    try:
        has = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        revision = (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if has
            else None
        )
    finally:
        connection.close()
    if revision is None:
        raise BackupInvalid(msg("This file is not a PeelDesk backup. Nothing was restored."))
    if revision[0] not in KNOWN_REVISIONS:
        raise BackupInvalid(
            msg(
                "This backup was made by a newer version of PeelDesk. "
                "Install that version to restore it; nothing was restored."
            )
        )
