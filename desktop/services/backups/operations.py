"""Backups, restore and integrity checks as user actions (audited, permission-checked).

The file work itself is in db/backup.py; this module decides where backups
go (settings), who may make them, and records each one in the audit trail.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from db import backup as files
from db import restore
from db.errors import BackupInvalid, message_of
from db.paths import data_dir, default_database_path
from desktop.services.backups.signing import chain_head, check_backup, sign_backup
from desktop.services.common.audit import record_event
from desktop.services.common.audit_anchor import anchor_path, force_next_anchor, read_anchor
from desktop.services.common.audit_key import load_key
from desktop.services.common.context import SYSTEM_ACTOR, Actor, ServiceContext
from desktop.services.common.errors import DatabaseProblem, ServiceError
from desktop.services.common.messages import msg
from desktop.services.common.permissions import Permission, require
from desktop.services.settings import store as settings


class RestoreNotRecorded(DatabaseProblem):
    """The file was restored, but writing its audit event failed."""


class BackupNotRecorded(DatabaseProblem):
    """The backup was written and verified, but writing its audit event failed."""

    def __init__(self, message: str, result: BackupResult) -> None:
        super().__init__(message)
        self.result = result


@dataclass(frozen=True)
class BackupResult:
    path: Path
    sha256: str
    created_at: datetime
    size: int
    row_counts: dict[str, int]
    removed: int  # old backups deleted by rotation
    photo_files: int = 0  # files in the backups' photos/ folder this backup needs
    photos_swept: int = 0  # photo files no kept backup needed any more, deleted


@dataclass(frozen=True)
class RestoreSummary:
    restored_from: Path
    sha256: str
    row_counts: dict[str, int]
    previous_saved_as: Path | None
    previous_was_damaged: bool
    # Said to the person restoring: e.g. an unsigned backup (its origin cannot be proven).
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoodBackup:
    path: Path
    created_at: datetime
    patients: int


def default_backup_folder(db_path: Path | None = None) -> Path:
    """data_dir()/backups for the default database; a subfolder per other database file.

    Backups are found by the database's file name, so two files both called
    peeldesk.sqlite3 must never share a folder: the start-up restore could
    otherwise offer one clinic's backup for the other's file.
    """
    base = data_dir() / "backups"
    if db_path is None:
        return base
    resolved = db_path.expanduser().resolve()
    if resolved == default_database_path().expanduser().resolve():
        return base
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]
    return base / f"{resolved.stem}-{digest}"


def backup_folder(ctx: ServiceContext) -> Path:
    configured = str(settings.read(ctx, "backup_folder") or "").strip()
    if configured:
        return Path(configured).expanduser()
    return default_backup_folder(ctx.database.path)


def _database_path(ctx: ServiceContext) -> Path:
    if ctx.database.path is None:
        raise ServiceError(
            msg(
                "PeelDesk makes file backups of a local database only. A PostgreSQL database "
                "is backed up on its server (pg_dump); ask your administrator."
            )
        )
    return ctx.database.path


def backup_now(
    ctx: ServiceContext, *, to: Path | None = None, automatic: bool = False
) -> BackupResult:
    """Write one verified backup, rotate old automatic ones, and audit it.

    ``to`` is a folder or a file name for a manual copy (never rotated).
    Automatic backups run whoever is signed in: they protect everyone's work.
    """
    if not automatic:
        require(ctx, Permission.MANAGE_BACKUPS)
    source = _database_path(ctx)
    now = ctx.now()
    if to is None:
        folder = backup_folder(ctx)
        target = folder / files.backup_name(source, now)
    elif to.is_dir() or not to.name.endswith(files.SUFFIX):
        folder = to
        target = to / files.backup_name(source, now)
    else:
        folder = to.parent
        target = to
    with ctx.database.read() as session:
        # Read before the copy: the copy holds at least these events.
        head = chain_head(session)
    info = files.create_backup(source, target, when=now)
    signed = sign_backup(info.path, head)
    removed: list[Path] = []
    swept: list[Path] = []
    if to is None:
        with ctx.database.read() as session:
            current = settings.settings_in(session)
            daily, weekly = current.backup_keep_daily, current.backup_keep_weekly
        removed = files.rotate(folder, source.stem, keep_daily=daily, keep_weekly=weekly)
        swept = files.sweep_photos(folder)
    result = BackupResult(
        info.path,
        info.sha256,
        now,
        info.size,
        info.row_counts,
        len(removed),
        info.photo_files,
        len(swept),
    )
    try:
        with ctx.database.write() as session:
            record_event(
                session,
                ctx,
                "backup.create",
                entity="backup",
                details={
                    "file": str(info.path),
                    "sha256": info.sha256,
                    "size": info.size,
                    "automatic": automatic,
                    "signed": signed,
                    "rotated_out": [p.name for p in removed],
                    "photo_files": info.photo_files,
                    "photo_files_swept": len(swept),
                },
            )
    except DatabaseProblem as problem:
        # The verified copy exists and is kept: losing it would protect nobody.
        raise BackupNotRecorded(
            msg(
                "The backup {name} was written and verified, but it could not be recorded "
                "in the audit trail: {problem}",
                name=info.path.name,
                problem=message_of(problem),
            ),
            result,
        ) from problem
    return result


def last_backup_time(ctx: ServiceContext) -> datetime | None:
    """When the newest automatic backup in the backup folder was made (no verification)."""
    if ctx.database.path is None:
        return None
    backups = files.list_backups(backup_folder(ctx), ctx.database.path.stem)
    return backups[0][0] if backups else None


def check_database(ctx: ServiceContext) -> list[str]:
    """Integrity and foreign-key problems of the open database; [] when healthy."""
    require(ctx, Permission.MANAGE_BACKUPS)
    return files.integrity_problems(_database_path(ctx), read_only=False)


def check_file(
    path: Path, *, quick: bool = False, on_step: Callable[[int, int], object] | None = None
) -> list[str]:
    """The same check on a file that is not open (start-up, the CLI).

    The start-up check is ``quick`` (several times faster on a big clinic); every
    backup runs the full check on its copy, off the GUI thread.
    """
    from db.file_probe import probe_file

    if probe_file(path).foreign:
        return [msg("The file holds tables of another program: it is not a PeelDesk database.")]
    return files.integrity_problems(path, read_only=False, quick=quick, on_step=on_step)


def folder_for_file(path: Path) -> Path:
    """The backup folder of a database file that may be damaged or not open yet.

    Read straight from the file: a damaged database often still holds its settings page.
    """
    configured = files.read_setting(path, "backup_folder") if path.is_file() else None
    if isinstance(configured, str) and configured.strip():
        return Path(configured.strip()).expanduser()
    return default_backup_folder(path)


def newest_good_backup(path: Path) -> GoodBackup | None:
    """The newest backup that passes its checks and is not forged (the start-up offer)."""
    from db.sealing import KeyNeeded

    for when, candidate in files.list_backups(folder_for_file(path), path.stem):
        try:
            info = restore.verify_backup(candidate)
            check_backup(candidate, info.sha256, allow_unverifiable=False)
        except (BackupInvalid, KeyNeeded):  # KeyNeeded: sealed with a key not given (re-keyed)
            continue
        return GoodBackup(candidate, when, info.row_counts.get("patient", 0))
    return None


def restore_database(
    path: Path,
    backup: Path,
    *,
    actor: Actor = SYSTEM_ACTOR,
    require_hash: bool = True,
    clock: Callable[[], datetime] | None = None,
) -> RestoreSummary:
    """Swap a verified backup in for the (closed) database file at ``path``, audited.

    The caller makes sure PeelDesk does not hold the file (instance lock).
    The audit event goes into the restored database, where it stays visible.
    """
    from desktop.services.bootstrap import open_database

    # No database is open yet: the probe only carries the actor whose role is checked.
    probe = ServiceContext(database=None, actor=actor)  # type: ignore[arg-type]
    require(probe, Permission.MANAGE_BACKUPS)
    now = clock() if clock else datetime.now(UTC)
    warnings: list[str] = []
    if backup.is_file():
        # A forged backup (file changed, checksum recomputed) is refused before anything moves.
        warnings = list(
            check_backup(backup, files.sha256_file(backup), allow_unverifiable=not require_hash)
        )
    anchor_file = anchor_path(f"sqlite:///{path}")
    replaced = read_anchor(anchor_file, load_key(create=False)).head
    result = restore.restore_backup(
        backup, path, safety_folder=folder_for_file(path), when=now, require_hash=require_hash
    )
    if result.previous_saved_as is not None and not result.previous_was_damaged:
        sign_backup(result.previous_saved_as, asdict(replaced) if replaced else None)
    try:
        database = open_database(f"sqlite:///{path}")
        try:
            ctx = ServiceContext(database=database, actor=actor)
            if clock:
                ctx.clock = clock
            with database.write() as session:
                # The head goes back with the backup: the restore event starts from it.
                force_next_anchor(session)
                record_event(
                    session,
                    ctx,
                    "backup.restore",
                    entity="backup",
                    details={
                        "restored_from": str(backup),
                        "sha256": result.restored_from.sha256,
                        "previous_saved_as": str(result.previous_saved_as or ""),
                        "previous_was_damaged": result.previous_was_damaged,
                        # What the replaced file's trail held, as this computer last saw it.
                        "replaced_head": (
                            {"events": replaced.events, "last_id": replaced.last_id}
                            if replaced
                            else None
                        ),
                    },
                )
        finally:
            database.dispose()
    except DatabaseProblem as problem:
        # The swap is done and cannot be half-undone; say so, then what else went wrong
        # (e.g. this computer lacks the clinic's audit key).
        raise RestoreNotRecorded(
            msg(
                "The backup was restored (the previous file was kept as {previous}), but the "
                "restore could not be recorded in the audit trail: {problem}",
                previous=str(result.previous_saved_as),
                problem=message_of(problem),
            )
        ) from problem
    return RestoreSummary(
        backup,
        result.restored_from.sha256,
        result.restored_from.row_counts,
        result.previous_saved_as,
        result.previous_was_damaged,
        tuple(warnings),
    )
