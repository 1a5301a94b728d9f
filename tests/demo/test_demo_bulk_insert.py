"""`peeldesk demo` inserts in bulk, and a seed always gives the same clinic.

The digest below was taken from the generator before its inserts moved from the
ORM's bulk insert to Core with stable key sets: the same seed must still give
exactly the same rows, so benchmark databases and demos stay comparable.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select

from db.models import Base, Patient, PatientSearchToken, SessionArea, Staff, TreatmentSession
from desktop.services.demo.generate import generate_demo

pytestmark = pytest.mark.both_engines

PATIENTS, SESSIONS = 120, 900
TABLES = (Staff, Patient, PatientSearchToken, TreatmentSession, SessionArea)
# sha256 of every generated row (see _digest) for seed 20261125 on 2026-11-25 10:00 UTC.
EXPECTED_DIGEST = "06e7d69a675175eac70ca190f347f569b9568f09cc88f2435d0e8678ae73064d"


def _fixed(ctx):
    return dataclasses.replace(
        ctx,
        clock=lambda: datetime(2026, 11, 25, 10, 0, tzinfo=UTC),
        zone=ZoneInfo("Europe/Istanbul"),
    )


def _digest(database) -> tuple[str, dict[str, int]]:
    digest = hashlib.sha256()
    counts = {}
    with database.read() as session:
        for model in TABLES:
            table = Base.metadata.tables[model.__tablename__]
            # Staff accounts are stamped with the real time (the column default), not ctx's.
            columns = [c for c in table.columns if c.name not in ("created_at", "updated_at")]
            shown = columns if model is Staff else list(table.columns)
            stmt = select(*shown).order_by(*table.primary_key.columns)
            rows = session.execute(stmt).all()
            counts[table.name] = len(rows)
            for row in rows:
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest(), counts


def test_a_seed_gives_the_same_rows_as_before(ctx) -> None:
    ctx = _fixed(ctx)
    summary = generate_demo(ctx, patients=PATIENTS, sessions=SESSIONS)
    found, counts = _digest(ctx.database)
    assert counts["patient"] == PATIENTS and counts["treatment_session"] == SESSIONS
    assert counts["session_area"] == summary.session_areas
    assert found == EXPECTED_DIGEST, counts


def test_each_chunk_is_one_insert_statement_per_table(ctx) -> None:
    """Rows whose optional values are None in different places still go in together."""
    inserts: list[str] = []

    def keep(_conn, _cursor, statement, _params, _context, executemany) -> None:
        if statement.lstrip().upper().startswith("INSERT") and executemany:
            inserts.append(statement.split("(", 1)[0].split()[-1])

    event.listen(ctx.database.engine, "before_cursor_execute", keep)
    try:
        generate_demo(_fixed(ctx), patients=PATIENTS, sessions=SESSIONS)
    finally:
        event.remove(ctx.database.engine, "before_cursor_execute", keep)
    bulk = ["patient", "patient_search_token", "treatment_session", "session_area"]
    assert [name for name in inserts if name in bulk] == bulk
