"""Start-up stays lean: ReportLab, Alembic and QtPdf load only when they are needed, and the
first window is on screen before SQLAlchemy, the services and the features are imported."""

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
# Imported on a worker once the first window is up (desktop/app.py), never before it.
AFTER_FIRST_WINDOW = (
    "sqlalchemy",
    "db.engine",
    "db.models",
    "desktop.services.bootstrap",
    "desktop.services.common.context",
    "desktop.ui.main_window",
    "desktop.ui.shell.features",
    "desktop.cli_commands",
    "phonenumbers",
    "babel",
    "argon2",
    "asyncio",
    "ssl",
)


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
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one stream: the first-show line falls between the imports
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    # The first window was shown, then the main window with every feature, then the app quit.
    before, shown, after = done.stdout.partition("first-show-seconds")
    assert shown and "window-ready-seconds" in after
    pattern = re.compile(r"^import time:.*\|\s*(\S+)$", re.MULTILINE)
    imported = set(pattern.findall(done.stdout))
    assert "desktop.ui.main_window" in imported
    loaded = sorted(name for name in imported if name.split(".")[0] in LAZY or name in LAZY)
    assert loaded == []
    early = set(pattern.findall(before))
    assert "desktop.ui.shell.starting_window" in early
    too_early = sorted(
        name
        for name in early
        if any(name == late or name.startswith(late + ".") for late in AFTER_FIRST_WINDOW)
    )
    assert too_early == []


def test_modules_imported_after_pyside6_leave_no_source_in_memory(tmp_path, monkeypatch) -> None:
    """PySide6's import hook used to keep every later module's text in linecache (~18 MiB)."""
    import linecache

    import PySide6.QtCore  # noqa: F401  (the hook is installed with PySide6)
    from shibokensupport import feature  # type: ignore[import-not-found]

    from desktop.app import _cheaper_pyside_import_hook

    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # undone after
    _cheaper_pyside_import_hook()
    (tmp_path / "peeldesk_probe_qt.py").write_text("from PySide6 import QtCore\n")
    (tmp_path / "peeldesk_probe_plain.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("peeldesk_probe_qt", "peeldesk_probe_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # the hook sits on __import__ (importlib.import_module skips it)
    # The hook's answer is unchanged: a module that uses PySide6 takes part in its features.
    assert feature.pyside_feature_dict["peeldesk_probe_qt"] == 0
    assert feature.pyside_feature_dict["peeldesk_probe_plain"] == -1
    assert not [name for name in linecache.cache if "peeldesk_probe" in name]
