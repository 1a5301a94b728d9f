"""Search is an ordered walk of the token index, and sorts the same on both engines."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.services.patients import records as patients
from desktop.services.patients import search as patient_search
from desktop.services.patients.search import parse_query, token_search_statement
from desktop.services.patients.validation import PatientInput

pytestmark = pytest.mark.both_engines


def _plan(database, typed: str) -> str:
    query = parse_query(typed)
    stmt = token_search_statement(query.prefixes, birth_dates=query.birth_dates).limit(51)
    compiled = stmt.compile(dialect=database.engine.dialect)
    with database.read() as session:
        conn = session.connection()
        if database.is_sqlite:
            assert compiled.positiontup is not None  # sqlite's paramstyle is positional
            params = tuple(compiled.construct_params()[key] for key in compiled.positiontup)
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params).all()
            return "\n".join(row[-1] for row in rows)
        # A test table is tiny, so the planner would rightly read it whole; forbid that to
        # check the index *can* serve the range (it cannot if the collations disagree).
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        rows = conn.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params).all()
        return "\n".join(row[0] for row in rows)


@pytest.mark.parametrize("typed", ["a", "ays", "532", "ayse yil", "ali 05.03.1990"])
def test_the_token_primary_key_drives_the_search_in_order(database, typed) -> None:
    plan = _plan(database, typed)
    if database.is_sqlite:
        first = plan.splitlines()[0]
        assert first.startswith("SEARCH patient_search_token USING COVERING INDEX"), plan
        assert "(token>? AND token<?)" in first, plan
        assert "TEMP B-TREE" not in plan, plan  # no sort: LIMIT stops the walk
        # Every probe of another word (and of an earlier token) is answered by the
        # (patient_id, token) index alone, without reading the table row behind it.
        probes = [line for line in plan.splitlines()[1:] if "patient_search_token" in line]
        assert probes, plan
        assert all("USING COVERING INDEX ix_patient_search_token_patient" in p for p in probes)
    else:
        assert "Index Only Scan using pk_patient_search_token on patient_search_token" in plan
        assert "Seq Scan" not in plan, plan


def test_names_sort_by_code_point_whatever_the_server_collation(ctx) -> None:
    # A Turkish or English linguistic collation orders '-' before "'" (and may skip
    # punctuation); search keys compare bytewise on both engines, so pages agree.
    for family in ("Obrien", "O-Brien", "O'Brien"):
        patients.register_patient(ctx, PatientInput(given_name="Ali", family_name=family))
    rows = patient_search.search_patients(ctx, "ali").rows
    assert [row.family_name for row in rows] == ["O'Brien", "O-Brien", "Obrien"]
    first = patient_search.search_patients(ctx, "ali", limit=1)
    rest = patient_search.search_patients(ctx, "ali", after=first.next_cursor).rows
    assert [row.family_name for row in first.rows + rest] == ["O'Brien", "O-Brien", "Obrien"]
