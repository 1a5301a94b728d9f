"""An unexpected error with nobody to read a dialog stops the process instead of hanging it.

Each case starts PeelDesk in a real child process (offscreen), injects a failure, and expects
exit status 1, one line on stderr pointing to the log, and the log holding the frames but
not the patient's name. Before, every case waited forever on a modal error box.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.translation_helpers import ROOT

PATIENT = "Ayşe Yılmaz-İŞIK"

# Runs in the child: `where` says where the failure is injected, then PeelDesk starts.
CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

import desktop.app
import desktop.ui.accounts.login_dialog
import desktop.ui.main_window
from desktop.cli import main

where, patient, *argv = sys.argv[1:]


def fail_in_slot():
    raise RuntimeError(f"{patient} could not be saved")


def fail_once_the_window_is_up(window):
    QTimer.singleShot(0, fail_in_slot)


def fail_behind_a_modal_question(ctx, parent=None):
    QTimer.singleShot(0, fail_in_slot)
    QMessageBox(QMessageBox.Icon.Question, "PeelDesk", "Still there?").exec()
    return None


def fail_building_the_window(self, *args, **kwargs):
    raise LookupError(f"no photo of {patient}")


if where == "event-loop":
    desktop.app._quit_after_first_show = fail_once_the_window_is_up
elif where == "modal":
    desktop.ui.accounts.login_dialog.sign_in = fail_behind_a_modal_question
elif where == "window":
    desktop.ui.main_window.MainWindow.__init__ = fail_building_the_window
sys.exit(main(argv))
"""


def _start(tmp_path: Path, where: str, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "PEELDESK_DATA_DIR": str(tmp_path / "data"),
    }
    env.pop("PEELDESK_DATABASE", None)
    database = str(tmp_path / "desk.sqlite3")
    return subprocess.run(
        [sys.executable, "-c", CHILD, where, PATIENT, "--database", database, *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )


@pytest.mark.parametrize(
    ("where", "args", "kind", "function"),
    [
        pytest.param("event-loop", ("--smoke",), "RuntimeError", "fail_in_slot", id="smoke"),
        pytest.param("modal", (), "RuntimeError", "fail_in_slot", id="offscreen-modal"),
        pytest.param(
            "window", ("--smoke",), "LookupError", "fail_building_the_window", id="before-loop"
        ),
    ],
)
def test_an_unexpected_error_exits_with_a_pointer_to_the_log(
    tmp_path, where, args, kind, function
) -> None:
    result = _start(tmp_path, where, *args)
    log_file = tmp_path / "data" / "logs" / "peeldesk.log"
    assert result.returncode == 1, result.stderr
    # Qt's offscreen plugin writes notes of its own ("does not support raise()").
    ours = [line for line in result.stderr.splitlines() if "peeldesk" in line.lower()]
    assert ours == [f"peeldesk: unexpected {kind}; details in {log_file}"]
    assert "Traceback" not in result.stderr
    text = log_file.read_text(encoding="utf-8")
    assert f", in {function}" in text and f"builtins.{kind}" in text
    assert "Ayşe" not in text and "İŞIK" not in text


def test_a_clean_smoke_run_still_exits_zero(tmp_path) -> None:
    result = _start(tmp_path, "nowhere", "--smoke")
    assert result.returncode == 0, result.stderr
    log_text = (tmp_path / "data" / "logs" / "peeldesk.log").read_text(encoding="utf-8")
    assert "INFO peeldesk: PeelDesk " in log_text and ": smoke" in log_text
