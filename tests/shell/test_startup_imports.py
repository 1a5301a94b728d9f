"""Start-up stays lean: ReportLab, Alembic and QtPdf load only when they are needed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from desktop.app import FIRST_SHOW_ENV
from desktop.services.bootstrap import open_database

ROOT = Path(__file__).resolve().parents[2]
LAZY = ("reportlab", "alembic", "PySide6.QtPdf", "PySide6.QtPdfWidgets")


def test_first_window_shows_without_reportlab_alembic_or_qtpdf(db_path) -> None:
    open_database(f"sqlite:///{db_path}").dispose()  # current schema: no upgrade due
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", FIRST_SHOW_ENV: repr(time.time())}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        # --smoke: the main window as an administrator sees it, without the log-in dialog.
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "desktop",
            "--database",
            str(db_path),
            "--smoke",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "first-show-seconds" in done.stdout  # the window was shown, then the app quit
    imported = set(re.findall(r"^import time:.*\|\s*(\S+)$", done.stderr, re.MULTILINE))
    assert "desktop.ui.main_window" in imported
    loaded = sorted(name for name in imported if name.split(".")[0] in LAZY or name in LAZY)
    assert loaded == []
