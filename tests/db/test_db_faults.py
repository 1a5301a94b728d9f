"""Faults: full disk, read-only file, a file locked by another program.

Each gives a sentence for people (a DatabaseProblem), loses no committed row,
and leaves the app usable once the cause is gone.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, func, select, text

import db.engine
from db.errors import DatabaseFull, DatabaseLocked, DatabaseReadOnly
from db.models import AuditEvent, Patient, PatientSearchToken
from desktop.services.bootstrap import open_database
from desktop.services.common.context import ServiceContext
from desktop.services.patients import search as patient_search
from tests.backup_helpers import register


def _committed(database) -> tuple[int, int, int]:
    with database.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Patient)),
            session.scalar(select(func.count()).select_from(PatientSearchToken)),
            session.scalar(select(func.count()).select_from(AuditEvent)),
        )


def _on_every_connection(database, *pragmas: str):
    @event.listens_for(database.engine, "connect")
    def _apply(dbapi_connection, _record) -> None:
        for pragma in pragmas:
            dbapi_connection.execute(pragma)

    database.engine.dispose()  # pooled connections reconnect with the pragmas
    return _apply


def test_full_disk_gives_a_message_and_keeps_every_committed_row(ctx, database) -> None:
    ids = [register(ctx, f"Ayşe{i}", "Yılmaz", notes="x" * 50) for i in range(5)]
    with database.read() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()
    # SQLITE_FULL as on a full disk: the file may not grow past a few more pages.
    listener = _on_every_connection(database, f"PRAGMA max_page_count = {pages + 3}")
    with pytest.raises(DatabaseFull) as caught:
        for i in range(500):
            ids.append(register(ctx, f"Mehmet{i}", "Öztürk", notes="y" * 3000))
    assert "disk is full" in str(caught.value) and "last change was not saved" in str(caught.value)
    patients_, tokens, events = _committed(database)
    assert patients_ == len(ids) and events == len(ids) and tokens == 2 * len(ids)
    with database.read() as session:
        assert set(session.scalars(select(Patient.id))) == set(ids)
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    # Still usable: searching works while the disk is full...
    assert patient_search.search_patients(ctx, "ayse0").rows
    # ...and saving works again once there is space.
    event.remove(database.engine, "connect", listener)
    database.engine.dispose()
    register(ctx, "Zeynep", "Kaya")
    assert _committed(database)[0] == len(ids) + 1


def test_read_only_database_gives_a_message_and_keeps_reads_working(ctx, database) -> None:
    ids = [register(ctx, "Gül", "Şen"), register(ctx, "Ali", "Çelik")]
    before = _committed(database)
    # As a file whose write permission was taken away (root ignores chmod, so ask SQLite).
    _on_every_connection(database, "PRAGMA query_only = ON")
    with pytest.raises(DatabaseReadOnly) as caught:
        register(ctx, "Can", "Demir")
    assert "read-only" in str(caught.value) and "was not saved" in str(caught.value)
    assert _committed(database) == before
    assert [r.id for r in patient_search.search_patients(ctx, "sen").rows] == [ids[0]]


def test_database_locked_by_another_program_gives_a_message(db_path, monkeypatch) -> None:
    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 200)  # fail fast in the test
    database = open_database(f"sqlite:///{db_path}")
    ctx = ServiceContext(database)
    committed = register(ctx, "Elif", "Aksoy")
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
        with pytest.raises(DatabaseLocked) as caught:
            register(ctx, "Deniz", "Arslan")
        assert "busy" in str(caught.value) and "try again" in str(caught.value)
        # Reading still works while the other program writes (WAL).
        assert [r.id for r in patient_search.search_patients(ctx, "aksoy").rows] == [committed]
        # A program that locks the whole file (exclusive locking mode) blocks reads too:
        other.execute("ROLLBACK")
        database.engine.dispose()  # (the pool's idle connections would block the next step)
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE setting SET key = key")
        with pytest.raises(DatabaseLocked):
            patient_search.search_patients(ctx, "aksoy")
    finally:
        other.close()
    # The other program is gone: everything committed is there and saving works again.
    assert [r.id for r in patient_search.search_patients(ctx, "aksoy").rows] == [committed]
    register(ctx, "Deniz", "Arslan")
    assert _committed(database)[0] == 2
    database.dispose()


def test_error_codes_map_to_messages_without_relying_on_wording() -> None:
    for code, kind in ((13, DatabaseFull), (8, DatabaseReadOnly), (5, DatabaseLocked)):
        error = sqlite3.OperationalError("some other wording")
        error.sqlite_errorcode = code | 0x100  # an extended code
        assert isinstance(db.engine.translate_error(error, "sqlite:///x.db"), kind)
    assert db.engine.translate_error(ValueError("x"), "sqlite:///x.db") is None


def test_checking_a_file_another_program_holds_says_so_not_damaged(
    db_path, database, monkeypatch
) -> None:
    import db.backup
    from db.backup import integrity_problems

    monkeypatch.setattr(db.backup, "_BUSY_MS", 100)  # fail fast in the test

    database.dispose()
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE setting SET key = key")
        with pytest.raises(DatabaseLocked, match="held by another program"):
            integrity_problems(db_path, read_only=False)
    finally:
        other.close()
    assert integrity_problems(db_path, read_only=False) == []
