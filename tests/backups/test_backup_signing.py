"""Backups are signed with a key: a forged backup with a recomputed checksum is refused."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from db.backup_signing import manifest_path
from db.errors import BackupInvalid
from desktop.services.accounts.audit_trail import verify_chain
from desktop.services.backups import operations as backups
from desktop.services.common import audit_key
from tests.backup_helpers import register


def _forge(backup: Path) -> None:
    """What a forger does: change the file, then recompute both checksums."""
    connection = sqlite3.connect(backup)
    try:
        connection.execute("UPDATE patient SET given_name = 'Sahte'")
        connection.commit()
    finally:
        connection.close()
    digest = hashlib.sha256(backup.read_bytes()).hexdigest()
    backup.with_name(backup.name + ".sha256").write_text(f"{digest}  {backup.name}\n")
    manifest = json.loads(manifest_path(backup).read_text())
    manifest["sha256"] = digest
    manifest["size"] = backup.stat().st_size
    manifest_path(backup).write_text(json.dumps(manifest))


def _patient_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute("SELECT given_name FROM patient")]
    finally:
        connection.close()


def test_the_manifest_is_signed_and_holds_the_trails_head(ctx) -> None:
    register(ctx)
    result = backups.backup_now(ctx)
    manifest = json.loads(manifest_path(result.path).read_text())
    assert len(manifest["signature"]) == 64
    assert manifest["audit_head"]["last_id"] == 1 and manifest["audit_head"]["events"] == 1
    assert manifest["sha256"] == result.sha256


def test_a_forged_backup_with_recomputed_checksums_is_refused(ctx, database, db_path) -> None:
    register(ctx)
    result = backups.backup_now(ctx)
    _forge(result.path)
    database.dispose()
    with pytest.raises(BackupInvalid, match="changed after PeelDesk wrote it") as caught:
        backups.restore_database(db_path, result.path)
    assert "Nothing was restored" in str(caught.value)
    # Not even --unverified lets a forgery through.
    with pytest.raises(BackupInvalid, match="signature does not match"):
        backups.restore_database(db_path, result.path, require_hash=False)
    assert _patient_names(db_path) == ["Ayşe"]
    # The start-up offer skips it too.
    assert backups.newest_good_backup(db_path) is None


def _as_an_earlier_peeldesk_wrote_it(backup: Path) -> None:
    """A backup of the schema before signing, with its checksum and no signed manifest."""
    connection = sqlite3.connect(backup)
    try:
        connection.execute("DROP TABLE audit_personal_value")
        connection.execute("UPDATE alembic_version SET version_num = '0010_price_list_row_version'")
        connection.commit()
    finally:
        connection.close()
    digest = hashlib.sha256(backup.read_bytes()).hexdigest()
    backup.with_name(backup.name + ".sha256").write_text(f"{digest}  {backup.name}\n")
    manifest_path(backup).unlink()


def test_an_unsigned_backup_of_an_earlier_version_is_restored_with_a_warning(
    ctx, database, db_path
) -> None:
    register(ctx)
    result = backups.backup_now(ctx)
    _as_an_earlier_peeldesk_wrote_it(result.path)
    database.dispose()
    summary = backups.restore_database(db_path, result.path)
    assert len(summary.warnings) == 1 and "is not signed" in summary.warnings[0]


def test_a_backup_whose_signature_was_removed_is_refused(ctx, database, db_path) -> None:
    register(ctx)
    result = backups.backup_now(ctx)
    _forge(result.path)
    manifest = json.loads(manifest_path(result.path).read_text())
    for name in ("signature", "signed_with_key", "audit_head"):
        del manifest[name]
    manifest_path(result.path).write_text(json.dumps(manifest))
    database.dispose()
    with pytest.raises(BackupInvalid, match="has no signature"):
        backups.restore_database(db_path, result.path)
    assert backups.newest_good_backup(db_path) is None
    assert _patient_names(db_path) == ["Ayşe"]


def test_a_backup_signed_with_another_key_needs_the_unverified_option(
    ctx, database, db_path
) -> None:
    register(ctx)
    result = backups.backup_now(ctx)
    database.dispose()
    clinic_key = audit_key.key_path().read_text()
    audit_key.key_path().write_text("ab" * 32)
    audit_key.forget_cached_keys()
    try:
        with pytest.raises(BackupInvalid, match="signed with another audit key"):
            backups.restore_database(db_path, result.path)
    finally:
        audit_key.key_path().write_text(clinic_key)
        audit_key.forget_cached_keys()


def test_after_a_restore_the_head_goes_back_with_the_backup(ctx, database, db_path) -> None:
    register(ctx)
    result = backups.backup_now(ctx)
    register(ctx, "Sonra", "Eklenen")
    register(ctx, "Daha", "Sonra")
    database.dispose()
    backups.restore_database(db_path, result.path)
    from desktop.services.bootstrap import open_database

    restored = open_database(f"sqlite:///{db_path}")
    try:
        from dataclasses import replace

        report = verify_chain(replace(ctx, database=restored))
    finally:
        restored.dispose()
    # The events after the backup are gone by the restore, which explains them.
    assert report.ok, report.problems
    manifest = json.loads(manifest_path(result.path).read_text())
    assert manifest["audit_head"]["last_id"] == 1


def test_the_command_line_refuses_a_forgery_and_warns_about_an_unsigned_backup(tmp_path) -> None:
    from desktop.services.bootstrap import open_database
    from desktop.services.common.context import ServiceContext
    from tests.shell.test_cli import _peeldesk

    path = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    register(ServiceContext(database))
    database.dispose()
    made = _peeldesk("--database", str(path), "backup", "--to", str(tmp_path / "usb"))
    assert made.returncode == 0, made.stderr
    (copy,) = (tmp_path / "usb").glob("clinic-*.sqlite3")
    _forge(copy)
    refused = _peeldesk("--database", str(path), "restore", str(copy))
    assert refused.returncode != 0 and "changed after PeelDesk wrote it" in refused.stderr
    assert _patient_names(path) == ["Ayşe"]

    manifest_path(copy).unlink()  # the forger's next try: no signed manifest at all
    refused = _peeldesk("--database", str(path), "restore", str(copy))
    assert refused.returncode != 0 and "has no signature" in refused.stderr
    assert _patient_names(path) == ["Ayşe"]

    made = _peeldesk("--database", str(path), "backup", "--to", str(tmp_path / "old"))
    (old,) = (tmp_path / "old").glob("clinic-*.sqlite3")
    _as_an_earlier_peeldesk_wrote_it(old)
    restored = _peeldesk("--database", str(path), "restore", str(old))
    assert restored.returncode == 0, restored.stderr
    assert "Warning: The backup" in restored.stderr and "is not signed" in restored.stderr
