"""The audit trail's HMAC chain: every edit, deletion and insertion is reported."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services.accounts.audit_trail import verify_chain
from desktop.services.common import audit_key
from desktop.services.patients.records import register_patient, update_patient
from desktop.services.patients.validation import PatientInput

ROOT = Path(__file__).resolve().parents[2]


def _fill(ctx, count: int = 3) -> None:
    for n in range(count):
        saved = register_patient(
            ctx, PatientInput(given_name=f"Ali{chr(97 + n)}", family_name="Kaya")
        )
        update_patient(
            ctx, saved.id, saved.row_version, PatientInput(given_name="Veli", family_name="Kaya")
        )


def _sql(ctx, statement: str, **params) -> None:
    with ctx.database.engine.begin() as conn:
        conn.execute(text(statement), params)


def _kinds(ctx) -> list[tuple[str, int | None]]:
    return [(p.kind, p.event_id) for p in verify_chain(ctx).problems]


def test_untouched_trail_verifies(ctx) -> None:
    _fill(ctx)
    report = verify_chain(ctx)
    assert report.ok and report.checked == 6


def test_key_file_is_private_and_outside_the_database(ctx) -> None:
    _fill(ctx, 1)
    path = audit_key.key_path()
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.environ["PEELDESK_DATA_DIR"] in str(path)
    assert ctx.database.path is not None and path.parent != ctx.database.path.parent


def test_edited_row_is_reported(ctx) -> None:
    _fill(ctx)
    _sql(ctx, "UPDATE audit_event SET actor_name = 'Someone else' WHERE id = 3")
    assert _kinds(ctx) == [("edited", 3)]


def test_edited_row_with_a_forged_chain_value_is_still_reported(ctx) -> None:
    _fill(ctx)
    _sql(ctx, "UPDATE audit_event SET details = '{}', chain_hmac = :h WHERE id = 3", h="0" * 64)
    kinds = _kinds(ctx)
    assert kinds and kinds[0] == ("edited", 3)


def test_deleted_row_is_reported(ctx) -> None:
    _fill(ctx)
    _sql(ctx, "DELETE FROM audit_event WHERE id = 4")
    problems = verify_chain(ctx).problems
    assert [(p.kind, p.event_id) for p in problems] == [("deleted", 5)]
    assert "event 4 was deleted" in problems[0].message


def test_inserted_row_is_reported(ctx) -> None:
    _fill(ctx)
    # Make room between 2 and 3 by moving the later rows up, as a forger would.
    for old in (6, 5, 4, 3):
        _sql(ctx, "UPDATE audit_event SET id = :new WHERE id = :old", new=old + 1, old=old)
    _sql(
        ctx,
        "INSERT INTO audit_event (id, occurred_at, actor_name, action, entity, details,"
        " workstation, chain_hmac) VALUES (3, '2026-11-25 07:00:00', 'Ghost', 'patient.update',"
        " 'patient', '{}', 'x', :h)",
        h="f" * 64,
    )
    assert _kinds(ctx) == [("inserted", 3)]


def test_reordered_rows_break_the_chain(ctx) -> None:
    _fill(ctx)
    _sql(ctx, "UPDATE audit_event SET id = 60 WHERE id = 2")
    assert _kinds(ctx) != []


def test_wrong_key_is_named_as_the_likely_cause(ctx) -> None:
    _fill(ctx)
    audit_key.key_path().write_text("ab" * 32)
    audit_key.forget_cached_keys()
    kinds = _kinds(ctx)
    assert kinds[-1] == ("key", None) and len(kinds) == 7


def test_missing_key_is_reported_and_not_recreated_by_verify(ctx) -> None:
    _fill(ctx, 1)
    audit_key.key_path().unlink()
    audit_key.forget_cached_keys()
    assert _kinds(ctx) == [("key", None)]
    assert not audit_key.key_path().exists()


def test_events_written_in_one_transaction_chain_in_order(ctx) -> None:
    from desktop.services.settings import store as settings

    settings.update(ctx, {"idle_lock_minutes": 3, "login_max_failures": 4, "clinic_name": "Işıltı"})
    assert verify_chain(ctx).ok


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--database", str(db_path), "audit", *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.usefixtures("database")
def test_cli_verify_reports_ok_then_broken_with_ids(ctx, db_path) -> None:
    _fill(ctx)
    result = _cli(db_path, "verify")
    assert result.returncode == 0, result.stderr
    assert "Audit trail OK: 6 events" in result.stdout
    _sql(ctx, "UPDATE audit_event SET patient_id = 99 WHERE id = 2")
    _sql(ctx, "DELETE FROM audit_event WHERE id = 5")
    result = _cli(db_path, "verify")
    assert result.returncode == 1
    assert "[edited] Event 2" in result.stdout
    assert "[deleted] Event 6" in result.stdout
    assert "Traceback" not in result.stderr


def test_row_appended_without_the_key_is_reported(ctx) -> None:
    _fill(ctx, 1)
    _sql(
        ctx,
        "INSERT INTO audit_event (occurred_at, actor_name, action, entity, details,"
        " workstation, chain_hmac) VALUES ('2026-11-25 07:00:00', 'Ghost', 'login', 'staff',"
        " '{}', 'x', :h)",
        h="0" * 64,
    )
    assert _kinds(ctx) == [("edited", 3)]


def test_two_workstations_writing_at_once_keep_one_chain(ctx, db_path) -> None:
    import dataclasses
    import threading

    from desktop.services.bootstrap import open_database

    def desk(name: str) -> None:
        database = open_database(f"sqlite:///{db_path}")
        try:
            desk_ctx = dataclasses.replace(ctx, database=database, workstation=name)
            for n in range(15):
                register_patient(
                    desk_ctx, PatientInput(given_name=f"Desk{name}", family_name=f"P{n}")
                )
        finally:
            database.dispose()

    threads = [threading.Thread(target=desk, args=(name,)) for name in "AB"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report = verify_chain(ctx)
    assert report.checked == 30 and report.ok


def test_a_desk_with_another_key_cannot_sign_until_it_gets_the_clinics_key(ctx) -> None:
    from desktop.services.common.errors import DatabaseProblem

    _fill(ctx, 1)
    clinic_key = audit_key.key_path().read_text()
    audit_key.key_path().write_text("cd" * 32)  # a second desk that made its own key
    audit_key.forget_cached_keys()
    with pytest.raises(DatabaseProblem, match=r"Copy audit\.key"):
        register_patient(ctx, PatientInput(given_name="Ece", family_name="Tan"))
    audit_key.key_path().write_text(clinic_key)
    audit_key.forget_cached_keys()
    register_patient(ctx, PatientInput(given_name="Ece", family_name="Tan"))
    assert verify_chain(ctx).ok


def test_adopting_a_new_key_after_loss_restarts_the_chain(ctx) -> None:
    from desktop.services.accounts.audit_trail import adopt_this_desks_key

    _fill(ctx, 2)
    audit_key.key_path().unlink()
    audit_key.forget_cached_keys()
    adopt_this_desks_key(ctx)
    register_patient(ctx, PatientInput(given_name="Ece", family_name="Tan"))
    report = verify_chain(ctx)
    # Unchecked earlier events are reported until an administrator acknowledges the loss.
    assert report.not_checked == 4 and report.checked == 6
    assert [(p.kind, p.event_id) for p in report.problems] == [("rekeyed", 5)]
    from desktop.services.accounts.audit_heads import acknowledge_gaps

    acknowledge_gaps(ctx, "audit.key lost with the old computer")
    report = verify_chain(ctx)
    assert report.ok and report.not_checked == 4 and report.checked == 7
    _sql(ctx, "UPDATE audit_event SET details = '{}' WHERE id = 6")
    assert _kinds(ctx) == [("edited", 6)]


def test_cli_adopt_key_needs_confirmation(ctx, db_path) -> None:
    _fill(ctx, 1)
    result = _cli(db_path, "adopt-key")
    assert result.returncode == 2 and "--yes" in result.stderr
    result = _cli(db_path, "adopt-key", "--yes")
    assert result.returncode == 0, result.stderr
    result = _cli(db_path, "verify")
    assert result.returncode == 1 and "[rekeyed]" in result.stdout
    result = _cli(db_path, "acknowledge", "--reason", "key lost with the old PC")
    assert result.returncode == 2 and "--yes" in result.stderr
    result = _cli(db_path, "acknowledge", "--reason", "key lost with the old PC", "--yes")
    assert result.returncode == 0, result.stderr
    result = _cli(db_path, "verify")
    assert result.returncode == 0 and "2 earlier events" in result.stdout
