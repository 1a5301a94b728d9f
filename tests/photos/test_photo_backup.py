"""Photos in SQLite backups: their bytes are copied once into the backups' photo folder, and a
restore puts them back (or refuses, changing nothing, when a file is missing)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.services.backups.operations import backup_now, restore_database
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import DatabaseProblem, NotFound
from desktop.services.photos.importing import import_photo
from desktop.services.photos.reading import photo_rendition, verify_photo
from tests.photos.photo_support import camera_jpeg, png_bytes, treated_patient


def _photo_files(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / "photos").rglob("*") if p.is_file())


def test_backups_copy_each_photo_once_and_restore_brings_them_back(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    treated = treated_patient(ctx)
    doctor = treated.physician
    area = treated.session_area_ids[0]
    first = import_photo(doctor, area, "before", "front", camera_jpeg(1200, 900), "a.jpg")
    folder = tmp_path / "backups"
    backup = backup_now(ctx, to=folder).path
    files = _photo_files(folder)
    assert len(files) == 3  # original, screen, thumbnail
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT max(length(data)) FROM photo_blob").fetchone() == (0,)
    original = photo_rendition(doctor, first.id, "original").data
    assert original in [f.read_bytes() for f in files]

    second = import_photo(doctor, area, "after", "front", png_bytes(), "b.png")
    later = backup_now(ctx, to=folder / "later.sqlite3").path
    assert len(_photo_files(folder)) == 6  # only the new photo's three files were added
    assert later.exists()

    ctx.database.dispose()
    path = ctx.database.path
    assert path is not None
    restore_database(path, backup)
    database = open_database(f"sqlite:///{path}")
    try:
        restored = ServiceContext(
            database=database, actor=doctor.actor, clock=doctor.clock, zone=doctor.zone
        )
        assert photo_rendition(restored, first.id, "original").data == original
        assert verify_photo(restored, first.id)
        with pytest.raises(NotFound):
            photo_rendition(restored, second.id, "thumb")  # imported after that backup
    finally:
        database.dispose()


def test_a_restore_with_a_missing_photo_file_changes_nothing(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    treated = treated_patient(ctx)
    import_photo(
        treated.physician, treated.session_area_ids[0], "before", "front", png_bytes(), "a.png"
    )
    folder = tmp_path / "backups"
    backup = backup_now(ctx, to=folder).path
    _photo_files(folder)[0].unlink()
    ctx.database.dispose()
    path = ctx.database.path
    assert path is not None
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="photo file"):
        restore_database(path, backup)
    assert path.read_bytes() == before
