"""The backups' photo folder is swept of files no kept backup names (an erased patient's photos
leave it with the last backup holding them), and verifying a backup counts its photo files."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from db import backup as files
from db import restore
from db.codes import SessionStatus
from db.errors import BackupInvalid
from db.models import TreatmentSession
from desktop.services.backups.operations import backup_now
from desktop.services.common.context import ServiceContext
from desktop.services.patients import records as patients
from desktop.services.patients.anonymise import anonymise_patient
from desktop.services.photos.importing import import_photo
from desktop.services.settings import store as settings
from tests.photos.photo_support import png_bytes, treated_patient


def _photo_files(folder: Path) -> set[str]:
    return {p.name for p in (folder / "photos").rglob("*") if p.is_file()}


def _age(folder: Path, hours: float = 2) -> None:
    """Make every photo file older than the sweep's grace period."""
    for path in (folder / "photos").rglob("*"):
        if path.is_file():
            moment = path.stat().st_mtime - hours * 3600
            os.utime(path, (moment, moment))


def _erase(ctx: ServiceContext, patient_id: int, session_id: int) -> None:
    with ctx.database.write() as session:
        treatment = session.get(TreatmentSession, session_id)
        assert treatment is not None
        treatment.status = SessionStatus.DONE
    version = patients.get_patient(ctx, patient_id).row_version
    anonymise_patient(ctx, patient_id, version, reason="Written request, 25.11.2026")


def test_an_erased_patients_photos_leave_the_backup_folder_with_rotation(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    treated = treated_patient(ctx)
    area = treated.session_area_ids[0]
    import_photo(treated.physician, area, "before", "front", png_bytes(64, 48), "a.png")
    folder = tmp_path / "backups"
    settings.update(
        ctx, {"backup_folder": str(folder), "backup_keep_daily": 1, "backup_keep_weekly": 1}
    )
    first = backup_now(ctx)
    erased_files = _photo_files(folder)
    assert len(erased_files) == 3
    assert json.loads(files.sidecars(first.path)[1].read_text())["photo_files"] == 3

    _erase(ctx, treated.patient_id, treated.session_id)
    _age(folder)
    # While the first backup is kept, it still names the photos: nothing is swept.
    assert files.sweep_photos(folder) == []
    assert _photo_files(folder) == erased_files
    # The next day's backup rotates the first one out, and its photos go with it.
    second = backup_now(replace(ctx, clock=lambda: ctx.now() + timedelta(days=1)))
    assert not first.path.exists() and second.path.exists()
    assert (first.photo_files, second.photo_files, second.photos_swept) == (3, 0, 3)
    assert json.loads(files.sidecars(second.path)[1].read_text())["photo_files"] == 0
    assert _photo_files(folder) == set()


def test_the_sweep_deletes_only_unnamed_old_files(ctx: ServiceContext, tmp_path: Path) -> None:
    treated = treated_patient(ctx)
    area = treated.session_area_ids[0]
    import_photo(treated.physician, area, "before", "front", png_bytes(64, 48), "a.png")
    folder = tmp_path / "b"
    kept = files.create_backup(ctx.database.path, folder / "kept.sqlite3")  # type: ignore[arg-type]
    named = _photo_files(folder)
    stray_old = folder / "photos" / "ab" / ("ab" + "0" * 62)
    stray_new = folder / "photos" / "cd" / ("cd" + "1" * 62)
    for stray in (stray_old, stray_new):
        stray.parent.mkdir(exist_ok=True)
        stray.write_bytes(b"an erased photo")
    _age(folder)
    stray_new.touch()  # written a minute ago: maybe by a backup still being made
    removed = files.sweep_photos(folder)
    assert removed == [stray_old]
    assert _photo_files(folder) == named | {stray_new.name}
    assert not stray_old.parent.exists()  # its emptied subfolder goes too
    assert restore.verify_backup(kept.path).photo_files == 3


def test_an_unreadable_backup_stops_the_sweep(ctx: ServiceContext, tmp_path: Path) -> None:
    treated = treated_patient(ctx)
    import_photo(
        treated.physician, treated.session_area_ids[0], "before", "front", png_bytes(), "a.png"
    )
    folder = tmp_path / "b"
    files.create_backup(ctx.database.path, folder / "one.sqlite3")  # type: ignore[arg-type]
    (folder / "one.sqlite3").unlink()
    (folder / "broken.sqlite3").write_bytes(b"not a database at all" * 100)
    _age(folder)
    assert files.sweep_photos(folder) == []  # whose photos it holds is unknown: keep them all
    assert len(_photo_files(folder)) == 3


def test_verify_reports_a_backup_copied_without_its_photo_folder(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    treated = treated_patient(ctx)
    import_photo(
        treated.physician, treated.session_area_ids[0], "before", "front", png_bytes(), "a.png"
    )
    made = files.create_backup(ctx.database.path, tmp_path / "b" / "one.sqlite3")  # type: ignore[arg-type]
    assert made.photo_files == 3
    elsewhere = tmp_path / "usb-stick"
    elsewhere.mkdir()
    for path in (made.path, *files.sidecars(made.path)):
        shutil.copy(path, elsewhere / path.name)
    with pytest.raises(BackupInvalid, match="3 of the 3 photo file"):
        restore.verify_backup(elsewhere / made.path.name)
    shutil.copytree(tmp_path / "b" / "photos", elsewhere / "photos")
    assert restore.verify_backup(elsewhere / made.path.name).photo_files == 3
