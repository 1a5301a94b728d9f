"""PostgreSQL specifics: migrations from empty, bytewise search keys, connection settings."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from db.engine import Database
from db.errors import DatabaseLocked, DatabaseUnreachable
from db.models import Base
from db.schema import HEAD_REVISION, current_revision
from desktop.services.bootstrap import open_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine_name() -> str:
    return "postgresql"  # `database` here is a fresh PostgreSQL database


@pytest.fixture
def empty_pg_url(pg_url, pg_admin):
    from tests.conftest import _with_database

    name = "peeldesk_empty_test"
    with pg_admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"))
    yield _with_database(pg_url, name)
    with pg_admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


def test_upgrade_from_an_empty_database_matches_the_models(empty_pg_url) -> None:
    database = open_database(empty_pg_url)
    try:
        assert current_revision(database) == HEAD_REVISION
        with database.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            collations: dict[str, str | None] = {
                column: collation
                for column, collation in conn.execute(
                    text(
                        "SELECT table_name || '.' || column_name, collation_name "
                        "FROM information_schema.columns WHERE column_name IN ('token', 'sort_key')"
                    )
                )
            }
        assert collations == {
            "patient.sort_key": "C",
            "patient_search_token.token": "C",
            "patient_search_token.sort_key": "C",
        }
    finally:
        database.dispose()
    # Opening again finds the schema current and changes nothing.
    open_database(empty_pg_url).dispose()


def test_connections_use_utc_and_a_lock_timeout(database) -> None:
    assert database.dialect == "postgresql"
    with database.read() as session:
        assert session.execute(text("SHOW TimeZone")).scalar() == "UTC"
        assert session.execute(text("SHOW lock_timeout")).scalar() == "5s"


def test_a_row_held_by_another_desk_is_a_clear_busy_message(database) -> None:
    with database.write() as session:
        session.execute(text("INSERT INTO number_sequence (name, last_value) VALUES ('x', 0)"))
    other = Database(database.url)
    try:
        with database.write() as holder:
            holder.execute(text("UPDATE number_sequence SET last_value = 1 WHERE name = 'x'"))
            with pytest.raises(DatabaseLocked, match="try again"), other.write() as waiting:
                waiting.execute(text("SET LOCAL lock_timeout = '100ms'"))
                waiting.execute(text("UPDATE number_sequence SET last_value = 2 WHERE name = 'x'"))
        with database.read() as session:
            assert session.execute(text("SELECT last_value FROM number_sequence")).scalar() == 1
    finally:
        other.dispose()


def test_a_missing_database_is_a_clear_message(pg_url) -> None:
    from tests.conftest import _with_database

    with pytest.raises(DatabaseUnreachable, match="does not exist"):
        open_database(_with_database(pg_url, "peeldesk_no_such_database"))


def test_an_unreachable_server_is_a_clear_message() -> None:
    with pytest.raises(DatabaseUnreachable, match="cannot be reached"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/peeldesk")
