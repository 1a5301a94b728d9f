"""Demo databases for the benchmark, built with `python -m desktop demo` and cached."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(__file__).resolve().parent / ".cache"
SIZES = {"small": (10_000, 100_000), "large": (100_000, 1_000_000)}
# A cached database is reused only while the schema and the generator are unchanged.
_INPUTS = [
    "db/migrations/versions",
    "db/models",
    "db/text.py",
    "desktop/services/demo/generate.py",
    "desktop/services/demo/names.py",
    "desktop/services/patients/tokens.py",
]


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in _INPUTS:
        path = ROOT / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def demo_database(size: str, *, log: Callable[[str], None] = print) -> Path:
    """Path of the cached demo database of that size, built first if missing."""
    patients, sessions = SIZES[size]
    target = CACHE / f"demo-{patients}-{_fingerprint()}.sqlite3"
    if target.exists():
        return target
    CACHE.mkdir(exist_ok=True)
    for stale in CACHE.glob(f"demo-{patients}-*.sqlite3*"):
        stale.unlink()
    building = target.with_suffix(".building")
    building.unlink(missing_ok=True)
    log(f"building the {size} demo database ({patients:,} patients, {sessions:,} sessions)…")
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--database",
            str(building),
            "demo",
            "--patients",
            str(patients),
            "--sessions",
            str(sessions),
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    # Fold the WAL into the file so the cached copy is one self-contained file. The
    # connection is closed before the rename (sqlite3's `with` only commits), so no
    # -wal/-shm files are left behind under the old name.
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(building)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    building.rename(target)
    log(f"  built in {time.perf_counter() - started:.0f} s: {target.name}")
    return target
