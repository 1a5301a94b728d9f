"""Shared by the interface and packaging tests: compiled translations and open dialogs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
Shown = TypeVar("Shown", bound=QWidget)


def compile_translations(out_dir: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "translations.py"),
            "release",
            "--out",
            str(out_dir),
        ],
        check=True,
        capture_output=True,
    )
    return out_dir


def visible(kind: type[Shown]) -> list[Shown]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def wait_for_dialog(qtbot, kind: type[Shown]) -> Shown:
    qtbot.waitUntil(lambda: len(visible(kind)) == 1)
    dialog = visible(kind)[0]
    # The offscreen platform has no window manager to activate new windows.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog
