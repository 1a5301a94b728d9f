"""Deleting the newest audit events is detected against heads kept outside the database."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from db.paths import config_dir
from desktop.services.accounts.audit_heads import acknowledge_gaps
from desktop.services.accounts.audit_trail import adopt_this_desks_key, verify_chain
from desktop.services.backups.operations import backup_now
from desktop.services.common import audit_key
from desktop.services.common.audit_anchor import anchor_path
from desktop.services.common.errors import ValidationError
from desktop.services.patients.records import register_patient, update_patient
from desktop.services.patients.validation import PatientInput

# The head is kept beside a SQLite file, and per workstation for a PostgreSQL server.
pytestmark = pytest.mark.both_engines


def _fill(ctx, count: int = 5) -> None:
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


def _head_file(ctx) -> Path:
    path = anchor_path(ctx.database.url)
    assert path is not None
    return path


def _last_id(ctx) -> int:
    with ctx.database.read() as session:
        return int(session.execute(text("SELECT max(id) FROM audit_event")).scalar_one())


def _kinds(ctx) -> list[tuple[str, int | None]]:
    return [(p.kind, p.event_id) for p in verify_chain(ctx).problems]


def test_the_head_file_is_owner_only_beside_the_database_and_follows_each_commit(ctx) -> None:
    _fill(ctx, 2)
    path = anchor_path(ctx.database.url)
    assert path is not None
    if ctx.database.path is not None:
        assert path.parent == ctx.database.path.parent
    else:
        assert path.parent == config_dir() and path.name.startswith("audit-head-")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    head = json.loads(path.read_text())["head"]
    assert head["events"] == 4 and head["last_id"] == 4
    assert verify_chain(ctx).ok


@pytest.mark.parametrize("deleted", [1, 5])
def test_deleting_the_newest_events_is_reported(ctx, deleted: int) -> None:
    _fill(ctx)
    _sql(ctx, "DELETE FROM audit_event WHERE id > :last", last=10 - deleted)
    problems = verify_chain(ctx).problems
    assert [(p.kind, p.event_id) for p in problems] == [("truncated", 10)]
    assert f"ends at event {10 - deleted} but event 10 was recorded on" in problems[0].message
    beside = "the record beside the database" if ctx.database.path else "this computer's record"
    assert beside in problems[0].message


def test_deleting_every_event_is_reported(ctx) -> None:
    _fill(ctx)
    _sql(ctx, "DELETE FROM audit_event")
    report = verify_chain(ctx)
    assert not report.ok
    assert "The audit trail is empty, but event 10 was recorded on" in report.problems[0].message


def test_a_new_event_after_the_cut_does_not_hide_it(ctx) -> None:
    _fill(ctx)
    _sql(ctx, "DELETE FROM audit_event WHERE id > 7")
    register_patient(ctx, PatientInput(given_name="Ece", family_name="Tan"))  # gets id 8
    assert _kinds(ctx) == [("truncated", 10)]


def test_deleting_the_head_file_too_is_caught_by_the_backup_manifest(ctx) -> None:
    if ctx.database.path is None:
        pytest.skip("PostgreSQL is backed up on its server")
    _fill(ctx)
    backup_now(ctx)  # event 11, the manifest's head is event 10
    _sql(ctx, "DELETE FROM audit_event WHERE id > 6")
    _head_file(ctx).unlink()
    problems = verify_chain(ctx).problems
    assert [p.kind for p in problems] == ["truncated"]
    assert "but event 10 was recorded on" in problems[0].message
    assert "backup peeldesk-" in problems[0].message


def test_emptied_trail_without_any_head_is_still_reported(ctx) -> None:
    _fill(ctx, 1)
    _sql(ctx, "DELETE FROM audit_event")
    _head_file(ctx).unlink()
    assert _kinds(ctx) == [("truncated", None)]


def test_an_edited_head_file_is_reported(ctx) -> None:
    _fill(ctx, 1)
    path = _head_file(ctx)
    data = json.loads(path.read_text())
    data["head"]["last_id"] = 1
    path.write_text(json.dumps(data))
    assert _kinds(ctx) == [("anchor", None)]
    _fill(ctx, 1)  # later saves leave the edited file as it is: the evidence stays
    assert _kinds(ctx) == [("anchor", None)]
    acknowledge_gaps(ctx, "edited by the vendor while testing")
    _fill(ctx, 1)
    assert verify_chain(ctx).ok


def test_tamper_then_delete_key_then_adopt_key_is_reported(ctx) -> None:
    _fill(ctx)
    _sql(ctx, "UPDATE audit_event SET details = '{}' WHERE id = 4")
    audit_key.key_path().unlink()
    audit_key.forget_cached_keys()
    adopt_this_desks_key(ctx)
    report = verify_chain(ctx)
    assert not report.ok
    assert [(p.kind, p.event_id) for p in report.problems] == [("rekeyed", 11)]
    assert "the 10 events before it can no longer be checked" in report.problems[0].message


def test_a_known_cut_is_acknowledged_once_audited_and_a_later_cut_is_reported_again(ctx) -> None:
    _fill(ctx)
    _sql(ctx, "DELETE FROM audit_event WHERE id > 8")
    with pytest.raises(ValidationError):
        acknowledge_gaps(ctx, "no")
    acknowledged = acknowledge_gaps(ctx, "test database trimmed by the vendor")
    assert "ends at event 8" in acknowledged[0]
    report = verify_chain(ctx)
    assert report.ok and report.checked == 9
    with ctx.database.read() as session:
        last = session.execute(
            text("SELECT action, details FROM audit_event ORDER BY id DESC LIMIT 1")
        ).one()
    assert last.action == "audit.gap_acknowledged" and "trimmed by the vendor" in last.details
    with pytest.raises(ValidationError):
        acknowledge_gaps(ctx, "nothing is wrong now")
    _fill(ctx, 1)
    newest = _last_id(ctx)  # PostgreSQL's ids do not come back after a deletion
    _sql(ctx, "DELETE FROM audit_event WHERE id > :keep", keep=newest - 2)
    assert _kinds(ctx) == [("truncated", newest)]
