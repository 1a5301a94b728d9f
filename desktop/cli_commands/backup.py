"""`peeldesk backup`, `peeldesk restore`, `peeldesk check`: keeping the database file safe."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import command


def _sqlite_path(args: argparse.Namespace, verb: str) -> Path | None:
    from desktop.services.bootstrap import sqlite_file

    path = sqlite_file(args.database_url)
    if path is None:
        print(
            f"peeldesk {verb}: this works on a PeelDesk database file. A PostgreSQL database "
            "is backed up and checked on its server (pg_dump, pg_restore).",
            file=sys.stderr,
        )
    return path


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--to",
        metavar="PATH",
        type=Path,
        help="folder or .sqlite3 file for this copy (default: the backup folder, rotated)",
    )


@command("backup", "write a verified backup of the database now")(_configure_backup)
def run_backup(args: argparse.Namespace) -> int:
    from desktop.services.backups.operations import backup_now
    from desktop.services.bootstrap import make_context, open_database

    if _sqlite_path(args, "backup") is None:
        return 2
    database = open_database(args.database_url, must_exist=True)
    try:
        result = backup_now(make_context(database), to=args.to)
    finally:
        database.dispose()
    print(f"Backup written: {result.path}")
    print(f"SHA-256: {result.sha256}")
    print(
        f"Checked: integrity ok; {result.row_counts.get('patient', 0):,} patients, "
        f"{result.row_counts.get('treatment_session', 0):,} sessions."
    )
    if result.removed:
        print(f"Removed {result.removed} older backup(s) by the rotation rule.")
    if result.photo_files or result.photos_swept:
        print(
            f"Photos: {result.photo_files:,} file(s) in the “photos” folder beside it; "
            f"{result.photos_swept:,} no kept backup needs were deleted."
        )
    return 0


def _configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", metavar="PATH", type=Path, help="the backup file to restore")
    parser.add_argument(
        "--unverified",
        action="store_true",
        help="restore a file that has no .sha256 checksum beside it (still integrity-checked)",
    )


@command("restore", "replace the database by a verified backup (the current file is kept)")(
    _configure_restore
)
def run_restore(args: argparse.Namespace) -> int:
    from desktop.instance_lock import InstanceLock
    from desktop.services.backups.operations import restore_database

    path = _sqlite_path(args, "restore")
    if path is None:
        return 2
    from desktop.cli_commands.sealing import unlock_for_command

    unlock_for_command(args.backup)  # a sealed backup from another computer: its own key file
    lock = InstanceLock(path)
    lock.acquire(for_restore=True)
    try:
        summary = restore_database(path, args.backup, require_hash=not args.unverified)
    finally:
        lock.release()
    for warning in summary.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    print(f"Restored {path} from {summary.restored_from}")
    print(f"SHA-256 verified: {summary.sha256}")
    print(
        f"It holds {summary.row_counts.get('patient', 0):,} patients and "
        f"{summary.row_counts.get('treatment_session', 0):,} sessions."
    )
    if summary.previous_saved_as is not None:
        what = "damaged file was moved to" if summary.previous_was_damaged else "file was saved as"
        print(f"The previous {what} {summary.previous_saved_as}")
    return 0


def _configure_check(parser: argparse.ArgumentParser) -> None:
    pass


@command("check", "check the database file's integrity and links between records")(_configure_check)
def run_check(args: argparse.Namespace) -> int:
    from desktop.services.backups.operations import check_file

    path = _sqlite_path(args, "check")
    if path is None:
        return 2
    if not path.is_file():
        print(f"peeldesk check: there is no database file at {path}.", file=sys.stderr)
        return 2
    problems = check_file(path)
    if not problems:
        print(f"The database {path} passed the integrity and foreign-key checks.")
        return 0
    print(f"The database {path} has {len(problems)} problem(s):")
    for problem in problems[:50]:
        print(f"  - {problem}")
    print(
        "Restore the newest good backup with “peeldesk restore PATH” (the damaged file is "
        "kept), or ask your administrator."
    )
    return 1
