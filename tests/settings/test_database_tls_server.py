"""verify-full against a real PostgreSQL server with TLS (opt-in: needs a prepared server).

Set PEELDESK_TEST_PG_URL to the test server and PEELDESK_TEST_PG_TLS_ROOT to the root
certificate that signed the server's certificate, which must be made out to
``localhost`` (not 127.0.0.1). To prepare .ci/pg's throw-away server:

    openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out root.crt -subj "/CN=Root"
    openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=localhost"
    echo subjectAltName=DNS:localhost > ext.cnf
    openssl x509 -req -in server.csr -CA root.crt -CAkey ca.key -CAcreateserial \\
        -out server.crt -extfile ext.cnf
    # server.key owner-only and owned by the server's user, then in psql:
    ALTER SYSTEM SET ssl_cert_file = '…/server.crt'; ALTER SYSTEM SET ssl_key_file = '…/server.key';
    ALTER SYSTEM SET ssl = on; SELECT pg_reload_conf();
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop.services.settings.database_connection import (
    POSTGRESQL,
    ConnectionInput,
    ConnectionState,
    check_connection,
)

ROOT_ENV = "PEELDESK_TEST_PG_TLS_ROOT"
pytestmark = pytest.mark.skipif(
    not (os.environ.get(ROOT_ENV) and os.environ.get("PEELDESK_TEST_PG_URL")),
    reason=f"no TLS test server: set {ROOT_ENV} and PEELDESK_TEST_PG_URL (see this file)",
)


def _server(host: str, root: Path) -> ConnectionInput:
    url = make_url(os.environ["PEELDESK_TEST_PG_URL"])
    return ConnectionInput(
        kind=POSTGRESQL,
        host=host,
        port=url.port or 5432,
        database=url.database or "postgres",
        user=url.username or "",
        root_certificate=str(root),
    )


def _another_root(folder: Path) -> Path:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Somebody else's root")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path = folder / "other-root.crt"
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return path


def test_the_clinics_server_is_accepted_and_an_impostor_refused(ctx, tmp_path: Path) -> None:
    root = Path(os.environ[ROOT_ENV])
    assert check_connection(ctx, _server("localhost", root)).usable

    wrong_name = check_connection(ctx, _server("127.0.0.1", root))
    assert wrong_name.state is ConnectionState.UNREACHABLE
    assert "not made out to 127.0.0.1" in wrong_name.message

    impostor = check_connection(ctx, _server("localhost", _another_root(tmp_path)))
    assert impostor.state is ConnectionState.UNREACHABLE
    assert "not signed by the clinic's root certificate" in impostor.message
