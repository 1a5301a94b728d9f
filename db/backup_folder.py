"""The backup folder: naming, listing, rotation and the photo sweep (copies: db/backup.py)."""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from db.photo_backup import sweep_photo_files
from db.sealing import key_file

STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
SUFFIX = ".sqlite3"


def sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + ".sha256"), path.with_name(path.name + ".json")


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


# --- the backup folder: listing and rotation -------------------------------------------


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{8}}T\d{{6}}Z)(?:-(\d+))?{re.escape(SUFFIX)}$")


def list_backups(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """Automatic backups of the database named ``stem`` in ``folder``, newest first.

    Labelled copies (``-pre-restore``, ``-pre-upgrade``) are not listed, so
    rotation never removes them.
    """
    if not folder.is_dir():
        return []
    pattern = _pattern(stem)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match:
            when = datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
            found.append((when, int(match.group(2) or 1), path))
    found.sort(reverse=True)
    return [(when, path) for when, _n, path in found]


def plan_rotation(
    stamps: Iterable[datetime], *, keep_daily: int, keep_weekly: int
) -> set[datetime]:
    """The backups to keep: the newest of each of the last ``keep_daily`` days that have
    one, the newest of each of the last ``keep_weekly`` ISO weeks, and always the newest."""
    ordered = sorted(set(stamps), reverse=True)
    keep: set[datetime] = set(ordered[:1])
    days: dict[date, datetime] = {}
    weeks: dict[tuple[int, int], datetime] = {}
    for stamp in ordered:
        days.setdefault(stamp.date(), stamp)
        iso = stamp.isocalendar()
        weeks.setdefault((iso.year, iso.week), stamp)
    keep.update(list(days.values())[: max(keep_daily, 0)])
    keep.update(list(weeks.values())[: max(keep_weekly, 0)])
    return keep


def rotate(folder: Path, stem: str, *, keep_daily: int, keep_weekly: int) -> list[Path]:
    """Delete automatic backups beyond the plan (with their sidecars); returns those removed."""
    backups = list_backups(folder, stem)
    keep = plan_rotation([w for w, _ in backups], keep_daily=keep_daily, keep_weekly=keep_weekly)
    kept_stamps: set[datetime] = set()
    removed = []
    for when, path in backups:  # newest first: of equal stamps the newest file is kept
        if when in keep and when not in kept_stamps:
            kept_stamps.add(when)
            continue
        for item in (path, *sidecars(path), key_file(path)):
            remove_quietly(item)
        removed.append(path)
    # Half-written copies of a backup that was cut off (the app closed mid-way, power
    # loss) are hidden and never listed; clear those older than an hour.
    for partial in folder.glob(f".{stem}-*.partial"):
        with contextlib.suppress(OSError):
            if time.time() - partial.stat().st_mtime > 3600:
                partial.unlink()
    return removed


def sweep_photos(folder: Path) -> list[Path]:
    """After rotation: delete the photo files no backup copy left in ``folder`` names (an
    erased patient's photos leave with the last backup holding them); returns those removed."""
    copies = [p for p in folder.glob(f"*{SUFFIX}") if p.is_file() and not p.name.startswith(".")]
    return sweep_photo_files(folder, copies)
