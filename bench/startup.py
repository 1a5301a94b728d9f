"""Start-up to the first shown main window and peak memory, against a bare PySide6 window.

Both run as fresh subprocesses on the same Qt platform (offscreen unless
QT_QPA_PLATFORM says otherwise), and both print the seconds from just before
the launcher started them to the first event-loop turn after show().
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.measure import Row

ROOT = Path(__file__).resolve().parent.parent
BARE = Path(__file__).resolve().parent / "bare_window.py"
FIRST_SHOW_ENV = "PEELDESK_QUIT_AFTER_FIRST_SHOW"  # desktop.app.FIRST_SHOW_ENV
# Modules start-up must not load: they cost hundreds of ms and are needed later, if at all.
MUST_BE_LAZY = ("reportlab", "alembic", "PySide6.QtPdf", "PySide6.QtPdfWidgets")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    return env


def _app_command(database: Path) -> list[str]:
    # --smoke: the real main window with everything an administrator sees, without the
    # log-in dialog (a person's typing is not start-up time).
    return [sys.executable, "-m", "desktop", "--database", str(database), "--smoke"]


def _bare_command() -> list[str]:
    return [sys.executable, str(BARE)]


def _run(command: list[str], *, extra: tuple[str, ...] = ()) -> tuple[float, str]:
    """(seconds to first show, stderr) of one run."""
    env = _env()
    command = [command[0], *extra, *command[1:]]
    env[FIRST_SHOW_ENV] = repr(time.time())
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stdout, stderr = process.communicate(timeout=120)
    match = re.search(r"first-show-seconds ([0-9.]+)", stdout)
    if process.returncode != 0 or not match:
        raise RuntimeError(f"{command} failed ({process.returncode}): {stderr[-2000:]}")
    return float(match.group(1)), stderr


def _max_rss(command: list[str]) -> float:
    """Peak resident memory (MiB) of one run, from the kernel's rusage of that child."""
    env = _env()
    env[FIRST_SHOW_ENV] = repr(time.time())
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command} failed ({process.returncode})")
    return usage.ru_maxrss / 1024  # KiB on Linux


def startup_rows(large: Path, small: Path, *, repeat: int) -> list[Row]:
    app_times, bare_times = [], []
    for _ in range(repeat):  # interleaved, so background load hits both alike
        app_times.append(_run(_app_command(large))[0] * 1000)
        bare_times.append(_run(_bare_command())[0] * 1000)
    app_rss = statistics.median(_max_rss(_app_command(large)) for _ in range(3))
    bare_rss = statistics.median(_max_rss(_bare_command()) for _ in range(3))
    return [
        Row(
            "start-up",
            "first shown main window (100k patients)",
            statistics.median(app_times),
            "bare PySide6 window",
            statistics.median(bare_times),
            goal=2,
            cause=(
                "the window appears only after SQLAlchemy (core and ORM), the models and the "
                "schema check are loaded and every feature has built its part of the window; "
                "meeting 2× needs the window on screen before SQLAlchemy is imported"
            ),
        ),
        Row(
            "memory",
            "peak RSS, app with 100k-patient database open",
            app_rss,
            "bare PySide6 window",
            bare_rss,
            unit="MiB",
            goal=1.5,
            cause=(
                "SQLAlchemy with its ORM, the models, the open database and today's day list "
                "live in the GUI process; a bare window holds none of them"
            ),
        ),
    ]


def import_costs(database: Path) -> tuple[list[tuple[str, float]], list[str]]:
    """Cumulative import time (ms) of the big packages at start-up, and lazy ones loaded."""
    _seconds, stderr = _run(_app_command(database), extra=("-X", "importtime"))
    cumulative: dict[str, float] = {}
    for line in stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if not match:
            continue
        micros, _indent, name = int(match.group(1)), match.group(2), match.group(3)
        cumulative[name] = max(cumulative.get(name, 0), micros / 1000)
    tops = [
        "PySide6.QtWidgets",
        "PySide6.QtGui",
        "PySide6.QtCore",
        "sqlalchemy",
        "sqlalchemy.orm",
        "db.models",
        "phonenumbers",
        "desktop.services.bootstrap",
        "desktop.ui.main_window",
        "desktop.app",
    ]
    loaded_lazy = sorted({name for name in cumulative for lazy in MUST_BE_LAZY if name == lazy})
    return [(name, cumulative[name]) for name in tops if name in cumulative], loaded_lazy
