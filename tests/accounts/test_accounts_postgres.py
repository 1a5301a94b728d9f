"""The audit chain with several desks writing at once on PostgreSQL (advisory lock).

Skipped unless PEELDESK_TEST_PG_URL names a server the test may create a database on,
e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres.
"""

from __future__ import annotations

import dataclasses
import os
import threading
import uuid

import pytest

from desktop.services.accounts.audit_trail import verify_chain
from desktop.services.bootstrap import make_context, open_database
from desktop.services.patients.records import register_patient
from desktop.services.patients.validation import PatientInput

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_database_url():
    url = os.environ.get("PEELDESK_TEST_PG_URL", "").strip()
    if not url:
        pytest.skip("no PostgreSQL server for tests: set PEELDESK_TEST_PG_URL")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"peeldesk_accounts_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_four_desks_writing_at_once_keep_one_valid_chain(pg_database_url) -> None:
    def desk(name: str) -> None:
        database = open_database(pg_database_url)
        try:
            ctx = dataclasses.replace(make_context(database), workstation=name)
            for n in range(15):
                register_patient(ctx, PatientInput(given_name=f"Desk{name}", family_name=f"P{n}"))
        finally:
            database.dispose()

    first = open_database(pg_database_url)  # migrate once before the desks race
    threads = [threading.Thread(target=desk, args=(name,)) for name in "ABCD"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report = verify_chain(make_context(first))
    first.dispose()
    assert report.checked == 60 and report.ok, report.problems[:3]
