"""The database sealed at rest (db/sealing.py): raw bytes hold no patient name, the wrong
key is told as such and changes nothing, the recovery key opens, passphrase change and
re-key, sealing a plaintext clinic, and a sealed backup restored on a "new computer"."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from db import sealing
from db.backup import create_backup
from db.engine import Database
from db.restore import restore_backup, verify_backup
from db.sealing_migration import SealingFailed, seal_database
from desktop.services.backups import operations as backups
from desktop.services.backups import sealing as service
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.patients import search as patients
from tests.backup_helpers import register

PASSPHRASE = "orange tiger violin meadow"
NAME = "Zeynepgul"  # ASCII: found by a plain byte search of the file
FAMILY = "Karabulutoglu"


@pytest.fixture(autouse=True)
def _cheap_and_forgotten(monkeypatch):
    """Cheap argon2id for speed (the stated cost is tested once), and no key left behind."""
    monkeypatch.setattr(sealing, "PASSPHRASE_COST", sealing.CHEAP_FOR_TESTS)
    sealing.forget_all()
    yield
    sealing.forget_all()


def _plain_clinic(database: Database) -> ServiceContext:
    """A plaintext clinic with one patient (a copy of the migrated template: fast)."""
    ctx = ServiceContext(database)
    register(ctx, NAME, FAMILY)
    return ctx


def _sealed_clinic(database: Database) -> tuple[ServiceContext, str]:
    ctx = _plain_clinic(database)
    sealed = service.seal(ctx, PASSPHRASE, PASSPHRASE)
    return ctx, sealed.recovery_key


def _raw(path: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.is_file()
    )


def _patient_names(ctx: ServiceContext) -> list[str]:
    return [row.family_name for row in patients.search_patients(ctx, FAMILY[:4]).rows]


def test_plaintext_clinic_is_sealed_verified_and_the_plaintext_is_gone(database, db_path) -> None:
    ctx = _plain_clinic(database)
    assert NAME.encode() in _raw(db_path)  # the hole this closes
    sealed = service.seal(ctx, PASSPHRASE, PASSPHRASE)
    # Still working through the same open Database, now keyed.
    register(ctx, "Ali", FAMILY)
    assert sorted(_patient_names(ctx)) == [FAMILY, FAMILY]
    ctx.database.dispose()
    assert NAME.encode() not in _raw(db_path) and FAMILY.encode() not in _raw(db_path)
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    leftovers = [p.name for p in db_path.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []
    keys = sealing.key_file(db_path)
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600
    text = keys.read_text()
    assert PASSPHRASE not in text and sealed.recovery_key not in text
    assert sealing.read_key_file(db_path)["passphrase"]["kdf"] == "argon2id"
    assert len(sealed.recovery_key.split("-")) == 8


def test_sealing_refuses_a_file_in_use_and_changes_nothing(database, db_path) -> None:
    """Another program (another process: SQLite's locks are per process) holds the file."""
    import subprocess
    import sys

    ctx = _plain_clinic(database)
    ctx.database.dispose()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('BEGIN IMMEDIATE');"
            " print('held', flush=True); sys.stdin.read()",
            str(db_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = db_path.read_bytes()
        with pytest.raises(SealingFailed, match="open in another program"):
            seal_database(db_path, PASSPHRASE, cost=sealing.CHEAP_FOR_TESTS)
    finally:
        holder.communicate("", timeout=30)
    assert db_path.read_bytes() == before and not sealing.is_sealed(db_path)
    assert [p.name for p in db_path.parent.iterdir() if p.name.startswith(".")] == []


def test_weak_or_mismatched_passphrases_are_refused_by_field(database, db_path) -> None:
    ctx = _plain_clinic(database)
    for new, again, field in (
        ("short", "short", "passphrase"),
        ("1234567890", "1234567890", "passphrase"),
        ("password12", "password12", "passphrase"),
        (PASSPHRASE, PASSPHRASE + "x", "again"),
    ):
        with pytest.raises(ValidationError) as refused:
            service.seal(ctx, new, again)
        assert list(refused.value.field_errors) == [field]
    assert not sealing.is_sealed(db_path)
    ctx.database.dispose()


def test_wrong_passphrase_is_a_clear_message_and_nothing_is_opened(database, db_path) -> None:
    ctx, _recovery = _sealed_clinic(database)
    ctx.database.dispose()
    sealing.forget_all()
    before = {p.name: p.read_bytes() for p in db_path.parent.iterdir()}
    with pytest.raises(sealing.WrongKey, match="The clinic passphrase is not right"):
        sealing.unlock(db_path, "orange tiger violin meadoW")
    with pytest.raises(sealing.KeyNeeded, match="is encrypted"):
        open_database(f"sqlite:///{db_path}")
    # The start-up check never takes a locked file for a damaged one.
    with pytest.raises(sealing.KeyNeeded):
        backups.check_file(db_path, quick=True)
    assert {p.name: p.read_bytes() for p in db_path.parent.iterdir()} == before


def test_recovery_key_opens_however_it_is_typed(database, db_path) -> None:
    ctx, recovery = _sealed_clinic(database)
    ctx.database.dispose()
    sealing.forget_all()
    typed = recovery.lower().replace("-", " ").replace("o", "0")
    sealing.unlock(db_path, typed)
    database = open_database(f"sqlite:///{db_path}")
    assert _patient_names(ServiceContext(database)) == [FAMILY]
    database.dispose()


def test_passphrase_change_rewraps_and_rekey_replaces_both_keys(database, db_path) -> None:
    ctx, recovery = _sealed_clinic(database)
    data_before = sealing.read_key_file(db_path)["recovery"]
    with pytest.raises(sealing.WrongKey):
        service.change_passphrase(ctx, "not it at all", PASSPHRASE + " two", PASSPHRASE + " two")
    service.change_passphrase(
        ctx, PASSPHRASE, "lantern copper seventy bridge", "lantern copper seventy bridge"
    )
    assert sealing.read_key_file(db_path)["recovery"] == data_before  # recovery key still valid
    sealing.forget_all()
    with pytest.raises(sealing.WrongKey):
        sealing.unlock(db_path, PASSPHRASE)
    sealing.unlock(db_path, recovery)

    new_recovery = service.rekey(
        ctx,
        "lantern copper seventy bridge",
        "quiet harbour mango pencil",
        "quiet harbour mango pencil",
    )
    register(ctx, "Nur", FAMILY)
    ctx.database.dispose()
    sealing.forget_all()
    with pytest.raises(sealing.WrongKey):
        sealing.unlock(db_path, recovery)  # the old recovery key no longer opens it
    sealing.unlock(db_path, new_recovery)
    database = open_database(f"sqlite:///{db_path}")
    assert len(_patient_names(ServiceContext(database))) == 2
    database.dispose()
    # Audited without a secret.
    from sqlalchemy import text

    sealing.unlock(db_path, "quiet harbour mango pencil")
    database = open_database(f"sqlite:///{db_path}")
    with database.read() as session:
        events = session.execute(
            text("SELECT action, details FROM audit_event WHERE action LIKE 'database.%'")
        ).all()
    database.dispose()
    assert [e.action for e in events] == [
        "database.seal",
        "database.passphrase_change",
        "database.rekey",
    ]
    assert all(PASSPHRASE not in str(e.details) for e in events)


def test_sealed_backup_stays_sealed_and_restores_on_a_new_computer(
    database, db_path, tmp_path
) -> None:
    ctx, recovery = _sealed_clinic(database)
    result = backups.backup_now(ctx, automatic=True)
    assert NAME.encode() not in result.path.read_bytes()
    manifest = json.loads(result.path.with_name(result.path.name + ".json").read_text())
    assert manifest["sealed"]["key_id"] == sealing.read_key_file(db_path)["key_id"]
    assert sealing.key_file(result.path).is_file()
    ctx.database.dispose()

    # A new computer: only the backup folder, the passphrase not known yet.
    sealing.forget_all()
    elsewhere = tmp_path / "new-computer" / "peeldesk.sqlite3"
    with pytest.raises(sealing.KeyNeeded):
        verify_backup(result.path)
    sealing.unlock(result.path, recovery)
    restored = restore_backup(result.path, elsewhere, safety_folder=tmp_path / "safety")
    assert restored.restored_from.row_counts["patient"] == 1
    assert sealing.is_sealed(elsewhere) and NAME.encode() not in _raw(elsewhere)
    database = open_database(f"sqlite:///{elsewhere}")
    assert _patient_names(ServiceContext(database)) == [FAMILY]
    database.dispose()


def test_plaintext_backups_made_before_are_listed_and_removed_on_request(database, db_path) -> None:
    ctx = _plain_clinic(database)
    old = backups.backup_now(ctx, automatic=True)
    sealed = service.seal(ctx, PASSPHRASE, PASSPHRASE)
    assert sealed.plaintext_backups == [old.path]
    new = create_backup(db_path, old.path.with_name("clinic-sealed-copy.sqlite3"))
    assert service.remove_plaintext_backups(ctx) == 1
    assert not old.path.exists() and new.path.exists()
    ctx.database.dispose()


def test_the_stated_argon2id_cost_is_what_a_new_key_file_records(tmp_path) -> None:
    keys = sealing.new_keys(PASSPHRASE)
    slot = keys.content["passphrase"]
    assert (slot["time_cost"], slot["memory_kib"], slot["parallelism"]) == (3, 65536, 1)
    path = tmp_path / "x.sqlite3"
    sealing.write_key_file(path, keys.content)
    assert sealing.unlock(path, PASSPHRASE) == keys.data_key


def test_cli_takes_the_passphrase_from_the_environment(
    database, db_path, monkeypatch, capsys
) -> None:
    from desktop.cli import main

    ctx = _plain_clinic(database)
    ctx.database.dispose()
    url = f"sqlite:///{db_path}"
    monkeypatch.setenv("PEELDESK_NEW_PASSPHRASE", PASSPHRASE)
    assert main(["--database", url, "encrypt"]) == 0
    out = capsys.readouterr().out
    assert "RECOVERY KEY" in out and NAME.encode() not in _raw(db_path)
    sealing.forget_all()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--database", url, "backup"]) == 2
    assert "PEELDESK_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("PEELDESK_PASSPHRASE", "wrong")
    assert main(["--database", url, "backup"]) == 2
    assert "The clinic passphrase is not right" in capsys.readouterr().err
    monkeypatch.setenv("PEELDESK_PASSPHRASE", PASSPHRASE)
    assert main(["--database", url, "backup"]) == 0
    assert "integrity ok; 1 patients" in capsys.readouterr().out
    assert os.environ["PEELDESK_PASSPHRASE"] not in "".join(
        p.read_text(errors="replace") for p in db_path.parent.rglob("*.log")
    )


def test_choosing_a_sealed_file_as_the_database_is_checked_without_its_key(
    database, db_path, tmp_path
) -> None:
    import shutil

    from desktop.services.settings.database_connection import (
        SQLITE,
        ConnectionInput,
        ConnectionState,
        check_connection,
    )

    ctx, _recovery = _sealed_clinic(database)
    other = tmp_path / "other" / "clinic.sqlite3"
    other.parent.mkdir()
    ctx.database.dispose()
    for item in (db_path, sealing.key_file(db_path)):
        shutil.copyfile(item, other.with_name(other.name + item.name[len(db_path.name) :]))
    # Unlocked (the same key as the open database): checked like any other file.
    opened = check_connection(ctx, ConnectionInput(kind=SQLITE, path=str(other)))
    assert opened.state is ConnectionState.READY and "this version" in opened.message
    sealing.forget_all()
    before = other.read_bytes()
    locked = check_connection(ctx, ConnectionInput(kind=SQLITE, path=str(other)))
    assert locked.state is ConnectionState.READY and "encrypted" in locked.message
    assert other.read_bytes() == before


def test_start_up_restore_skips_backups_sealed_with_a_key_not_given(database, db_path) -> None:
    """After a re-key, older backups open only with the old key: the newest backup the
    start-up restore can verify is offered, never a crash on the others."""
    ctx, _recovery = _sealed_clinic(database)
    older = backups.backup_now(ctx, automatic=True)
    service.rekey(ctx, PASSPHRASE, PASSPHRASE + " two", PASSPHRASE + " two")
    ctx.database.dispose()
    sealing.forget_all()
    sealing.unlock(db_path, PASSPHRASE + " two")
    assert backups.newest_good_backup(db_path) is None  # the old key was not given
    sealing.unlock(older.path, PASSPHRASE)
    found = backups.newest_good_backup(db_path)
    assert found is not None and found.path == older.path


def test_a_rekey_cut_off_before_its_key_file_was_renamed_opens_with_the_new_passphrase(
    database, db_path, monkeypatch
) -> None:
    import db.sealing_migration as migration

    ctx, _recovery = _sealed_clinic(database)
    ctx.database.dispose()
    new = PASSPHRASE + " two"

    real_replace = os.replace
    calls: list[Path] = []

    def power_cut(source: Path, target: Path) -> None:
        calls.append(target)
        if len(calls) == 2:  # the file re-keyed, the new key file not renamed into place
            raise OSError("power cut")
        real_replace(source, target)

    monkeypatch.setattr(migration.os, "replace", power_cut)
    with pytest.raises(OSError):
        migration.rekey_database(db_path, PASSPHRASE, new, cost=sealing.CHEAP_FOR_TESTS)
    monkeypatch.undo()
    sealing.forget_all()
    sealing.unlock(db_path, new)
    assert not list(db_path.parent.glob(".*rekeying*"))
    database = open_database(f"sqlite:///{db_path}")
    assert _patient_names(ServiceContext(database)) == [FAMILY]
    database.dispose()


@pytest.mark.parametrize(
    "cut_at",
    [3, 4],
    ids=["plaintext moved aside, copy not in place", "copy in place, key file not"],
)
def test_a_sealing_cut_off_between_its_renames_is_finished_at_the_next_open(
    database, db_path, monkeypatch, cut_at
) -> None:
    import db.sealing_migration as migration

    ctx = _plain_clinic(database)
    ctx.database.dispose()
    real_replace = os.replace
    calls: list[object] = []

    def cut_before_the_key_file(source: Path, target: Path) -> None:
        calls.append(target)
        if len(calls) == cut_at:
            raise OSError("power cut")
        real_replace(source, target)

    monkeypatch.setattr(migration.os, "replace", cut_before_the_key_file)
    with pytest.raises(OSError):
        migration.seal_database(db_path, PASSPHRASE, cost=sealing.CHEAP_FOR_TESTS)
    monkeypatch.undo()
    assert not sealing.key_file(db_path).exists()
    sealing.forget_all()
    sealing.unlock(db_path, PASSPHRASE)
    database = open_database(f"sqlite:///{db_path}")
    assert _patient_names(ServiceContext(database)) == [FAMILY]
    database.dispose()
    assert NAME.encode() not in _raw(db_path)
    assert [p.name for p in db_path.parent.iterdir() if p.name.startswith(".")] == []
