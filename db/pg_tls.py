"""Encrypted PostgreSQL connections: what libpq says when TLS fails, in the user's words.

The clinic's URL carries libpq's own options, which psycopg passes to the server
connection unchanged: ``?sslmode=require`` (encrypted), or
``?sslmode=verify-full&sslrootcert=/path/root.crt`` (encrypted, and the server must
show a certificate signed by the clinic's root certificate and naming the address the
desk connects to; docs/admin-guide.md, Encrypted connections).
"""

from __future__ import annotations

from sqlalchemy.engine import make_url

from db.errors import DatabaseProblem, DatabaseUnreachable
from db.messages import msg


def tls_problem(message: str, url: str) -> DatabaseProblem | None:
    """A message for a failed TLS connection (``message`` is libpq's text, lower case)."""
    parsed = make_url(url)
    host = parsed.host or ""
    root = str(parsed.query.get("sslrootcert") or "")
    if "does not support ssl" in message:
        return DatabaseUnreachable(
            msg(
                "The database server {host} does not offer an encrypted connection (TLS), "
                "but this computer requires one, so PeelDesk did not connect. Ask your "
                "administrator to turn TLS on at the server (ssl = on).",
                host=host,
            )
        )
    if "root certificate file" in message and (
        "does not exist" in message or "could not read" in message
    ):
        return DatabaseUnreachable(
            msg(
                "The root certificate file {path} cannot be read, so the database server "
                "cannot be checked and PeelDesk did not connect. Choose the clinic's root "
                "certificate in Admin → Database connection.",
                path=root or "~/.postgresql/root.crt",
            )
        )
    if "does not match host name" in message:
        return DatabaseUnreachable(
            msg(
                "The database server's certificate is not made out to {host}, so PeelDesk "
                "did not connect: it may not be the clinic's server. Connect with the name "
                "the certificate names, or ask your administrator.",
                host=host,
            )
        )
    if "certificate verify failed" in message or ("certificate" in message and "ssl" in message):
        return DatabaseUnreachable(
            msg(
                "The database server's certificate is not signed by the clinic's root "
                "certificate ({path}), so PeelDesk did not connect: it may not be the "
                "clinic's server. Check the root certificate, or ask your administrator.",
                path=root or "~/.postgresql/root.crt",
            )
        )
    return None
