"""The history's photo grid with 500 photos against 500 pre-made thumbnails in a plain
QListWidget (the issue's goal: ≤ 2× the time, peak memory growing by ≤ 100 MB).

    python -m bench.photo_grid_bench [--repeat 15]      (or python -m bench --only photo_grid)

The photos (125 done sessions × 2 areas × before/after, 800 × 600 noise JPEGs imported through
``import_photo``) are made once and cached in ``bench/.cache`` like the demo databases.
*Open*: the Photos tab's read (``photo_sheet``: sessions, areas and the 500 stored thumbnails),
the grid filled and painted at 1100 × 680; the floor: the same 500 thumbnail JPEGs, already in
memory, decoded into a QListWidget in icon mode and painted at the same size. Each round makes
both widgets anew, in turn in one loop. *Memory*: a child process each, peak RSS (VmHWM) after
opening and scrolling to the end (every thumbnail decoded) minus the peak before opening.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import resource
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.data import CACHE, ROOT
from bench.measure import Row

if TYPE_CHECKING:
    from desktop.services.common.context import ServiceContext

Opener = Callable[[], Any]

PHOTOS = 500
SESSIONS = 125
GOAL = 2.0
MEMORY_LIMIT_MIB = 100.0
SIZE = (1100, 680)
_INPUTS = ["db/migrations/versions", "db/models", "desktop/services/photos"]


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in _INPUTS:
        path = ROOT / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def _jpeg(n: int) -> bytes:
    from PIL import Image

    noise = Image.effect_noise((800, 600), 30).convert("RGB")
    tint = Image.new("RGB", (800, 600), (180 + n % 60, 120 + n % 40, 100 + n % 50))
    out = io.BytesIO()
    Image.blend(noise, tint, 0.7).save(out, format="JPEG", quality=85)
    return out.getvalue()


def photo_database(log: Callable[[str], None] = print) -> tuple[Path, int]:
    """The cached database with one patient and her 500 photos, and that patient's id."""
    target = CACHE / f"photo-grid-{_fingerprint()}.sqlite3"
    if target.exists():
        return target, 1
    CACHE.mkdir(exist_ok=True)
    for stale in CACHE.glob("photo-grid-*.sqlite3*"):
        stale.unlink()
    building = target.with_suffix(".building")
    for leftover in CACHE.glob(building.name + "*"):
        leftover.unlink()
    log(f"making {PHOTOS} photos for the grid bench (once)…")
    from dataclasses import replace

    from sqlalchemy import select

    from db.codes import ConsentKind
    from db.models import SessionArea, TreatmentSession
    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.context import Actor
    from desktop.services.photos.importing import import_photo
    from tests.consent_support import sign
    from tests.sessions_support import add_staff, bulk_history, screened_patient

    database = open_database(f"sqlite:///{building}")
    ctx = make_context(database)
    doctor = add_staff(ctx, "dr.bench", "Dr Bench")
    ctx = replace(ctx, actor=Actor(doctor, "Dr Bench", "physician"))
    patient = screened_patient(ctx, "Ayşe", "Yılmaz")
    assert patient == 1
    sign(ctx, patient, ConsentKind.PHOTOGRAPHY)
    bulk_history(ctx, patient, doctor, SESSIONS)
    with database.read() as session:
        areas = list(
            session.scalars(
                select(SessionArea.id)
                .join(TreatmentSession, TreatmentSession.id == SessionArea.session_id)
                .where(TreatmentSession.patient_id == patient)
                .order_by(SessionArea.id)
            )
        )
    n = 0
    for area in areas:
        for kind in ("before", "after"):
            if n < PHOTOS:
                import_photo(ctx, area, kind, "front", _jpeg(n), f"{n}.jpg")
                n += 1
    database.engine.dispose()
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(building)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    building.rename(target)
    return target, patient


def _context(path: Path) -> ServiceContext:
    from dataclasses import replace

    from desktop.services.bootstrap import make_context, open_database
    from desktop.services.common.context import Actor

    ctx = make_context(open_database(f"sqlite:///{path}"))
    return replace(ctx, actor=Actor(1, "Dr Bench", "physician"))


def _openers(path: Path, patient: int) -> tuple[Opener, Opener, Callable[[], None], Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon, QImage, QPixmap
    from PySide6.QtWidgets import QApplication, QListView, QListWidget, QListWidgetItem

    from desktop.services.photos.grid_data import photo_sheet
    from desktop.services.photos.reading import list_photos
    from desktop.ui.photos.grid_view import PhotoGridView

    app = QApplication.instance() or QApplication([])
    ctx = _context(path)
    thumbs = [row.thumbnail_jpeg for row in list_photos(ctx, patient)]  # pre-made, in memory
    assert len(thumbs) == PHOTOS, len(thumbs)
    kept: list = []

    def open_grid() -> object:
        view = PhotoGridView()
        view.set_zone(ctx.zone)
        view.resize(*SIZE)
        view.reset_sheet(photo_sheet(ctx, patient))
        view.show()
        view.repaint()
        kept.append(view)
        return view

    def open_list() -> object:
        view = QListWidget()
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setIconSize(QSize(96, 96))
        view.resize(*SIZE)
        for n, data in enumerate(thumbs):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(QImage.fromData(data))), str(n))
            view.addItem(item)
        view.show()
        view.repaint()
        kept.append(view)
        return view

    def settle() -> None:
        for view in kept:
            view.close()
            view.deleteLater()
        kept.clear()
        app.processEvents()

    return open_grid, open_list, settle, app


def _scroll_to_end(view: Any, app: Any) -> None:
    app.processEvents()  # the scroll bar's range is set on the first layout
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
        bar.setValue(value)
        view.viewport().repaint()
        app.processEvents()
    bar.setValue(bar.maximum())
    view.viewport().repaint()


def peak_mib() -> float:
    """This process's peak RSS: VmHWM (Linux's ru_maxrss survives exec, so a child would
    start with its parent's peak), else ru_maxrss."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(which: str, path: Path, patient: int) -> dict[str, float]:
    """Peak RSS (MiB) just before opening and after opening and scrolling through."""
    open_grid, open_list, _settle, app = _openers(path, patient)
    app.processEvents()
    before = peak_mib()
    view = open_grid() if which == "grid" else open_list()
    _scroll_to_end(view, app)
    app.processEvents()
    after = peak_mib()
    cached = len(view.cache) if which == "grid" else 0
    return {"before": before, "after": after, "thumbs_decoded": cached}


def _memory(which: str, path: Path, patient: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.photo_grid_bench", "--child", which],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def photo_grid_rows(*, repeat: int, log: Callable[[str], None] = print) -> tuple[list[Row], str]:
    from bench.clash_bench import paired_ms, ratio_spread

    path, patient = photo_database(log)
    open_grid, open_list, settle, _app = _openers(path, patient)

    def grid_round() -> None:
        open_grid()

    def list_round() -> None:
        open_list()

    def both(action: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            action()
            settle()

        return run

    # settle() (closing and freeing the widgets) runs outside the timing of the next one.
    grid_t: list[float] = []
    list_t: list[float] = []
    for _ in range(3):
        both(grid_round)()
        both(list_round)()
    for _ in range(repeat):
        g, plain = paired_ms(grid_round, list_round, repeat=1, warmup=0)
        settle()
        grid_t += g
        list_t += plain
    grid_mem = _memory("grid", path, patient)
    list_mem = _memory("list", path, patient)
    growth = grid_mem["after"] - grid_mem["before"]
    list_growth = list_mem["after"] - list_mem["before"]
    med = statistics.median
    rows = [
        Row("photo_grid", f"history photo grid, {PHOTOS} photos: open", med(grid_t),
            f"{PHOTOS} pre-made thumbnails, QListWidget", med(list_t), goal=GOAL),
        Row("photo_grid", f"history photo grid, {PHOTOS} photos: peak memory growth",
            growth, "limit", None, unit="MiB", limit=MEMORY_LIMIT_MIB,
            note=f"QListWidget of the same thumbnails: +{list_growth:.1f} MiB"),
    ]  # fmt: skip
    note = "\n".join(
        [
            f"Round-by-round ratio, open / list: {ratio_spread(grid_t, list_t)}.",
            f"Peak RSS, grid: {grid_mem['before']:.1f} → {grid_mem['after']:.1f} MiB after "
            f"scrolling to the end ({grid_mem['thumbs_decoded']:.0f} thumbnails decoded); "
            f"list: {list_mem['before']:.1f} → {list_mem['after']:.1f} MiB.",
        ]
    )
    return rows, note


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.photo_grid_bench", description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--child", choices=("grid", "list"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        path, patient = photo_database(lambda m: print(m, file=sys.stderr))
        print(json.dumps(child(args.child, path, patient)))
        return 0
    from bench.measure import table

    rows, note = photo_grid_rows(repeat=args.repeat, log=lambda m: print(m, file=sys.stderr))
    print(table(rows))
    print()
    print(note)
    for row in rows:
        print(f"{row.name}: {row.verdict}")
    return 1 if any(row.verdict == "MISSED" for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
