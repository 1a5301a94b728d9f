"""`peeldesk backup | restore | check | export | anonymise` from the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.instance_lock import InstanceLock
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from tests.backup_helpers import add_clinical_record, register
from tests.backups.test_backup_files import corrupt_file
from tests.shell.test_cli import _peeldesk


def _patients(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM patient").fetchone()[0])
    finally:
        connection.close()


def test_backup_check_and_restore_from_the_command_line(tmp_path) -> None:
    path = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    ctx = ServiceContext(database)
    patient_id = register(ctx)
    add_clinical_record(ctx, patient_id)
    database.dispose()

    made = _peeldesk("--database", str(path), "backup", "--to", str(tmp_path / "usb"))
    assert made.returncode == 0, made.stderr
    assert "integrity ok; 1 patients, 1 sessions" in made.stdout
    (copy,) = (tmp_path / "usb").glob("clinic-*.sqlite3")

    checked = _peeldesk("--database", str(path), "check")
    assert (
        checked.returncode == 0 and "passed the integrity and foreign-key checks" in checked.stdout
    )

    database = open_database(f"sqlite:///{path}")
    register(ServiceContext(database), "Sonra", "Gelen")
    database.dispose()
    lock = InstanceLock(path)  # as if PeelDesk were open on this file
    lock.acquire()
    try:
        refused = _peeldesk("--database", str(path), "restore", str(copy))
    finally:
        lock.release()
    assert refused.returncode == 2 and "already running" in refused.stderr
    assert _patients(path) == 2  # untouched

    restored = _peeldesk("--database", str(path), "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert "SHA-256 verified" in restored.stdout and "1 patients" in restored.stdout
    assert _patients(path) == 1
    assert "pre-restore" in restored.stdout  # where the replaced file went


def test_check_reports_a_damaged_file_and_backup_reports_a_bad_target(tmp_path) -> None:
    path = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    for i in range(30):
        register(ServiceContext(database), f"Hasta{i}", "Örnek", notes="n" * 500)
    database.dispose()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    bad_target = _peeldesk("--database", str(path), "backup", "--to", str(blocker / "dir"))
    assert bad_target.returncode == 2
    assert "cannot be written" in bad_target.stderr and "Traceback" not in bad_target.stderr

    corrupt_file(path)
    checked = _peeldesk("--database", str(path), "check")
    assert checked.returncode == 1
    assert "problem(s)" in checked.stdout and "peeldesk restore" in checked.stdout
    assert "Traceback" not in checked.stderr


def test_export_and_anonymise_from_the_command_line(tmp_path) -> None:
    path = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    patient_id = register(ServiceContext(database))
    database.dispose()
    exported = _peeldesk(
        "--database", str(path), "export", str(patient_id), "--out", str(tmp_path / "req")
    )
    assert exported.returncode == 0, exported.stderr
    assert len(list((tmp_path / "req").glob(f"patient-{patient_id}-export-*"))) == 2
    dry = _peeldesk("--database", str(path), "anonymise", str(patient_id), "--reason", "request")
    assert dry.returncode == 1 and "--yes" in dry.stdout
    done = _peeldesk(
        "--database", str(path), "anonymise", str(patient_id), "--reason", "request", "--yes"
    )
    assert done.returncode == 0, done.stderr
    assert "identity removed" in done.stdout
