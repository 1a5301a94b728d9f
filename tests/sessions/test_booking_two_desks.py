"""Two desks book the same physician slot at the same moment: exactly one wins.

Each desk is its own process with its own connection, released together by a barrier,
as two workstations on one PostgreSQL server (or one shared SQLite file).
"""

from __future__ import annotations

import json
import multiprocessing
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.models import TreatmentSession
from desktop.services.common.context import Actor, ServiceContext
from desktop.services.sessions import booking as session_booking
from desktop.services.sessions.checks import AreaInput
from desktop.services.sessions.clashes import BookingRefused
from desktop.services.sessions.records import BookingInput
from tests.consent_support import sign
from tests.sessions_support import add_staff, area_id, screened_patient

pytestmark = pytest.mark.both_engines

ISTANBUL = ZoneInfo("Europe/Istanbul")
NOW = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
DAY = date(2026, 11, 26)


def _desk(url: str, name: str, data: BookingInput, ready, out: str) -> None:
    database = Database(url)
    ctx = ServiceContext(
        database=database,
        actor=Actor(staff_id=None, name=name, role="reception"),
        clock=lambda: NOW,
        zone=ISTANBUL,
        workstation=name,
    )
    ready.wait(60)  # both desks press Book together
    try:
        saved = session_booking.book_session(
            ctx, data, frozenset({"screening_missing", "screening_old"})
        )
        result: dict[str, int | str] = {"saved": saved.id}
    except BookingRefused as refused:
        result = {"refused": str(refused)}
    Path(out).write_text(json.dumps(result))
    database.dispose()


@pytest.mark.parametrize("attempt", range(3))
def test_same_physician_slot_from_two_desks_books_once(ctx, tmp_path, attempt) -> None:
    doctor = add_staff(ctx, "dr.ayse", "Dr Ayşe Yılmaz")
    patients = {
        "Desk1": screened_patient(ctx, "Mehmet", "Kaya"),
        "Desk2": screened_patient(ctx, "Zeynep", "Şahin"),
    }
    for patient_id in patients.values():  # the desks are other processes: sign beforehand
        sign(ctx, patient_id)
    spawn = multiprocessing.get_context("spawn")
    ready = spawn.Barrier(2)
    outs = {name: str(tmp_path / f"{name}.json") for name in patients}
    desks = []
    for name, patient_id in patients.items():
        data = BookingInput(
            patient_id=patient_id,
            physician_id=doctor,
            starts_on=DAY,
            # Not the same minute: any overlapping minute is a clash.
            starts_time=time(10, 0) if name == "Desk1" else time(10, 15),
            areas=(AreaInput(area_id(ctx, "forehead")),),
        )
        desks.append(
            spawn.Process(target=_desk, args=(ctx.database.url, name, data, ready, outs[name]))
        )
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
    patient = "Mehmet Kaya" if winner == "Desk1" else "Zeynep Şahin"
    assert "Dr Ayşe Yılmaz is already booked" in results[loser]["refused"]
    assert patient in results[loser]["refused"]
    with ctx.database.read() as session:
        count = session.scalar(select(func.count()).select_from(TreatmentSession))
    assert count == 1
