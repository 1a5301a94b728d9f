"""Start-up, the first start of the day and peak memory, against a bare PySide6 window.

Every run is a fresh subprocess on the same Qt platform (offscreen unless QT_QPA_PLATFORM
says otherwise). The app (`python -m desktop --smoke` on the 100k-patient, 1M-session demo
database) gets PEELDESK_QUIT_AFTER_FIRST_SHOW and PEELDESK_SEARCH_AT_START: it prints the
seconds from just before its launch to its first window on screen and to the search box
showing results for QUERY. The floor, `bench/bare_window.py`, prints the same two figures for
a bare QMainWindow followed by one raw sqlite3 run of the app's own search statement.
Normal start, floor and first start of the day (the daily file check due) run in turn within
one loop, after a warm-up set, so the machine's background load lands on all alike; each row
gives the median and the range of the per-set ratios.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench.measure import Row

ROOT = Path(__file__).resolve().parent.parent
BARE = Path(__file__).resolve().parent / "bare_window.py"
FIRST_SHOW_ENV = "PEELDESK_QUIT_AFTER_FIRST_SHOW"  # desktop.app.FIRST_SHOW_ENV
SEARCH_AT_START_ENV = "PEELDESK_SEARCH_AT_START"  # desktop.app.SEARCH_AT_START_ENV
QUERY = "ayşe"
LAUNCH_TIMEOUT_S = 180
# Modules start-up must not load: they cost hundreds of ms and are needed later, if at all.
MUST_BE_LAZY = ("reportlab", "alembic", "PySide6.QtPdf", "PySide6.QtPdfWidgets")
# Modules that must not load before the first window is on screen (they load on a worker).
AFTER_FIRST_WINDOW = ("sqlalchemy", "db.engine", "db.models", "phonenumbers", "asyncio", "ssl")


@dataclass(frozen=True)
class Launch:
    """One run: seconds to the first window, to search results, and peak RSS (MiB)."""

    first_show: float
    first_results: float
    peak_mib: float


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    return env


def _app_command(database: Path) -> list[str]:
    # --smoke: the real main window with everything an administrator sees, without the
    # log-in dialog (a person's typing is not start-up time).
    return [sys.executable, "-m", "desktop", "--database", str(database), "--smoke"]


def _bare_command(database: Path, statement: Path) -> list[str]:
    return [sys.executable, str(BARE), str(database), str(statement)]


def _seconds(name: str, stdout: str) -> float | None:
    match = re.search(rf"{name} ([0-9.]+)", stdout)
    return float(match.group(1)) if match else None


def _launch(command: list[str]) -> Launch:
    env = _env()
    env[SEARCH_AT_START_ENV] = QUERY
    with tempfile.TemporaryFile(mode="w+") as errors:
        env[FIRST_SHOW_ENV] = repr(time.time())
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        assert process.stdout is not None
        # A start that waits on a dialog (the file held by another PeelDesk…) never quits.
        watchdog = threading.Timer(LAUNCH_TIMEOUT_S, process.kill)
        watchdog.start()
        stdout = process.stdout.read()
        _pid, status, usage = os.wait4(process.pid, 0)
        watchdog.cancel()
        code = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        first_show = _seconds("first-show-seconds", stdout)
        first_results = _seconds("first-results-seconds", stdout)
        if code != 0 or first_show is None or first_results is None:
            raise RuntimeError(f"{command} failed ({code}): {stdout}\n{errors.read()[-2000:]}")
    return Launch(first_show * 1000, first_results * 1000, usage.ru_maxrss / 1024)


def _statement_file(database: Path, folder: Path) -> Path:
    """The app's search statement for QUERY, for the floor to run through sqlite3."""
    from bench.search import RawSearch
    from db.engine import SQLITE_CACHE_KIB

    raw = RawSearch(database)
    try:
        sql, params = raw.prepare(QUERY)
    finally:
        raw.close()
    path = folder / "statement.json"
    path.write_text(
        json.dumps({"sql": sql, "params": params, "cache_kib": SQLITE_CACHE_KIB}),
        encoding="utf-8",
    )
    return path


def _checked_today(database: Path) -> None:
    marker = database.with_name(database.name + ".checked")  # desktop.ui.backups.startup
    marker.write_text(datetime.now(UTC).isoformat(), encoding="ascii")


def _check_due(database: Path) -> None:
    database.with_name(database.name + ".checked").unlink(missing_ok=True)


def _ratios(values: list[float], baselines: list[float]) -> str:
    ratios = [value / base for value, base in zip(values, baselines, strict=True)]
    return f"median of {len(ratios)} sets; per-set ratio {min(ratios):.2f}–{max(ratios):.2f}×"


def startup_rows(large: Path, small: Path, *, repeat: int) -> list[Row]:
    normal: list[Launch] = []
    bare: list[Launch] = []
    morning: list[Launch] = []
    with tempfile.TemporaryDirectory() as folder:
        statement = _statement_file(large, Path(folder))
        for turn in range(repeat + 1):  # the first set warms the page cache and is dropped
            _checked_today(large)
            runs = (
                _launch(_app_command(large)),
                _launch(_bare_command(large, statement)),
            )
            _check_due(large)
            first_of_day = _launch(_app_command(large))
            if turn:
                normal.append(runs[0])
                bare.append(runs[1])
                morning.append(first_of_day)
        _checked_today(large)

    def each(launches: list[Launch], field: str) -> list[float]:
        return [float(getattr(launch, field)) for launch in launches]

    def median(launches: list[Launch], field: str) -> float:
        return statistics.median(each(launches, field))

    return [
        Row(
            "start-up",
            "first window on screen (100k patients, 1M sessions)",
            median(normal, "first_show"),
            "bare PySide6 window",
            median(bare, "first_show"),
            goal=2,
            note=_ratios(each(normal, "first_show"), each(bare, "first_show")),
            cause=(
                "Python, PySide6 and the first window's own Qt widgets; nothing of SQLAlchemy, "
                "the services or the features is imported before it"
            ),
        ),
        Row(
            "start-up",
            f"search box showing results for “{QUERY}” (100k patients)",
            median(normal, "first_results"),
            "bare window + one raw sqlite3 search",
            median(bare, "first_results"),
            goal=2.5,
            note=_ratios(each(normal, "first_results"), each(bare, "first_results")),
            cause=(
                "the imports the main window needs (SQLAlchemy and the ORM, the models, the "
                "services, every feature's screens), then building every feature's part of the "
                "window on the GUI thread (see the import list)"
            ),
        ),
        Row(
            "start-up",
            "first start of the day: search showing results while the file check runs",
            median(morning, "first_results"),
            "normal start, same search",
            median(normal, "first_results"),
            goal=1.25,
            note=_ratios(each(morning, "first_results"), each(normal, "first_results")),
            cause=(
                "the quick_check and foreign_key_check run on a worker thread beside the "
                "start-up, sharing the machine's two cores and the disk with it"
            ),
        ),
        Row(
            "memory",
            "peak RSS up to search results, 100k-patient database open",
            median(normal, "peak_mib"),
            "bare window + raw sqlite3 search",
            median(bare, "peak_mib"),
            unit="MiB",
            goal=1.5,
            note=_ratios(each(normal, "peak_mib"), each(bare, "peak_mib")),
            cause=(
                "SQLAlchemy with its ORM, the models, the services, every feature's screens "
                "and the open database live in the GUI process; a bare window holds none of them"
            ),
        ),
    ]


def import_costs(database: Path) -> tuple[list[tuple[str, float]], list[str], list[str]]:
    """Cumulative import time (ms) of the big packages, lazy ones loaded at start-up, and
    modules loaded before the first window that should wait until after it."""
    env = _env()
    env[FIRST_SHOW_ENV] = repr(time.time())
    _checked_today(database)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *_app_command(database)[1:]],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one stream: the first-show line falls between imports
        text=True,
        timeout=300,
        check=True,
    )
    cumulative: dict[str, float] = {}
    before_first_window: set[str] = set()
    shown = False
    for line in done.stdout.splitlines():
        if line.startswith("first-show-seconds"):
            shown = True
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if not match:
            continue
        micros, name = int(match.group(1)), match.group(3)
        cumulative[name] = max(cumulative.get(name, 0), micros / 1000)
        if not shown:
            before_first_window.add(name)
    tops = [
        "PySide6.QtWidgets",
        "PySide6.QtGui",
        "PySide6.QtCore",
        "desktop.ui.shell.starting_window",
        "sqlalchemy",
        "sqlalchemy.orm",
        "db.models",
        "phonenumbers",
        "desktop.services.bootstrap",
        "desktop.ui.shell.features",
        "desktop.ui.main_window",
        "desktop.app",
    ]
    loaded_lazy = sorted({name for name in cumulative for lazy in MUST_BE_LAZY if name == lazy})
    too_early = sorted(
        name
        for name in before_first_window
        if any(name == early or name.startswith(early + ".") for early in AFTER_FIRST_WINDOW)
    )
    costs = [(name, cumulative[name]) for name in tops if name in cumulative]
    return costs, loaded_lazy, too_early
