"""Two workstations edit the same patient at once: the second save is refused, nothing lost.

Each desk is a separate process with its own connection, as in a clinic with
several desks on one PostgreSQL server (or one shared SQLite file).
"""

from __future__ import annotations

import json
import multiprocessing
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from db.engine import Database
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.common.errors import StaleRecord
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput

pytestmark = pytest.mark.both_engines

ISTANBUL = ZoneInfo("Europe/Istanbul")
AT = datetime(2026, 11, 25, 7, 42, tzinfo=UTC)  # 10:42 in Istanbul


def _patient(email: str) -> PatientInput:
    return PatientInput(
        given_name="Ayşe", family_name="Yılmaz", phone="0532 123 45 67", email=email
    )


def _desk(url: str, name: str, patient_id: int, ready, out: str) -> None:
    """Open the patient, wait until the other desk has it open too, then save."""
    database = Database(url)
    ctx = ServiceContext(
        database=database,
        actor=Actor(staff_id=None, name=name, role="reception"),
        clock=lambda: AT,
        zone=ISTANBUL,
        workstation=name,
    )
    opened = patients.get_patient(ctx, patient_id)
    ready.wait(60)  # both forms are open on the same version
    try:
        saved = patients.update_patient(
            ctx, patient_id, opened.row_version, _patient(f"{name.lower()}@example.com")
        )
        result: dict[str, int | str] = {"saved": saved.row_version}
    except StaleRecord as refused:
        result = {"refused": str(refused)}
    Path(out).write_text(json.dumps(result))
    database.dispose()


def test_second_save_of_the_same_patient_is_refused_and_nothing_overwritten(ctx, tmp_path) -> None:
    first = patients.register_patient(ctx, _patient("old@example.com"))
    spawn = multiprocessing.get_context("spawn")
    ready = spawn.Barrier(2)
    outs = {name: str(tmp_path / f"{name}.json") for name in ("Desk1", "Desk2")}
    desks = [
        spawn.Process(target=_desk, args=(ctx.database.url, name, first.id, ready, out))
        for name, out in outs.items()
    ]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(120)
        assert desk.exitcode == 0
    results = {name: json.loads(Path(out).read_text()) for name, out in outs.items()}
    winners = [name for name, result in results.items() if "saved" in result]
    losers = [name for name, result in results.items() if "refused" in result]
    assert len(winners) == 1 and len(losers) == 1, results
    (winner,), (loser,) = winners, losers
    message = results[loser]["refused"]
    assert f"changed by {winner} at 25.11.2026 10:42" in message
    assert "reload" in message
    stored = patients.get_patient(ctx, first.id)
    assert stored.data.email == f"{winner.lower()}@example.com"  # the loser overwrote nothing
    assert stored.row_version == first.row_version + 1


def test_a_stale_form_is_refused_across_two_sessions(ctx) -> None:
    """Same race without processes: desk 2 saves a form opened before desk 1 saved."""
    desk2 = ServiceContext(
        database=Database(ctx.database.url),
        actor=Actor(staff_id=None, name="Desk2", role="reception"),
        clock=lambda: AT,
        zone=ISTANBUL,
    )
    desk1 = ServiceContext(
        database=ctx.database,
        actor=Actor(staff_id=None, name="Desk1", role="reception"),
        clock=lambda: AT,
        zone=ISTANBUL,
    )
    try:
        first = patients.register_patient(desk1, _patient("old@example.com"))
        opened_at_desk2 = patients.get_patient(desk2, first.id)
        patients.update_patient(desk1, first.id, first.row_version, _patient("one@example.com"))
        with pytest.raises(StaleRecord, match=r"changed by Desk1 at 25\.11\.2026 10:42"):
            patients.update_patient(
                desk2, first.id, opened_at_desk2.row_version, _patient("two@example.com")
            )
        assert patients.get_patient(desk2, first.id).data.email == "one@example.com"
    finally:
        desk2.database.dispose()


def _session_desk(url: str, name: str, session_id: int, status: str, ready, out: str) -> None:
    """Open a treatment session, wait for the other desk, then cancel it / mark a no-show."""
    from desktop.services.sessions import records as sessions

    database = Database(url)
    ctx = ServiceContext(
        database=database,
        actor=Actor(staff_id=None, name=name, role="admin"),
        clock=lambda: AT,
        zone=ISTANBUL,
        workstation=name,
    )
    opened = sessions.get_session(ctx, session_id)
    ready.wait(60)
    result: dict[str, str]
    try:
        saved = sessions.set_session_status(ctx, session_id, opened.row_version, status)
        result = {"saved": saved.status}
    except StaleRecord as refused:
        result = {"refused": str(refused)}
    Path(out).write_text(json.dumps(result))
    database.dispose()


def test_second_change_of_the_same_treatment_session_is_refused(ctx, tmp_path) -> None:
    from datetime import timedelta

    from db.models import Staff, TreatmentSession

    patient = patients.register_patient(ctx, _patient("old@example.com"))
    with ctx.database.write() as session:
        doctor = Staff(username="dr.test", full_name="Dr. Test", role="physician")
        session.add(doctor)
        session.flush()
        booked = TreatmentSession(
            patient_id=patient.id,
            physician_id=doctor.id,
            starts_at=AT + timedelta(days=2),
            duration_minutes=30,
            status="planned",
            row_version=1,
        )
        session.add(booked)
        session.flush()
        session_id = booked.id
    spawn = multiprocessing.get_context("spawn")
    ready = spawn.Barrier(2)
    wanted = {"Desk1": "cancelled", "Desk2": "no_show"}
    outs = {name: str(tmp_path / f"{name}.json") for name in wanted}
    desks = [
        spawn.Process(
            target=_session_desk,
            args=(ctx.database.url, name, session_id, wanted[name], ready, outs[name]),
        )
        for name in wanted
    ]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(120)
        assert desk.exitcode == 0
    results = {name: json.loads(Path(out).read_text()) for name, out in outs.items()}
    winners = [name for name, result in results.items() if "saved" in result]
    losers = [name for name, result in results.items() if "refused" in result]
    assert len(winners) == 1 and len(losers) == 1, results
    (winner,), (loser,) = winners, losers
    assert f"changed by {winner} at 25.11.2026 10:42" in results[loser]["refused"]
    from desktop.services.sessions import records as sessions

    assert sessions.get_session(ctx, session_id).status == wanted[winner]
