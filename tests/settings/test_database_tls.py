"""PostgreSQL over TLS with the server's certificate verified (sslmode=verify-full)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from db.engine import Database
from desktop.services.common.errors import ValidationError
from desktop.services.settings.database_connection import (
    POSTGRESQL,
    ConnectionInput,
    ConnectionState,
    build_url,
    check_connection,
    input_from_url,
)

pytest.importorskip("psycopg")


@pytest.fixture
def root_certificate(tmp_path: Path) -> Path:
    path = tmp_path / "clinic-root.crt"
    path.write_text("-----BEGIN CERTIFICATE-----\n(test)\n-----END CERTIFICATE-----\n")
    return path


@pytest.fixture
def server_without_tls() -> Iterator[int]:
    """A port that answers PostgreSQL's TLS request with 'N' (no TLS), as such a server does."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(8)  # SSLRequest: length 8, code 80877103
                conn.sendall(b"N")
                conn.recv(1024)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield port
    listener.close()


def _server(root: Path | str = "", port: int = 5432) -> ConnectionInput:
    return ConnectionInput(
        kind=POSTGRESQL,
        host="127.0.0.1",
        port=port,
        database="peeldesk",
        user="peeldesk",
        root_certificate=str(root),
    )


def test_a_root_certificate_means_verify_full_and_comes_back_in_the_dialog(
    root_certificate: Path,
) -> None:
    url = build_url(_server(root_certificate))
    query = make_url(url).query
    assert query["sslmode"] == "verify-full"
    assert query["sslrootcert"] == str(root_certificate.resolve())
    again = input_from_url(url)
    assert again.require_tls and again.root_certificate == str(root_certificate.resolve())


def test_a_missing_root_certificate_is_named(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        build_url(_server(tmp_path / "nowhere.crt"))
    assert "root certificate" in caught.value.field_errors["root_certificate"]


def test_the_options_reach_psycopgs_connect(root_certificate: Path) -> None:
    url = build_url(_server(root_certificate))
    database = Database(url)
    try:
        _args, kwargs = database.engine.dialect.create_connect_args(database.engine.url)
    finally:
        database.dispose()
    assert kwargs["sslmode"] == "verify-full"
    assert kwargs["sslrootcert"] == str(root_certificate.resolve())
    assert kwargs["host"] == "127.0.0.1"


def test_a_server_without_tls_is_refused_with_a_clear_message(
    ctx, root_certificate: Path, server_without_tls: int
) -> None:
    result = check_connection(ctx, _server(root_certificate, server_without_tls))
    assert result.state is ConnectionState.UNREACHABLE
    assert "does not offer an encrypted connection (TLS)" in result.message
    assert "127.0.0.1" in result.message
