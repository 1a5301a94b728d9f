"""db/backup.py: verified backups, sidecars, rotation, verification and restore."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db import backup, restore
from db.errors import BackupFailed, BackupInvalid, DatabaseInUse
from tests.backup_helpers import register

WHEN = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)


def _count(path: Path, table: str = "patient") -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_backup_is_verified_hashed_single_file_and_owner_only(ctx, db_path, tmp_path) -> None:
    register(ctx)
    folder = tmp_path / "backups"
    info = backup.create_backup(db_path, folder / backup.backup_name(db_path, WHEN), when=WHEN)
    assert info.path.name == "peeldesk-20261125T070000Z.sqlite3"
    sha_file, manifest_file = backup.sidecars(info.path)
    assert sha_file.read_text() == f"{info.sha256}  {info.path.name}\n"
    manifest = json.loads(manifest_file.read_text())
    assert manifest["sha256"] == info.sha256 == backup.sha256_file(info.path)
    assert manifest["row_counts"]["patient"] == 1 and manifest["integrity"] == "ok"
    for path in (info.path, sha_file, manifest_file):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    # Journal mode DELETE in the header: no -wal file is needed to read the copy.
    assert info.path.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [info.path.name, sha_file.name, manifest_file.name]
    )
    assert restore.verify_backup(info.path).row_counts["patient"] == 1


def test_two_backups_in_one_second_get_distinct_names(ctx, db_path, tmp_path) -> None:
    name = backup.backup_name(db_path, WHEN)
    first = backup.create_backup(db_path, tmp_path / name, when=WHEN)
    second = backup.create_backup(db_path, tmp_path / name, when=WHEN)
    assert first.path != second.path and second.path.name.endswith("Z-2.sqlite3")
    assert [p for _, p in backup.list_backups(tmp_path, db_path.stem)] == [second.path, first.path]


def test_tampered_backup_is_refused(ctx, db_path, tmp_path) -> None:
    info = backup.create_backup(db_path, tmp_path / "copy.sqlite3")
    data = bytearray(info.path.read_bytes())
    data[-100] ^= 0xFF
    info.path.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid, match="does not match its checksum"):
        restore.verify_backup(info.path)
    backup.sidecars(info.path)[0].unlink()
    backup.sidecars(info.path)[1].unlink()
    with pytest.raises(BackupInvalid, match="no checksum file"):
        restore.verify_backup(info.path)


def test_backup_target_that_cannot_be_written_says_so(ctx, db_path, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(BackupFailed) as caught:
        backup.create_backup(db_path, blocker / "sub" / "x.sqlite3")
    assert "cannot be written" in str(caught.value) and "Nothing was backed up" in str(caught.value)
    assert _count(db_path) == 0  # the database is untouched and still readable


def test_rotation_keeps_seven_daily_and_four_weekly() -> None:
    start = datetime(2026, 8, 1, 6, 0, tzinfo=UTC)
    # Every 4 hours for 60 days: 360 backups.
    stamps = [start + timedelta(hours=4 * i) for i in range(360)]
    keep = backup.plan_rotation(stamps, keep_daily=7, keep_weekly=4)
    newest = max(stamps)
    assert newest in keep
    days = {s.date() for s in keep}
    last_seven = {(newest - timedelta(days=d)).date() for d in range(7)}
    assert last_seven <= days
    weeks = {s.isocalendar()[:2] for s in keep}
    assert len(weeks) == 4  # the last 7 days fall in the last 2 of those 4 weeks
    assert len(keep) <= 7 + 4
    # Each kept one is the newest of its day.
    for stamp in keep:
        assert stamp == max(s for s in stamps if s.date() == stamp.date())
    assert backup.plan_rotation([], keep_daily=7, keep_weekly=4) == set()
    assert backup.plan_rotation(stamps, keep_daily=0, keep_weekly=0) == {newest}


def test_rotate_on_disk_removes_files_and_sidecars_but_not_labelled_copies(
    ctx, db_path, tmp_path
) -> None:
    folder = tmp_path / "b"
    for day in range(10):
        when = WHEN - timedelta(days=day)
        backup.create_backup(db_path, folder / backup.backup_name(db_path, when), when=when)
    labelled = backup.create_backup(
        db_path, folder / backup.backup_name(db_path, WHEN, "pre-restore"), when=WHEN
    )
    stale = folder / f".{db_path.stem}-20260101T000000Z.sqlite3.partial"
    stale.write_bytes(b"cut off")
    os.utime(stale, (0, 0))
    fresh = folder / f".{db_path.stem}-20261125T070000Z.sqlite3.partial"
    fresh.write_bytes(b"being written right now")
    removed = backup.rotate(folder, db_path.stem, keep_daily=3, keep_weekly=1)
    assert not stale.exists() and fresh.exists()
    assert len(removed) == 7
    left = backup.list_backups(folder, db_path.stem)
    assert [w for w, _ in left] == [WHEN - timedelta(days=d) for d in range(3)]
    for path in removed:
        assert not any(p.exists() for p in (path, *backup.sidecars(path)))
    assert labelled.path.exists()


def test_restore_keeps_a_safety_copy_and_refuses_while_the_file_is_open(
    ctx, database, db_path, tmp_path
) -> None:
    register(ctx)
    saved = backup.create_backup(db_path, tmp_path / "b" / "one.sqlite3")
    register(ctx, "Mehmet", "Öztürk")
    with pytest.raises(DatabaseInUse, match="open in another program"):
        restore.restore_backup(saved.path, db_path, safety_folder=tmp_path / "b")
    assert _count(db_path) == 2
    database.dispose()
    result = restore.restore_backup(saved.path, db_path, safety_folder=tmp_path / "b", when=WHEN)
    assert _count(db_path) == 1
    assert result.previous_saved_as is not None and not result.previous_was_damaged
    assert _count(result.previous_saved_as) == 2  # nothing of the replaced file is lost
    assert restore.verify_backup(result.previous_saved_as).path == result.previous_saved_as
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_restore_refuses_a_backup_from_a_newer_version(ctx, database, db_path, tmp_path) -> None:
    copy = tmp_path / "newer.sqlite3"
    connection = sqlite3.connect(copy)
    connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    connection.commit()
    connection.close()
    database.dispose()
    before = db_path.read_bytes()
    with pytest.raises(BackupInvalid, match="newer version"):
        restore.restore_backup(copy, db_path, safety_folder=tmp_path, require_hash=False)
    assert db_path.read_bytes() == before


def test_damaged_database_is_moved_aside_on_restore(ctx, database, db_path, tmp_path) -> None:
    register(ctx)
    good = backup.create_backup(db_path, tmp_path / "b" / "good.sqlite3")
    database.dispose()
    corrupt_file(db_path)
    assert backup.integrity_problems(db_path)
    result = restore.restore_backup(good.path, db_path, safety_folder=tmp_path / "b", when=WHEN)
    assert result.previous_was_damaged and result.previous_saved_as is not None
    assert result.previous_saved_as.name == "peeldesk.sqlite3.damaged-20261125T070000Z"
    assert result.previous_saved_as.exists()
    assert backup.integrity_problems(db_path) == [] and _count(db_path) == 1


def corrupt_file(path) -> None:
    """Scribble over the middle of a closed database file (as a failing disk would)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(os.urandom(min(4096 * 6, size - 4096 * 2)))


def test_full_disk_during_a_backup_leaves_no_partial_file(
    ctx, db_path, tmp_path, monkeypatch
) -> None:
    def no_space(source, temporary):
        temporary.write_bytes(b"half a copy")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_copy_and_check", no_space)
    folder = tmp_path / "b"
    with pytest.raises(BackupFailed) as caught:
        backup.create_backup(db_path, folder / "x.sqlite3")
    assert "is full" in str(caught.value) and "database itself is unchanged" in str(caught.value)
    assert list(folder.iterdir()) == []  # no partial copy, no sidecar
