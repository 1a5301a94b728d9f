"""Photo storage bench: photo bytes in the database (a blob table) against a content-addressed
folder of files beside it, for the storage decision in docs/architecture.md (Photos).

    python -m bench.photo_store_bench [--photos 100]

One 12-MP camera JPEG is prepared as an import prepares it (desktop/services/photos/images.py:
original without EXIF, screen rendition, thumbnail); each of ``--photos`` photos stores those
three renditions with a unique marker so none is deduplicated. Measured, in one run:
- write: one transaction (SQLite, WAL, synchronous=FULL as db/engine.py sets) per photo, against
  three files written, fsynced and renamed into ``store/ab/<sha256>``;
- read: every photo's screen rendition once;
- size: database growth against the folder's bytes;
- backup: db/backup.create_backup (a verified copy; photo bytes go once into the backups'
  photos/ folder, db/photo_backup.py), against copying the files the backup folder does not
  have yet; each the first time, then a day with one new photo;
- import: ``--imports`` 12-MP JPEGs prepared as an import does, against Pillow alone opening,
  transposing, re-saving without EXIF and making the same renditions (the issue's goal: ≤ 1.5×).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from time import perf_counter

from PIL import Image, ImageOps

from db.backup import create_backup
from desktop.services.photos.images import PreparedPhoto, prepare_photo

_SCHEMA = """
CREATE TABLE photo_blob (
    photo_id INTEGER NOT NULL, rendition VARCHAR(10) NOT NULL, media_type VARCHAR(40) NOT NULL,
    width INTEGER NOT NULL, height INTEGER NOT NULL, sha256 VARCHAR(64) NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (photo_id, rendition))
"""


def camera_photo() -> PreparedPhoto:
    image = Image.effect_noise((4000, 3000), 40).convert("RGB")  # noise compresses like skin
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90, exif=exif.tobytes())
    from zoneinfo import ZoneInfo

    return prepare_photo(out.getvalue(), "bench.jpg", ZoneInfo("UTC"))


def renditions(prepared: PreparedPhoto, n: int) -> list[tuple[str, bytes]]:
    marker = n.to_bytes(8, "big")  # trailing bytes after the image end: every photo unique
    return [
        ("original", prepared.original.data + marker),
        ("screen", prepared.screen.data + marker),
        ("thumb", prepared.thumb.data + marker),
    ]


def _database(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute(_SCHEMA)
    return connection


def _write_file(store: Path, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    folder = store / digest[:2]
    folder.mkdir(exist_ok=True)
    partial = folder / f".{digest}.partial"
    with open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, folder / digest)
    return digest


def _copy_new(store: Path, backup: Path) -> int:
    copied = 0
    for source in store.rglob("*"):
        if source.is_file():
            target = backup / source.relative_to(store)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
                copied += 1
    return copied


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def run(photos: int) -> dict[str, float]:
    started = perf_counter()
    prepared = camera_photo()
    figures: dict[str, float] = {"prepare_one_12mp_s": perf_counter() - started}
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        db_path = root / "photos.sqlite3"
        connection = _database(db_path)
        empty = db_path.stat().st_size
        started = perf_counter()
        for n in range(photos):
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany(
                "INSERT INTO photo_blob VALUES (?, ?, 'image/jpeg', 1, 1, ?, ?)",
                [
                    (n, rendition, hashlib.sha256(data).hexdigest(), data)
                    for rendition, data in renditions(prepared, n)
                ],
            )
            connection.execute("COMMIT")
        figures["db_write_s"] = perf_counter() - started
        started = perf_counter()
        for n in range(photos):
            connection.execute(
                "SELECT data FROM photo_blob WHERE photo_id = ? AND rendition = 'screen'", (n,)
            ).fetchone()
        figures["db_read_screen_s"] = perf_counter() - started
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
        figures["db_growth_mb"] = (db_path.stat().st_size - empty) / 1e6
        # What PeelDesk's backup does: a verified copy whose photo bytes go once into
        # backups/photos/ (db/photo_backup.py); then a day with one new photo.
        started = perf_counter()
        first = create_backup(db_path, root / "backups" / "photos-1.sqlite3")
        figures["db_backup_first_s"] = perf_counter() - started
        figures["db_backup_file_mb"] = first.size / 1e6
        connection = sqlite3.connect(db_path, isolation_level=None)
        connection.executemany(
            "INSERT INTO photo_blob VALUES (?, ?, 'image/jpeg', 1, 1, ?, ?)",
            [
                (photos, rendition, hashlib.sha256(data).hexdigest(), data)
                for rendition, data in renditions(prepared, photos)
            ],
        )
        connection.close()
        started = perf_counter()
        create_backup(db_path, root / "backups" / "photos-2.sqlite3")
        figures["db_backup_next_day_s"] = perf_counter() - started
        figures["db_backup_photo_folder_mb"] = _size(root / "backups" / "photos") / 1e6

        store, backup = root / "store", root / "photo-backup"
        store.mkdir()
        started = perf_counter()
        for n in range(photos):
            for _rendition, data in renditions(prepared, n):
                _write_file(store, data)
        figures["files_write_s"] = perf_counter() - started
        screens = [hashlib.sha256(renditions(prepared, n)[1][1]).hexdigest() for n in range(photos)]
        started = perf_counter()
        for digest in screens:
            (store / digest[:2] / digest).read_bytes()
        figures["files_read_screen_s"] = perf_counter() - started
        figures["files_size_mb"] = _size(store) / 1e6
        started = perf_counter()
        _copy_new(store, backup)
        figures["files_backup_first_s"] = perf_counter() - started
        for _rendition, data in renditions(prepared, photos):
            _write_file(store, data)
        started = perf_counter()
        figures["files_backup_next_day_copied"] = _copy_new(store, backup)
        figures["files_backup_next_day_s"] = perf_counter() - started
    return figures


def _pillow_alone(data: bytes) -> None:
    """The floor the issue names: open, transpose, strip and save the same renditions."""
    image = ImageOps.exif_transpose(Image.open(io.BytesIO(data)))
    original = io.BytesIO()
    image.save(original, format="JPEG", quality=95)  # re-encoded without EXIF
    for edge, quality in ((2048, 85), (256, 80)):
        image.thumbnail((edge, edge), Image.Resampling.LANCZOS, reducing_gap=3.0)
        image.save(io.BytesIO(), format="JPEG", quality=quality, optimize=True)


def import_ratio(count: int) -> dict[str, float]:
    """prepare_photo (what an import does before its transaction) against Pillow alone,
    interleaved on ``count`` camera JPEGs."""
    from zoneinfo import ZoneInfo

    files = []
    for n in range(count):
        image = Image.effect_noise((4000, 3000), 30 + n).convert("RGB")
        exif = Image.Exif()
        exif[0x0112] = 6
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=90, exif=exif.tobytes())
        files.append(out.getvalue())
    ours = plain = 0.0
    for data in files:
        started = perf_counter()
        prepare_photo(data, "bench.jpg", ZoneInfo("UTC"))
        ours += perf_counter() - started
        started = perf_counter()
        _pillow_alone(data)
        plain += perf_counter() - started
    return {"import_prepare_s": ours, "import_pillow_alone_s": plain, "import_ratio": ours / plain}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--imports", type=int, default=20, help="12-MP JPEGs for the ratio")
    arguments = parser.parse_args()
    figures = {**import_ratio(arguments.imports), **run(arguments.photos)}
    for name, value in figures.items():
        print(f"{name:32} {value:10.3f}")


if __name__ == "__main__":
    main()
