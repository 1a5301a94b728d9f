from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.patients import search as patient_search

ROOT = Path(__file__).resolve().parents[2]


def _peeldesk(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


def test_demo_fills_a_searchable_database(tmp_path) -> None:
    path = tmp_path / "demo.sqlite3"
    result = _peeldesk("--database", str(path), "demo", "--patients", "300", "--sessions", "900")
    assert result.returncode == 0, result.stderr
    assert "Added 300 patients, 900 sessions" in result.stdout
    database = open_database(f"sqlite:///{path}")
    assert patient_search.search_patients(ServiceContext(database), "a").rows
    database.dispose()


def test_demo_refuses_a_database_with_real_patients(
    tmp_path,
) -> None:
    from desktop.services.patients import records as patients
    from desktop.services.patients.validation import PatientInput

    path = tmp_path / "real.sqlite3"
    database = open_database(f"sqlite:///{path}")
    patients.register_patient(
        ServiceContext(database), PatientInput(given_name="Gül", family_name="Şen")
    )
    database.dispose()
    result = _peeldesk("--database", str(path), "demo", "--patients", "5", "--sessions", "5")
    assert result.returncode == 3
    assert "real patients" in result.stderr
    assert "Traceback" not in result.stderr


def test_database_from_environment_variable_and_smoke_start(tmp_path) -> None:
    path = tmp_path / "env.sqlite3"
    result = _peeldesk("--smoke", env_extra={"PEELDESK_DATABASE": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_bad_file_gives_a_sentence_not_a_traceback(tmp_path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n" * 200)
    result = _peeldesk("--database", str(path), "demo", "--patients", "1", "--sessions", "0")
    assert result.returncode == 2
    assert "not a PeelDesk database" in result.stderr
    assert "Traceback" not in result.stderr
