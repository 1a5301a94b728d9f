"""PostgreSQL connections: per-connection settings, and the server's errors in people's words."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from db.errors import (
    DatabaseFull,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseUnreachable,
)
from db.messages import msg


def postgresql_connect_args(busy_timeout_ms: int, connect_timeout_s: int) -> dict:
    """Per-connection settings for a shared PostgreSQL server.

    - lock_timeout plays SQLite's busy_timeout: a row held by another desk for
      longer than that becomes "the database is busy, try again", not a hang.
    - TimeZone=UTC: timestamps are stored as timestamptz and read back in UTC
      whatever the server's zone; the UI converts to the clinic's zone.
    - application_name shows which workstation holds a connection (pg_stat_activity).
    - connect_timeout: an unreachable server is reported in seconds, not minutes.
    Isolation stays READ COMMITTED: editable rows carry a row_version checked in
    the UPDATE's WHERE clause (a concurrent save waits for the first, then finds
    the version changed), and counters lock their row (desktop.services.common.sequences).
    """
    import socket

    return {
        "connect_timeout": connect_timeout_s,
        "application_name": f"PeelDesk {socket.gethostname()}"[:63],
        "options": f"-c lock_timeout={busy_timeout_ms} -c TimeZone=UTC",
    }


# SQLSTATE codes from PostgreSQL that have a message for people.
_PG_LOCKED = {"55P03", "40001", "40P01", "57014"}  # lock timeout, serialization, deadlock, cancel
_PG_FULL = {"53100", "53200"}  # disk full, out of memory
_PG_READ_ONLY = {"25006", "42501"}  # read-only transaction, insufficient privilege


def translate_postgresql(original: BaseException, message: str, url: str) -> DatabaseProblem | None:
    code = getattr(original, "sqlstate", None) or ""
    from db.pg_tls import tls_problem

    tls = tls_problem(message, url)
    if tls is not None:
        return tls
    if code in _PG_LOCKED:
        return DatabaseLocked(
            msg(
                "Another workstation is holding this record, so the last action was not "
                "completed. Wait a moment and try again; everything saved before is safe."
            )
        )
    if code in _PG_FULL:
        return DatabaseFull(
            msg(
                "The database server is out of space, so the last change was not saved. "
                "Ask your administrator to free space; everything saved before is safe."
            )
        )
    if code in _PG_READ_ONLY:
        return DatabaseReadOnly(
            msg(
                "The database “{database}” does not allow this user to save changes. "
                "Ask your administrator to grant write access.",
                database=shown_url(url),
            )
        )
    if code == "3D000" or ("database" in message and "does not exist" in message):
        return DatabaseUnreachable(
            msg(
                "The database “{database}” does not exist on the server. "
                "Check the database name, or ask your administrator to create it.",
                database=shown_url(url),
            )
        )
    if code == "28P01" or "password authentication failed" in message or code == "28000":
        return DatabaseUnreachable(
            msg(
                "The database server refused the user name or password. "
                "Check them in the connection settings."
            )
        )
    return None


def shown_url(url: str) -> str:
    """The database named for people: the file, or the URL without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return str(parsed.database)
    return parsed.render_as_string(hide_password=True)
