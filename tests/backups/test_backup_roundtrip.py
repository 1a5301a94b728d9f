"""Backup -> restore round trip while another connection keeps writing."""

from __future__ import annotations

import json
import sqlite3
import threading

from db import backup, restore
from db.engine import Database
from desktop.services.backups import operations as backups
from desktop.services.common.context import ServiceContext
from tests.backup_helpers import add_clinical_record, register


def _counts(path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return backup.row_counts(connection)
    finally:
        connection.close()


def test_backup_while_another_connection_writes_restores_exactly(ctx, database, db_path) -> None:
    add_clinical_record(ctx, register(ctx))
    other = Database(database.url)  # a second connection pool, as another desk would have
    other_ctx = ServiceContext(other)
    committed = [0]
    stop = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            while not stop.is_set():
                register(other_ctx, f"Yazar{committed[0]}", "Doğan")
                committed[0] += 1
        except BaseException as error:  # reported by the test below
            failures.append(error)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while committed[0] < 20 and thread.is_alive():
            threading.Event().wait(0.01)
        at_start = committed[0] + 1  # + the patient registered before the writer
        result = backups.backup_now(ctx, automatic=True)
        at_end = committed[0] + 1
        target = committed[0] + 20
        while committed[0] < target and thread.is_alive():
            threading.Event().wait(0.01)
    finally:
        stop.set()
        thread.join(30)
    assert failures == []
    other.dispose()

    # The backup: hash on disk == sidecar == manifest, counts a consistent snapshot.
    sha_file, manifest_file = backup.sidecars(result.path)
    manifest = json.loads(manifest_file.read_text())
    assert backup.sha256_file(result.path) == result.sha256 == manifest["sha256"]
    assert sha_file.read_text().split()[0] == result.sha256
    in_backup = _counts(result.path)
    assert in_backup == manifest["row_counts"] == result.row_counts
    assert at_start <= in_backup["patient"] <= at_end
    # One audit event per patient + the clinical record's rows, nothing half-copied.
    assert in_backup["audit_event"] == in_backup["patient"]
    assert in_backup["patient_search_token"] == 2 * in_backup["patient"]
    assert in_backup["session_area"] == 2 and in_backup["follow_up"] == 1

    live_before_restore = _counts(db_path)
    assert live_before_restore["patient"] > in_backup["patient"]  # writes went on
    database.dispose()
    restored = restore.restore_backup(result.path, db_path, safety_folder=db_path.parent / "s")
    # The swapped-in file is byte-identical to the verified backup...
    assert backup.sha256_file(db_path) == result.sha256
    assert _counts(db_path) == in_backup
    # ...and the replaced file, with every later write, is kept as a verified backup.
    assert restored.previous_saved_as is not None
    assert restore.verify_backup(restored.previous_saved_as).sha256
    safety_counts = _counts(restored.previous_saved_as)
    assert safety_counts["patient"] == live_before_restore["patient"]


def test_restore_through_the_service_is_audited_in_the_restored_file(
    ctx, database, db_path
) -> None:
    register(ctx)
    result = backups.backup_now(ctx)
    register(ctx, "Sonra", "Eklenen")
    database.dispose()
    summary = backups.restore_database(db_path, result.path)
    assert summary.row_counts["patient"] == 1
    connection = sqlite3.connect(db_path)
    try:
        actions = [r[0] for r in connection.execute("SELECT action FROM audit_event ORDER BY id")]
        details = json.loads(
            connection.execute(
                "SELECT details FROM audit_event WHERE action='backup.restore'"
            ).fetchone()[0]
        )
    finally:
        connection.close()
    assert actions == ["patient.create", "backup.restore"]
    assert details["sha256"] == result.sha256
    assert _counts(summary.previous_saved_as)["patient"] == 2


def test_manual_backup_needs_the_permission_automatic_ones_run_for_anyone(ctx) -> None:
    from dataclasses import replace

    import pytest

    from desktop.services.common.context import Actor
    from desktop.services.common.errors import PermissionDenied

    desk = replace(ctx, actor=Actor(staff_id=None, name="Desk", role="reception"))
    with pytest.raises(PermissionDenied):
        backups.backup_now(desk)
    with pytest.raises(PermissionDenied):
        backups.check_database(desk)
    assert backups.backup_now(desk, automatic=True).path.exists()
    assert backups.check_database(ctx) == []


def test_two_databases_with_the_same_file_name_never_share_a_backup_folder(tmp_path) -> None:
    from db.paths import default_database_path

    first = backups.default_backup_folder(tmp_path / "a" / "peeldesk.sqlite3")
    second = backups.default_backup_folder(tmp_path / "b" / "peeldesk.sqlite3")
    assert first != second and first.parent == second.parent
    assert first.name.startswith("peeldesk-")
    # The default database keeps the plain, documented folder.
    assert backups.default_backup_folder(default_database_path()) == backups.default_backup_folder()


def test_restore_that_cannot_be_audited_says_the_file_was_restored(
    ctx, database, db_path, monkeypatch
) -> None:
    import pytest

    from db.errors import DatabaseProblem
    from desktop.services.backups import operations as service

    register(ctx)
    result = backups.backup_now(ctx)
    database.dispose()

    def refuse(*args, **kwargs):
        raise DatabaseProblem("This computer's audit key is not the clinic's.")

    monkeypatch.setattr(service, "record_event", refuse)
    with pytest.raises(service.RestoreNotRecorded) as caught:
        backups.restore_database(db_path, result.path)
    assert "The backup was restored" in str(caught.value) and "audit key" in str(caught.value)
    assert _counts(db_path)["patient"] == 1  # the swap itself happened
