"""Power loss: every commit a service reported survives a power cut right after it.

The crash-safety test (test_crash_safety.py) kills the process, which keeps the page cache,
so it passes even with ``synchronous=OFF``. Here the writes SQLite never synced are dropped
(tests/db/power_loss_vfs.py), as a power cut drops them: the test fails if the engine's
durability settings regress, and the regression tests below show that it does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

import db.engine
from db.engine import Database
from desktop.services.common.context import ServiceContext
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput
from tests.conftest import FIXED_NOW, ISTANBUL, copy_database
from tests.db.power_loss_vfs import PowerLossVfs, available

pytestmark = pytest.mark.skipif(
    not available(), reason="the sqlite3 module does not use a libsqlite3 ctypes can load"
)
COMMITS = 8


def _commits_lost_in_power_cut(template: Path, folder: Path) -> list[int]:
    """Register patients one transaction at a time, cut the power, count what is missing."""
    path = folder / "clinic" / "peeldesk.sqlite3"
    copy_database(template, path)
    with PowerLossVfs() as vfs:
        database = Database(f"sqlite:///{path}")
        try:
            ctx = ServiceContext(database=database, clock=lambda: FIXED_NOW, zone=ISTANBUL)
            reported = [
                patients.register_patient(
                    ctx, PatientInput(given_name="Ayşe", family_name=f"Işık {n}")
                ).id
                for n in range(COMMITS)
            ]
            vfs.crash_image(folder / "after-power-cut")
            assert {Path(p).parent for p in vfs.durable} == {path.parent}, vfs.durable.keys()
        finally:
            database.dispose()
    connection = sqlite3.connect(folder / "after-power-cut" / path.name)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        kept = {row[0] for row in connection.execute("SELECT id FROM patient")}
    finally:
        connection.close()
    return [patient_id for patient_id in reported if patient_id not in kept]


def test_every_reported_commit_survives_a_power_cut(sqlite_template: Path, tmp_path: Path) -> None:
    assert _commits_lost_in_power_cut(sqlite_template, tmp_path) == []


def _with_pragma(pragma: str) -> Callable[..., None]:
    shipped = db.engine._install_sqlite_pragmas

    def install(engine: Engine, data_key: bytes | None = None) -> None:
        shipped(engine, data_key)

        @event.listens_for(engine, "connect")
        def _regress(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute(pragma)

    return install


@pytest.mark.parametrize("pragma", ["PRAGMA synchronous = OFF", "PRAGMA synchronous = NORMAL"])
def test_the_power_cut_catches_weaker_durability_settings(
    sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pragma: str
) -> None:
    """What the test above guards: with these settings, commits are lost in a power cut."""
    monkeypatch.setattr(db.engine, "_install_sqlite_pragmas", _with_pragma(pragma))
    assert _commits_lost_in_power_cut(sqlite_template, tmp_path) != []
