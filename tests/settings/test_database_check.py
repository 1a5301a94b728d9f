"""Testing and saving the database connection (services, no Qt)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import select, text

from db.models import AuditEvent
from db.paths import resolve_database_url, workstation_file
from desktop.services.common.context import Actor
from desktop.services.common.errors import PermissionDenied, ValidationError
from desktop.services.settings.database_connection import (
    POSTGRESQL,
    SQLITE,
    ConnectionInput,
    ConnectionState,
    build_url,
    check_connection,
    describe_current,
    save_connection,
)


def _file(path) -> ConnectionInput:
    return ConnectionInput(kind=SQLITE, path=str(path))


def test_missing_file_is_empty_and_is_not_created(ctx, tmp_path) -> None:
    target = tmp_path / "new" / "clinic.sqlite3"
    result = check_connection(ctx, _file(target))
    assert result.state is ConnectionState.EMPTY and result.usable
    assert "create it" in result.message
    assert not target.exists() and not target.parent.exists()


def test_existing_empty_file_is_empty_and_left_unchanged(ctx, tmp_path) -> None:
    target = tmp_path / "empty.sqlite3"
    sqlite3.connect(target).close()
    before = target.read_bytes()
    result = check_connection(ctx, _file(target))
    assert result.state is ConnectionState.EMPTY
    assert target.read_bytes() == before
    assert not (tmp_path / "empty.sqlite3-wal").exists()


def test_current_peeldesk_database_is_ready(ctx, db_path) -> None:
    result = check_connection(ctx, _file(db_path))
    assert result.state is ConnectionState.READY
    assert "this version" in result.message


def test_database_from_a_newer_version_is_refused_untouched(ctx, tmp_path) -> None:
    target = tmp_path / "newer.sqlite3"
    with sqlite3.connect(target) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_x')")
    conn.close()
    result = check_connection(ctx, _file(target))
    assert result.state is ConnectionState.NEWER and not result.usable
    assert "newer version" in result.message
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999_x",)]
    conn.close()


def test_file_that_is_not_a_database_is_reported(ctx, tmp_path) -> None:
    target = tmp_path / "letter.sqlite3"
    target.write_bytes(b"Dear patient, this is not a database. " * 200)
    result = check_connection(ctx, _file(target))
    assert result.state is ConnectionState.UNREACHABLE
    assert "not a PeelDesk database" in result.message
    assert target.read_bytes().startswith(b"Dear patient")


def test_the_check_writes_nothing_to_the_database_in_use(ctx, tmp_path) -> None:
    def count() -> int:
        with ctx.database.read() as session:
            return len(session.scalars(select(AuditEvent)).all())

    before = count()
    check_connection(ctx, _file(tmp_path / "x.sqlite3"))
    assert count() == before


def test_fields_are_validated_with_sentences(ctx, tmp_path) -> None:
    with pytest.raises(ValidationError) as caught:
        check_connection(ctx, ConnectionInput(kind=POSTGRESQL, host="", port=0, database=""))
    assert set(caught.value.field_errors) == {"host", "port", "database"}
    with pytest.raises(ValidationError) as caught:
        build_url(_file("relative.sqlite3"))
    assert "path" in caught.value.field_errors
    with pytest.raises(ValidationError):
        build_url(_file(tmp_path))  # a folder
    url = build_url(
        ConnectionInput(
            kind=POSTGRESQL,
            host="server",
            port=5433,
            database="peeldesk",
            user="desk",
            require_tls=True,
        )
    )
    assert url == "postgresql+psycopg://desk@server:5433/peeldesk?sslmode=require"


def test_reception_may_neither_test_nor_save(ctx, tmp_path) -> None:
    reception = replace(ctx, actor=Actor(staff_id=None, name="Desk", role="reception"))
    with pytest.raises(PermissionDenied):
        check_connection(reception, _file(tmp_path / "x.sqlite3"))
    with pytest.raises(PermissionDenied):
        save_connection(reception, _file(tmp_path / "x.sqlite3"))
    assert not workstation_file().exists()


def test_save_writes_the_workstation_file_and_audits_without_password(ctx, tmp_path) -> None:
    choice = ConnectionInput(kind=POSTGRESQL, host="server", database="peeldesk", user="desk")
    shown = save_connection(ctx, choice)
    assert shown == "postgresql+psycopg://desk@server:5432/peeldesk"
    assert json.loads(workstation_file().read_text()) == {"database_url": shown}
    assert resolve_database_url() == shown
    with ctx.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "setting.change")
        ).all()[-1]
    assert json.loads(event.details)["database_url"] == [None, shown]
    setting = describe_current(ctx)
    assert setting.saved_url == shown and setting.choice == choice
    assert setting.in_use == str(ctx.database.path)


# --- PostgreSQL (needs PEELDESK_TEST_PG_URL; skipped with the reason otherwise) -----------
def _server_input(url: str) -> ConnectionInput:
    from desktop.services.settings.database_connection import input_from_url

    return input_from_url(url)


@pytest.mark.postgres
def test_postgresql_current_database_is_ready(ctx, pg_database_url) -> None:
    result = check_connection(ctx, _server_input(pg_database_url))
    assert result.state is ConnectionState.READY, result.message


@pytest.mark.postgres
def test_postgresql_empty_and_newer_databases(ctx, pg_url, pg_admin) -> None:
    from tests.conftest import _with_database

    name = "peeldesk_dbsetting_probe"
    with pg_admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = _with_database(pg_url, name)
    try:
        assert check_connection(ctx, _server_input(url)).state is ConnectionState.EMPTY
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        engine = create_engine(url, poolclass=NullPool)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
            conn.execute(text("INSERT INTO alembic_version VALUES ('9999_x')"))
        engine.dispose()
        result = check_connection(ctx, _server_input(url))
        assert result.state is ConnectionState.NEWER and "newer version" in result.message
    finally:
        with pg_admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.mark.postgres
def test_postgresql_missing_database_is_named(ctx, pg_url) -> None:
    choice = replace(_server_input(pg_url), database="peeldesk_no_such_database")
    result = check_connection(ctx, choice)
    assert result.state is ConnectionState.UNREACHABLE
    assert "does not exist" in result.message
