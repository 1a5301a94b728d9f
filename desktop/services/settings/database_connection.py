"""Which database this computer uses: look at it, test another one, save the choice.

The choice belongs to the workstation, not to the clinic's data, so it is saved in
this user's config folder (db.paths.workstation_file), never in the database. A
PostgreSQL password is never saved there: the server must let this computer in
without one in the URL (~/.pgpass, peer or trust authentication).

Testing a connection only reads: a SQLite file is opened read-only (and not created
when missing), nothing is migrated, seeded or written, and the engine is disposed.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, exc, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from db.engine import Database, translate_error
from db.errors import DatabaseNewerThanApp, DatabaseProblem, message_of
from db.paths import (
    DATABASE_ENV,
    PASSWORD_ADVICE,
    PASSWORD_REFUSED,
    WorkstationFileProblem,
    read_workstation_url,
    url_has_password,
    workstation_file,
    write_workstation_url,
)
from db.schema import SchemaState, engine_schema_state
from desktop.services.common.audit import record_event
from desktop.services.common.context import ServiceContext
from desktop.services.common.errors import ValidationError
from desktop.services.common.messages import join, msg
from desktop.services.common.permissions import Permission, require

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
DEFAULT_PG_PORT = 5432


@dataclass(frozen=True)
class ConnectionInput:
    """What the dialog's fields hold: a SQLite file, or a PostgreSQL server."""

    kind: str  # SQLITE | POSTGRESQL
    path: str = ""
    host: str = ""
    port: int = DEFAULT_PG_PORT
    database: str = ""
    user: str = ""
    require_tls: bool = False
    # The clinic's root (CA) certificate: when set, the server's certificate must be
    # signed by it and name the server's address (sslmode=verify-full).
    root_certificate: str = ""


class ConnectionState(enum.StrEnum):
    READY = "ready"  # a PeelDesk database of this version
    OLDER = "older"  # a PeelDesk database this version upgrades at start
    EMPTY = "empty"  # reachable, nothing in it yet: set up at first start
    NEWER = "newer"  # made by a newer PeelDesk, or not a PeelDesk database
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class ConnectionCheck:
    url: str  # shown without a password
    state: ConnectionState
    message: str

    @property
    def usable(self) -> bool:
        return self.state in (ConnectionState.READY, ConnectionState.OLDER, ConnectionState.EMPTY)


@dataclass(frozen=True)
class DatabaseSetting:
    in_use: str  # the database this session runs on, shown without a password
    saved_url: str | None  # this computer's saved choice, if any
    choice: ConnectionInput  # what the dialog starts with (the saved choice, else in use)
    note: str  # overrides and problems worth telling, or ""
    file: Path


def shown_url(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == SQLITE:
        return str(parsed.database or "")
    return parsed.render_as_string(hide_password=True)


def input_from_url(url: str) -> ConnectionInput:
    parsed = make_url(url)
    if parsed.get_backend_name() == SQLITE:
        return ConnectionInput(kind=SQLITE, path=parsed.database or "")
    return ConnectionInput(
        kind=POSTGRESQL,
        host=parsed.host or "",
        port=parsed.port or DEFAULT_PG_PORT,
        database=parsed.database or "",
        user=parsed.username or "",
        require_tls=parsed.query.get("sslmode") in ("require", "verify-ca", "verify-full"),
        root_certificate=str(parsed.query.get("sslrootcert") or ""),
    )


def build_url(choice: ConnectionInput) -> str:
    """The database URL for the dialog's fields, or ValidationError naming the field."""
    if choice.kind == SQLITE:
        raw = choice.path.strip()
        if not raw:
            raise ValidationError({"path": msg("Choose the database file.")})
        path = Path(raw).expanduser()
        if not path.is_absolute():
            raise ValidationError(
                {"path": msg("Give the full path of the file, starting from the drive or “/”.")}
            )
        if path.is_dir():
            raise ValidationError({"path": msg("This is a folder. Choose a file name inside it.")})
        return "sqlite:///" + str(path.resolve())
    if choice.kind != POSTGRESQL:
        raise ValidationError({"kind": msg("Choose a SQLite file or a PostgreSQL server.")})
    errors: dict[str, str] = {}
    host, database, user = choice.host.strip(), choice.database.strip(), choice.user.strip()
    if not host:
        errors["host"] = msg("Enter the server's name or address, for example 192.168.1.10.")
    elif any(ch in host for ch in " /@?#"):
        errors["host"] = msg("Enter only the server's name or address, without spaces or slashes.")
    if not 1 <= choice.port <= 65535:
        errors["port"] = msg("Enter a port between 1 and 65535 (PostgreSQL uses 5432).")
    if not database:
        errors["database"] = msg("Enter the database name (usually peeldesk).")
    query: dict[str, str] = {"sslmode": "require"} if choice.require_tls else {}
    if choice.root_certificate.strip():
        certificate = Path(choice.root_certificate.strip()).expanduser()
        if not certificate.is_absolute() or not certificate.is_file():
            errors["root_certificate"] = msg(
                "Choose the clinic's root certificate file (for example root.crt), with "
                "its full path."
            )
        else:
            query = {"sslmode": "verify-full", "sslrootcert": str(certificate.resolve())}
    if errors:
        raise ValidationError(errors)
    url = URL.create(
        "postgresql+psycopg",
        username=user or None,
        host=host,
        port=choice.port,
        database=database,
        query=query,
    )
    return url.render_as_string(hide_password=False)


def describe_current(ctx: ServiceContext) -> DatabaseSetting:
    """The database in use and this computer's saved choice (administrators only)."""
    require(ctx, Permission.MANAGE_SETTINGS)
    notes = []
    try:
        saved = read_workstation_url()
    except WorkstationFileProblem as problem:
        saved = None
        notes.append(message_of(problem))
    if os.environ.get(DATABASE_ENV):
        notes.append(
            msg(
                "The environment variable {variable} is set on this computer: it takes "
                "precedence over the choice saved here. Remove it to use this setting.",
                variable=DATABASE_ENV,
            )
        )
    return DatabaseSetting(
        in_use=shown_url(ctx.database.url),
        saved_url=shown_url(saved) if saved else None,
        choice=input_from_url(saved or ctx.database.url),
        note=join(*notes),
        file=workstation_file(),
    )


def check_connection(ctx: ServiceContext, choice: ConnectionInput) -> ConnectionCheck:
    """Reach the chosen database and say, in plain words, what PeelDesk would find there.

    Safe to run off the GUI thread: it uses its own engine, never ctx.database.
    """
    require(ctx, Permission.MANAGE_SETTINGS)
    url = build_url(choice)
    try:
        if choice.kind == SQLITE:
            return _check_sqlite(url)
        return _check_server(url)
    except DatabaseNewerThanApp as problem:
        return ConnectionCheck(shown_url(url), ConnectionState.NEWER, message_of(problem))
    except DatabaseProblem as problem:
        return ConnectionCheck(shown_url(url), ConnectionState.UNREACHABLE, message_of(problem))


def save_connection(ctx: ServiceContext, choice: ConnectionInput) -> str:
    """Save the choice for this computer (used from the next start); returns the URL shown."""
    require(ctx, Permission.MANAGE_SETTINGS)
    url = build_url(choice)
    if url_has_password(url):
        raise ValidationError({"user": PASSWORD_REFUSED})
    try:
        before = read_workstation_url()
    except WorkstationFileProblem:
        before = None  # a damaged file is what is being replaced
    with ctx.database.write() as session:
        record_event(
            session,
            ctx,
            "setting.change",
            entity="setting",
            details={
                "database_url": [shown_url(before) if before else None, shown_url(url)],
                "workstation": ctx.workstation,
            },
        )
        # Inside the transaction: if the file cannot be written, the audit row rolls back.
        try:
            write_workstation_url(url)
        except OSError as error:
            raise ValidationError(
                {
                    "kind": msg(
                        "The setting could not be saved in {path}: {detail}. Check that this "
                        "folder is writable.",
                        path=str(workstation_file()),
                        detail=error.strerror or str(error),
                    )
                }
            ) from error
    return shown_url(url)


# --- probes --------------------------------------------------------------------------
_STATE_MESSAGES = {
    SchemaState.CURRENT: (
        ConnectionState.READY,
        msg("Connected: this is a PeelDesk database of this version, ready to use."),
    ),
    SchemaState.OUTDATED: (
        ConnectionState.OLDER,
        msg(
            "Connected: this PeelDesk database comes from an older version. It will be "
            "brought up to date when PeelDesk next starts with it (a database file is backed "
            "up first)."
        ),
    ),
    SchemaState.EMPTY: (
        ConnectionState.EMPTY,
        msg(
            "Connected: the database is empty. PeelDesk will set it up when it first starts "
            "with it."
        ),
    ),
}


def _classify(url: str, engine: Engine) -> ConnectionCheck:
    state, message = _STATE_MESSAGES[engine_schema_state(engine)]
    return ConnectionCheck(shown_url(url), state, message)


def _check_sqlite(url: str) -> ConnectionCheck:
    from desktop.services.bootstrap import refuse_network_share

    path = Path(make_url(url).database or "")
    refuse_network_share(path)
    if not path.exists():
        folder = next((p for p in path.parents if p.exists()), None)
        if folder is None or not os.access(folder, os.W_OK | os.X_OK):
            return ConnectionCheck(
                shown_url(url),
                ConnectionState.UNREACHABLE,
                msg(
                    "There is no database file there, and PeelDesk cannot create one in "
                    "{folder}: this user may not write in that folder.",
                    folder=str(folder or path.parent),
                ),
            )
        return ConnectionCheck(
            shown_url(url),
            ConnectionState.EMPTY,
            msg(
                "There is no database file there yet. PeelDesk will create it when it first "
                "starts with this setting."
            ),
        )
    from db import sealing

    if not sealing.is_unlocked(path):
        # Its passphrase is asked when PeelDesk starts with it, not here.
        return ConnectionCheck(
            shown_url(url),
            ConnectionState.READY,
            msg(
                "This database file is encrypted. PeelDesk will ask for its clinic passphrase "
                "when it starts with this setting."
            ),
        )
    # Read-only, and a bare engine: Database() would create the file and switch it to WAL.
    engine = create_engine(
        "sqlite://", creator=lambda: sealing.connect(path, mode="ro"), poolclass=NullPool
    )
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master"))
        return _classify(url, engine)
    except exc.DBAPIError as error:
        raise _problem(error, url) from error
    finally:
        engine.dispose()


def _check_server(url: str) -> ConnectionCheck:
    try:
        # Database() for the server: same timeouts and session settings as at start-up.
        database = Database(url)
    except ModuleNotFoundError as error:
        return ConnectionCheck(
            shown_url(url),
            ConnectionState.UNREACHABLE,
            msg(
                "The database driver “{driver}” is not installed on this computer. "
                "Install PeelDesk with the 'postgres' extra to use a PostgreSQL server.",
                driver=str(error.name),
            ),
        )
    except (ValueError, exc.ArgumentError) as error:
        return ConnectionCheck(
            shown_url(url),
            ConnectionState.UNREACHABLE,
            msg("This address cannot be used: {detail}", detail=str(error)),
        )
    try:
        database.check_readable()
        return _classify(url, database.engine)
    except exc.DBAPIError as error:
        raise _problem(error, url) from error
    finally:
        database.dispose()


def _problem(error: exc.DBAPIError, url: str) -> DatabaseProblem:
    if "no password supplied" in str(getattr(error, "orig", error)):
        return DatabaseProblem(
            join(
                msg(
                    "The server wants a password for this user, and PeelDesk does not keep "
                    "one in its settings."
                ),
                PASSWORD_ADVICE,
            )
        )
    problem = translate_error(error, url)
    if problem is not None:
        return problem
    first_line = str(getattr(error, "orig", error)).strip().splitlines()[:1]
    detail = first_line[0] if first_line else type(error).__name__
    return DatabaseProblem(msg("PeelDesk could not use this database: {detail}", detail=detail))
