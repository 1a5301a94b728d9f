"""Photo files beside the backups of a sealed database are sealed too (db/photo_backup.py):
no photo's bytes are readable in them, files written before sealing are sealed at the next
backup, and a restore opens them with the backup's key."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import sealing
from desktop.services.backups import sealing as service
from desktop.services.backups.operations import backup_now, restore_database
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.photos.importing import import_photo
from desktop.services.photos.reading import photo_rendition
from tests.photos.photo_support import camera_jpeg, treated_patient

PASSPHRASE = "orange tiger violin meadow"


@pytest.fixture(autouse=True)
def _cheap_and_forgotten(monkeypatch):
    monkeypatch.setattr(sealing, "PASSPHRASE_COST", sealing.CHEAP_FOR_TESTS)
    sealing.forget_all()
    yield
    sealing.forget_all()


def _photo_files(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / "photos").rglob("*") if p.is_file())


def test_sealed_backups_seal_photo_files_and_restore_opens_them(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    treated = treated_patient(ctx)
    doctor = treated.physician
    photo = import_photo(
        doctor, treated.session_area_ids[0], "before", "front", camera_jpeg(800, 600), "a.jpg"
    )
    original = photo_rendition(doctor, photo.id, "original").data
    folder = tmp_path / "backups"
    backup_now(ctx, to=folder / "plain.sqlite3")
    assert original in [f.read_bytes() for f in _photo_files(folder)]  # the hole this closes

    recovery = service.seal(ctx, PASSPHRASE, PASSPHRASE).recovery_key
    sealed_backup = backup_now(ctx, to=folder / "sealed.sqlite3").path
    files = _photo_files(folder)
    assert len(files) == 3  # the same names (content hashes), now sealed in place
    for file in files:
        raw = file.read_bytes()
        assert raw.startswith(b"PDPHOTO1") and original[:64] not in raw
        assert b"\xff\xd8\xff" not in raw[:40]  # no JPEG header

    ctx.database.dispose()
    sealing.forget_all()
    sealing.unlock(sealed_backup, recovery)
    path = ctx.database.path
    assert path is not None
    restore_database(path, sealed_backup)
    database = open_database(f"sqlite:///{path}")
    try:
        restored = ServiceContext(
            database=database, actor=doctor.actor, clock=doctor.clock, zone=doctor.zone
        )
        assert photo_rendition(restored, photo.id, "original").data == original
    finally:
        database.dispose()


def test_a_changed_sealed_photo_file_refuses_the_restore_and_changes_nothing(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    treated = treated_patient(ctx)
    import_photo(
        treated.physician,
        treated.session_area_ids[0],
        "before",
        "front",
        camera_jpeg(640, 480),
        "a.jpg",
    )
    service.seal(ctx, PASSPHRASE, PASSPHRASE)
    folder = tmp_path / "backups"
    backup = backup_now(ctx, to=folder / "sealed.sqlite3").path
    path = ctx.database.path
    assert path is not None
    ctx.database.dispose()
    one = _photo_files(folder)[0]
    raw = bytearray(one.read_bytes())
    raw[-1] ^= 1  # one flipped bit: the GCM tag fails
    one.write_bytes(bytes(raw))
    before = path.read_bytes()
    from desktop.services.common.errors import DatabaseProblem

    with pytest.raises(DatabaseProblem, match="missing or changed"):
        restore_database(path, backup)
    assert path.read_bytes() == before
